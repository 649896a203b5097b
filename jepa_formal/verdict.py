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
    INVALID = "invalid"  # Lean itself would reject the statement (unknown identifier, types)
    INCONCLUSIVE = "inconclusive"  # budget spent, or hypotheses never met: never a pass
    UNSUPPORTED = "unsupported"  # a named construct the mirror does not model
    ERROR = "error"  # an internal error (a bug), or a declaration that could not be read

    @property
    def is_failure(self) -> bool:
        """Refuted, invalid and error fail a run; ``--strict`` adds inconclusive and
        unsupported."""
        return self in (Status.REFUTED, Status.INVALID, Status.ERROR)


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
    relation: str = ""
    """The Lean symbol of the relation that failed (``≤``), when the conclusion is one."""

    def as_dict(self) -> dict[str, str]:
        return dict(self.bindings)

    def describe(self) -> str:
        """CrossHair style: ``false when xs = [0], ys = [1]``, then both sides; a failed
        comparison restates the relation (``left side 1 is not ≤ right side 0``)."""
        parts = ", ".join(f"{k} = {v}" for k, v in self.bindings)
        text = f"false when {parts}" if parts else "false"
        if self.lhs is not None and self.rhs is not None:
            text += f" ({self.sides_text()})"
        return text

    def sides_text(self) -> str:
        """Both sides' values, saying which relation between them failed."""
        if self.relation in ("", "="):
            return f"left side = {self.lhs}, right side = {self.rhs}"
        if self.relation == "≠":
            return f"both sides = {self.lhs}"
        return f"left side {self.lhs} is not {self.relation} right side {self.rhs}"


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome for one theorem.

    ``method`` names how the status was reached (``normal form``, ``induction on xs``,
    ``bounded expansion``, ``exhaustive small scope + random``…); ``detail`` is one human line
    of evidence; ``steps`` the proof trace; ``examples`` how many concrete instances were run;
    ``bound`` the list-length bound of a ``bounded`` verdict; ``seed`` the RNG seed;
    ``construct`` the unsupported construct's name; ``confirmed_by`` and ``prover_errors``
    are described at their fields; ``cached`` says the verdict was read from the verdict cache
    (``cache.py``) instead of being checked in this run.
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
    confirmed_by: str = ""
    """For ``proved``/``bounded``: what confirmed every closing step (``identical normal
    form``, ``z3``, or both joined by `` + ``); empty otherwise."""
    prover_errors: tuple[str, ...] = ()
    """Exceptions raised inside a proof strategy (each a bug or a SymPy failure): never
    silent, counted by the test suite."""
    statement: str = ""
    """The theorem as Lean text (keyword, name, binders, statement; no proof), for reports."""
    cached: bool = False
    """Read from the verdict cache (``cache.py``) instead of checked in this run."""

    def _repr_html_(self) -> str:
        """The verdict's card, for Jupyter."""
        return html_of(self)

    @property
    def location(self) -> str:
        """``path:line:col`` of the theorem's name (where an editor should jump); the column
        is left out when unknown (0)."""
        column = f":{self.column}" if self.column else ""
        return f"{self.path}:{self.line}{column}"


WORKER_DIED = "worker died"
"""The ``method`` of an ``inconclusive`` verdict whose theorem was being checked by a worker
process (``--jobs``) that died: not a statement about the law, but a run that did not do its
job, so it fails the run (``check.CheckRun.failures``)."""


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``1 instance``, ``2 instances``, ``0 instances``: every count a report prints reads
    right (``plural`` for nouns that do not just take an ``s``)."""
    return f"{count} {noun if count == 1 else (plural or noun + 's')}"


HTML_RENDERER = "jepa_formal.report.notebook"
"""The module whose ``html_of(value)`` draws verdicts, runs and explanations as HTML cards."""


def html_of(value: object) -> str:
    """``value`` as HTML, for ``_repr_html_`` (Jupyter). The renderer lives in ``report/``, a
    layer above this one, so it is looked up by name when a notebook asks for it (the way
    IPython looks up formatters) instead of being imported here."""
    import importlib

    return str(importlib.import_module(HTML_RENDERER).html_of(value))

