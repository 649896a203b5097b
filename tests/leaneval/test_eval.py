"""``jepa-formal eval``: every ``#eval`` of a file printed exactly as Lean's ``#eval`` prints
it, ``#check`` types, ``-e EXPR --import FILE``, JSON, and ``#guard_msgs`` tests in ``check``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.cli import main
from jepa_formal.leaneval import eval_expression, eval_paths, float_to_string
from jepa_formal.verdict import Status

SOURCE = """
structure Stats where
  mean : ℕ
  count : ℕ
  deriving Repr

inductive Shape where
  | scalar
  | dim (n : ℕ) (s : Shape)
  deriving Repr

def maskedSum (idxs : List (Fin 4)) (loss : Fin 4 → ℕ) : ℕ := (idxs.map loss).sum
def varHinge (γ s : ℚ) : ℚ := max 0 (γ - s)
def jepaLoss (idxs : List (Fin 3)) (target pred : Fin 3 → ℤ) : ℤ :=
  (idxs.map fun i => (target i - pred i) ^ 2).sum
def mask : Fin 4 → Bool := fun i => i.val % 2 == 0

#eval maskedSum [0, 1, 2] (fun i => i.val + 1)
#eval (List.finRange 4).filter mask
#eval #[0, 2]
#eval [1, 2]
#eval (1, 2)
#eval some 3
#eval ({ mean := 1, count := 2 } : Stats)
#eval (2.5 : Float)
#eval varHinge 1 (1/3)
#eval varHinge 1 2
#eval jepaLoss [0, 1, 1] (fun i => i.val) (fun _ => 3)
#eval (Shape.dim 2 (.dim 3 .scalar))
#eval [some 1, none]
#eval (3 : ℤ) - 5
#eval 2 < 3
#eval ((1 : ℝ) / 3)
#check maskedSum
#check varHinge 1 2
"""

EXPECTED = [
    "6", "[0, 2]", "#[0, 2]", "[1, 2]", "(1, 2)", "some 3", "{ mean := 1, count := 2 }",
    "2.500000", "(2 : Rat)/3", "0", "17", "Shape.dim 2 (Shape.dim 3 Shape.scalar)",
    "[some 1, none]", "-2", "true", "1/3",
    "maskedSum (idxs : List (Fin 4)) (loss : Fin 4 → ℕ) : ℕ", "varHinge 1 2 : ℚ",
]


@pytest.fixture()
def lean_file(tmp_path: Path) -> Path:
    path = tmp_path / "Evals.lean"
    path.write_text(SOURCE, encoding="utf-8")
    return path


def test_every_eval_prints_what_lean_prints(lean_file: Path) -> None:
    results = eval_paths([str(lean_file)])
    assert [r.value for r in results] == EXPECTED
    assert [r.status for r in results] == ["ok"] * len(EXPECTED)
    real = results[15]
    assert "noncomputable" in real.detail and real.type == "ℝ"


def test_floats_print_as_lean_float_to_string() -> None:
    assert float_to_string(0.1 + 0.2) == "0.300000"
    assert float_to_string(float("nan")) == "NaN"
    assert float_to_string(float("-inf")) == "-inf"
    assert float_to_string(-2.0) == "-2.000000"


def test_eval_cli_text_and_json(lean_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(lean_file)]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith("    ")]
    assert lines[0] == f"{lean_file}:18: 6"
    assert main(["eval", str(lean_file), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["version"] == 1
    first = doc["results"][0]
    assert set(first) == {"file", "line", "expr", "value", "type", "status", "detail"}
    assert first["value"] == "6" and first["type"] == "ℕ" and first["status"] == "ok"


def test_eval_one_expression_with_imports(lean_file: Path) -> None:
    r = eval_expression("maskedSum [3, 3] (fun i => i.val)", [str(lean_file)])
    assert (r.status, r.value) == ("ok", "6")
    r = eval_expression("varHinge 2 1", [str(lean_file)], kind="#check")
    assert r.value == "varHinge 2 1 : ℚ"
    r = eval_expression("fun (x : ℕ) => x", [])
    assert r.status == "unsupported" and "Repr" in r.detail


def test_unknown_names_are_unsupported_not_crashes() -> None:
    r = eval_expression("frobnicate 3", [])
    assert r.status == "unsupported" and "frobnicate" in r.detail


def test_guard_msgs_is_checked_as_an_item(tmp_path: Path) -> None:
    path = tmp_path / "Guard.lean"
    path.write_text(SOURCE.split("#eval")[0] + """
/-- info: 6 -/
#guard_msgs in
#eval maskedSum [0, 1, 2] (fun i => i.val + 1)

/-- info: [0, 3] -/
#guard_msgs in
#eval (List.finRange 4).filter mask

/--
info: { mean := 1, count := 2 }
-/
#guard_msgs in #eval ({ mean := 1, count := 2 } : Stats)
""", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=5.0, max_examples=50))
    assert run.parse_errors == ()
    got = [(v.status, v.line) for v in run.verdicts]
    assert got[0][0] is Status.TESTED and got[2][0] is Status.TESTED  # one engine: not proved
    assert got[1][0] is Status.REFUTED
    cex = run.verdicts[1].counterexample
    assert cex is not None and (cex.lhs, cex.rhs) == ("[0, 2]", "[0, 3]")


LEAN_TEXTS = [
    # Float: Lean's Float.toString (six decimals, NaN, inf, a signed zero)
    ("(1.5 : Float)", "1.500000"), ("(0.1 : Float)", "0.100000"),
    ("(1e20 : Float)", "100000000000000000000.000000"), ("(0.0 / 0.0 : Float)", "NaN"),
    ("(1.0 / 0.0 : Float)", "inf"), ("(-1.0 / 0.0 : Float)", "-inf"),
    ("(-0.0 : Float)", "-0.000000"), ("[(1.5 : Float), 2.0]", "[1.500000, 2.000000]"),
    ("Float.exp 0.0", "1.000000"), ("Float.log 0.0", "-inf"),
    # containers, structures, options, strings, Bool, ℚ (Rat's Repr), Fin
    ("#[1, 2]", "#[1, 2]"), ("(some 3 : Option ℕ)", "some 3"), ("(none : Option ℕ)", "none"),
    ("(some (-2 : ℤ))", "some (-2)"), ('"hi"', '"hi"'), ("true", "true"),
    ("((1 : ℚ) / 2)", "(1 : Rat)/2"), ("((4 : ℚ) / 2)", "2"), ("((-1 : ℚ) / 2)", "(-1 : Rat)/2"),
    ("Fin.last 3", "3"), ("[5, 7].zipIdx", "[(5, 0), (7, 1)]"),
    # precedence: an argument is parenthesised by the element's own Repr (addAppParen)
    ("some (-2.5 : Float)", "some (-2.500000)"), ("some (-0.0 : Float)", "some -0.000000"),
    ("some (-1.0 / 0.0 : Float)", "some (-inf)"), ("some (0.0 / 0.0 : Float)", "some NaN"),
    ("[(1 : ℚ) / 2, -2]", "[(1 : Rat)/2, -2]"), ("((1 : ℚ) / 2, (-3 : ℤ))", "((1 : Rat)/2, -3)"),
    ("some (3 : Fin 5)", "some 3"), ("some (some (-1 : ℤ))", "some (some (-1))"),
    ("some ((4 : ℚ) / 2)", "some 2"), ("some [(-1 : ℤ)]", "some [-1]"),
    ("some ((-1 : ℤ), 2)", "some (-1, 2)"),
]


@pytest.mark.parametrize("expr", ["some ((1 : ℚ) / 2)", "some (-3 : ℚ)"])
def test_a_rational_argument_is_not_claimed(expr: str) -> None:
    """``Repr Rat`` ignores precedence (``some (1 : Rat)/2``) but a ``ToExpr ℚ`` instance makes
    ``#eval`` pretty-print (``some (1 / 2)``): no text is claimed for a rational argument."""
    result = eval_expression(expr, [])
    assert result.status == "unsupported" and "Repr Rat" in result.detail


@pytest.mark.parametrize(("expr", "text"), LEAN_TEXTS, ids=[e for e, _ in LEAN_TEXTS])
def test_values_print_as_lean_prints_them(expr: str, text: str) -> None:
    result = eval_expression(expr, [])
    assert (result.status, result.value) == ("ok", text)


def test_an_irrational_real_is_not_printed_as_a_rounded_number() -> None:
    result = eval_expression("Real.exp 1", [])
    assert result.status == "unsupported" and "irrational" in result.detail
    exact = eval_expression("Real.exp 0", [])
    assert (exact.status, exact.value) == ("ok", "1") and "noncomputable" in exact.detail


ML_EVALS = """
structure VarStats where
  mean : ℚ
  var : ℚ
  deriving Repr

def maskedSum (m : Fin 4 → Bool) (loss : Fin 4 → ℕ) : ℕ :=
  ∑ i ∈ {i | m i = true}, loss i
def hinge (γ s : Float) : Float := max 0 (γ - s)
def stats (xs : List ℚ) : VarStats :=
  let μ := xs.sum / xs.length
  { mean := μ, var := (xs.map fun x => (x - μ) ^ 2).sum / xs.length }
def sqErr (z w : Fin 2 → ℤ) : ℤ := ∑ j, (z j - w j) ^ 2

#eval maskedSum (fun i => i.val % 2 == 0) (fun i => i.val + 2)
#eval hinge 1.0 0.25
#eval hinge 0.5 2.0
#eval stats [1, 2, 3, 4]
#eval sqErr (fun j => j.val) (fun _ => 3)
#eval [hinge 1.0 0.5, hinge 2.0 0.5]
"""


def test_ml_evals_print_what_lean_prints(tmp_path: Path) -> None:
    path = tmp_path / "Ml.lean"
    path.write_text(ML_EVALS, encoding="utf-8")
    got = [r.value for r in eval_paths([str(path)])]
    assert got == ["6", "0.750000", "0.000000", "{ mean := (5 : Rat)/2, var := (5 : Rat)/4 }",
                   "13", "[0.500000, 1.500000]"]


TUPLES = """
#eval (1, 2, 3)
#eval [(1, 2, 3)]
#eval ((1, 2), 3)
#eval (1, (2, 3), 4)
#eval #[(true, 2, some 3)]
"""


def test_tuples_print_flat_as_repr_tuple_does(tmp_path: Path) -> None:
    """``Repr (α × β)`` flattens the right-nested pairs a tuple is (``ReprTuple``): a red team
    saw ``(1, (2, 3))`` where Lean prints ``(1, 2, 3)``; a pair on the left keeps its own
    parentheses."""
    path = tmp_path / "Tuples.lean"
    path.write_text(TUPLES, encoding="utf-8")
    assert [r.value for r in eval_paths([str(path)])] == [
        "(1, 2, 3)", "[(1, 2, 3)]", "((1, 2), 3)", "(1, (2, 3), 4)", "#[(true, 2, some 3)]"]
