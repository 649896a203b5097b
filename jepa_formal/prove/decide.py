"""Deciding a normalised relation with SymPy, three-valued: True, False, or None (unknown).

Why three-valued: SymPy's assumptions answer ``None`` when they do not know, and an unknown
must never become "proved". ``decide`` says True only when SymPy establishes the relation
(``expand`` of the difference is 0, or a sign query answers True), False only when SymPy
establishes its negation, and None otherwise. Lambdas are renamed canonically first, so two
sums ``(xs.map fun i => f i).sum`` built with different bound variables compare equal.
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy import Basic, Symbol
from sympy.logic.boolalg import BooleanFalse, BooleanTrue

from jepa_formal.mirror import symbolic as S
from jepa_formal.mirror.lists import Fn, is_list_term
from jepa_formal.prove.budget import Deadline, guarded

RELATIONS = ("eq", "ne", "lt", "le", "gt", "ge")


def canonical(e: Basic, depth: int = 0) -> Basic:
    """``e`` with every ``Fn`` variable renamed by nesting depth (alpha-normal form)."""
    if not isinstance(e, Basic) or not e.args:
        return e
    if isinstance(e, Fn):
        mapping = {}
        for k, v in enumerate(e.variables):
            mapping[v] = Symbol(f"·{depth}_{k}", **v.assumptions0)
        body = canonical(e.expr.xreplace(mapping), depth + 1)
        return Fn(tuple(mapping[v] for v in e.variables), body)
    args = tuple(canonical(a, depth) for a in e.args)
    return e.func(*args) if args != e.args else e


def unfold_heads(e: Basic) -> Basic:
    """Replace Lean heads by plain SymPy where that is their meaning (for ``simplify``)."""
    def nat_sub(a: Basic, b: Basic) -> Basic:
        return sympy.Max(a - b, 0)

    def real_div(a: Basic, b: Basic) -> Basic:
        if b.is_nonzero:
            return a / b
        return sympy.Piecewise((0, sympy.Eq(b, 0)), (a / b, True))

    def real_sqrt(a: Basic) -> Basic:
        if a.is_nonnegative:
            return sympy.sqrt(a)
        return sympy.Piecewise((0, a < 0), (sympy.sqrt(a), True))

    return e.replace(S.NatSub, nat_sub).replace(S.RealDiv, real_div) \
        .replace(S.RealSqrt, real_sqrt)


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


def _number_side(e: Basic) -> bool:
    return isinstance(e, sympy.Expr) and not is_list_term(e) and not isinstance(e, Fn) \
        and not isinstance(e, sympy.Tuple)


def decide_relation(rel: str, lhs: Basic, rhs: Basic, deadline: Deadline) -> bool | None:
    """Is ``lhs ⋈ rhs`` (``rel`` in RELATIONS) true for every value of the free symbols?"""
    a, b = canonical(lhs), canonical(rhs)
    if rel == "eq" and a == b:
        return True
    if not (_number_side(a) and _number_side(b)):
        if rel == "eq":
            return None  # structurally different lists/tuples: unknown, never "false"
        return None
    d = guarded(sympy.expand, a - b, seconds=max(deadline.remaining(), 0.01))
    answer = _sign_answer(rel, d)
    if answer is not None:
        return answer
    deadline.check()
    plain = unfold_heads(d)
    if plain != d:
        plain = guarded(sympy.expand, plain, seconds=max(deadline.remaining(), 0.01))
        answer = _sign_answer(rel, plain)
        if answer is not None:
            return answer
    deadline.check()
    slice_ = min(max(deadline.remaining() / 2, 0.01), 2.0)
    simple = guarded(sympy.simplify, plain, seconds=slice_)
    return _sign_answer(rel, simple)


def decide_bool(e: Basic) -> bool | None:
    """A normalised proposition that SymPy already evaluated to true/false, else None."""
    return _truth(e)


__all__ = ["RELATIONS", "canonical", "decide_bool", "decide_relation", "unfold_heads"]
