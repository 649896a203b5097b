"""The hypotheses as Z3 premises: ``a + 1 = b + 1 ⊢ a = b``, ``a ≤ b, b ≤ a ⊢ a = b``.

Why: the other strategies use a hypothesis only in set forms — a substitution (``h : n = 3``),
a rewrite, a sign fact on one symbol (``0 < x``), an instance of the goal. A relation between
terms (``2 * a = 2 * b``) served none of them, so laws that ``omega`` closes at once were only
``tested``. Here every hypothesis the abstraction can translate is asserted, each goal denied,
and Z3 must find the negation unsatisfiable: the law ``∀ x, H x → G x`` itself, over the same
Lean-exact translation the other confirmations use. A hypothesis that does not translate is
left out, which only weakens the premises: a proof without it is a proof with it.
"""

from __future__ import annotations

from typing import Any

from sympy import Basic
from sympy.logic.boolalg import Boolean

from jepa_formal.prove.budget import Deadline
from jepa_formal.prove.confirm import Z3, confirm_under
from jepa_formal.prove.hypotheses import Facts
from jepa_formal.prove.normal_form import make_rewriter, normalise_goal
from jepa_formal.prove.problem import Problem, ProofOutcome, Strategy, hypothesis_steps
from jepa_formal.prove.rewrite import Trace
from jepa_formal.prove.show import show
from jepa_formal.verdict import Status

Z3_PREMISES_COST = 200
"""Work units charged for the query (as ``decide.Z3_QUERY_COST`` is for one confirmation)."""


def _premises(problem: Problem, deadline: Deadline) -> ProofOutcome | str:
    if not problem.hypotheses:
        return "no hypothesis to assert"
    trace = Trace()
    hypothesis_steps(problem, trace)
    rw = make_rewriter(problem.ctx, problem.facts, deadline, trace)
    goals = [normalise_goal(g, rw, problem.facts) for g in problem.goals]
    if not goals or any(g.rel != "prop" and (not g.numeric or g.rhs is None) for g in goals):
        return "a goal that is not arithmetic"
    # the hypotheses are unfolded by the definitions only: the rewrites made *from* them
    # would turn each into `True` (a substitution is a change of variables: both get it)
    unfold = make_rewriter(problem.ctx, Facts(), deadline, Trace())
    premises: list[tuple[str, Basic]] = []
    for name, hyp in problem.hypotheses:
        try:
            value: Any = problem.ctx.translate(hyp)
        except Exception:  # a hypothesis the translation cannot read: left out (weaker)
            continue
        if isinstance(value, Boolean):
            # the substitution the goal got (``b := a + d`` with ``d ≥ 0`` from ``a ≤ b``)
            premises.append((name, unfold.normalize(problem.facts.apply(value))))
    if not premises:
        return "no hypothesis translates"
    deadline.spend(Z3_PREMISES_COST)
    claims = [(g.rel, g.lhs, g.rhs) for g in goals]
    if confirm_under([p for _, p in premises], claims) is not True:
        return "Z3 does not derive the goal from the hypotheses"
    names = ", ".join(n for n, _ in premises)
    for g in goals:
        shown = show(g.lhs) if g.rel == "prop" else f"{show(g.lhs)} ⋈ {show(g.rhs)}"
        trace.add("decide (Z3) from the hypotheses", names, shown,
                  "unsat of the hypotheses with the negated goal, over the abstraction "
                  "(Lean's ℕ/ℤ division, max/min, |·|, if and nonlinear arithmetic exact)")
    trace.confirm(Z3)
    problem.record(trace.steps)
    return ProofOutcome(Status.PROVED, "hypotheses (Z3)", trace.render(),
                        confirmed_by=trace.confirmed_by())


PREMISES = Strategy("hypotheses (Z3)", _premises)

__all__ = ["PREMISES"]
