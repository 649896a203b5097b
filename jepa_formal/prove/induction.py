"""Induction on a list variable (``[]`` / ``x :: xs``) or a natural (``0`` / ``n + 1``).

Why and how it stays sound: used when rewriting alone does not close a goal, and for recursive
or pattern-matching definitions (whose equations fire once the argument is a constructor).
The base and step cases are each closed by the normal-form strategy; in the step case the
induction hypothesis (the goal at ``xs``) is used either as a rewrite (its normalised left side
replaced by its right side) or through the difference of the two sides:
``(lhs' - rhs') - (lhs - rhs) = 0`` (resp. ``≥ 0`` for ``≤``/``<`` goals).

Hypotheses are specialised as Lean's ``induction`` with generalisation would: a congruence
``∀ i ∈ L, f i = g i`` whose list ``L`` grows monotonically with ``xs`` (``xs``, appends,
reverses, conses of it) becomes, for ``x :: xs``, the equation at ``x`` plus the congruence over
``xs``; and since the hypothesis for ``x :: xs`` implies the one for ``xs``, the induction
hypothesis is available. Any other hypothesis mentioning the induction variable is dropped
(the statement proved is then stronger). A variable fixed by a substitution is not inducted on.
"""

from __future__ import annotations

from sympy import Add, Basic, Symbol

from jepa_formal.mirror.core.terms import RELATION_TABLE
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.prove.budget import Deadline
from jepa_formal.prove.confirm import Z3
from jepa_formal.prove.decide import decide_relation
from jepa_formal.prove.hypotheses import Facts
from jepa_formal.prove.normal_form import (
    Goal,
    decide_goal,
    goal_text,
    make_rewriter,
    normalise_goal,
)
from jepa_formal.prove.problem import Problem, ProofOutcome, Strategy, hypothesis_steps
from jepa_formal.prove.rewrite import Trace
from jepa_formal.prove.show import show
from jepa_formal.verdict import Status

_MONOTONE = (L.ListSymbol, L.Append, L.Cons, L.Reverse, L.Filter, L.Nil)


def _monotone_in(over: Basic, var: Basic) -> bool:
    """``over``'s members only grow when the induction variable ``var`` steps (a list gets a new
    head element). Only the list structure may mention ``var``: an element or a filter
    predicate that does (``∀ i ∈ [n], …``, ``[xs.length]``) *changes* with the step, and the
    hypothesis at the step then says nothing about the induction hypothesis's case."""
    if isinstance(over, L.ListSymbol):
        return True
    if isinstance(over, L.Filter):
        return not over.args[0].has(var) and _monotone_in(over.args[1], var)
    if isinstance(over, _MONOTONE):
        return all(_monotone_in(a, var) if L.is_list_term(a) else not a.has(var)
                   for a in over.args)
    return False


def _grows(n: Basic, var: Basic) -> bool:
    """``n`` is ``var`` plus something without it (``Fin (n + 1)``): it grows with the step."""
    return n == var or (isinstance(n, Add) and var in n.args and not (n - var).has(var))


def facts_for(facts: Facts, var: Basic) -> Facts:
    """The facts still usable (in base, step and induction hypothesis) when inducting on var."""
    out = Facts(used=list(facts.used), unused=list(facts.unused))
    out.rewrites = [r for r in facts.rewrites if not (r.lhs.has(var) or r.rhs.has(var))]
    for c in facts.congruences:
        if c.lhs.has(var) or c.rhs.has(var) or (c.cond is not None and c.cond.has(var)):
            continue
        if c.over is None:
            # ``∀ x : Fin n`` grows with ``n``, but ``Fin (10 - n)`` shrinks: only the first
            # keeps the hypothesis of the induction hypothesis's case available
            if c.fin is not None and c.fin.has(var) and not _grows(c.fin, var):
                continue
            out.congruences.append(c)
            continue
        if c.over.has(var) and not _monotone_in(c.over, var):
            continue
        out.congruences.append(c)
    out.orders = [o for o in facts.orders
                  if not (o.small.has(var) or o.big.has(var))
                  and (not o.over.has(var) or _monotone_in(o.over, var))]
    return out


def candidates(problem: Problem, goals: list[Goal]) -> list[Basic]:
    """List variables, then naturals, occurring in the goals (binder order)."""
    free: set[Basic] = set()
    for g in goals:
        free |= g.lhs.free_symbols | (g.rhs.free_symbols if g.rhs is not None else set())
    lists = [v for v in problem.ctx.bindings.values()
             if isinstance(v, L.ListSymbol) and v in free]
    nats = [v for v in problem.ctx.bindings.values()
            if isinstance(v, Symbol) and not isinstance(v, L.ListSymbol) and v in free
            and v.is_integer and v.is_nonnegative and not v.is_positive]
    return lists + nats


def induction_strategy(problem: Problem, deadline: Deadline) -> ProofOutcome | str:
    """Try induction on each candidate variable in turn."""
    goals = [g.xreplace(problem.facts.substitution) for g in problem.goals]
    vars_ = [v for v in candidates(problem, goals) if v not in problem.facts.substitution]
    if not vars_:
        return "induction: no list or natural variable to induct on"
    for var in vars_:
        deadline.check()
        trace = Trace()
        hypothesis_steps(problem, trace)
        if all(_induct(problem, goal, var, deadline, trace) for goal in goals):
            problem.record(trace.steps)
            return ProofOutcome(Status.PROVED, f"induction on {show(var)}", trace.render(),
                                confirmed_by=trace.confirmed_by())
    return "induction: no variable's base and step cases both closed"


INDUCTION = Strategy("induction", induction_strategy)


def _induct(problem: Problem, goal: Goal, var: Basic, deadline: Deadline,
            trace: Trace) -> bool:
    facts = facts_for(problem.facts, var)
    ctx = problem.ctx
    if isinstance(var, L.ListSymbol):
        elem_ty = ctx.list_types[var]
        head = ctx.value_of(ctx.fresh_name("x"), elem_ty)
        base_map: dict[Basic, Basic] = {var: L.Nil()}
        step_map: dict[Basic, Basic] = {var: L.Cons(head, var)}
        base_text, step_text = f"{show(var)} = []", f"{show(var)} = {show(head)} :: {show(var)}"
    else:
        base_map, step_map = {var: 0}, {var: var + 1}
        base_text, step_text = f"{show(var)} = 0", f"{show(var)} = {show(var)} + 1"

    # base case: its steps form the group ``base case``
    trace.add("base case", base_text, lambda: goal_text(goal.xreplace(base_map)),
              f"induction on {show(var)}")
    trace.group = "base case"
    try:
        base_facts = facts.specialise(base_map)
        rw = make_rewriter(ctx, base_facts, deadline, trace)
        if base_facts.contradiction:
            trace.add("vacuous", base_text, "True", base_facts.contradiction)
            trace.confirm(Z3)  # a contradiction is recorded only when Z3 confirms it
        elif decide_goal(normalise_goal(goal.xreplace(base_map), rw, base_facts),
                         deadline, trace) is not True:
            return False
    finally:
        trace.group = ""

    # step case: its steps form the group ``step case``
    trace.add("step case", step_text, lambda: goal_text(goal.xreplace(step_map)),
              f"induction on {show(var)}; hypothesis: {goal_text(goal)}")
    trace.group = "step case"
    try:
        step_facts = facts.specialise(step_map)
        if step_facts.contradiction:  # a hypothesis fails at the new head: nothing to prove
            trace.add("vacuous", step_text, "True", step_facts.contradiction)
            trace.confirm(Z3)
            return True
        rw = make_rewriter(ctx, step_facts, deadline, trace)
        step = normalise_goal(goal.xreplace(step_map), rw, step_facts)
        if decide_goal(step, deadline, trace) is True:
            return True
        ih = normalise_goal(goal, rw, step_facts)
        return _use_hypothesis(step, ih, rw, deadline, trace)
    finally:
        trace.group = ""


def _use_hypothesis(step: Goal, ih: Goal, rw: object, deadline: Deadline,
                    trace: Trace) -> bool:
    if ih.rhs is None or step.rhs is None:
        return False
    if step.rel == "eq" and ih.rel == "eq" and not ih.lhs.is_Number:
        for old, new in ((ih.lhs, ih.rhs), (ih.rhs, ih.lhs)):
            if old.is_Number or new.has(old):
                continue
            lhs, rhs = step.lhs.xreplace({old: new}), step.rhs.xreplace({old: new})
            if (lhs, rhs) == (step.lhs, step.rhs):
                continue
            trace.add("induction hypothesis", old, new, "ih")
            rewritten = Goal("eq", rw.normalize(lhs), rw.normalize(rhs),  # type: ignore[attr-defined]
                             step.numeric)
            if decide_goal(rewritten, deadline, trace) is True:
                return True
    if not (step.numeric and ih.numeric):
        return False
    d_step, d_ih = step.lhs - step.rhs, ih.lhs - ih.rhs
    if step.rel == "ne" or ih.rel != step.rel:
        return False
    # step: d_step ⋈ 0 follows from d_ih ⋈ 0 and d_step - d_ih ⋈' 0 (⋈' the non-strict ⋈)
    rel = RELATION_TABLE[step.rel].weakened
    closing = Trace()
    if decide_relation(rel, d_step - d_ih, 0 * d_ih, deadline, closing) is True:
        trace.add("induction hypothesis", ih.lhs - ih.rhs, step.lhs - step.rhs,
                  "step difference compared with the hypothesis's difference")
        trace.extend(closing)
        return True
    return False


__all__ = ["candidates", "facts_for", "induction_strategy"]
