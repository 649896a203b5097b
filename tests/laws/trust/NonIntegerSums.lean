/-
Red-team corpus (trust), sums and products of non-integers over lists: a sum of non-integers can
be an integer (`1/2 + 1/2 = 1`), duplicates count as often as they occur, the empty sum is 0
and the empty product is 1, `List.sum` over ℚ/ℝ is exact. A checker that reads "every summand
is a non-integer" as "the sum is a non-integer" proves false laws here.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

open scoped BigOperators

namespace JepaFormal.Trust.NonIntegerSums

/-- FALSE at xs = [7, 7]: `1/2 + 1/2 = 1` (issue 9, root cause 1). -/
theorem half_sum_ne_one_f (xs : List ℕ) :
    (xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum ≠ 1 := sorry
/-- TRUE: every summand is an odd multiple of 1/2, so the sum is a multiple of 1/2, never 1/4. -/
theorem half_sum_ne_quarter_t (xs : List ℕ) :
    (xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum ≠ 1/4 := sorry

/-- FALSE at xs = [0, 7]: `3/2 + 1/2 = 2`. -/
theorem half_sum_ne_two_f (xs : List ℕ) :
    (xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum ≠ 2 := sorry
/-- TRUE: every summand is positive. -/
theorem half_sum_ne_neg_t (xs : List ℕ) :
    (xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum ≠ -1 := sorry

/-- FALSE at n = 3: three thirds make 1. -/
theorem thirds_ne_one_f (n : ℕ) : (List.replicate n (1/3 : ℚ)).sum ≠ 1 := sorry
/-- TRUE: `n / 3 = 1/2` has no natural solution. -/
theorem thirds_ne_half_t (n : ℕ) : (List.replicate n (1/3 : ℚ)).sum ≠ 1/2 := sorry

/-- FALSE at n = 1: `1/3 ≠ (1 / 3 : ℕ) = 0`. -/
theorem thirds_nat_div_f (n : ℕ) : (List.replicate n (1/3 : ℚ)).sum = ((n / 3 : ℕ) : ℚ) := sorry
/-- TRUE: `List.sum_replicate`, `n • (1/3) = n / 3`. -/
theorem thirds_div_t (n : ℕ) : (List.replicate n (1/3 : ℚ)).sum = (n : ℚ) / 3 := sorry

/-- FALSE at xs = [1, 1]: ℕ halves `0 + 0 = 0` but `2 / 2 = 1`. -/
theorem nat_half_sum_f (xs : List ℕ) : (xs.map fun x => x / 2).sum = xs.sum / 2 := sorry
/-- TRUE: over ℚ, halving distributes over the sum. -/
theorem rat_half_sum_t (xs : List ℕ) :
    (xs.map fun x => (x : ℚ) / 2).sum = (xs.sum : ℚ) / 2 := sorry

/-- FALSE at xs = []: `0 ≠ 0` fails. -/
theorem half_sum_ne_sum_f (xs : List ℚ) : (xs.map fun x => x / 2).sum ≠ xs.sum := sorry
/-- TRUE: `List.sum_map_div`-style distributivity. -/
theorem half_sum_t (xs : List ℚ) : (xs.map fun x => x / 2).sum = xs.sum / 2 := sorry

/-- FALSE at xs = []: the empty product is 1. -/
theorem half_prod_ne_one_f (xs : List ℕ) : (xs.map fun _ => (1/2 : ℚ)).prod ≠ 1 := sorry
/-- TRUE: `(1/2) ^ k ≠ 1` for `k ≥ 1`. -/
theorem half_prod_ne_one_t (xs : List ℕ) (h : xs ≠ []) :
    (xs.map fun _ => (1/2 : ℚ)).prod ≠ 1 := sorry

/-- FALSE at xs = []: `1 ≤ 1/2` fails. -/
theorem half_prod_le_half_f (xs : List ℕ) : (xs.map fun _ => (1/2 : ℚ)).prod ≤ 1/2 := sorry
/-- TRUE: `List.prod_replicate` through `map_const`. -/
theorem half_prod_pow_t (xs : List ℕ) :
    (xs.map fun _ => (1/2 : ℚ)).prod = (1/2 : ℚ) ^ xs.length := sorry

/-- FALSE at xs = [0, 1]: `2 * (1/2) = 1`. -/
theorem two_half_prod_ne_one_f (xs : List ℕ) :
    (xs.map fun x => if x = 0 then (2 : ℚ) else 1/2).prod ≠ 1 := sorry
/-- TRUE: a product of positive factors is positive. -/
theorem two_half_prod_pos_t (xs : List ℕ) :
    (xs.map fun x => if x = 0 then (2 : ℚ) else 1/2).prod > 0 := sorry

/-- FALSE at xs = []: the empty sum is 0. -/
theorem shifted_sum_pos_f (xs : List ℕ) : 0 < (xs.map fun x => (x : ℚ) + 1/2).sum := sorry
/-- TRUE: nonempty, each summand at least 1/2. -/
theorem shifted_sum_pos_t (xs : List ℕ) (h : xs ≠ []) :
    0 < (xs.map fun x => (x : ℚ) + 1/2).sum := sorry

/-- FALSE at xs = [2, 0]: `5/2 + 1/2 = 3`. -/
theorem shifted_sum_ne_three_f (xs : List ℕ) :
    (xs.map fun x => (x : ℚ) + 1/2).sum ≠ 3 := sorry
/-- TRUE: the sum is a multiple of 1/2, never 1/3. -/
theorem shifted_sum_ne_third_t (xs : List ℕ) :
    (xs.map fun x => (x : ℚ) + 1/2).sum ≠ 1/3 := sorry

/-- FALSE at xs = [1, 2]: ℤ thirds `0 + 0 = 0` but `3 / 3 = 1`. -/
theorem int_third_sum_f (xs : List ℤ) : (xs.map fun x => x / 3).sum = xs.sum / 3 := sorry
/-- TRUE: exact thirds over ℚ. -/
theorem rat_third_sum_t (xs : List ℤ) :
    (xs.map fun x => (x : ℚ) / 3).sum = (xs.sum : ℚ) / 3 := sorry

/-- FALSE at xs = [1, 2]: `3 / 3 = 1 ≤ 0 + 0` fails. -/
theorem int_third_sum_ge_f (xs : List ℤ) : xs.sum / 3 ≤ (xs.map fun x => x / 3).sum := sorry
/-- TRUE: floors (ediv by a positive divisor) add up to at most the floor of the sum. -/
theorem int_third_sum_le_t (xs : List ℤ) : (xs.map fun x => x / 3).sum ≤ xs.sum / 3 := sorry

/-- FALSE at xs = [1/2, 1/2]: the sum is 1. -/
theorem all_halves_ne_one_f (xs : List ℝ) (h : ∀ x ∈ xs, x = 1/2) : xs.sum ≠ 1 := sorry
/-- TRUE: the sum is `length / 2`. -/
theorem all_halves_sum_t (xs : List ℝ) (h : ∀ x ∈ xs, x = 1/2) :
    xs.sum = (xs.length : ℝ) / 2 := sorry

/-- FALSE at xs = []: `0 < 0` fails. -/
theorem pos_sum_pos_f (xs : List ℝ) (h : ∀ x ∈ xs, 0 < x) : 0 < xs.sum := sorry
/-- TRUE: `List.sum_nonneg`. -/
theorem pos_sum_nonneg_t (xs : List ℝ) (h : ∀ x ∈ xs, 0 < x) : 0 ≤ xs.sum := sorry

/-- FALSE at xs = []: the empty product is `1`, and `1 < 1` fails. -/
theorem lt_one_prod_lt_f (xs : List ℝ) (h : ∀ x ∈ xs, x < 1) : xs.prod < 1 := sorry
/-- TRUE: `List.prod_pos`. -/
theorem pos_prod_pos_t (xs : List ℝ) (h : ∀ x ∈ xs, 0 < x) : 0 < xs.prod := sorry

/-- FALSE at xs = [-2, -2]: the product is 4. -/
theorem le_one_prod_le_f (xs : List ℝ) (h : ∀ x ∈ xs, x ≤ 1) : xs.prod ≤ 1 := sorry
/-- TRUE: factors in `[0, 1]` keep the product in `[0, 1]`. -/
theorem unit_prod_le_t (xs : List ℝ) (h : ∀ x ∈ xs, 0 ≤ x ∧ x ≤ 1) : xs.prod ≤ 1 := sorry

/-- FALSE at n = 2: `1/2 + 1/4 = 3/4 > 1/2`. -/
theorem geom_sum_le_half_f (n : ℕ) :
    ((List.range n).map fun i => (1 : ℚ) / 2 ^ (i + 1)).sum ≤ 1/2 := sorry
/-- TRUE: the partial geometric sum is `1 - 2⁻ⁿ < 1`. -/
theorem geom_sum_lt_one_t (n : ℕ) :
    ((List.range n).map fun i => (1 : ℚ) / 2 ^ (i + 1)).sum < 1 := sorry

/-- FALSE at n = 2: `0/2 + 1/2 = 1/2` but `2 * 1 / 4 = 0` in ℕ. -/
theorem half_range_sum_nat_f (n : ℕ) :
    ((List.range n).map fun i => (i : ℚ) / 2).sum = ((n * (n - 1) / 4 : ℕ) : ℚ) := sorry
/-- TRUE: `∑ i < n, i/2 = n (n - 1) / 4`, exact. -/
theorem half_range_sum_t (n : ℕ) :
    ((List.range n).map fun i => (i : ℚ) / 2).sum = ((n * (n - 1) : ℕ) : ℚ) / 4 := sorry

/-- FALSE at xs = []: `0 < 0` fails. -/
theorem half_sum_lt_f (xs : List ℕ) : (xs.map fun x => (x : ℝ) / 2).sum < (xs.sum : ℝ) := sorry
/-- TRUE: halves of naturals sum to at most the sum. -/
theorem half_sum_le_t (xs : List ℕ) : (xs.map fun x => (x : ℝ) / 2).sum ≤ (xs.sum : ℝ) := sorry

/-- FALSE at xs = [0]: `(0 - 1/2) ^ 2 = 1/4 < 1/2`. -/
theorem half_dist_sum_ge_half_f (xs : List ℕ) :
    (xs.map fun x => ((x : ℚ) - 1/2) ^ 2).sum ≥ (xs.length : ℚ) / 2 := sorry
/-- TRUE: a natural is at distance at least 1/2 from 1/2. -/
theorem half_dist_sum_ge_quarter_t (xs : List ℕ) :
    (xs.map fun x => ((x : ℚ) - 1/2) ^ 2).sum ≥ (xs.length : ℚ) / 4 := sorry

/-- FALSE at xs = []: `0 ≠ 0 - 1/2`. -/
theorem sub_half_sum_f (xs : List ℚ) : (xs.map fun x => x - 1/2).sum = xs.sum - 1/2 := sorry
/-- TRUE: one half per element. -/
theorem sub_half_sum_t (xs : List ℚ) :
    (xs.map fun x => x - 1/2).sum = xs.sum - (xs.length : ℚ) / 2 := sorry

/-- FALSE at a = b = 1: `1/2 + 3/2 = 2 = 1 + 1`. -/
theorem replicate_mix_ne_f (a b : ℕ) :
    (List.replicate a (1/2 : ℚ) ++ List.replicate b (3/2 : ℚ)).sum ≠ (a + b : ℚ) := sorry
/-- TRUE: `a/2 + 3b/2`. -/
theorem replicate_mix_t (a b : ℕ) :
    (List.replicate a (1/2 : ℚ) ++ List.replicate b (3/2 : ℚ)).sum = ((a : ℚ) + 3 * b) / 2 := sorry

/-- FALSE at xs = [0, 0]: `(-1/2) * (-1/2) = 1/4`. -/
theorem shifted_prod_ne_quarter_f (xs : List ℕ) :
    (xs.map fun x => (x : ℚ) - 1/2).prod ≠ 1/4 := sorry
/-- TRUE: no factor `x + 1/2` of a natural is zero. -/
theorem shifted_prod_ne_zero_t (xs : List ℕ) :
    (xs.map fun x => (x : ℚ) + 1/2).prod ≠ 0 := sorry

/-- FALSE at xs = [3, 3, 3]: three thirds make 1. -/
theorem third_if_ne_one_f (xs : List ℤ) :
    (xs.map fun x => if x = 3 then (1/3 : ℚ) else 0).sum ≠ 1 := sorry
/-- TRUE: the sum is `k / 3`, never 1/2. -/
theorem third_if_ne_half_t (xs : List ℤ) :
    (xs.map fun x => if x = 3 then (1/3 : ℚ) else 0).sum ≠ 1/2 := sorry

/-- FALSE at xs = [0, 0, 0, 0]: four quarters make 1. -/
theorem quarter_even_lt_one_f (xs : List ℕ) :
    (xs.map fun x => if x % 2 = 0 then (1/4 : ℚ) else 0).sum < 1 := sorry
/-- TRUE: at most a quarter per element. -/
theorem quarter_even_le_t (xs : List ℕ) :
    (xs.map fun x => if x % 2 = 0 then (1/4 : ℚ) else 0).sum ≤ (xs.length : ℚ) / 4 := sorry

/-- FALSE: three quarters. -/
theorem fin_quarters_f : (∑ _i : Fin 3, (1 : ℚ) / 4) = 1 := sorry
/-- TRUE: four quarters. -/
theorem fin_quarters_t : (∑ _i : Fin 4, (1 : ℚ) / 4) = 1 := sorry

/-- FALSE at n = 2: two halves make 1. -/
theorem fin_halves_ne_one_f (n : ℕ) : ∑ _i : Fin n, (1 : ℚ) / 2 ≠ 1 := sorry
/-- TRUE: `Finset.sum_const`, `card (Fin n) = n`. -/
theorem fin_halves_t (n : ℕ) : ∑ _i : Fin n, (1 : ℚ) / 2 = (n : ℚ) / 2 := sorry

/-- FALSE at f = fun _ => 0: the bound allows every value below 1/3. -/
theorem fin_third_bound_f (f : Fin 3 → ℚ) (h : ∀ i, f i ≤ 1/3) : ∑ i, f i = 1 := sorry
/-- TRUE: three thirds. -/
theorem fin_third_eq_t (f : Fin 3 → ℚ) (h : ∀ i, f i = 1/3) : ∑ i, f i = 1 := sorry

/-- FALSE at xs = [-1/2]: `(-1/2) ^ 3 < 0`. -/
theorem cube_sum_nonneg_f (xs : List ℚ) : (xs.map fun x => x ^ 3).sum ≥ 0 := sorry
/-- TRUE: squares are nonnegative. -/
theorem sq_sum_nonneg_t (xs : List ℚ) : (xs.map fun x => x ^ 2).sum ≥ 0 := sorry

/-- FALSE at xs = [1, 1]: `1 + 1 = 2` but `2⁻¹ = 1/2`. -/
theorem inv_sum_f (xs : List ℚ) : (xs.map fun x => x⁻¹).sum = xs.sum⁻¹ := sorry
/-- TRUE: `List.prod_inv` in a commutative group with zero (zeros included). -/
theorem inv_prod_t (xs : List ℚ) : (xs.map fun x => x⁻¹).prod = xs.prod⁻¹ := sorry

/-- FALSE at xs = [0]: `0 * 0⁻¹ = 0`, not 1. -/
theorem mul_inv_sum_f (xs : List ℚ) : (xs.map fun x => x * x⁻¹).sum = xs.length := sorry
/-- TRUE: each summand is 0 or 1. -/
theorem mul_inv_sum_t (xs : List ℚ) : (xs.map fun x => x * x⁻¹).sum ≤ xs.length := sorry

/-- FALSE at xs = [1/2, 1/2]: the product of two halves is below either factor, `1/4 ≠ 1/2`. -/
theorem halves_prod_f (xs : List ℚ) (h : ∀ x ∈ xs, x = 1/2) (hne : xs ≠ []) : xs.prod = 1/2 := sorry
/-- TRUE: `(1/2) ^ length`. -/
theorem halves_prod_t (xs : List ℚ) (h : ∀ x ∈ xs, x = 1/2) : xs.prod = (1/2 : ℚ) ^ xs.length := sorry

/-- FALSE at xs = [1, 3]: the mean `(1 + 3) / 2 = 2` is an integer. -/
theorem mean_two_not_int_f (xs : List ℕ) (h : xs.length = 2) (hodd : ∀ x ∈ xs, x % 2 = 1) :
    (xs.sum : ℚ) / 2 ≠ 2 := sorry
/-- TRUE: two odd naturals have an even sum, so the mean is never `k + 1/2`. -/
theorem mean_two_not_half_t (xs : List ℕ) (h : xs.length = 2) (hodd : ∀ x ∈ xs, x % 2 = 1) :
    (xs.sum : ℚ) / 2 ≠ 5/2 := sorry

/-- FALSE at xs = [1/3, 2/3]: non-integer summands, integer sum. -/
theorem nonint_sum_nonint_f (xs : List ℚ) (h : ∀ x ∈ xs, 0 < x ∧ x < 1) (h2 : 2 ≤ xs.length) :
    xs.sum ≠ 1 := sorry
/-- TRUE: two values below 1 sum below 2. -/
theorem nonint_sum_lt_t (xs : List ℚ) (h : ∀ x ∈ xs, 0 < x ∧ x < 1) (h2 : xs.length = 2) :
    xs.sum < 2 := sorry

/-- FALSE at xs = [1/2, 1/2]: the sum of the squares is `1/2`, the square of the sum is `1`. -/
theorem sq_sum_eq_sum_sq_f (xs : List ℝ) : (xs.map fun x => x ^ 2).sum = xs.sum ^ 2 := sorry
/-- TRUE: for one element. -/
theorem sq_sum_single_t (x : ℝ) : ([x].map fun x => x ^ 2).sum = [x].sum ^ 2 := sorry

/-! ## Irrational factors and sign changes: `√2 * √2 = 2`, the empty product is 1 -/

/-- FALSE at xs = [0, 0]: `√2 * √2 = 2` (irrational factors, rational product). -/
theorem sqrt2_prod_ne_two_f (xs : List ℕ) : (xs.map fun _ => Real.sqrt 2).prod ≠ 2 := sorry
/-- TRUE: the sum is `k * √2`, and `√2 = 2 / k` is impossible since `√2` is irrational. -/
theorem sqrt2_sum_ne_two_t (xs : List ℕ) : (xs.map fun _ => Real.sqrt 2).sum ≠ 2 := sorry

/-- FALSE at xs = [0, 0, 0, 0]: `√2 ^ 4 = 4`. -/
theorem sqrt2_prod_ne_four_f (xs : List ℕ) : (xs.map fun _ => Real.sqrt 2).prod ≠ 4 := sorry
/-- TRUE: positive factors. -/
theorem sqrt2_prod_pos_t (xs : List ℕ) : 0 < (xs.map fun _ => Real.sqrt 2).prod := sorry

/-- FALSE at xs = [0, 0]: `√3 * √3 = 3`. -/
theorem sqrt3_prod_ne_three_f (xs : List ℕ) : (xs.map fun _ => Real.sqrt 3).prod ≠ 3 := sorry
/-- TRUE: `√3 ≠ 3`. -/
theorem sqrt3_single_ne_three_t (xs : List ℕ) (h : xs.length = 1) :
    (xs.map fun _ => Real.sqrt 3).prod ≠ 3 := sorry

/-- FALSE at xs = [0, 0]: nonempty does not help, `√2 * √2 = 2`. -/
theorem sqrt2_prod_nonempty_f (xs : List ℕ) (h : xs ≠ []) :
    (xs.map fun _ => Real.sqrt 2).prod ≠ 2 := sorry
/-- TRUE: one factor, `√2 ≠ 2`. -/
theorem sqrt2_prod_single_t (xs : List ℕ) (h : xs.length = 1) :
    (xs.map fun _ => Real.sqrt 2).prod ≠ 2 := sorry

/-- FALSE at xs = []: the empty product is 1. -/
theorem shift_half_prod_ne_one_f (xs : List ℕ) : (xs.map fun x => (x : ℝ) + 1/2).prod ≠ 1 := sorry
/-- TRUE: a nonempty product is `odd / 2 ^ k` with `k ≥ 1`, never 1. -/
theorem shift_half_prod_ne_one_t (xs : List ℕ) (h : xs ≠ []) :
    (xs.map fun x => (x : ℝ) + 1/2).prod ≠ 1 := sorry

/-- FALSE at xs = []: the empty sum is 0 (also at xs = [0, 1]: `1/2 - 1/2 = 0`). -/
theorem sign_half_sum_ne_zero_f (xs : List ℕ) :
    (xs.map fun x => if x = 0 then (1/2 : ℝ) else -1/2).sum ≠ 0 := sorry
/-- TRUE: the sum is a multiple of 1/2. -/
theorem sign_half_sum_ne_quarter_t (xs : List ℕ) :
    (xs.map fun x => if x = 0 then (1/2 : ℝ) else -1/2).sum ≠ 1/4 := sorry

/-- FALSE at xs = [0, 0]: `1/2 + 1/2 = 1`. -/
theorem pow_half_sum_ne_one_f (xs : List ℕ) : (xs.map fun x => (1/2 : ℚ) ^ (x + 1)).sum ≠ 1 := sorry
/-- TRUE: a sum of dyadic fractions is dyadic, 1/3 is not. -/
theorem pow_half_sum_ne_third_t (xs : List ℕ) :
    (xs.map fun x => (1/2 : ℚ) ^ (x + 1)).sum ≠ 1/3 := sorry

/-- FALSE at xs = [0, 0]: `1/2 + 1/2 = 1`. -/
theorem inv_shift_sum_ne_one_f (xs : List ℕ) : (xs.map fun x => 1 / ((x : ℚ) + 2)).sum ≠ 1 := sorry
/-- TRUE: positive summands. -/
theorem inv_shift_sum_ne_neg_t (xs : List ℕ) : (xs.map fun x => 1 / ((x : ℚ) + 2)).sum ≠ -1 := sorry

/-- FALSE at n = 2: `∏ i : Fin 2, √2 = 2` (a `Finset` product of irrationals). -/
theorem fin_sqrt2_prod_ne_two_f (n : ℕ) : ∏ _i : Fin n, Real.sqrt 2 ≠ 2 := sorry
/-- TRUE: `√2 ^ n > 0`. -/
theorem fin_sqrt2_prod_pos_t (n : ℕ) : ∏ _i : Fin n, Real.sqrt 2 > 0 := sorry

/-- FALSE at xs = [√2, √2]: the hypothesis fixes every element to `√2`, and `√2 * √2 = 2`. -/
theorem sqrt2_hyp_prod_ne_two_f (xs : List ℝ) (h : ∀ x ∈ xs, x = Real.sqrt 2) : xs.prod ≠ 2 := sorry
/-- TRUE: the sum is `k * √2`, never 2. -/
theorem sqrt2_hyp_sum_ne_two_t (xs : List ℝ) (h : ∀ x ∈ xs, x = Real.sqrt 2) : xs.sum ≠ 2 := sorry

/-- FALSE at xs = []: factors in `(0, 1)`, but the empty product is 1. -/
theorem unit_open_prod_ne_one_f (xs : List ℚ) (h : ∀ x ∈ xs, 0 < x ∧ x < 1) : xs.prod ≠ 1 := sorry
/-- TRUE: a nonempty product of factors in `(0, 1)` is below 1. -/
theorem unit_open_prod_ne_one_t (xs : List ℚ) (h : ∀ x ∈ xs, 0 < x ∧ x < 1) (hne : xs ≠ []) :
    xs.prod ≠ 1 := sorry

end JepaFormal.Trust.NonIntegerSums
