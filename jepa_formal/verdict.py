"""The verdict of checking one theorem: status, method and the evidence behind it.

Why a closed, ordered status set: reports, exit codes and the pytest plugin all branch on it,
and "unknown" must never be confused with "false" or "true" (see docs/lean-semantics.md, "What a
verdict promises"). Verdicts are values: built by ``check.py``, printed only by ``report/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    """What a verdict claims, strongest assurance first (order used for sorting and summaries)."""

    PROVED = "proved"  # holds for every value of every variable, every length
    BOUNDED = "bounded"  # holds symbolically for every list up to a stated length
    TESTED = "tested"  # no counterexample among N concrete instances
    REFUTED = "refuted"  # a shrunk counterexample that the concrete evaluator confirms
    INCONCLUSIVE = "inconclusive"  # budget spent, or hypotheses never met: never a pass
    UNSUPPORTED = "unsupported"  # a named construct the mirror does not model
    ERROR = "error"  # an internal error (a bug), or a declaration that could not be read

    @property
    def rank(self) -> int:
        return list(Status).index(self)

    @property
    def is_failure(self) -> bool:
        """Refuted and error fail a run; ``--strict`` adds inconclusive and unsupported."""
        return self in (Status.REFUTED, Status.ERROR)


@dataclass(frozen=True, slots=True)
class Step:
    """One named step of a proof: the rule (or strategy) used and the terms before and after,
    printed as Lean-like text. ``note`` says e.g. which hypothesis a congruence used."""

    rule: str
    before: str
    after: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Counterexample:
    """A concrete falsifying instance, shrunk and replayed.

    ``bindings`` maps each binder name to its value printed as Lean (``xs := [0]``);
    ``lhs``/``rhs`` are both sides' values printed (for an equation or comparison; otherwise
    the conclusion's value); ``instantiation`` says how type variables were instantiated
    (``α := Fin 2``). ``size`` is the shrinker's size measure of the instance (lower is simpler).
    """

    bindings: tuple[tuple[str, str], ...]
    lhs: str | None = None
    rhs: str | None = None
    instantiation: tuple[tuple[str, str], ...] = ()
    size: int = 0
    hypotheses_hold: bool = True

    def as_dict(self) -> dict[str, str]:
        return dict(self.bindings)

    def describe(self) -> str:
        """CrossHair style: ``false when xs = [0], ys = [1]``."""
        parts = ", ".join(f"{k} = {v}" for k, v in self.bindings)
        text = f"false when {parts}" if parts else "false"
        if self.lhs is not None and self.rhs is not None:
            text += f" (left side = {self.lhs}, right side = {self.rhs})"
        return text


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome for one theorem.

    ``method`` names how the status was reached (``normal form``, ``induction on xs``,
    ``bounded expansion``, ``exhaustive small scope + random``…); ``detail`` is one human line
    of evidence; ``steps`` the proof trace; ``examples`` how many concrete instances were run;
    ``bound`` the list-length bound of a ``bounded`` verdict; ``seed`` the RNG seed;
    ``construct`` the unsupported construct's name.
    """

    name: str
    status: Status
    method: str = ""
    detail: str = ""
    steps: tuple[Step, ...] = ()
    examples: int = 0
    bound: int | None = None
    seed: int | None = None
    counterexample: Counterexample | None = None
    construct: str | None = None
    path: str = ""
    line: int = 0
    column: int = 0
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}"
