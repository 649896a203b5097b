"""The results of a conformance run: one ``LawResult`` per law, gathered in a ``ConformReport``.

Why values: the terminal table, the JSON output, ``assert_conforms`` and the tests all read
the same frozen data; nothing here prints (``report/conform.py`` renders).
"""

from __future__ import annotations

from dataclasses import dataclass, field

HOLDS = "holds"
HOLDS_TOL = "holds-within-tolerance"
FAILS = "fails"
ERROR = "error"
NOT_APPLICABLE = "not-applicable"
STATUSES = (HOLDS, HOLDS_TOL, FAILS, ERROR, NOT_APPLICABLE)


@dataclass(frozen=True, slots=True)
class ConformCounterexample:
    """A shrunk failing instance: the law's binders (Lean-flavoured text), both sides' values,
    and, when the callable raised, the exception and the Python arguments it was given."""

    inputs: tuple[tuple[str, str], ...]
    lhs: str | None = None
    rhs: str | None = None
    error: str | None = None
    call: str | None = None
    exact: tuple[tuple[str, str], ...] = ()
    """The inputs with every float in full (``inputs`` rounds vectors for display)."""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"inputs": dict(self.exact or self.inputs)}
        if self.lhs is not None:
            out["lhs"] = self.lhs
        if self.rhs is not None:
            out["rhs"] = self.rhs
        if self.error is not None:
            out["error"] = self.error
        if self.call is not None:
            out["call"] = self.call
        return out

    def describe(self) -> str:
        """``false when xs = [0], ys = [0] (left side = 2, right side = 4)``."""
        parts = ", ".join(f"{k} = {v}" for k, v in self.inputs)
        text = f"when {parts}" if parts else "always"
        if self.error is not None:
            return f"raised {self.error} {text}" + (f"; called as {self.call}" if self.call
                                                     else "")
        if self.lhs is not None and self.rhs is not None:
            text += f" (left side = {self.lhs}, right side = {self.rhs})"
        return "false " + text


@dataclass(frozen=True, slots=True)
class Finding:
    """One kind of failure of a law (``mismatch``, ``nan``, ``inf``, ``tolerance``,
    ``error``) with its own shrunk counterexample, both sides and their deviation."""

    kind: str
    counterexample: ConformCounterexample
    lhs: float | None = None
    rhs: float | None = None
    deviation: float | None = None
    input_class: str = ""
    focus: tuple[str, ...] = ()
    """The inputs a diagnosis names (index lists, numbers), not the vectors around them."""

    @property
    def summary(self) -> str:
        inputs = ", ".join(f"{k} = {v}" for k, v in self.counterexample.inputs[:3])
        return f"{self.kind}: {inputs}" if inputs else self.kind


@dataclass(frozen=True, slots=True)
class Binding:
    """One Lean definition bound to a callable: full name, the callable's label, signature."""

    definition: str
    target: str
    signature: str


@dataclass(frozen=True, slots=True)
class LawResult:
    """The outcome for one law. ``max_deviation`` is the largest ``|lhs - rhs|`` seen (``inf``
    when a side was NaN or infinite; None when no number was compared: ``error``,
    ``not-applicable``); ``examples`` counts the instances whose hypotheses held."""

    name: str
    status: str
    max_deviation: float | None = None
    counterexample: ConformCounterexample | None = None
    detail: str = ""
    examples: int = 0
    max_relative: float | None = None
    line: int = 0
    findings: tuple[Finding, ...] = ()
    diagnosis: str = ""
    notes: tuple[str, ...] = ()
    internal: bool = False

    @property
    def short_name(self) -> str:
        return self.name.rsplit(".", 1)[-1]


@dataclass(frozen=True, slots=True)
class ConformReport:
    """Every law of the spec with the bound definition replaced by the callable."""

    spec: str
    definition: str
    target: str
    signature: str
    settings: tuple[tuple[str, str], ...] = ()
    results: tuple[LawResult, ...] = field(default=())
    bindings: tuple[Binding, ...] = ()

    def result(self, name: str) -> LawResult:
        """The result of a law by full or short name."""
        for r in self.results:
            if r.name == name or r.short_name == name:
                return r
        raise KeyError(name)

    @property
    def failures(self) -> tuple[LawResult, ...]:
        return tuple(r for r in self.results if r.status in (FAILS, ERROR))

    @property
    def checked(self) -> tuple[LawResult, ...]:
        """The laws actually evaluated on the callable (not ``not-applicable``)."""
        return tuple(r for r in self.results if r.status != NOT_APPLICABLE)

    @property
    def exit_code(self) -> int:
        """1 when a law fails or errs; 2 when no law could be checked at all (every one is
        not-applicable: a green run that tested nothing would mislead CI); else 0. Bad
        bindings are exit 2 before any report."""
        if self.failures:
            return 1
        return 0 if self.checked else 2
