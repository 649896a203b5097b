/-
Red-team corpus (trust), ℚ and ℝ: `x / 0 = 0` and `0⁻¹ = 0` (a field with a total inverse),
exact decimals (`0.1 + 0.2 = 0.3` holds in ℚ and ℝ), `|·|`, `max`/`min`, `Real.sqrt` of a
negative number is `0`, nonlinear inequalities that need their hypotheses.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.RatReal

/-- FALSE at x = 0: `0 * 0⁻¹ = 0`. -/
theorem mul_inv_self_f (x : ℚ) : x * x⁻¹ = 1 := sorry
/-- TRUE: `mul_inv_cancel₀`. -/
theorem mul_inv_self_t (x : ℚ) (h : x ≠ 0) : x * x⁻¹ = 1 := sorry

/-- FALSE at x = 1/2: `2 ≤ 1/2` fails. -/
theorem inv_le_self_f (x : ℚ) : x⁻¹ ≤ x := sorry
/-- TRUE: `inv_inv`, also at 0 since `0⁻¹ = 0`. -/
theorem inv_inv_t (x : ℚ) : (x⁻¹)⁻¹ = x := sorry

/-- FALSE at x = y = 1: `2⁻¹ = 1/2` but `1 + 1 = 2`. -/
theorem inv_add_f (x y : ℚ) : (x + y)⁻¹ = x⁻¹ + y⁻¹ := sorry
/-- TRUE: `mul_inv` (commutative group with zero, zeros included). -/
theorem mul_inv_t (x y : ℚ) : (x * y)⁻¹ = x⁻¹ * y⁻¹ := sorry

/-- FALSE at x = 1, y = 0: `1 / 0 * 0 = 0`. -/
theorem real_div_mul_cancel_f (x y : ℝ) : x / y * y = x := sorry
/-- TRUE: `div_mul_cancel₀`. -/
theorem real_div_mul_cancel_t (x y : ℝ) (h : y ≠ 0) : x / y * y = x := sorry

/-- FALSE at x = 1, y = 1, z = 2: `1 / (1/2) = 2` but `1 / 1 / 2 = 1/2`. -/
theorem div_div_assoc_f (x y z : ℝ) : x / (y / z) = x / y / z := sorry
/-- TRUE: `div_div`, zeros included. -/
theorem real_div_div_t (x y z : ℝ) : x / (y * z) = x / y / z := sorry
/-- TRUE: `div_div_eq_mul_div`, zeros included (`(y * z⁻¹)⁻¹ = y⁻¹ * z`). -/
theorem div_div_eq_mul_div_t (x y z : ℝ) : x / (y / z) = x * z / y := sorry

/-- FALSE at x = 0: `0 < 0⁻¹ = 0` fails. -/
theorem inv_pos_iff_f (x : ℝ) : 0 < x⁻¹ ↔ 0 ≤ x := sorry
/-- TRUE: `inv_nonneg`. -/
theorem inv_nonneg_t (x : ℝ) : 0 ≤ x⁻¹ ↔ 0 ≤ x := sorry

/-- FALSE at x = -1, y = 1: `1 ≤ -1` fails. -/
theorem one_div_anti_f (x y : ℝ) (h : x ≤ y) : 1 / y ≤ 1 / x := sorry
/-- TRUE: `one_div_le_one_div_of_le`. -/
theorem one_div_anti_t (x y : ℝ) (hx : 0 < x) (h : x ≤ y) : 1 / y ≤ 1 / x := sorry

/-- FALSE at x = 1, y = -1: `|0| = 0` but `1 + 1 = 2`. -/
theorem abs_add_eq_f (x y : ℝ) : |x + y| = |x| + |y| := sorry
/-- TRUE: `abs_sub_le` (triangle through z). -/
theorem abs_sub_le_t (x y z : ℝ) : |x - y| ≤ |x - z| + |z - y| := sorry
/-- TRUE: `abs_sub_abs_le_abs_sub`. -/
theorem abs_sub_abs_le_t (x y : ℝ) : |x| - |y| ≤ |x - y| := sorry

/-- FALSE at x = 1/2: `1/2 ≤ 1/4` fails. -/
theorem le_sq_f (x : ℝ) : x ≤ x ^ 2 := sorry
/-- TRUE: `x ^ 2 - x + 1 = (x - 1/2) ^ 2 + 3/4 > 0`. -/
theorem le_sq_add_one_t (x : ℝ) : x ≤ x ^ 2 + 1 := sorry
/-- TRUE: for `x ≥ 1`, `x ≤ x * x`. -/
theorem real_le_sq_t (x : ℝ) (h : 1 ≤ x) : x ≤ x ^ 2 := sorry

/-- FALSE at x = 0, y = 1: `1 - 0 = 1` but `0 - 1 = -1`. -/
theorem max_sub_min_real_f (x y : ℝ) : max x y - min x y = x - y := sorry
/-- TRUE: `max_sub_min_eq_abs`. -/
theorem max_sub_min_real_t (x y : ℝ) : max x y - min x y = |x - y| := sorry

/-- FALSE at x = y = 0: `0 < 0` fails. -/
theorem min_lt_mean_f (x y : ℝ) : min x y < (x + y) / 2 := sorry
/-- TRUE: the minimum is at most the mean. -/
theorem min_le_mean_t (x y : ℝ) : min x y ≤ (x + y) / 2 := sorry

/-- FALSE at x = -1: `√1 = 1`. -/
theorem sqrt_sq_f (x : ℝ) : Real.sqrt (x ^ 2) = x := sorry
/-- TRUE: `Real.sqrt_sq_eq_abs`. -/
theorem sqrt_sq_t (x : ℝ) : Real.sqrt (x ^ 2) = |x| := sorry

/-- FALSE at x = -1: `Real.sqrt (-1) = 0`, so the left side is `0`. -/
theorem sq_sqrt_f (x : ℝ) : Real.sqrt x ^ 2 = x := sorry
/-- TRUE: `Real.sq_sqrt`. -/
theorem sq_sqrt_t (x : ℝ) (h : 0 ≤ x) : Real.sqrt x ^ 2 = x := sorry

/-- FALSE: `2/3 ≠ 2/3 + 1/100`. -/
theorem thirds_f : (1 : ℚ) / 3 + 1 / 3 = 2 / 3 + 1 / 100 := sorry
/-- TRUE: exact rational arithmetic. -/
theorem thirds_t : (1 : ℚ) / 3 + 1 / 3 + 1 / 3 = 1 := sorry

/-- FALSE: `2 / 0 = 0`. -/
theorem two_div_zero_f : (2 : ℚ) / 0 = 2 := sorry
/-- TRUE: `2 / 0 = 0`. -/
theorem two_div_zero_t : (2 : ℚ) / 0 + 3 = 3 := sorry

/-- FALSE: `0⁻¹ * 0 = 0`. -/
theorem inv_zero_mul_f : (0 : ℚ)⁻¹ * 0 = 1 := sorry
/-- TRUE: `inv_zero`. -/
theorem inv_zero_add_t : (0 : ℚ)⁻¹ + 1 = 1 := sorry

/-- FALSE at x = 1: `1/2 + 1/3 = 5/6` but `1/5`. -/
theorem div_add_div_f (x : ℝ) : x / 2 + x / 3 = x / 5 := sorry
/-- TRUE: `add_halves`. -/
theorem add_halves_t (x : ℝ) : x / 2 + x / 2 = x := sorry

/-- FALSE at x = 1, y = 0: `1 / 1 < 1` fails. -/
theorem frac_lt_one_f (x y : ℚ) (hx : 0 ≤ x) (hy : 0 ≤ y) : x / (x + y) < 1 := sorry
/-- TRUE: strictly positive parts. -/
theorem frac_lt_one_t (x y : ℚ) (hx : 0 < x) (hy : 0 < y) : x / (x + y) < 1 := sorry
/-- TRUE: also at x = y = 0, where `0 / 0 = 0 ≤ 1`. -/
theorem frac_le_one_t (x y : ℚ) (hx : 0 ≤ x) (hy : 0 ≤ y) : x / (x + y) ≤ 1 := sorry

/-- FALSE at x = 0: `1 ≠ -1`. -/
theorem sub_sq_f (x : ℝ) : (x - 1) ^ 2 = x ^ 2 - 1 := sorry
/-- TRUE: difference of squares. -/
theorem diff_sq_t (x : ℝ) : (x - 1) * (x + 1) = x ^ 2 - 1 := sorry

/-- FALSE at x = -2: `(-2) ^ 2 = 4`. -/
theorem sq_eq_four_f (x : ℝ) (h : x ^ 2 = 4) : x = 2 := sorry
/-- TRUE: the nonnegative root. -/
theorem sq_eq_four_t (x : ℝ) (h : x ^ 2 = 4) (hx : 0 ≤ x) : x = 2 := sorry

/-- FALSE at x = 1, y = 0. -/
theorem mul_eq_zero_left_f (x y : ℝ) (h : x * y = 0) : x = 0 := sorry
/-- TRUE: `mul_eq_zero`. -/
theorem mul_eq_zero_t (x y : ℝ) (h : x * y = 0) : x = 0 ∨ y = 0 := sorry

/-- FALSE at x = -2, y = 1: `4 < 1` fails. -/
theorem sq_lt_sq_f (x y : ℝ) (h : x < y) : x ^ 2 < y ^ 2 := sorry
/-- TRUE: `pow_lt_pow_left` for a nonnegative base. -/
theorem sq_lt_sq_t (x y : ℝ) (hx : 0 ≤ x) (h : x < y) : x ^ 2 < y ^ 2 := sorry

/-- FALSE at x = y = 2: `4 ≤ 2` fails. -/
theorem mul_le_mean_f (x y : ℝ) (hx : 0 ≤ x) (hy : 0 ≤ y) : x * y ≤ (x + y) / 2 := sorry
/-- TRUE: `two_mul_le_add_sq`. -/
theorem two_mul_le_t (x y : ℝ) (hx : 0 ≤ x) (hy : 0 ≤ y) : 2 * x * y ≤ x ^ 2 + y ^ 2 := sorry

/-- FALSE at x = 1, y = -1: `-1 + -1 = -2 ≥ 2` fails. -/
theorem div_add_div_ge_two_f (x y : ℚ) : x / y + y / x ≥ 2 := sorry
/-- TRUE: AM-GM for positive x, y. -/
theorem div_add_div_ge_two_t (x y : ℚ) (hx : 0 < x) (hy : 0 < y) : x / y + y / x ≥ 2 := sorry
/-- TRUE: `inv_eq_one_div`. -/
theorem inv_eq_one_div_t (x : ℚ) : x⁻¹ = 1 / x := sorry

/-- FALSE at x = 1, y = 1/2: `1 / (1/2) = 2 ≤ 1` fails. -/
theorem abs_div_le_f (x y : ℝ) : |x| / |y| ≤ |x| := sorry
/-- TRUE: dividing by at least 1 shrinks a nonnegative number. -/
theorem abs_div_le_t (x y : ℝ) (hy : 1 ≤ |y|) : |x| / |y| ≤ |x| := sorry
/-- TRUE: `abs_mul`. -/
theorem abs_mul_t (x y : ℝ) : |x * y| = |x| * |y| := sorry

/-- FALSE at x = 0: `0 / 0 = 0`. -/
theorem div_two_self_f (x : ℝ) : x / (2 * x) = 1 / 2 := sorry
/-- TRUE: for `x > 0`. -/
theorem div_two_self_t (x : ℝ) (h : 0 < x) : x / (2 * x) = 1 / 2 := sorry

/-- FALSE: ℚ decimals are exact; `0.1 + 0.2 = 0.3` exactly. -/
theorem decimal_sum_f : (0.1 : ℚ) + 0.2 = 0.30000000000000004 := sorry
/-- TRUE: exact decimals (a Float reader would say false). -/
theorem decimal_sum_t : (0.1 : ℚ) + 0.2 = 0.3 := sorry

/-- FALSE: `0.1 * 3 = 0.3` exactly in ℝ. -/
theorem decimal_mul_f : (0.1 : ℝ) * 3 < 0.3 := sorry
/-- TRUE: exact. -/
theorem decimal_mul_t : (0.1 : ℝ) * 3 = 0.3 := sorry

/-- FALSE: `2.5 = 5/2`. -/
theorem decimal_lit_f : (2.5 : ℚ) = 2 := sorry
/-- TRUE: a decimal literal denotes its exact value. -/
theorem decimal_lit_t : (2.5 : ℚ) = 5 / 2 := sorry

/-- FALSE at x = -1/2: `|-1/2| = 1/2` but `max (-1/2) 0 = 0`. -/
theorem abs_eq_max_zero_f (x : ℚ) : |x| = max x 0 := sorry
/-- TRUE: `abs_eq_max_neg`. -/
theorem abs_eq_max_neg_t (x : ℚ) : |x| = max x (-x) := sorry

/-- FALSE at x = 2, y = 3: `2 / 3 ≠ 3 / 2`. -/
theorem div_comm_f (x y : ℚ) : x / y = y / x := sorry
/-- TRUE: `div_eq_mul_inv` then commutativity. -/
theorem div_eq_inv_mul_t (x y : ℚ) : x / y = y⁻¹ * x := sorry

/-- FALSE at x = 1/2: `(1/2)⁻¹ = 2 > 1`. -/
theorem inv_le_one_f (x : ℚ) (h : 0 < x) : x⁻¹ ≤ 1 := sorry
/-- TRUE: `inv_le_one_of_one_le₀`. -/
theorem inv_le_one_t (x : ℚ) (h : 1 ≤ x) : x⁻¹ ≤ 1 := sorry

end JepaFormal.Trust.RatReal
