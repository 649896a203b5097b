/-
Library batch: `Int.gcd`, `Int.natAbs`, `Int.toNat`, `Int.emod` facts as core's
`Init/Data/Int/*` and Mathlib's `Data/Int/*` state them. Tags as in `NatGcd.lean`.
-/
namespace Int

-- lean: true
theorem gcd_comm' (a b : ℤ) : gcd a b = gcd b a := by sorry

-- lean: true
theorem gcd_neg' (a b : ℤ) : gcd (-a) b = gcd a b := by sorry

-- lean: true
theorem gcd_zero_right' (a : ℤ) : gcd a 0 = natAbs a := by sorry

-- lean: true
theorem gcd_self' (a : ℤ) : gcd a a = natAbs a := by sorry

-- lean: true
theorem gcd_dvd_left' (a b : ℤ) : (gcd a b : ℤ) ∣ a := by sorry

-- lean: true
theorem gcd_eq_natAbs' (m n : ℤ) : gcd m n = Nat.gcd m.natAbs n.natAbs := rfl

-- lean: true
theorem natAbs_abs' (a : ℤ) : natAbs |a| = natAbs a := by sorry

-- lean: true
theorem natAbs_eq_zero' {a : ℤ} : natAbs a = 0 ↔ a = 0 := by sorry

-- lean: true
theorem natAbs_mul_self'' (a : ℤ) : ((natAbs a * natAbs a : ℕ) : ℤ) = a * a := by sorry

-- lean: true
theorem natAbs_add_le' (a b : ℤ) : natAbs (a + b) ≤ natAbs a + natAbs b := by sorry

-- lean: true
theorem natAbs_sub_le' (a b : ℤ) : natAbs (a - b) ≤ natAbs a + natAbs b := by sorry

-- lean: true
theorem natAbs_ofNat' (n : ℕ) : natAbs (n : ℤ) = n := rfl

-- lean: true
theorem natAbs_dvd_natAbs' {a b : ℤ} : natAbs a ∣ natAbs b ↔ a ∣ b := by sorry

-- lean: true
theorem natAbs_pow' (n : ℤ) (k : ℕ) : natAbs (n ^ k) = natAbs n ^ k := by sorry

-- lean: true
theorem natAbs_lt_natAbs_of_nonneg_of_lt' {a b : ℤ} (w₁ : 0 ≤ a) (w₂ : a < b) :
    natAbs a < natAbs b := by sorry

-- lean: true
theorem self_le_toNat' (a : ℤ) : a ≤ (toNat a : ℤ) := by sorry

-- lean: true
theorem toNat_add' {a b : ℤ} (ha : 0 ≤ a) (hb : 0 ≤ b) :
    toNat (a + b) = toNat a + toNat b := by sorry

-- lean: true
theorem toNat_le' {a : ℤ} {n : ℕ} : toNat a ≤ n ↔ a ≤ n := by sorry

-- lean: true
theorem toNat_sub_of_le' {a b : ℤ} (h : b ≤ a) : (toNat (a - b) : ℤ) = a - b := by sorry

-- lean: true
theorem toNat_ofNat' (n : ℕ) : toNat (n : ℤ) = n := rfl

-- lean: true
theorem toNat_neg_nat' (n : ℕ) : toNat (-(n : ℤ)) = 0 := by sorry

-- lean: true
theorem emod_emod_of_dvd' (n : ℤ) {m k : ℤ} (h : m ∣ k) : (n % k) % m = n % m := by sorry

-- lean: true
theorem emod_two_eq' (x : ℤ) : x % 2 = 0 ∨ x % 2 = 1 := by sorry

-- lean: true
theorem natAbs_emod_lt' (a : ℤ) {b : ℤ} (h : b ≠ 0) : natAbs (a % b) < natAbs b := by sorry

-- lean: false
theorem gcd_zero_right_false (a : ℤ) : (gcd a 0 : ℤ) = a := by sorry

-- lean: false
theorem natAbs_sub_false (a b : ℤ) : natAbs (a - b) = natAbs a - natAbs b := by sorry

-- lean: false
theorem toNat_add_false (a b : ℤ) : toNat (a + b) = toNat a + toNat b := by sorry

-- lean: false
theorem toNat_sub_false (a b : ℤ) : (toNat (a - b) : ℤ) = a - b := by sorry

-- lean: false
theorem natAbs_lt_false {a b : ℤ} (w₂ : a < b) : natAbs a < natAbs b := by sorry

-- lean: false
theorem emod_emod_false (n m k : ℤ) : (n % k) % m = n % m := by sorry

end Int
