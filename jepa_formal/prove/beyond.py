"""Past a bounded expansion: Z3 looks for a counterexample at the next list lengths.

Why: ``bounded`` says the law holds for every list up to length K, and the concrete search
then draws a few thousand instances beyond it. A false law whose counterexamples all lie past
K and need particular values (``[3, 1, 4, 1, 5]`` for a sum, a sum of squares and a length
together; seven 2s for a product of 128) slips through both and stays ``bounded``. At a fixed
length the law is a formula over the elements, which is exactly what Z3 solves: each list
variable is expanded to ``K+1, …`` symbolic elements (and to the lengths the law names, up to
``MAX_LENGTH``), the hypotheses are asserted, the conclusion denied, and a model is a
*candidate* counterexample.

What it claims: nothing. The abstraction over-approximates (opaque atoms, an element of a
``Fin n`` list only bounded when ``n`` reads), so a model may be spurious; the checker hands
every candidate to the concrete search, which refutes the law only when the concrete evaluator
confirms the candidate (and then shrinks and replays it as for any counterexample).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import z3
from sympy import Basic, Integer, Symbol
from sympy.logic.boolalg import Boolean

from jepa_formal.mirror.core.terms import (
    Lit,
    Prim,
    TFin,
    TInt,
    TList,
    TNat,
    TRat,
    TReal,
    Var,
    subterms,
)
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.prove.budget import Deadline
from jepa_formal.prove.confirm import Abstraction, Untranslatable, solve
from jepa_formal.prove.normal_form import Goal
from jepa_formal.prove.problem import Problem

MAX_LENGTH = 12
"""Longest list length tried (a length the law names is tried up to this)."""


MAX_QUERIES = 16
"""Z3 queries one law may spend looking past its bound."""

MAX_CANDIDATES = 3
"""Candidates past which no more queries are made (each is confirmed or dropped concretely)."""

MODEL_RLIMIT = 5_000_000
"""Resource units of one query (deterministic); a spent limit is no candidate."""

TOTAL_RLIMIT = 12_000_000
"""Resource units all the queries of one law may use (a few seconds at most: nonlinear
queries with no model run to their limit)."""

_NUMERIC = (TNat, TInt, TRat, TReal, TFin)

Candidate = tuple[tuple[str, Any], ...]
"""A candidate instance: binder name → value (ints, ``Fraction``s, lists of them)."""


def candidates_beyond(problem: Problem, goals: list[Goal], bound: int, lists: list[Basic],
                      nats: list[Basic], fins: list[Basic], deadline: Deadline
                      ) -> tuple[Candidate, ...]:
    """Z3 models of the denied law at list lengths past ``bound``, as candidate instances
    (each at most once); empty when the law's binders are not all numbers and numeric lists."""
    ctx = problem.ctx
    names = _binder_names(problem)
    if names is None or not lists:
        return ()
    lengths = _lengths(goals, bound, _hypothesis_integers(problem))
    found: list[Candidate] = []
    queries = 0
    spent = [0]
    for length, layout in _layouts(lengths, len(lists), bound):
        if queries >= MAX_QUERIES or spent[0] >= TOTAL_RLIMIT:
            break
        deadline.check()
        queries += 1
        elements = {v: [ctx.value_of(ctx.fresh_name(f"{v.name}_{k}"), ctx.list_types[v])
                        for k in range(n)] for v, n in zip(lists, layout, strict=True)}
        mapping: dict[Basic, Basic] = {v: L.literal(elements[v]) for v in lists}
        for v in nats:  # a natural that sizes a list takes the length being tried
            mapping[v] = Integer(length)
        candidate = _model(problem, goals, mapping, elements, fins, names, spent)
        if candidate is not None and candidate not in found:
            found.append(candidate)
            if len(found) >= MAX_CANDIDATES:
                break
    return tuple(found)


def _binder_names(problem: Problem) -> dict[str, tuple[Basic, bool]] | None:
    """Binder name → (its symbol, whether its numbers are exact fractions), when every
    binder is a number or a list of numbers."""
    names: dict[str, tuple[Basic, bool]] = {}
    for b in problem.law.binders:
        ty = b.ty
        if isinstance(ty, TList):
            ty = ty.elem
        if not isinstance(ty, _NUMERIC):
            return None
        value = problem.ctx.bindings.get(b.name)
        if not isinstance(value, Basic):
            return None
        names[b.name] = (value, isinstance(ty, (TRat, TReal)))
    return names


def _hypothesis_integers(problem: Problem) -> set[int]:
    """The natural literals of the hypotheses (``12 ≤ xs.length`` names the length 12)."""
    return {e.value for _, hyp in problem.hypotheses for e in subterms(hyp)
            if isinstance(e, Lit) and type(e.value) is int and e.value >= 0}


def _lengths(goals: list[Goal], bound: int, hinted: set[int] = frozenset()) -> list[int]:
    """Every length past ``bound`` up to ``MAX_LENGTH``: first those the law names (the
    integers of its conclusion and hypotheses) and their neighbours (``x < 11`` makes ten
    distinct values, ``≤ 9`` fails at ten), then the rest in increasing order."""
    numbers = set(hinted)
    for g in goals:
        for side in (g.lhs, g.rhs):
            if isinstance(side, Basic):
                numbers |= {int(i) for i in side.atoms(Integer)}
    every = range(bound + 1, MAX_LENGTH + 1)
    named = sorted({n + d for n in numbers for d in (-1, 0, 1)} & set(every))
    return named + [n for n in every if n not in named]


def _layouts(lengths: list[int], count: int, bound: int):
    """(length, per-list lengths): every list at the length, then one list at it and the
    others short (0, 1 or ``bound``)."""
    for length in lengths:
        yield length, (length,) * count
        if count == 1:
            continue
        for i in range(count):
            for short in sorted({0, 1, bound}):
                layout = tuple(length if j == i else short for j in range(count))
                yield length, layout


def _model(problem: Problem, goals: list[Goal], mapping: dict[Basic, Basic],
           elements: dict[Basic, list[Basic]], fins: list[Basic],
           names: dict[str, tuple[Basic, bool]], spent: list[int]) -> Candidate | None:
    """One query: hypotheses asserted, some goal denied; the model as a candidate.
    ``spent`` holds the resource units used so far (this query adds its own)."""
    ab = Abstraction()
    names_of = {str(k): v for k, v in mapping.items()}
    case_ctx = problem.ctx.child(names_of)
    try:
        constraints: list[z3.BoolRef] = []
        for _, hyp in problem.hypotheses:
            distinct = _nodup(hyp, problem, elements, ab)
            if distinct is not None:
                constraints.append(distinct)
                continue
            try:
                value: Any = case_ctx.translate(hyp)
            except Exception:  # a hypothesis the mirror cannot read: left out (a candidate
                continue  # only; the concrete search checks every hypothesis)
            if isinstance(value, Boolean):
                constraints.append(ab.prop(value))
        denied = []
        for goal in goals:
            g = goal.xreplace(mapping)
            if g.rel == "prop":
                denied.append(z3.Not(ab.prop(g.lhs)))
            elif g.numeric and g.rhs is not None:
                denied.append(z3.Not(ab.relation(g.rel, g.lhs, g.rhs)))
            else:
                return None
        for v, elems in elements.items():
            _element_bounds(problem, ab, v, elems, constraints)
        for v in fins:
            size = problem.ctx.fin_bounds.get(v)
            if isinstance(size, Integer):
                sym = ab.symbol(v)
                constraints += [sym >= 0, sym < int(size)]
    except (Untranslatable, z3.Z3Exception, TypeError, ValueError):
        return None
    limit = min(MODEL_RLIMIT, TOTAL_RLIMIT - spent[0])
    model, used = solve([*ab.facts, *constraints, z3.Or(*denied)], limit)
    spent[0] += used
    if model is None:
        return None
    return _read_model(model, ab, mapping, elements, names)


def _nodup(hyp: Any, problem: Problem, elements: dict[Basic, list[Basic]],
           ab: Abstraction) -> z3.BoolRef | None:
    """``xs.Nodup`` (elaborated as ``xs.toFinset.card = xs.length``, which the symbolic
    side does not model) of an expanded list: its elements are pairwise distinct."""
    if not (isinstance(hyp, Prim) and hyp.op == "eq" and len(hyp.args) == 2):
        return None
    card, length = hyp.args
    if not (isinstance(card, Prim) and card.op == "Finset.card"
            and isinstance(card.args[0], Prim) and card.args[0].op == "List.toFinset"
            and isinstance(length, Prim) and length.op == "List.length"
            and card.args[0].args == length.args and isinstance(length.args[0], Var)):
        return None
    xs = problem.ctx.bindings.get(length.args[0].name)
    elems = elements.get(xs) if isinstance(xs, Basic) else None
    if elems is None:
        return None
    return z3.Distinct(*(ab.symbol(e) for e in elems)) if len(elems) > 1 else z3.BoolVal(True)


def _element_bounds(problem: Problem, ab: Abstraction, xs: Basic, elems: list[Basic],
                    constraints: list[z3.BoolRef]) -> None:
    """An element of a ``List (Fin n)`` is below ``n`` (when ``n`` reads)."""
    elem_ty = problem.ctx.list_types.get(xs)
    if not isinstance(elem_ty, TFin):
        return
    try:
        n = ab.term(problem.ctx.translate(elem_ty.n))
    except Exception:  # an unreadable bound: the candidate stays over-approximate
        return
    for e in elems:
        sym = ab.symbol(e)
        constraints += [sym >= 0, sym < n]


def _read_model(model: z3.ModelRef, ab: Abstraction, mapping: dict[Basic, Basic],
                elements: dict[Basic, list[Basic]], names: dict[str, tuple[Basic, bool]]
                ) -> Candidate | None:
    """The candidate the model describes (None when a value is not an exact number)."""
    values: list[tuple[str, Any]] = []
    for name, (sym, exact) in names.items():
        value: Any
        if sym in elements:
            value = tuple(_value(model, ab, e, exact) for e in elements[sym])
            if any(i is None for i in value):
                return None
        elif sym in mapping:
            value = int(mapping[sym])
        elif isinstance(sym, Symbol):
            value = _value(model, ab, sym, exact)
            if value is None:
                return None
        else:
            return None
        values.append((name, value))
    return tuple(values)


def _value(model: z3.ModelRef, ab: Abstraction, sym: Basic, exact: bool
           ) -> int | Fraction | None:
    """The model's value of a symbol as the binder's type holds it (an ``int``, or a
    ``Fraction`` at ℚ/ℝ); 0 when the query never mentioned it; None when not rational."""
    var = ab.symbols.get(sym)
    if var is None:
        return Fraction(0) if exact else 0
    v = model.eval(var, model_completion=True)
    if z3.is_int_value(v):
        return Fraction(v.as_long()) if exact else v.as_long()
    if z3.is_rational_value(v):
        frac = Fraction(v.numerator_as_long(), v.denominator_as_long())
        if not exact and frac.denominator != 1:
            return None
        return frac if exact else int(frac)
    return None  # an algebraic number: no exact candidate


__all__ = ["Candidate", "candidates_beyond"]
