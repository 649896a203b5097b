"""Red-team regressions: laws that once made the prover lie, each beside a true twin.

Every false law here was reported ``proved`` by an earlier version (the defect it pins is named
in its comment); its twin is the same law made true, which must still be proved, so that the
fix tightened a side condition rather than switching a strategy off. The laws are read from
Lean text through the real reader and elaborator, as users write them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.numeric import search
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

PASS = (Status.PROVED, Status.BOUNDED)

SOURCE = """
def f (x : ℕ) : ℕ := x + 1
def g (x : ℕ) : ℕ := f x
def pos (x : ℕ) : Bool := decide (0 < x)
def q (x : ℕ) : Bool := pos x
def lsum : List ℕ → ℕ
  | [] => 0
  | x :: xs => x + lsum xs
def wrap (xs : List ℕ) : ℕ := lsum xs

theorem clash_def (f : ℕ → ℕ) (x : ℕ) : g x = f x := by sorry
theorem clash_def_sum (f : ℕ → ℕ) (xs : List ℕ) : (xs.map g).sum = (xs.map f).sum := by sorry
theorem clash_bool (pos : ℕ → Bool) (x : ℕ) : q x = pos x := by sorry
theorem clash_rec (lsum : List ℕ → ℕ) (xs : List ℕ) : wrap xs = lsum xs := by sorry
theorem no_clash (x : ℕ) : g x = x + 1 := by sorry
theorem no_clash_rec (xs : List ℕ) : wrap xs = xs.sum := by sorry
theorem no_clash_bool (x : ℕ) : q (x + 1) = true := by sorry

theorem gap_real_nat (x : ℝ) (n : ℕ) (h : x ≤ n) : (n : ℝ) - x ≠ 1/2 := by sorry
theorem gap_real_int (x : ℝ) (n : ℤ) (h : x < n) : 1 ≤ (n : ℝ) - x := by sorry
theorem gap_nat_int (a : ℕ) (n : ℕ) (h : a < n) : 1 ≤ n - a := by sorry

theorem conj_premise (x : ℕ) : x = 0 ∧ (x = 0 → x = x) := by sorry
theorem conj_premise_real (x : ℝ) : (x ≠ 0 → x / x = 1) ∧ x * x⁻¹ = 1 := by sorry
theorem premise_conj (x : ℝ) : x ≠ 0 → (x / x = 1 ∧ x * x⁻¹ = 1) := by sorry

theorem cast_neg (f g : ℤ → ℤ) (h : ∀ x : ℕ, f x = g (x + 1)) : g 0 = f (-1) := by sorry
theorem cast_half (f g : ℝ → ℝ) (h : ∀ x : ℕ, f x = g (2 * x)) : g 1 = f (1/2) := by sorry
theorem cast_any_real (f g : ℝ → ℝ) (h : ∀ x : ℕ, f x = g x) (y : ℝ) : g y = f y := by sorry
theorem cast_int_point (f : ℝ → ℝ) (h : ∀ x : ℤ, f x = 0) : f (1/2) = 0 := by sorry
theorem cast_sum (f g : ℤ → ℤ) (xs : List ℤ) (h : ∀ x : ℕ, f x = g x) :
    (xs.map g).sum = (xs.map f).sum := by sorry
theorem cast_ok (f g : ℤ → ℤ) (h : ∀ x : ℕ, f x = g (x + 1)) : g 3 = f 2 := by sorry
theorem cast_ok_sum (f g : ℤ → ℤ) (xs : List ℕ) (h : ∀ x : ℕ, f x = g x) :
    (xs.map fun x => g x).sum = (xs.map fun x => f x).sum := by sorry

theorem fin_outside (f g : ℕ → ℕ) (h : ∀ x : Fin 3, f x = g x) : g 5 = f 5 := by sorry
theorem fin_at_bound (n : ℕ) (f g : ℕ → ℕ) (h : ∀ x : Fin n, f x = g x) : g n = f n := by sorry
theorem fin_over_list (n : ℕ) (f g : ℕ → ℕ) (h : ∀ x : Fin n, f x = g x) (xs : List ℕ) :
    (xs.map g).sum = (xs.map f).sum := by sorry
theorem fin_inside (f g : ℕ → ℕ) (h : ∀ x : Fin 3, f x = g x) : g 2 = f 2 := by sorry
theorem gap_conj (xs : List ℕ) (f g k : ℕ → ℕ) (h : ∀ i ∈ xs, f i ≤ g i ∧ f i ≤ k i) :
    (xs.map g).sum = (xs.map k).sum := by sorry
theorem gap_conj_strict (xs : List ℝ) (f g k : ℝ → ℝ) (h : ∀ i ∈ xs, f i < g i ∧ f i < k i) :
    (xs.map g).sum = (xs.map k).sum := by sorry
theorem gap_same_name (xs : List ℕ) (f g k : ℕ → ℕ) (h : ∀ i ∈ xs, f i ≤ g i)
    (h : ∀ i ∈ xs, f i ≤ k i) : (xs.map g).sum = (xs.map k).sum := by sorry
theorem gap_chain (xs : List ℕ) (f g k : ℕ → ℕ) (h : ∀ i ∈ xs, f i ≤ g i ∧ g i ≤ k i) :
    (xs.map f).sum ≤ (xs.map k).sum := by sorry
theorem head_moves (n : ℕ) (f : ℕ → ℕ) (h : ∀ i ∈ [n], f i = 0) :
    ((List.range (n + 1)).map f).sum = 0 := by sorry
theorem head_moves_list (xs : List ℕ) (f : ℕ → ℕ) (h : ∀ i ∈ [xs.length], f i = 0) :
    ((List.range (xs.length + 1)).map f).sum = 0 := by sorry
theorem range_hyp (n : ℕ) (f : ℕ → ℕ) (h : ∀ i ∈ List.range n, f i = 0) :
    ((List.range n).map f).sum = 0 := by sorry
theorem fin_sum (d : ℕ) (f g : Fin d → ℕ) (h : ∀ i : Fin d, f i = g i) :
    ∑ j : Fin d, f j = ∑ j : Fin d, g j := by sorry
"""

FALSE = {
    # an order hypothesis x ≤ n made n := x + t with t an *integer* (n is, x need not be)
    "gap_real_nat", "gap_real_int",
    # a premise under ∧ was used as a hypothesis for the other conjunct
    "conj_premise", "conj_premise_real",
    # an unbounded ∀ x : ℕ (ℤ, Fin n) rewrote instances outside the type: the cast is invisible
    "cast_neg", "cast_half", "cast_any_real", "cast_int_point", "cast_sum",
    "fin_outside", "fin_at_bound", "fin_over_list",
    # two order facts from one hypothesis name shared one gap function: g j, k j ↦ f j + gap j
    "gap_conj", "gap_conj_strict", "gap_same_name",
    # induction kept ∀ i ∈ [n], … as if monotone in n: its element moves with the step, so
    # the induction hypothesis's own premise (f n = 0) was not available
    "head_moves", "head_moves_list",
    # a binder (f : ℕ → ℕ) and a def f had the same SymPy head (and the binder was unfolded)
    "clash_def", "clash_def_sum", "clash_bool", "clash_rec",
}
TRUE = {"no_clash", "no_clash_rec", "no_clash_bool",
        "gap_nat_int", "gap_chain", "range_hyp", "premise_conj", "cast_ok", "cast_ok_sum",
        "fin_inside", "fin_sum"}


@pytest.fixture(scope="module")
def laws(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, dict[str, Law]]:
    path = tmp_path_factory.mktemp("redteam") / "redteam.lean"
    path.write_text(SOURCE, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    found = {law.name: law for _, law in env.laws() if isinstance(law, Law)}
    assert set(found) == FALSE | TRUE
    return env, found


@pytest.mark.parametrize("name", sorted(FALSE))
def test_false_law_is_not_passed(laws: tuple[Env, dict[str, Law]], name: str) -> None:
    env, found = laws
    out = prove_law(found[name], env, timeout=3.0, bound=3)
    assert out.status not in PASS, (name, out.method, out.steps)


@pytest.mark.parametrize("name", sorted(TRUE))
def test_true_twin_is_proved(laws: tuple[Env, dict[str, Law]], name: str) -> None:
    env, found = laws
    out = prove_law(found[name], env, timeout=5.0, bound=3)
    assert out.status is Status.PROVED, (name, out.reason)


@pytest.mark.parametrize("name", ["gap_real_nat", "conj_premise", "fin_outside",
                                  "gap_conj", "head_moves", "clash_def"])
def test_false_law_has_a_concrete_counterexample(laws: tuple[Env, dict[str, Law]],
                                                 name: str) -> None:
    """The false laws are really false: the concrete search refutes those it can evaluate."""
    env, found = laws
    out = search(found[name], env, seed=1, max_examples=500, timeout=5.0)
    assert out.status is Status.REFUTED


NUMERIC_SOURCE = """
def sumTo : ℕ → ℕ
  | 0 => 0
  | n + 1 => sumTo n + (n + 1)

theorem sumTo_closed (n : ℕ) : sumTo n * 2 = n * (n + 1) := by sorry
"""


def test_numeric_search_returns_an_outcome_on_deep_recursion(tmp_path: Path) -> None:
    path = tmp_path / "deep.lean"
    path.write_text(NUMERIC_SOURCE, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    (law,) = [law for _, law in env.laws() if isinstance(law, Law)]
    out = search(law, env, seed=1, max_examples=1500, timeout=4.0)
    assert out.status in (Status.TESTED, Status.INCONCLUSIVE)
