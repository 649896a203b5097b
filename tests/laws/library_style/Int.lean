/-
Library-style corpus: `Int` lemmas in the style of `Init/Data/Int/*` and Mathlib's
`Data/Int/*`: `natAbs`, `toNat`, `sign`, the division conventions (`/` is `Int.ediv`,
`Int.tdiv` rounds toward zero, `Int.fdiv` toward -∞, `Int.bmod` is balanced), `-[n+1]`, and
name resolution after `open Nat` inside `namespace Int`. Tags as in `List.lean`.
-/
namespace Int

open Nat

-- expect: pass
theorem natAbs_neg' (a : ℤ) : natAbs (-a) = natAbs a := by simp

-- expect: pass
theorem natAbs_mul' (a b : ℤ) : natAbs (a * b) = natAbs a * natAbs b := by sorry

-- expect: refuted
theorem natAbs_add_false (a b : ℤ) : natAbs (a + b) = natAbs a + natAbs b := by sorry

-- expect: pass
theorem toNat_of_nonneg' {a : ℤ} (h : 0 ≤ a) : (toNat a : ℤ) = a := by sorry

-- expect: refuted
theorem toNat_false (a : ℤ) : (toNat a : ℤ) = a := by sorry

-- expect: proved
theorem sign_mul_natAbs' (a : ℤ) : sign a * natAbs a = a := by sorry

-- expect: refuted
theorem sign_natAbs_false (a : ℤ) : (natAbs a : ℤ) = a := by sorry

-- `/` and `%` are Euclidean; `tdiv` rounds toward zero; `fdiv` toward -∞
-- expect: pass
theorem emod_nonneg' (a : ℤ) {b : ℤ} (h : b ≠ 0) : 0 ≤ a % b := by sorry

-- expect: proved
theorem tdiv_neg' (a b : ℤ) : tdiv (-a) b = -(tdiv a b) := by sorry

-- expect: refuted
theorem ediv_neg_false (a b : ℤ) : (-a) / b = -(a / b) := by sorry

-- expect: proved
theorem fdiv_eq_ediv' (a : ℤ) {b : ℤ} (h : 0 ≤ b) : fdiv a b = a / b := by sorry

-- expect: refuted
theorem fdiv_eq_ediv_false (a b : ℤ) : fdiv a b = a / b := by sorry

-- expect: proved
theorem tmod_add_tdiv' (a b : ℤ) : tmod a b + b * tdiv a b = a := by sorry

-- expect: proved
theorem bmod_emod' (x : ℤ) (m : ℕ) : bmod x m % m = x % m := by sorry

-- expect: refuted
theorem bmod_false (x : ℤ) (m : ℕ) : bmod x m = x % m := by sorry

-- inside `namespace Int` with `open Nat`, a bare `div` is `Int.div` (T-rounding), not `Nat.div`
-- expect: proved
theorem div_is_int_div (a b : ℤ) : div a b = tdiv a b := rfl

-- expect: pass
theorem negSucc_eq' (n : ℕ) : -[n+1] = -((n : ℤ) + 1) := rfl

-- expect: refuted
theorem negSucc_false (n : ℕ) : -[n+1] = -(n : ℤ) := by sorry

-- expect: proved
theorem emod_emod_of_dvd' (a : ℤ) {m k : ℤ} (h : m ∣ k) : a % k % m = a % m := by sorry

-- expect: pass
theorem modEq_iff' {a b n : ℤ} : a ≡ b [ZMOD n] ↔ a % n = b % n := Iff.rfl

end Int
