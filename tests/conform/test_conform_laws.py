"""Laws of other shapes than equations of ``jepaLoss``: orders, propositional conclusions,
hypotheses the generator cannot construct, and definitions over ℕ lists."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from jepa_formal.conform import check_conformance

SPEC = textwrap.dedent("""
    def double (xs : List ℕ) : ℕ := (xs.map fun x => 2 * x).sum
    theorem double_mono (xs ys : List ℕ) : double xs ≤ double (xs ++ ys) := by simp
    theorem double_cases (xs : List ℕ) : double xs = 0 ∨ 0 < double xs := by omega
    theorem double_two (xs : List ℕ) (h : xs.length = 7) : double xs = double xs := rfl
    theorem double_sub (xs : List ℕ) : double xs - double xs + 1 = 1 := by simp
""")


@pytest.fixture
def spec(tmp_path: Path) -> str:
    path = tmp_path / "double.lean"
    path.write_text(SPEC)
    return str(path)


def test_orders_and_propositions_hold_for_a_correct_implementation(spec: str) -> None:
    rep = check_conformance(spec, "double", lambda xs: 2.0 * sum(xs), max_examples=100)
    assert rep.result("double_mono").status == "holds"
    assert rep.result("double_cases").status == "holds"
    assert rep.result("double_sub").status == "holds"  # glue arithmetic is read in floats


def test_orders_fail_for_a_wrong_sign(spec: str) -> None:
    rep = check_conformance(spec, "double", lambda xs: -2.0 * sum(xs), max_examples=100)
    mono = rep.result("double_mono")
    assert mono.status == "fails" and mono.counterexample is not None
    inputs = dict(mono.counterexample.inputs)
    assert inputs["xs"] == "[]" and inputs["ys"] == "[1]"  # shrunk
    assert rep.result("double_cases").status == "fails"


def test_hypotheses_never_met_are_not_a_pass(spec: str) -> None:
    rep = check_conformance(spec, "double", lambda xs: 2.0 * sum(xs), max_examples=50,
                            max_len=3)
    r = rep.result("double_two")
    assert r.status == "not-applicable" and "never held" in r.detail


LIST_SPEC = textwrap.dedent("""
    def twice (xs : List ℕ) : List ℕ := xs ++ xs
    theorem twice_length (xs : List ℕ) : (twice xs).length = 2 * xs.length := by simp
    theorem twice_sum (xs : List ℕ) : (twice xs).sum = 2 * xs.sum := by simp
""")


def test_list_valued_definitions(tmp_path: Path) -> None:
    path = tmp_path / "twice.lean"
    path.write_text(LIST_SPEC)
    good = check_conformance(str(path), "twice", lambda xs: list(xs) * 2, max_examples=100)
    assert {r.status for r in good.results} == {"holds"}
    bad = check_conformance(str(path), "twice", lambda xs: sorted(set(xs)) * 2,
                            max_examples=100)
    length = bad.result("twice_length")
    assert length.status == "fails" and length.counterexample is not None
    assert dict(length.counterexample.inputs)["xs"] == "[0, 0]"
