/-
False statements: laws that are FALSE in Lean 4 (with Mathlib), each with the minimal
counterexample the checker must find after shrinking. The table `expectations.py` beside this
file encodes, per theorem, the part of that counterexample that minimality determines.

Each is a trap where a plausible reading disagrees with Lean: a loss claimed multiplicative, a
hypothesis on the wrong list, a mean claimed additive, truncated `ℕ` subtraction, Euclidean
`ℤ` division, `x / 0 = 0`, `Float` non-associativity, `Fin` wrap-around, vacuous hypotheses,
order-dependent folds, `take`/`drop`/`zip` saturation, duplicates versus sets, floor division.
-/
import Mathlib.Algebra.BigOperators.Group.Finset
import Mathlib.Data.Real.Basic

open scoped BigOperators

namespace JepaFormal.Corpus.FalseLaws

/-- Sum of a natural-number loss over a list of indices (the shape of `jepaLoss`). -/
def lossSum {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ) : ℕ :=
  (idxs.map loss).sum

/-- Mean-reduced real loss: `0` on the empty list, since `x / 0 = 0`. -/
noncomputable def meanLoss {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℝ) : ℝ :=
  (idxs.map loss).sum / (idxs.length : ℝ)

/-- An order-dependent left fold: reads the list as binary digits. -/
def foldLoss (xs : List ℕ) : ℕ :=
  xs.foldl (fun acc x => 2 * acc + x) 0

/-! ## Losses over lists -/

/-- `++` mapped to `*` of losses. Minimal: one index in total, with a nonzero loss
(`xs ++ ys` of length 1: `loss i = loss i * 0`). -/
theorem lossSum_append_mul {n : ℕ} (xs ys : List (Fin n)) (loss : Fin n → ℕ) :
    lossSum (xs ++ ys) loss = lossSum xs loss * lossSum ys loss := by
  sorry

/-- Same trap on plain lists of naturals. Minimal: one element in total, equal to `1`. -/
theorem sum_append_mul (xs ys : List ℕ) : (xs ++ ys).sum = xs.sum * ys.sum := by
  sorry

/-- Hypothesis on the wrong list. Minimal: `xs = []` and `ys` a single index where the two
losses differ. -/
theorem lossSum_ext_wrong_list {n : ℕ} (xs ys : List (Fin n)) (loss₁ loss₂ : Fin n → ℕ)
    (h : ∀ i ∈ xs, loss₁ i = loss₂ i) : lossSum ys loss₁ = lossSum ys loss₂ := by
  sorry

/-- The hypothesis is dropped altogether. Minimal: one index where the losses differ. -/
theorem lossSum_ext_no_hyp {n : ℕ} (idxs : List (Fin n)) (loss₁ loss₂ : Fin n → ℕ) :
    lossSum idxs loss₁ = lossSum idxs loss₂ := by
  sorry

/-- A mean-reduced loss is not additive. Length one is not enough (the empty mean is `0`, the
mean of one value is that value); minimal: `xs` and `ys` of one index each with a nonzero sum. -/
theorem meanLoss_append {n : ℕ} (xs ys : List (Fin n)) (loss : Fin n → ℝ) :
    meanLoss (xs ++ ys) loss = meanLoss xs loss + meanLoss ys loss := by
  sorry

/-- The mean of `k` copies is the value only when `k > 0`: the hypothesis `0 < k` is missing.
Every counterexample has `k = 0` (then `0 / 0 = 0`) and a nonzero loss. -/
theorem meanLoss_replicate {n : ℕ} (k : ℕ) (i : Fin n) (loss : Fin n → ℝ) :
    meanLoss (List.replicate k i) loss = loss i := by
  sorry

/-- Positive losses do not make the mean positive on the empty list. Minimal: `idxs = []`. -/
theorem meanLoss_pos {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℝ)
    (h : ∀ i ∈ idxs, 0 < loss i) : 0 < meanLoss idxs loss := by
  sorry

/-- Appending cannot lower a sum of naturals, but it can raise it. Minimal: `xs = []`, `ys` one
index with a nonzero loss. -/
theorem lossSum_append_le {n : ℕ} (xs ys : List (Fin n)) (loss : Fin n → ℕ) :
    lossSum (xs ++ ys) loss ≤ lossSum xs loss := by
  sorry

/-- `≤` strengthened to `<`: losses of at most one sum to at most the length, not below it.
Minimal: `idxs = []` (`0 < 0`). -/
theorem lossSum_lt_length {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ)
    (h : ∀ i ∈ idxs, loss i ≤ 1) : lossSum idxs loss < idxs.length := by
  sorry

/-- A mask and an unrelated second mask do not split the sum. Minimal: one index. -/
theorem lossSum_filter_split {n : ℕ} (idxs : List (Fin n)) (m₁ m₂ : Fin n → Bool)
    (loss : Fin n → ℕ) :
    lossSum (idxs.filter m₁) loss + lossSum (idxs.filter m₂) loss = lossSum idxs loss := by
  sorry

/-- Duplicates count in a list sum but not in a finset. Minimal: two equal indices. -/
theorem sum_list_eq_sum_toFinset {n : ℕ} (idxs : List (Fin n)) (f : Fin n → ℕ) :
    (idxs.map f).sum = ∑ i ∈ idxs.toFinset, f i := by
  sorry

/-- A constant loss summed over a list is not the constant. Minimal: `xs = []`, `c = 1`. -/
theorem sum_map_const (xs : List ℕ) (c : ℕ) : (xs.map fun _ => c).sum = c := by
  sorry

/-! ## Vacuous hypotheses -/

/-- Only the empty list of naturals has all its elements below zero, and its sum is `0`, not
`1`. Minimal: `xs = []`. -/
theorem sum_of_all_neg (xs : List ℕ) (h : ∀ x ∈ xs, x < 0) : xs.sum = 1 := by
  sorry

/-- `x ≠ x` holds of no element: only `[]` satisfies the hypothesis. Minimal: `xs = []`. -/
theorem length_of_irrefl (xs : List ℕ) (h : ∀ x ∈ xs, x ≠ x) : xs.length = 1 := by
  sorry

/-- A list over the empty type `Fin 0` is `[]`. Minimal (the only instance): `xs = []`. -/
theorem sum_fin_zero (xs : List (Fin 0)) (f : Fin 0 → ℕ) : (xs.map f).sum = 1 := by
  sorry

/-! ## Truncated subtraction and floor division on ℕ -/

/-- `a - b + b = a` fails when `a < b`. Minimal: `a = 0`, `b = 1`. -/
theorem nat_sub_add_cancel (a b : ℕ) : a - b + b = a := by
  sorry

/-- Under `a ≤ b` the two truncated differences agree only when `a = b`. Minimal: `a = 0`,
`b = 1`. -/
theorem nat_sub_comm_of_le (a b : ℕ) (h : a ≤ b) : a - b = b - a := by
  sorry

/-- Minimal: `a = 0`, `b = 0`, `c = 1` (`0 - 0 = 0` but `0 - 0 + 1 = 1`). -/
theorem nat_sub_sub_eq (a b c : ℕ) : a - (b - c) = a - b + c := by
  sorry

/-- The predecessor trap. Minimal (the only counterexample): `a = 0`. -/
theorem nat_pred_succ (a : ℕ) : a - 1 + 1 = a := by
  sorry

/-- `a - b < a` needs `0 < a`. Minimal: `a = 0`, `b = 1`. -/
theorem nat_sub_lt_self (a b : ℕ) (h : 0 < b) : a - b < a := by
  sorry

/-- Floor division: `a / b * b = a` fails for `b = 0` and for inexact division. Minimal:
`a = 1`, `b = 0`. -/
theorem nat_div_mul_cancel (a b : ℕ) : a / b * b = a := by
  sorry

/-- `a * b / b = a` fails only for `b = 0`. Minimal: `a = 1`, `b = 0`. -/
theorem nat_mul_div_cancel (a b : ℕ) : a * b / b = a := by
  sorry

/-- `a / 0 = 0` in Lean. Minimal: `a = 1`. -/
theorem nat_div_zero_id (a : ℕ) : a / 0 = a := by
  sorry

/-- `a % 0 = a` in Lean. Minimal: `a = 1`. -/
theorem nat_mod_zero_eq_zero (a : ℕ) : a % 0 = 0 := by
  sorry

/-- `1 / 2 = 0` at `ℕ`, cast afterwards; `1 / 2 = 1/2` at `ℝ`. Closed: `0` versus `1/2`. -/
theorem nat_half_cast : ((1 / 2 : ℕ) : ℝ) = 1 / 2 := by
  sorry

/-- Closed: `2 - 3 = 0` at `ℕ`, so the left side is `0 + 3 = 3`, not `2`. -/
theorem nat_two_sub_three : (2 : ℕ) - 3 + 3 = 2 := by
  sorry

/-! ## Euclidean division on ℤ -/

/-- `Int.ediv`: `7 = (-2) * (-3) + 1`. Closed: left side `-3`, right side `-4` (Python's
floor division gives `-4`). -/
theorem int_div_pos_neg : (7 : ℤ) / -2 = -4 := by
  sorry

/-- `Int.ediv`: `-7 = 2 * (-4) + 1`. Closed: `-4` versus `-3` (truncating division gives
`-3`). -/
theorem int_div_neg_pos : (-7 : ℤ) / 2 = -3 := by
  sorry

/-- `Int.ediv`: `-7 = (-2) * 4 + 1`. Closed: `4` versus `3` (Python gives `3`). -/
theorem int_div_neg_neg : (-7 : ℤ) / -2 = 3 := by
  sorry

/-- `Int.emod` is never negative. Closed: `1` versus `-1` (C's `%` gives `-1`). -/
theorem int_mod_neg_pos : (-7 : ℤ) % 2 = -1 := by
  sorry

/-- `Int.emod` ignores the divisor's sign. Closed: `1` versus `-1` (Python gives `-1`). -/
theorem int_mod_pos_neg : (7 : ℤ) % -2 = -1 := by
  sorry

/-- Every counterexample has `b = 0` or an inexact quotient; no binder value is forced. -/
theorem int_div_mul_cancel (a b : ℤ) : a / b * b = a := by
  sorry

/-- `|a - b| = a - b` fails whenever `a < b`. -/
theorem int_abs_sub (a b : ℤ) : |a - b| = a - b := by
  sorry

/-! ## Division by zero on ℝ -/

/-- `x / 0 = 0` in Mathlib. Closed: `0` versus `1`. -/
theorem real_one_div_zero : (1 : ℝ) / 0 = 1 := by
  sorry

/-- `(0 : ℝ)⁻¹ = 0` in Mathlib. Closed: `0` versus `1`. -/
theorem real_inv_zero_one : (0 : ℝ)⁻¹ = 1 := by
  sorry

/-- `x / x = 1` fails only at `x = 0` (`0 / 0 = 0`). The unique counterexample: `x = 0`. -/
theorem real_div_self (x : ℝ) : x / x = 1 := by
  sorry

/-- Cancelling a factor needs it nonzero: every counterexample has `c = 0`. -/
theorem real_mul_div_cancel (c x : ℝ) : c * x / c = x := by
  sorry

/-- Dividing by zero does not leave a value unchanged: counterexamples are the `x ≠ 0`. -/
theorem real_div_zero_id (x : ℝ) : x / 0 = x := by
  sorry

/-! ## Float: IEEE 754, evaluated in the written order -/

/-- `List.sum` is a right fold, so `(xs ++ ys).sum` associates differently from
`xs.sum + ys.sum`. Two values never differ (`a + (b + 0)` and `(a + 0) + (b + 0)` round alike),
and only the split `xs` of length 2, `ys` of length 1 compares `a + (b + c)` with `(a + b) + c`:
e.g. `xs = [0.1, 0.2]`, `ys = [0.3]`. -/
theorem float_sum_append (xs ys : List Float) : (xs ++ ys).sum = xs.sum + ys.sum := by
  sorry

/-- `c + (b + a)` versus `a + (b + c)`: needs three values, e.g. `[0.1, 0.2, 0.3]`. -/
theorem float_sum_reverse (xs : List Float) : xs.reverse.sum = xs.sum := by
  sorry

/-- Float addition is not associative: e.g. `0.1, 0.2, 0.3`. -/
theorem float_add_assoc (a b c : Float) : a + b + c = a + (b + c) := by
  sorry

/-- Cancellation fails by rounding: e.g. `a = 1`, `b = 1e16`. -/
theorem float_add_sub_cancel (a b : Float) : a + b - b = a := by
  sorry

/-! ## Fin wrap-around -/

/-- `Fin n` addition wraps. The unique minimal counterexample: `n = 2`, `i = 1`, `j = 1`. -/
theorem fin_add_val {n : ℕ} (i j : Fin n) : (i + j).val = i.val + j.val := by
  sorry

/-- `Fin n` subtraction wraps instead of truncating. Minimal: `n = 2`, `i = 0`, `j = 1`. -/
theorem fin_sub_val {n : ℕ} (i j : Fin n) : (i - j).val = i.val - j.val := by
  sorry

/-- In `Fin (n + 1)` the literal `1` wraps to `0` when `n = 0`. Minimal: `n = 0`, `i = 0`. -/
theorem fin_succ_val {n : ℕ} (i : Fin (n + 1)) : (i + 1).val = i.val + 1 := by
  sorry

/-- `Fin n` multiplication wraps; `Fin 2` is too small (`1 * 1 = 1`). Minimal: `n = 3`,
`i = 2` (`2 * 2 = 4 ≡ 1`). -/
theorem fin_mul_self_val {n : ℕ} (i : Fin n) : (i * i).val = i.val * i.val := by
  sorry

/-! ## Folds, take/drop, zip, ranges, replicate -/

/-- A left fold with an order-dependent step is not reverse-invariant. Minimal: two distinct
elements. -/
theorem foldLoss_reverse (xs : List ℕ) : foldLoss xs.reverse = foldLoss xs := by
  sorry

/-- Minimal: two elements, the first nonzero (`foldLoss [1, 0] = 2`, `sum = 1`). -/
theorem foldLoss_eq_sum (xs : List ℕ) : foldLoss xs = xs.sum := by
  sorry

/-- `take` saturates. Minimal: `xs = []`, `k = 1`. -/
theorem take_length_eq (xs : List ℕ) (k : ℕ) : (xs.take k).length = k := by
  sorry

/-- Dropping then taking rotates the list. Minimal: two distinct elements and `k = 1`. -/
theorem drop_append_take (xs : List ℕ) (k : ℕ) : xs.drop k ++ xs.take k = xs := by
  sorry

/-- `zip` stops at the shorter list. Minimal: `xs` of length 1, `ys = []`. -/
theorem zip_length_left (xs ys : List ℕ) : (xs.zip ys).length = xs.length := by
  sorry

/-- `zipWith` drops the unmatched tail. Minimal: one nonzero element in total. -/
theorem zipWith_add_sum (xs ys : List ℕ) :
    (List.zipWith (· + ·) xs ys).sum = xs.sum + ys.sum := by
  sorry

/-- Off by one. Minimal: `n = 0`. -/
theorem range_length_succ (n : ℕ) : (List.range n).length = n + 1 := by
  sorry

/-- `List.range n` stops at `n - 1`. Minimal: `n = 0`. -/
theorem mem_range_self (n : ℕ) : n ∈ List.range n := by
  sorry

/-- The Gauss sum of `[0, …, n-1]` is `n * (n - 1) / 2`. Minimal: `n = 1`. -/
theorem range_sum_gauss (n : ℕ) : (List.range n).sum = n * (n + 1) / 2 := by
  sorry

/-- A replicated value is summed `k` times. Minimal: `k = 0`, `a = 1`. -/
theorem replicate_sum_self (k a : ℕ) : (List.replicate k a).sum = a := by
  sorry

/-! ## List shape -/

/-- `reverse` is an anti-homomorphism. Minimal: `xs` and `ys` of one element each, distinct. -/
theorem reverse_append_same (xs ys : List ℕ) : (xs ++ ys).reverse = xs.reverse ++ ys.reverse := by
  sorry

/-- `List.prod []` is `1`, so `1 = 1 + 1` fails already on empty lists. Minimal: `xs = []`,
`ys = []`. -/
theorem prod_append_add (xs ys : List ℕ) : (xs ++ ys).prod = xs.prod + ys.prod := by
  sorry

/-- Minimal: `x = 1`, `xs = []` (`1 + 0` versus `1 * 0`). -/
theorem sum_cons_mul (x : ℕ) (xs : List ℕ) : (x :: xs).sum = x * xs.sum := by
  sorry

/-- Minimal: one element in total (`1 = 1 * 0`). -/
theorem length_append_mul (xs ys : List ℕ) :
    (xs ++ ys).length = xs.length * ys.length := by
  sorry

/-- A filter and its complement, concatenated, reorder the list. Minimal: two distinct
elements, the first one rejected. -/
theorem filter_append_filter_not (xs : List ℕ) (p : ℕ → Bool) :
    xs.filter p ++ xs.filter (fun x => !p x) = xs := by
  sorry

/-- Filtering keeps the length only when nothing is rejected. Minimal: one element. -/
theorem filter_length_eq (xs : List ℕ) (p : ℕ → Bool) : (xs.filter p).length = xs.length := by
  sorry

/-- `head!` of a longer list ignores the tail. Minimal: two elements, the second nonzero. -/
theorem head_eq_sum (xs : List ℕ) : xs.head! = xs.sum := by
  sorry

/-- `xs[i]!` out of range is the default `0`, which is not in `[]`. Minimal: `xs = []`,
`i = 0`. -/
theorem getElem_mem (xs : List ℕ) (i : ℕ) : xs[i]! ∈ xs := by
  sorry

/-! ## Variance hinge -/

/-- Dropping `max 0` is wrong above the floor: counterexamples are the `γ < s`. -/
theorem hinge_eq_sub (γ s : ℝ) : max 0 (γ - s) = γ - s := by
  sorry

/-- The hypothesis points the wrong way: counterexamples are the `s < γ`. -/
theorem hinge_zero_wrong_dir (γ s : ℝ) (h : s ≤ γ) : max 0 (γ - s) = 0 := by
  sorry

/-- `≤` strengthened to `<`: the hinge is `0` above the floor. Every instance meeting the
hypothesis is a counterexample. -/
theorem hinge_pos_above_floor (γ s : ℝ) (h : γ ≤ s) : 0 < max 0 (γ - s) := by
  sorry

/-! ## Literals -/

/-- `0.1 + 0.2` rounds to `0.30000000000000004` in binary64. Closed. -/
theorem float_tenths : (0.1 + 0.2 : Float) = 0.3 := by
  sorry

/-- A numeral in `Fin 2` is taken modulo 2. Closed: `1` versus `3`. -/
theorem fin_numeral_val : (3 : Fin 2).val = 3 := by
  sorry

/-- `Real.sqrt` of a negative number is `0` in Mathlib. Closed: `0` versus `2`. -/
theorem real_sqrt_neg_four : Real.sqrt (-4) = 2 := by
  sorry

end JepaFormal.Corpus.FalseLaws
