"""Stand-ins for the layers below ``check.py``, driven by the theorem's short name.

Why: the verdict assembly must be tested on outcomes the real prover and search should never
produce (a proof the concrete evaluator contradicts, a ``bounded`` law with a counterexample, a
crash), and on every status, without depending on which laws the real layers can decide.

The fake reader reads a toy format, one declaration per line: ``theorem NAME`` (a theorem whose
behaviour is chosen by ``NAME``'s last component, see ``SCENARIOS``), ``example`` (an unnamed
example behaving like ``good``), ``!!`` (a parse error); ``CRASH_LOAD`` anywhere makes loading
the file raise; anything else is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from jepa_formal.errors import BudgetExceeded, ParseError, Unsupported
from jepa_formal.reader import syntax
from jepa_formal.verdict import Counterexample, Status, Step

CEX = Counterexample(bindings=(("xs", "[0]"), ("ys", "[1]")), lhs="1", rhs="2")

SCENARIOS = {
    # name: (prover status, search status, spot-check status)
    "good": (Status.PROVED, None, Status.TESTED),
    # "few": the quick pass evaluates too few instances to stand as the spot check
    "liar": (Status.PROVED, "few", Status.REFUTED),
    "bounded_ok": (Status.BOUNDED, Status.TESTED, None),
    "bounded_bad": (Status.BOUNDED, Status.REFUTED, None),
    "tested": (None, Status.TESTED, None),
    "refuted": (None, Status.REFUTED, None),
    "inconc": (None, Status.INCONCLUSIVE, None),
    "spent": (None, "budget", None),
    "unsup": ("elab-unsupported", None, None),
    "search_unsup": (None, "unsupported", None),
    "crash": ("crash", None, None),
    "wait": ("wait", Status.TESTED, None),  # blocks until the gate file exists (see wait_gate)
    # the process checking it dies (only a forked worker: in the test's process, a crash)
    "sigkill": ("sigkill", Status.TESTED, None),
    "exit": ("exit", Status.TESTED, None),
}


def die(kind: str, home: int) -> None:
    """End this process as a segfault or an out-of-memory kill would (``sigkill``), or as an
    ``os._exit(7)`` in code below the checker would; never the test's own process ``home``."""
    import os
    import signal

    if os.getpid() == home:
        raise ValueError(f"{kind} asked for in the test's own process")
    if kind == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(7)

GATE_ENV = "JEPA_FORMAL_TEST_GATE"
"""A file path: the ``wait`` scenario writes ``GATE.started`` and blocks until ``GATE`` exists,
so a test can observe a run midway (streamed lines, Ctrl-C) without timing anything."""


def wait_gate() -> None:
    import os
    import time

    gate = os.environ.get(GATE_ENV)
    if not gate:
        return
    Path(gate + ".started").write_text("started", encoding="utf-8")
    give_up = time.monotonic() + 120  # a failsafe only: the test opens the gate or stops us
    while not Path(gate).exists() and time.monotonic() < give_up:
        time.sleep(0.02)


@dataclass(frozen=True, slots=True)
class FakeLaw:
    name: str
    scenario: str
    hypotheses: tuple[tuple[str, Any], ...] = ()
    binders: tuple[Any, ...] = ()
    conclusion: Any = None


@dataclass(frozen=True, slots=True)
class FakeProof:
    status: Status | None
    method: str = "normal form"
    steps: tuple[Step, ...] = ()
    bound: int | None = None
    reason: str = ""
    unsupported: Unsupported | None = None
    confirmed_by: str = "identical normal form"
    strategy_errors: tuple[str, ...] = ()
    audit: None = None
    candidates: tuple[Any, ...] = ()
    witnesses: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class FakeOutcome:
    """The fields of ``numeric.NumericOutcome`` that ``check.py`` reads."""

    status: Status
    examples: int = 0
    hypotheses_held: int = 0
    counterexample: Counterexample | None = None
    detail: str = ""
    instantiation: tuple[tuple[str, str], ...] = ()
    method: str = "concrete search"
    over_budget: int = 0
    longest_list: int | None = None


@dataclass
class Recorder:
    """What the fakes were asked (seeds per law name, budgets)."""

    search_seeds: dict[str, list[int]] = field(default_factory=dict)
    timeouts: list[float] = field(default_factory=list)
    calls: list[tuple[str, str, int]] = field(default_factory=list)
    """(layer, law name, max examples) in call order: ``prove``, ``search``."""


def read_toy(path: str) -> syntax.Module:
    decls: list[syntax.Decl] = []
    errors: list[ParseError] = []
    text = Path(path).read_text(encoding="utf-8")
    if "CRASH_LOAD" in text:
        raise RuntimeError("reader exploded")
    for number, line in enumerate(text.splitlines(), start=1):
        span = syntax.Span(path, number, 1, number, len(line) + 1)
        words = line.split()
        if line.strip() == "!!":
            errors.append(ParseError(path, number, 1, "unexpected '!!'", line, ("theorem",)))
        elif words[:1] == ["theorem"] and len(words) == 2:
            name = words[1]
            decls.append(
                syntax.Theorem(
                    kind="theorem",
                    name=name,
                    short_name=name.rsplit(".", 1)[-1],
                    statement=syntax.Ident("True"),
                    span=span,
                )
            )
        elif words[:1] == ["example"]:
            decls.append(
                syntax.Theorem(
                    kind="example", name="", short_name="", statement=syntax.Ident("True"),
                    span=span
                )
            )
    return syntax.Module(path, None, (), tuple(decls), tuple(errors))


@dataclass(frozen=True, slots=True)
class FakeProject:
    modules: tuple[syntax.Module, ...]
    folder_notes: tuple[str, ...] = ()
    unread_imports: tuple[tuple[str, str], ...] = ()  # as reader.project.Project


def install(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """Replace reader.load, Env, elaborate_theorem, prove_law, search and spot_check."""
    import os

    import jepa_formal.numeric
    import jepa_formal.prove
    import jepa_formal.reader

    recorder = Recorder()
    home = os.getpid()

    def load(paths: list[str], root: str | None = None, parsed: dict | None = None,
             defer: bool = False) -> FakeProject:
        return FakeProject(tuple(read_toy(p) for p in paths), ("unresolved import Mathlib",))

    class Env:
        @staticmethod
        def from_project(project: FakeProject) -> Env:
            return Env()

    def elaborate_theorem(thm: syntax.Theorem, env: Env) -> FakeLaw:
        scenario = thm.short_name or "good"
        if SCENARIOS.get(scenario, (None,))[0] == "elab-unsupported":
            raise Unsupported("Finset.filter", thm.span, "no concrete meaning")
        return FakeLaw(thm.name or "example", scenario)

    def prove_law(law: FakeLaw, env: Env, *, timeout: float, bound: int,
                  audit: bool = False) -> FakeProof:
        recorder.timeouts.append(timeout)
        recorder.calls.append(("prove", law.name, 0))
        kind = SCENARIOS.get(law.scenario, (None,))[0]
        if kind == "crash":
            raise ValueError("boom in the prover")
        if kind == "wait":
            wait_gate()
        if kind in ("sigkill", "exit"):
            die(kind, home)
        if kind is Status.PROVED:
            step = Step("List.sum_append", "(xs ++ ys).sum", "xs.sum + ys.sum")
            return FakeProof(Status.PROVED, steps=(step,))
        if kind is Status.BOUNDED:
            return FakeProof(Status.BOUNDED, method="bounded expansion", bound=bound)
        return FakeProof(None, reason="no rule applies")

    def search(law: FakeLaw, env: Env, *, seed: int, max_examples: int, timeout: float,
               small_scope_share: float = 0.5, candidates: Any = ()) -> Any:
        recorder.search_seeds.setdefault(law.name, []).append(seed)
        recorder.calls.append(("search", law.name, max_examples))
        kind = SCENARIOS.get(law.scenario, (None, Status.TESTED))[1]
        if kind == "budget":
            raise BudgetExceeded("5 s")
        if kind == "unsupported":
            raise Unsupported("Real.log", None)
        if kind is Status.REFUTED:
            return FakeOutcome(Status.REFUTED, 7, 7, CEX, CEX.describe())
        if kind is Status.INCONCLUSIVE:
            return FakeOutcome(Status.INCONCLUSIVE, 0, 0, None, "hypotheses never held")
        if kind == "few":
            return FakeOutcome(Status.TESTED, 10, 10, None, "no counterexample")
        return FakeOutcome(Status.TESTED, max_examples, max_examples, None, "no counterexample")

    def spot_check(law: FakeLaw, env: Env, *, seed: int, examples: int = 20) -> Any:
        recorder.calls.append(("spot", law.name, examples))
        kind = SCENARIOS.get(law.scenario, (None, None, Status.TESTED))[2]
        if kind is Status.REFUTED:
            return FakeOutcome(Status.REFUTED, 1, 1, CEX, CEX.describe())
        return FakeOutcome(Status.TESTED, examples, examples)

    import jepa_formal.mirror.core.env
    import jepa_formal.mirror.elaborate

    monkeypatch.setattr(jepa_formal.mirror.core.env, "Env", Env)
    monkeypatch.setattr(jepa_formal.mirror.elaborate, "elaborate_theorem", elaborate_theorem)
    monkeypatch.setattr(jepa_formal.reader, "load", load, raising=False)
    monkeypatch.setattr(jepa_formal.prove, "prove_law", prove_law, raising=False)
    monkeypatch.setattr(jepa_formal.numeric, "search", search, raising=False)
    monkeypatch.setattr(jepa_formal.numeric, "spot_check", spot_check, raising=False)
    return recorder


if __name__ == "__main__":  # the command line on the fakes, for tests that need a real process
    import sys

    from jepa_formal.cli import main

    install(pytest.MonkeyPatch())
    sys.exit(main(sys.argv[1:]))
