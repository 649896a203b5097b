"""A rewritten law's hypotheses and sides compiled once to Python source for conformance.

Why: the mirror's ``CompiledLaw`` evaluates a law as a tree of closures, one Python call per
node and a generator per call's argument list; around a user's function that costs about as
much as the function itself. The numeric layer's source generator (``numeric/compiled.py``,
``_Gen``) writes the same law as plain Python expressions instead. Conformance reuses it with
three additions, each keeping the mirror's meaning exactly:

* a call of a bound definition (``__bound_jepaLoss …``) calls the ``Adapter`` directly, and
  a call of one of Lean's operators on the user's numbers (``__lean_div``, ``rewrite.py``)
  calls that helper directly (no table lookup, no wrapper);
* ``+``, ``-``, ``*`` and negation at ``Float`` are Python's operators (the mirror's own
  closures for them are ``a + b`` …: IEEE on floats, exact on the ints a callable returns,
  ``OverflowError`` where an int does not fit a float), a cast of ℕ/ℤ/``Fin`` to ``Float``
  is ``float(x)``, a ``Float`` literal is its value;
* every other node is the mirror's own closure for it (``_Gen.fallback``), so nothing outside
  the fragment above changes meaning.

The arguments of every call are evaluated left to right, in the mirror's order, so the user's
function is called on the same inputs in the same order (the supervisor numbers the calls).
``runner.EVALUATOR = "mirror"`` keeps the closure evaluator (tests compare both on every
bundled spec's examples).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    Call,
    Lit,
    Prim,
    TFin,
    TFloat,
    TInt,
    TNat,
    Var,
    uncurry,
)
from jepa_formal.numeric.compiled import MAX_SOURCE, Scope, _Gen

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.core.terms import Law

Frame = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class ConformLaw:
    """The generated functions of one rewritten law (each takes the frame tuple of binder
    values, ``names`` order), shaped like the mirror's ``CompiledLaw`` where the runner reads
    it; ``slow`` is the mirror's, for anything else."""

    slow: Any
    names: tuple[str, ...]
    hypotheses: tuple[Callable[[Frame], Any], ...]
    lhs: Callable[[Frame], Any] | None
    rhs: Callable[[Frame], Any] | None
    conclusion: Callable[[Frame], Any]
    source: str

    def frame(self, bindings: Mapping[str, Any]) -> Frame:
        return tuple(map(bindings.get, self.names))

    def conclusion_holds(self, bindings: Mapping[str, Any]) -> bool:
        return bool(self.conclusion(self.frame(bindings)))

    def hypotheses_hold(self, bindings: Mapping[str, Any]) -> bool:
        f = self.frame(bindings)
        return all(h(f) for h in self.hypotheses)


class _ConformGen(_Gen):
    """``_Gen`` with the direct calls and the ``Float`` arithmetic of the module docstring.
    Its tables are conformance's own (``instance.Table``), never a drawn ``TableFn`` with a
    ``dense`` form: no second variant of a body for one."""

    DENSE = False

    def __init__(self, env: Env | None, direct: Mapping[str, Any]) -> None:
        super().__init__(env)
        self.direct = direct
        """Frame variable → the value to call in place (an adapter, a Lean operator)."""
        self.used: dict[str, str] = {}
        """Frame variable → its name in the generated source (bound again on each run)."""

    def tables(self, params: tuple[Var, ...], pys: tuple[str, ...]) -> list[str]:
        return super().tables(
            tuple(p if p.name not in self.direct else Var(p.name, TFloat()) for p in params),
            pys)

    def visit_Call(self, e: Call, scope: Scope) -> str | None:
        fn = e.fn
        if isinstance(fn, Var) and fn.name in self.direct and \
                len(e.args) == len(uncurry(fn.ty)[0]):  # (``__`` names: never shadowed)
            args = ", ".join(self.expr(a, scope) for a in e.args)
            return f"{self.direct_name(fn.name)}({args})"
        return super().visit_Call(e, scope)

    def direct_name(self, name: str) -> str:
        key = f"_direct{name}"
        if key not in self.ns:
            self.ns[key] = self.direct[name]
            self.used[name] = key
        return key

    def visit_Lit(self, e: Lit, scope: Scope) -> str | None:
        if isinstance(e.ty, TFloat) and type(e.value) is float:
            return self.const(e.value)
        return super().visit_Lit(e, scope)

    def visit_Prim(self, e: Prim, scope: Scope) -> str | None:
        op, args = e.op, e.args
        first = args[0].ty if args else None
        if isinstance(first, TFloat) and op in _FLOAT_OPS and len(args) == 2:
            a, b = (self.expr(x, scope) for x in args)
            return f"({a} {_FLOAT_OPS[op]} {b})"
        if isinstance(first, TFloat) and op == "neg" and len(args) == 1:
            return f"(-{self.expr(args[0], scope)})"
        if op == "cast" and isinstance(e.ty, TFloat) and len(args) == 1:
            if isinstance(first, (TNat, TInt, TFin)):
                return f"float({self.expr(args[0], scope)})"
            if isinstance(first, TFloat):
                return self.expr(args[0], scope)
        return super().visit_Prim(e, scope)


_FLOAT_OPS = {"add": "+", "sub": "-", "mul": "*"}


_CODE: dict[int, tuple[Any, ...]] = {}
"""Per law object (kept alive here, so its id stays its own): the compiled code, the
namespace it runs in without the run's direct callables, and the names of the functions.
A process that checks the same spec again (a test suite calling ``assert_conforms`` per
implementation) writes and compiles each law once."""

MAX_CODE = 512
"""Laws kept in ``_CODE`` (the cache is emptied when it grows past this)."""


def compile_conform(law: Law, env: Env | None, slow: Any,
                    direct: Mapping[str, Any]) -> ConformLaw | None:
    """The rewritten ``law`` (hypotheses tied by the drawing already removed) compiled to
    source, or None when it cannot be (the runner keeps the mirror's ``slow``). The source
    depends on the law alone; ``direct`` (frame variable → the run's callable) is bound in
    the namespace each time."""
    hit = _CODE.get(id(law))
    if hit is None or hit[0] is not law:
        if len(_CODE) >= MAX_CODE:
            _CODE.clear()
        hit = _CODE[id(law)] = (law, *_write(law, env, direct,
                                                   getattr(slow, "lhs", None) is not None))
    _, code, template, keys, parts = hit
    if code is None:
        return None
    ns = dict(template)
    for name, key in keys:
        ns[key] = direct[name]
    exec(code, ns)  # our own generated text: names and constants only
    names, hyps, lhs, rhs, whole, source = parts
    return ConformLaw(slow, names, tuple(ns[h] for h in hyps),
                      ns[lhs] if lhs else None, ns[rhs] if rhs else None, ns[whole], source)


def _write(law: Law, env: Env | None, direct: Mapping[str, Any], sided: bool
           ) -> tuple[Any, ...]:
    """``(code, namespace without the direct callables, ((variable, key), …), parts)`` of
    ``law``, or ``(None, …)`` when it cannot be written; ``sided``: the sides of its
    relation are evaluated apart (the mirror's ``CompiledLaw`` has them)."""
    try:
        gen = _ConformGen(env, direct)
        binders = law.binders
        names = tuple(b.name for b in binders)
        hyps = tuple(gen.function(f"_h{i}", binders, h)
                     for i, (_, h) in enumerate(law.hypotheses))
        concl = law.conclusion
        lhs = rhs = None
        if sided and isinstance(concl, Prim):
            lhs = gen.function("_lhs", binders, concl.args[0])
            rhs = gen.function("_rhs", binders, concl.args[1])
        whole = gen.function("_concl", binders, concl)
        source = "\n".join(gen.lines) + "\n"
        if len(source) > MAX_SOURCE:
            return None, None, (), None
        code = compile(source, f"<jepa-formal conform {law.name}>", "exec")
    except (Unsupported, RecursionError, SyntaxError, MemoryError, ValueError):
        return None, None, (), None
    keys = tuple((name, key) for name, key in gen.used.items())
    template = {k: v for k, v in gen.ns.items() if k not in {key for _, key in keys}}
    return code, template, keys, (names, hyps, lhs, rhs, whole, source)
