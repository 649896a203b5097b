/-
Library batch: `Nat.gcd`, `Nat.lcm`, `Nat.Coprime` as core's `Init/Data/Nat/Gcd.lean`,
`Init/Data/Nat/Lcm.lean` and Mathlib's `Data/Nat/GCD/Basic.lean` state them. Each theorem is
tagged `-- lean: true` (Lean proves it) or `-- lean: false` (a near-miss: a dropped hypothesis,
a swapped argument; Lean's definitions give a counterexample).
-/
namespace Nat

-- lean: true
theorem gcd_comm' (m n : ℕ) : gcd m n = gcd n m := by sorry

-- lean: true
theorem gcd_zero_left' (y : ℕ) : gcd 0 y = y := by sorry

-- lean: true
theorem gcd_zero_right' (n : ℕ) : gcd n 0 = n := by sorry

-- lean: true
theorem gcd_self' (n : ℕ) : gcd n n = n := by sorry

-- lean: true
theorem gcd_one_left' (n : ℕ) : gcd 1 n = 1 := by sorry

-- lean: true
theorem gcd_one_right' (n : ℕ) : gcd n 1 = 1 := by sorry

-- lean: true
theorem gcd_rec' (m n : ℕ) : gcd m n = gcd (n % m) m := by sorry

-- lean: true
theorem gcd_dvd_left' (m n : ℕ) : gcd m n ∣ m := by sorry

-- lean: true
theorem gcd_dvd_right' (m n : ℕ) : gcd m n ∣ n := by sorry

-- lean: true
theorem dvd_gcd' {k m n : ℕ} : k ∣ m → k ∣ n → k ∣ gcd m n := by sorry

-- lean: true
theorem gcd_le_left' {m} (n) (h : 0 < m) : gcd m n ≤ m := by sorry

-- lean: true
theorem gcd_pos_of_pos_left' {m : ℕ} (n : ℕ) (mpos : 0 < m) : 0 < gcd m n := by sorry

-- lean: true
theorem gcd_mul_left' (m n k : ℕ) : gcd (m * n) (m * k) = m * gcd n k := by sorry

-- lean: true
theorem gcd_assoc' (m n k : ℕ) : gcd (gcd m n) k = gcd m (gcd n k) := by sorry

-- lean: true
theorem gcd_eq_left' {m n : ℕ} (h : m ∣ n) : gcd m n = m := by sorry

-- lean: true
theorem gcd_add_self_right' (m n : ℕ) : gcd m (n + m) = gcd m n := by sorry

-- lean: true
theorem gcd_add_mul_right_right' (m n k : ℕ) : gcd m (n + k * m) = gcd m n := by sorry

-- lean: true
theorem gcd_eq_zero_iff' {i j : ℕ} : gcd i j = 0 ↔ i = 0 ∧ j = 0 := by sorry

-- lean: true
theorem gcd_mul_lcm' (m n : ℕ) : gcd m n * lcm m n = m * n := by sorry

-- lean: true
theorem lcm_comm' (m n : ℕ) : lcm m n = lcm n m := by sorry

-- lean: true
theorem lcm_zero_left' (m : ℕ) : lcm 0 m = 0 := by sorry

-- lean: true
theorem lcm_one_left' (m : ℕ) : lcm 1 m = m := by sorry

-- lean: true
theorem lcm_self' (m : ℕ) : lcm m m = m := by sorry

-- lean: true
theorem dvd_lcm_left' (m n : ℕ) : m ∣ lcm m n := by sorry

-- lean: true
theorem lcm_dvd' {m n k : ℕ} (H1 : m ∣ k) (H2 : n ∣ k) : lcm m n ∣ k := by sorry

-- lean: true
theorem coprime_comm' {m n : ℕ} : Coprime n m ↔ Coprime m n := by sorry

-- lean: true
theorem coprime_one_left' (n : ℕ) : Coprime 1 n := by sorry

-- lean: true
theorem Coprime.dvd_of_dvd_mul_left' {k n m : ℕ} (H1 : Coprime k n) (H2 : k ∣ m * n) :
    k ∣ m := by sorry

-- lean: true
theorem coprime_succ_self (n : ℕ) : Coprime (n + 1) n := by sorry

-- lean: true
theorem gcd_succ_self' (n : ℕ) : gcd (n + 1) n = 1 := by sorry

-- lean: false
theorem gcd_le_left_false (m n : ℕ) : gcd m n ≤ m := by sorry

-- lean: false
theorem gcd_pos_false (m n : ℕ) : 0 < gcd m n := by sorry

-- lean: false
theorem gcd_mul_left_false (m n k : ℕ) : gcd (m * n) k = m * gcd n k := by sorry

-- lean: false
theorem gcd_eq_left_false {m n : ℕ} (h : n ∣ m) : gcd m n = m := by sorry

-- lean: false
theorem gcd_rec_false (m n : ℕ) : gcd m n = gcd (m % n) m := by sorry

-- lean: false
theorem lcm_mul_false (m n : ℕ) : lcm m n = m * n := by sorry

-- lean: false
theorem dvd_of_dvd_mul_false {k n m : ℕ} (H2 : k ∣ m * n) : k ∣ m := by sorry

-- lean: false
theorem coprime_self_false (n : ℕ) : Coprime n n := by sorry

end Nat
