/-
Library-style corpus: remainders of sums and products, as `Init/Data/Int/DivModLemmas.lean`,
`Init/Data/Nat/Lemmas.lean` and Mathlib state them (`Int.add_mul_emod_self`, `Int.mul_emod`,
`Nat.add_mod`…): the remainder depends on the dividend modulo the divisor only. False twins
drop the outer `%`, change the divisor, or claim a remainder the coefficients do not give.
Tags as in `List.lean`; `proved` asks for a symbolic proof.
-/
namespace Int

-- expect: proved
theorem add_mul_emod_self' {a b c : Int} : (a + b * c) % c = a % c := by sorry

-- expect: proved
theorem add_mul_emod_self_left' (a b c : Int) : (a + b * c) % b = a % b := by sorry

-- expect: proved
theorem add_emod_self' {a b : Int} : (a + b) % b = a % b := by sorry

-- expect: proved
theorem add_emod' (a b n : Int) : (a + b) % n = ((a % n) + (b % n)) % n := by sorry

-- expect: proved
theorem mul_emod' (a b n : Int) : (a * b) % n = (a % n) * (b % n) % n := by sorry

-- expect: proved
theorem sub_emod' (a b n : Int) : (a - b) % n = ((a % n) - (b % n)) % n := by sorry

-- expect: proved
theorem emod_add_emod' (m n k : Int) : (m % n + k) % n = (m + k) % n := by sorry

-- expect: proved
theorem mul_emod_right' (a b : Int) : (a * b) % a = 0 := by sorry

-- expect: proved
theorem odd_sq_emod_two (a : Int) : (2 * a + 1) * (2 * a + 1) % 2 = 1 := by sorry

-- a divisibility hypothesis `m ∣ k` is the change of variables `k := m * c`
-- expect: proved
theorem emod_emod_of_dvd'' (a : Int) {m k : Int} (h : m ∣ k) : a % k % m = a % m := by sorry

-- expect: refuted
theorem emod_emod_of_dvd_false (a : Int) {m k : Int} (h : k ∣ m) : a % k % m = a % m := by
  sorry

-- expect: proved
theorem mul_emod_of_dvd (a b n : Int) (h : n ∣ b) : (a * b) % n = 0 := by sorry

-- expect: proved
theorem add_emod_two_of_dvd (a b : Int) (h : 4 ∣ b) : (a + b) % 2 = a % 2 := by sorry

-- expect: refuted
theorem add_emod_eight_of_dvd_false (a b : Int) (h : 4 ∣ b) : (a + b) % 8 = a % 8 := by sorry

-- expect: refuted
theorem add_emod_false (a b n : Int) : (a + b) % n = a % n + b % n := by sorry

-- expect: refuted
theorem mul_emod_false (a b n : Int) : (a * b) % n = (a % n) * (b % n) := by sorry

-- expect: refuted
theorem sub_emod_false (a b n : Int) : (a - b) % n = a % n - b % n := by sorry

-- expect: refuted
theorem add_mul_emod_false (a b c : Int) : (a + b * c) % (b + c) = a % (b + c) := by sorry

-- expect: refuted
theorem emod_four_false (a : Int) : (2 * a + 1) % 4 = 1 := by sorry

end Int

namespace Nat

-- expect: proved
theorem add_mul_mod_self_left' (a b n : ℕ) : (a + n * b) % n = a % n := by sorry

-- expect: proved
theorem mul_mod' (a b n : ℕ) : a * b % n = (a % n) * (b % n) % n := by sorry

-- expect: proved
theorem add_mod' (a b n : ℕ) : (a + b) % n = ((a % n) + (b % n)) % n := by sorry

-- expect: proved
theorem mod_mod_self' {n m : ℕ} : n % m % m = n % m := by sorry

-- expect: pass
theorem pow_mod' (a b n : ℕ) : a ^ b % n = (a % n) ^ b % n := by sorry

-- expect: proved
theorem mod_mod_of_dvd' (n : ℕ) {m k : ℕ} (h : m ∣ k) : n % k % m = n % m := by sorry

-- expect: refuted
theorem dvd_add_mod_false (a b n : ℕ) (h : n ∣ b) : (a + b) % n = b % n := by sorry

-- expect: refuted
theorem add_mod_false (a b n : ℕ) : (a + b) % n = a % n + b % n := by sorry

-- expect: refuted
theorem mul_mod_false (a b n : ℕ) : a * b % n = (a % n) * (b % n) := by sorry

-- expect: refuted
theorem sub_mod_false (a b n : ℕ) : (a - b) % n = (a % n - b % n) % n := by sorry

end Nat
