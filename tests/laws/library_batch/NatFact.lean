/-
Library batch: `Nat.factorial` (`n !`), `Nat.choose`, `Nat.sqrt`, `Nat.log`, `Nat.dist` and
`Nat.pow` as Mathlib's `Data/Nat/Factorial/Basic.lean`, `Data/Nat/Choose/Basic.lean`,
`Data/Nat/Sqrt.lean`, `Data/Nat/Log.lean`, `Data/Nat/Dist.lean` and core's `Nat.pow` lemmas
state them. Tags as in `NatGcd.lean`.
-/
namespace Nat

open Nat

-- lean: true
theorem factorial_zero' : 0 ! = 1 := rfl

-- lean: true
theorem factorial_succ' (n : ℕ) : (n + 1)! = (n + 1) * n ! := rfl

-- lean: true
theorem factorial_pos' (n : ℕ) : 0 < n ! := by sorry

-- lean: true
theorem self_le_factorial' (n : ℕ) : n ≤ n ! := by sorry

-- lean: true
theorem factorial_le' {m n : ℕ} (h : m ≤ n) : m ! ≤ n ! := by sorry

-- lean: true
theorem dvd_factorial' {m n : ℕ} : 0 < m → m ≤ n → m ∣ n ! := by sorry

-- lean: true
theorem factorial_two' : 2 ! = 2 := rfl

-- lean: true
theorem factorial_lt' {m n : ℕ} (hn : 0 < n) : n ! < m ! ↔ n < m := by sorry

-- lean: true
theorem factorial_mul_factorial_dvd_factorial' {n k : ℕ} (hk : k ≤ n) :
    k ! * (n - k)! ∣ n ! := by sorry

-- lean: true
theorem choose_zero_right' (n : ℕ) : choose n 0 = 1 := by sorry

-- lean: true
theorem choose_self' (n : ℕ) : choose n n = 1 := by sorry

-- lean: true
theorem choose_one_right' (n : ℕ) : choose n 1 = n := by sorry

-- lean: true
theorem choose_succ_succ'' (n k : ℕ) : choose (n + 1) (k + 1) = choose n k + choose n (k + 1) :=
  rfl

-- lean: true
theorem choose_eq_zero_of_lt' {n k : ℕ} : n < k → choose n k = 0 := by sorry

-- lean: true
theorem choose_pos' {n k : ℕ} : k ≤ n → 0 < choose n k := by sorry

-- lean: true
theorem choose_symm' {n k : ℕ} (hk : k ≤ n) : choose n (n - k) = choose n k := by sorry

-- lean: true
theorem choose_two_right' (n : ℕ) : choose n 2 = n * (n - 1) / 2 := by sorry

-- lean: true
theorem choose_mul_factorial_mul_factorial' {n k : ℕ} (hk : k ≤ n) :
    choose n k * k ! * (n - k)! = n ! := by sorry

-- lean: true
theorem succ_mul_choose_eq' (n k : ℕ) :
    (n + 1) * choose n k = choose (n + 1) (k + 1) * (k + 1) := by sorry

-- lean: true
theorem sqrt_le'' (n : ℕ) : sqrt n * sqrt n ≤ n := by sorry

-- lean: true
theorem lt_succ_sqrt'' (n : ℕ) : n < (sqrt n + 1) * (sqrt n + 1) := by sorry

-- lean: true
theorem sqrt_eq'' (n : ℕ) : sqrt (n * n) = n := by sorry

-- lean: true
theorem sqrt_le_self' (n : ℕ) : sqrt n ≤ n := by sorry

-- lean: true
theorem sqrt_lt_self' {n : ℕ} (h : 1 < n) : sqrt n < n := by sorry

-- lean: true
theorem sqrt_zero' : sqrt 0 = 0 := rfl

-- lean: true
theorem log_zero_right' (b : ℕ) : log b 0 = 0 := by sorry

-- lean: true
theorem log_one_right' (b : ℕ) : log b 1 = 0 := by sorry

-- lean: true
theorem log_of_lt' {b n : ℕ} (hb : n < b) : log b n = 0 := by sorry

-- lean: true
theorem log_pow' {b : ℕ} (hb : 1 < b) (x : ℕ) : log b (b ^ x) = x := by sorry

-- lean: true
theorem pow_log_le_self' (b : ℕ) {x : ℕ} (hx : x ≠ 0) : b ^ log b x ≤ x := by sorry

-- lean: true
theorem lt_pow_succ_log_self' {b : ℕ} (hb : 1 < b) (x : ℕ) : x < b ^ (log b x + 1) := by sorry

-- lean: true
theorem dist_comm' (n m : ℕ) : dist n m = dist m n := by sorry

-- lean: true
theorem dist_self' (n : ℕ) : dist n n = 0 := by sorry

-- lean: true
theorem dist_zero_right' (n : ℕ) : dist n 0 = n := by sorry

-- lean: true
theorem dist_add_add_right' (n k m : ℕ) : dist (n + k) (m + k) = dist n m := by sorry

-- lean: true
theorem dist_tri_left' (n m : ℕ) : m ≤ dist n m + n := by sorry

-- lean: true
theorem dist_eq_sub_of_le' {n m : ℕ} (h : n ≤ m) : dist n m = m - n := by sorry

-- lean: true
theorem pow_succ'' (b n : ℕ) : b ^ (n + 1) = b ^ n * b := rfl

-- lean: true
theorem pow_zero' (b : ℕ) : b ^ 0 = 1 := rfl

-- lean: true
theorem pow_le_pow_left' {m n : ℕ} (h : m ≤ n) (i : ℕ) : m ^ i ≤ n ^ i := by sorry

-- lean: true
theorem pow_le_pow_right' {n : ℕ} (hx : n > 0) {m k : ℕ} : m ≤ k → n ^ m ≤ n ^ k := by sorry

-- lean: true
theorem lt_two_pow' (n : ℕ) : n < 2 ^ n := by sorry

-- lean: true
theorem one_lt_two_pow' {n : ℕ} (h : n ≠ 0) : 1 < 2 ^ n := by sorry

-- lean: true
theorem pow_mod' (a b n : ℕ) : a ^ b % n = (a % n) ^ b % n := by sorry

-- lean: true
theorem pow_add' (a m n : ℕ) : a ^ (m + n) = a ^ m * a ^ n := by sorry

-- lean: true
theorem pow_mul'' (a m n : ℕ) : a ^ (m * n) = (a ^ m) ^ n := by sorry

-- lean: true
theorem zero_pow' {n : ℕ} (H : 0 < n) : 0 ^ n = 0 := by sorry

-- lean: false
theorem factorial_lt_false {m n : ℕ} : n ! < m ! ↔ n < m := by sorry

-- lean: false
theorem self_lt_factorial_false (n : ℕ) : n < n ! := by sorry

-- lean: false
theorem dvd_factorial_false {m n : ℕ} : m ≤ n → m ∣ n ! := by sorry

-- lean: false
theorem choose_symm_false (n k : ℕ) : choose n (n - k) = choose n k := by sorry

-- lean: false
theorem choose_pos_false {n k : ℕ} : 0 < choose n k := by sorry

-- lean: false
theorem choose_succ_succ_false (n k : ℕ) :
    choose (n + 1) (k + 1) = choose n k + choose (n + 1) k := by sorry

-- lean: false
theorem sqrt_lt_self_false (n : ℕ) : sqrt n < n := by sorry

-- lean: false
theorem sqrt_mul_false (n : ℕ) : sqrt n * sqrt n = n := by sorry

-- lean: false
theorem log_pow_false (b x : ℕ) : log b (b ^ x) = x := by sorry

-- lean: false
theorem pow_log_le_self_false (b x : ℕ) : b ^ log b x ≤ x := by sorry

-- lean: false
theorem dist_sub_false (n m : ℕ) : dist n m = n - m := by sorry

-- lean: false
theorem zero_pow_false (n : ℕ) : 0 ^ n = 0 := by sorry

-- lean: false
theorem pow_le_pow_right_false {n m k : ℕ} : m ≤ k → n ^ m ≤ n ^ k := by sorry

end Nat
