"""Closed statements decided by evaluation: two independent evaluators must both say true.

Why: a statement without variables (``([0.0/0.0] : List Float).count (0.0/0.0) = 0``) has one
instance. When every operation in it is computed exactly (ℕ/ℤ/ℚ/ℝ as integers and fractions,
``Float`` as IEEE binary64, which is deterministic), evaluating it *is* a proof; the symbolic
side has nothing to add and refuses ``Float`` arithmetic anyway. One evaluator is one engine,
though, and no verdict may rest on one engine: the statement is evaluated by the mirror's
concrete evaluator (``mirror/concrete``, closures over ``ops.py``) and by the strict compiled
evaluator (``numeric/compiled.closed_truth``: Python source written from the core terms, with
its own IEEE division, right-fold ``Float`` sums, Euclidean ℤ division and ``BEq``). Only
when both evaluate every node themselves and both say *true* is it ``proved``; a statement
outside the strict fragment is left to the other strategies, and a disagreement is recorded
as a strategy error (a bug in one of them), never a pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.mirror.core.terms import Law
from jepa_formal.prove.confirm import COMPILED, CONCRETE
from jepa_formal.prove.problem import ProofOutcome
from jepa_formal.verdict import Status, Step

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

CONFIRMERS = f"{CONCRETE} + {COMPILED}"
"""The ``confirmed by`` of a closed statement decided by evaluation."""

METHOD = "evaluation of a closed statement"

EVALUATION_SECONDS = 30.0
"""Far wall-clock net of the mirror's evaluation: its work is bounded by its own budgets
(elements, bits), and a closed statement takes microseconds; only a pathological one meets
the net, and is then not decided here."""


class Disagreement(Exception):
    """The two evaluators disagree on a closed statement: a bug in one of them."""


def decide_closed(law: Law, env: Env | None) -> ProofOutcome | None:
    """``proved`` when ``law`` has no variables and both evaluators find it true; None when it
    is not closed, not evaluable by both, or false (the concrete search refutes it). Raises
    ``Disagreement`` when they disagree."""
    if law.binders:
        return None
    from jepa_formal.numeric.compiled import closed_truth

    try:
        compiled = closed_truth(law, env)
    except (Unsupported, BudgetExceeded, ArithmeticError, RecursionError):
        return None
    mirror = _mirror_truth(law, env)
    if mirror is None:
        return None
    if mirror != compiled:
        raise Disagreement(f"the concrete evaluator says {mirror}, the compiled evaluator "
                           f"says {compiled}")
    if not mirror:
        return None
    step = Step("evaluation", law.name, "True",
                "every node computed exactly (IEEE binary64 for Float) by two independent "
                "evaluators, which agree")
    return ProofOutcome(Status.PROVED, METHOD, (step,), confirmed_by=CONFIRMERS)


def _mirror_truth(law: Law, env: Env | None) -> bool | None:
    import time

    from jepa_formal.mirror.concrete import compile_law
    from jepa_formal.mirror.concrete.evaluate import evaluation_deadline

    try:
        with evaluation_deadline(time.perf_counter() + EVALUATION_SECONDS):
            compiled = compile_law(law, env)
            if not compiled.hypotheses_hold({}):
                return True
            return bool(compiled.conclusion_holds({}))
    except (Unsupported, BudgetExceeded, ArithmeticError, RecursionError):
        return None


__all__ = ["CONFIRMERS", "METHOD", "Disagreement", "decide_closed"]
