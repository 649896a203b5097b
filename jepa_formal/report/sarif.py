"""The SARIF 2.1.0 report (``check --format sarif``): what GitHub code scanning and editors read.

Why SARIF: code-scanning services show each result at its line and column in the file, next to
the change that broke it. One rule per status (``refuted``, ``invalid``, …) and one for parse
errors; a result for every verdict that needs a look: ``refuted``/``invalid``/``error`` and
parse errors at level ``error``, ``inconclusive``/``unsupported`` at level ``note`` (what holds
needs no result). Each result carries the theorem's position and, for a refuted law, the
counterexample in its message. Structure from the OASIS SARIF 2.1.0 standard; the test suite
validates the output against a schema of it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from jepa_formal.report.common import evidence_lines
from jepa_formal.verdict import Status, Verdict
from jepa_formal.version import __version__

if TYPE_CHECKING:
    from jepa_formal.check import CheckRun

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
PARSE_ERROR_RULE = "parse-error"

LEVELS: dict[Status, str] = {
    Status.PROVED: "none",
    Status.BOUNDED: "none",
    Status.TESTED: "none",
    Status.REFUTED: "error",
    Status.INVALID: "error",
    Status.INCONCLUSIVE: "note",
    Status.UNSUPPORTED: "note",
    Status.ERROR: "error",
}
"""SARIF level per status; ``none`` statuses get a rule but no result."""
assert set(LEVELS) == set(Status)

RULE_TEXT: dict[str, tuple[str, str]] = {
    "proved": ("Law proved", "Holds for every value of every variable and every list length."),
    "bounded": ("Law holds up to a bound", "Holds symbolically for every list up to a length."),
    "tested": ("Law tested", "No counterexample among the concrete instances run."),
    "refuted": ("Law refuted", "A concrete counterexample, shrunk and replayed."),
    "invalid": (
        "Statement Lean would reject",
        "An unknown identifier with every import read, or a type mismatch.",
    ),
    "inconclusive": ("Law not decided", "Nothing decided within budget, or vacuous hypotheses."),
    "unsupported": ("Construct not modelled", "Lean accepts it; the checker does not model it."),
    "error": ("Internal error", "A bug in jepa-formal while checking this law; please report."),
    PARSE_ERROR_RULE: ("Declaration not read", "A declaration jepa-formal could not parse."),
}
assert set(RULE_TEXT) == {s.value for s in Status} | {PARSE_ERROR_RULE}


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative paths stay relative (``specs/jepa.lean``, against
    the repository root), absolute ones become ``file://`` URIs; spaces and the like are
    percent-encoded."""
    posix = Path(path).as_posix()
    if Path(path).is_absolute():
        return Path(path).as_uri()
    return quote(str(PurePosixPath(posix)), safe="/")


def _rules() -> list[dict[str, Any]]:
    rules = []
    for rule_id, (short, full) in RULE_TEXT.items():
        status = next((s for s in Status if s.value == rule_id), None)
        level = LEVELS[status] if status is not None else "error"
        rules.append(
            {
                "id": rule_id,
                "name": "".join(w.capitalize() for w in rule_id.replace("-", " ").split()),
                "shortDescription": {"text": short},
                "fullDescription": {"text": full},
                "defaultConfiguration": {"level": level if level != "none" else "note"},
            }
        )
    return rules


def _location(path: str, line: int, column: int) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(line, 1)}
    if column >= 1:
        region["startColumn"] = column
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(path)},
            "region": region,
        }
    }


def _message(verdict: Verdict, run: CheckRun) -> str:
    head = f"{verdict.status.value}: {verdict.name}"
    if verdict.method:
        head += f" ({verdict.method})"
    return "\n".join([head, *evidence_lines(verdict, run.options)])


def _fingerprint(*parts: object) -> str:
    text = "\x00".join(str(p) for p in parts)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def run_sarif(run: CheckRun) -> dict[str, Any]:
    """The SARIF log of ``run`` as plain JSON-able data."""
    rule_ids = list(RULE_TEXT)
    results: list[dict[str, Any]] = []
    for error in run.parse_errors:
        results.append(
            {
                "ruleId": PARSE_ERROR_RULE,
                "ruleIndex": rule_ids.index(PARSE_ERROR_RULE),
                "level": "error",
                "message": {"text": error.render()},
                "locations": [_location(error.path, error.line, error.column)],
                "partialFingerprints": {
                    "jepaFormal/v1": _fingerprint(error.path, error.message, error.line)
                },
            }
        )
    for verdict in run.verdicts:
        level = LEVELS[verdict.status]
        if level == "none":
            continue
        result: dict[str, Any] = {
            "ruleId": verdict.status.value,
            "ruleIndex": rule_ids.index(verdict.status.value),
            "level": level,
            "message": {"text": _message(verdict, run)},
            "locations": [_location(verdict.path, verdict.line, verdict.column)],
            "partialFingerprints": {"jepaFormal/v1": _fingerprint(verdict.path, verdict.name)},
            "properties": {"theorem": verdict.name, "method": verdict.method},
        }
        cex = verdict.counterexample
        if cex is not None:
            result["properties"]["counterexample"] = cex.as_dict()
            if cex.lhs is not None and cex.rhs is not None:
                result["properties"]["sides"] = {"left": cex.lhs, "right": cex.rhs}
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "jepa-formal",
                        "version": __version__,
                        "rules": _rules(),
                    }
                },
                "artifacts": [{"location": {"uri": artifact_uri(f)}} for f in run.files],
                "invocations": [
                    {
                        "executionSuccessful": not run.interrupted,
                        "exitCode": run.exit_code,
                    }
                ],
                "results": results,
                "properties": {"seed": run.seed, "summary": run.summary()},
            }
        ],
    }


def render_sarif(run: CheckRun) -> str:
    """The SARIF log as indented UTF-8 JSON, newline-terminated."""
    return json.dumps(run_sarif(run), indent=2, ensure_ascii=False) + "\n"
