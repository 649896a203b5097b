/-
Red-team corpus (trust), `if`/`match`/`let` in statements, with Lean's arithmetic inside the
branches (truncated ℕ subtraction, `x / 0 = 0`, Euclidean ℤ division, non-integer ℚ values).
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.Control

/-- FALSE at n = 0: the branch gives 1, `0 - 1 = 0`. -/
theorem if_le_one_f (n : ℕ) : (if n ≤ 1 then 1 else n - 1) = n - 1 := sorry
/-- TRUE: for `n ≤ 1`, `n - 1 = 0`. -/
theorem if_le_one_t (n : ℕ) : (if n ≤ 1 then 0 else n - 1) = n - 1 := sorry

/-- FALSE at x = -1. -/
theorem if_abs_self_f (x : ℤ) : (if x < 0 then -x else x) = x := sorry
/-- TRUE: the definition of `|x|` by cases. -/
theorem if_abs_t (x : ℤ) : (if x < 0 then -x else x) = |x| := sorry

/-- FALSE at x = 0: the guard picks 1, but `0 / 0 = 0`. -/
theorem if_div_guard_f (x : ℝ) : (if x = 0 then 1 else x / x) = x / x := sorry
/-- TRUE: the guard is redundant since `0 / 0 = 0`. -/
theorem if_div_guard_t (x : ℝ) : (if x = 0 then 0 else x / x) = x / x := sorry

/-- FALSE at a = 1, b = 0. -/
theorem if_dist_f (a b : ℕ) : (if a ≤ b then b - a else a - b) = b - a := sorry
/-- TRUE: the distance. -/
theorem if_dist_t (a b : ℕ) : (if a < b then b - a else a - b) = max a b - min a b := sorry

/-- FALSE at n = 0: the zero branch gives 1. -/
theorem match_pred_f (n : ℕ) : (match n with | 0 => 1 | k + 1 => k) = n - 1 := sorry
/-- TRUE: `Nat.pred` by cases. -/
theorem match_pred_t (n : ℕ) : (match n with | 0 => 0 | k + 1 => k) = n - 1 := sorry

/-- FALSE at xs = []: `0 + 1 ≠ 0`. -/
theorem match_tail_length_f (xs : List ℕ) :
    (match xs with | [] => 0 | _ :: rest => rest.length) + 1 = xs.length := sorry
/-- TRUE: `List.headD` by cases. -/
theorem match_head_t (xs : List ℕ) : (match xs with | [] => 0 | x :: _ => x) = xs.headD 0 := sorry

/-- FALSE at o = none: `0 ≠ 0 + 1`. -/
theorem match_option_succ_f (o : Option ℕ) :
    (match o with | none => 0 | some k => k + 1) = o.getD 0 + 1 := sorry
/-- TRUE: `Option.getD` by cases. -/
theorem match_option_t (o : Option ℕ) : (match o with | none => 0 | some k => k) = o.getD 0 := sorry

/-- FALSE at x = 0: `0 - 5 + 5 = 5`. -/
theorem let_sub_add_f (x : ℕ) : (let y := x - 5; y + 5) = x := sorry
/-- TRUE: `x - 5 + 5 = max x 5 ≥ x`. -/
theorem let_sub_add_t (x : ℕ) : (let y := x - 5; y + 5) ≥ x := sorry

/-- FALSE at x = 0: `0 - 2 * 0 = 0 ≠ 1`. -/
theorem let_half_rem_f (x : ℤ) : (let y := x / 2; x - 2 * y = 1) := sorry
/-- TRUE: `2 * (x / 2) ≤ x` (remainder `≥ 0`). -/
theorem let_half_le_t (x : ℤ) : (let y := x / 2; 2 * y ≤ x) := sorry

/-- FALSE at a = 1: `(1 - 1) / 2 = 0` but `(1 + 1) / 2 = 1`. -/
theorem if_parity_f (a : ℕ) : (if a % 2 = 0 then a / 2 else (a - 1) / 2) = (a + 1) / 2 := sorry
/-- TRUE: for even `a`, `a / 2 = (a + 1) / 2`. -/
theorem if_parity_t (a : ℕ) : (if a % 2 = 0 then a / 2 else (a + 1) / 2) = (a + 1) / 2 := sorry

/-- FALSE at p = q = True. -/
theorem if_prop_sum_f (p q : Prop) [Decidable p] [Decidable q] :
    (if p then 1 else 0) + (if q then 1 else 0) ≤ (1 : ℕ) := sorry
/-- TRUE: `ite_self`. -/
theorem if_self_t (p : Prop) [Decidable p] (a : ℕ) : (if p then a else a) = a := sorry

/-- FALSE at b = true, x = 1/2. -/
theorem if_bool_half_f (b : Bool) (x : ℚ) : (if b then x else 1 / 2) ≠ 1 / 2 ∨ b = false := sorry
/-- TRUE: the else branch is 1/2. -/
theorem if_bool_half_t (b : Bool) (x : ℚ) : (if b then x else 1 / 2) ≠ 1 / 2 → b = true := sorry

/-- FALSE at x = -1. -/
theorem if_fold_nonneg_f (x : ℚ) : (if x ≤ 1/2 then x else 1 - x) ≥ 0 := sorry
/-- TRUE: folding at 1/2 caps the value at 1/2. -/
theorem if_fold_le_t (x : ℚ) : (if x ≤ 1/2 then x else 1 - x) ≤ 1/2 := sorry

/-- FALSE at p = (0, 1): `0 - 1 + 1 = 1`. -/
theorem match_pair_sub_f (p : ℕ × ℕ) : (match p with | (a, b) => a - b) + p.2 = p.1 := sorry
/-- TRUE: projections. -/
theorem match_pair_t (p : ℕ × ℕ) : (match p with | (a, b) => a + b) = p.1 + p.2 := sorry

/-- FALSE at x = 7: `1/2 + 1/2 = 1`. -/
theorem if_half_twice_f (x : ℕ) :
    (if x = 7 then (1 : ℚ) / 2 else 3 / 2) + (if x = 7 then (1 : ℚ) / 2 else 3 / 2) ≠ 1 := sorry
/-- TRUE: the sum is 1 or 3. -/
theorem if_half_twice_t (x : ℕ) :
    (if x = 7 then (1 : ℚ) / 2 else 3 / 2) + (if x = 7 then (1 : ℚ) / 2 else 3 / 2) ≠ 2 := sorry

/-- FALSE at a = 3: `3 % 4 = 3` falls in the last branch, 2. -/
theorem match_mod4_f (a : ℕ) : (match a % 4 with | 0 => 0 | 1 => 1 | _ => 2) = a % 4 := sorry
/-- TRUE: `a % 3 < 3`. -/
theorem match_mod3_t (a : ℕ) : (match a % 3 with | 0 => 0 | 1 => 1 | _ => 2) = a % 3 := sorry

/-- FALSE at x = -1: `-1 / 2 = -1 ≠ 0`, so the value is `-1`. -/
theorem if_ediv_f (x : ℤ) : (if x / 2 = 0 then 0 else x) = 0 := sorry
/-- TRUE: when the ℤ half is 0 the branch gives 0, otherwise `x / 2 ≠ 0` forces `x ≠ 0`. -/
theorem if_ediv_t (x : ℤ) : (if x / 2 = 0 then 0 else x) ≠ 0 ∨ x / 2 = 0 := sorry

/-- FALSE at n = 2: the nested ifs give 2, not 1. -/
theorem if_nested_f (n : ℕ) : (if n = 0 then 0 else if n = 1 then 1 else n) ≤ 1 := sorry
/-- TRUE: the nested ifs are the identity. -/
theorem if_nested_t (n : ℕ) : (if n = 0 then 0 else if n = 1 then 1 else n) = n := sorry

/-- FALSE at xs = [0]: the singleton branch gives `0 + 1 = 1`, not 0. -/
theorem match_two_f (xs : List ℕ) :
    (match xs with | [] => 0 | [x] => x + 1 | x :: y :: _ => x + y) ≤ xs.sum := sorry
/-- TRUE: the first two elements sum to at most the whole (naturals). -/
theorem match_two_t (xs : List ℕ) :
    (match xs with | [] => 0 | [x] => x | x :: y :: _ => x + y) ≤ xs.sum := sorry

/-- FALSE at b = false: the else branch gives 2. -/
theorem if_bool_eq_f (b : Bool) : (if b then 1 else 2) = (1 : ℕ) := sorry
/-- TRUE: `Bool.rec` by cases. -/
theorem if_bool_le_t (b : Bool) : (if b then 1 else 2) ≤ (2 : ℕ) := sorry

/-- FALSE at x = 1/2: `1/2 < 1/2` fails, so it rounds up to `1 > 1/2`. -/
theorem if_round_f (x : ℚ) (h0 : 0 ≤ x) (h1 : x < 1) : (if x < 1/2 then (0 : ℚ) else 1) ≤ x := sorry
/-- TRUE: the rounding error is at most 1/2. -/
theorem if_round_t (x : ℚ) (h0 : 0 ≤ x) (h1 : x < 1) :
    |(if x < 1/2 then (0 : ℚ) else 1) - x| ≤ 1/2 := sorry

/-- FALSE at n = 0: left `(0 - 1) * 2 + 1 = 1`, right `2 * 0 - 1 = 0`. -/
theorem let_trunc_f (n : ℕ) : (let k := n - 1; k * 2) + 1 = 2 * n - 1 := sorry
/-- TRUE: `(n - 1) * 2 = 2 * n - 2` with truncation. -/
theorem let_trunc_t (n : ℕ) : (let k := n - 1; k * 2) = 2 * n - 2 := sorry

end JepaFormal.Trust.Control
