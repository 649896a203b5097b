"""The result of a numeric search: status, counts, and the shrunk counterexample if any.

Why separate from ``Verdict``: the checker (``check.py``) combines this with the prover's
outcome and source positions into a ``Verdict``; the numeric layer reports only what it saw.
"""

from __future__ import annotations

from dataclasses import dataclass

from jepa_formal.verdict import Counterexample, Status


@dataclass(frozen=True, slots=True)
class NumericOutcome:
    """What concrete evaluation found.

    ``status`` is ``TESTED`` (no counterexample among ``examples`` instances, of which
    ``hypotheses_held`` satisfied the hypotheses), ``REFUTED`` (``counterexample`` is shrunk and
    replayed) or ``INCONCLUSIVE`` (the hypotheses never held, or nothing could be run in
    budget). ``instantiation`` says how type variables were instantiated (``α := Fin 2``, or
    ``Fin 1…3`` when instances varied). ``small_scope`` counts the exhaustively enumerated
    instances among ``examples``; ``shrink_calls`` counts evaluations spent shrinking;
    ``method`` names how the instances were made, for the verdict.
    """

    status: Status
    examples: int
    hypotheses_held: int
    counterexample: Counterexample | None = None
    detail: str = ""
    instantiation: tuple[tuple[str, str], ...] = ()
    seed: int | None = None
    small_scope: int = 0
    shrink_calls: int = 0
    seconds: float = 0.0
    method: str = "exhaustive small scope + random"
    over_budget: int = 0
    """Instances skipped because evaluating them exceeded the evaluator's budget (counted in
    ``examples``, never in ``hypotheses_held``)."""
    longest_list: int | None = None
    """The length of the longest list in a refuting counterexample (None: no list), so that a
    refutation past a ``bounded`` claim is told from one inside it (a bug)."""
    safety_cut: bool = False
    """The wall-clock safety net ended the search before its work budget was spent (the
    detail says so): the only outcome that may differ on a quieter machine."""
