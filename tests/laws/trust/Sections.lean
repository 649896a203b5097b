/-
Red-team corpus (trust), section `variable`s with `include`/`omit` (Lean ≥ 4.11): a theorem
receives the section variables its *statement* mentions (and the variables those mention), plus
those named by `include` (section-wide, or `include h in` for one declaration), minus `omit`.
A hypothesis variable that the statement does not mention is NOT a hypothesis of the theorem
unless it is included; an included hypothesis is one even when the statement does not use it.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.Sections

section Pos
variable (n : ℕ) (hn : 0 < n)

include hn in
/-- TRUE: `hn : 0 < n` is included, so the subtraction does not truncate (issue 9, cause 2). -/
theorem pred_add_one_incl_t : n - 1 + 1 = n := sorry

/-- FALSE at n = 0: `hn` is not mentioned, hence not a hypothesis; `0 - 1 + 1 = 1`. -/
theorem pred_add_one_noincl_f : n - 1 + 1 = n := sorry

include hn in
/-- TRUE: with `0 < n`. -/
theorem two_le_double_incl_t : 2 ≤ 2 * n := sorry

/-- FALSE at n = 0: no hypothesis. -/
theorem two_le_double_noincl_f : 2 ≤ 2 * n := sorry

include hn in
/-- TRUE: with `0 < n`, `n / n = 1`. -/
theorem div_self_incl_t : n / n = 1 := sorry

/-- FALSE at n = 0: `0 / 0 = 0`. -/
theorem div_self_noincl_f : n / n = 1 := sorry

/-- TRUE: an explicit hypothesis binder of the theorem itself is always a hypothesis. -/
theorem pred_lt_own_hyp_t (h : 1 ≤ n) : n - 1 < n := sorry

/-- FALSE at n = 0: a hypothesis about another variable does not help. -/
theorem pred_lt_other_hyp_f (m : ℕ) (h : 1 ≤ m) : n - 1 < n := sorry

end Pos

section Wide
variable (a b : ℕ) (hab : b ≤ a)
include hab

/-- TRUE: `hab` is included section-wide. -/
theorem sub_add_wide_t : a - b + b = a := sorry

omit hab in
/-- FALSE at a = 0, b = 1: `hab` is omitted for this theorem. -/
theorem sub_add_omit_f : a - b + b = a := sorry

/-- TRUE: `b ≤ a` gives `b - a = 0`. -/
theorem sub_rev_wide_t : b - a = 0 := sorry

omit hab in
/-- FALSE at a = 0, b = 1. -/
theorem sub_rev_omit_f : b - a = 0 := sorry

/-- TRUE: the include reaches a theorem that also has binders of its own. -/
theorem sub_add_extra_wide_t (c : ℕ) : a - b + (b + c) = a + c := sorry

omit hab in
/-- FALSE at a = 0, b = 1, c = 0. -/
theorem sub_add_extra_omit_f (c : ℕ) : a - b + (b + c) = a + c := sorry

end Wide

section AfterWide
variable (a b : ℕ)

/-- FALSE at a = 0, b = 1: the `include` of the previous section ended with it. -/
theorem sub_add_after_section_f : a - b + b = a := sorry

/-- TRUE: `Nat.sub_add_cancel` needs the hypothesis, here as a binder. -/
theorem sub_add_after_section_t (h : b ≤ a) : a - b + b = a := sorry

end AfterWide

section FinVar
variable {m : ℕ} (i : Fin m) (hm : 2 ≤ m)

/-- TRUE: mentioning `i` brings its implicit `m`. -/
theorem val_lt_t : (i : ℕ) < m := sorry

/-- FALSE at m = 1, i = 0: `0 + 1 < 1` fails. -/
theorem val_succ_lt_f : (i : ℕ) + 1 < m := sorry

include hm in
/-- TRUE: `hm` included. -/
theorem one_lt_incl_t : 1 < m := sorry

/-- FALSE at m = 0: the statement mentions `m` but not `hm`. -/
theorem one_lt_noincl_f : 1 < m := sorry

include hm in
/-- TRUE: with `2 ≤ m`, `1 % m = 1`. -/
theorem one_mod_incl_t : 1 % m = 1 := sorry

/-- FALSE at m = 1: `1 % 1 = 0`. -/
theorem one_mod_noincl_f : 1 % m = 1 := sorry

end FinVar

section Ints
variable (x y : ℤ) (hx : 0 ≤ x) (hy : 0 < y)

include hx hy in
/-- TRUE: for `0 ≤ x` and `0 < y`, `x % y ≤ x`. -/
theorem emod_le_incl_t : x % y ≤ x := sorry

/-- FALSE at x = -1, y = 2: `-1 % 2 = 1 > -1`. -/
theorem emod_le_noincl_f : x % y ≤ x := sorry

include hy in
/-- TRUE: `Int.emod_lt_of_pos`. -/
theorem emod_lt_incl_t : x % y < y := sorry

/-- FALSE at x = 0, y = 0: `0 % 0 = 0`, and `0 < 0` fails. -/
theorem emod_lt_noincl_f : x % y < y := sorry

include hx in
/-- TRUE: `x / 2 ≤ x` for `x ≥ 0`. -/
theorem half_le_incl_t : x / 2 ≤ x := sorry

/-- FALSE at x = -3: `-3 / 2 = -2 > -3`. -/
theorem half_le_noincl_f : x / 2 ≤ x := sorry

include hy in
/-- FALSE at x = -1, y = 1: `hx` is not included, only `hy`. -/
theorem emod_le_only_hy_f : x % y ≤ x := sorry

end Ints

section Reals
variable (r s : ℝ) (hr : 0 < r) (hs : r ≤ s)

include hr in
/-- TRUE: `div_self`. -/
theorem div_self_incl_real_t : r / r = 1 := sorry

/-- FALSE at r = 0: `0 / 0 = 0`. -/
theorem div_self_noincl_real_f : r / r = 1 := sorry

include hr hs in
/-- TRUE: `one_div_le_one_div_of_le`. -/
theorem inv_anti_incl_t : 1 / s ≤ 1 / r := sorry

include hs in
/-- FALSE at r = -1, s = 1: only `hs` is included. -/
theorem inv_anti_only_hs_f : 1 / s ≤ 1 / r := sorry

include hr hs in
/-- TRUE: `0 < r ≤ s`. -/
theorem s_pos_incl_t : 0 < s := sorry

include hs in
/-- FALSE at r = 0, s = 0: `hs` alone allows `s = 0`. -/
theorem s_pos_only_hs_f : 0 < s := sorry

end Reals

section Lists
variable (xs : List ℕ) (hxs : xs ≠ [])

include hxs in
/-- TRUE: a nonempty list has a positive length. -/
theorem length_pos_incl_t : 0 < xs.length := sorry

/-- FALSE at xs = []: `hxs` not included. -/
theorem length_pos_noincl_f : 0 < xs.length := sorry

include hxs in
/-- TRUE: `xs.length - 1 + 1 = xs.length` for a nonempty list. -/
theorem length_pred_incl_t : xs.length - 1 + 1 = xs.length := sorry

/-- FALSE at xs = []. -/
theorem length_pred_noincl_f : xs.length - 1 + 1 = xs.length := sorry

end Lists

section Generic
variable {α : Type} [DecidableEq α] (ys : List α)

/-- TRUE: instance binders come along with `α`. -/
theorem reverse_length_t : ys.reverse.length = ys.length := sorry

/-- FALSE at ys = [] (α any type, a any element): nothing to erase. -/
theorem erase_shorter_f (a : α) : (ys.erase a).length < ys.length := sorry

/-- TRUE: `List.length_erase_of_mem`. -/
theorem erase_shorter_t (a : α) (h : a ∈ ys) : (ys.erase a).length < ys.length := sorry

end Generic

end JepaFormal.Trust.Sections
