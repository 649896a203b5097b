"""The false-statement suite: ``jepa-formal check`` refutes every law of
``false_statements.lean`` with a shrunk counterexample of the expected size.

What "expected" means is in ``expectations.py``: only what minimality determines (a total list
length, the length of one list, a binder value that every minimal instance shares, both sides
of a closed statement). The run uses a fixed seed, so a failure is reproducible with
``jepa-formal check tests/laws/false_statements.lean --seed 0``.
"""

from __future__ import annotations

import pytest
from corpus import FALSE_STATEMENTS, Expected, LawCase, rows
from expectations import mismatches
from law_runs import describe, run, verdict_for

from jepa_formal.verdict import Status

CASES = rows(path=FALSE_STATEMENTS, expected=Expected.FALSE)


def test_the_file_parses() -> None:
    assert [e.render() for e in run((FALSE_STATEMENTS,)).parse_errors] == []


@pytest.mark.parametrize("row", CASES, ids=lambda r: r.id)
def test_false_law_is_refuted_with_minimal_counterexample(row: LawCase) -> None:
    verdict = verdict_for(run((FALSE_STATEMENTS,)), row)
    assert verdict is not None, f"no verdict for {row.name}"
    assert verdict.status is Status.REFUTED, describe(verdict)
    cex = verdict.counterexample
    assert cex is not None, describe(verdict)
    assert row.cex is not None
    problems = mismatches(row.cex, cex.as_dict(), (cex.lhs, cex.rhs))
    assert problems == [], f"{describe(verdict)}: " + "; ".join(problems)
