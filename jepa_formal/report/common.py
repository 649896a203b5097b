"""Pieces every report shares: the verdict line, the reproduce command, the summary line.

Why one module: the text report, the pytest plugin's failure message, JUnit and explain must
say the same thing in the same words (``path:line:col: status: name (method)``, CrossHair style;
``false when xs = [0] …``; ``jepa-formal check FILE -k NAME --seed S``), so they all build
those strings here.
"""

from __future__ import annotations

import io
import re
import shlex
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.console import Console

from jepa_formal.verdict import Status, Step, Verdict, counted

if TYPE_CHECKING:
    from jepa_formal.check import CheckOptions, CheckRun

STATUS_STYLES: dict[Status, str] = {
    Status.PROVED: "bold green",
    Status.BOUNDED: "green",
    Status.TESTED: "cyan",
    Status.REFUTED: "bold red",
    Status.INVALID: "bold red",
    Status.INCONCLUSIVE: "yellow",
    Status.UNSUPPORTED: "magenta",
    Status.ERROR: "bold red",
}
assert set(STATUS_STYLES) == set(Status), "every status has a style"
"""Rich styles per status (used only when colour is on)."""

REPORT_WIDTH = 200
"""Wide enough that a verdict line or a counterexample is never wrapped mid-value."""


def string_console(*, color: bool, width: int = REPORT_WIDTH) -> tuple[Console, io.StringIO]:
    """A rich console that writes into a string buffer: reports return text, the CLI prints it.

    ANSI colours only when ``color``; no markup, highlighting or emoji, so that names such as
    ``[Add α]`` or ``:=`` in Lean text are printed as written.
    """
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width,
        highlight=False,
        markup=False,
        emoji=False,
    )
    return console, buffer


def verdict_line(verdict: Verdict) -> str:
    """``path:line:col: status: name (method)``."""
    method = f" ({verdict.method})" if verdict.method else ""
    return f"{verdict.location}: {verdict.status.value}: {verdict.name}{method}"


def reproduce_command(verdict: Verdict, options: CheckOptions | None = None) -> str:
    """The exact command that re-runs this one theorem with the same seed and budgets."""
    seed = verdict.seed if verdict.seed is not None else (options.seed if options else 0)
    words = ["jepa-formal", "check", verdict.path, "-k", verdict.name, "--seed", str(seed)]
    if options is not None:
        from jepa_formal.check import CheckOptions

        default = CheckOptions()
        if options.max_examples != default.max_examples:
            words += ["--max-examples", str(options.max_examples)]
        if options.timeout != default.timeout:
            words += ["--timeout", f"{options.timeout:g}"]
        if options.bound != default.bound:
            words += ["--bound", str(options.bound)]
        if options.root:
            words += ["--root", options.root]
    return shlex.join(words)


def evidence_lines(verdict: Verdict, options: CheckOptions | None = None) -> list[str]:
    """The indented lines under a verdict line: counterexample, reproduce command, detail,
    notes. ``proved`` shows nothing more than its line (the steps are for ``explain``)."""
    lines: list[str] = []
    cex = verdict.counterexample
    if cex is not None:
        lines.append(cex.describe())
        if cex.instantiation:
            lines.append(
                "with type variables " + ", ".join(f"{k} := {v}" for k, v in cex.instantiation)
            )
    detail = verdict.detail
    if cex is not None:  # the counterexample is already shown: keep only the rest of the detail
        detail = detail.replace(cex.describe(), "").strip().rstrip(":").strip()
    if detail and verdict.status is not Status.PROVED:
        lines.append(detail)
    if verdict.status in (Status.REFUTED, Status.ERROR) and verdict.path:
        lines.append("reproduce: " + reproduce_command(verdict, options))
    lines.extend(f"note: {note}" for note in verdict.notes)
    return lines


def render_verdict_plain(verdict: Verdict, options: CheckOptions | None = None) -> str:
    """One verdict as plain text: its line and its evidence (the pytest failure message)."""
    lines = [verdict_line(verdict)]
    lines.extend("    " + line for line in evidence_lines(verdict, options))
    return "\n".join(lines)


def summary_line(run: CheckRun) -> str:
    """``4 proved, 1 refuted in 0.84 s (seed 0)``; statuses in order, zeros left out; an
    interrupted run says how far it got."""
    parts = [f"{count} {status}" for status, count in run.summary().items() if count]
    if run.parse_errors:
        parts.append(counted(len(run.parse_errors), "parse error"))
    told = ", ".join(parts) if parts else "no theorem checked"
    line = f"{told} in {run.seconds:.2f} s (seed {run.seed})"
    if run.interrupted:
        planned = f" of {run.planned}" if run.planned is not None else ""
        decided = counted(len(run.verdicts), "theorem")
        line = f"interrupted after {decided}{planned}: {line}"
    return line


_INTRODUCED = re.compile(
    r"^(?P<big>.+?) := (?P<small>.+) \+ (?P<name>\S+′) with (?P=name) (?P<rel>[>≥]) 0$"
)


def readable_steps(steps: Sequence[Step]) -> tuple[Step, ...]:
    """The proof in the user's words: a name the prover introduced for a hypothesis
    (``γ := s + d₁′ with d₁′ > 0``) is written as what it stands for (``γ - s``), in that step
    and in every later one, so an explanation shows only the names of the statement."""
    meaning: dict[str, str] = {}
    shown = []
    for step in steps:
        before, after = _rename(step.before, meaning), _rename(step.after, meaning)
        match = _INTRODUCED.match(step.after)
        if match is not None:
            big, small, name = match["big"], match["small"], match["name"]
            gap = f"{big} - {small}"
            meaning[name] = f"({gap})"
            after = f"{big} = {small} + ({gap}), where {gap} {match['rel']} 0"
        shown.append(replace(step, before=before, after=after))
    return tuple(shown)


def _rename(text: str, meaning: dict[str, str]) -> str:
    for name, value in meaning.items():
        text = re.sub(r"(?<![\w′])" + re.escape(name), lambda _m, v=value: v, text)
    return text


def not_proved_reasons(verdict: Verdict) -> list[str]:
    """For a law that holds but is not ``proved`` (``tested``, ``bounded``) or is undecided,
    what each symbolic strategy lacked (``induction: no list or natural variable to induct
    on``), from the prover's note; empty for a proved law."""
    if verdict.status is Status.PROVED:
        return []
    for note in verdict.notes:
        if note.startswith("symbolic: "):
            return [part.strip() for part in note[len("symbolic: "):].split("; ") if part]
    return []
