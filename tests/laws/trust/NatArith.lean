/-
Red-team corpus (trust), ℕ arithmetic: truncated subtraction, floor division with `a / 0 = 0`,
`a % 0 = a`, `0 ^ 0 = 1`, divisibility with `0`, `Nat.pred 0 = 0`, gcd/lcm.
Every theorem is tagged TRUE or FALSE in its comment; each FALSE one names a counterexample that
`checkers.py` re-evaluates by hand. Proofs are `sorry`: only the statements matter.
-/
import Mathlib

namespace JepaFormal.Trust.NatArith

/-- FALSE at a = 0: `0 - 1 = 0` in ℕ, so `0 - 1 + 1 = 1 ≠ 0`. -/
theorem pred_add_one_f (a : ℕ) : a - 1 + 1 = a := sorry
/-- TRUE: with `0 < a` the subtraction does not truncate. -/
theorem pred_add_one_t (a : ℕ) (h : 0 < a) : a - 1 + 1 = a := sorry

/-- FALSE at a = b = c = 1: `1 - 1 - 1 = 0` but `1 - (1 - 1) = 1`. -/
theorem sub_sub_assoc_f (a b c : ℕ) : a - b - c = a - (b - c) := sorry
/-- TRUE: `Nat.sub_sub`, truncation included. -/
theorem sub_sub_t (a b c : ℕ) : a - b - c = a - (b + c) := sorry

/-- FALSE at a = 0, b = 1: left `0 + 1 = 1`, right `0 - 1 = 0`. -/
theorem absdiff_f (a b : ℕ) : (a - b) + (b - a) = a - b := sorry
/-- TRUE: one of the two truncated differences is 0, the other is `max - min`. -/
theorem absdiff_t (a b : ℕ) : (a - b) + (b - a) = max a b - min a b := sorry

/-- FALSE at a = b = 0: `0 - 0 < 0` fails. -/
theorem sub_lt_f (a b : ℕ) : a - b < a := sorry
/-- TRUE: `Nat.sub_lt`. -/
theorem sub_lt_t (a b : ℕ) (ha : 0 < a) (hb : 0 < b) : a - b < a := sorry

/-- FALSE at a = 0, b = 1: `0 - 1 = 0` yet `0 ≠ 1`. -/
theorem sub_eq_zero_eq_f (a b : ℕ) : a - b = 0 → a = b := sorry
/-- TRUE: `Nat.sub_eq_zero_iff_le`. -/
theorem sub_eq_zero_le_t (a b : ℕ) : a - b = 0 → a ≤ b := sorry

/-- FALSE at a = b = 1: left `0 * 2 = 0`, right `2 - 1 = 1`. -/
theorem sub_mul_two_f (a b : ℕ) : (a - b) * 2 = 2 * a - b := sorry
/-- TRUE: `Nat.sub_mul` (truncated subtraction distributes over multiplication). -/
theorem sub_mul_two_t (a b : ℕ) : (a - b) * 2 = 2 * a - 2 * b := sorry

/-- FALSE at a = 1, b = 2: `1 / 2 * 2 = 0`. -/
theorem div_mul_cancel_f (a b : ℕ) : a / b * b = a := sorry
/-- TRUE: `Nat.div_add_mod'`; also at b = 0 (`a / 0 = 0`, `a % 0 = a`). -/
theorem div_mul_add_mod_t (a b : ℕ) : a / b * b + a % b = a := sorry

/-- FALSE at a = 1: `1 / 0 = 0` in ℕ. -/
theorem div_zero_self_f (a : ℕ) : a / 0 = a := sorry
/-- TRUE: `a / 0 = 0` and `a % 0 = a`. -/
theorem div_zero_add_mod_zero_t (a : ℕ) : a / 0 + a % 0 = a := sorry

/-- FALSE at a = 0, b = 0: `0 % 0 = 0`, and `0 < 0` fails. -/
theorem mod_lt_f (a b : ℕ) : a % b < b := sorry
/-- TRUE: `Nat.mod_lt`. -/
theorem mod_lt_t (a b : ℕ) (hb : 0 < b) : a % b < b := sorry

/-- FALSE at a = 2, b = 1: `2 / 1 = 2` but `2 / 2 = 1`. -/
theorem div_antitone_f (a b : ℕ) : a / b ≤ a / (b + 1) := sorry
/-- TRUE: `Nat.div_le_self`. -/
theorem div_succ_le_t (a b : ℕ) : a / (b + 1) ≤ a := sorry

/-- FALSE at a = b = 1, c = 2: `2 / 2 = 1` but `0 + 0 = 0`. -/
theorem add_div_f (a b c : ℕ) : (a + b) / c = a / c + b / c := sorry
/-- TRUE: floors add up to at most the floor of the sum (c = 0: `0 ≤ 0`). -/
theorem add_div_le_t (a b c : ℕ) : a / c + b / c ≤ (a + b) / c := sorry

/-- FALSE at a = 1: `1 / 2 * 2 = 0`. -/
theorem half_double_f (a : ℕ) : a / 2 * 2 = a := sorry
/-- TRUE: `Nat.mul_div_cancel_left`. -/
theorem double_half_t (a : ℕ) : (2 * a) / 2 = a := sorry

/-- FALSE at a = 0: `1 / 2 = 0` but `0 / 2 + 1 = 1`. -/
theorem succ_div_two_f (a : ℕ) : (a + 1) / 2 = a / 2 + 1 := sorry
/-- TRUE: `Nat.add_div_right`. -/
theorem add_two_div_two_t (a : ℕ) : (a + 2) / 2 = a / 2 + 1 := sorry

/-- FALSE at a = 1, b = 2: `2 % 2 = 0` but `1 % 2 = 1`. -/
theorem mul_mod_right_f (a b : ℕ) : (a * b) % b = a % b := sorry
/-- TRUE: `Nat.mul_mod_left`; at b = 0 it is `0 % 0 = 0`. -/
theorem mul_mod_self_t (a b : ℕ) : (a * b) % b = 0 := sorry

/-- FALSE at a = 0: `0 % 2 = 0`. -/
theorem mod_two_odd_f (a : ℕ) : a % 2 = 1 ∨ a % 2 = 2 := sorry
/-- TRUE: `Nat.mod_two_eq_zero_or_one`. -/
theorem mod_two_cases_t (a : ℕ) : a % 2 = 0 ∨ a % 2 = 1 := sorry

/-- FALSE at a = 1, b = 0: `1 ∣ 0` holds, `1 ≤ 0` does not. -/
theorem dvd_le_f (a b : ℕ) : a ∣ b → a ≤ b := sorry
/-- TRUE: `Nat.le_of_dvd`. -/
theorem dvd_le_t (a b : ℕ) (hb : 0 < b) : a ∣ b → a ≤ b := sorry

/-- FALSE at a = 1: `0 ∣ a` means `a = 0`. -/
theorem zero_dvd_f (a : ℕ) : 0 ∣ a := sorry
/-- TRUE: `dvd_zero`. -/
theorem dvd_zero_t (a : ℕ) : a ∣ 0 := sorry

/-- FALSE at a = 0: `0 ^ 0 = 1`. -/
theorem pow_zero_self_f (a : ℕ) : a ^ 0 = a := sorry
/-- TRUE: `pow_zero`, also `0 ^ 0 = 1`. -/
theorem pow_zero_t (a : ℕ) : a ^ 0 = 1 := sorry

/-- FALSE at a = 0, b = 1: `0 ^ 1 = 0 < 1`. -/
theorem pow_ge_exp_f (a b : ℕ) : a ^ b ≥ b := sorry
/-- TRUE: `Nat.lt_pow_self` for a base of at least 2. -/
theorem pow_gt_exp_t (a b : ℕ) (ha : 2 ≤ a) : b < a ^ b := sorry

/-- FALSE at a = 0, b = 1: `0 + 1 = 1` but `2 * 1 = 2`. -/
theorem min_add_max_f (a b : ℕ) : min a b + max a b = 2 * max a b := sorry
/-- TRUE: `min_add_max`. -/
theorem min_add_max_t (a b : ℕ) : min a b + max a b = a + b := sorry

/-- FALSE at a = 0, b = 1: `1 - 0 = 1` but `0 - 1 = 0`. -/
theorem max_sub_min_f (a b : ℕ) : max a b - min a b = a - b := sorry
/-- TRUE: the distance written with truncated subtractions. -/
theorem max_sub_min_t (a b : ℕ) : max a b - min a b = (a - b) + (b - a) := sorry

/-- FALSE at n = 0: `Nat.pred 0 = 0`, so `0 + 1 = 1`. -/
theorem pred_succ_f (n : ℕ) : n.pred + 1 = n := sorry
/-- TRUE: `Nat.pred_eq_sub_one`. -/
theorem pred_eq_sub_t (n : ℕ) : n.pred = n - 1 := sorry

/-- FALSE at n = 1: `2 - 1 = 1` but `1 - 1 = 0`. -/
theorem succ_sub_one_f (n : ℕ) : Nat.succ n - 1 = n - 1 := sorry
/-- TRUE: `Nat.succ_sub_one`. -/
theorem succ_sub_one_t (n : ℕ) : Nat.succ n - 1 = n := sorry

/-- FALSE at a = b = 0: `0 < 0` is false while `0 - 0 = 0` is true. -/
theorem lt_iff_sub_f (a b : ℕ) : a < b ↔ a - b = 0 := sorry
/-- TRUE: `Nat.sub_eq_zero_iff_le`. -/
theorem le_iff_sub_t (a b : ℕ) : a ≤ b ↔ a - b = 0 := sorry

/-- FALSE at a = 0, b = 1: `0 - 1 = 0` but `1 - 0 = 1`. -/
theorem sub_zero_symm_f (a b : ℕ) (h : a - b = 0) : b - a = 0 := sorry
/-- TRUE: equal truncated differences are both 0, so `a ≤ b ≤ a`. -/
theorem sub_eq_sub_t (a b : ℕ) (h : a - b = b - a) : a = b := sorry

/-- FALSE at a = 1, b = 0: `1 * 0 / 0 = 0`. -/
theorem mul_div_cancel_f (a b : ℕ) : a * b / b = a := sorry
/-- TRUE: `Nat.mul_div_cancel`. -/
theorem mul_div_cancel_t (a b : ℕ) (hb : 0 < b) : a * b / b = a := sorry

/-- FALSE at a = 1, b = 2, c = 2: `1 / 2 * 2 = 0` but `2 / 2 = 1`. -/
theorem div_mul_comm_f (a b c : ℕ) : a / b * c = a * c / b := sorry
/-- TRUE: `Nat.div_div_eq_div_mul`, zero divisors included. -/
theorem div_div_t (a b c : ℕ) : a / b / c = a / (b * c) := sorry

/-- FALSE at a = 11: `10 - 11 = 0`, and `0 + 11 = 11`. -/
theorem ten_sub_add_f (a : ℕ) : 10 - a + a = 10 := sorry
/-- TRUE: a truncated difference is at most the minuend. -/
theorem ten_sub_le_t (a : ℕ) : 10 - a ≤ 10 := sorry

/-- FALSE at a = 0, b = 1: `2 ^ 0 * 2 ^ 1 = 2` but `2 ^ 0 = 1`. -/
theorem pow_sub_mul_f (a b : ℕ) : 2 ^ (a - b) * 2 ^ b = 2 ^ a := sorry
/-- TRUE: `pow_add`. -/
theorem pow_add_t (a b : ℕ) : 2 ^ (a + b) = 2 ^ a * 2 ^ b := sorry

/-- FALSE at a = 0: `0 ≥ 1` fails. -/
theorem sq_ge_succ_f (a : ℕ) : a * a ≥ a + 1 := sorry
/-- TRUE: `Nat.le_mul_self`. -/
theorem le_sq_t (a : ℕ) : a ≤ a * a := sorry

/-- FALSE: `7 / 2 * 2 = 6`. -/
theorem seven_half_f : (7 : ℕ) / 2 * 2 = 7 := sorry
/-- TRUE: `6 + 1 = 7`. -/
theorem seven_half_t : (7 : ℕ) / 2 * 2 + 7 % 2 = 7 := sorry

/-- FALSE: `5 - 7 = 0`, so the left side is `2`. -/
theorem five_sub_seven_f : (5 : ℕ) - 7 + 2 = 0 := sorry
/-- TRUE: `0 + 2 = 2`. -/
theorem five_sub_seven_t : (5 : ℕ) - 7 + 2 = 2 := sorry

/-- FALSE: `100 = 7 * 14 + 2`. -/
theorem hundred_mod_f : (100 : ℕ) % 7 = 3 := sorry
/-- TRUE: `100 = 7 * 14 + 2`. -/
theorem hundred_mod_t : (100 : ℕ) % 7 = 2 := sorry

/-- FALSE: `1000 - 1024` truncates to `0`. -/
theorem pow_ten_sub_f : (1000 : ℕ) - 2 ^ 10 = 24 := sorry
/-- TRUE: `1024 - 1000 = 24`. -/
theorem pow_ten_sub_t : (2 : ℕ) ^ 10 - 1000 = 24 := sorry

/-- FALSE at a = b = 1: the product of two odd numbers is odd. -/
theorem odd_mul_even_f (a b : ℕ) (h : a % 2 = 1) (h2 : b % 2 = 1) : (a * b) % 2 = 0 := sorry
/-- TRUE: the sum of two odd numbers is even. -/
theorem odd_add_even_t (a b : ℕ) (h : a % 2 = 1) (h2 : b % 2 = 1) : (a + b) % 2 = 0 := sorry

/-- FALSE at a = 0: `0 < 0` fails. -/
theorem div_three_lt_f (a : ℕ) : a / 3 < a / 2 := sorry
/-- TRUE: `Nat.div_le_div_left`. -/
theorem div_three_le_t (a : ℕ) : a / 3 ≤ a / 2 := sorry

/-- FALSE at a = b = 1: `1 / 1 = 1`. -/
theorem div_eq_zero_le_f (a b : ℕ) (h : a ≤ b) : a / b = 0 := sorry
/-- TRUE: `Nat.div_eq_of_lt`. -/
theorem div_eq_zero_lt_t (a b : ℕ) (h : a < b) : a / b = 0 := sorry

/-- FALSE at a = 0, b = 1: `Nat.gcd 0 1 = 1 > 0`. -/
theorem gcd_le_f (a b : ℕ) : Nat.gcd a b ≤ a := sorry
/-- TRUE: `Nat.gcd_dvd_left`. -/
theorem gcd_dvd_t (a b : ℕ) : Nat.gcd a b ∣ a := sorry

/-- FALSE at a = 1: `Nat.gcd 1 0 = 1`. -/
theorem gcd_zero_f (a : ℕ) : Nat.gcd a 0 = 0 := sorry
/-- TRUE: `Nat.gcd_zero_right`. -/
theorem gcd_zero_t (a : ℕ) : Nat.gcd a 0 = a := sorry

/-- FALSE at a = b = 2: `Nat.lcm 2 2 = 2`. -/
theorem lcm_mul_f (a b : ℕ) : Nat.lcm a b = a * b := sorry
/-- TRUE: the definition of `Nat.lcm`. -/
theorem lcm_def_t (a b : ℕ) : Nat.lcm a b = a * b / Nat.gcd a b := sorry

/-- FALSE at a = 0, b = 1: `0 - (0 - 1) = 0`. -/
theorem sub_sub_self_f (a b : ℕ) : a - (a - b) = b := sorry
/-- TRUE: `Nat.sub_sub_self`. -/
theorem sub_sub_self_t (a b : ℕ) (h : b ≤ a) : a - (a - b) = b := sorry
/-- TRUE: with truncation, `a - (a - b)` is the minimum. -/
theorem sub_sub_self_min_t (a b : ℕ) : a - (a - b) = min a b := sorry

/-- FALSE at a = 3, b = 2: `3 * 2 - 2 * 2 = 2` but `(3 - 2) * 2 - 1 = 1`. -/
theorem mul_sub_off_f (a b : ℕ) : a * b - b * b = (a - b) * b - 1 := sorry
/-- TRUE: `Nat.sub_mul`, written the other way round. -/
theorem mul_sub_t (a b : ℕ) : a * b - b * b = (a - b) * b := sorry

/-- FALSE at a = 1: `1 / 4 = 0` but `1 / 2 / 2 + 1 % 4 = 1`. -/
theorem div_four_mod_f (a : ℕ) : a / 4 = a / 2 / 2 + a % 4 := sorry
/-- TRUE: `Nat.div_div_eq_div_mul` with literal divisors. -/
theorem div_four_t (a : ℕ) : a / 4 = a / 2 / 2 := sorry

end JepaFormal.Trust.NatArith
