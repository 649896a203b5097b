"""Hypothesis-aware generation: hypotheses turned into constructions on the binders they bind.

Why construction and not rejection: a hypothesis such as ``∀ i ∈ idxs, target₁ i = target₂ i``
holds for almost no pair of random tables, so drawing and filtering would test the law on
nothing. Instead each hypothesis (split at ``∧``) is read as a constraint on the *latest* binder
it mentions, and that binder's drawn value is repaired to satisfy it, from the earlier binders'
values:

* ``x = e`` assigns ``x``; ``0 < x``, ``0 ≤ x``, ``a ≤ b``, ``a < b`` (and ``>``/``≥``) move
  ``x`` inside the bound; ``x ≠ e`` nudges ``x`` off ``e``;
* ``xs.length = e`` (or a bound on it) resizes the list ``xs``;
* ``∀ i ∈ xs, g i = e i`` (or a bound or ``≠``) rewrites the table of ``g`` at the elements of
  ``xs`` and leaves it random elsewhere (``∀ i : Fin n, …``: at every ``i``);
* ``∀ x ∈ xs, γ ≤ x`` moves every element of ``xs`` inside the bound;
* ``c ∣ x`` (ℕ, ℤ) makes ``x`` a multiple of ``c`` (``10^20 ∣ k`` held only at ``k = 0``);
* ``u * x = e`` in ``Fin n`` solves for ``x`` modulo ``n`` when it can (``a * b = 1`` in
  ``Fin 1000`` held for one random pair in a thousand).

Whatever is not recognised stays for rejection: every instance is still checked with the
evaluator's ``hypotheses_hold``, and the search counts how many satisfied them. The same repair
runs after each shrinking step, so shrinking keeps the hypotheses true by construction too.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from jepa_formal.mirror.core.terms import (
    RELATION_TABLE,
    RELATIONS,
    Call,
    Expr,
    Law,
    Prim,
    Quant,
    TArray,
    TBool,
    TFin,
    TFun,
    TInt,
    TList,
    TNat,
    TVar,
    Ty,
    Var,
    flip_relation,
    uncurry,
)
from jepa_formal.mirror.core.values import FrozenTable, TableFn
from jepa_formal.numeric.backend import Backend
from jepa_formal.numeric.exprs import Side, compile_side, free_vars
from jepa_formal.numeric.generate import dense_like
from jepa_formal.numeric.types import fin_size, finite_domain

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

_MISSING = object()

Fill = Callable[[], Any]
"""Draws one fresh list element (used when a length constraint grows a list)."""


@dataclass(frozen=True, slots=True)
class Constraint:
    """``target rel other``: on a binder's value, its length, its entries at ``i ∈ over``, or
    each of its elements.

    ``proj`` is ``"value"``, ``"length"``, ``"entry"`` (``∀ i ∈ xs, g i rel e``; ``over`` None
    means every ``i`` of a finite type: ``∀ i : Fin n, …``) or ``"element"`` (``∀ x ∈ xs,
    x rel e``, target ``xs``); ``qvar`` is the quantified variable; ``source`` names the
    hypothesis the constraint came from.
    """

    source: str
    target: str
    proj: str
    rel: str
    other: Expr
    qvar: Var | None = None
    over: Expr | None = None
    cofactor: Expr | None = None
    """``proj == "factor"``: the ``u`` of ``u * x = other`` (``proj == "multiple"``: ``other``
    is the ``c`` of ``c ∣ x``)."""


@dataclass(frozen=True, slots=True)
class Plan:
    """The constraints found in a law's hypotheses and the parts left to rejection."""

    constraints: tuple[Constraint, ...]
    residual: tuple[tuple[str, Expr], ...]

    def on(self, binder: str) -> tuple[Constraint, ...]:
        return tuple(c for c in self.constraints if c.target == binder)

    @property
    def complete(self) -> bool:
        """True when every hypothesis was turned into constraints (no rejection expected)."""
        return not self.residual


def analyse(law: Law) -> Plan:
    """Read ``law.hypotheses`` into constraints on binders (see the module docstring)."""
    order = {b.name: k for k, b in enumerate(law.binders)}
    found: list[Constraint] = []
    residual: list[tuple[str, Expr]] = []
    for name, hyp in law.hypotheses:
        for part in _conjuncts(hyp):
            got = _read(name, part, order, law)
            if got is None:
                residual.append((name, part))
            else:
                found.extend(got)
    return Plan(tuple(found), tuple(residual))


def _conjuncts(e: Expr) -> list[Expr]:
    if isinstance(e, Prim) and e.op == "and":
        return [p for a in e.args for p in _conjuncts(a)]
    return [e]


def _read(source: str, e: Expr, order: dict[str, int], law: Law) -> list[Constraint] | None:
    finite = isinstance(e, Quant) and isinstance(e.var.ty, (TFin, TBool))
    if isinstance(e, Quant) and e.kind == "forall" and (e.bound is not None or finite):
        body = e.body
        if isinstance(body, Prim) and body.op == "implies" and _is_mem(body.args[0], e.var):
            body = body.args[1]
        out: list[Constraint] = []
        for part in _conjuncts(body):
            c = _relation(source, part, order, law, e.var, e.bound)
            if c is None:
                return None
            out.append(c)
        return out
    c = _relation(source, e, order, law, None, None)
    return None if c is None else [c]


def _is_mem(e: Expr, var: Var) -> bool:
    return (
        isinstance(e, Prim)
        and e.op in ("List.mem", "Finset.mem")
        and isinstance(e.args[0], Var)
        and e.args[0].name == var.name
    )


def _arithmetic(source: str, e: Expr, order: dict[str, int], law: Law) -> Constraint | None:
    """``c ∣ x`` (x a binder of ℕ/ℤ) and ``u * x = e`` / ``x * u = e`` (x a binder of
    ``Fin n``), every other name bound before ``x``: a construction of ``x``."""
    def latest(x: Expr, others: tuple[Expr, ...], kinds: tuple[type, ...]) -> str | None:
        if not isinstance(x, Var) or x.name not in order:
            return None
        ty = next(b.ty for b in law.binders if b.name == x.name)
        if not isinstance(ty, kinds):
            return None
        names = frozenset().union(*(free_vars(o) for o in others))
        if isinstance(ty, TFin):
            names |= free_vars(ty.n)
        if any(v not in order or order[v] >= order[x.name] for v in names):
            return None
        return x.name

    if isinstance(e, Prim) and e.op == "dvd" and len(e.args) == 2:
        c, x = e.args
        binder = latest(x, (c,), (TNat, TInt))
        if binder is not None and isinstance(getattr(c, "ty", None), (TNat, TInt)):
            return Constraint(source, binder, "multiple", "eq", c)
        return None
    if not (isinstance(e, Prim) and e.op == "eq" and len(e.args) == 2):
        return None
    for side, other in ((e.args[0], e.args[1]), (e.args[1], e.args[0])):
        if isinstance(side, Prim) and side.op == "mul" and len(side.args) == 2:
            for u, x in (side.args, side.args[::-1]):
                binder = latest(x, (u, other), (TFin,))
                if binder is not None:
                    return Constraint(source, binder, "factor", "eq", other, cofactor=u)
    return None


def _relation(
    source: str, e: Expr, order: dict[str, int], law: Law, qvar: Var | None, over: Expr | None
) -> Constraint | None:
    if qvar is None:
        found = _arithmetic(source, e, order, law)
        if found is not None:
            return found
    rel = None
    if isinstance(e, Prim) and e.op in RELATIONS and len(e.args) == 2:
        rel, (lhs, rhs) = e.op, e.args
    elif (
        isinstance(e, Prim)
        and e.op == "not"
        and isinstance(e.args[0], Prim)
        and e.args[0].op == "eq"
    ):
        rel, (lhs, rhs) = "ne", e.args[0].args
    if rel is None:
        return None
    if RELATION_TABLE[rel].order and _mentions_type_variable(getattr(lhs, "ty", None)):
        # ≤ at a type variable is its instance's order (a preorder on Fin 6, ⊆ on subsets,
        # a lawless one), not the carrier's: moving a value inside Python's bounds would
        # test only the pairs that order happens to share with it (a ≤ b ∧ b ≤ a made a = b
        # every time). Left for rejection.
        return None
    for side, other, r in ((lhs, rhs, rel), (rhs, lhs, flip_relation(rel))):
        target = _target(side, qvar, over)
        if target is None:
            continue
        binder, proj = target
        if binder not in order:
            continue
        before = free_vars(other)
        if proj == "element":  # the element itself is set: the bound may not depend on it
            if qvar is not None and qvar.name in before:
                continue
        else:
            before |= free_vars(over) if over is not None else frozenset()
            if qvar is not None:
                before |= free_vars(qvar.ty)
                before -= {qvar.name}
        if any(v not in order or order[v] >= order[binder] for v in before):
            continue
        if not _fits(law, binder, proj, r):
            continue
        return Constraint(source, binder, proj, r, other, qvar, over)
    return None


def _mentions_type_variable(ty: Ty | None) -> bool:
    """Whether a type is, or is built from, a type variable (``α``, ``List α``, ``α × ℕ``)."""
    if ty is None:
        return False
    if isinstance(ty, TVar):
        return True
    return any(isinstance(part, Ty) and _mentions_type_variable(part)
               for part in (getattr(ty, name, None) for name in type(ty).__slots__))


def _target(e: Expr, qvar: Var | None, over: Expr | None) -> tuple[str, str] | None:
    if qvar is not None and isinstance(e, Var) and e.name == qvar.name:
        if isinstance(over, Var):  # ∀ x ∈ xs, x ≤ b: a bound on every element of xs
            return over.name, "element"
        return None
    if qvar is None:
        if isinstance(e, Var):
            return e.name, "value"
        if isinstance(e, Prim) and e.op == "List.length" and isinstance(e.args[0], Var):
            return e.args[0].name, "length"
        return None
    if (
        isinstance(e, Call)
        and isinstance(e.fn, Var)
        and len(e.args) == 1
        and isinstance(e.args[0], Var)
        and e.args[0].name == qvar.name
    ):
        return e.fn.name, "entry"
    return None


def _fits(law: Law, binder: str, proj: str, rel: str) -> bool:
    ty = next(b.ty for b in law.binders if b.name == binder)
    if proj in ("length", "element"):
        return isinstance(ty, (TList, TArray))
    if proj == "entry":  # a function-valued entry (``recon₁ i = recon₂ i``) only by equation
        return isinstance(ty, TFun) and (rel == "eq" or not isinstance(ty.cod, TFun))
    return True


# --------------------------------------------------------------------------------------------
# Applying a plan: repair one binder's value given the earlier binders
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ready:
    """A constraint with its sides compiled to closures."""

    c: Constraint
    other: Side
    over: Side | None
    cofactor: Side | None = None


@dataclass(frozen=True, slots=True)
class _EntryGroup:
    """Entry constraints sharing one quantifier (``∀ i ∈ xs``): the points are computed once."""

    qname: str
    over: Side
    readies: tuple[_Ready, ...]
    assign: Side | None  # the single ``g i = e i`` of the group, if that is all it says


@dataclass(frozen=True, slots=True)
class _BinderPlan:
    """The constraints on one binder, split by what they constrain; equalities first, so that
    bounds and ``≠`` act on the assigned value."""

    values: tuple[_Ready, ...]
    lengths: tuple[_Ready, ...]
    elements: tuple[_Ready, ...]
    entries: tuple[_EntryGroup, ...]
    deps: frozenset[str]  # binders the constraints read
    solved: tuple[_Ready, ...] = ()  # ``c ∣ x``, ``u * x = e``: after the values


class Repairer:
    """Applies a Plan's constraints to drawn values, binder by binder."""

    __slots__ = ("_by_binder", "plan")

    def __init__(self, plan: Plan, backend: Backend, env: Env, names: tuple[str, ...] = ()) -> None:
        self.plan = plan
        by: dict[str, list[_Ready]] = {}
        for c in plan.constraints:
            inner = names + ((c.qvar.name,) if c.qvar is not None else ())
            if c.over is not None:
                over = compile_side(c.over, backend, env, names)
            elif c.qvar is not None:
                over = _whole_domain(c.qvar.ty, backend, env, names)
            else:
                over = None
            other = compile_side(c.other, backend, env, inner)
            cofactor = (compile_side(c.cofactor, backend, env, names)
                        if c.cofactor is not None else None)
            by.setdefault(c.target, []).append(_Ready(c, other, over, cofactor))
        self._by_binder = {k: _binder_plan(k, v) for k, v in by.items()}

    def constrained(self, binder: str) -> bool:
        return binder in self._by_binder

    def depends(self, binder: str) -> frozenset[str]:
        """The binders whose values the constraints on ``binder`` read."""
        plan = self._by_binder.get(binder)
        return plan.deps if plan is not None else frozenset()

    def repair(self, binder: str, value: Any, ty: Ty, bindings: dict[str, Any], fill: Fill) -> Any:
        """``value`` changed as little as the constraints on ``binder`` need (``ty`` resolved)."""
        plan = self._by_binder.get(binder)
        if plan is None:
            return value
        if plan.values:
            value = _settle(value, ty, [(r.c.rel, r.other(bindings)) for r in plan.values])
        for r in plan.solved:
            value = _solve(r, value, ty, bindings)
        if plan.elements and isinstance(value, tuple) and isinstance(ty, (TList, TArray)):
            rels = [(r.c.rel, r.other(bindings)) for r in plan.elements]
            value = tuple(_settle(x, ty.elem, rels) for x in value)
        if plan.lengths and isinstance(value, tuple):
            n = _settle(len(value), TNat(), [(r.c.rel, r.other(bindings)) for r in plan.lengths])
            if isinstance(n, int) and n >= 0:
                value = value[:n] + tuple(fill() for _ in range(n - len(value)))
        if plan.entries and isinstance(value, TableFn):
            # the repaired table keeps a dense form for the compiled evaluator
            value = dense_like(_repair_entries(value, ty, plan.entries, bindings), value)
        return value


def _binder_plan(target: str, readies: list[_Ready]) -> _BinderPlan:
    readies = sorted(readies, key=lambda r: r.c.rel != "eq")
    groups: dict[tuple[str, Expr | None], list[_Ready]] = {}
    deps: set[str] = set()
    for r in readies:
        c = r.c
        deps |= free_vars(c.other)
        if c.cofactor is not None:
            deps |= free_vars(c.cofactor)
        if c.over is not None:
            deps |= free_vars(c.over)
        if c.qvar is not None:
            deps |= free_vars(c.qvar.ty)
            deps.discard(c.qvar.name)
        if c.proj == "entry":
            assert c.qvar is not None
            groups.setdefault((c.qvar.name, c.over), []).append(r)
    entries = []
    for (qname, _), rs in groups.items():
        over = rs[0].over
        assert over is not None
        assign = rs[0].other if len(rs) == 1 and rs[0].c.rel == "eq" else None
        entries.append(_EntryGroup(qname, over, tuple(rs), assign))
    return _BinderPlan(
        values=tuple(r for r in readies if r.c.proj == "value"),
        solved=tuple(r for r in readies if r.c.proj in ("multiple", "factor")),
        lengths=tuple(r for r in readies if r.c.proj == "length"),
        elements=tuple(r for r in readies if r.c.proj == "element"),
        entries=tuple(entries),
        deps=frozenset(deps - {target}),
    )


def _whole_domain(ty: Ty, backend: Backend, env: Env, names: tuple[str, ...]) -> Side:
    """The points of ``∀ i : Fin n`` (or ``Bool``): every value of the finite type."""
    if isinstance(ty, TFin):
        size = compile_side(ty.n, backend, env, names)
        return lambda b: range(max(int(size(b)), 0))
    return lambda b: (False, True)


@contextmanager
def _scoped(bindings: dict[str, Any], qname: str) -> Iterator[None]:
    """The quantified variable ``qname`` is bound in place while the block runs; afterwards
    the bindings are as before (its earlier value back, or no value)."""
    saved = bindings.get(qname, _MISSING)
    try:
        yield
    finally:
        if saved is _MISSING:
            bindings.pop(qname, None)
        else:
            bindings[qname] = saved


def _repair_entries(
    fn: TableFn, ty: Ty, groups: tuple[_EntryGroup, ...], bindings: dict[str, Any]
) -> TableFn:
    if fn.arity > 1:
        return _repair_rows(fn, ty, groups, bindings)
    cod = ty.cod if isinstance(ty, TFun) else ty
    rows = dict(fn.table)
    default = fn.default
    for g in groups:
        qname = g.qname
        points = g.over(bindings)
        with _scoped(bindings, qname):
            for i in points:
                bindings[qname] = i
                if g.assign is not None:
                    new = g.assign(bindings)
                else:
                    current = rows.get((i,), default)
                    new = _settle(current, cod, [(r.c.rel, r.other(bindings)) for r in g.readies])
                if new != default:
                    rows[(i,)] = new
                else:
                    rows.pop((i,), None)
    return TableFn(fn.arity, FrozenTable(rows), default)


def _repair_rows(
    fn: TableFn, ty: Ty, groups: tuple[_EntryGroup, ...], bindings: dict[str, Any]
) -> TableFn:
    """``g i = e i`` where ``g i`` is itself a function: copy every row ``g i j…`` from the
    function ``e i`` (the remaining arguments must range over finite types)."""
    doms, _ = uncurry(ty)
    rest = [finite_domain(d) for d in doms[1:]]
    if any(r is None for r in rest):
        return fn
    tails = list(itertools.product(*rest))  # type: ignore[arg-type]
    rows = dict(fn.table)
    default = fn.default
    for g in groups:
        if g.assign is None:
            continue
        qname = g.qname
        with _scoped(bindings, qname):
            for i in g.over(bindings):
                bindings[qname] = i
                part = g.assign(bindings)
                for tail in tails:
                    value = part(*tail)
                    if value != default:
                        rows[(i, *tail)] = value
                    else:
                        rows.pop((i, *tail), None)
    return TableFn(fn.arity, FrozenTable(rows), default)


def _solve(r: _Ready, value: Any, ty: Ty, bindings: dict[str, Any]) -> Any:
    """``c ∣ x``: ``x`` becomes ``c`` times its drawn value (``0 ∣ x``: ``x = 0``). ``u * x = e``
    in ``Fin n``: one of the solutions of ``u·x ≡ e (mod n)``, chosen by the drawn value;
    none (``gcd(u, n) ∤ e``): the value stays, for rejection. A value that satisfies the
    hypothesis already stays as it is, so the repair of a shrinking candidate keeps it."""
    if not isinstance(value, int) or isinstance(value, bool):
        return value
    if r.c.proj == "multiple":  # a value that is one already stays (shrinking repairs too)
        c = r.other(bindings)
        if not isinstance(c, int) or isinstance(c, bool) or (c and value % c == 0):
            return value
        return c * value
    assert r.cofactor is not None
    u, e = r.cofactor(bindings), r.other(bindings)
    if not (isinstance(ty, TFin) and isinstance(u, int) and isinstance(e, int)):
        return value
    n = fin_size(ty)
    if n <= 0 or (u * value - e) % n == 0:
        return value
    g = math.gcd(u % n, n)
    if e % g:
        return value
    step = n // g
    base = (e // g) * pow((u // g) % step, -1, step) % step if step > 1 else 0
    return base + (value % g) * step


def _settle(value: Any, ty: Ty, rels: list[tuple[str, Any]]) -> Any:
    """Move ``value`` to satisfy ``value rel bound`` for each pair, as far as possible."""
    lo = hi = None
    lo_strict = hi_strict = False
    forbidden = []
    for rel, bound in rels:
        if rel == "eq":
            value = bound
        elif RELATION_TABLE[rel].order and not RELATION_TABLE[rel].ascending:
            strict = RELATION_TABLE[rel].strict
            if lo is None or bound > lo or (bound == lo and strict):
                lo, lo_strict = bound, strict
        elif RELATION_TABLE[rel].order:
            strict = RELATION_TABLE[rel].strict
            if hi is None or bound < hi or (bound == hi and strict):
                hi, hi_strict = bound, strict
        else:
            forbidden.append(bound)
    if lo is not None or hi is not None:
        try:
            value = _into(value, ty, lo, lo_strict, hi, hi_strict)
        except TypeError:  # bounds of a type without order: leave to the final check
            pass
    for bad in forbidden:
        if value == bad:
            value = _nudge(value, ty)
    return value


def _into(v: Any, ty: Ty, lo: Any, los: bool, hi: Any, his: bool) -> Any:
    ok_lo = lo is None or (v > lo if los else v >= lo)
    ok_hi = hi is None or (v < hi if his else v <= hi)
    if ok_lo and ok_hi:
        return v
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        lo_i = None if lo is None else (math.floor(lo) + 1 if los else math.ceil(lo))
        hi_i = None if hi is None else (math.ceil(hi) - 1 if his else math.floor(hi))
        if isinstance(ty, TNat):
            lo_i = 0 if lo_i is None else max(lo_i, 0)
        if isinstance(ty, TFin):
            lo_i = 0 if lo_i is None else max(lo_i, 0)
            hi_i = fin_size(ty) - 1 if hi_i is None else min(hi_i, fin_size(ty) - 1)
        if lo_i is not None and hi_i is not None:
            if lo_i > hi_i:
                return v
            return lo_i + abs(v) % (hi_i - lo_i + 1)
        if lo_i is not None:
            return lo_i + abs(v)
        assert hi_i is not None
        return hi_i - abs(v)
    if isinstance(v, (Fraction, float)):
        one: Any = 1.0 if isinstance(v, float) else Fraction(1)
        mag = abs(v) if not isinstance(v, float) or math.isfinite(v) else one
        if lo is not None and hi is not None:
            if lo > hi or (lo == hi and (los or his)):
                return v
            t = mag / (mag + one)
            if los and t == 0:
                t = one / 2
            out = lo + (hi - lo) * t
        elif lo is not None:
            out = lo + (mag if mag or not los else one)
        else:
            out = hi - (mag if mag or not his else one)
        return _float_edges(out, lo, los, hi, his) if isinstance(out, float) else out
    return v


def _float_edges(x: float, lo: Any, los: bool, hi: Any, his: bool) -> float:
    """Rounding can land a float on (or past) a bound: step to the nearest float inside."""
    if lo is not None and (x < lo or (los and x == lo)):
        x = math.nextafter(lo, math.inf) if los else float(lo)
    if hi is not None and (x > hi or (his and x == hi)):
        x = math.nextafter(hi, -math.inf) if his else float(hi)
    return x


def _nudge(v: Any, ty: Ty) -> Any:
    if isinstance(ty, TBool) or isinstance(v, bool):
        return not v
    if isinstance(ty, TFin):
        k = fin_size(ty)
        return (v + 1) % k if k else v
    if isinstance(v, (int, Fraction)):
        return v + 1
    if isinstance(v, float):
        return v + 1.0 if v + 1.0 != v else v * 2 + 1.0
    return v
