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
from jepa_formal.verdict import Status

if TYPE_CHECKING:
    from jepa_formal.check import CheckRun



def render_text(run: CheckRun, *, color: bool = False) -> str:
    """The whole report as a string (ANSI colours only when ``color``)."""
    console, buffer = string_console(color=color)
    for verdict in run.verdicts:
        line = Text()
        line.append(f"{verdict.location}: ", style="dim")
        line.append(verdict.status.value, style=STATUS_STYLES[verdict.status])
        line.append(f": {verdict.name}", style="bold")
        if verdict.method or verdict.cached:
            line.append(f" ({method_text(verdict)})", style="dim")
        console.print(line, soft_wrap=True)
        failing = verdict.status in (Status.REFUTED, Status.ERROR)
        for evidence in evidence_lines(verdict, run.options):
            style = "red" if failing and not evidence.startswith("note:") else "dim"
            console.print(Text("    " + evidence, style=style), soft_wrap=True)
    for note in run.notes:
        console.print(Text(f"note: {note}", style="dim"), soft_wrap=True)
    summary = Text(summary_line(run), style="bold red" if run.exit_code else "bold green")
    console.print(summary, soft_wrap=True)
    return buffer.getvalue()


def render_parse_errors(run: CheckRun) -> str:
    """Every parse error rendered ``path:line:col``, the line, a caret, what was expected."""
    return "".join(error.render() + "\n" for error in run.parse_errors)
