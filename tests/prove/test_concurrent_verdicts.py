"""Verdicts do not depend on the machine's load (issue 9): ``jepa-formal check`` run 8 times
concurrently on the bundled specs and the true-law corpus gives exactly the serial run's
verdicts. The prover's budget is work, not time (``prove/budget.py``); each of the 8 runs
loads the machine for the other 7."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ARGS = [str(REPO / "jepa_formal" / "specs"), str(REPO / "tests" / "laws" / "true_laws.lean"),
        "--format", "json", "--max-examples", "100"]


def _command() -> list[str]:
    return [sys.executable, "-m", "jepa_formal", "check", *ARGS]


def _verdicts(stdout: str) -> list[tuple[object, ...]]:
    data = json.loads(stdout)
    return [(r["name"], r["status"], r["method"], r.get("confirmed by"), len(r["steps"]),
             r["counterexample"] is not None)
            for r in data["results"]]


def test_eight_concurrent_runs_give_the_serial_verdicts() -> None:
    serial = subprocess.run(_command(), capture_output=True, text=True, check=False)
    assert serial.returncode in (0, 1), serial.stderr
    expected = _verdicts(serial.stdout)
    assert sum(1 for v in expected if v[1] == "proved") >= 40
    procs = [subprocess.Popen(_command(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(8)]
    outputs = [p.communicate() for p in procs]
    for (out, err), p in zip(outputs, procs, strict=True):
        assert p.returncode == serial.returncode, err
        assert _verdicts(out) == expected
