"""The terminal report: one line per theorem, its evidence indented, a summary line.

Why rich: colour per status makes a long run scannable, and rich drops colour by itself when
asked to (``color=False`` gives plain text for files, pipes and ``--no-color``). Lean text is
added as ``rich.text.Text`` pieces, never as console markup, so ``[0, 1]`` in a counterexample
is printed as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from jepa_formal.report.common import (
    STATUS_STYLES,
    evidence_lines,
    method_text,
    string_console,
    summary_line,
)

if TYPE_CHECKING:
    from jepa_formal.check import CheckOptions, CheckRun
    from jepa_formal.verdict import Verdict


def render_text(run: CheckRun, *, color: bool = False) -> str:
    """The whole report as a string (ANSI colours only when ``color``)."""
    parts = [render_verdict(v, run.options, color=color) for v in run.verdicts]
    return "".join(parts) + render_tail(run, color=color)


def render_verdict(
    verdict: Verdict, options: CheckOptions | None = None, *, color: bool = False
) -> str:
    """One verdict: its ``path:line:col: status: name (method)`` line and its evidence
    (what streaming output prints the moment the verdict is decided)."""
    console, buffer = string_console(color=color)
    line = Text()
    line.append(f"{verdict.location}: ", style="dim")
    line.append(verdict.status.value, style=STATUS_STYLES[verdict.status])
    line.append(f": {verdict.name}", style="bold")
    if verdict.method or verdict.cached:
        line.append(f" ({method_text(verdict)})", style="dim")
    console.print(line, soft_wrap=True)
    failing = verdict.status.is_failure
    for evidence in evidence_lines(verdict, options):
        style = "red" if failing and not evidence.startswith("note:") else "dim"
        console.print(Text("    " + evidence, style=style), soft_wrap=True)
    return buffer.getvalue()


def render_tail(run: CheckRun, *, color: bool = False) -> str:
    """What follows the verdicts: the run's notes and the summary line."""
    console, buffer = string_console(color=color)
    for note in run.notes:
        console.print(Text(f"note: {note}", style="dim"), soft_wrap=True)
    summary = Text(summary_line(run), style="bold red" if run.exit_code else "bold green")
    console.print(summary, soft_wrap=True)
    return buffer.getvalue()
