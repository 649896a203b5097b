"""``prove_law``: the symbolic strategies in order, within a time budget.

Why this order: normal form is cheap and gives the most readable proof; induction handles
recursive definitions and laws the rules do not close; bounded expansion is the weakest claim
(``bounded``, up to a stated list length) and the most expensive. Soundness rules throughout:
a strategy reports success only when every goal is decided True; an unknown (``None``) from
SymPy, an exception, or a spent budget gives ``status=None`` with the reason, never a pass.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

from jepa_formal import defaults
from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.mirror.core.terms import Law
from jepa_formal.prove.bounded import bounded_strategy
from jepa_formal.prove.budget import Deadline
from jepa_formal.prove.induction import INDUCTION
from jepa_formal.prove.normal_form import prove_by_normal_form
from jepa_formal.prove.problem import (
    Problem,
    ProofOutcome,
    Strategy,
    hypothesis_steps,
    read_problem,
)
from jepa_formal.prove.rewrite import Trace
from jepa_formal.verdict import Status

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

RECURSION_LIMIT = 20_000
"""Python recursion limit while proving: translation and rewriting recurse on term depth, and
a left-nested ``x₁ ++ … ++ x_K`` is K deep (restored afterwards)."""


def prove_law(
    law: Law, env: Env, *, timeout: float = defaults.TIMEOUT, bound: int = defaults.BOUND
) -> ProofOutcome:
    """Try normal form, then induction, then bounded expansion up to ``bound`` elements."""
    previous = sys.getrecursionlimit()
    if previous < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        return _prove(law, env, timeout, bound)
    finally:
        if previous < RECURSION_LIMIT:
            sys.setrecursionlimit(previous)


def _prove(law: Law, env: Env, timeout: float, bound: int) -> ProofOutcome:
    start = time.monotonic()
    deadline = Deadline(timeout)

    def done(**kw: Any) -> ProofOutcome:
        return ProofOutcome(seconds=time.monotonic() - start, **kw)

    try:
        problem = read_problem(law, env)
    except Unsupported as exc:
        return done(status=None, reason=f"not modelled symbolically: {exc}", unsupported=exc)
    except BudgetExceeded as exc:
        return done(status=None, reason=str(exc))
    except Exception as exc:  # SymPy failing on a construct: undecided, never proved
        return done(status=None, reason=f"symbolic translation failed: {exc!r}")
    reasons: list[str] = []
    for strategy in _strategies(bound):
        try:
            deadline.check()
            outcome = strategy(problem, deadline)
        except BudgetExceeded as exc:
            reasons.append(f"{strategy.label}: {exc}")
            break
        except Unsupported as exc:
            reasons.append(f"{strategy.label}: {exc}")
            continue
        except Exception as exc:  # SymPy (or a bug) failing: this strategy decides nothing
            reasons.append(f"{strategy.label}: failed with {exc!r}")
            continue
        if isinstance(outcome, ProofOutcome):
            return done(status=outcome.status, method=outcome.method, steps=outcome.steps,
                        bound=outcome.bound, reason=outcome.reason)
        reasons.append(outcome)
        if deadline.expired():
            reasons.append(f"time budget of {timeout:g} s spent")
            break
    return done(status=None, reason="; ".join(reasons) or "no strategy applied")


def _normal_form(problem: Problem, deadline: Deadline) -> ProofOutcome | str:
    trace = Trace()
    hypothesis_steps(problem, trace)
    for goal in problem.goals:
        verdict = prove_by_normal_form(goal, problem.ctx, problem.facts, deadline, trace)
        if verdict is not True:
            why = "SymPy finds the sides differ" if verdict is False else "not decided"
            return f"normal form: {why}"
    return ProofOutcome(Status.PROVED, "normal form", trace.render())


NORMAL_FORM = Strategy("normal form", _normal_form)


def _strategies(bound: int) -> list[Strategy]:
    return [NORMAL_FORM, INDUCTION, bounded_strategy(bound)]


__all__ = ["Problem", "ProofOutcome", "prove_law", "read_problem"]
