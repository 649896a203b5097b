"""Hypotheses of a law as substitutions, assumptions, rewrites and congruences.

Why each form is sound:

* ``x = e`` (``x`` a variable not in ``e``): ``∀ x, x = e → P x`` is ``P e``: substitute.
* ``0 < γ``, ``γ ≠ 0``, ``0 ≤ γ``: ``γ`` becomes a symbol with that SymPy assumption.
* ``a ≤ b`` / ``a < b`` (``b`` a variable not in ``a``): ``b`` becomes ``a + t`` with a fresh
  ``t ≥ 0`` (``> 0``), of ``b``'s number type; every such ``b`` is of that form.
* ``lhs = rhs`` otherwise: ``rhs``'s occurrences are rewritten to ``lhs`` (an equation holds
  everywhere).
* ``∀ i ∈ xs, f i = g i``: a *congruence*: inside ``ListSum``/``ListProd``/``Map``/``Filter``
  over a list whose members are all members of ``xs`` (``xs`` itself, its reverse, a filter,
  take or drop of it, an append of such lists), ``g j`` is rewritten to ``f j`` for the
  element variable ``j``; never elsewhere (a hypothesis about ``xs`` says nothing about ``ys``).
* Anything else is not used, which is sound: the law is then proved without that premise.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import sympy
from sympy import Basic, Symbol
from sympy.core.function import AppliedUndef

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    ORDER_RELATIONS,
    RELATION_TABLE,
    RELATIONS,
    Expr,
    Prim,
    Quant,
    TInt,
    TNat,
    relation_symbol,
)
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.translator import BoolApp, SymContext
from jepa_formal.prove.confirm import confirm_false, confirm_relation, integer_valued, surely
from jepa_formal.prove.rules import Rule
from jepa_formal.prove.show import show

_FRESH: ContextVar[Iterator[int]] = ContextVar("jepa_formal_fresh_names")
"""The numbering of introduced names, one per proof (``fresh_names()``): the names printed in a
proof never depend on what was proved before in the same process."""
_DOMAIN_KEYS = ("integer", "rational", "real", "nonnegative", "positive", "nonzero",
                "nonpositive", "negative")
CONGRUENCE_HEADS = (L.ListSum, L.ListProd, L.Map, L.Filter, L.ListAll, L.ListAny)


@dataclass(frozen=True, slots=True)
class Congruence:
    """``name : ∀ var ∈ over, lhs = rhs``, used to rewrite ``rhs`` to ``lhs`` under ``over``."""

    name: str
    var: Symbol
    over: Basic | None  # None: an unbounded ``∀ var, lhs = rhs``
    lhs: Basic
    rhs: Basic
    extra: tuple[Symbol, ...] = ()  # more ∀-variables: ``f i = g i`` between functions
    flipped: bool = False  # written ``rhs = lhs`` (``loss i = 0`` rewrites ``loss i`` to 0)
    cond: Basic | None = None  # ``∀ i ∈ xs, c i → f i = g i``: only where ``c i`` is known
    fin: Basic | None = None  # ``var : Fin n``: the ``n`` (an unbounded ∀ over ``Fin n``)
    fin_bounds: Any = field(default=None, compare=False)  # the context's ``Fin`` symbols

    @property
    def text(self) -> str:
        where = f" ∈ {show(self.over)}" if self.over is not None else ""
        lhs, rhs = self.lhs, self.rhs
        if self.extra:  # print the function equality as written: f i = g i
            lhs, rhs = L.Fn(self.extra, lhs), L.Fn(self.extra, rhs)
        if self.flipped:
            lhs, rhs = rhs, lhs
        premise = f"{show(self.cond)} → " if self.cond is not None else ""
        return f"{self.name} : ∀ {show(self.var)}{where}, {premise}{show(lhs)} = {show(rhs)}"

    def xreplace(self, mapping: dict[Basic, Basic]) -> Congruence:
        over = self.over.xreplace(mapping) if self.over is not None else None
        cond = self.cond.xreplace(mapping) if self.cond is not None else None
        return Congruence(self.name, self.var, over, self.lhs.xreplace(mapping),
                          self.rhs.xreplace(mapping), self.extra, self.flipped, cond,
                          self.fin.xreplace(mapping) if self.fin is not None else None,
                          self.fin_bounds)

    def in_domain(self, value: Basic) -> bool:
        """``value`` surely lies in the type of ``var``: an unbounded ``∀ x : ℕ, f x = g x``
        says nothing about ``g (-1)`` when ``g : ℤ → ℤ`` (the cast ``↑x`` is invisible in
        SymPy), nor ``∀ x : Fin n, …`` about ``g n``."""
        for key in _DOMAIN_KEYS:  # SymPy proposes, Z3 confirms (``confirm.surely``)
            if self.var.assumptions0.get(key) and not surely(key, value):
                return False
        if self.fin is None:
            return True
        bounds = self.fin_bounds or {}
        if value in bounds and bounds[value] == self.fin:
            return True
        return (value - self.fin).is_negative is True \
            and confirm_relation("lt", value, self.fin) is True

    def instance(self, value: Basic) -> tuple[Basic, Basic, dict[Symbol, sympy.Wild]]:
        """``(rhs, lhs)`` at ``var := value`` with the extra variables as wildcards."""
        wilds = {e: sympy.Wild(f"w{k}") for k, e in enumerate(self.extra)}
        mapping: dict[Basic, Basic] = {self.var: value, **wilds}
        return self.rhs.xreplace(mapping), self.lhs.xreplace(mapping), wilds


@dataclass(frozen=True, slots=True)
class Rewrite:
    """``name : lhs = rhs`` used to rewrite occurrences of ``rhs`` into ``lhs``."""

    name: str
    lhs: Basic
    rhs: Basic

    @property
    def text(self) -> str:
        return f"{self.name} : {show(self.lhs)} = {show(self.rhs)}"


_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


@contextmanager
def fresh_names() -> Iterator[None]:
    """Number the names introduced inside this block from 1 (the prover opens one per law)."""
    token = _FRESH.set(itertools.count(1))
    try:
        yield
    finally:
        _FRESH.reset(token)


def next_fresh() -> int:
    """The next number of the current proof's numbering (outside a proof: a new numbering)."""
    counter = _FRESH.get(None)
    if counter is None:
        counter = itertools.count(1)
        _FRESH.set(counter)
    return next(counter)


def fresh_name(base: str) -> str:
    """A readable name for a parameter a hypothesis introduces (``d₁``, ``d₂``…); it never
    clashes with a Lean binder, whose names the elaborator gives without subscripts here."""
    return base + str(next_fresh()).translate(_SUBSCRIPTS) + "′"


@dataclass(frozen=True, slots=True)
class OrderFact:
    """``name : ∀ var ∈ over, small ≤ big`` (``<`` when strict).

    Used by *abstraction* inside list operations over members of ``over``: ``big j`` becomes
    ``small j + gap j`` with ``gap`` a fresh function that is ``≥ 0`` (``> 0``). A proof for
    every such ``gap`` covers the real one (``gap j = big j - small j`` on the members), so
    the rewrite is sound; it makes the hypothesis visible to SymPy's sign queries.
    """

    name: str
    var: Symbol
    over: Basic
    small: Basic
    big: Basic
    strict: bool
    written: str
    tag: int = 0  # numbers the law's order facts: one gap function per fact, even for the
    # conjuncts of one hypothesis (which share its name)

    @property
    def text(self) -> str:
        return f"{self.name} : {self.written}"

    def gap(self) -> Any:
        """The fact's own gap function: two facts sharing one (``f i ≤ g i ∧ f i ≤ k i``) would
        make ``g j`` and ``k j`` the same ``f j + gap j``."""
        integer = integer_valued(self.small) and integer_valued(self.big)
        kind = {"positive": True} if self.strict else {"nonnegative": True}
        name = "gap" + str(self.tag).translate(_SUBSCRIPTS) + "·" + self.name  # shows gap₁
        return sympy.Function(name, real=True, integer=integer,
                              commutative=True, **kind)

    def xreplace(self, mapping: dict[Basic, Basic]) -> OrderFact:
        return OrderFact(self.name, self.var, self.over.xreplace(mapping),
                         self.small.xreplace(mapping), self.big.xreplace(mapping), self.strict,
                         self.written, self.tag)


@dataclass(slots=True)
class Facts:
    """What the prover may use from the hypotheses."""

    substitution: dict[Basic, Basic] = field(default_factory=dict)
    rewrites: list[Rewrite] = field(default_factory=list)
    congruences: list[Congruence] = field(default_factory=list)
    orders: list[OrderFact] = field(default_factory=list)
    used: list[tuple[str, str]] = field(default_factory=list)  # (name, how)
    unused: list[str] = field(default_factory=list)
    contradiction: str = ""  # a hypothesis SymPy finds false here (the case is vacuous)

    def apply(self, e: Basic) -> Basic:
        return e.xreplace(self.substitution) if self.substitution else e

    def rules(self) -> tuple[Rule, ...]:
        out: list[Rule] = []
        for c in self.congruences:
            out.append(congruence_rule(c) if c.over is not None else unbounded_rule(c))
        for r in self.rewrites:
            out.append(rewrite_rule(r))
        for o in self.orders:
            out.append(order_rule(o))
        return tuple(out)

    def specialise(self, mapping: dict[Basic, Basic]) -> Facts:
        """Facts after replacing variables (induction cases, bounded expansion): a congruence
        over ``x :: xs`` becomes the equation at ``x`` plus the congruence over ``xs``."""
        out = Facts(dict(self.substitution), list(self.rewrites), [], [], list(self.used),
                    list(self.unused), self.contradiction)
        out.rewrites = [Rewrite(r.name, r.lhs.xreplace(mapping), r.rhs.xreplace(mapping))
                        for r in self.rewrites]
        for c in self.congruences:
            c2 = c.xreplace(mapping)
            over = c2.over
            while isinstance(over, L.Cons):
                x = over.args[0]
                if c2.cond is not None and c2.cond.xreplace({c.var: x}) is not sympy.true:
                    over = over.args[1]  # the premise is not known at x: nothing to use
                    continue
                if not c.extra and _false("eq", c2.lhs.xreplace({c.var: x}),
                                          c2.rhs.xreplace({c.var: x})):
                    out.contradiction = c.text
                if c.extra:  # a function equality at x: keep it as an unbounded pattern
                    out.congruences.append(Congruence(c.name, c.var, None, c2.lhs.xreplace(
                        {c.var: x}), c2.rhs.xreplace({c.var: x}), c.extra))
                else:
                    out.rewrites.append(Rewrite(c.name, c2.lhs.xreplace({c.var: x}),
                                                c2.rhs.xreplace({c.var: x})))
                over = over.args[1]
            if over is not None and isinstance(over, L.Nil):
                continue
            out.congruences.append(Congruence(c.name, c.var, over, c2.lhs, c2.rhs, c.extra,
                                              c.flipped, c2.cond, c2.fin, c2.fin_bounds))
        for o in self.orders:
            o2 = o.xreplace(mapping)
            over = o2.over
            while isinstance(over, L.Cons):
                x = over.args[0]
                small, big = o2.small.xreplace({o.var: x}), o2.big.xreplace({o.var: x})
                if _false("lt" if o.strict else "le", small, big):
                    out.contradiction = o.text
                kind = {"positive": True} if o.strict else {"nonnegative": True}
                t = Symbol(fresh_name("d"), real=True,
                           integer=integer_valued(small) and integer_valued(big), **kind)
                if not big.is_Number and not small.has(big):
                    out.rewrites.append(Rewrite(o.name, small + t, big))
                over = over.args[1]
            if isinstance(over, L.Nil):
                continue
            out.orders.append(OrderFact(o.name, o.var, over, o2.small, o2.big, o.strict,
                                        o.written, o.tag))
        return out


_RELATION = {"eq": sympy.Eq, "lt": sympy.Lt, "le": sympy.Le}


def _false(rel: str, lhs: Basic, rhs: Basic) -> bool:
    """``lhs ⋈ rhs`` is false for every value: SymPy evaluates it to false (the proposal) and
    Z3 confirms that it cannot hold. Never guessed: a case made vacuous by it proves nothing."""
    if _RELATION[rel](lhs, rhs) is not sympy.false:
        return False
    return confirm_false(_RELATION[rel](lhs, rhs, evaluate=False)) is True


# --------------------------------------------------------------------------------------------
# Rules built from facts
# --------------------------------------------------------------------------------------------


def members_within(xs: Basic, over: Basic) -> bool:
    """Every member of the list ``xs`` is surely a member of the list ``over``."""
    if xs == over:
        return True
    if isinstance(over, L.Append):
        if any(members_within(xs, part) for part in over.args):
            return True
    if isinstance(over, (L.Cons,)):
        if members_within(xs, over.args[1]):
            return True
    if isinstance(over, L.Reverse):
        return members_within(xs, over.args[0])
    if isinstance(xs, L.Reverse):
        return members_within(xs.args[0], over)
    if isinstance(xs, L.Filter):
        return members_within(xs.args[1], over)
    if isinstance(xs, (L.Take, L.Drop)):
        return members_within(xs.args[1], over)
    if isinstance(xs, L.Append):
        return all(members_within(p, over) for p in xs.args)
    if isinstance(xs, L.Nil):
        return True
    return False


def congruence_rule(c: Congruence) -> Rule:
    """The rewrite ``rhs[j] → lhs[j]`` inside list operations over members of ``c.over``; for a
    conditional congruence, only over ``xs.filter c`` or inside ``if c j then … else …``."""

    def rewrite(body: Basic, j: Symbol) -> Basic:
        pattern, replacement, wilds = c.instance(j)
        if pattern == replacement or replacement.has(pattern):
            return body
        if wilds:
            return replace_instances(body, pattern, replacement)
        return body.xreplace({pattern: replacement}) if body.has(pattern) else body

    def fn(t: Basic) -> Basic | None:
        f, xs = t.args
        if not (isinstance(f, L.Fn) and len(f.variables) == 1):
            return None
        j = f.variables[0]
        if c.cond is None:
            if c.over is not None and not members_within(xs, c.over):
                return None
            body = rewrite(f.expr, j)
        elif isinstance(xs, L.Filter) and members_within(xs.args[1], c.over) \
                and _implies(xs.args[0](j), c.cond.xreplace({c.var: j})):
            body = rewrite(f.expr, j)  # every member passed the filter: c j holds
        elif members_within(xs, c.over):
            cond = c.cond.xreplace({c.var: j})

            def guarded_pieces(pw: Basic) -> Basic:
                pieces = [(rewrite(e, j) if _implies(k, cond) else e, k) for e, k in pw.args]
                return sympy.Piecewise(*pieces)

            body = f.expr.replace(lambda n: isinstance(n, sympy.Piecewise), guarded_pieces)
        else:
            return None
        return None if body == f.expr else t.func(L.Fn(f.variables, body), xs)

    return Rule("congruence", f"{c.text}: rewrite {show(c.rhs)} to {show(c.lhs)} under "
                "list operations over its members", "the list's members are members of "
                f"{show(c.over)}", CONGRUENCE_HEADS, fn, note=c.text)


def _implies(known: Basic, cond: Basic) -> bool:
    """``known`` surely implies ``cond`` (syntactically: equal, or a conjunct of it)."""
    if known == cond:
        return True
    return isinstance(known, sympy.And) and cond in known.args


def exact_match(node: Basic, pattern: Basic) -> dict[Basic, Basic] | None:
    """Wildcard values making ``pattern`` *structurally* equal to ``node`` (SymPy's ``match``
    may match up to algebra; only exact instances are used)."""
    m = node.match(pattern)
    if m is None or pattern.xreplace(m) != node:
        return None
    return m


def replace_instances(expr: Basic, pattern: Basic, replacement: Basic) -> Basic:
    """Replace every exact instance of ``pattern`` (with wildcards) in ``expr``."""
    head = type(pattern)
    return expr.replace(
        lambda n: isinstance(n, head) and exact_match(n, pattern) is not None,
        lambda n: replacement.xreplace(exact_match(n, pattern) or {}),
    )


def order_rule(o: OrderFact) -> Rule:
    """Abstraction ``big j ↦ small j + gap j`` inside list operations over members of
    ``o.over`` (see ``OrderFact``)."""
    gap = o.gap()

    def fn(t: Basic) -> Basic | None:
        f, xs = t.args
        if not (isinstance(f, L.Fn) and len(f.variables) == 1):
            return None
        if not members_within(xs, o.over) or f.expr.has(gap):
            return None
        j = f.variables[0]
        small, big = o.small.xreplace({o.var: j}), o.big.xreplace({o.var: j})
        if small.has(big) or big.is_Number or not f.expr.has(big):
            return None
        return t.func(L.Fn(f.variables, f.expr.xreplace({big: small + gap(j)})), xs)

    return Rule("congruence", f"{o.text}: abstract {show(o.big)} as {show(o.small)} + a "
                "nonnegative gap under list operations over its members",
                f"the list's members are members of {show(o.over)}", CONGRUENCE_HEADS, fn,
                note=o.text)


def rewrite_rule(r: Rewrite) -> Rule:
    """The rewrite ``rhs → lhs`` wherever ``rhs`` occurs."""

    def fn(t: Basic) -> Basic | None:
        return r.lhs if t == r.rhs else None

    return Rule("hypothesis", r.text, "none", (type(r.rhs),), fn, note=r.text)


# --------------------------------------------------------------------------------------------
# Reading hypotheses
# --------------------------------------------------------------------------------------------


def conjuncts(e: Expr) -> list[Expr]:
    if isinstance(e, Prim) and e.op == "and":
        return [p for a in e.args for p in conjuncts(a)]
    return [e]


def read_facts(hypotheses: tuple[tuple[str, Expr], ...], ctx: SymContext) -> Facts:
    """Translate and classify the hypotheses of a law (untranslatable ones are unused)."""
    facts = Facts()
    free = {v for v in ctx.bindings.values() if isinstance(v, Symbol)}
    for name, hyp in hypotheses:
        for part in conjuncts(hyp):
            try:
                _read_one(name, part, ctx, facts, free)
            except (Unsupported, TypeError, ValueError):
                facts.unused.append(name)
    facts.rewrites = [Rewrite(r.name, facts.apply(r.lhs), facts.apply(r.rhs))
                      for r in facts.rewrites]
    facts.congruences = [c.xreplace(facts.substitution) for c in facts.congruences]
    facts.orders = [o.xreplace(facts.substitution) for o in facts.orders]
    return facts


def _read_one(name: str, e: Expr, ctx: SymContext, facts: Facts, free: set[Basic]) -> None:
    if isinstance(e, Quant) and e.kind == "forall":
        _read_forall(name, e, ctx, facts)
        return
    if isinstance(e, Prim) and e.op == "dvd":
        if not all(isinstance(a.ty, TNat | TInt) for a in e.args):
            facts.unused.append(name)  # `a ∣ b` in Fin n wraps (4 ∣ 2 in Fin 6: 4 * 2 = 2)
            return
        _read_dvd(name, facts.apply(_tr(ctx, e.args[0])), facts.apply(_tr(ctx, e.args[1])),
                  facts, free)
        return
    if not (isinstance(e, Prim) and e.op in RELATIONS):
        facts.unused.append(name)
        return
    lhs = facts.apply(_tr(ctx, e.args[0]))
    rhs = facts.apply(_tr(ctx, e.args[1]))
    if e.op == "eq":
        _read_eq(name, lhs, rhs, facts, free)
    elif e.op == "ne":
        _read_ne(name, lhs, rhs, facts, free)
    else:
        small, big = (lhs, rhs) if RELATION_TABLE[e.op].ascending else (rhs, lhs)
        _read_order(name, small, big, RELATION_TABLE[e.op].strict, facts, free)


def _tr(ctx: SymContext, e: Expr) -> Any:
    out = ctx.translate(e)
    if isinstance(out, L.Fn):
        raise Unsupported("function-valued hypothesis side")
    return out


def _bind(facts: Facts, sym: Basic, value: Basic, name: str, how: str) -> None:
    mapping = {sym: value}
    for k, v in list(facts.substitution.items()):
        facts.substitution[k] = v.xreplace(mapping)
    facts.substitution[sym] = value
    facts.used.append((name, how))


def _read_eq(name: str, lhs: Basic, rhs: Basic, facts: Facts, free: set[Basic]) -> None:
    for var, value in ((lhs, rhs), (rhs, lhs)):
        if (var in free or isinstance(var, L.ListSymbol)) and not value.has(var):
            _bind(facts, var, value, name, f"substitution {show(var)} := {show(value)}")
            return
    if _constant(lhs) and _constant(rhs):
        facts.unused.append(name)
        return
    # rewrite occurrences of the side that is not a plain constant into the other side
    pattern, replacement = (lhs, rhs) if not _constant(lhs) else (rhs, lhs)
    if replacement.has(pattern):
        pattern, replacement = replacement, pattern
    if replacement.has(pattern):
        facts.unused.append(name)
        return
    facts.rewrites.append(Rewrite(name, replacement, pattern))
    facts.used.append((name, "rewrite"))


def _read_dvd(name: str, m: Basic, k: Basic, facts: Facts, free: set[Basic]) -> None:
    """``m ∣ k`` with ``k`` a variable of the law: the change of variables ``k := m * c``
    for a fresh integer ``c`` (``c ≥ 0`` when ``m`` and ``k`` are naturals). Every pair with
    ``m ∣ k`` is ``(m, m * c)`` for some such ``c`` (``m = 0`` forces ``k = 0 = 0 * 0``), so
    a law proved for every ``c`` holds for every such ``k``. Anything else is unused."""
    if not (isinstance(k, Symbol) and k in free and not m.has(k) and integer_valued(m)
            and integer_valued(k)):
        facts.unused.append(name)
        return
    natural = bool(k.is_nonnegative) and surely("nonnegative", m)
    c = Symbol(fresh_name("c"), integer=True, **({"nonnegative": True} if natural else {}))
    _bind(facts, k, m * c, name, f"substitution {show(k)} := {show(m * c)} ({show(m)} ∣ "
          f"{show(k)})")


def _constant(e: Basic) -> bool:
    """A number or a Boolean constant (never worth rewriting *into* something else)."""
    return bool(e.is_Number) or e in (sympy.true, sympy.false)


def _refine(facts: Facts, sym: Symbol, name: str, **extra: bool) -> bool:
    try:
        new = Symbol(sym.name, **{**sym.assumptions0, **extra})
        new.is_integer  # noqa: B018 - forces SymPy to check the assumptions are consistent
    except Exception:  # inconsistent assumptions: the hypothesis is unusable, not trusted
        return False
    _bind(facts, sym, new, name, "assumption " + ", ".join(extra))
    return True


def _read_ne(name: str, lhs: Basic, rhs: Basic, facts: Facts, free: set[Basic]) -> None:
    for var, other in ((lhs, rhs), (rhs, lhs)):
        if var in free and other == 0 and var.is_complex:
            if _refine(facts, var, name, nonzero=True):
                return
    facts.unused.append(name)


def _read_order(name: str, small: Basic, big: Basic, strict: bool, facts: Facts,
                free: set[Basic]) -> None:
    if small == 0 and big in free and _refine(
            facts, big, name, **({"positive": True} if strict else {"nonnegative": True})):
        return
    if big == 0 and small in free and _refine(
            facts, small, name, **({"negative": True} if strict else {"nonpositive": True})):
        return
    if big in free and not small.has(big) and big.is_extended_real:
        # the gap ``big - small`` is an integer only when both sides are: ``x ≤ (n : ℝ)``
        # with a real ``x`` leaves a fractional gap
        integer = integer_valued(big) and integer_valued(small)  # Z3's sorts, not SymPy's
        kind = {"positive": True} if strict else {"nonnegative": True}
        t = Symbol(fresh_name("d"), integer=integer, real=True, **kind)
        _bind(facts, big, small + t, name,
              f"{show(big)} := {show(small)} + {show(t)} with {show(t)} "
              + ("> 0" if strict else "≥ 0"))
        return
    facts.unused.append(name)


def _read_forall(name: str, e: Quant, ctx: SymContext, facts: Facts) -> None:
    var = ctx.value_of(ctx.fresh_name(e.var.name), e.var.ty)
    if not isinstance(var, Symbol):
        facts.unused.append(name)
        return
    inner = ctx.child({e.var.name: var})
    body = e.body
    over = None
    if e.bound is not None:
        if not (isinstance(body, Prim) and body.op == "implies"):
            facts.unused.append(name)
            return
        over = facts.apply(inner.translate(e.bound))
        body = body.args[1]
    cond = None
    if over is not None and isinstance(body, Prim) and body.op == "implies":
        cond = facts.apply(inner.translate(body.args[0]))  # ∀ i ∈ xs, c i → …
        body = body.args[1]
    for part in conjuncts(body):
        if cond is not None and not (isinstance(part, Prim) and part.op in ("eq", "iff")):
            facts.unused.append(name)
            continue
        if over is not None and isinstance(part, Prim) and part.op in ORDER_RELATIONS \
                and _is_number_ty(part.args[0].ty):
            a = facts.apply(_tr(inner, part.args[0]))
            b = facts.apply(_tr(inner, part.args[1]))
            small, big = (a, b) if RELATION_TABLE[part.op].ascending else (b, a)
            strict = RELATION_TABLE[part.op].strict
            facts.orders.append(OrderFact(name, var, over, small, big, strict,
                                          _show_prim(part.op, a, b, var, over),
                                          len(facts.orders) + 1))
            facts.used.append((name, "order congruence"))
            continue
        if not (isinstance(part, Prim) and part.op in ("eq", "iff")):
            facts.unused.append(name)
            continue
        lhs = facts.apply(inner.translate(part.args[0]))
        rhs = facts.apply(inner.translate(part.args[1]))
        extra: tuple[Symbol, ...] = ()
        if isinstance(lhs, L.Fn) and isinstance(rhs, L.Fn):
            if len(lhs.variables) != len(rhs.variables):
                facts.unused.append(name)
                continue
            extra = tuple(lhs.variables)
            lhs, rhs = lhs.expr, rhs(*extra)
        elif isinstance(lhs, L.Fn) or isinstance(rhs, L.Fn):
            facts.unused.append(name)
            continue
        flipped = False
        if not extra and (_constant(rhs) or (lhs.has(var) and not rhs.has(var))):
            lhs, rhs, flipped = rhs, lhs, True  # rewrite the side that varies with i
        if over is None and not (isinstance(rhs, (AppliedUndef, BoolApp)) and rhs.has(var)):
            facts.unused.append(name)  # an unbounded ∀ is used only as f x ↦ g x rewriting
            continue
        fin = ctx.fin_bounds.get(var)
        facts.congruences.append(Congruence(name, var, over, lhs, rhs, extra, flipped, cond,
                                            fin, ctx.fin_bounds if fin is not None else None))
        facts.used.append((name, "congruence"))


def _is_number_ty(ty: object) -> bool:
    from jepa_formal.mirror.core.terms import TInt, TNat, TRat, TReal

    return isinstance(ty, (TNat, TInt, TRat, TReal))


def _show_prim(op: str, a: Basic, b: Basic, var: Basic, over: Basic) -> str:
    sign = relation_symbol(op)
    return f"∀ {show(var)} ∈ {show(over)}, {show(a)} {sign} {show(b)}"


def unbounded_rule(c: Congruence) -> Rule:
    """``∀ i, lhs i = rhs i`` (or an instance with function-valued sides) rewrites every
    instance ``rhs t`` to ``lhs t`` for ``t`` surely in the type of the ∀-variable."""
    wild = sympy.Wild("w_var", properties=[c.in_domain])
    pattern, replacement, _ = c.instance(wild)

    def fn(t: Basic) -> Basic | None:
        m = exact_match(t, pattern)
        return replacement.xreplace(m) if m is not None else None

    return Rule("congruence", c.text, "none", (type(c.rhs),), fn, note=c.text)


__all__ = ["Congruence", "Facts", "OrderFact", "Rewrite", "members_within", "read_facts"]
