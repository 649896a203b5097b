/-
Red-team corpus (trust, session 9): laws false only at a value the statement names (or next to
it), or at a list repeating it; closed `Float` statements (NaN, `-0.0`, `∞`, overflow, the
right fold of `List.sum`); huge exponents (`x ^ (10 ^ 100)`); and the places where SymPy's
assumptions once decided a proof (a relation evaluated at construction, the integrality of a
gap, the domain of a `∀ x : ℕ`/`∀ i : Fin n` hypothesis, the index of `(x :: xs)[i]!`).
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.Literals

/-- FALSE at xs = [5, 5, 5]: three thirds make 1 (a sum of non-integers can be an integer). -/
theorem lit_third_sum_ne_one_f (xs : List ℕ) :
    (xs.map fun x => if x = 5 then (1/3 : ℚ) else 2/3).sum ≠ 1 := sorry
/-- TRUE: every summand is a multiple of 1/3, so the sum is too; 1/4 is not. -/
theorem lit_third_sum_ne_quarter_t (xs : List ℕ) :
    (xs.map fun x => if x = 5 then (1/3 : ℚ) else 2/3).sum ≠ 1/4 := sorry

/-- FALSE at xs = [10, 10]: two halves reach 1. -/
theorem lit_half_sum_lt_one_f (xs : List ℕ) :
    (xs.map fun x => if x = 10 then (1/2 : ℚ) else 0).sum < 1 := sorry
/-- TRUE: each summand is at most 1/2. -/
theorem lit_half_sum_le_t (xs : List ℕ) :
    (xs.map fun x => if x = 10 then (1/2 : ℚ) else 0).sum ≤ (xs.length : ℚ) / 2 := sorry

/-- FALSE at xs = [42, 42]: a repeated element counts twice. -/
theorem lit_count_lt_two_f (xs : List ℕ) : xs.count 42 < 2 := sorry
/-- TRUE: `List.count_le_length`. -/
theorem lit_count_le_length_t (xs : List ℕ) : xs.count 42 ≤ xs.length := sorry

/-- FALSE at xs = [100, 100]: `1/4 + 1/4 = 1/2` over ℝ. -/
theorem lit_real_quarters_f (xs : List ℕ) :
    (xs.map fun x => if x = 100 then (0.25 : ℝ) else 1).sum ≠ 1/2 := sorry
/-- TRUE: every summand is positive, so the sum is never negative. -/
theorem lit_real_quarters_t (xs : List ℕ) :
    (xs.map fun x => if x = 100 then (0.25 : ℝ) else 1).sum ≠ -1 := sorry

/-- FALSE at z = -50: the neighbour of the literal -49. -/
theorem lit_int_shift_f (z : ℤ) : z + 1 ≠ -49 := sorry
/-- TRUE: `z + 1 ≠ z`. -/
theorem lit_int_shift_t (z : ℤ) : z + 1 ≠ z := sorry

/-- FALSE at i = 42. -/
theorem lit_fin_val_f (i : Fin 50) : i.val ≠ 42 := sorry
/-- TRUE: `Fin.isLt`. -/
theorem lit_fin_val_t (i : Fin 50) : i.val < 50 := sorry

/-- FALSE at n = 1000. -/
theorem lit_nat_big_f (n : ℕ) : n * 3 ≠ 3000 := sorry
/-- TRUE: `3 ∣ n * 3`, and 3 does not divide 3001. -/
theorem lit_nat_big_t (n : ℕ) : n * 3 ≠ 3001 := sorry

/-- FALSE at x = 1e308: `1e308 * 10 = ∞`, and `∞ < ∞` is false (IEEE). -/
theorem lit_float_overflow_f (x : Float) : x * 10.0 < 1e308 + 1e308 := sorry
/-- TRUE: `1e308 + 1e308 = ∞`; every float but NaN is `≤ ∞`, and `x * 10` is NaN only for a
NaN `x`, where `x != x`. -/
theorem lit_float_overflow_t (x : Float) : x * 10.0 ≤ 1e308 + 1e308 ∨ (x != x) = true := sorry

/-- FALSE at x = 0: `0 ^ (10 ^ 100) = 0`. -/
theorem lit_big_pow_ge_one_f (x : ℕ) : x ^ (10 ^ 100) ≥ 1 := sorry
/-- TRUE: a natural power of a natural (issue 18: no expansion, no hang). -/
theorem lit_big_pow_nonneg_t (x : ℕ) : x ^ (10 ^ 100) ≥ 0 := sorry

/-- FALSE at x = -1: an odd power of -1 is -1. -/
theorem lit_big_pow_odd_f (x : ℤ) : x ^ (10 ^ 100 + 1) ≥ 0 := sorry
/-- TRUE: `Even.pow_nonneg`. -/
theorem lit_big_pow_even_t (x : ℤ) : x ^ (10 ^ 100) ≥ 0 := sorry

/-- FALSE at x = 0: `1 ^ k = 1`, not more. -/
theorem lit_big_pow_gt_one_f (x : ℕ) : (x + 1) ^ (10 ^ 100) > 1 := sorry
/-- TRUE: `one_le_pow` of a positive natural. -/
theorem lit_big_pow_ge_one_t (x : ℕ) : (x + 1) ^ (10 ^ 100) ≥ 1 := sorry

/-- FALSE: NaN matches nothing under `BEq Float`, not even itself: the count is 0. -/
theorem lit_nan_count_two_f : ([0.0/0.0, 0.0/0.0] : List Float).count (0.0/0.0) = 2 := sorry
/-- TRUE: IEEE `==`. -/
theorem lit_nan_count_zero_t : ([0.0/0.0, 0.0/0.0] : List Float).count (0.0/0.0) = 0 := sorry

/-- FALSE: `-0.0 == 0.0` is true under IEEE `==`. -/
theorem lit_neg_zero_f : ((-0.0 : Float) == 0.0) = false := sorry
/-- TRUE: IEEE `==` ignores the sign of zero. -/
theorem lit_neg_zero_t : ((-0.0 : Float) == 0.0) = true := sorry

/-- FALSE: `∞ - ∞` is NaN, which is not `== 0.0`. -/
theorem lit_inf_sub_f : ((1.0 : Float) / 0.0 - 1.0 / 0.0) == 0.0 := sorry
/-- TRUE: NaN `!=` NaN. -/
theorem lit_inf_sub_t : ((1.0 : Float) / 0.0 - 1.0 / 0.0) != ((1.0 : Float) / 0.0 - 1.0 / 0.0) := sorry

/-- FALSE: `List.sum` is a right fold: `1 + (1e16 + (-1e16 + 0)) = 1`, not 0. -/
theorem lit_right_fold_f : ([1.0, 1e16, -1e16] : List Float).sum == 0.0 := sorry
/-- TRUE: the right fold gives exactly 1. -/
theorem lit_right_fold_t : ([1.0, 1e16, -1e16] : List Float).sum == 1.0 := sorry

/-- FALSE: `contains` uses `BEq`; NaN is not found. -/
theorem lit_nan_contains_f : ([0.0/0.0] : List Float).contains (0.0/0.0) = true := sorry
/-- TRUE: IEEE `==`. -/
theorem lit_nan_contains_t : ([0.0/0.0] : List Float).contains (0.0/0.0) = false := sorry

/-- FALSE: `1e308 * 10 = ∞ = 1e308 + 1e308`, so `<` fails. -/
theorem lit_closed_overflow_f : (1e308 * 10.0 : Float) < 1e308 + 1e308 := sorry
/-- TRUE: `∞ ≤ ∞`. -/
theorem lit_closed_overflow_t : (1e308 * 10.0 : Float) ≤ 1e308 + 1e308 := sorry

/-- FALSE at xs = [0, 7]: `3/2 + 1/2 = 2`; a negated equation SymPy once decided from the
summands' assumptions. -/
theorem lit_not_eq_sum_f (xs : List ℕ) :
    ¬ ((xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum = 2) := sorry
/-- TRUE: every summand is positive. -/
theorem lit_not_eq_sum_t (xs : List ℕ) :
    ¬ ((xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum = -2) := sorry

/-- FALSE at x = 0, y = 1/2: between rationals the gap need not be 1. -/
theorem lit_rat_gap_f (x y : ℚ) (h : x < y) : x + 1 ≤ y := sorry
/-- TRUE: `Int.add_one_le_of_lt`. -/
theorem lit_int_gap_t (x y : ℤ) (h : x < y) : x + 1 ≤ y := sorry

/-- FALSE at n = 0, q = 1/2: a cast natural below a rational. -/
theorem lit_cast_gap_f (n : ℕ) (q : ℚ) (h : (n : ℚ) < q) : (n : ℚ) + 1 ≤ q := sorry
/-- TRUE: two cast naturals: the gap is a natural. -/
theorem lit_cast_gap_t (n m : ℕ) (h : (n : ℚ) < m) : (n : ℚ) + 1 ≤ m := sorry

/-- FALSE at x = 0, xs = [], i = 0: `(0 :: [])[0]! = 0 = [][0]!`… take x = 1: `1 ≠ 0`. -/
theorem lit_get_cons_f (x : ℕ) (xs : List ℕ) (i : ℕ) : (x :: xs)[i]! = xs[i - 1]! := sorry
/-- TRUE: `List.getElem!_cons_succ`. -/
theorem lit_get_cons_t (x : ℕ) (xs : List ℕ) (i : ℕ) : (x :: xs)[i + 1]! = xs[i]! := sorry

/-- FALSE at f = 0, g = 1 at -1 only: the hypothesis speaks of naturals, not of -1. -/
theorem lit_nat_hyp_f (f g : ℤ → ℤ) (h : ∀ x : ℕ, f x = g x) : f (-1) = g (-1) := sorry
/-- TRUE: 3 is a natural. -/
theorem lit_nat_hyp_t (f g : ℤ → ℤ) (h : ∀ x : ℕ, f x = g x) : f 3 = g 3 := sorry

end JepaFormal.Trust.Literals
