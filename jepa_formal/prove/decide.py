"""Deciding a normalised relation with SymPy, three-valued: True, False, or None (unknown).

Why three-valued: SymPy's assumptions answer ``None`` when they do not know, and an unknown
must never become "proved". ``decide`` says True only when SymPy establishes the relation
(``expand`` of the difference is 0, or a sign query answers True), False only when SymPy
establishes its negation, and None otherwise. Lambdas are renamed canonically first, so two
sums ``(xs.map fun i => f i).sum`` built with different bound variables compare equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sympy
from sympy import Basic, Symbol
from sympy.logic.boolalg import BooleanFalse, BooleanTrue

from jepa_formal.errors import BudgetExceeded
from jepa_formal.mirror import symbolic as S
from jepa_formal.mirror.core.terms import RELATION_TABLE, RELATIONS, relation_symbol
from jepa_formal.mirror.symbolic.lists import Fn, Length, ListSum, is_list_term
from jepa_formal.mirror.symbolic.piecewise import fold, piecewise
from jepa_formal.prove.budget import Z3_QUERY_COST, Deadline, sized
from jepa_formal.prove.confirm import (
    IDENTICAL,
    Z3,
    confirm_prop,
    confirm_relation,
    integer_valued,
)
from jepa_formal.prove.hypotheses import next_fresh
from jepa_formal.prove.rewrite import Trace
from jepa_formal.prove.show import show
from jepa_formal.prove.terms import canonical, summand_exact

_HOLD_AT_EQUAL = frozenset(op for op, r in RELATION_TABLE.items()
                           if not r.strict and r.negation != "eq")
"""``= ≤ ≥``: the relations that hold when both sides are one term."""


def unfold_heads(e: Basic) -> Basic:
    """Replace Lean heads by plain SymPy where that is their meaning (for ``simplify``)."""
    def nat_sub(a: Basic, b: Basic) -> Basic:
        return sympy.Max(a - b, 0)

    # ``piecewise`` gives None (the head stays opaque) for a condition SymPy cannot fold
    def real_div(a: Basic, b: Basic) -> Basic | None:
        if b.is_nonzero:
            return a / b
        return piecewise([(0, sympy.Eq(b, 0)), (a / b, True)])

    def real_sqrt(a: Basic) -> Basic | None:
        if a.is_nonnegative:
            return sympy.sqrt(a)
        return piecewise([(0, a < 0), (sympy.sqrt(a), True)])

    def floor_div(a: Basic, b: Basic) -> Basic:  # ℕ and ℤ agree with floor for b > 0
        return sympy.floor(a / b) if b.is_positive else None

    # a % b = a - b * (a / b) holds at ℕ and ℤ for every b (b = 0 included)
    out = e.replace(S.NatMod, lambda a, b: a - b * S.NatDiv(a, b)) \
        .replace(S.IntMod, lambda a, b: a - b * S.IntDiv(a, b))
    out = out.replace(S.NatSub, nat_sub).replace(S.RealDiv, real_div) \
        .replace(S.RealSqrt, real_sqrt)
    for head, meaning in ((S.NatDiv, floor_div), (S.IntDiv, floor_div)):
        out = out.replace(lambda n, h=head: isinstance(n, h) and n.args[1].is_positive,
                          lambda n, m=meaning: m(*n.args))
    return out


_NEEDS_SIMPLIFY = (sympy.Piecewise, sympy.Max, sympy.Min, sympy.Abs, sympy.floor, sympy.Mod)
"""Heads only ``simplify`` reasons about; without them ``cancel`` (rational normal form)
decides polynomial and rational identities over opaque atoms."""


def _truth(value: Any) -> bool | None:
    if value is True or isinstance(value, BooleanTrue):
        return True
    if value is False or isinstance(value, BooleanFalse):
        return False
    return None


def _sign_answer(rel: str, d: Basic) -> bool | None:
    """Answer ``d ⋈ 0`` from SymPy's assumptions (d = lhs - rhs)."""
    if rel == "eq":
        return _truth(d.is_zero)
    if rel == "ne":
        z = _truth(d.is_zero)
        return None if z is None else not z
    if rel == "lt":
        return _truth(d.is_extended_negative) if d.is_extended_negative is not None else (
            False if d.is_extended_nonnegative else None)
    if rel == "le":
        return _truth(d.is_extended_nonpositive) if d.is_extended_nonpositive is not None else (
            False if d.is_extended_positive else None)
    if rel == "gt":
        return _truth(d.is_extended_positive) if d.is_extended_positive is not None else (
            False if d.is_extended_nonpositive else None)
    if rel == "ge":
        return _truth(d.is_extended_nonnegative) if d.is_extended_nonnegative is not None else (
            False if d.is_extended_negative else None)
    raise ValueError(rel)


@dataclass(frozen=True, slots=True)
class Merge:
    """One use of ``List.sum_map_add`` right to left: ``merged`` (a ``ListSum`` over ``xs``)
    stands for ``Σₖ cₖ·parts[k] + Σ lengths·xs.length``. Z3 checks the summands pointwise
    before it uses the equation (``confirm.Abstraction.merge``)."""

    merged: Basic
    parts: tuple[tuple[Basic, Basic], ...]
    lengths: tuple[Basic, ...]
    xs: Basic


def combine_sums(d: Basic, deadline: Deadline) -> tuple[Basic, tuple[Merge, ...]]:
    """``Σₖ cₖ·(xs.map fₖ).sum`` over one list becomes ``(xs.map fun x => Σₖ cₖ·fₖ x).sum``
    with the summand expanded (``List.sum_map_add`` right to left; finite sums of exact
    numbers commute). A summand that Z3 proves 0 removes the sum. Returns the new difference
    and the merges made (for the confirmation)."""
    if not isinstance(d, sympy.Add):
        return d, ()
    groups: dict[Basic, list[tuple[Basic, Fn]]] = {}
    out: list[Basic] = []
    lengths: dict[Basic, list[Basic]] = {}
    for term in d.args:
        c, rest = term.as_coeff_Mul()
        if isinstance(rest, ListSum) and isinstance(rest.args[0], Fn) \
                and len(rest.args[0].variables) == 1 and summand_exact(rest.args[0]):
            groups.setdefault(rest.args[1], []).append((c, rest.args[0]))
        elif isinstance(rest, Length):  # xs.length = (xs.map fun _ => 1).sum
            lengths.setdefault(rest.args[0], []).append(c)
        else:
            out.append(term)
    for xs, coeffs in lengths.items():
        if xs not in groups:
            out.extend(c * Length(xs) for c in coeffs)
    merges: list[Merge] = []
    for xs, items in groups.items():
        extra = lengths.get(xs, [])
        if len(items) + len(extra) < 2:
            out.extend(c * ListSum(f, xs) for c, f in items)
            continue
        var = items[0][1].variables[0]
        body = sympy.Add(*[c * f(var) for c, f in items], *extra)
        body = _expand(fold(body), deadline)
        deadline.spend(Z3_QUERY_COST)
        merged = sympy.S.Zero if confirm_relation("eq", body, 0) is True \
            else ListSum(Fn(var, body), xs)
        merges.append(Merge(merged, tuple((c, ListSum(f, xs)) for c, f in items),
                            tuple(extra), xs))
        out.append(merged)
    return sympy.Add(*out), tuple(merges)


def _number_side(e: Basic) -> bool:
    return isinstance(e, sympy.Expr) and not is_list_term(e) and not isinstance(e, Fn) \
        and not isinstance(e, sympy.Tuple)


def decide_relation(rel: str, lhs: Basic, rhs: Basic, deadline: Deadline,
                    trace: Any = None) -> bool | None:
    """Is ``lhs ⋈ rhs`` (``rel`` in RELATIONS) true for every value of the free symbols?

    True only when the two sides are the identical term, or when Z3 confirms the relation
    (``confirm.py``): SymPy proposes (its answer and how it got it name the closing step), Z3
    decides. A True that Z3 does not confirm becomes None; a goal SymPy leaves open is handed
    to Z3 alone (the closing step ``decide (Z3)``). With a ``trace``, a True answer ends with
    the closing step, and the trace records which engine confirmed it."""
    if rel == "eq" and lhs == rhs:  # the common case, without renaming every binder
        _confirmed(trace, IDENTICAL)
        return True
    a, b = canonical(lhs), canonical(rhs)
    if rel == "eq" and a == b:
        _confirmed(trace, IDENTICAL)
        return True
    closing = Trace() if trace is not None else None
    try:
        answer, how, merges = _decide(rel, a, b, deadline, closing)
    except _TooLarge:
        answer, how, merges = None, "", ()
    if answer is False:
        return False
    if answer is True and how == IDENTICAL:  # the arithmetic normal forms are identical
        if trace is not None:
            assert closing is not None
            trace.extend(closing)
            closing_step(trace, rel, lhs, rhs, how)
        _confirmed(trace, IDENTICAL)
        return True
    deadline.spend(Z3_QUERY_COST)
    if confirm_relation(rel, lhs, rhs, merges=merges) is not True:
        return None  # SymPy's True (or its silence) is not confirmed: not proved
    if trace is not None:
        assert closing is not None
        trace.extend(closing)
        if answer is True and how:
            closing_step(trace, rel, lhs, rhs, how)
        elif answer is None or not closing.steps:
            z3_step(trace, rel, lhs, rhs)
    _confirmed(trace, Z3)
    return True


class _TooLarge(Exception):
    """A term too large for SymPy's expand: SymPy proposes nothing, Z3 still decides."""


def _charge(e: Basic, deadline: Deadline) -> None:
    """Charge the SymPy work on ``e`` (``budget.sized``); a term whose expansion would be too
    large raises ``_TooLarge`` (SymPy proposes nothing; Z3 may still decide)."""
    try:
        size = sized(e)
    except BudgetExceeded:
        raise _TooLarge() from None
    deadline.spend(size)


def _expand(e: Basic, deadline: Deadline) -> Basic:
    _charge(e, deadline)
    return sympy.expand(e)


def _confirmed(trace: Any, how: str) -> None:
    if trace is not None:
        trace.confirm(how)


def z3_step(trace: Any, rel: str, lhs: Basic, rhs: Basic) -> None:
    """The closing step of a goal decided by Z3 alone (what SymPy could not decide)."""
    trace.add("decide (Z3)", lambda: f"{show(lhs)} {relation_symbol(rel)} {show(rhs)}", "True",
              "unsat of the negation over the abstraction (Lean's ℕ/ℤ division and its "
              "T-/F-rounding and balanced variants, max/min, |·|, if and nonlinear "
              "arithmetic exact)")


def _decide(rel: str, a: Basic, b: Basic, deadline: Deadline,
            trace: Any) -> tuple[bool | None, str, tuple[Merge, ...]]:
    """SymPy's proposal: the answer, how it was reached (for the closing step's note), and the
    sums it merged (which the confirmation must know about)."""
    if not (_number_side(a) and _number_side(b)):
        return None, "", ()  # structurally different lists/tuples: unknown, never "false"
    if a - b == 0 and rel in _HOLD_AT_EQUAL:
        return True, IDENTICAL, ()
    answer = _sign_answer(rel, a - b)  # before expanding: (x - y)² is known to be ≥ 0
    if answer is not None:
        return answer, "sign of the difference", ()
    d = _expand(a - b, deadline)
    if d == 0 and rel in _HOLD_AT_EQUAL:  # both sides expand to one polynomial
        return True, IDENTICAL, ()
    answer = _sign_answer(rel, d)
    if answer is not None:
        return answer, "expanded difference", ()
    combined, merges = combine_sums(d, deadline)
    if combined != d:
        if trace is not None:
            trace.add("List.sum_map_add", d, combined,
                      "sums over the same list merged into one, summand expanded")
        d = combined
        answer = _sign_answer(rel, d)
        if answer is not None:
            return answer, "merged sums", merges
    plain = unfold_heads(d)
    if plain != d:
        plain = _expand(plain, deadline)
        answer = _sign_answer(rel, plain)
        if answer is not None:
            return answer, "Lean heads", merges
    if not plain.has(*_NEEDS_SIMPLIFY):  # rational normal form over opaque atoms
        _charge(plain, deadline)
        simple = sympy.cancel(plain)
        answer = _sign_answer(rel, simple)
        if answer is not None:
            return answer, "cancel", merges
        return None, "", merges
    if plain.has(sympy.Max, sympy.Min):
        answer = split_cases(rel, plain, deadline, MAX_SPLITS)
        if answer is True and trace is not None:
            trace.add("case split on max/min", plain, sympy.S.Zero,
                      f"the difference is {relation_symbol(rel)} 0 in every case")
        return answer, "", merges  # the case split is itself the closing step
    return None, "", merges


_HOW = {
    IDENTICAL: "after expanding (identical polynomials)",
    "sign of the difference": "by SymPy's sign assumptions",
    "expanded difference": "after expanding",
    "merged sums": "after merging sums over one list",
    "Lean heads": "reading ℕ/ℤ subtraction, division and modulo as max/floor",
    "simplify": "by simplify",
    "cancel": "in rational normal form",
}
"""How ``_decide`` reached a True answer, as the closing step's note says it."""



def closing_step(trace: Any, rel: str, lhs: Basic, rhs: Basic, how: str) -> None:
    """Record the step that decides the goal ``lhs ⋈ rhs`` after the named rules. Only shown,
    never trusted: the answer was already established; the common normal form of an equation
    is computed lazily (when the trace is printed) and falls back to ``True``; the goal, too,
    is printed only then."""
    def goal() -> str:
        return f"{show(lhs)} {relation_symbol(rel)} {show(rhs)}"

    if rel == "eq":
        trace.add("arithmetic normal form", goal, lambda: _common_form(lhs, rhs),
                  f"both sides are equal {_HOW[how]}" + ("" if how == IDENTICAL
                                                        else "; confirmed by Z3"))
        return
    trace.add("decide (SymPy)", goal, "True",
              f"left side − right side {relation_symbol(rel)} 0 {_HOW[how]}"
              + ("" if how == IDENTICAL else "; confirmed by Z3"))


def _common_form(lhs: Basic, rhs: Basic) -> str:
    def normal(e: Basic) -> Basic:
        plain = unfold_heads(e)
        sized(plain)  # too large to print expanded: ``True``
        return sympy.expand(plain)

    try:
        left = normal(lhs)
        right = normal(rhs)
    except Exception:  # printing only: a large or failing expand shows ``True``
        return "True"
    return show(left) if canonical(left) == canonical(right) else "True"




MAX_SPLITS = 3
"""Nested case splits on ``max``/``min`` tried by ``split_cases``."""


def split_cases(rel: str, d: Basic, deadline: Deadline, depth: int) -> bool | None:
    """Decide ``d ⋈ 0`` by cases on the first ``max a b`` (``min``) whose ``a - b`` is linear
    with coefficient ±1 in a variable ``x``: in the case ``a ≥ b``, ``x`` is reparametrised so
    that ``a - b = u`` with a fresh ``u ≥ 0`` (else ``b - a = u > 0``) and the ``max`` is
    replaced by its branch. The two cases cover every value (a superset when ``x`` carried a
    sign assumption), so True in both is True; anything else is None."""
    if depth <= 0:
        return None
    free = d.free_symbols
    for m in sympy.preorder_traversal(d):
        if not isinstance(m, (sympy.Max, sympy.Min)) or len(m.args) != 2:
            continue
        if not m.free_symbols <= free:  # under a binder (a summand): not a case split
            continue
        a, b = m.args
        cases = _cases(a, b, deadline)
        if cases is None:
            continue
        for ge_case, mapping in cases:
            deadline.check()
            pick_a = ge_case == isinstance(m, sympy.Max)
            branch = a if pick_a else b
            # first without the case condition (true for all values, so in this case too),
            # then with the variable reparametrised so that the condition holds
            answer = None
            for sub in ({}, mapping):
                case = d.xreplace({m: branch}).xreplace(sub)
                case = _expand(case, deadline)
                answer = _sign_answer(rel, case)
                if answer is None and case.has(sympy.Max, sympy.Min):
                    answer = split_cases(rel, case, deadline, depth - 1)
                if answer is True:
                    break
            if answer is not True:
                return None
        return True
    return None


def _cases(a: Basic, b: Basic,
           deadline: Deadline) -> list[tuple[bool, dict[Basic, Basic]]] | None:
    diff = _expand(a - b, deadline)
    # variables without a sign assumption first: reparametrising them loses nothing
    for x in sorted(diff.free_symbols, key=lambda v: (v.is_nonnegative is not None
                                                      or v.is_positive is not None, str(v))):
        if not (x.is_extended_real and isinstance(x, Symbol)):
            continue
        coeff = diff.coeff(x)
        rest = _expand(diff - coeff * x, deadline)
        if coeff not in (1, -1) or rest.has(x):
            continue
        integer = bool(x.is_integer) and integer_valued(rest)  # Z3's sort, not SymPy's
        k = next_fresh()
        u = Symbol(f"u·{k}", real=True, integer=integer, nonnegative=True)
        w = Symbol(f"w·{k}", real=True, integer=integer, positive=True)
        # diff = coeff*x + rest; a ≥ b ⟺ diff = u ≥ 0; a < b ⟺ diff = -w < 0
        ge = {x: (u - rest) / coeff}
        lt = {x: (-w - rest) / coeff}
        return [(True, ge), (False, lt)]
    return None


def decide_bool(e: Basic, trace: Any = None) -> bool | None:
    """A normalised proposition: True when it is the literal ``True`` (nothing left to decide)
    or when Z3 proves it; False when SymPy evaluated it to false; else None."""
    answer = _truth(e)
    if answer is True:
        _confirmed(trace, IDENTICAL)
        return True
    if answer is False:
        return False
    if confirm_prop(e) is True:
        if trace is not None:
            trace.add("decide (Z3)", e, "True", "unsat of the negation over the abstraction")
        _confirmed(trace, Z3)
        return True
    return None


__all__ = ["RELATIONS", "closing_step", "decide_bool", "decide_relation",
           "unfold_heads"]
