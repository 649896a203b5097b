"""The JSON report (format version 1): one object per theorem plus a summary.

Why a fixed, versioned shape: CI dashboards and scripts read it. The documented keys are
``{"version": 1, "seed", "results": [{"file", "name", "line", "status", "method", "detail",
"steps": [{"rule", "before", "after", "note"}], "examples", "bound", "counterexample":
{binder: value} | null, "seconds"}], "summary": {status: count}}``. Added keys (never
removed): per result ``column``, ``construct``, ``notes``, ``sides`` (``{"left", "right"}`` of a
counterexample, or null), ``instantiation``, ``statement`` (the theorem as Lean text),
``confirmed by`` (what confirmed a proof's closing steps: ``"identical normal form"``, ``"z3"``,
both joined by ``" + "``, or null) and ``prover errors`` (exceptions inside proof strategies, a
list of strings); at the top ``seconds``, ``files``, ``notes``, ``parse_errors`` (``[{"file",
"line", "column", "message", "expected"}]``), ``exit_code`` and ``interrupted`` (true when Ctrl-C
stopped the run: the results are those decided before it).
The status ``invalid`` was added to the vocabulary (and to ``summary``) in the same version.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from jepa_formal.verdict import Verdict

if TYPE_CHECKING:
    from jepa_formal.check import CheckRun

FORMAT_VERSION = 1


def verdict_dict(verdict: Verdict) -> dict[str, Any]:
    """One result object, keys in the documented order first."""
    cex = verdict.counterexample
    sides = None
    if cex is not None and cex.lhs is not None and cex.rhs is not None:
        sides = {"left": cex.lhs, "right": cex.rhs}
    return {
        "file": verdict.path,
        "name": verdict.name,
        "line": verdict.line,
        "status": verdict.status.value,
        "method": verdict.method,
        "detail": verdict.detail,
        "steps": [
            {"rule": s.rule, "before": s.before, "after": s.after, "note": s.note}
            for s in verdict.steps
        ],
        "examples": verdict.examples,
        "bound": verdict.bound,
        "counterexample": cex.as_dict() if cex is not None else None,
        "seconds": round(verdict.seconds, 6),
        "column": verdict.column,
        "construct": verdict.construct,
        "notes": list(verdict.notes),
        "sides": sides,
        "instantiation": dict(cex.instantiation) if cex is not None else {},
        "statement": verdict.statement,
        "confirmed by": verdict.confirmed_by or None,
        "prover errors": list(verdict.prover_errors),
        "cached": verdict.cached,
    }


def run_dict(run: CheckRun) -> dict[str, Any]:
    """The whole report as plain JSON-able data."""
    return {
        "version": FORMAT_VERSION,
        "seed": run.seed,
        "results": [verdict_dict(v) for v in run.verdicts],
        "summary": run.summary(),
        "seconds": round(run.seconds, 6),
        "files": list(run.files),
        "notes": list(run.notes),
        "parse_errors": [
            {
                "file": e.path,
                "line": e.line,
                "column": e.column,
                "message": e.message,
                "expected": list(e.expected),
            }
            for e in run.parse_errors
        ],
        "exit_code": run.exit_code,
        "interrupted": run.interrupted,
    }


def render_json(run: CheckRun) -> str:
    """Indented UTF-8 JSON (Lean names and values keep their Unicode), newline-terminated."""
    return json.dumps(run_dict(run), indent=2, ensure_ascii=False) + "\n"
