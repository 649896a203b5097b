"""The calling convention: Lean values of a definition's explicit parameters turned into the
Python/NumPy arguments of the user's callable, and its result turned back into a number.

The convention mirrors the Lean signature (docs/conform.md has the table):

* explicit parameters, in order; implicit ones (``{n : ℕ}``, ``{α : Type}``) are not passed
  (``n`` is the length of the arrays in array mode);
* ``List (Fin n)`` → ``list[int]`` (``lists="numpy"``: an int64 array);
* ``ℕ``/``ℤ``/``Fin n`` → ``int``; ``ℝ``/``ℚ``/``Float`` → a float of the run's dtype;
* a type variable (``Context``, ``Target``, ``Pred``) → a 1-D float array of length ``dim``;
* a function binder → a Python callable taking the Lean arguments positionally
  (``target(i)``, ``predict(context, i)``, ``rep_loss(t, p)``); with ``functions="array"`` a
  function whose last parameter is ``Fin n`` is passed as the array of its values over
  ``Fin n`` (``target`` is an ``(n, dim)`` array) and one with leading parameters as a callable
  of those returning that array (``predict(context)`` is ``(n, dim)``);
* ``repLoss``-like binders reduce over the last axis, so they also accept batches of rows;
* the result must be a real number: ``int``/``float``, a NumPy scalar or 0-d array, or any
  object with a scalar ``.item()`` (a PyTorch 0-d tensor).

Why an adapter object: the law is rewritten so that every use of the bound definition calls
the adapter (``rewrite.py``); the adapter is the only place that knows both worlds.
"""

from __future__ import annotations

import numbers
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jepa_formal.conform.instance import Affine, Linear, RepLoss, Table, rep_loss_numpy
from jepa_formal.conform.isolation import CALL, CallGuard, CallStopped
from jepa_formal.conform.options import ConformOptions
from jepa_formal.conform.spec import BoundDef
from jepa_formal.errors import BindingError, Unsupported
from jepa_formal.mirror.core.terms import Lit as CoreLit
from jepa_formal.mirror.core.terms import (
    TArray,
    TBool,
    TFin,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    TRat,
    TReal,
    TStruct,
    TVar,
    Ty,
    Var,
    uncurry,
)
from jepa_formal.mirror.core.values import StructValue


class CallableRaised(Exception):
    """The user's callable raised (or ran past the time limit: ``timeout``): carries the
    exception and the arguments it was given."""

    def __init__(self, error: BaseException, args: tuple[Any, ...], *,
                 timeout: bool = False, fatal: bool = False) -> None:
        super().__init__(f"{type(error).__name__}: {error}")
        self.error = error
        self.call_args = args
        self.timeout = timeout
        self.fatal = fatal or timeout
        """The call could not finish (it hung, or its process died): it is not retried."""


class WorkerDied(Exception):
    """The process running the user's callable died during this call (a crash in C code, an
    ``os._exit``)."""


@dataclass(frozen=True, slots=True)
class Adapter:
    """Called by the rewritten law with *all* the definition's arguments (Lean values).

    ``cache`` holds the Python arguments converted from the values of the current instance
    (cleared by the runner before each instance): a table becomes one read-only NumPy array
    per instance, not one per call. ``guard`` counts the calls for the
    supervising process (``supervise.py``).
    """

    bound: BoundDef
    func: Callable[..., Any]
    options: ConformOptions
    label: str
    structs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    guard: CallGuard | None = None
    cache: dict[int, tuple[Any, Any]] = field(default_factory=dict)
    explicit: tuple[Var, ...] = ()
    slots: tuple[tuple[int, Ty, str, Callable[[Any], Any] | None], ...] = ()
    steps: tuple[tuple[Any, ...], ...] = ()
    """``slots`` with the builder of drawn values of each parameter (``_builder``)."""
    numeric: bool = False
    direct: Callable[..., Any] | None = None
    """``__call__`` written out for this signature (``_direct``): what compiled laws call."""

    def __post_init__(self) -> None:
        params = self.bound.info.params
        where = {p.name: k for k, p in enumerate(params)}
        explicit = self.bound.explicit_params
        object.__setattr__(self, "explicit", explicit)
        object.__setattr__(self, "slots", tuple(
            (where[p.name], p.ty, p.name, _fast(p.ty, self.options)) for p in explicit))
        object.__setattr__(self, "steps", tuple(
            (*slot, _builder(p.ty, p.name, self.options))
            for slot, p in zip(self.slots, explicit, strict=True)))
        object.__setattr__(self, "numeric", isinstance(
            self.bound.info.result_ty, (TNat, TInt, TRat, TReal, TFloat)))
        object.__setattr__(self, "direct", _direct(self))

    def __call__(self, *args: Any) -> Any:
        params = self.bound.info.params
        if len(args) != len(params):
            raise Unsupported(f"{self.bound.short_name} applied to {len(args)} of its "
                              f"{len(params)} arguments", reason="partial application")
        cache = self.cache
        out = []
        for step, (k, _, _, fast, _) in enumerate(self.steps):
            v = args[k]
            if fast is not None:  # the common types without the general path
                out.append(fast(v))
                continue
            hit = cache.get(id(v))
            if hit is not None and hit[0] is v:
                out.append(hit[1])
                continue
            out.append(self.convert(step, v, args))
        guard = self.guard
        try:
            if guard is None:
                result = self.func(*out)
            else:  # ``CallGuard.call`` written in place: this is every call's path
                n = guard.calls = guard.calls + 1
                if guard.stops and n in guard.stops:
                    raise CallStopped(guard.stops[n])
                words = guard.words
                if words is None:
                    result = self.func(*out)
                else:
                    words[CALL] = 2 * n - 1
                    try:
                        result = self.func(*out)
                    finally:
                        words[CALL] = 2 * n
        except CallStopped as stop:
            if stop.reason == "timeout":
                raise CallableRaised(TimeoutError(
                    f"no result within the call timeout of {self.options.call_timeout:g} s"),
                    self._fresh(args), timeout=True) from None
            raise CallableRaised(WorkerDied(stop.reason), self._fresh(args),
                                 fatal=True) from None
        except (Exception, SystemExit) as exc:
            # the callable may have mutated its arguments (``idxs.pop()``): report the
            # call with the arguments it was given, rebuilt from the Lean values
            raise CallableRaised(exc, self._fresh(args)) from exc
        if type(result) in _FLOATS and self.numeric:
            return float(result)  # a float or a NumPy float64: the common results, first
        return from_result(self.bound.info.result_ty, result, self.label)

    def convert(self, step: int, v: Any, args: tuple[Any, ...]) -> Any:
        """The Python argument of explicit parameter number ``step`` for the Lean value ``v``
        (``args``: all of the call's Lean arguments), when it is not in the instance's cache
        yet: a drawn value is built once per instance and cached, anything else goes through
        the general ``Converter``."""
        _, ty, name, _, build = self.steps[step]
        py = build(v) if build is not None else None
        if py is not None:  # a drawn value: one conversion per instance, no Converter
            self.cache[id(v)] = (v, py)
            return py
        lean = {p.name: a for p, a in zip(self.bound.info.params, args, strict=True)}
        conv = Converter(lean, self.options, self.structs, self.cache)
        return _named(conv.to_python(ty, v), name)

    def raised(self, exc: BaseException, args: tuple[Any, ...]) -> CallableRaised:
        """The callable raised ``exc`` on the Lean arguments ``args``."""
        return CallableRaised(exc, self._fresh(args))

    def result(self, result: Any) -> Any:
        """The Lean value of the callable's result (see ``from_result``)."""
        return from_result(self.bound.info.result_ty, result, self.label)

    def _fresh(self, args: tuple[Any, ...]) -> tuple[Any, ...]:
        lean = {p.name: a for p, a in zip(self.bound.info.params, args, strict=True)}
        conv = Converter(lean, self.options, self.structs, {})
        return tuple(_named(conv.to_python(p.ty, lean[p.name]), p.name)
                     for p in self.bound.explicit_params)


_CALL_CODE: dict[str, Any] = {}
"""Compiled ``_direct`` functions by source (a signature's text: positions and names)."""


def _direct(adapter: Adapter) -> Callable[..., Any]:
    """``adapter.__call__`` written out for its signature as one Python function (``compile``
    of text built here: parameter positions and names of helpers only). Per call it does what
    ``__call__`` does, in the same order: each explicit argument converted (``list``/``int``/
    ``float`` in place, a drawn value from the instance's cache or built once), the call
    counted in shared memory around the call, the result read. While calls of the law are to
    be stopped (a replay after a timeout) it hands over to ``__call__`` itself."""
    params = adapter.bound.info.params
    names = [f"a{k}" for k in range(len(params))]
    ns: dict[str, Any] = {
        "adapter": adapter, "generic": adapter.__call__, "cget": adapter.cache.get,
        "convert": adapter.convert, "raised": adapter.raised, "result": adapter.result,
        "func": adapter.func, "guard": adapter.guard, "FLOATS": _FLOATS,
    }
    allargs = ", ".join(names)
    tuple_args = f"({allargs}{',' if len(names) == 1 else ''})"
    ns["cache"], ns["Table"], ns["RepLoss"] = adapter.cache, Table, RepLoss
    lines = [f"def call({allargs}):"]
    guard = adapter.guard
    if guard is not None:
        lines.append("    if guard.stops:")
        lines.append(f"        return generic({allargs})")
    xs = []
    for step, (k, _, _, fast, _) in enumerate(adapter.steps):
        a, x = names[k], f"x{step}"
        xs.append(x)
        if fast is not None:
            ns[f"fast{step}"] = fast
            lines.append(f"    {x} = fast{step}({a})")
            continue
        build = adapter.steps[step][4]
        ty = adapter.steps[step][1]
        indent = "    "
        if build is not None and _passes_array(ty, adapter.options):
            # a drawn table is passed as its array (what the builder returns): no cache
            lines.append(f"    if type({a}) is Table and {a}.array is not None:")
            lines.append(f"        {x} = {a}.array")
            lines.append("    else:")
            indent = "        "
        elif build is not None and _is_loss(ty):
            # a drawn loss of the run's family: the builder's one function for it
            family = adapter.options.rep_loss
            ns[f"rep{step}"] = build(RepLoss(family))
            lines.append(f"    if type({a}) is RepLoss and {a}.family == {family!r}:")
            lines.append(f"        {x} = rep{step}")
            lines.append("    else:")
            indent = "        "
        lines.append(f"{indent}h = cget(id({a}))")
        lines.append(f"{indent}if h is not None and h[0] is {a}:")
        lines.append(f"{indent}    {x} = h[1]")
        lines.append(f"{indent}else:")
        if build is not None:
            ns[f"build{step}"] = build
            lines.append(f"{indent}    {x} = build{step}({a})")
            lines.append(f"{indent}    if {x} is None:")
            lines.append(f"{indent}        {x} = convert({step}, {a}, {tuple_args})")
            lines.append(f"{indent}    else:")
            lines.append(f"{indent}        cache[id({a})] = ({a}, {x})")
        else:
            lines.append(f"{indent}    {x} = convert({step}, {a}, {tuple_args})")
    call = f"func({', '.join(xs)})"
    if guard is None or guard.words is None:
        if guard is not None:
            lines.append("    guard.calls += 1")
        lines += ["    try:", f"        r = {call}",
                  "    except (Exception, SystemExit) as exc:",
                  f"        raise raised(exc, {tuple_args}) from exc"]
    else:
        ns["words"] = guard.words
        lines += ["    n = guard.calls = guard.calls + 1",
                  "    try:",
                  f"        words[{CALL}] = 2 * n - 1",
                  "        try:",
                  f"            r = {call}",
                  "        finally:",
                  f"            words[{CALL}] = 2 * n",
                  "    except (Exception, SystemExit) as exc:",
                  f"        raise raised(exc, {tuple_args}) from exc"]
    if adapter.numeric:
        lines += ["    if type(r) in FLOATS:", "        return float(r)"]
    lines.append("    return result(r)")
    source = "\n".join(lines) + "\n"
    code = _CALL_CODE.get(source)
    if code is None:
        code = _CALL_CODE[source] = compile(source, "<jepa-formal call>", "exec")
    exec(code, ns)
    fn = ns["call"]
    fn.__qualname__ = fn.__name__ = f"call_{adapter.bound.short_name}"
    return fn  # type: ignore[no-any-return]


def _is_loss(ty: Ty) -> bool:
    """A parameter ``Target → Pred → ℝ`` (two type variables to a number): drawn as a
    ``RepLoss``."""
    if not isinstance(ty, TFun):
        return False
    doms, cod = uncurry(ty)
    return len(doms) == 2 and all(isinstance(d, TVar) for d in doms) and isinstance(
        cod, (TReal, TRat, TFloat, TNat, TInt))


def _passes_array(ty: Ty, options: ConformOptions) -> bool:
    """Whether ``_builder`` passes a drawn table of this parameter type as its own array."""
    if not isinstance(ty, TFun) or options.functions != "array" or options.dtype != "float64":
        return False
    doms, cod = uncurry(ty)
    return isinstance(doms[-1], TFin) and not isinstance(cod, (TBool, TProp, TNat, TInt, TFin))


def _fast(ty: Ty, options: ConformOptions) -> Callable[[Any], Any] | None:
    """A direct converter for the types every call passes (None: the general path)."""
    if isinstance(ty, (TList, TArray)) and _is_int(ty.elem) and options.lists == "list":
        return list  # the values are already Python ints
    if _is_int(ty):
        return int
    if isinstance(ty, (TReal, TRat, TFloat)) and options.dtype == "float64":
        return float
    return None


def _builder(ty: Ty, name: str, options: ConformOptions) -> Callable[[Any], Any] | None:
    """The Python argument of a *drawn* value of a parameter, built without the general
    ``Converter`` (None from the builder: not a drawn value, take the general path); the
    adapter keeps it for the rest of the instance."""
    np = _np()
    dtype = dtype_of(options)
    if isinstance(ty, TVar):
        def vector(v: Any) -> Any:
            if type(v) is not tuple:
                return None
            arr = np.array(v, dtype=dtype)
            arr.flags.writeable = False
            return arr

        return vector
    if not isinstance(ty, TFun):
        return None
    doms, cod = uncurry(ty)
    as_array = options.functions == "array" and isinstance(doms[-1], TFin)
    float64 = options.dtype == "float64"
    rep = None

    def function(v: Any) -> Any:
        nonlocal rep
        t = type(v)
        if t is RepLoss:
            if rep is None:
                rep = _named(rep_loss_numpy(v.family), name)
            return rep
        if t is Table and as_array and float64 and v.array is not None and not isinstance(
                cod, (TBool, TProp, TNat, TInt, TFin)):
            return v.array  # a read-only view of the drawn numbers, as drawn
        if t is Affine and v.arrays is not None and float64:
            whole = as_array and len(doms) == 2
            built = v.python
            if built is not None and (name, whole) in built:
                return built[name, whole]  # (a drawn instance checked again: built once)
            wt, e = v.arrays
            if whole:
                def predict(c: Any) -> Any:
                    return np.asarray(c, dtype=np.float64) @ wt + e

            else:
                def predict(c: Any, i: Any) -> Any:  # type: ignore[misc]
                    return np.asarray(c, dtype=np.float64) @ wt + e[i]

            predict.__name__ = predict.__qualname__ = name
            if built is None:
                built = v.python = {}
            built[name, whole] = predict
            return predict
        return None

    return function


def _named(value: Any, name: str) -> Any:
    """Callables we build are named after their Lean parameter (tracebacks and messages say
    ``predict()``, not ``_function.<locals>.predict_fn()``)."""
    if callable(value) and hasattr(value, "__code__") and value.__name__ != name:
        value.__name__ = value.__qualname__ = name
    return value


def signature_text(bound: BoundDef, options: ConformOptions) -> str:
    """``jepaLoss(targetIdxs: list[int], context: ndarray[4], …) -> float`` for messages."""
    parts = [f"{p.name}: {describe(p.ty, options)}" for p in bound.explicit_params]
    return f"{bound.short_name}({', '.join(parts)}) -> float"


def describe(ty: Ty, options: ConformOptions) -> str:
    """How a Lean type is passed, in words (for messages and docs)."""
    if isinstance(ty, (TList, TArray)):
        if _is_int(ty.elem):
            return "int64 array" if options.lists == "numpy" else "list[int]"
        return f"list[{describe(ty.elem, options)}]"
    if _is_int(ty):
        return "int"
    if isinstance(ty, (TReal, TRat, TFloat)):
        return "float"
    if isinstance(ty, TVar):
        return f"ndarray[{options.dim}]"
    if isinstance(ty, (TBool, TProp)):
        return "bool"
    if isinstance(ty, TProd):
        return f"tuple[{describe(ty.fst, options)}, {describe(ty.snd, options)}]"
    if isinstance(ty, TOption):
        return f"{describe(ty.elem, options)} | None"
    if isinstance(ty, TFun):
        doms, cod = uncurry(ty)
        if options.functions == "array" and isinstance(doms[-1], TFin):
            lead = doms[:-1]
            size = _fin_name(doms[-1])
            arr = f"ndarray[{size}{', ' + str(options.dim) if isinstance(cod, TVar) else ''}]"
            if not lead:
                return arr
            return f"callable({', '.join(describe(d, options) for d in lead)}) -> {arr}"
        result = "float" if isinstance(cod, (TNat, TInt, TRat, TReal, TFloat)) else describe(
            cod, options)
        return f"callable({', '.join(describe(d, options) for d in doms)}) -> {result}"
    name = getattr(ty, "name", None)
    if isinstance(name, str):  # a structure or inductive of the spec: its Lean name
        short = name.rsplit(".", 1)[-1]
        return f"{short} ({'dict' if options.structs == 'dict' else 'object with attributes'})"
    return type(ty).__name__


def _fin_name(ty: Ty) -> str:
    """``d`` for ``Fin d`` (the shape a message shows; ``n`` when the size is computed)."""
    if isinstance(ty, TFin) and isinstance(ty.n, Var):
        return ty.n.name
    if isinstance(ty, TFin) and isinstance(ty.n, CoreLit):
        return str(ty.n.value)
    return "n"



def _is_int(ty: Ty) -> bool:
    return isinstance(ty, (TFin, TNat, TInt))


def dtype_of(options: ConformOptions) -> Any:
    np = _np()
    return np.float64 if options.dtype == "float64" else np.float32


def fin_size(ty: TFin, lean: dict[str, Any]) -> int:
    """The ``n`` of a parameter type ``Fin n`` from the other arguments of the call."""
    n = ty.n
    if isinstance(n, Var) and isinstance(lean.get(n.name), int):
        return int(lean[n.name])
    if isinstance(n, CoreLit) and isinstance(n.value, int):
        return n.value
    raise Unsupported("Fin n with a computed n in a bound definition's parameter")


def to_python(ty: Ty, value: Any, lean: dict[str, Any], options: ConformOptions) -> Any:
    """The Python argument for a Lean value of type ``ty`` (see the module docstring)."""
    return Converter(lean, options, {}, {}).to_python(ty, value)


class Converter:
    """Lean values of one call to Python arguments. ``lean`` holds the call's other arguments
    (for the ``n`` of ``Fin n``); ``cache`` the arrays built for this instance already."""

    def __init__(self, lean: dict[str, Any], options: ConformOptions,
                 structs: Mapping[str, tuple[str, ...]], cache: dict[int, tuple[Any, Any]]
                 ) -> None:
        self.lean = lean
        self.options = options
        self.structs = structs
        self.cache = cache

    def cached(self, value: Any, build: Callable[[], Any]) -> Any:
        hit = self.cache.get(id(value))
        if hit is not None and hit[0] is value:
            return hit[1]
        out = build()
        if isinstance(out, _np().ndarray):
            out.flags.writeable = False
        self.cache[id(value)] = (value, out)  # keeps ``value`` alive: its id stays unique
        return out

    def to_python(self, ty: Ty, value: Any) -> Any:
        options = self.options
        np = _np()
        dtype = dtype_of(options)
        if isinstance(ty, (TList, TArray)):
            if _is_int(ty.elem):
                if options.lists == "numpy":
                    return np.asarray(value, dtype=np.int64).reshape(len(value))
                return [int(v) for v in value]
            if isinstance(ty.elem, (TReal, TRat, TFloat)) and options.lists == "numpy":
                return np.asarray([float(v) for v in value], dtype=dtype).reshape(len(value))
            return [self.to_python(ty.elem, v) for v in value]
        if _is_int(ty):
            return int(value)
        if isinstance(ty, (TReal, TRat, TFloat)):
            return float(value) if options.dtype == "float64" else dtype(value)
        if isinstance(ty, TVar):
            return self.cached(value, lambda: np.asarray(value, dtype=dtype))
        if isinstance(ty, (TBool, TProp)):
            return bool(value)
        if isinstance(ty, TProd) and isinstance(value, tuple):
            return (self.to_python(ty.fst, value[0]), self.to_python(ty.snd, value[1]))
        if isinstance(ty, TOption):
            return None if value is None else self.to_python(ty.elem, getattr(value, "value",
                                                                               value))
        if isinstance(ty, TStruct) and isinstance(value, StructValue):
            return self.struct(ty, value)
        if isinstance(ty, TFun):
            if isinstance(value, (Table, Affine, Linear)):
                return self.cached(value, lambda: _function(ty, value, self.lean, options))
            return _function(ty, value, self.lean, options, self)
        return value

    def struct(self, ty: TStruct, value: StructValue) -> Any:
        """A structure as an object with attribute access (``c.targetIdxs``) or, with
        ``structs="dict"``, a dict (``c["targetIdxs"]``); field types from the spec."""
        ftys = dict(self.structs.get(ty.name, ()))
        fields = {k: (self.to_python(ftys[k], v) if k in ftys else _plain(v))
                  for k, v in value.fields}
        if self.options.structs == "dict":
            return fields
        return types.SimpleNamespace(**fields)


def _plain(v: Any) -> Any:
    if isinstance(v, tuple):
        return [_plain(x) for x in v]
    return v


def _function(ty: TFun, value: Any, lean: dict[str, Any], options: ConformOptions,
              conv: Converter | None = None) -> Any:
    np = _np()
    conv = conv or Converter(lean, options, {}, {})
    dtype = dtype_of(options)
    doms, cod = uncurry(ty)
    as_array = options.functions == "array" and isinstance(doms[-1], TFin)
    if isinstance(value, RepLoss):
        return rep_loss_numpy(value.family)
    if isinstance(value, Table):
        if isinstance(cod, (TBool, TProp)):
            arr = np.asarray(value.rows, dtype=bool)
        elif _is_int(cod):
            arr = np.asarray(value.rows, dtype=np.int64)
        elif value.array is not None:
            arr = value.array if dtype is np.float64 else value.array.astype(dtype)
        else:
            arr = np.asarray(value.rows, dtype=dtype)
        if as_array:
            return arr  # Fin n → Fin d → ℝ as an (n, d) array, Fin n → T as (n, dim)
        arr.flags.writeable = False
        if isinstance(cod, (TBool, TProp)):
            def mask_fn(i: Any) -> Any:
                return bool(arr[i])

            return mask_fn
        if _is_int(cod):
            def int_fn(i: Any) -> Any:
                return int(arr[i])

            return int_fn
        if len(doms) == 2 and isinstance(doms[0], TFin):
            def row_fn(i: Any, *j: Any) -> Any:  # f(i) → the row vector; f(i, j) an entry
                return arr[i] if not j else arr[i][j[0]]

            return row_fn

        def table_fn(i: Any) -> Any:
            return arr[i]

        return table_fn
    if isinstance(value, Affine):
        if value.arrays is not None:  # drawn: (Wᵀ, E)
            wt, e = (a if dtype is np.float64 else a.astype(dtype) for a in value.arrays)
            w = wt.T
        else:
            w, e = np.asarray(value.w, dtype=dtype), np.asarray(value.e, dtype=dtype)
        if as_array and len(doms) == 2:

            def predict_all(c: Any) -> Any:
                return np.asarray(c, dtype=dtype) @ w.T + e

            return predict_all

        def predict_fn(c: Any, i: Any) -> Any:
            return w @ np.asarray(c, dtype=dtype) + e[i]

        return predict_fn
    if isinstance(value, Linear):
        w = np.asarray(value.w, dtype=dtype)

        def linear_fn(c: Any) -> Any:
            return w @ np.asarray(c, dtype=dtype)

        return linear_fn
    # any other Lean function value (a lambda of the law): convert at every call
    if as_array:
        n = fin_size(doms[-1], lean)  # type: ignore[arg-type]

        def over_fin(*lead: Any) -> Any:
            lead_lean = tuple(from_python(d, a) for d, a in zip(doms[:-1], lead, strict=True))
            rows = [conv.to_python(cod, value(*lead_lean, i)) for i in range(n)]
            return np.asarray(rows, dtype=dtype if not _is_int(cod) else np.int64)

        return over_fin() if len(doms) == 1 else over_fin

    vec_args = [k for k, d in enumerate(doms) if isinstance(d, TVar)]

    def one(args: tuple[Any, ...]) -> Any:
        lean_args = tuple(from_python(d, a) for d, a in zip(doms, args, strict=True))
        return conv.to_python(cod, value(*lean_args))

    def wrapped(*args: Any) -> Any:
        # a function of vectors called on batches of rows (``rep_loss(target[idx],
        # pred[idx])``) answers row by row, as the drawn losses do
        batch = next((np.shape(args[k])[0] for k in vec_args if np.ndim(args[k]) >= 2), None)
        if batch is None:
            return one(args)
        rows = [tuple(a[r] if k in vec_args and np.ndim(a) >= 2 else a
                      for k, a in enumerate(args)) for r in range(batch)]
        return np.asarray([one(row) for row in rows], dtype=dtype)

    return wrapped


def from_python(ty: Ty, value: Any) -> Any:
    """The Lean value of a Python argument the user's code passes back into a function."""
    if _is_int(ty):
        return int(value)
    if isinstance(ty, TVar):
        return tuple(float(x) for x in _np().asarray(value).reshape(-1))
    if isinstance(ty, (TReal, TRat, TFloat)):
        return float(value)
    return value


def from_result(ty: Ty, result: Any, label: str) -> Any:
    """The Lean value of the callable's result: a float for number types (the usual case),
    a tuple for lists, a tuple of floats for a vector type, a bool for Bool/Prop."""
    if isinstance(ty, (TNat, TInt, TRat, TReal, TFloat)):
        return to_number(result, label)
    if isinstance(ty, (TList, TArray)):
        try:
            items = list(result)
        except TypeError:
            raise BindingError(f"{label} returned a {type(result).__name__}, not a list") from None
        return tuple(from_result(ty.elem, x, label) for x in items)
    if isinstance(ty, TFin):
        number = to_number(result, label)
        if number != int(number):
            raise BindingError(f"{label} returned {result!r}, not an index")
        return int(number)
    if isinstance(ty, TVar):
        return tuple(to_number(x, label) for x in _np().asarray(result).reshape(-1))
    if isinstance(ty, (TBool, TProp)):
        if not isinstance(result, (bool, _np().bool_)):
            raise BindingError(f"{label} returned {result!r}, not a bool")
        return bool(result)
    raise BindingError(f"{label}: results of this Lean type cannot be compared yet "
                       f"({type(ty).__name__})")


def to_number(result: Any, label: str) -> float | int:
    """The number of the callable's result: a float, or an exact ``int`` for integer results
    (Python or NumPy ints, so ``10**400`` is compared exactly, never through a float that
    overflows); anything but a real scalar is a ``BindingError``."""
    if type(result) is float:
        return result
    np = _np()
    if isinstance(result, bool) or result is None:
        raise BindingError(f"{label} returned {result!r}, not a number")
    if isinstance(result, int):
        return int(result)
    if isinstance(result, float):
        return float(result)
    if isinstance(result, np.integer):
        return int(result)
    if isinstance(result, numbers.Real) and not isinstance(result, np.generic):
        return float(result)  # fractions.Fraction and other registered reals
    if isinstance(result, np.ndarray):
        if result.shape == () and np.issubdtype(result.dtype, np.number):
            if np.iscomplexobj(result):
                return _real(complex(result.item()), label)
            item = result.item()
            return int(item) if isinstance(item, int) else float(item)
        raise BindingError(
            f"{label} returned an array of shape {result.shape} ({result.dtype}), not a number "
            "(is a reduction such as .sum() or .mean() missing?)"
        )
    if isinstance(result, np.generic):
        if np.issubdtype(type(result), np.complexfloating):
            return _real(complex(result), label)
        if np.issubdtype(type(result), np.number):
            return float(result)
    shape = getattr(result, "shape", None)
    if isinstance(shape, tuple) and len(shape) > 0:  # a (1,)-tensor as a NumPy (1,) array
        raise BindingError(
            f"{label} returned a {type(result).__name__} of shape {tuple(shape)}, not a "
            "number (is a reduction such as .sum() or .mean() missing?)"
        )
    item = getattr(result, "item", None)
    numel = getattr(result, "numel", None)
    if callable(item) and (not callable(numel) or numel() == 1):
        try:
            inner = item()
        except Exception:
            inner = None
        if isinstance(inner, int) and not isinstance(inner, bool):
            return inner
        if isinstance(inner, float):
            return inner
    raise BindingError(f"{label} returned a {type(result).__name__} ({result!r:.60}), "
                       "not a number")


def _real(z: complex, label: str) -> float:
    if z.imag != 0:
        raise BindingError(f"{label} returned the complex number {z}, not a real number")
    return z.real


_NUMPY: list[Any] = []
_FLOATS: set[type] = {float}
"""Result types read with ``float()`` directly (NumPy's float64 joins when NumPy loads)."""


def _np() -> Any:
    if _NUMPY:
        return _NUMPY[0]
    try:
        import numpy
    except ImportError:  # pragma: no cover - numpy is a dependency of conform
        raise BindingError("jepa-formal conform needs NumPy: pip install numpy") from None
    _NUMPY.append(numpy)
    _FLOATS.add(numpy.float64)
    return numpy
