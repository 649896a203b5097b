/-
Red-team corpus (trust), definitions by pattern matching and recursion (on ℕ and on lists),
with truncated subtraction, ℤ signs and ℚ halves inside the equations. A law about a recursive
definition holds only if it holds for every argument: closed forms that agree on the first few
values (`tri n = n * n` at 0 and 1) are traps.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.Recursion

/-- Triangular numbers. -/
def tri : ℕ → ℕ
  | 0 => 0
  | n + 1 => (n + 1) + tri n

/-- Powers of two by recursion. -/
def pow2 : ℕ → ℕ
  | 0 => 1
  | n + 1 => 2 * pow2 n

/-- Alternating sum `x₀ - (x₁ - (x₂ - …))`. -/
def altSum : List ℤ → ℤ
  | [] => 0
  | x :: xs => x - altSum xs

/-- `1 / 2ⁿ` by repeated halving in ℚ. -/
def halves : ℕ → ℚ
  | 0 => 1
  | n + 1 => halves n / 2

/-- `[n - 1, …, 1, 0]`. -/
def countDown : ℕ → List ℕ
  | 0 => []
  | n + 1 => n :: countDown n

/-- Fibonacci. -/
def fib : ℕ → ℕ
  | 0 => 0
  | 1 => 1
  | n + 2 => fib n + fib (n + 1)

/-- Length by recursion, for any element type. -/
def len' {α : Type} : List α → ℕ
  | [] => 0
  | _ :: xs => len' xs + 1

/-- Sum of squares. -/
def sumSq : List ℕ → ℕ
  | [] => 0
  | x :: xs => x * x + sumSq xs

/-- Every element twice. -/
def dbl : List ℕ → List ℕ
  | [] => []
  | x :: xs => x :: x :: dbl xs

/-- Subtract every element in turn, truncating at 0. -/
def subAll : ℕ → List ℕ → ℕ
  | a, [] => a
  | a, x :: xs => subAll (a - x) xs

/-- One Collatz step. -/
def collatzStep (n : ℕ) : ℕ := if n % 2 = 0 then n / 2 else 3 * n + 1

/-- `(-1) ^ n` by recursion. -/
def signAlt : ℕ → ℤ
  | 0 => 1
  | n + 1 => -signAlt n

/-- `r ^ n` by recursion over ℝ. -/
noncomputable def geom (r : ℝ) : ℕ → ℝ
  | 0 => 1
  | n + 1 => r * geom r n

/-- A running maximum (0 for the empty list). -/
def maxAll : List ℕ → ℕ
  | [] => 0
  | x :: xs => max x (maxAll xs)

/-- FALSE at n = 2: `tri 2 = 3 ≠ 4`. -/
theorem tri_sq_f (n : ℕ) : tri n = n * n := sorry
/-- TRUE: Gauss. -/
theorem tri_gauss_t (n : ℕ) : 2 * tri n = n * (n + 1) := sorry

/-- FALSE at n = 0: `tri 0 = 0`. -/
theorem tri_gt_f (n : ℕ) : tri n > n := sorry
/-- TRUE: the last summand is `n`. -/
theorem tri_ge_t (n : ℕ) : tri n ≥ n := sorry

/-- FALSE at n = 0: `pow2 0 = 1 ≠ 0`. -/
theorem pow2_double_f (n : ℕ) : pow2 n = 2 * n := sorry
/-- TRUE: by induction. -/
theorem pow2_pow_t (n : ℕ) : pow2 n = 2 ^ n := sorry

/-- FALSE at n = 3: `8 < 9`. -/
theorem pow2_ge_sq_f (n : ℕ) : pow2 n ≥ n * n := sorry
/-- TRUE: `n < 2 ^ n`. -/
theorem pow2_gt_t (n : ℕ) : pow2 n > n := sorry

/-- FALSE at xs = [1, 0]: `altSum [1, 0, 1, 0] = 2`. -/
theorem altSum_double_f (xs : List ℤ) : altSum (xs ++ xs) = 0 := sorry
/-- TRUE: all zeros. -/
theorem altSum_zeros_t (xs : List ℤ) : altSum (xs.map fun _ => 0) = 0 := sorry

/-- FALSE at xs = [1, 0]: `altSum [0, 1] = -1` but `altSum [1, 0] = 1`. -/
theorem altSum_reverse_f (xs : List ℤ) : altSum xs.reverse = altSum xs := sorry
/-- TRUE: two steps of the recursion. -/
theorem altSum_two_t (a b : ℤ) (xs : List ℤ) : altSum (a :: b :: xs) = a - b + altSum xs := sorry

/-- FALSE at n = 0: `halves 0 = 1`. -/
theorem halves_lt_one_f (n : ℕ) : halves n < 1 := sorry
/-- TRUE: halving from 1. -/
theorem halves_le_one_t (n : ℕ) : halves n ≤ 1 := sorry
/-- TRUE: never 0 in ℚ. -/
theorem halves_pos_t (n : ℕ) : halves n > 0 := sorry

/-- FALSE at n = 0: two halves of `halves 1 = 1/2` make `halves 0 = 1`. -/
theorem halves_sum_ne_f (n : ℕ) : halves (n + 1) + halves (n + 1) ≠ halves n := sorry
/-- TRUE: `halves n = 1 / 2 ^ n`. -/
theorem halves_mul_pow_t (n : ℕ) : halves n * 2 ^ n = 1 := sorry

/-- FALSE at n = 1: `countDown 1 = [0]` sums to 0, `tri 1 = 1`. -/
theorem countDown_sum_f (n : ℕ) : (countDown n).sum = tri n := sorry
/-- TRUE: `0 + … + (n - 1) + n = tri n`. -/
theorem countDown_sum_t (n : ℕ) : (countDown n).sum + n = tri n := sorry
/-- TRUE: by induction. -/
theorem countDown_length_t (n : ℕ) : (countDown n).length = n := sorry

/-- FALSE at n = 6: `fib 6 = 8 > 6`. -/
theorem fib_le_f (n : ℕ) : fib n ≤ n := sorry
/-- TRUE: the defining equation. -/
theorem fib_succ_succ_t (n : ℕ) : fib (n + 2) = fib n + fib (n + 1) := sorry
/-- TRUE: `fib n ≤ 2 ^ n`. -/
theorem fib_le_pow_t (n : ℕ) : fib n ≤ 2 ^ n := sorry

/-- FALSE: `fib 10 = 55`. -/
theorem fib_ten_f : fib 10 = 89 := sorry
/-- TRUE: `fib 11 = 89`. -/
theorem fib_eleven_t : fib 11 = 89 := sorry
/-- TRUE: `tri 10 = 55`. -/
theorem tri_ten_t : tri 10 = 55 := sorry

/-- FALSE at xs = [], ys = [x] (α := ℕ, x = 0). -/
theorem len_append_f {α : Type} (xs ys : List α) : len' (xs ++ ys) = len' xs := sorry
/-- TRUE: by induction. -/
theorem len_length_t {α : Type} (xs : List α) : len' xs = xs.length := sorry

/-- FALSE at xs = [1, 1]: `2 < 4`. -/
theorem sumSq_ge_sq_f (xs : List ℕ) : sumSq xs ≥ xs.sum * xs.sum := sorry
/-- TRUE: `x * x ≥ x` for naturals. -/
theorem sumSq_ge_sum_t (xs : List ℕ) : sumSq xs ≥ xs.sum := sorry
/-- TRUE: cross terms of naturals are nonnegative. -/
theorem sumSq_le_sq_t (xs : List ℕ) : sumSq xs ≤ xs.sum * xs.sum := sorry

/-- FALSE at xs = []: `0 ≠ 2`. -/
theorem dbl_length_add_f (xs : List ℕ) : (dbl xs).length = xs.length + 2 := sorry
/-- TRUE: by induction. -/
theorem dbl_length_t (xs : List ℕ) : (dbl xs).length = 2 * xs.length := sorry
/-- TRUE: by induction. -/
theorem dbl_sum_t (xs : List ℕ) : (dbl xs).sum = 2 * xs.sum := sorry

/-- FALSE at a = 0, xs = [1]: `subAll 0 [1] = 0`, and `0 + 1 ≠ 0`. -/
theorem subAll_add_f (a : ℕ) (xs : List ℕ) : subAll a xs + xs.sum = a := sorry
/-- TRUE: `Nat.sub_sub`, iterated. -/
theorem subAll_t (a : ℕ) (xs : List ℕ) : subAll a xs = a - xs.sum := sorry

/-- FALSE at n = 1: `collatzStep 1 = 4`. -/
theorem collatz_le_f (n : ℕ) : collatzStep n ≤ n := sorry
/-- TRUE: even numbers halve. -/
theorem collatz_le_t (n : ℕ) (h : n % 2 = 0) : collatzStep n ≤ n := sorry

/-- FALSE: `collatzStep 6 = 3`. -/
theorem collatz_six_f : collatzStep 6 = 10 := sorry
/-- TRUE: `3 * 7 + 1 = 22`. -/
theorem collatz_seven_t : collatzStep 7 = 22 := sorry

/-- FALSE at n = 1: `signAlt 1 = -1`. -/
theorem signAlt_one_f (n : ℕ) : signAlt n = 1 := sorry
/-- TRUE: `(±1) * (±1) = 1`. -/
theorem signAlt_sq_t (n : ℕ) : signAlt n * signAlt n = 1 := sorry
/-- TRUE: period two. -/
theorem signAlt_period_t (n : ℕ) : signAlt (n + 2) = signAlt n := sorry

/-- FALSE at r = -1, n = 1: `geom (-1) 1 = -1 < 0`. -/
theorem geom_nonneg_f (r : ℝ) (n : ℕ) : geom r n ≥ 0 := sorry
/-- TRUE: `geom r n = r ^ n`. -/
theorem geom_pow_t (r : ℝ) (n : ℕ) : geom r n = r ^ n := sorry
/-- TRUE: even powers are nonnegative. -/
theorem geom_even_nonneg_t (r : ℝ) (n : ℕ) : geom r (2 * n) ≥ 0 := sorry

/-- FALSE at xs = [1, 1]: the maximum is 1, the sum is 2. -/
theorem maxAll_eq_sum_f (xs : List ℕ) : maxAll xs = xs.sum := sorry
/-- TRUE: the maximum of naturals is at most their sum. -/
theorem maxAll_le_sum_t (xs : List ℕ) : maxAll xs ≤ xs.sum := sorry

/-- FALSE at xs = [1, 2]: `maxAll [1, 2] = 2` but the head is 1. -/
theorem maxAll_head_f (xs : List ℕ) : maxAll xs = xs.headD 0 := sorry
/-- TRUE: the maximum bounds the head. -/
theorem maxAll_ge_head_t (xs : List ℕ) : xs.headD 0 ≤ maxAll xs := sorry

end JepaFormal.Trust.Recursion
