"""Float as an opaque element type (issue 9): laws about list shape that never compute with
Float are proved for Float as for any type; laws that would need Float arithmetic to be
reordered or regrouped are never proved (they are false under IEEE rounding)."""

from __future__ import annotations

from pathlib import Path

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.verdict import Status

SHAPE = """
theorem length_map (xs : List Float) (f : Float → Float) : (xs.map f).length = xs.length := by
  sorry
theorem reverse_reverse (xs : List Float) : xs.reverse.reverse = xs := by sorry
theorem sum_is_foldr (xs : List Float) : xs.sum = xs.foldr (· + ·) 0 := by sorry
theorem length_cons (xs : List Float) (a : Float) : (a :: xs).length = xs.length + 1 := by sorry
theorem map_append (xs ys : List Float) (f : Float → ℕ) :
    (xs ++ ys).map f = xs.map f ++ ys.map f := by sorry
"""

ARITHMETIC = """
theorem sum_append (xs ys : List Float) : (xs ++ ys).sum = xs.sum + ys.sum := by sorry
theorem sum_reverse (xs : List Float) : xs.reverse.sum = xs.sum := by sorry
theorem add_assoc (a b c : Float) : (a + b) + c = a + (b + c) := by sorry
theorem add_zero_like (a : Float) : a + 0.1 - 0.1 = a := by sorry
"""


def _run(tmp_path: Path, text: str) -> dict[str, object]:
    spec = tmp_path / "floats.lean"
    spec.write_text(text)
    run = check_paths([str(spec)], CheckOptions(max_examples=500, audit=True))
    return {v.name: v for v in run.verdicts}


def test_shape_laws_are_proved_at_float(tmp_path: Path) -> None:
    for name, v in _run(tmp_path, SHAPE).items():
        assert v.status is Status.PROVED, (name, v.notes)  # type: ignore[attr-defined]


def test_float_arithmetic_is_never_regrouped(tmp_path: Path) -> None:
    for name, v in _run(tmp_path, ARITHMETIC).items():
        assert v.status not in (Status.PROVED, Status.BOUNDED), name  # type: ignore[attr-defined]
        assert v.status is Status.REFUTED, (name, v)  # type: ignore[attr-defined]
