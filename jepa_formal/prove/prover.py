"""``prove_law``: the symbolic strategies in order, within a work budget (``budget.py``).

Why this order: normal form is cheap and gives the most readable proof; induction handles
recursive definitions and laws the rules do not close; bounded expansion is the weakest claim
(``bounded``, up to a stated list length) and the most expensive. Soundness rules throughout:
a strategy reports success only when every goal is decided True; an unknown (``None``) from
SymPy, an exception, or a spent budget gives ``status=None`` with the reason, never a pass.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sympy import Basic
from sympy.core.function import AppliedUndef

from jepa_formal import defaults
from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.mirror.core.terms import RELATION_TABLE, Law, relation_symbol
from jepa_formal.prove.assumed import Decision, decisions, watching
from jepa_formal.prove.audit import AuditReport, audit_steps
from jepa_formal.prove.bounded import bounded_strategy
from jepa_formal.prove.budget import WORK_LIMIT, Deadline
from jepa_formal.prove.closed import METHOD as CLOSED
from jepa_formal.prove.closed import Disagreement, decide_closed
from jepa_formal.prove.confirm import IDENTICAL, collecting_witnesses, confirm_relation
from jepa_formal.prove.hypotheses import fresh_names
from jepa_formal.prove.induction import INDUCTION
from jepa_formal.prove.instances import HYPOTHESIS_INSTANCE
from jepa_formal.prove.normal_form import Goal, prove_by_normal_form
from jepa_formal.prove.premises import PREMISES
from jepa_formal.prove.problem import (
    Problem,
    ProofOutcome,
    Strategy,
    hypothesis_steps,
    read_problem,
)
from jepa_formal.prove.rewrite import Trace
from jepa_formal.prove.show import show
from jepa_formal.verdict import Status

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

RECURSION_LIMIT = 20_000
"""Python recursion limit while proving: translation and rewriting recurse on term depth, and
a left-nested ``x₁ ++ … ++ x_K`` is K deep (restored afterwards)."""


def prove_law(
    law: Law, env: Env, *, timeout: float = defaults.TIMEOUT, bound: int = defaults.BOUND,
    work_limit: int = WORK_LIMIT, audit: bool = False,
) -> ProofOutcome:
    """Try normal form, then induction, then bounded expansion up to ``bound`` elements.

    What the proof may spend is ``work_limit`` units of work (deterministic); ``timeout`` only
    sets the far wall-clock safety net (``budget.Deadline``). With ``audit``, every rewrite
    step of the proof found is replayed on concrete instances (``audit.py``)."""
    previous = sys.getrecursionlimit()
    if previous < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        with fresh_names(), collecting_witnesses() as models:  # names numbered from 1 per law
            outcome = _prove(law, env, timeout, bound, work_limit, audit)
        if outcome.status is None and models:
            outcome = replace(outcome, witnesses=tuple(tuple(m.items()) for m in models))
        return outcome
    finally:
        if previous < RECURSION_LIMIT:
            sys.setrecursionlimit(previous)


def _prove(law: Law, env: Env, timeout: float, bound: int, work_limit: int,
           audit: bool) -> ProofOutcome:
    start = time.monotonic()
    deadline = Deadline(timeout, work_limit)

    def done(**kw: Any) -> ProofOutcome:
        return ProofOutcome(seconds=time.monotonic() - start, **kw)

    try:
        closed = decide_closed(law, env)
    except Disagreement as exc:
        why = f"{CLOSED}: {exc}"
        closed = None
        early_errors: tuple[str, ...] = (why,)
    else:
        early_errors = ()
    if closed is not None:
        report = AuditReport() if audit else None
        return done(audit=report, status=closed.status, method=closed.method,
                    steps=closed.steps, confirmed_by=closed.confirmed_by)
    translated: dict[Any, bool] = {}
    try:
        with watching() as translated:  # SymPy's decisions while translating
            problem = read_problem(law, env)
        if audit:
            problem.replay = []
    except Unsupported as exc:
        return done(status=None, reason=f"not modelled symbolically: {exc}", unsupported=exc,
                    strategy_errors=early_errors)
    except BudgetExceeded as exc:
        return done(status=None, reason=str(exc), strategy_errors=early_errors)
    except Exception as exc:  # SymPy failing on a construct: undecided, never proved
        why = f"symbolic translation failed: {exc!r}"
        return done(status=None, reason=why, strategy_errors=(*early_errors, why))
    reasons: list[str] = list(early_errors)
    errors: list[str] = list(early_errors)
    for strategy in _strategies(bound):
        if problem.generic and strategy.label not in GENERIC_STRATEGIES:
            reasons.append(f"{strategy.label}: not used on a type-class-generic law")
            continue
        try:
            deadline.check()
            with watching() as met:  # … and while this strategy works
                outcome = strategy(problem, deadline)
        except BudgetExceeded as exc:
            reasons.append(f"{strategy.label}: {exc}")
            break
        except Unsupported as exc:
            reasons.append(f"{strategy.label}: {exc}")
            continue
        except Exception as exc:  # SymPy (or a bug) failing: this strategy decides nothing
            why = f"{strategy.label}: failed with {exc!r}"
            reasons.append(why)
            errors.append(why)
            continue
        if isinstance(outcome, ProofOutcome):
            unconfirmed = unconfirmed_decision(decisions({**translated, **met}))
            if unconfirmed:
                reasons.append(f"{strategy.label}: {unconfirmed}")
                continue
            report = None
            if problem.replay is not None:
                report = audit_steps(problem.replay, problem.ctx, env)
            return done(audit=report, status=outcome.status, method=outcome.method,
                        steps=outcome.steps, bound=outcome.bound, reason=outcome.reason,
                        confirmed_by=outcome.confirmed_by, strategy_errors=tuple(errors),
                        candidates=outcome.candidates)
        reasons.append(outcome)
        if deadline.expired():
            try:
                deadline.check()
            except BudgetExceeded as exc:
                reasons.append(str(exc))
            break
    return done(status=None, reason="; ".join(reasons) or "no strategy applied",
                strategy_errors=tuple(errors))


def unconfirmed_decision(met: list[Decision]) -> str:
    """Why the proof may not count, or "": every relation SymPy evaluated to true or false
    from its assumptions while the law was translated and the proof found (``assumed.py``)
    must be confirmed by Z3, on the relation itself, or the proof rests on SymPy alone."""
    for op, lhs, rhs, value in met:
        claim = op if value else RELATION_TABLE[op].negation
        if confirm_relation(claim, lhs, rhs) is not True:
            return (f"SymPy evaluated {show(lhs)} {relation_symbol(op)} {show(rhs)} to "
                    f"{str(value).lower()} from its assumptions, and Z3 does not confirm it")
    return ""


def _normal_form(problem: Problem, deadline: Deadline) -> ProofOutcome | str:
    trace = Trace()
    hypothesis_steps(problem, trace)
    if not problem.goals:  # the conclusion is ``True``: nothing to decide
        trace.confirm(IDENTICAL)
    for goal in problem.goals:
        verdict = prove_by_normal_form(goal, problem.ctx, problem.facts, deadline, trace)
        if verdict is not True:
            why = "SymPy finds the sides differ" if verdict is False else "not decided"
            if _float_arithmetic(goal):
                why += " (Float arithmetic is opaque: never reordered or regrouped as reals)"
            return f"normal form: {why}"
    problem.record(trace.steps)
    return ProofOutcome(Status.PROVED, "normal form", trace.render(),
                        confirmed_by=trace.confirmed_by())


def _float_arithmetic(goal: Goal) -> bool:
    """The goal computes with ``Float`` (an opaque ``Float.add``… head)."""
    sides = [s for s in (goal.lhs, goal.rhs) if isinstance(s, Basic)]
    return any(str(getattr(f.func, "__name__", "")).startswith("Float.")
               for s in sides for f in s.atoms(AppliedUndef))


NORMAL_FORM = Strategy("normal form", _normal_form)


GENERIC_STRATEGIES = frozenset({"hypothesis instance", "normal form"})
"""The strategies valid at a class-constrained type variable: induction's step closes by the
difference of the two sides and bounded expansion by number rules, both of which assume
cancellation (docs/typeclasses.md)."""


def _strategies(bound: int) -> list[Strategy]:
    return [HYPOTHESIS_INSTANCE, NORMAL_FORM, PREMISES, INDUCTION, bounded_strategy(bound)]


__all__ = ["Problem", "ProofOutcome", "prove_law", "read_problem"]
