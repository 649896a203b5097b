"""The JUnit XML report: one ``testsuite`` per file, one ``testcase`` per theorem.

Why JUnit: every CI system shows it. ``refuted`` and ``error`` are ``failure`` elements (with
the counterexample and the reproduce command), ``unsupported`` and ``inconclusive`` are
``skipped`` (with the reason), parse errors are ``error`` testcases named after their line.
Built with ``xml.etree`` so escaping is right; characters XML 1.0 forbids are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from jepa_formal.report.common import evidence_lines, verdict_line
from jepa_formal.verdict import Status

if TYPE_CHECKING:
    from jepa_formal.check import CheckRun

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _classname(path: str) -> str:
    """``specs/jepa.lean`` → ``specs.jepa`` (how CI tools group testcases)."""
    stem = path[: -len(".lean")] if path.endswith(".lean") else path
    return stem.strip("/").replace("\\", "/").replace("/", ".") or "lean"


def render_junit(run: CheckRun) -> str:
    """The report as a JUnit XML document (a ``testsuites`` root)."""
    root = ET.Element("testsuites", name="jepa-formal")
    by_file: dict[str, ET.Element] = {}
    counts: dict[str, dict[str, float]] = {}

    def suite(path: str) -> ET.Element:
        if path not in by_file:
            by_file[path] = ET.SubElement(root, "testsuite", name=_clean(path))
            counts[path] = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0, "time": 0.0}
        return by_file[path]

    for path in run.files:
        suite(path)
    for error in run.parse_errors:
        case = ET.SubElement(
            suite(error.path),
            "testcase",
            classname=_classname(error.path),
            name=f"parse error at {error.line}:{error.column}",
            time="0",
        )
        node = ET.SubElement(case, "error", message=_clean(error.message), type="parse-error")
        node.text = _clean(error.render())
        counts[error.path]["tests"] += 1
        counts[error.path]["errors"] += 1
    for verdict in run.verdicts:
        case = ET.SubElement(
            suite(verdict.path),
            "testcase",
            classname=_classname(verdict.path),
            name=_clean(verdict.name),
            time=f"{verdict.seconds:.6f}",
            file=_clean(verdict.path),
            line=str(verdict.line),
        )
        tally = counts[verdict.path]
        tally["tests"] += 1
        tally["time"] += verdict.seconds
        evidence = "\n".join([verdict_line(verdict), *evidence_lines(verdict, run.options)])
        if verdict.status.is_failure:
            cex = verdict.counterexample
            message = cex.describe() if cex is not None else verdict.detail
            node = ET.SubElement(
                case,
                "failure",
                message=_clean(f"{verdict.status.value}: {message}"),
                type=verdict.status.value,
            )
            node.text = _clean(evidence)
            tally["failures"] += 1
        elif verdict.status in (Status.UNSUPPORTED, Status.INCONCLUSIVE):
            reason = verdict.detail or verdict.construct or ""
            ET.SubElement(case, "skipped", message=_clean(f"{verdict.status.value}: {reason}"))
            tally["skipped"] += 1
        else:
            out = ET.SubElement(case, "system-out")
            out.text = _clean(evidence)
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for path, element in by_file.items():
        tally = counts[path]
        for key in totals:
            element.set(key, str(int(tally[key])))
            totals[key] += int(tally[key])
        element.set("time", f"{tally['time']:.6f}")
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", f"{run.seconds:.6f}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
