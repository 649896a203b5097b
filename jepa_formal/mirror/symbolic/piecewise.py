"""``Piecewise`` terms whose conditions hold no ``Piecewise``.

Why: SymPy's ``ExprCondPair`` folds a condition that contains a ``Piecewise``
(``piecewise_fold``, then a rewrite to ``ITE`` that asks ``as_set`` of every condition). Two
things go wrong with the mirror's terms. ``piecewise_fold`` does not know that a ``Lambda``
binds its variable: the ``if`` inside ``∑ i, if m i then 1 else 0`` is lifted out of the
summand with ``i`` escaping (a meaningless term). And ``as_set`` fails on a condition that is a
Bool-valued function application (``m 0``: ``AttributeError … _eval_as_set``) or has no free
symbol (``KeyError: pop from an empty set``). Both once cost whole proofs (a masked mean
``(∑ i, if m i then l i else 0) / (∑ i, if m i then 1 else 0)``).

So conditions are split here instead: a ``Piecewise`` outside any binder is case-split into
disjoint guards (``if b then 1 else 0 = 0`` becomes ``b ∧ 1 = 0`` or ``¬b ∧ 0 = 0``); one
under a binder cannot be, and the caller gets ``None`` (it keeps an opaque head, or reports the
construct unsupported), as it does when the split would exceed ``CASE_LIMIT`` cases.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy
from sympy import Basic, Lambda, Piecewise
from sympy.logic.boolalg import false, true

CASE_LIMIT = 64
"""Most cases one condition is split into (``k`` two-way ``if``s give ``2^k``)."""


def _outer_piecewise(e: Basic) -> Piecewise | None:
    """A ``Piecewise`` subterm of ``e`` that no ``Lambda`` binds a variable of, or ``None``."""
    if isinstance(e, Piecewise):
        return e
    if isinstance(e, Lambda):
        return None
    for a in e.args:
        found = _outer_piecewise(a)
        if found is not None:
            return found
    return None


def split_condition(cond: Basic, limit: int = CASE_LIMIT) -> list[Basic] | None:
    """``cond`` as a disjunction of ``Piecewise``-free cases (each a guard ∧ the condition at
    that guard's branches), or ``None`` when a ``Piecewise`` sits under a binder or the split
    exceeds ``limit`` cases."""
    work: list[tuple[Basic, Basic]] = [(true, cond)]
    out: list[Basic] = []
    while work:
        guard, c = work.pop()
        if not c.has(Piecewise):
            out.append(sympy.And(guard, c))
            continue
        p = _outer_piecewise(c)
        if p is None:
            return None
        earlier: Basic = false
        for branch, when in p.args:
            taken = sympy.And(guard, when, sympy.Not(earlier))
            if taken is not false:
                work.append((taken, c.xreplace({p: branch})))
            earlier = sympy.Or(earlier, when)
        if len(work) + len(out) > limit:
            return None
    return out


_OPEN = (sympy.Add, sympy.Mul, sympy.Pow, Piecewise)
"""Heads ``fold`` lifts a ``Piecewise`` through; every other head containing a binder whose
body has a ``Piecewise`` is set aside whole while folding."""


def fold(e: Basic) -> Basic:
    """``piecewise_fold`` that leaves binders alone: an ``if`` inside a summand
    (``∑ j, if i = j then 1 else 0``) stays there instead of being lifted with ``j`` escaping.
    Returns ``e`` unchanged when a set-aside term would land in a condition."""
    hidden: dict[Basic, Basic] = {}

    def hide(t: Basic) -> None:
        if isinstance(t, _OPEN):
            for a in t.args:
                hide(a)
        elif _bound_piecewise(t):
            hidden.setdefault(t, sympy.Dummy("hidden"))

    hide(e)
    if not hidden:
        return sympy.piecewise_fold(e)
    folded = sympy.piecewise_fold(e.xreplace(hidden))
    dummies = set(hidden.values())
    if any(c.free_symbols & dummies for p in folded.atoms(Piecewise) for _, c in p.args):
        return e
    return folded.xreplace({d: t for t, d in hidden.items()})


def _bound_piecewise(e: Basic) -> bool:
    """``e`` has a ``Piecewise`` under a ``Lambda``."""
    if isinstance(e, Lambda):
        return e.expr.has(Piecewise)
    return any(_bound_piecewise(a) for a in e.args)


def piecewise(pairs: Iterable[tuple[Basic, Basic]]) -> Basic | None:
    """``Piecewise(*pairs)`` with every condition that holds a ``Piecewise`` split first
    (``split_condition``); ``None`` when one cannot be."""
    args: list[tuple[Basic, Basic]] = []
    for expr, cond in pairs:
        if isinstance(cond, Basic) and cond.has(Piecewise):
            cases = split_condition(cond)
            if cases is None:
                return None
            args.extend((expr, case) for case in cases)
        else:
            args.append((expr, cond))
    return Piecewise(*args)


__all__ = ["CASE_LIMIT", "fold", "piecewise", "split_condition"]
