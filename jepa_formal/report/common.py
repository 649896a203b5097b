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

from jepa_formal.verdict import WORKER_DIED, Status, Step, Verdict, counted

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


def method_text(verdict: Verdict) -> str:
    """The method, with ``cached`` added when the verdict came from the verdict cache."""
    if verdict.cached:
        return f"{verdict.method}, cached" if verdict.method else "cached"
    return verdict.method


def verdict_line(verdict: Verdict) -> str:
    """``path:line:col: status: name (method)`` (``(method, cached)`` for a cached verdict)."""
    method = f" ({method_text(verdict)})" if verdict.method or verdict.cached else ""
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
        if options.method != default.method:
            words += ["--method", options.method]
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
    cached = sum(1 for v in run.verdicts if v.cached)
    from_cache = f", {cached} from the cache" if cached else ""
    line = f"{told} in {run.seconds:.2f} s (seed {run.seed}{from_cache})"
    died = sum(1 for v in run.verdicts if v.method == WORKER_DIED)
    if died:
        line += f"; {counted(died, 'theorem')} not checked: a worker process died"
    if run.interrupted:
        planned = f" of {run.planned}" if run.planned is not None else ""
        decided = counted(len(run.verdicts), "theorem")
        line = f"interrupted after {decided}{planned}: {line}"
    return line


_INTRODUCED = re.compile(
    r"^(?P<big>.+?) := (?P<small>.+) \+ (?P<name>\S+′) with (?P=name) (?P<rel>[>≥]) 0$"
)
_SHIFTED = re.compile(r"^(?P<name>\S+′) \+ (?P<small>.+)$")
_FRESH = re.compile(r"(?<![\w′])(?:gap[₀-₉]+(?:·[\w.]+)?|[^\W\d_][^\W_]*?[₀-₉]+′)")


def readable_steps(steps: Sequence[Step]) -> tuple[Step, ...]:
    """The proof in the user's words: a name the prover introduced (``d₁′`` for the gap of a
    hypothesis ``s < γ``, ``gap₁`` for a function known to be ``≥ 0``) is written as what it
    stands for (``γ - s``, the function itself), in the step that introduces it and in every
    later one, so an explanation shows only the names of the statement."""
    meaning: dict[str, str] = {}
    shown = []
    for step in steps:
        before, after, note = step.before, step.after, step.note
        introduced = _INTRODUCED.match(after)
        shifted = _SHIFTED.match(after) if step.rule.endswith("hypothesis") else None
        if introduced is not None:
            big, small = introduced["big"], introduced["small"]
            meaning[introduced["name"]] = f"({big} - {small})"
            after = f"{big} = {small} + ({big} - {small}), where {big} - {small} "
            after += f"{introduced['rel']} 0"
        elif shifted is not None and not _FRESH.search(before):
            small = shifted["small"]
            meaning[shifted["name"]] = f"({before} - {small})"
            after = f"{small} + ({before} - {small})"
        else:
            for name in dict.fromkeys(_FRESH.findall(after)):
                if name not in meaning and name not in before:
                    replaced = _replaced(before, after, name)
                    if replaced:
                        meaning[name] = replaced
        shown.append(
            replace(
                step,
                before=_rename(before, meaning),
                after=_rename(after, meaning),
                note=_rename(note, meaning),
            )
        )
    return tuple(shown)


def _replaced(before: str, after: str, name: str) -> str:
    """What ``name`` stands for in a step that rewrote ``before`` to ``after`` by naming one
    part of it: the part of ``before`` between the text the two share at both ends."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while (end < min(len(before), len(after)) - start
           and before[-1 - end] == after[-1 - end]):
        end += 1
    if after[start : len(after) - end].strip() != name:
        return ""
    part = before[start : len(before) - end].strip()
    return part if part.startswith("(") or " " not in part else f"({part})"


def _rename(text: str, meaning: dict[str, str]) -> str:
    for name, value in meaning.items():
        text = re.sub(r"(?<![\w′])" + re.escape(name) + r"(?![\w′])", lambda _m, v=value: v, text)
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
