"""Inductive types: enumerations and simple recursive inductives, leading-dot constructors and
patterns, definitions by pattern matching over them, generation, printing in Lean syntax."""

from __future__ import annotations

from pathlib import Path

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.mirror.core.env import Env
from jepa_formal.mirror.core.values import StructValue, show_value
from jepa_formal.reader import parse_term, parse_text
from jepa_formal.verdict import Status

SOURCE = """
inductive Phase where
  | warmup | train | eval
  deriving DecidableEq, Repr, BEq

inductive Shape where
  | scalar
  | dim (n : ℕ) (s : Shape)
  deriving Repr, DecidableEq

namespace Shape
def numel : Shape → ℕ
  | scalar => 1
  | dim n s => n * s.numel
def rank : Shape → ℕ
  | .scalar => 0
  | .dim _ s => s.rank + 1
end Shape

def Phase.lr : Phase → ℕ
  | .warmup => 1
  | .train => 10
  | .eval => 0

def Phase.isTrain (p : Phase) : Bool :=
  match p with
  | .train => true
  | _ => false

def fact : ℕ → ℕ
  | .zero => 1
  | .succ n => (n + 1) * fact n

theorem numel_vec (n : ℕ) : (Shape.dim n .scalar).numel = n := by simp [Shape.numel]
theorem rank_dim (n : ℕ) (s : Shape) : (Shape.dim n s).rank = s.rank + 1 := rfl
theorem eval_lr : Phase.eval.lr = 0 := rfl
theorem lr_le (p : Phase) : p.lr ≤ 10 := by cases p <;> decide
theorem isTrain_iff (p : Phase) : p.isTrain = true ↔ p = .train := by
  cases p <;> simp [Phase.isTrain]
theorem all_phases : ∀ p : Phase, p = .warmup ∨ p = .train ∨ p = .eval := by decide
theorem fact_pos (n : ℕ) : 0 < fact n := Nat.factorial_pos n
theorem numel_bad (s : Shape) : s.numel ≤ s.rank + 1 := sorry
theorem phase_bad (p : Phase) : p.lr = 10 := sorry
"""

EXPECT = {
    "numel_vec": {Status.PROVED}, "rank_dim": {Status.PROVED}, "eval_lr": {Status.PROVED},
    "lr_le": {Status.PROVED, Status.TESTED}, "isTrain_iff": {Status.PROVED, Status.TESTED},
    "all_phases": {Status.PROVED, Status.TESTED}, "fact_pos": {Status.PROVED, Status.TESTED},
    "numel_bad": {Status.REFUTED}, "phase_bad": {Status.REFUTED},
}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("ind") / "Ind.lean"
    path.write_text(SOURCE, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=10.0, max_examples=300))
    assert run.parse_errors == ()
    return {v.name.rsplit(".", 1)[-1]: v for v in run.verdicts}


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_inductive_laws_get_their_verdicts(verdicts: dict, name: str) -> None:
    assert verdicts[name].status in EXPECT[name], verdicts[name].detail


def test_counterexamples_print_constructors_in_lean_syntax(verdicts: dict) -> None:
    cex = verdicts["numel_bad"].counterexample
    assert cex is not None
    assert dict(cex.bindings)["s"] == "Shape.dim 2 (Shape.dim 2 Shape.scalar)"
    assert dict(verdicts["phase_bad"].counterexample.bindings)["p"] == "Phase.warmup"


def test_leading_dot_names_parse_as_constructors_not_projections() -> None:
    t = parse_term("(Shape.dim n .scalar).numel")
    assert "Ident(name='.scalar'" in repr(t)
    assert "Proj" in repr(parse_term("(f x).foo")) and ".foo" not in repr(parse_term("(f x).foo"))


def test_constructors_are_read_from_the_declaration() -> None:
    env = Env.from_decls(parse_text(SOURCE).decls)
    info = env.inductive("Shape")
    assert [c for c, _ in info.ctors] == ["Shape.scalar", "Shape.dim"]
    assert info.deriving == ("Repr", "DecidableEq")
    assert env.inductive("Phase").is_enum
    value = StructValue("Shape.dim", (("n", 2), ("s", StructValue("Shape.scalar", ()))))
    from jepa_formal.mirror.core.terms import TInd

    assert show_value(value, TInd("Shape")) == "Shape.dim 2 Shape.scalar"


def test_a_bare_pattern_name_that_is_no_constructor_is_a_variable(tmp_path: Path) -> None:
    path = tmp_path / "Var.lean"
    path.write_text(SOURCE.split("namespace Shape")[0] + """
def Phase.code : Phase → ℕ
  | .warmup => 0
  | other => 1
theorem code_le (p : Phase) : p.code ≤ 1 := by cases p <;> decide
""", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=5.0, max_examples=100))
    assert [v.status for v in run.verdicts] != [Status.REFUTED]
    assert run.verdicts[0].status in (Status.PROVED, Status.TESTED)
