"""GitHub Actions workflow commands (``check --format github``): annotations on the diff.

Why: in a GitHub Actions log, a line ``::error file=F,line=L,col=C,title=T::message`` becomes
an annotation at that position of the pull request, with no upload step. ``refuted``,
``invalid`` and ``error`` verdicts and parse errors are ``::error``; ``inconclusive`` and
``unsupported`` are ``::notice`` (``::warning`` under ``--strict``, where they fail the run);
what holds gets no annotation. The summary line closes the output, as in the text report.
Values are escaped as the runner expects (``%``, CR, LF everywhere; ``:`` and ``,`` in
properties too), so a counterexample spanning lines stays one annotation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jepa_formal.report.common import evidence_lines, summary_line
from jepa_formal.verdict import Status

if TYPE_CHECKING:
    from jepa_formal.check import CheckRun


def escape_data(text: str) -> str:
    """The message part of a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A ``key=value`` property of a workflow command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, *, file: str, line: int, col: int, title: str, message: str) -> str:
    """``::kind file=…,line=…,col=…,title=…::message`` (``col`` left out when unknown)."""
    props = [f"file={escape_property(file)}", f"line={max(line, 1)}"]
    if col >= 1:
        props.append(f"col={col}")
    props.append(f"title={escape_property(title)}")
    return f"::{kind} {','.join(props)}::{escape_data(message)}"


def render_github(run: CheckRun) -> str:
    """One workflow command per verdict that needs a look, then the summary line."""
    lines = []
    for error in run.parse_errors:
        lines.append(
            command(
                "error",
                file=error.path,
                line=error.line,
                col=error.column,
                title="jepa-formal: parse error",
                message=error.render(),
            )
        )
    for verdict in run.verdicts:
        if verdict.status.is_failure:
            kind = "error"
        elif verdict.status in (Status.INCONCLUSIVE, Status.UNSUPPORTED):
            kind = "warning" if run.options.strict else "notice"
        else:
            continue
        method = f" ({verdict.method})" if verdict.method else ""
        message = "\n".join(
            [f"{verdict.name}{method}", *evidence_lines(verdict, run.options)]
        )
        lines.append(
            command(
                kind,
                file=verdict.path,
                line=verdict.line,
                col=verdict.column,
                title=f"jepa-formal: {verdict.status.value}",
                message=message,
            )
        )
    lines.append(summary_line(run))
    return "\n".join(lines) + "\n"
