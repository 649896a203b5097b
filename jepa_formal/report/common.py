"""Pieces every report shares: the verdict line, the reproduce command, the summary line.

Why one module: the text report, the pytest plugin's failure message, JUnit and explain must
say the same thing in the same words (``path:line:col: status: name (method)``, CrossHair style;
``false when xs = [0] …``; ``jepa-formal check FILE -k NAME --seed S``), so they all build
those strings here.
"""

from __future__ import annotations

import io
import shlex
from typing import TYPE_CHECKING

from rich.console import Console

from jepa_formal.verdict import Status, Verdict, counted

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
