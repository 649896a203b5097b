/-
Red-team corpus (trust), `Fin n`: numerals are taken modulo `n` (`(7 : Fin 5) = 2`), `+`, `-`,
`*`, `^`, unary `-` wrap around, `/` and `%` act on the values, `Fin 0` is empty, `Fin 1` has one
element, `Fin.last`, casts to ℕ.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

open scoped BigOperators

namespace JepaFormal.Trust.FinLaws

/-- FALSE: the value of `3 + 4` in `Fin 5` is `2`. -/
theorem add_wrap_val_f : ((3 : Fin 5) + 4).val = 7 := sorry
/-- TRUE: the numeral `7 : Fin 5` is itself `2`, and so is `3 + 4`. -/
theorem add_wrap_numeral_t : (3 : Fin 5) + 4 = 7 := sorry
/-- TRUE: `7 mod 5 = 2`. -/
theorem add_wrap_t : (3 : Fin 5) + 4 = 2 := sorry

/-- FALSE: `1 - 3` wraps to `3` in `Fin 5`, it does not truncate to 0. -/
theorem sub_wrap_val_f : ((1 : Fin 5) - 3).val = 0 := sorry
/-- TRUE: `(1 + (5 - 3)) mod 5 = 3`. -/
theorem sub_wrap_t : (1 : Fin 5) - 3 = 3 := sorry

/-- FALSE: `4 * 4 = 16 = 1` in `Fin 5`. -/
theorem mul_wrap_f : (4 : Fin 5) * 4 = 4 := sorry
/-- TRUE: `16 mod 5 = 1`. -/
theorem mul_wrap_t : (4 : Fin 5) * 4 = 1 := sorry

/-- FALSE at i = j = 3: the value of `3 + 3` in `Fin 6` is 0, not 6. -/
theorem val_add_f (i j : Fin 6) : ((i + j : Fin 6) : ℕ) = (i : ℕ) + (j : ℕ) := sorry
/-- TRUE: `Fin.val_add`. -/
theorem val_add_t (i j : Fin 6) : ((i + j : Fin 6) : ℕ) = ((i : ℕ) + (j : ℕ)) % 6 := sorry

/-- FALSE at i = 5: `5 + 1 = 0` in `Fin 6`. -/
theorem succ_ne_zero_f (i : Fin 6) : i + 1 ≠ 0 := sorry
/-- TRUE: below the last element the successor does not wrap. -/
theorem succ_ne_zero_t (i : Fin 6) (h : (i : ℕ) < 5) : i + 1 ≠ 0 := sorry

/-- FALSE at i = 5: `5 + 1 = 0 < 5`. -/
theorem le_succ_f (i : Fin 6) : i ≤ i + 1 := sorry
/-- TRUE: no wrap below 5. -/
theorem lt_succ_t (i : Fin 6) (h : i < 5) : i < i + 1 := sorry

/-- FALSE at i = 2: `2 * 2 = 0` in `Fin 4` (zero divisors). -/
theorem mul_two_ne_zero_f (i : Fin 4) (h : i ≠ 0) : i * 2 ≠ 0 := sorry
/-- TRUE: 5 is prime, `Fin 5` has no zero divisors. -/
theorem mul_two_ne_zero_t (i : Fin 5) (h : i ≠ 0) : i * 2 ≠ 0 := sorry

/-- FALSE at i = 0, j = 1: `0 - 1 = 6` in `Fin 7`, but `0 - 1 = 0` in ℕ. -/
theorem val_sub_f (i j : Fin 7) : ((i - j : Fin 7) : ℕ) = (i : ℕ) - (j : ℕ) := sorry
/-- TRUE: `Fin 7` is an additive group. -/
theorem fin_sub_add_cancel_t (i j : Fin 7) : i - j + j = i := sorry

/-- FALSE at i = 2. -/
theorem fin3_cases_f (i : Fin 3) : i = 0 ∨ i = 1 := sorry
/-- TRUE: `Fin 3` has exactly three elements. -/
theorem fin3_cases_t (i : Fin 3) : i = 0 ∨ i = 1 ∨ i = 2 := sorry

/-- FALSE at i = 1. -/
theorem fin2_val_zero_f (i : Fin 2) : (i : ℕ) = 0 := sorry
/-- TRUE: `Fin 1` has one element. -/
theorem fin1_val_zero_t (i : Fin 1) : (i : ℕ) = 0 := sorry

/-- FALSE at n = 0, i = 0. -/
theorem val_lt_pred_f (n : ℕ) (i : Fin (n + 1)) : (i : ℕ) < n := sorry
/-- TRUE: `Fin.is_le`. -/
theorem val_le_t (n : ℕ) (i : Fin (n + 1)) : (i : ℕ) ≤ n := sorry

/-- FALSE at n = 1: `Fin.last 1 + 1 = 0 ≠ 1`. -/
theorem last_add_one_f (n : ℕ) : Fin.last n + 1 = Fin.last n := sorry
/-- TRUE: `Fin.last_add_one`: the last element wraps to 0. -/
theorem last_add_one_t (n : ℕ) : Fin.last n + 1 = 0 := sorry
/-- TRUE: `Fin.val_last`. -/
theorem val_last_t (n : ℕ) : ((Fin.last n : Fin (n + 1)) : ℕ) = n := sorry

/-- FALSE at i = 3: `3 * 2 = 1` in `Fin 5`. -/
theorem val_mul_two_f (i : Fin 5) : ((i * 2 : Fin 5) : ℕ) = (i : ℕ) * 2 := sorry
/-- TRUE: `Fin.val_mul`. -/
theorem val_mul_two_t (i : Fin 5) : ((i * 2 : Fin 5) : ℕ) = (i : ℕ) * 2 % 5 := sorry

/-- FALSE: `0 + 1 + 2 + 3 = 6`. -/
theorem sum_vals_f : (∑ i : Fin 4, (i : ℕ)) = 10 := sorry
/-- TRUE: `0 + 1 + 2 + 3 = 6`. -/
theorem sum_vals_t : (∑ i : Fin 4, (i : ℕ)) = 6 := sorry

/-- FALSE at f = fun _ => 1. -/
theorem fin1_sum_zero_f (f : Fin 1 → ℕ) : ∑ i, f i = 0 := sorry
/-- TRUE: a sum over the empty `Fin 0`. -/
theorem fin0_sum_zero_t (f : Fin 0 → ℕ) : ∑ i, f i = 0 := sorry

/-- FALSE at xs = [0, 0]: a list over `Fin 1` can repeat its element. -/
theorem fin1_list_short_f (xs : List (Fin 1)) : xs.length ≤ 1 := sorry
/-- TRUE: `Fin 0` is empty, so is every list over it. -/
theorem fin0_list_nil_t (xs : List (Fin 0)) : xs = [] := sorry

/-- FALSE at xs = [1]. -/
theorem fin2_list_zeros_f (xs : List (Fin 2)) : xs = List.replicate xs.length 0 := sorry
/-- TRUE: every element of `Fin 1` is 0. -/
theorem fin1_list_zeros_t (xs : List (Fin 1)) : xs = List.replicate xs.length 0 := sorry

/-- FALSE at i = 2: `2 + 1 = 0 < 2`. -/
theorem succ_gt_f (i : Fin 3) : (i + 1 : Fin 3) > i := sorry
/-- TRUE: `Fin.is_lt`. -/
theorem val_lt_three_t (i : Fin 3) : (i : ℕ) < 3 := sorry

/-- FALSE at i = 0: `-0 = 0`, not 10. -/
theorem val_neg_f (i : Fin 10) : ((-i : Fin 10) : ℕ) = 10 - (i : ℕ) := sorry
/-- TRUE: `Fin.coe_neg`. -/
theorem val_neg_t (i : Fin 10) : ((-i : Fin 10) : ℕ) = (10 - (i : ℕ)) % 10 := sorry
/-- TRUE: additive inverse. -/
theorem neg_add_t (i : Fin 10) : -i + i = 0 := sorry

/-- FALSE at i = 2, j = 3: `2 + 3 = 1` in `Fin 4`. -/
theorem val_add_small_f (i j : Fin 4) : ((i + j : Fin 4) : ℕ) = (i : ℕ) + (j : ℕ) := sorry
/-- TRUE: no wrap when the sum stays below 4. -/
theorem val_add_small_t (i j : Fin 4) (h : (i : ℕ) + (j : ℕ) < 4) :
    ((i + j : Fin 4) : ℕ) = (i : ℕ) + (j : ℕ) := sorry

/-- FALSE: the value of `2 ^ 2` in `Fin 3` is 1. -/
theorem pow_val_f : ((2 : Fin 3) ^ 2).val = 4 := sorry
/-- TRUE: `4 mod 3 = 1`. -/
theorem pow_wrap_t : (2 : Fin 3) ^ 2 = 1 := sorry
/-- TRUE: the numeral `4 : Fin 3` is also `1`. -/
theorem pow_numeral_t : (2 : Fin 3) ^ 2 = 4 := sorry

/-- FALSE: `(7 : Fin 3).val = 1`. -/
theorem numeral_val_f : (7 : Fin 3).val = 7 := sorry
/-- TRUE: `7 mod 3 = 1`. -/
theorem numeral_val_t : (7 : Fin 3).val = 1 := sorry

/-- FALSE at i = 2: `2 * 2 = 4` in `Fin 5`. -/
theorem sq_ne_four_f : ∀ i : Fin 5, i * i ≠ 4 := sorry
/-- TRUE: squares modulo 4 are 0 and 1. -/
theorem sq_ne_two_t : ∀ i : Fin 4, i * i ≠ 2 := sorry

/-- FALSE at i = 1: `1 / 2 = 0` (division of the values), and `0 * 2 = 0`. -/
theorem div_mul_f (i : Fin 4) : (i / 2) * 2 = i := sorry
/-- TRUE: `Fin.div` divides the values. -/
theorem div_le_t (i : Fin 4) : i / 2 ≤ i := sorry

/-- FALSE at i = 2: `2 % 2 = 0`. -/
theorem mod_self_f (i : Fin 5) : i % 2 = i := sorry
/-- TRUE: `Fin.mod` takes the values' remainder. -/
theorem mod_le_one_t (i : Fin 5) : i % 2 ≤ 1 := sorry

/-- FALSE at i = 3, j = 4: `3 + 4 = 2 < 3` in `Fin 5`. -/
theorem add_mono_f (i j : Fin 5) : i ≤ i + j := sorry
/-- TRUE: in ℕ values, `i ≤ i + j`. -/
theorem add_mono_val_t (i j : Fin 5) : (i : ℕ) ≤ (i : ℕ) + (j : ℕ) := sorry

/-- FALSE at xs = [3, 4]: `Fin 5` sum `3 + 4 = 2`, the ℕ sum of the values is 7. -/
theorem list_sum_val_f (xs : List (Fin 5)) : (xs.sum : ℕ) = (xs.map (fun i => (i : ℕ))).sum := sorry
/-- TRUE: summing in `Fin 5` is summing the values modulo 5. -/
theorem list_sum_val_t (xs : List (Fin 5)) :
    (xs.sum : ℕ) = (xs.map (fun i => (i : ℕ))).sum % 5 := sorry

end JepaFormal.Trust.FinLaws
