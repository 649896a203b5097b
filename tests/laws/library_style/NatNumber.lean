/-
Library-style corpus: number theory on `ℕ` and `ℤ` as Lean's library states it: `Nat.gcd`,
`Nat.lcm`, `Nat.Coprime`, the factorial notation `n !` (Mathlib's `notation:10000 n "!"`,
tighter than application), `Nat.choose`, `Nat.sqrt`, `Nat.log`, `Nat.dist`, `Int.gcd`.
Each is evaluated by Lean's definition: `gcd 0 0 = 0`, `lcm m n = m * n / gcd m n`,
`log b n = 0` for `b ≤ 1`. Tags as in `List.lean`.
-/
namespace Nat

open Nat

-- expect: proved
theorem gcd_comm'' (m n : ℕ) : gcd m n = gcd n m := by sorry

-- expect: pass
theorem gcd_zero_zero : gcd 0 0 = 0 := rfl

-- expect: refuted
theorem gcd_pos_false' (m n : ℕ) : 0 < gcd m n := by sorry

-- Z3 knows Lean's lemmas about each application (`gcd_dvd_left`, `gcd_eq_left`…), never
-- `0 < gcd m n`
-- expect: proved
theorem gcd_dvd_left'' (m n : ℕ) : gcd m n ∣ m := by sorry

-- expect: proved
theorem gcd_eq_left'' {m n : ℕ} (h : m ∣ n) : gcd m n = m := by sorry

-- expect: refuted
theorem gcd_eq_left_false' {m n : ℕ} (h : n ∣ m) : gcd m n = m := by sorry

-- expect: proved
theorem factorial_lt'' {m n : ℕ} (hn : 0 < n) : n ! < m ! ↔ n < m := by sorry

-- expect: refuted
theorem factorial_lt_false' {m n : ℕ} : n ! < m ! ↔ n < m := by sorry

-- expect: pass
theorem gcd_mul_lcm'' (m n : ℕ) : gcd m n * lcm m n = m * n := by sorry

-- expect: refuted
theorem lcm_eq_mul_false (m n : ℕ) : lcm m n = m * n := by sorry

-- expect: pass
theorem coprime_succ (n : ℕ) : Coprime (n + 1) n := by sorry

-- expect: refuted
theorem coprime_self_false' (n : ℕ) : Coprime n n := by sorry

-- `succ n !` is `succ (n !)`: the notation binds tighter than application
-- expect: pass
theorem succ_factorial (n : ℕ) : succ n ! = n ! + 1 := rfl

-- expect: proved
theorem factorial_succ'' (n : ℕ) : (n + 1)! = (n + 1) * n ! := rfl

-- expect: refuted
theorem self_lt_factorial_false' (n : ℕ) : n < n ! := by sorry

-- expect: proved
theorem choose_symm'' {n k : ℕ} (hk : k ≤ n) : choose n (n - k) = choose n k := by sorry

-- expect: refuted
theorem choose_symm_false' (n k : ℕ) : choose n (n - k) = choose n k := by sorry

-- expect: proved
theorem sqrt_le''' (n : ℕ) : sqrt n * sqrt n ≤ n := by sorry

-- expect: refuted
theorem sqrt_lt_self_false' (n : ℕ) : sqrt n < n := by sorry

-- expect: proved
theorem log_pow'' {b : ℕ} (hb : 1 < b) (x : ℕ) : log b (b ^ x) = x := by sorry

-- expect: refuted
theorem log_pow_false' (b x : ℕ) : log b (b ^ x) = x := by sorry

-- expect: pass
theorem dist_comm'' (n m : ℕ) : dist n m = dist m n := by sorry

-- expect: refuted
theorem dist_sub_false' (n m : ℕ) : dist n m = n - m := by sorry

end Nat

namespace Int

-- expect: proved
theorem gcd_neg'' (a b : ℤ) : gcd (-a) b = gcd a b := by sorry

-- expect: refuted
theorem gcd_zero_right_false' (a : ℤ) : (gcd a 0 : ℤ) = a := by sorry

end Int
