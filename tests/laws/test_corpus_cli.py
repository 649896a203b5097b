"""The corpora through the front door: ``python -m jepa_formal check`` as a user runs it.

Why also here: the other tests call ``check_paths``; these make sure that the command line
gives the same answers on the corpora (exit status, JSON report), and that running it with no
path checks the bundled specs, which must all pass.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from corpus import FALSE_STATEMENTS, REPO, SEED, TORCHLEAN_DIR, TORCHLEAN_ROOT
from expectations import FALSE_LAWS


def check(*args: str) -> tuple[int, dict[str, Any]]:
    """Run ``jepa-formal check --format json`` and return its exit status and report."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "jepa_formal",
            "check",
            "--format",
            "json",
            "--seed",
            str(SEED),
            "--timeout",
            "3",
            "--max-examples",
            "500",
            *args,
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return proc.returncode, json.loads(proc.stdout)


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {r["name"].rsplit(".", 1)[-1]: r["status"] for r in report["results"]}


def test_bundled_specs_pass() -> None:
    code, report = check()
    found = statuses(report)
    assert code == 0, found
    assert found and all(s in ("proved", "bounded", "tested") for s in found.values()), found
    seed_laws = ("jepaLoss_nil", "jepaLoss_append", "jepaLoss_reverse", "jepaLoss_target_ext")
    assert {name: found.get(name) for name in seed_laws} == dict.fromkeys(seed_laws, "proved")


def test_false_statements_fail_the_run() -> None:
    code, report = check(str(Path(FALSE_STATEMENTS).relative_to(REPO)), "-k", "nat_")
    found = statuses(report)
    assert code == 1
    expected = {name for name in FALSE_LAWS if name.startswith("nat_")}
    assert found == dict.fromkeys(expected, "refuted")


def test_torchlean_folder_passes() -> None:
    code, report = check("--root", str(TORCHLEAN_ROOT), str(TORCHLEAN_DIR))
    found = statuses(report)
    assert code == 0, found
    assert "refuted" not in found.values() and "error" not in found.values()
