"""What a mutation run found: mutants, their statuses, and the score of each definition.

Why values apart from the engine: the reports (text, JSON) and the exit status read only
these, and the parallel workers send them back to the parent process (they pickle).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from jepa_formal.verdict import Counterexample


class MutantStatus(Enum):
    """What the spec's laws say about one mutant.

    ``killed``: some law is refuted with the mutant in place (a shrunk counterexample,
    replayed). ``survived``: every law holds on the search budget. ``equivalent``: the
    prover proves mutant = original for every input (never concluded from testing), so no law
    could kill it and it is not counted against the spec. ``unknown``: no law refuted, but
    some could not be decided (budget, unsupported): not counted either.
    """

    KILLED = "killed"
    SURVIVED = "survived"
    EQUIVALENT = "equivalent"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Mutant:
    """One generated mutant of a definition's body: ``body`` is its Lean text."""

    id: str
    definition: str
    operator: str
    group: str
    description: str
    body: str


@dataclass(frozen=True, slots=True)
class Kill:
    """A law refuted with the mutant in place, and its shrunk counterexample (``replayed``
    says that the counterexample, read back from its Lean text, was evaluated again by the
    concrete evaluator and falsifies the law)."""

    law: str
    counterexample: Counterexample
    replayed: bool


@dataclass(frozen=True, slots=True)
class MutantResult:
    """The verdict on one mutant.

    ``kills`` lists every refuted law (in spec order). ``proof`` names how equivalence was
    proved (the prover's method and step count) and is set exactly when ``status`` is
    ``equivalent``. ``difference`` is an input where a survivor differs from the definition
    (found by searching ``mutant = original``), ``advice`` says what the spec fails to say,
    ``reason`` why a mutant is ``unknown``.
    """

    mutant: Mutant
    status: MutantStatus
    kills: tuple[Kill, ...] = ()
    proof: str | None = None
    difference: Counterexample | None = None
    advice: str | None = None
    reason: str = ""
    seconds: float = 0.0

    @property
    def killed_by(self) -> tuple[str, ...]:
        return tuple(k.law for k in self.kills)


@dataclass(frozen=True, slots=True)
class Score:
    """Counts per status; ``ratio`` is killed / (killed + survived), None when both are 0."""

    killed: int = 0
    survived: int = 0
    equivalent: int = 0
    unknown: int = 0

    @property
    def ratio(self) -> float | None:
        counted = self.killed + self.survived
        return self.killed / counted if counted else None

    @classmethod
    def of(cls, results: tuple[MutantResult, ...]) -> Score:
        count = {s: 0 for s in MutantStatus}
        for r in results:
            count[r.status] += 1
        return cls(count[MutantStatus.KILLED], count[MutantStatus.SURVIVED],
                   count[MutantStatus.EQUIVALENT], count[MutantStatus.UNKNOWN])


@dataclass(frozen=True, slots=True)
class DefinitionReport:
    """The mutants of one definition and what the laws did to them. ``laws`` are the laws
    used (they hold for the original definition); ``excluded`` the laws reaching the
    definition that could not be used, with why (refuted or undecided for the original,
    unsupported)."""

    name: str
    laws: tuple[str, ...]
    results: tuple[MutantResult, ...]
    excluded: tuple[tuple[str, str], ...] = ()
    rejected: int = 0
    """Candidates dropped because they did not elaborate (ill-typed) or repeated another
    mutant: never counted."""
    note: str = ""

    @property
    def score(self) -> Score:
        return Score.of(self.results)


@dataclass(frozen=True, slots=True)
class MutationRun:
    """Everything ``jepa-formal mutate`` found, in definition order."""

    spec: str
    definitions: tuple[DefinitionReport, ...]
    seed: int
    seconds: float
    jobs: int = 1
    options: dict[str, object] = field(default_factory=dict)

    @property
    def mutants(self) -> int:
        return sum(len(d.results) for d in self.definitions)

    def below(self, ratio: float) -> list[DefinitionReport]:
        """Definitions whose score is below ``ratio`` (a definition with nothing counted is
        not below anything)."""
        return [d for d in self.definitions
                if d.score.ratio is not None and d.score.ratio < ratio]
