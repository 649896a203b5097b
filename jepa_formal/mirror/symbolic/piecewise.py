"""``Piecewise`` terms whose conditions hold no ``Piecewise``.

Why: SymPy's ``ExprCondPair`` folds a condition that contains a ``Piecewise``
(``piecewise_fold``, then a rewrite to ``ITE`` that asks ``as_set`` of every condition). Two
things go wrong with the mirror's terms. ``piecewise_fold`` does not know that a ``Lambda``
binds its variable: the ``if`` inside ``∑ i, if m i then 1 else 0`` is lifted out of the
summand with ``i`` escaping (a meaningless term). And ``as_set`` fails on a condition that is a
Bool-valued function application (``m 0``: ``AttributeError … _eval_as_set``) or has no free
symbol (``KeyError: pop from an empty set``). Both once cost whole proofs (a masked mean
``(∑ i, if m i then l i else 0) / (∑ i, if m i then 1 else 0)``).

So conditions are split here instead: a ``Piecewise`` whose conditions mention no bound
variable is case-split into disjoint guards (``if b then 1 else 0 = 0`` becomes ``b ∧ 1 = 0`` or
``¬b ∧ 0 = 0``), wherever it sits; one whose condition uses a variable of a ``Lambda``
around it cannot be, and the caller gets ``None`` (it keeps an opaque head, or reports the construct
unsupported), as it does when the split would exceed ``CASE_LIMIT`` cases.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy
from sympy import Basic, Lambda, Piecewise
from sympy.core.logic import fuzzy_and
from sympy.logic.boolalg import false, true

CASE_LIMIT = 64
"""Most cases one condition is split into (``k`` two-way ``if``s give ``2^k``)."""


def _outer_piecewise(e: Basic, bound: frozenset[Basic] = frozenset()) -> Piecewise | None:
    """A ``Piecewise`` subterm of ``e`` whose conditions mention no variable bound by a
    ``Lambda`` around it (its branches may: they stay where they are), or ``None``."""
    if isinstance(e, Piecewise) and not (_conditions_symbols(e) & bound):
        return e
    if isinstance(e, Lambda):
        return _outer_piecewise(e.expr, bound | frozenset(e.variables))
    for a in e.args:
        found = _outer_piecewise(a, bound)
        if found is not None:
            return found
    return None


class IfThen(sympy.Function):
    """``if c then a else b`` where SymPy must not see a ``Piecewise``: inside a summand of a
    condition (``(∑ i, if m i then 1 else 0) = 0``), whose ``if`` uses the bound variable and
    so cannot be split out. It evaluates once ``c`` is decided (a concrete instance, an
    expanded sum); otherwise it is an opaque application (no rule or Z3 fact reads it)."""

    nargs = 3
    is_commutative = True

    @classmethod
    def eval(cls, c: Basic, a: Basic, b: Basic) -> Basic | None:
        if c is true:
            return a
        if c is false:
            return b
        return None

    def _eval_is_integer(self) -> bool | None:
        return fuzzy_and(x.is_integer for x in self.args[1:])

    def _eval_is_real(self) -> bool | None:
        return fuzzy_and(x.is_real for x in self.args[1:])

    def _eval_is_nonnegative(self) -> bool | None:
        return fuzzy_and(x.is_nonnegative for x in self.args[1:])


def hide_bound(e: Basic) -> Basic:
    """``e`` with every ``Piecewise`` written as nested ``IfThen``s."""
    def nested(*pairs: Basic) -> Basic:
        out = pairs[-1].expr if pairs[-1].cond is true else IfThen(pairs[-1].cond,
                                                                    pairs[-1].expr, 0)
        for pair in reversed(pairs[:-1]):
            out = IfThen(pair.cond, pair.expr, out)
        return out

    return e.replace(Piecewise, nested)


def split_condition(cond: Basic, limit: int = CASE_LIMIT) -> list[Basic] | None:
    """``cond`` as a disjunction of ``Piecewise``-free cases (each a guard ∧ the condition at
    that guard's branches; an ``if`` whose condition uses a bound variable stays, as an
    ``IfThen``), or ``None`` when the split exceeds ``limit`` cases."""
    work: list[tuple[Basic, Basic]] = [(true, cond)]
    out: list[Basic] = []
    while work:
        guard, c = work.pop()
        if not c.has(Piecewise):
            out.append(sympy.And(guard, c))
            continue
        p = _outer_piecewise(c)
        if p is None:  # every `if` left uses a bound variable: kept, out of SymPy's sight
            out.append(sympy.And(guard, hide_bound(c)))
            continue
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


def _bound_piecewise(e: Basic, bound: frozenset[Basic] = frozenset()) -> bool:
    """``e`` has a ``Piecewise`` whose conditions use a variable bound by a ``Lambda`` around
    it."""
    if isinstance(e, Piecewise) and _conditions_symbols(e) & bound:
        return True
    if isinstance(e, Lambda):
        return _bound_piecewise(e.expr, bound | frozenset(e.variables))
    return any(_bound_piecewise(a, bound) for a in e.args)


def _conditions_symbols(p: Piecewise) -> set[Basic]:
    out: set[Basic] = set()
    for _, c in p.args:
        out |= getattr(c, "free_symbols", set())
    return out


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


__all__ = ["CASE_LIMIT", "IfThen", "fold", "hide_bound", "piecewise", "split_condition"]
