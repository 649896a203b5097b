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
from dataclasses import dataclass
from typing import Any

from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.mirror.core import Law
from jepa_formal.mirror.symbolic import SymContext, make_context
from jepa_formal.prove.budget import Deadline
from jepa_formal.prove.hypotheses import Facts, read_facts
from jepa_formal.prove.normal_form import Goal, prove_by_normal_form, read_goals
from jepa_formal.prove.rewrite import Trace
from jepa_formal.verdict import Status, Step


@dataclass(frozen=True, slots=True)
class ProofOutcome:
    """What the prover established about one law.

    ``status`` is ``PROVED``, ``BOUNDED`` or None (undecided, with ``reason``); ``method`` names
    the strategy (``normal form``, ``induction on xs``, ``bounded expansion``); ``steps`` is
    the trace; ``bound`` the list-length bound of a ``BOUNDED`` outcome; ``unsupported`` the
    construct that stopped translation, if any.
    """

    status: Status | None
    method: str = ""
    steps: tuple[Step, ...] = ()
    bound: int | None = None
    reason: str = ""
    unsupported: Unsupported | None = None
    seconds: float = 0.0


@dataclass(slots=True)
class Problem:
    """A law read for the symbolic strategies: its context, goals and usable facts."""

    law: Law
    ctx: SymContext
    goals: list[Goal]
    facts: Facts
    hypotheses: tuple[tuple[str, Any], ...]


def read_problem(law: Law, env: Any) -> Problem:
    """Translate a law (raises ``Unsupported`` for what the symbolic side does not model)."""
    ctx = make_context(law, env)
    ctx.unfold_defs = False
    goals, premises = read_goals(law.conclusion, ctx)
    hypotheses = tuple(law.hypotheses) + tuple(premises)
    facts = read_facts(hypotheses, ctx)
    return Problem(law, ctx, goals, facts, hypotheses)


RECURSION_LIMIT = 20_000
"""Python recursion limit while proving: translation and rewriting recurse on term depth, and
a left-nested ``x₁ ++ … ++ x_K`` is K deep (restored afterwards)."""


def prove_law(law: Law, env: Any, *, timeout: float = 5.0, bound: int = 4) -> ProofOutcome:
    """Try normal form, then induction, then bounded expansion up to ``bound`` elements."""
    previous = sys.getrecursionlimit()
    if previous < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        return _prove(law, env, timeout, bound)
    finally:
        if previous < RECURSION_LIMIT:
            sys.setrecursionlimit(previous)


def _prove(law: Law, env: Any, timeout: float, bound: int) -> ProofOutcome:
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
            reasons.append(f"{getattr(strategy, 'label', 'strategy')}: {exc}")
            break
        except Unsupported as exc:
            reasons.append(f"{getattr(strategy, 'label', 'strategy')}: {exc}")
            continue
        except Exception as exc:  # SymPy (or a bug) failing: this strategy decides nothing
            reasons.append(f"{getattr(strategy, 'label', 'strategy')}: failed with {exc!r}")
            continue
        if isinstance(outcome, ProofOutcome):
            return done(status=outcome.status, method=outcome.method, steps=outcome.steps,
                        bound=outcome.bound, reason=outcome.reason)
        reasons.append(outcome)
        if deadline.expired():
            reasons.append(f"time budget of {timeout:g} s spent")
            break
    return done(status=None, reason="; ".join(reasons) or "no strategy applied")


def hypothesis_steps(problem: Problem, trace: Trace) -> None:
    """Record how each hypothesis is used up front (substitution, assumption, rewrite…)."""
    for name, how in problem.facts.used:
        if how not in ("congruence", "order congruence", "rewrite"):  # those show in place
            trace.add("hypothesis", name, how)


def _normal_form(problem: Problem, deadline: Deadline) -> ProofOutcome | str:
    trace = Trace()
    hypothesis_steps(problem, trace)
    for goal in problem.goals:
        verdict = prove_by_normal_form(goal, problem.ctx, problem.facts, deadline, trace)
        if verdict is not True:
            why = "SymPy finds the sides differ" if verdict is False else "not decided"
            return f"normal form: {why}"
    return ProofOutcome(Status.PROVED, "normal form", trace.render())


_normal_form.label = "normal form"  # type: ignore[attr-defined]


def _strategies(bound: int) -> list[Any]:
    from jepa_formal.prove.bounded import bounded_strategy
    from jepa_formal.prove.induction import induction_strategy

    return [_normal_form, induction_strategy, bounded_strategy(bound)]


__all__ = ["Problem", "ProofOutcome", "prove_law", "read_problem"]
