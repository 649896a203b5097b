"""The concrete meaning of the core language: core expressions compiled to Python closures.

Why closures: the numeric search evaluates one law on hundreds of thousands of instances, so
each core expression is translated *once* into a tree of Python closures over a frame (a
tuple of values indexed by static slots); evaluating an instance is then plain calls, with
no dispatch on node types. The meaning of each ``Prim`` op lives in ``mirror/concrete/ops.py``.

Never imports SymPy: this is the independent second meaning the symbolic side is checked
against.

Conventions (docs/internals.md, "Concrete values"): a function value whose type has k arrows
is a Python callable of k positional arguments; fewer arguments is a partial application.
A type variable binder (``{α : Type}``) may be bound to a ``Ty`` or to an ``int`` k meaning
``Fin k``; unbound it behaves as ``Fin 1``-like data (only needed to enumerate or default).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jepa_formal import timelimit
from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.mirror.concrete.classops import model_bigop, model_numeral, model_prim
from jepa_formal.mirror.concrete.models import TModel
from jepa_formal.mirror.concrete.ops import (
    Closure,
    call_direct,
    caller,
    enumerate_type,
    one_of,
    prim_closure,
    zero_of,
)
from jepa_formal.mirror.core.classes import class_var
from jepa_formal.mirror.core.terms import (
    RELATION_TABLE,
    SIDED_OPS,
    BigOp,
    Call,
    DefCall,
    DefInfo,
    Expr,
    Field,
    Ite,
    Lam,
    Law,
    Let,
    Lit,
    MkStruct,
    Prim,
    Quant,
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TInd,
    TList,
    TNat,
    TStruct,
    TVar,
    Ty,
    TypeArg,
    Var,
    cod_after,
    contains_function,
    uncurry,
)
from jepa_formal.mirror.core.unify import show_ty
from jepa_formal.mirror.core.values import Some, StructValue
from jepa_formal.mirror.core.walker import Walker

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

MAX_RECURSION_DEPTH = 120
"""Nested unfoldings of recursive definitions allowed before evaluation gives up (Python's own
stack would overflow not far beyond; a ``RecursionError`` is reported the same way)."""

_DEADLINE: ContextVar[float] = ContextVar("jepa_formal_eval_deadline", default=math.inf)
"""``time.perf_counter()`` value after which unfolding user definitions stops (see below)."""

_CHECK_EVERY = 1024

_ELEMENT_COMPARING = frozenset({
    "List.count", "List.diff", "List.disjoint", "List.elem", "List.erase", "List.inter",
    "List.isInfix", "List.isPrefix", "List.isSuffix", "List.mem", "List.perm", "List.sublist",
    "List.subset", "List.toFinset", "List.union",
})
"""List operations that compare elements (see ``_Compiler._compares_functions``)."""
"""Unfoldings between two clock reads (reading the clock on every call would slow the hot path)."""

MAX_UNFOLDINGS = 20_000
"""Unfoldings of user definitions one evaluation may make (``reset_evaluation_work`` starts a
new count): a work budget, so that an instance too costly to evaluate (``f (n+1) = f n + f n``
at ``n = 60``) is given up the same way on every machine; the deadline is only a far net."""

_WORK: list[float] = [0, math.inf]
"""Unfoldings since the last ``reset_evaluation_work``, and the limit in force (none outside
``evaluation_work``)."""


def reset_evaluation_work() -> int:
    """Start a new unfolding count (the numeric search calls this before each instance);
    returns the unfoldings made since the last reset."""
    done = int(_WORK[0])
    _WORK[0] = 0
    return done


@contextmanager
def evaluation_work(limit: int = MAX_UNFOLDINGS) -> Iterator[None]:
    """Inside the block, an evaluation that makes more than ``limit`` unfoldings since the last
    ``reset_evaluation_work`` gives up with ``BudgetExceeded``."""
    saved = list(_WORK)
    _WORK[0], _WORK[1] = 0, limit
    try:
        yield
    finally:
        _WORK[0], _WORK[1] = saved


@contextmanager
def evaluation_deadline(deadline: float) -> Iterator[None]:
    """Evaluations inside the block give up with ``BudgetExceeded`` once
    ``time.perf_counter()`` passes ``deadline``.

    Why: the depth guard stops runaway recursion but not a shallow recursion with exponential
    fan-out (``f (n+1) = f n + f n`` at ``n = 60``); one such instance would hang the run past
    its per-theorem ``--timeout``. The numeric search sets its deadline here.
    """
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


CONCRETE_NODES: tuple[type[Expr], ...] = (
    Var, Lit, Prim, Call, DefCall, TypeArg, Lam, Let, Ite, Quant, BigOp, MkStruct, Field,
)
"""Every core node type with a concrete meaning (a test checks this covers ``core.Expr``)."""


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def evaluate(expr: Expr, env: Env | None, bindings: Mapping[str, Any]) -> Any:
    """The value of ``expr`` with its free variables taken from ``bindings`` (by Var name).

    Compiles on every call; use ``compile_law`` (or ``compile_expr``) to evaluate many times.
    """
    names = tuple(bindings)
    fn = compile_expr(expr, env, names)
    try:
        return fn(tuple(bindings[n] for n in names))
    except RecursionError:
        raise Unsupported("value nested too deeply for concrete evaluation") from None


def compile_expr(expr: Expr, env: Env | None, names: tuple[str, ...]) -> Closure:
    """Compile ``expr`` whose free variables are ``names`` (frame slots, in order)."""
    try:
        return _Compiler(env, _runtime(env)).compile(expr, _Scope(names))
    except RecursionError:
        raise Unsupported("term nested too deeply for concrete evaluation") from None


@dataclass(frozen=True, slots=True)
class CompiledLaw:
    """A law compiled once into Python closures; each method evaluates one instance.

    ``bindings`` maps every binder name to its value (type binders may be omitted).
    """

    law: Law
    names: tuple[str, ...]
    hypotheses: tuple[Closure, ...]
    conclusion: Closure
    lhs: Closure | None = None
    rhs: Closure | None = None

    def frame(self, bindings: Mapping[str, Any]) -> tuple[Any, ...]:
        """The frame of one instance (binder values in binder order)."""
        return tuple(bindings.get(n) for n in self.names)

    def hypotheses_hold(self, bindings: Mapping[str, Any]) -> bool:
        """True when every hypothesis of the law holds for these binder values."""
        f = self.frame(bindings)
        return all(h(f) for h in self.hypotheses)

    def conclusion_holds(self, bindings: Mapping[str, Any]) -> bool:
        """True when the conclusion holds for these binder values."""
        return bool(self.conclusion(self.frame(bindings)))

    def sides(self, bindings: Mapping[str, Any]) -> tuple[Any, Any] | None:
        """Both sides of a top-level ``=``/``≤``/``<``/``≠`` conclusion, else None."""
        if self.lhs is None or self.rhs is None:
            return None
        f = self.frame(bindings)
        return self.lhs(f), self.rhs(f)




def compile_law(law: Law, env: Env | None) -> CompiledLaw:
    """Compile ``law`` for fast repeated evaluation.

    Raises ``Unsupported`` for constructs without a concrete meaning (e.g. an unbounded
    quantifier over ℕ), at compile time, so the caller learns it before drawing instances.
    """
    names = tuple(v.name for v in law.binders)
    comp = _Compiler(env, _runtime(env))
    scope = _Scope(names)
    try:
        hyps = tuple(comp.compile(h, scope) for _, h in law.hypotheses)
        concl = law.conclusion
        lhs = rhs = None
        if isinstance(concl, Prim) and concl.op in SIDED_OPS and len(concl.args) == 2:
            lhs, rhs = comp.compile(concl.args[0], scope), comp.compile(concl.args[1], scope)
        return CompiledLaw(law, names, hyps, comp.compile(concl, scope), lhs, rhs)
    except RecursionError:
        raise Unsupported("law nested too deeply for concrete evaluation", law.span) from None


# --------------------------------------------------------------------------------------------
# Scopes and the per-Env runtime (compiled definitions, recursion guard)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Scope:
    """Names of the frame slots, innermost last (a later slot shadows an earlier one)."""

    names: tuple[str, ...]

    def slot(self, name: str) -> int | None:
        for i in range(len(self.names) - 1, -1, -1):
            if self.names[i] == name:
                return i
        return None

    def extend(self, *names: str) -> _Scope:
        return _Scope(self.names + names)


@dataclass(slots=True)
class _Runtime:
    """Compiled user definitions of one Env (compiled once, on first use) and the depth guard."""

    defs: dict[str, Callable[..., Any]] = field(default_factory=dict)
    depth: list[int] = field(default_factory=lambda: [0])


_NO_ENV_RUNTIME = _Runtime()


def _runtime(env: Env | None) -> _Runtime:
    if env is None:
        return _NO_ENV_RUNTIME
    rt = getattr(env, "concrete_cache", None)
    if isinstance(rt, dict):
        return rt.setdefault("runtime", _Runtime())
    return _Runtime()


# --------------------------------------------------------------------------------------------
# The compiler
# --------------------------------------------------------------------------------------------


class _Compiler(Walker):
    """Turns core expressions into closures; one ``visit_<Node>`` per core node type."""

    __slots__ = ("env", "rt")

    def __init__(self, env: Env | None, rt: _Runtime) -> None:
        self.env = env
        self.rt = rt

    def compile(self, expr: Expr, scope: _Scope) -> Closure:
        return self.dispatch(expr, scope)

    def no_handler(self, node: Any) -> Unsupported:
        return Unsupported(f"core node {type(node).__name__}", getattr(node, "span", None),
                           reason="no concrete meaning")

    # --- types as runtime values --------------------------------------------------------

    def size(self, scope: _Scope) -> Callable[[Ty], Closure]:
        """How to compute the ``n`` of a ``Fin n`` (or a type variable's instantiation)."""

        def fin_size(ty: Ty) -> Closure:
            if isinstance(ty, TFin):
                return self.compile(ty.n, scope)
            if isinstance(ty, TVar):
                slot = scope.slot(ty.name)
                if slot is None:
                    raise Unsupported(f"values of type variable {ty.name}",
                                      reason="no instantiation in scope")
                return lambda f: _instance_size(f[slot])
            raise Unsupported(f"size of {type(ty).__name__}")

        return fin_size

    def _compares_functions(self, op: str, tys: list[Ty], ty: Ty) -> bool:
        """An operation that compares or hashes elements (``∈``, ``Nodup``, any finite-set
        operation, ``=`` of structures) on values that may hold functions: Python's ``==`` and
        hashing of tables and closures are by form (``g`` and ``fun b => g b`` differ), so
        Lean's extensional equality cannot be read off them. (``=`` of functions, lists,
        pairs and options of them is ``ops.propositional_eq``: extensional, not refused.)"""
        sets = [t.elem for t in (*tys, ty) if isinstance(t, TFinset)]
        if op in _ELEMENT_COMPARING:
            sets += [t.elem for t in tys if isinstance(t, (TList, TArray))]
        elif (op in RELATION_TABLE and not RELATION_TABLE[op].order and tys
              and isinstance(tys[0], (TStruct, TInd))):  # = and ≠
            sets.append(tys[0])
        return any(contains_function(t, self._fields) for t in sets)

    def _fields(self, ty: Ty) -> tuple[Ty, ...] | None:
        """The field types of a structure or inductive of the specs (None: not one, or not
        elaborated)."""
        if self.env is None:
            return None
        try:
            if isinstance(ty, TStruct):
                return tuple(t for _, t in self.env.structure(ty.name).fields)
            if isinstance(ty, TInd):
                info = self.env.inductive(ty.name)
                return tuple(t for _, fs in info.ctors for _, t in fs)
        except Unsupported:
            return None
        return None

    def domain(self, ty: Ty, scope: _Scope) -> Closure:
        """All values of a finite type, including type variables instantiated as ``Fin k``
        and enumerations (inductives whose constructors have no fields)."""
        if isinstance(ty, TInd) and self.env is not None:
            info = self.env.inductive(ty.name)
            if not info.is_enum:
                raise Unsupported(f"ranging over all of {ty.name}",
                                  reason="a recursive or structured inductive is infinite")
            values = tuple(StructValue(c, ()) for c, _ in info.ctors)
            return lambda f: values
        return enumerate_type(ty, self.size(scope))

    # --- leaves ---------------------------------------------------------------------------

    def visit_Var(self, e: Var, scope: _Scope) -> Closure:
        slot = scope.slot(e.name)
        if slot is None:
            raise Unsupported(f"free variable '{e.name}'", e.span, reason="not bound")
        return _slot_getter(slot)

    def visit_Lit(self, e: Lit, scope: _Scope) -> Closure:
        value = e.value
        if isinstance(e.ty, TVar) and isinstance(value, int) and not isinstance(value, bool):
            return model_numeral(value, self._type_slot(e.ty, scope))
        return lambda f: value

    def _type_slot(self, tv: TVar, scope: _Scope) -> int:
        slot = scope.slot(tv.name)
        if slot is None:
            raise Unsupported(f"operation at type variable {tv.name}",
                              reason="no instantiation in scope")
        return slot

    def visit_TypeArg(self, e: TypeArg, scope: _Scope) -> Closure:
        ty = e.value
        if isinstance(ty, TFin):
            n = self.compile(ty.n, scope)
            return lambda f: TFin(Lit(n(f), TNat()))
        if isinstance(ty, TVar):
            slot = scope.slot(ty.name)
            if slot is not None:
                return _slot_getter(slot)
        return lambda f: ty

    # --- operations -----------------------------------------------------------------------

    def visit_Prim(self, e: Prim, scope: _Scope) -> Closure:
        args = [self.compile(a, scope) for a in e.args]
        tys = [a.ty for a in e.args]
        if self._compares_functions(e.op, tys, e.ty):
            raise Unsupported(f"'{e.op}' on values that hold functions", e.span,
                              reason="equality of functions is extensional; their concrete "
                              "tables and closures compare by form")
        tv = class_var(e.op, tys, e.ty)
        if tv is not None:
            return model_prim(e.op, args, self._type_slot(tv, scope))
        return prim_closure(e.op, args, tys, e.ty, self.size(scope))

    def visit_Call(self, e: Call, scope: _Scope) -> Closure:
        fn = self.compile(e.fn, scope)
        args = [self.compile(a, scope) for a in e.args]
        call = caller(e.fn.ty, len(args))
        if len(args) == 1:
            (a,) = args
            if call is call_direct:
                return lambda f: fn(f)(a(f))
            return lambda f: call(fn(f), a(f))
        if len(args) == 2:
            a, b = args
            if call is call_direct:
                return lambda f: fn(f)(a(f), b(f))
            return lambda f: call(fn(f), a(f), b(f))
        return lambda f: call(fn(f), *(a(f) for a in args))

    def visit_Lam(self, e: Lam, scope: _Scope) -> Closure:
        names = tuple(p.name for p in e.params)
        body = self.compile(e.body, scope.extend(*names))
        m = len(names)
        k = len(uncurry(e.ty)[0])
        if m > k:
            raise Unsupported("lambda with more parameters than its type", e.span)
        if m == 1 and k == 1:
            return lambda f: lambda x: body((*f, x))
        if m == 2 and k == 2:
            return lambda f: lambda x, y: body((*f, x, y))
        if m == k:
            return lambda f: lambda *xs: body(f + xs)
        # `fun x => g` of a type with more arrows: the body is function-valued; uncurry it.
        extra = caller(cod_after(e.ty, m), k - m)

        def uncurried(f: tuple[Any, ...]) -> Callable[..., Any]:
            def call(*xs: Any) -> Any:
                inner = body(f + xs[:m])
                return extra(inner, *xs[m:]) if len(xs) > m else inner

            return call

        return uncurried

    def visit_Let(self, e: Let, scope: _Scope) -> Closure:
        value = self.compile(e.value, scope)
        body = self.compile(e.body, scope.extend(e.var.name))
        return lambda f: body((*f, value(f)))

    def visit_Ite(self, e: Ite, scope: _Scope) -> Closure:
        c = self.compile(e.cond, scope)
        a = self.compile(e.then, scope)
        b = self.compile(e.orelse, scope)
        return lambda f: a(f) if c(f) else b(f)

    def visit_Quant(self, e: Quant, scope: _Scope) -> Closure:
        body = self.compile(e.body, scope.extend(e.var.name))
        if e.bound is not None:
            dom = self.compile(e.bound, scope)
        else:
            try:
                dom = self.domain(e.var.ty, scope)
            except Unsupported as err:
                raise Unsupported(
                    f"{'∀' if e.kind == 'forall' else '∃'} over {show_ty(e.var.ty)}",
                    e.span, reason="unbounded quantifier over an infinite domain",
                ) from err
        if e.kind == "forall":
            return lambda f: all(body((*f, x)) for x in dom(f))
        if e.kind == "exists":
            return lambda f: any(body((*f, x)) for x in dom(f))
        raise Unsupported(f"quantifier kind '{e.kind}'", e.span)

    def visit_BigOp(self, e: BigOp, scope: _Scope) -> Closure:
        if isinstance(e.ty, TFloat):
            raise Unsupported("big operator over Float", e.span,
                              reason="Finset.sum needs a commutative addition; Float has none")
        body = self.compile(e.body, scope.extend(e.var.name))
        if e.domain is None:
            dom = self.domain(e.var.ty, scope)
        else:
            dom = self.compile(e.domain, scope)
        fin_n = self.size(scope)(e.ty) if isinstance(e.ty, TFin) else None
        if isinstance(e.ty, TVar):
            return model_bigop(e.kind, body, dom, self._type_slot(e.ty, scope))
        if e.kind == "sum":
            zero = zero_of(e.ty)

            def total(f: tuple[Any, ...]) -> Any:
                return sum((body((*f, x)) for x in dom(f)), zero)

            if fin_n is not None:
                return lambda f: total(f) % fin_n(f)
            return total
        if e.kind == "prod":
            one = one_of(e.ty)

            def prod(f: tuple[Any, ...]) -> Any:
                acc = one
                for x in dom(f):
                    acc = acc * body((*f, x))
                return acc

            if fin_n is not None:
                return lambda f: prod(f) % fin_n(f)
            return prod
        raise Unsupported(f"big operator kind '{e.kind}'", e.span)

    def visit_MkStruct(self, e: MkStruct, scope: _Scope) -> Closure:
        names = tuple(n for n, _ in e.fields)
        vals = tuple(self.compile(v, scope) for _, v in e.fields)
        sname = e.name
        return lambda f: StructValue(sname, tuple(zip(names, (v(f) for v in vals), strict=True)))

    def visit_Field(self, e: Field, scope: _Scope) -> Closure:
        obj = self.compile(e.obj, scope)
        name = e.name
        return lambda f: obj(f).get(name)

    # --- user definitions -----------------------------------------------------------------

    def visit_DefCall(self, e: DefCall, scope: _Scope) -> Closure:
        args = tuple(self.compile(a, scope) for a in e.args)
        name = e.name
        defs = self.rt.defs
        if name not in defs:
            self.compile_def(name)
        cell: list[Callable[..., Any]] = []

        def call(f: tuple[Any, ...]) -> Any:
            if not cell:
                cell.append(defs[name])
            return cell[0](*(a(f) for a in args))

        return call

    def compile_def(self, name: str) -> None:
        """Compile a user definition into ``rt.defs[name]`` (a callable of all its params)."""
        if self.env is None:
            raise Unsupported(f"definition '{name}'", reason="no Env to unfold it")
        info: DefInfo = self.env.definition(name)
        defs = self.rt.defs
        defs[name] = _not_ready(name)  # a placeholder so recursive mentions resolve lazily
        params = tuple(p.name for p in info.params)
        scope = _Scope(params)
        if info.body is not None:
            body = self.compile(info.body, scope)
            impl: Callable[..., Any] = lambda *xs: body(xs)  # noqa: E731
        elif info.equations:
            impl = self._compile_equations(info, scope)
        else:
            del defs[name]
            raise Unsupported(f"definition '{name}'", info.span, reason="no body or equations")
        if info.recursive:
            impl = _guarded(name, impl, self.rt.depth)
        defs[name] = impl

    def _compile_equations(self, info: DefInfo, scope: _Scope) -> Callable[..., Any]:
        nparams = len(info.params)
        compiled: list[tuple[int, tuple[Callable[[Any, dict[str, Any]], bool], ...],
                             tuple[str, ...], Closure]] = []
        for eq in info.equations:
            k = len(eq.patterns)
            lead = scope.names[: nparams - k]
            pnames = tuple(v.name for v in eq.pvars)
            rhs = self.compile(eq.rhs, _Scope(lead + pnames))
            matchers = tuple(_matcher(p) for p in eq.patterns)
            compiled.append((k, matchers, pnames, rhs))
        fname = info.name

        def run(*xs: Any) -> Any:
            for k, matchers, pnames, rhs in compiled:
                got: dict[str, Any] = {}
                split = len(xs) - k
                if all(m(x, got) for m, x in zip(matchers, xs[split:], strict=True)):
                    return rhs(xs[:split] + tuple(got.get(n) for n in pnames))
            raise Unsupported(f"definition '{fname}'", info.span,
                              reason="no equation matches (incomplete pattern match)")

        return run


def _not_ready(name: str) -> Callable[..., Any]:
    def fail(*_: Any) -> Any:
        raise Unsupported(f"definition '{name}'", reason="used before it was compiled")

    return fail


def _guarded(name: str, impl: Callable[..., Any], depth: list[int]) -> Callable[..., Any]:
    calls = [0]

    def guarded(*xs: Any) -> Any:
        depth[0] += 1
        calls[0] += 1
        _WORK[0] += 1
        try:
            if _WORK[0] > _WORK[1]:
                raise BudgetExceeded(
                    f"work budget of {_WORK[1]:.0f} unfoldings spent while unfolding "
                    f"'{name}' (too many recursive calls for concrete evaluation)"
                )
            if calls[0] % _CHECK_EVERY == 0 and (
                    time.perf_counter() > _DEADLINE.get() or timelimit.expired()):
                raise BudgetExceeded(
                    f"time budget spent while unfolding '{name}' (too many recursive calls "
                    "for concrete evaluation)"
                )
            if depth[0] > MAX_RECURSION_DEPTH:
                raise BudgetExceeded(
                    f"recursion depth {MAX_RECURSION_DEPTH} exceeded while unfolding "
                    f"'{name}' (non-terminating or too deep for concrete evaluation)"
                )
            return impl(*xs)
        except RecursionError:
            raise BudgetExceeded(
                f"recursion too deep for concrete evaluation while unfolding '{name}'"
            ) from None
        finally:
            depth[0] -= 1

    return guarded


def _matcher(pat: Expr) -> Callable[[Any, dict[str, Any]], bool]:
    """A matcher of one equation pattern: binds pattern variables into ``got`` on success."""
    if isinstance(pat, Var):
        name = pat.name

        def bind(v: Any, got: dict[str, Any]) -> bool:
            got[name] = v
            return True

        return bind
    if isinstance(pat, Lit):
        lit = pat.value
        return lambda v, got: v == lit
    if isinstance(pat, MkStruct) and isinstance(pat.ty, TInd):
        ctor = pat.name
        fields = tuple((n, _matcher(p)) for n, p in pat.fields)
        return lambda v, got: v.name == ctor and all(m(v.get(n), got) for n, m in fields)
    if isinstance(pat, Prim):
        subs = tuple(_matcher(a) for a in pat.args)
        op = pat.op
        if op in ("List.nil", "Option.none"):
            empty: Any = () if op == "List.nil" else None
            return lambda v, got: v == empty
        if op == "List.cons":
            h, t = subs
            return lambda v, got: len(v) > 0 and h(v[0], got) and t(v[1:], got)
        if op == "succ":
            (n,) = subs
            return lambda v, got: v > 0 and n(v - 1, got)
        if op == "add" and isinstance(pat.args[1], Lit):
            (n, _), k = subs, pat.args[1].value
            return lambda v, got: v >= k and n(v - k, got)
        if op == "Prod.mk":
            a, b = subs
            return lambda v, got: a(v[0], got) and b(v[1], got)
        if op == "Option.some":
            (a,) = subs
            return lambda v, got: isinstance(v, Some) and a(v.value, got)
    raise Unsupported(f"pattern {type(pat).__name__}", getattr(pat, "span", None),
                      reason="pattern form not modelled")


def _slot_getter(slot: int) -> Closure:
    return lambda f: f[slot]


def _instance_size(value: Any) -> int:
    """The k of a type-variable instantiation ``Fin k`` (value: Ty, int k, or unbound)."""
    if value is None:
        return 1
    if isinstance(value, int):
        return value
    if isinstance(value, TFin) and isinstance(value.n, Lit):
        return int(value.n.value)
    if isinstance(value, TBool):
        return 2
    if isinstance(value, TModel) and value.spec.size is not None:
        return value.spec.size
    raise Unsupported("type variable instantiated with a non-finite type")


