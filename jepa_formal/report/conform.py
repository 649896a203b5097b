"""The conformance report: a terminal table (rich) and the JSON document of ``--format json``.

Why here: reports own the output (the conform layer only returns a ``ConformReport``). The
table has one row per law: status, largest deviation, the evidence; the shrunk counterexample
of a failing law follows the table, where it has room. Lean text goes in as ``Text`` pieces,
never as markup, so ``[0, 0]`` prints as written.
"""

from __future__ import annotations

import json
import math
import shlex
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from jepa_formal.report.common import string_console

if TYPE_CHECKING:
    from jepa_formal.conform.result import ConformReport, LawResult

JSON_VERSION = 1
STYLES = {
    "holds": "bold green",
    "holds-within-tolerance": "green",
    "fails": "bold red",
    "error": "bold red",
    "not-applicable": "dim",
}


def _deviation(r: LawResult) -> str:
    if r.max_deviation is None:
        return "-"
    if not math.isfinite(r.max_deviation):
        return "non-finite"
    if r.max_deviation == 0:
        return "0"
    return f"{r.max_deviation:.3g}"


def render_text(report: ConformReport, *, color: bool = False, width: int = 120) -> str:
    """The table and the counterexamples as a string (ANSI colours only when ``color``)."""
    console, buffer = string_console(color=color, width=width)
    bindings = report.bindings or ((report.definition, report.target, report.signature),)
    for b in bindings:
        definition, target, signature = (b if isinstance(b, tuple) else
                                         (b.definition, b.target, b.signature))
        head = Text()
        head.append(f"{target}", style="bold")
        head.append(f" as {definition} ({report.spec})")
        console.print(head, soft_wrap=True)
        console.print(Text(f"called as {signature}", style="dim"), soft_wrap=True)
    console.print(Text(", ".join(f"{k}={v}" for k, v in report.settings), style="dim"),
                  soft_wrap=True)
    table = Table(show_header=True, header_style="bold", show_lines=False)
    table.add_column("law", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("max deviation", justify="right", no_wrap=True)
    table.add_column("detail")
    for r in report.results:
        detail = r.diagnosis or r.detail
        if r.notes:
            detail += f" (Lean's meaning on your numbers: {'; '.join(r.notes)})"
        table.add_row(Text(r.short_name), Text(r.status, style=STYLES.get(r.status, "")),
                      Text(_deviation(r)), Text(detail))
    console.print(table)
    for r in report.results:
        if r.counterexample is None and not r.findings:
            continue
        console.print(Text(f"{r.short_name}: {r.status}", style=STYLES.get(r.status, "")))
        if r.diagnosis:
            console.print(Text(f"    {r.diagnosis}"), soft_wrap=True)
        findings = r.findings or ()
        if findings:
            first = findings[0]
            where = f" on {first.input_class}" if first.input_class else ""
            console.print(Text(f"  {first.kind}{where}:", style="bold"), soft_wrap=True)
        if r.counterexample is not None:
            _print_cex(console, r.counterexample)
        for f in findings[1:]:
            where = f" on {f.input_class}" if f.input_class else ""
            console.print(Text(f"  {f.kind}{where}: {_compact(f.counterexample)}"),
                          soft_wrap=True)
    if report.failures and "<" not in report.target:
        console.print(Text(f"reproduce: {reproduce_command(report)}", style="dim"),
                      soft_wrap=True)
    counts: dict[str, int] = {}
    for r in report.results:
        counts[r.status] = counts.get(r.status, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in counts.items()) or "no laws"
    total = len(report.results)
    console.print(Text(f"{total} law{'' if total == 1 else 's'}: {summary}",
                       style="bold red" if report.exit_code else "bold green"))
    return buffer.getvalue()


def _print_cex(console: Any, cex: Any) -> None:
    for k, v in cex.inputs:
        console.print(Text(f"    {k} = {v}"), soft_wrap=True)
    if cex.exact and tuple(cex.exact) != tuple(cex.inputs):
        # rounded values need not replay by hand (a float32 sum that differs in its last
        # bits): say where the exact ones are
        console.print(Text("    (floats rounded to 4 digits; --format json gives them in full)",
                           style="dim"), soft_wrap=True)
    if cex.lhs is not None:
        console.print(Text(f"    left side  = {cex.lhs}"), soft_wrap=True)
        console.print(Text(f"    right side = {cex.rhs}"), soft_wrap=True)
    if cex.error is not None:
        console.print(Text(f"    raised {cex.error}", style="red"), soft_wrap=True)
    if cex.call is not None:
        console.print(Text(f"    called as {cex.call}", style="dim"), soft_wrap=True)


def _compact(cex: Any) -> str:
    """A secondary finding on one line: the short inputs and both sides."""
    short = ", ".join(f"{k} = {v}" for k, v in cex.inputs if len(v) <= 24)
    if cex.error is not None:
        return f"{short}: raised {cex.error}"
    return f"{short}: left {cex.lhs}, right {cex.rhs}"


_FLAGS = {"lists": "--lists", "functions": "--functions", "dim": "--dim",
          "rep_loss": "--rep-loss", "values": "--values", "dtype": "--dtype", "rtol": "--rtol",
          "atol": "--atol", "seed": "--seed", "max_examples": "--max-examples",
          "structs": "--structs", "call_timeout": "--call-timeout"}


def reproduce_command(report: ConformReport) -> str:
    """The command line that re-runs the failing laws with the same settings and seed."""
    parts = ["jepa-formal", "conform", report.spec]
    for b in report.bindings or ():
        parts += ["--bind", f"{b.definition.rsplit('.', 1)[-1]}={b.target}"]
    if not report.bindings:
        parts += ["--bind", f"{report.definition.rsplit('.', 1)[-1]}={report.target}"]
    for key, value in report.settings:
        if key in _FLAGS:
            parts += [_FLAGS[key], value]
    for r in report.failures:
        parts += ["--law", r.short_name]
    return " ".join(shlex.quote(p) for p in parts)


def _number(x: float | None) -> float | str | None:
    if x is None:
        return None
    if math.isfinite(x):
        return x
    return "NaN" if math.isnan(x) else ("inf" if x > 0 else "-inf")


def as_json(report: ConformReport) -> dict[str, Any]:
    """``{"version": 1, "results": [{"name", "status", "max_deviation", "counterexample",
    "detail"}], …}`` (non-finite numbers as strings: the document stays valid JSON)."""
    return {
        "version": JSON_VERSION,
        "spec": report.spec,
        "definition": report.definition,
        "callable": report.target,
        "signature": report.signature,
        "settings": dict(report.settings),
        "results": [
            {
                "name": r.name,
                "status": r.status,
                "max_deviation": _number(r.max_deviation),
                "counterexample": r.counterexample.as_dict() if r.counterexample else None,
                "detail": r.detail,
                "examples": r.examples,
                "line": r.line,
                "findings": [
                    {
                        "kind": f.kind,
                        "input_class": f.input_class,
                        "counterexample": f.counterexample.as_dict(),
                        "lhs": _number(f.lhs),
                        "rhs": _number(f.rhs),
                        "deviation": _number(f.deviation),
                    }
                    for f in r.findings
                ],
                "diagnosis": r.diagnosis,
                "notes": list(r.notes),
                "internal": r.internal,
            }
            for r in report.results
        ],
        "bindings": [
            {"definition": b.definition, "callable": b.target, "signature": b.signature}
            for b in report.bindings
        ],
    }


def render_json(report: ConformReport) -> str:
    return json.dumps(as_json(report), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
