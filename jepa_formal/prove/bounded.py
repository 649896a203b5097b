"""Bounded expansion: every list variable replaced by explicit lists of symbolic elements.

Why and what it claims: when neither normal form nor induction closes a law, each list variable
is replaced by ``[]``, ``[a₁]``, …, ``[a₁, …, a_K]`` (fresh symbols of the element type; a
``Fin n`` element is a natural, a superset of ``0 ≤ i < n``, which only makes the claim
stronger) and each natural that sizes a list (``List.replicate n``, ``List.range n``, ``take``,
``drop``) by ``0 … K``. The list operations then fold (their ``eval``), and each case is
decided symbolically with the case's hypotheses. All cases true gives ``bounded`` with K
stated: the law holds for every list up to length K, not beyond. A case whose hypotheses SymPy
finds false is vacuous.
"""

from __future__ import annotations

import itertools
from typing import Any

import sympy
from sympy import Basic, Integer, Symbol
from sympy.logic.boolalg import BooleanFalse

from jepa_formal.errors import BudgetExceeded
from jepa_formal.mirror.core.terms import Prim, TFin
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.prove.assumed import unwatched
from jepa_formal.prove.beyond import candidates_beyond
from jepa_formal.prove.budget import Deadline
from jepa_formal.prove.confirm import confirm_false
from jepa_formal.prove.hypotheses import Facts, Rewrite
from jepa_formal.prove.normal_form import Goal, decide_goal, make_rewriter, normalise_goal
from jepa_formal.prove.problem import Problem, ProofOutcome, Strategy
from jepa_formal.prove.rewrite import Trace
from jepa_formal.prove.show import show
from jepa_formal.verdict import Status, Step

MAX_FIN = 8
"""``Fin k`` variables with a literal ``k`` up to this are expanded to each of their values."""

MAX_CASES = 4000
"""Cases beyond which bounded expansion does not start (the budget would not suffice)."""

_SIZED = (L.Replicate, L.Range, L.Take, L.Drop)


def sized_naturals(goals: list[Goal], binders: list[Basic]) -> list[Basic]:
    """Natural variables that give a list its length (first argument of replicate/range/…)."""
    found: set[Basic] = set()
    for g in goals:
        for side in (g.lhs, g.rhs):
            if side is None:
                continue
            for node in side.atoms(*_SIZED) if hasattr(side, "atoms") else ():
                found |= node.args[0].free_symbols
    return [b for b in binders if b in found and b.is_integer and b.is_nonnegative]


def bounded_strategy(bound: int) -> Strategy:
    """Bounded expansion up to ``bound`` list elements, as a declared strategy."""
    return Strategy("bounded expansion",
                    lambda problem, deadline: expand_and_decide(problem, deadline, bound))


def expand_and_decide(problem: Problem, deadline: Deadline, bound: int) -> ProofOutcome | str:
    ctx = problem.ctx
    subst = problem.facts.substitution
    goals = [g.xreplace(subst) for g in problem.goals]
    binders = [v for v in ctx.bindings.values() if isinstance(v, Basic)]
    lists = [v for v in binders if isinstance(v, L.ListSymbol) and v not in subst]
    nats = [v for v in sized_naturals(goals, binders) if isinstance(v, Symbol)
            and not isinstance(v, L.ListSymbol) and v not in subst]
    fins = [v for v in binders if v in ctx.fin_bounds and v not in subst
            and isinstance(ctx.fin_bounds[v], Integer) and int(ctx.fin_bounds[v]) <= MAX_FIN]
    if not lists and not nats and not fins:
        return "bounded expansion: no list variable to expand"
    sizes = [range(_max_length(ctx, v, bound) + 1) for v in lists]
    sizes += [range(bound + 1)] * len(nats)
    sizes += [range(int(ctx.fin_bounds[v])) for v in fins]  # every value of a Fin k
    total = 1
    for r in sizes:
        total *= len(r)
    if total > MAX_CASES:
        return f"bounded expansion: {total} cases exceed the limit of {MAX_CASES}"
    elements = {v: [ctx.value_of(ctx.fresh_name(f"{v.name}_{k}"), ctx.list_types[v])
                    for k in range(bound)] for v in lists}
    decided = vacuous = 0
    confirmations = Trace()
    for choice in itertools.product(*sizes):
        deadline.check()
        mapping: dict[Basic, Basic] = {}
        for v, n in zip(lists, choice[: len(lists)], strict=True):
            mapping[v] = L.literal(elements[v][:n])
        for v, n in zip(nats + fins, choice[len(lists):], strict=True):
            mapping[v] = Integer(n)
        case = _case_facts(problem, mapping)
        if case is None:
            vacuous += 1
            continue
        case_facts, unused = case
        for goal in goals:
            case_trace = Trace()
            rw = make_rewriter(ctx, case_facts, deadline, case_trace)
            answer = decide_goal(normalise_goal(goal.xreplace(mapping), rw, case_facts),
                                 deadline, case_trace)
            confirmations.confirmations.extend(case_trace.confirmations)
            confirmations.steps.extend(case_trace.steps)
            if answer is not True:
                shown = ", ".join(f"{show(k)} := {show(v)}" for k, v in mapping.items())
                why = "is false" if answer is False else "is not decided"
                return f"bounded expansion: the case {shown} {why}{_without(unused)}"
        decided += 1
    problem.record(confirmations.steps)
    names = ", ".join(show(v) for v in lists + nats + fins)
    empty_only = all(_max_length(ctx, v, bound) == 0 for v in lists)  # lists over Fin 0
    if empty_only and not nats:  # every value of every expanded variable: a proof
        what = "every value of " + names
        step = Step("case analysis", names, f"{decided} cases decided, {vacuous} vacuous", what)
        return ProofOutcome(Status.PROVED, f"case analysis on {names}", (step,),
                            confirmed_by=confirmations.confirmed_by())
    what = f"lists up to length {bound}" + (f", naturals up to {bound}" if nats else "")
    step = Step("bounded expansion", names, f"{decided} cases decided, {vacuous} vacuous",
                what)
    try:
        with unwatched():  # candidates are confirmed concretely, never part of the proof
            candidates = candidates_beyond(problem, goals, bound, lists, nats, fins, deadline)
    except BudgetExceeded:  # the bounded result stands; no look past it
        candidates = ()
    if not decided:  # hypotheses false in every case: nothing holds *because* of the law
        return ProofOutcome(None, reason=f"bounded expansion: all {vacuous} cases up to "
                            f"{what} are vacuous (their hypotheses are false), so nothing "
                            "was decided", candidates=candidates)
    return ProofOutcome(Status.BOUNDED, f"bounded expansion ({what})", (step,), bound=bound,
                        confirmed_by=confirmations.confirmed_by(), candidates=candidates)


def _max_length(ctx: Any, xs: Basic, bound: int) -> int:
    """A list over ``Fin 0`` can only be ``[]``; other lists go up to ``bound``."""
    elem = ctx.list_types.get(xs)
    if isinstance(elem, TFin):
        try:
            n = ctx.translate(elem.n)
        except Exception:  # a bound the mirror cannot read: no restriction
            return bound
        if n == 0:
            return 0
    return bound


def _case_facts(problem: Problem, mapping: dict[Basic, Basic]
                ) -> tuple[Facts, list[tuple[str, str]]] | None:
    """The facts of one case and the hypotheses it does not use, each with why (not read,
    read as false but not confirmed, not in a form the prover uses); None when its
    hypotheses are false (a vacuous case).

    Why the unused ones are returned: a case decided without a hypothesis may be false only
    because that hypothesis was set aside (``xs ≠ []`` at ``xs := []``: SymPy reads it as
    false, Z3 does not confirm it on lists), and the reason must say so instead of calling
    the case false."""
    facts = problem.facts.specialise(mapping)
    if facts.contradiction:
        return None
    kept: list[Rewrite] = []
    for r in facts.rewrites:
        if r.lhs.is_Number and r.rhs.is_Number:
            if r.lhs != r.rhs:
                return None
            continue
        kept.append(r)
    facts.rewrites = kept
    names = {str(k): v for k, v in mapping.items()}
    case_ctx = problem.ctx.child(names)
    unused: list[tuple[str, str]] = []
    for name, hyp in problem.hypotheses:
        try:
            value: Any = case_ctx.translate(hyp)
        except Exception as exc:  # a hypothesis the mirror cannot read says nothing here
            unused.append((name, f"not read: {_reason(exc)}"))
            continue
        if isinstance(value, Basic):
            value = value.xreplace(facts.substitution)
        if isinstance(value, BooleanFalse) or value is False:
            if _surely_false(case_ctx, hyp, facts):
                return None
            unused.append((name, "read as false in this case by SymPy, not confirmed, so "
                                 "the case is not known to be vacuous"))
        elif name in facts.unused and value is not sympy.true and value is not True:
            unused.append((name, "read, but not in a form the prover uses"))
    return facts, unused


def _reason(exc: Exception) -> str:
    """An exception of the mirror's translation in a few words (an ``Unsupported`` names its
    construct)."""
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "…"


def _without(unused: list[tuple[str, str]]) -> str:
    """`` without hypothesis h (not read: …)``: what a failing case was decided without."""
    if not unused:
        return ""
    parts = [f"{name} ({why})" for name, why in unused]
    noun = "hypothesis" if len(parts) == 1 else "hypotheses"
    return f" without {noun} " + "; ".join(parts)


def _surely_false(ctx: Any, hyp: Any, facts: Facts) -> bool:
    """SymPy evaluated the hypothesis to false (the proposal); Z3 must confirm it, on the
    relation rebuilt without SymPy's evaluation: only then is the case vacuous."""
    if not (isinstance(hyp, Prim) and hyp.op in _OPS):
        return False
    try:
        lhs, rhs = (facts.apply(ctx.translate(a)) for a in hyp.args)
        if hyp.op == "ne" and lhs == rhs:  # a ≠ a: false at every type (Eq is reflexive)
            return True
        relation = _OPS[hyp.op](lhs, rhs, evaluate=False)
    except Exception:  # not rebuildable: not known to be false
        return False
    return confirm_false(relation) is True


_OPS = {"eq": sympy.Eq, "ne": sympy.Ne, "lt": sympy.Lt, "le": sympy.Le, "gt": sympy.Gt,
        "ge": sympy.Ge}


__all__ = ["MAX_CASES", "bounded_strategy", "expand_and_decide", "sized_naturals"]
