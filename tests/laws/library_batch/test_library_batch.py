"""The library batch: statements of Lean's own library (core and Mathlib, real names and
hypotheses) tagged with what Lean says of them (``-- lean: true`` or ``-- lean: false``), next
to false near-misses (a dropped hypothesis, a swapped argument, a weaker class).

What is asserted is agreement with Lean, never a particular verdict: a true statement is never
refuted (nor an internal error), a false one is never proved or bounded, whether the search runs
first (``check``) or the prover does (``--method prove``, so that a false statement the quick
search refutes still meets every rule of the prover). How many are decided is measured by
``benchmarks/library_batch.py``, not asserted here.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from jepa_formal.check import CheckOptions, CheckRun, check_paths

HERE = Path(__file__).resolve().parent
FILES = sorted(HERE.glob("*.lean"))
_TAG = re.compile(r"--\s*lean:\s*(true|false)\b")
_THEOREM = re.compile(r"(?:@\[[^\]]*\]\s*)?(?:theorem|lemma)\s+(\S+?)(?:\.\{[^}]*\})?(?:\s|$)")


def tagged(path: Path) -> list[tuple[str, bool]]:
    """``(theorem short name, Lean proves it)`` for every theorem of ``path``, in order."""
    out: list[tuple[str, bool]] = []
    pending: bool | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        tag = _TAG.search(line)
        if tag:
            pending = tag.group(1) == "true"
            continue
        found = _THEOREM.match(line.strip())
        if found:
            assert pending is not None, f"{path.name}: {found.group(1)} has no `-- lean:` tag"
            out.append((found.group(1).rsplit(".", 1)[-1], pending))
            pending = None
    return out


@cache
def checked(path: Path, method: str) -> dict[str, tuple[str, str]]:
    run: CheckRun = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=300,
                                                          method=method))
    return {v.name.rsplit(".", 1)[-1]: (v.status.value, v.detail) for v in run.verdicts}


CASES = [(path, name, true) for path in FILES for name, true in tagged(path)]


@pytest.mark.parametrize("method", ["auto", "prove"])
@pytest.mark.parametrize(("path", "name", "true"), CASES,
                         ids=[f"{p.stem}:{n}" for p, n, _ in CASES])
def test_verdict_agrees_with_lean(path: Path, name: str, true: bool, method: str) -> None:
    got = checked(path, method).get(name)
    if got is None:
        return  # not read (a parse error): no verdict to disagree with Lean
    status, detail = got
    if true:
        assert status not in ("refuted", "error"), (name, status, detail)
    else:
        assert status not in ("proved", "bounded"), (name, status, detail)


def test_each_file_has_true_statements_and_near_misses() -> None:
    for path in FILES:
        truths = [t for _, t in tagged(path)]
        assert truths.count(False) >= 3 and truths.count(True) >= 10, path.name
