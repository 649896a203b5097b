"""Cached check runs over the corpus files, shared by the tests of this folder.

Why cached: one ``check_paths`` run over a corpus file checks all its theorems at once (the
file is parsed and its environment built once); each test then looks up its own verdict. The
budgets are smaller than the CLI's defaults so that the whole folder stays fast; a law that
needs more than this to be refuted is a finding worth reporting, not a reason to raise them.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from corpus import SEED, LawCase, short_name

from jepa_formal.check import CheckOptions, CheckRun, check_paths
from jepa_formal.verdict import Verdict

TIMEOUT = 3.0
"""Seconds per theorem (prover and search together)."""
MAX_EXAMPLES = 1000
"""Concrete instances per theorem at most."""


def options(root: Path | None = None) -> CheckOptions:
    return CheckOptions(
        seed=SEED,
        timeout=TIMEOUT,
        max_examples=MAX_EXAMPLES,
        root=str(root) if root is not None else None,
        audit=True,  # every corpus runs with --audit: each proof's rewrite steps replayed
    )


@functools.cache
def run(paths: tuple[Path, ...], root: Path | None = None) -> CheckRun:
    """Check the given files (or folders) once per test session."""
    return check_paths([str(p) for p in paths], options(root))


def verdict_for(check_run: CheckRun, row: LawCase) -> Verdict | None:
    """The verdict of one table row in a run, matched by file and short theorem name."""
    want = os.path.realpath(row.path)
    for verdict in check_run.verdicts:
        if os.path.realpath(verdict.path) == want and short_name(verdict.name) == row.name:
            return verdict
    return None


def describe(verdict: Verdict) -> str:
    """One line for assertion messages: status, method, detail, counterexample."""
    cex = verdict.counterexample.describe() if verdict.counterexample else "-"
    return (
        f"{verdict.name}: {verdict.status.value} ({verdict.method}) {verdict.detail} "
        f"[counterexample: {cex}]"
    )
