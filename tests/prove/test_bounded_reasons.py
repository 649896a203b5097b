"""Bounded expansion's reason names the hypotheses a failing case was decided without.

Before, a case decided without one of the law's hypotheses was reported as if the law were
false there ("bounded expansion: the case xs := [] is false"), when the hypothesis had not
been read (an unsupported construct) or had been read as false in that case without
confirmation (so the case was in fact vacuous)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jepa_formal import reader
from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.prove import ProofOutcome, prove_law
from jepa_formal.verdict import Status

LAWS = """
theorem exists_big (xs : List ℕ) (h : ∃ x ∈ xs, x > 5) : 5 < xs.sum := by sorry
theorem nodup_len (xs : List ℕ) (h : xs.Nodup) : xs.length ≤ xs.sum + 1 := by sorry
theorem nonempty_len (xs : List ℕ) (h : xs ≠ []) : 0 < xs.length := by sorry
theorem never (xs : List ℕ) : xs.sum = xs.sum + 1 := by sorry
"""


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bounded") / "reasons.lean"
    path.write_text(LAWS, encoding="utf-8")
    return path


def prove(spec: Path, name: str) -> ProofOutcome:
    env = Env.from_project(reader.load([os.fspath(spec)]))
    law = next(law for _, law in env.laws() if isinstance(law, Law) and law.name == name)
    return prove_law(law, env)


def bounded_reason(out: ProofOutcome) -> str:
    return next(part for part in out.reason.split("; ") if part.startswith("bounded expansion"))


def test_a_hypothesis_read_as_false_but_not_confirmed_is_named(spec: Path) -> None:
    out = prove(spec, "exists_big")
    assert out.status is None
    assert bounded_reason(out) == (
        "bounded expansion: the case xs := [] is false without hypothesis h (read as false "
        "in this case by SymPy, not confirmed, so the case is not known to be vacuous)")


def test_a_hypothesis_that_could_not_be_read_is_named(spec: Path) -> None:
    reason = bounded_reason(prove(spec, "nodup_len"))
    assert " without hypothesis h (not read: unsupported: List.toFinset" in reason


def test_the_verdict_evidence_says_the_hypothesis_was_not_read(spec: Path) -> None:
    run = check_paths([os.fspath(spec)], CheckOptions(jobs=1, pattern="nodup_len"))
    (verdict,) = run.verdicts
    assert verdict.status is Status.TESTED
    assert any("without hypothesis h (not read:" in note for note in verdict.notes)


def test_a_ne_hypothesis_with_equal_sides_makes_the_case_vacuous(spec: Path) -> None:
    # xs ≠ [] at xs := [] is [] ≠ [], false at every type: the case is vacuous, not false
    out = prove(spec, "nonempty_len")
    assert out.status is Status.BOUNDED, out.reason


def test_a_case_false_with_every_hypothesis_used_is_still_called_false(spec: Path) -> None:
    assert bounded_reason(prove(spec, "never")) == (
        "bounded expansion: the case xs := [] is false")
