"""The proof printed for a law does not depend on what ran before it in the same process
(issue 17: deterministic fresh names, numbered per proof)."""

from __future__ import annotations

from pathlib import Path

from jepa_formal.check import CheckOptions, bundled_specs, check_paths

EXTRA = """
theorem le_gap (a b : ℕ) (h : a ≤ b) : a + (b - a) = b := by sorry
theorem lt_gap (x y : ℝ) (h : x < y) (xs : List ℝ) : x + xs.sum < y + xs.sum := by sorry
theorem hinge (a b : ℕ) : max a b - b + b = max a b := by sorry
"""


def _steps(paths: list[str], pattern: str | None = None) -> dict[str, tuple[object, ...]]:
    run = check_paths(paths, CheckOptions(max_examples=50, timeout=5.0, pattern=pattern))
    return {v.name: v.steps for v in run.verdicts}


def test_proof_steps_do_not_depend_on_earlier_proofs(tmp_path: Path) -> None:
    extra = tmp_path / "extra.lean"
    extra.write_text(EXTRA)
    paths = [bundled_specs(), str(extra)]
    first = _steps(paths)
    again = _steps(paths)  # after every law once more, in the same process
    assert again == first
    assert any("′" in s.before + s.after + s.note for steps in first.values()
               for s in steps), "no proof introduces a name: the test would prove nothing"
    for name in ("le_gap", "lt_gap", "hinge", *list(first)[:8]):
        alone = _steps(paths, pattern=name)
        assert alone[name] == first[name], name
