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


PARAMETRIC = """
inductive Tree (α : Type)
  | leaf
  | node (l : Tree α) (v : α) (r : Tree α)
  deriving Repr

def Tree.size {α : Type} : Tree α → ℕ
  | .leaf => 0
  | .node l _ r => l.size + 1 + r.size

def Tree.mirror {α : Type} : Tree α → Tree α
  | .leaf => .leaf
  | .node l v r => .node r.mirror v l.mirror

def Tree.sum : Tree ℕ → ℕ
  | .leaf => 0
  | .node l v r => l.sum + v + r.sum

inductive Slot (n : ℕ) where
  | empty
  | full (i : Fin n)

def Slot.idx {n : ℕ} : Slot n → ℕ
  | .empty => 0
  | .full i => i.val + 1

inductive Either (α β : Type) where | inl (a : α) | inr (b : β)

def Either.isL {α β : Type} : Either α β → Bool
  | .inl _ => true
  | .inr _ => false

structure Pair (α : Type) where
  fst : α
  snd : α

def Pair.swap {α : Type} (p : Pair α) : Pair α := ⟨p.snd, p.fst⟩

inductive Vec (α : Type) : ℕ → Type where
  | nil : Vec α 0
  | cons {n : ℕ} (x : α) (xs : Vec α n) : Vec α (n + 1)

def Vec.len {α : Type} {n : ℕ} (_ : Vec α n) : ℕ := n

inductive Rose (α : Type) where
  | node (v : α) (kids : List (Rose α))

def Rose.val {α : Type} : Rose α → α
  | .node v _ => v

theorem size_node {α : Type} (l r : Tree α) (v : α) :
    (Tree.node l v r).size = l.size + 1 + r.size := rfl
theorem size_mirror {α : Type} (t : Tree α) : t.mirror.size = t.size := sorry
theorem sum_mirror (t : Tree ℕ) : t.mirror.sum = t.sum := sorry
theorem mirror_mirror {α : Type} (t : Tree α) : t.mirror.mirror = t := sorry
theorem idx_le {n : ℕ} (s : Slot n) : s.idx ≤ n := sorry
theorem isL_inl {α β : Type} (a : α) : (Either.inl a : Either α β).isL = true := rfl
theorem swap_swap {α : Type} (p : Pair α) : p.swap.swap = p := rfl
theorem size_small {α : Type} (t : Tree α) : t.size ≤ 1 := sorry
theorem mirror_id (t : Tree ℕ) : t.mirror = t := sorry
theorem sum_le_size (t : Tree ℕ) : t.sum ≤ t.size := sorry
theorem idx_lt {n : ℕ} (s : Slot n) : s.idx < n := sorry
theorem isL_any {α β : Type} (e : Either α β) : e.isL = true := sorry
theorem swap_id {α : Type} (p : Pair α) : p.swap = p := sorry
theorem vec_len {α : Type} {n : ℕ} (v : Vec α n) : v.len = n := rfl
theorem rose_val (v : ℕ) : (Rose.node v []).val = v := rfl
"""

PARAMETRIC_EXPECT = {
    "size_node": {Status.PROVED}, "size_mirror": {Status.PROVED, Status.TESTED},
    "sum_mirror": {Status.PROVED, Status.TESTED}, "mirror_mirror": {Status.PROVED, Status.TESTED},
    "idx_le": {Status.PROVED, Status.TESTED}, "isL_inl": {Status.PROVED},
    "swap_swap": {Status.PROVED},
    # the false twins
    "size_small": {Status.REFUTED}, "mirror_id": {Status.REFUTED},
    "sum_le_size": {Status.REFUTED}, "idx_lt": {Status.REFUTED}, "isL_any": {Status.REFUTED},
    "swap_id": {Status.REFUTED},
    # not modelled, and named
    "vec_len": {Status.UNSUPPORTED}, "rose_val": {Status.UNSUPPORTED},
}


@pytest.fixture(scope="module")
def parametric(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("pind") / "Param.lean"
    path.write_text(PARAMETRIC, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=10.0, max_examples=300))
    assert run.parse_errors == ()
    return {v.name.rsplit(".", 1)[-1]: v for v in run.verdicts}


@pytest.mark.parametrize("name", sorted(PARAMETRIC_EXPECT))
def test_parametric_inductive_laws_get_their_verdicts(parametric: dict, name: str) -> None:
    assert parametric[name].status in PARAMETRIC_EXPECT[name], parametric[name].detail


def test_parametric_counterexamples_are_printed_at_the_instantiation(parametric: dict) -> None:
    cex = dict(parametric["size_small"].counterexample.bindings)
    assert cex["t"].startswith("Tree.node") and cex["t"].count("Tree.node") == 2
    mirror = dict(parametric["mirror_id"].counterexample.bindings)["t"]
    assert mirror.count("Tree.node") >= 2  # the mirror of a one-node tree is itself
    assert dict(parametric["idx_lt"].counterexample.bindings)["s"] == "Slot.empty"


def test_indexed_families_and_nested_inductives_are_named(parametric: dict) -> None:
    assert "indexed inductive family Vec" in parametric["vec_len"].detail
    assert "nested inductive Rose" in parametric["rose_val"].detail


def test_parameters_are_substituted_into_constructor_fields() -> None:
    from jepa_formal.mirror.core.terms import TInd, TNat, TVar, TypeArg

    env = Env.from_decls(parse_text(PARAMETRIC).decls)
    info = env.inductive("Tree")
    assert [p.name for p in info.params] == ["α"]
    assert dict(info.ctor("Tree.node"))["v"] == TVar("α")
    at_nat = dict(info.ctor_at("Tree.node", TInd("Tree", (TypeArg(TNat()),))))
    assert at_nat["v"] == TNat()
    assert at_nat["l"] == TInd("Tree", (TypeArg(TNat()),))


@pytest.mark.parametrize("expr,printed", [
    ("(Tree.node .leaf 3 .leaf : Tree ℕ)", "Tree.node Tree.leaf 3 Tree.leaf"),
    ("Tree.node .leaf (-3 : ℤ) .leaf", "Tree.node Tree.leaf (-3) Tree.leaf"),
    ("(Tree.node (.node .leaf 1 .leaf) 2 .leaf).mirror",
     "Tree.node Tree.leaf 2 (Tree.node Tree.leaf 1 Tree.leaf)"),
    ("(Tree.node (.node .leaf 1 .leaf) 2 .leaf).sum", "3"),
    ("(Slot.full 2 : Slot 4)", "Slot.full 2"),
    ("(Either.inr true : Either ℕ Bool)", "Either.inr true"),
])
def test_parametric_values_print_as_lean_eval_prints_them(tmp_path: Path, expr: str,
                                                         printed: str) -> None:
    from jepa_formal.leaneval.run import eval_expression

    path = tmp_path / "Param.lean"
    path.write_text(PARAMETRIC, encoding="utf-8")
    result = eval_expression(expr, [str(path)])
    assert (result.status, result.value) == ("ok", printed), result.detail
