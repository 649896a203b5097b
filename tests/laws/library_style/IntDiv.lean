/-
Library-style corpus: the rounding conventions of `Init/Data/Int/DivModLemmas.lean` and
`Mathlib/Data/Int/Defs`, as those files state them (dot notation, implicit binders, `∀` in the
statement): `Int.tdiv`/`tmod` (toward zero), `Int.fdiv`/`fmod` (toward -∞), `Int.bmod`
(balanced), `Int.sign`, `Int.natAbs`, and false twins differing in one sign or hypothesis.
Tags as in `List.lean`; `proved` asks for a symbolic proof.
-/
namespace Int

-- expect: proved
theorem tdiv_zero' (a : Int) : a.tdiv 0 = 0 := by simp

-- expect: proved
theorem zero_tdiv' (b : Int) : (0 : Int).tdiv b = 0 := by simp

-- expect: proved
theorem tdiv_one' (a : Int) : a.tdiv 1 = a := by simp

-- expect: proved
theorem tdiv_neg'' (a b : Int) : a.tdiv (-b) = -(a.tdiv b) := by sorry

-- expect: proved
theorem neg_tdiv_neg' (a b : Int) : (-a).tdiv (-b) = a.tdiv b := by sorry

-- expect: proved
theorem tdiv_nonneg' {a b : Int} (Ha : 0 ≤ a) (Hb : 0 ≤ b) : 0 ≤ a.tdiv b := by sorry

-- expect: proved
theorem tdiv_add_tmod' (a b : Int) : b * a.tdiv b + a.tmod b = a := by sorry

-- expect: proved
theorem tmod_zero' (a : Int) : a.tmod 0 = a := by simp

-- expect: proved
theorem tmod_one' (a : Int) : a.tmod 1 = 0 := by simp

-- expect: proved
theorem tmod_neg' (a b : Int) : a.tmod (-b) = a.tmod b := by sorry

-- expect: refuted
theorem tmod_neg_false (a b : Int) : a.tmod (-b) = -(a.tmod b) := by sorry

-- expect: pass
theorem neg_tmod' (a b : Int) : (-a).tmod b = -(a.tmod b) := by sorry

-- expect: proved
theorem tmod_nonneg' : ∀ {a : Int} (b : Int), 0 ≤ a → 0 ≤ a.tmod b := by sorry

-- expect: refuted
theorem tmod_nonneg_false {a : Int} (b : Int) (hb : 0 < b) : 0 ≤ a.tmod b := by sorry

-- expect: proved
theorem tmod_lt_of_pos' (a : Int) {b : Int} (H : 0 < b) : a.tmod b < b := by sorry

-- expect: proved
theorem tdiv_eq_ediv' {a b : Int} : 0 ≤ a → 0 ≤ b → a.tdiv b = a / b := by sorry

-- expect: refuted
theorem tdiv_eq_ediv_false {a b : Int} (hb : 0 ≤ b) : a.tdiv b = a / b := by sorry

-- expect: proved
theorem tmod_eq_emod' {a b : Int} (ha : 0 ≤ a) (hb : 0 ≤ b) : a.tmod b = a % b := by sorry

-- expect: proved
theorem tdiv_self' {a : Int} (H : a ≠ 0) : a.tdiv a = 1 := by sorry

-- expect: refuted
theorem tdiv_self_false (a : Int) : a.tdiv a = 1 := by sorry

-- expect: proved
theorem tmod_self' {a : Int} : a.tmod a = 0 := by sorry

-- expect: proved
theorem fdiv_zero' (a : Int) : a.fdiv 0 = 0 := by simp

-- expect: proved
theorem fmod_zero' (a : Int) : a.fmod 0 = a := by simp

-- expect: proved
theorem fmod_add_fdiv' : ∀ a b : Int, a.fmod b + b * a.fdiv b = a := by sorry

-- expect: proved
theorem fmod_eq_emod' (a : Int) {b : Int} (hb : 0 ≤ b) : a.fmod b = a % b := by sorry

-- expect: refuted
theorem fmod_eq_emod_false (a b : Int) : a.fmod b = a % b := by sorry

-- expect: proved
theorem fmod_nonneg'' (a : Int) {b : Int} (hb : 0 < b) : 0 ≤ a.fmod b := by sorry

-- expect: refuted
theorem fmod_nonneg_false (a b : Int) : 0 ≤ a.fmod b := by sorry

-- expect: proved
theorem fmod_lt_of_pos' (a : Int) {b : Int} (H : 0 < b) : a.fmod b < b := by sorry

-- expect: proved
theorem fdiv_neg_neg' (a b : Int) : (-a).fdiv (-b) = a.fdiv b := by sorry

-- expect: refuted
theorem fdiv_neg_false (a b : Int) : (-a).fdiv b = -(a.fdiv b) := by sorry

-- expect: proved
theorem fdiv_nonneg' {a b : Int} (Ha : 0 ≤ a) (Hb : 0 ≤ b) : 0 ≤ a.fdiv b := by sorry

-- expect: refuted
theorem fmod_tmod_false (a b : Int) : a.fmod b = a.tmod b := by sorry

-- expect: proved
theorem bmod_emod'' {x : Int} {m : Nat} : bmod x m % m = x % m := by sorry

-- expect: proved
theorem bmod_zero' {m : Nat} : Int.bmod 0 m = 0 := by sorry

-- expect: proved
theorem bmod_one_is_zero' (x : Int) : Int.bmod x 1 = 0 := by sorry

-- expect: refuted
theorem bmod_zero_false (x : Int) : Int.bmod x 0 = 0 := by sorry

-- expect: proved
theorem bmod_lt' {x : Int} {m : Nat} (h : 0 < m) : bmod x m < (m + 1) / 2 := by sorry

-- expect: refuted
theorem bmod_lt_false {x : Int} {m : Nat} : bmod x m < (m + 1) / 2 := by sorry

-- expect: proved
theorem le_bmod' {x : Int} {m : Nat} (h : 0 < m) : -(m / 2) ≤ Int.bmod x m := by sorry

-- expect: refuted
theorem bmod_nonneg_false (x : Int) (m : Nat) : 0 ≤ bmod x m := by sorry

-- expect: proved
theorem sign_mul' (a b : Int) : sign (a * b) = sign a * sign b := by sorry

-- expect: refuted
theorem sign_add_false (a b : Int) : sign (a + b) = sign a + sign b := by sorry

-- expect: proved
theorem sign_neg' (a : Int) : sign (-a) = -sign a := by sorry

-- expect: proved
theorem mul_sign' (i : Int) : i * sign i = natAbs i := by sorry

-- expect: proved
theorem natAbs_sign_of_nonzero' {z : Int} (hz : z ≠ 0) : natAbs (sign z) = 1 := by sorry

-- expect: refuted
theorem natAbs_sign_false (z : Int) : natAbs (sign z) = 1 := by sorry

-- expect: proved
theorem sign_nonneg_iff' {a : Int} : 0 ≤ sign a ↔ 0 ≤ a := by sorry

-- expect: proved
theorem sign_eq_one_of_pos' {a : Int} (h : 0 < a) : sign a = 1 := by sorry

-- expect: proved
theorem emod_two_eq' (x : Int) : x % 2 = 0 ∨ x % 2 = 1 := by sorry

-- expect: proved
theorem tmod_two_eq' (x : Int) : x.tmod 2 = 0 ∨ x.tmod 2 = 1 ∨ x.tmod 2 = -1 := by sorry

-- expect: refuted
theorem tmod_two_false (x : Int) : x.tmod 2 = 0 ∨ x.tmod 2 = 1 := by sorry

-- expect: proved
theorem natAbs_tdiv_le' (a b : Int) : natAbs (a.tdiv b) ≤ natAbs a := by sorry

end Int
