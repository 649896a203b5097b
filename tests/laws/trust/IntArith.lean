/-
Red-team corpus (trust), ℤ arithmetic: `/` is `Int.ediv` and `%` is `Int.emod` (the remainder is
never negative, whatever the divisor's sign; Python's `//` and `%` disagree when the divisor is
negative, C's truncation disagrees when the dividend is), `a / 0 = 0`, `a % 0 = a`, `|·|`,
`Int.natAbs`, `Int.toNat`, `Int.sign`.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.IntArith

/-- FALSE: truncation toward zero would give `-2`; `Int.ediv` gives `-3` (`-9 = 4 * -3 + 3`). -/
theorem neg9_div_4_f : (-9 : ℤ) / 4 = -2 := sorry
/-- TRUE: `-9 = 4 * (-3) + 3` with remainder in `[0, 4)`. -/
theorem neg9_div_4_t : (-9 : ℤ) / 4 = -3 := sorry

/-- FALSE: Python's `9 // -4 = -3`; Lean: `9 = (-4) * (-2) + 1`, quotient `-2`. -/
theorem pos9_div_neg4_f : (9 : ℤ) / -4 = -3 := sorry
/-- TRUE: `9 = (-4) * (-2) + 1`. -/
theorem pos9_div_neg4_t : (9 : ℤ) / -4 = -2 := sorry

/-- FALSE: Python's `-9 // -4 = 2`; Lean: `-9 = (-4) * 3 + 3`, quotient `3`. -/
theorem neg9_div_neg4_f : (-9 : ℤ) / -4 = 2 := sorry
/-- TRUE: `-9 = (-4) * 3 + 3`. -/
theorem neg9_div_neg4_t : (-9 : ℤ) / -4 = 3 := sorry

/-- FALSE: truncated remainder `-1`; `Int.emod` gives `3`. -/
theorem neg9_mod_4_f : (-9 : ℤ) % 4 = -1 := sorry
/-- TRUE: `-9 = 4 * (-3) + 3`. -/
theorem neg9_mod_4_t : (-9 : ℤ) % 4 = 3 := sorry

/-- FALSE: Python's `9 % -4 = -3`; `Int.emod` gives `1`. -/
theorem pos9_mod_neg4_f : (9 : ℤ) % -4 = -3 := sorry
/-- TRUE: `9 = (-4) * (-2) + 1`. -/
theorem pos9_mod_neg4_t : (9 : ℤ) % -4 = 1 := sorry

/-- FALSE: Python's `-9 % -4 = -1`; `Int.emod` gives `3`. -/
theorem neg9_mod_neg4_f : (-9 : ℤ) % -4 = -1 := sorry
/-- TRUE: `-9 = (-4) * 3 + 3`. -/
theorem neg9_mod_neg4_t : (-9 : ℤ) % -4 = 3 := sorry

/-- FALSE at a = 1: `1 / -1 = -1`. -/
theorem div_neg_one_f (a : ℤ) : a / -1 = a := sorry
/-- TRUE: `Int.ediv_neg`, `a / 1 = a`. -/
theorem div_neg_one_t (a : ℤ) : a / -1 = -a := sorry

/-- FALSE at a = 1, b = 2: `-1 / 2 = -1` but `-(1 / 2) = 0`. -/
theorem neg_div_f (a b : ℤ) : (-a) / b = -(a / b) := sorry
/-- TRUE: `Int.ediv_neg`: negating the divisor negates the quotient. -/
theorem div_neg_t (a b : ℤ) : a / (-b) = -(a / b) := sorry

/-- FALSE at a = 1, b = 2: `-1 % 2 = 1` but `-(1 % 2) = -1`. -/
theorem neg_mod_f (a b : ℤ) : (-a) % b = -(a % b) := sorry
/-- TRUE: `Int.emod_neg`: the divisor's sign does not matter. -/
theorem mod_neg_t (a b : ℤ) : a % (-b) = a % b := sorry

/-- FALSE at a = 0, b = -1: `0 % -1 = 0` and `0 < -1` fails. -/
theorem mod_lt_divisor_f (a b : ℤ) (hb : b ≠ 0) : a % b < b := sorry
/-- TRUE: `Int.emod_lt`. -/
theorem mod_lt_abs_t (a b : ℤ) (hb : b ≠ 0) : a % b < |b| := sorry

/-- FALSE at a = 1: `1 / 0 = 0`. -/
theorem div_zero_self_int_f (a : ℤ) : a / 0 = a := sorry
/-- TRUE: `a / 0 = 0`, `a % 0 = a`. -/
theorem div_zero_add_mod_zero_int_t (a : ℤ) : a / 0 + a % 0 = a := sorry

/-- FALSE at a = 0, b = 1: `|0 - 1| = 1` but `|0| - |1| = -1`. -/
theorem abs_sub_le_sub_f (a b : ℤ) : |a - b| ≤ |a| - |b| := sorry
/-- TRUE: the triangle inequality `abs_add`. -/
theorem abs_add_le_t (a b : ℤ) : |a + b| ≤ |a| + |b| := sorry

/-- FALSE at a = -1: `|-1| = 1`. -/
theorem abs_self_f (a : ℤ) : |a| = a := sorry
/-- TRUE: `abs_choice`. -/
theorem abs_cases_t (a : ℤ) : |a| = a ∨ |a| = -a := sorry

/-- FALSE at a = -1: `natAbs (-1) = 1`. -/
theorem natAbs_cast_f (a : ℤ) : (a.natAbs : ℤ) = a := sorry
/-- TRUE: `Int.natCast_natAbs`. -/
theorem natAbs_cast_t (a : ℤ) : (a.natAbs : ℤ) = |a| := sorry

/-- FALSE at a = 1, b = -1: `natAbs 0 = 0` but `1 + 1 = 2`. -/
theorem natAbs_add_f (a b : ℤ) : (a + b).natAbs = a.natAbs + b.natAbs := sorry
/-- TRUE: `Int.natAbs_mul`. -/
theorem natAbs_mul_t (a b : ℤ) : (a * b).natAbs = a.natAbs * b.natAbs := sorry

/-- FALSE at a = -1: `toNat (-1) = 0`. -/
theorem toNat_cast_f (a : ℤ) : (a.toNat : ℤ) = a := sorry
/-- TRUE: `toNat` is `max a 0`. -/
theorem toNat_cases_t (a : ℤ) : a.toNat = 0 ∨ (a.toNat : ℤ) = a := sorry

/-- FALSE at a = 1, b = -1: `toNat 0 = 0` but `1 + 0 = 1`. -/
theorem toNat_add_f (a b : ℤ) : (a + b).toNat = a.toNat + b.toNat := sorry
/-- TRUE: `max (a + b) 0 ≤ max a 0 + max b 0`. -/
theorem toNat_add_le_t (a b : ℤ) : (a + b).toNat ≤ a.toNat + b.toNat := sorry

/-- FALSE at a = 1: `toNat (-1) = 0` but `toNat 1 = 1`. -/
theorem toNat_neg_f (a : ℤ) : (-a).toNat = a.toNat := sorry
/-- TRUE: `max (-a) 0 + max a 0 = |a|`. -/
theorem toNat_neg_add_t (a : ℤ) : (-a).toNat + a.toNat = a.natAbs := sorry

/-- FALSE at a = 0, b = 1: `1 - 0 = 1` but `0 - 1 = -1`. -/
theorem max_sub_min_int_f (a b : ℤ) : max a b - min a b = a - b := sorry
/-- TRUE: `max_add_min`: `max a b + min a b = a + b`. -/
theorem max_add_min_t (a b : ℤ) : max a b + min a b = a + b := sorry

/-- FALSE at a = 0: `0 > 0` fails. -/
theorem sq_gt_self_f (a : ℤ) : a * a > a := sorry
/-- TRUE: `mul_self_nonneg`. -/
theorem sq_nonneg_t (a : ℤ) : a * a ≥ 0 := sorry

/-- FALSE at a = 0: `-1 % 2 = 1`, the remainder is never negative. -/
theorem odd_mod_neg_f (a : ℤ) : (2 * a - 1) % 2 = -1 := sorry
/-- TRUE: `Int.add_mul_emod_self_left`. -/
theorem odd_mod_t (a : ℤ) : (2 * a + 1) % 2 = 1 := sorry

/-- FALSE at a = 0: `-1 / 2 = -1`, not `0` (ediv floors for a positive divisor). -/
theorem pred_double_div_f (a : ℤ) : (2 * a - 1) / 2 = a := sorry
/-- TRUE: `2 * a + 1 = 2 * a + 1` with remainder `1 ∈ [0, 2)`. -/
theorem succ_double_div_t (a : ℤ) : (2 * a + 1) / 2 = a := sorry
/-- TRUE: `2 * a - 1 = 2 * (a - 1) + 1`. -/
theorem pred_double_div_t (a : ℤ) : (2 * a - 1) / 2 = a - 1 := sorry

/-- FALSE at a = -1, b = 0: `0 * (-1 / 0) = 0 ≤ -1` fails. -/
theorem mul_div_le_f (a b : ℤ) : b * (a / b) ≤ a := sorry
/-- TRUE: `b * (a / b) = a - a % b` and `a % b ≥ 0` for `b ≠ 0`. -/
theorem mul_div_le_t (a b : ℤ) (hb : b ≠ 0) : b * (a / b) ≤ a := sorry

/-- FALSE at a = 0, b = -1: `0 - (-1) = 1 > 0`. -/
theorem sub_le_self_f (a b : ℤ) : a - b ≤ a := sorry
/-- TRUE: ring identity. -/
theorem sub_add_cancel_t (a b : ℤ) : a - b + b = a := sorry

/-- FALSE at a = -1: `toNat (-1) = 0 ≠ -1`. -/
theorem toNat_nonpos_f (a : ℤ) (h : a ≤ 0) : ((a.toNat : ℕ) : ℤ) = a := sorry
/-- TRUE: `Int.toNat_of_nonneg`. -/
theorem toNat_nonneg_t (a : ℤ) (h : 0 ≤ a) : ((a.toNat : ℕ) : ℤ) = a := sorry

/-- FALSE at a = 1, b = 0: everything divides 0. -/
theorem dvd_abs_le_f (a b : ℤ) : a ∣ b → |a| ≤ |b| := sorry
/-- TRUE: `Int.le_of_dvd` on absolute values. -/
theorem dvd_abs_le_t (a b : ℤ) (hb : b ≠ 0) : a ∣ b → |a| ≤ |b| := sorry

/-- FALSE at a = 0: `Int.sign 0 = 0`. -/
theorem sign_unit_f (a : ℤ) : Int.sign a = 1 ∨ Int.sign a = -1 := sorry
/-- TRUE: `Int.sign_mul_abs`. -/
theorem sign_mul_abs_t (a : ℤ) : Int.sign a * |a| = a := sorry
/-- TRUE: `Int.sign_mul_self_eq_natAbs`: `sign a * a = |a|`. -/
theorem sign_mul_self_t (a : ℤ) : Int.sign a * a = |a| := sorry

/-- FALSE at a = 0, b = 1: `0 + 1 < 1` fails. -/
theorem lt_add_one_lt_f (a b : ℤ) (h : a < b) : a + 1 < b := sorry
/-- TRUE: `Int.add_one_le_iff`. -/
theorem lt_add_one_le_t (a b : ℤ) (h : a < b) : a + 1 ≤ b := sorry

/-- FALSE at a = 1: `0 + 0 = 0 ≠ 1`. -/
theorem half_add_half_f (a : ℤ) : a / 2 + a / 2 = a := sorry
/-- TRUE: `2 * (a / 2) ≤ a` since `a % 2 ≥ 0`. -/
theorem half_add_half_le_t (a : ℤ) : a / 2 + a / 2 ≤ a := sorry

/-- FALSE at a = 1: `-(1 / 2) = 0` but `-1 / 2 = -1`. -/
theorem neg_half_f (a : ℤ) : -(a / 2) = (-a) / 2 := sorry
/-- TRUE: `Int.neg_ediv_of_dvd` for an even `a`. -/
theorem neg_half_even_t (a : ℤ) (h : a % 2 = 0) : -(a / 2) = (-a) / 2 := sorry

/-- FALSE at a = 0, b = 1: `3 / 3 = 1` but `0 / 3 = 0`. -/
theorem add_mul_div_f (a b : ℤ) : (a + b * 3) / 3 = a / 3 := sorry
/-- TRUE: `Int.add_mul_emod_self`. -/
theorem add_mul_mod_t (a b : ℤ) : (a + b * 3) % 3 = a % 3 := sorry
/-- TRUE: `Int.add_mul_ediv_right`. -/
theorem add_mul_div_t (a b : ℤ) : (a + b * 3) / 3 = a / 3 + b := sorry

/-- FALSE at a = -1: `(-1) ^ 3 = -1` but `|-1| ^ 3 = 1`. -/
theorem cube_abs_f (a : ℤ) : a ^ 3 = |a| ^ 3 := sorry
/-- TRUE: `sq_abs`. -/
theorem sq_abs_t (a : ℤ) : a ^ 2 = |a| ^ 2 := sorry

/-- FALSE at a = 1, b = 0: `1 ^ 3 = 1` but `(-1) ^ 3 = -1`. -/
theorem sub_cube_symm_f (a b : ℤ) : (a - b) ^ 3 = (b - a) ^ 3 := sorry
/-- TRUE: an even power does not see the sign. -/
theorem sub_sq_symm_t (a b : ℤ) : (a - b) ^ 2 = (b - a) ^ 2 := sorry

/-- FALSE: `Int.toNat (-7) = 0`. -/
theorem toNat_neg7_f : Int.toNat (-7) = 7 := sorry
/-- TRUE: `natAbs (-7) = 7`. -/
theorem natAbs_neg7_t : Int.natAbs (-7) = 7 := sorry

/-- FALSE: `natAbs (-7) = 7`. -/
theorem natAbs_neg7_f : (-7 : ℤ).natAbs = 0 := sorry
/-- TRUE: `Int.toNat` sends negatives to 0. -/
theorem toNat_neg7_t : (-7 : ℤ).toNat = 0 := sorry

/-- FALSE at a = -3, b = 2: `-3 / 2 = -2` but `-(3 / 2) = -1` (ediv is not symmetric). -/
theorem neg_neg_div_f (a b : ℤ) : a / b = -((-a) / b) := sorry
/-- TRUE: ring identity `a * b / b = a` for `b ≠ 0` (`Int.mul_ediv_cancel`). -/
theorem mul_div_cancel_int_t (a b : ℤ) (hb : b ≠ 0) : a * b / b = a := sorry

/-- FALSE at a = 5, b = 3: `5 % 3 = 2` but `5 - 3 * (1 + 1) = -1`. -/
theorem mod_def_wrong_f (a b : ℤ) : a % b = a - b * (a / b + 1) := sorry
/-- TRUE: `Int.emod_def`. -/
theorem mod_def_t (a b : ℤ) : a % b = a - b * (a / b) := sorry

end JepaFormal.Trust.IntArith
