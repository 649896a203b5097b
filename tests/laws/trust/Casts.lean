/-
Red-team corpus (trust), casts: `((a - b : ℕ) : ℤ)` casts the *truncated* difference, while
`(a : ℤ) - b` subtracts in ℤ; `((a / b : ℕ) : ℚ)` is the floor; `Int.toNat` clamps at 0,
`Int.natAbs` is the absolute value; `⌊·⌋`/`⌈·⌉`; `Bool.toNat`; `Fin` values as naturals.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.Casts

/-- FALSE at a = 1, b = 0: `1 * 0 - 1` truncates to 0 in ℕ, but is `-1` in ℤ. -/
theorem cast_mul_sub_f (a b : ℕ) : ((a * b - a : ℕ) : ℤ) = (a : ℤ) * b - a := sorry
/-- TRUE: `Nat.cast_add`. -/
theorem cast_add_t (a b : ℕ) : ((a + b : ℕ) : ℤ) = (a : ℤ) + (b : ℤ) := sorry

/-- FALSE at a = 0, b = 1: the cast of the truncated difference is 0, not -1. -/
theorem cast_sub_real_f (a b : ℕ) : ((a - b : ℕ) : ℝ) = (a : ℝ) - b := sorry
/-- TRUE: the truncated difference is the positive part. -/
theorem cast_sub_max_t (a b : ℕ) : ((a - b : ℕ) : ℤ) = max ((a : ℤ) - b) 0 := sorry

/-- FALSE at a = 1, b = 2: `(1 / 2 : ℕ) = 0` but `1 / 2 = 1/2` in ℚ. -/
theorem cast_div_f (a b : ℕ) : ((a / b : ℕ) : ℚ) = (a : ℚ) / b := sorry
/-- TRUE: `Nat.cast_div_le`. -/
theorem cast_div_le_t (a b : ℕ) : ((a / b : ℕ) : ℚ) ≤ (a : ℚ) / b := sorry
/-- TRUE: exact when `b ∣ a` (b = 0 forces a = 0, both sides 0). -/
theorem cast_div_dvd_t (a b : ℕ) (h : b ∣ a) : ((a / b : ℕ) : ℚ) = (a : ℚ) / b := sorry

/-- FALSE at a = -1: `natAbs (-1) = 1` but `max (-1) 0 = 0`. -/
theorem natAbs_max_f (a : ℤ) : ((a.natAbs : ℕ) : ℤ) = max a 0 := sorry
/-- TRUE: `Int.toNat_eq_max`. -/
theorem toNat_max_t (a : ℤ) : ((a.toNat : ℕ) : ℤ) = max a 0 := sorry

/-- FALSE at a = 0: `toNat (-1) + 1 = 1`. -/
theorem toNat_pred_add_f (a : ℕ) : ((a : ℤ) - 1).toNat + 1 = a := sorry
/-- TRUE: `Int.toNat_natCast`. -/
theorem toNat_cast_t (a : ℕ) : ((a : ℤ)).toNat = a := sorry
/-- TRUE: `toNat` of the ℤ difference is the truncated difference. -/
theorem toNat_pred_t (a : ℕ) : ((a : ℤ) - 1).toNat = a - 1 := sorry

/-- FALSE at a = 0, b = 1: `natAbs (0 - 1) = 1` but `0 - 1 = 0` in ℕ. -/
theorem natAbs_sub_f (a b : ℕ) : ((a : ℤ) - (b : ℤ)).natAbs = a - b := sorry
/-- TRUE: `Int.toNat_sub`. -/
theorem toNat_sub_t (a b : ℕ) : ((a : ℤ) - (b : ℤ)).toNat = a - b := sorry

/-- FALSE at n = 0: `((0 - 1 : ℕ) : ℝ) = 0` but `0 - 1 = -1`. -/
theorem cast_pred_f (n : ℕ) : ((n - 1 : ℕ) : ℝ) = (n : ℝ) - 1 := sorry
/-- TRUE: `Nat.cast_sub` with `1 ≤ n`. -/
theorem cast_pred_t (n : ℕ) (h : 1 ≤ n) : ((n - 1 : ℕ) : ℝ) = (n : ℝ) - 1 := sorry
/-- TRUE: a square of a real is nonnegative. -/
theorem cast_pred_sq_t (n : ℕ) : ((n : ℝ) - 1) ^ 2 ≥ 0 := sorry

/-- FALSE at x = 1: `(1 / 2 : ℤ) = 0`, but `1 / 2 = 1/2` in ℝ. -/
theorem int_cast_div_f (x : ℤ) : ((x / 2 : ℤ) : ℝ) = (x : ℝ) / 2 := sorry
/-- TRUE: `Rat.cast_intCast`. -/
theorem cast_rat_real_t (x : ℤ) : ((x : ℚ) : ℝ) = (x : ℝ) := sorry
/-- TRUE: `2 * x / 2 = x` in ℤ. -/
theorem int_cast_double_div_t (x : ℤ) : ((2 * x / 2 : ℤ) : ℝ) = (x : ℝ) := sorry

/-- FALSE at n = 0: `0 - 1 = -1 < 0` in ℤ. -/
theorem cast_pred_nonneg_f (n : ℕ) : (n : ℤ) - 1 ≥ 0 := sorry
/-- TRUE: `Int.natCast_nonneg`. -/
theorem cast_nonneg_t (n : ℕ) : (n : ℤ) ≥ 0 := sorry

/-- FALSE at a = 0, b = 1: `0 ≤ -1` fails. -/
theorem cast_sub_le_f (a b : ℕ) : ((a - b : ℕ) : ℤ) ≤ (a : ℤ) - b := sorry
/-- TRUE: the ℤ difference is at most its positive part. -/
theorem cast_sub_ge_t (a b : ℕ) : (a : ℤ) - b ≤ ((a - b : ℕ) : ℤ) := sorry

/-- FALSE at z = -1: `natAbs (-1) / 2 = 0` but `-1 / 2 = -1`. -/
theorem natAbs_div_f (z : ℤ) : ((z.natAbs / 2 : ℕ) : ℤ) = z / 2 := sorry
/-- TRUE: `Int.natCast_mod`. -/
theorem cast_mod_t (n : ℕ) : ((n % 2 : ℕ) : ℤ) = (n : ℤ) % 2 := sorry

/-- FALSE at z = -1: `1 ^ 3 = 1` but `(-1) ^ 3 = -1`. -/
theorem natAbs_cube_f (z : ℤ) : (z.natAbs : ℤ) ^ 3 = z ^ 3 := sorry
/-- TRUE: `Int.natAbs_sq`. -/
theorem natAbs_sq_t (z : ℤ) : (z.natAbs : ℤ) ^ 2 = z ^ 2 := sorry

/-- FALSE at x = -1: `((-1 / 2 : ℤ) : ℚ) = -1` but `natAbs (-1) / 2 = 0`. -/
theorem int_div_natAbs_f (x : ℤ) : ((x / 2 : ℤ) : ℚ) = ((x.natAbs / 2 : ℕ) : ℚ) := sorry
/-- TRUE: `Int.natCast_div`: ℕ and ℤ division agree on naturals. -/
theorem nat_int_div_t (x : ℕ) : (((x : ℤ) / 2 : ℤ) : ℚ) = ((x / 2 : ℕ) : ℚ) := sorry

/-- FALSE at i = 0: `0 - 1 = -1 < 0` in ℤ. -/
theorem fin_cast_pred_f (i : Fin 5) : ((i : ℕ) : ℤ) - 1 ≥ 0 := sorry
/-- TRUE: `Fin.is_lt`, cast. -/
theorem fin_cast_lt_t (i : Fin 5) : ((i : ℕ) : ℤ) < 5 := sorry

/-- FALSE at a = 0: `0 / 0 = 0` in ℝ. -/
theorem cast_div_self_f (a : ℕ) : (a : ℝ) / (a : ℝ) = 1 := sorry
/-- TRUE: 0 or 1. -/
theorem cast_div_self_le_t (a : ℕ) : (a : ℝ) / (a : ℝ) ≤ 1 := sorry

/-- FALSE at a = 1: `(1 / 3 : ℕ) * 3 = 0`. -/
theorem cast_div_three_f (a : ℕ) : ((a / 3 : ℕ) : ℝ) * 3 = (a : ℝ) := sorry
/-- TRUE: `Int.cast_natCast` and `Rat.cast_natCast`. -/
theorem cast_chain_t (a : ℕ) : (((a : ℤ) : ℚ) : ℝ) = (a : ℝ) := sorry

/-- FALSE at b = false: `false.toNat = 0`. -/
theorem bool_toNat_one_f (b : Bool) : b.toNat = 1 := sorry
/-- TRUE: `Bool.toNat_le`. -/
theorem bool_toNat_le_t (b : Bool) : b.toNat ≤ 1 := sorry

/-- FALSE at x = 3/4: `⌊3/4⌋ = 0` and `3/4 < 1/2` fails. -/
theorem floor_half_f (x : ℝ) : x < ((⌊x⌋ : ℤ) : ℝ) + 1 / 2 := sorry
/-- TRUE: `Int.floor_le`. -/
theorem floor_le_t (x : ℝ) : ((⌊x⌋ : ℤ) : ℝ) ≤ x := sorry
/-- TRUE: `Int.lt_floor_add_one`. -/
theorem lt_floor_add_one_t (x : ℝ) : x < ((⌊x⌋ : ℤ) : ℝ) + 1 := sorry

/-- FALSE at x = 0: `⌈0⌉ - ⌊0⌋ = 0`. -/
theorem ceil_sub_floor_f (x : ℚ) : ⌈x⌉ - ⌊x⌋ = 1 := sorry
/-- TRUE: `Int.ceil_le_floor_add_one`. -/
theorem ceil_sub_floor_t (x : ℚ) : ⌈x⌉ - ⌊x⌋ ≤ 1 := sorry

/-- FALSE at n = 0: `⌈1/2⌉ = 1`. -/
theorem ceil_half_f (n : ℕ) : ⌈(n : ℚ) + 1/2⌉ = (n : ℤ) := sorry
/-- TRUE: `⌊n + 1/2⌋ = n`. -/
theorem floor_half_t (n : ℕ) : ⌊(n : ℚ) + 1/2⌋ = (n : ℤ) := sorry

/-- FALSE at z = 1: `⌈1/2⌉ = 1` but `1 / 2 = 0`. -/
theorem ceil_div_two_f (z : ℤ) : ⌈(z : ℝ) / 2⌉ = z / 2 := sorry
/-- TRUE: `Int.ediv` by a positive divisor is the floor of the real quotient. -/
theorem floor_div_two_t (z : ℤ) : ⌊(z : ℝ) / 2⌋ = z / 2 := sorry

/-- FALSE at z = -3: `⌊-3/2⌋ = -2` but `-(3 / 2) = -1`. -/
theorem floor_neg_div_f (z : ℤ) : ⌊(z : ℚ) / 2⌋ = -((-z) / 2) := sorry
/-- TRUE: `Int.floor_neg`: `⌊-x⌋ = -⌈x⌉`. -/
theorem ceil_neg_floor_t (x : ℚ) : ⌈x⌉ = -⌊-x⌋ := sorry

/-- FALSE at a = 2, b = 3: `((2 - 3 : ℕ) : ℚ) / 2 = 0` but `(2 - 3) / 2 = -1/2`. -/
theorem cast_sub_div_f (a b : ℕ) : ((a - b : ℕ) : ℚ) / 2 = ((a : ℚ) - b) / 2 := sorry
/-- TRUE: the ℤ route keeps the sign: `((a : ℤ) - b : ℚ)`. -/
theorem cast_int_sub_t (a b : ℕ) : (((a : ℤ) - (b : ℤ) : ℤ) : ℚ) = (a : ℚ) - (b : ℚ) := sorry

/-- FALSE at n = 3: `((3 : ℕ) : Fin 3) = 0`. -/
theorem nat_cast_fin_f (n : ℕ) (h : n ≤ 3) : ((n : Fin 3) : ℕ) = n := sorry
/-- TRUE: `Fin.val_natCast`: the cast reduces modulo 3. -/
theorem nat_cast_fin_t (n : ℕ) : ((n : Fin 3) : ℕ) = n % 3 := sorry

end JepaFormal.Trust.Casts
