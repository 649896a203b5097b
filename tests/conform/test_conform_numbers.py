"""Results of the user's callable as numbers (issue 10): ints are exact, and an int beyond
float64's range is compared exactly or reported as an overflow of the law's arithmetic,
never as ``not-applicable``."""

from __future__ import annotations

import math
from pathlib import Path

from conform_helpers import ROOT, SPEC

from jepa_formal.conform import check_conformance
from jepa_formal.conform.compare import Agreement, compare
from jepa_formal.conform.convention import to_number
from jepa_formal.conform.result import FAILS, HOLDS, NOT_APPLICABLE

REAL = str(ROOT / "specs" / "jepa_real.lean")
BIG = 10 ** 400


def test_int_results_stay_exact() -> None:
    import numpy as np

    assert to_number(BIG, "f") == BIG and isinstance(to_number(BIG, "f"), int)
    assert to_number(np.int64(7), "f") == 7 and isinstance(to_number(np.int64(7), "f"), int)
    assert to_number(np.array(3), "f") == 3
    assert isinstance(to_number(np.float32(0.5), "f"), float)


def test_huge_ints_compare_exactly() -> None:
    assert compare("eq", BIG, BIG, 1e-9, 1e-12).agreement is Agreement.EXACT
    apart = compare("eq", BIG, 2 * BIG, 1e-9, 1e-12)
    assert apart.agreement is Agreement.APART and apart.kind == "mismatch"
    assert "401 digits" in apart.reason
    assert compare("eq", BIG, BIG + 1, 1e-9, 0.0).agreement is Agreement.CLOSE
    assert compare("eq", BIG, BIG + 1, 0.0, 0.0).agreement is Agreement.APART
    assert compare("le", 0.5, BIG, 0.0, 0.0).agreement is Agreement.EXACT
    assert compare("eq", BIG, 0.0, 1e-9, 1e-12).agreement is Agreement.APART
    assert compare("eq", BIG, math.nan, 1e-9, 1e-12).kind == "nan"


def _impl(tmp_path: Path, body: str) -> object:
    from jepa_formal.conform.binding import load_callable, parse_bind

    f = tmp_path / "big.py"
    f.write_text(f"def jepa_loss(idxs, context, target, predict, rep_loss):\n    return {body}\n")
    return load_callable(parse_bind(f"jepaLoss={f}:jepa_loss"))


def test_a_huge_int_result_is_compared_not_skipped(tmp_path: Path) -> None:
    rep = check_conformance(SPEC, "jepaLoss", _impl(tmp_path, "10**400"), functions="array",
                            max_examples=30)
    assert NOT_APPLICABLE not in {r.status for r in rep.results}
    nil = rep.result("jepaLoss_nil")
    assert nil.status == FAILS and nil.counterexample is not None
    assert nil.counterexample.lhs is not None and "401 digits" in nil.counterexample.lhs
    assert "401 digits" in nil.diagnosis
    assert rep.result("jepaLoss_append").status == FAILS
    assert rep.result("jepaLoss_reverse").status == HOLDS  # 10**400 = 10**400, exactly


def test_huge_ints_that_obey_the_law_hold(tmp_path: Path) -> None:
    rep = check_conformance(SPEC, "jepaLoss", _impl(tmp_path, "10**400 * len(idxs)"),
                            functions="array", max_examples=30)
    assert [r.status for r in rep.results] == [HOLDS] * 4


def test_float_arithmetic_overflow_is_a_clear_failure(tmp_path: Path) -> None:
    rep = check_conformance(REAL, "jepaLossR", _impl(tmp_path, "10**400"), functions="array",
                            max_examples=30, laws="jepaLossR_smul")
    smul = rep.result("jepaLossR_smul")
    assert smul.status == FAILS
    assert "overflow" in smul.detail and "overflows" in smul.diagnosis
