/-
Red-team corpus (trust), `BEq` versus `Eq`, `decide`, `Bool`: `List.count`, `contains`, `erase`
count and search with `==`; for ℕ/ℤ that is lawful (`(a == b) = decide (a = b)`), for a user
`BEq` instance that ignores a field it is not `=` (`∈` and `=` stay propositional); `decide p`
is the Bool of a decidable proposition; Bool connectives.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.BeqDecide

/-- FALSE: `2` occurs twice. -/
theorem count_two_f : ([1, 2, 2, 3] : List ℕ).count 2 = 1 := sorry
/-- TRUE: duplicates are counted. -/
theorem count_two_t : ([1, 2, 2, 3] : List ℕ).count 2 = 2 := sorry

/-- FALSE at xs = [], a = 0, b = 1: appending `b` does not count as an `a`. -/
theorem count_append_other_f (xs : List ℕ) (a b : ℕ) : (xs ++ [b]).count a = xs.count a + 1 := sorry
/-- TRUE: `List.count_append`, `count a [a] = 1`. -/
theorem count_append_self_t (xs : List ℕ) (a : ℕ) : (xs ++ [a]).count a = xs.count a + 1 := sorry

/-- FALSE at xs = [0, 0], a = 0: contained, but counted twice. -/
theorem contains_count_one_f (xs : List ℕ) (a : ℕ) :
    xs.contains a = decide (xs.count a = 1) := sorry
/-- TRUE: `List.elem_eq_mem` for a lawful `BEq`. -/
theorem contains_mem_t (xs : List ℕ) (a : ℕ) : xs.contains a = decide (a ∈ xs) := sorry

/-- FALSE at xs = [0, 0], a = 0. -/
theorem count_one_iff_mem_f (xs : List ℕ) (a : ℕ) : xs.count a = 1 ↔ a ∈ xs := sorry
/-- TRUE: `List.count_pos_iff`. -/
theorem count_pos_iff_mem_t (xs : List ℕ) (a : ℕ) : 0 < xs.count a ↔ a ∈ xs := sorry

/-- FALSE at a = 0, b = 1. -/
theorem beq_le_f (a b : ℕ) : (a == b) = decide (a ≤ b) := sorry
/-- TRUE: `beq_iff_eq` (ℕ's `BEq` is lawful). -/
theorem beq_decide_t (a b : ℕ) : (a == b) = decide (a = b) := sorry

/-- FALSE: `2 - 3 = 0` in ℕ. -/
theorem trunc_beq_f : ((2 : ℕ) - 3 == 1) = true := sorry
/-- TRUE: truncated. -/
theorem trunc_beq_t : ((2 : ℕ) - 3 == 0) = true := sorry

/-- FALSE at xs = ys = [0]: counts add up, they are not maxed. -/
theorem count_append_max_f (xs ys : List ℕ) :
    (xs ++ ys).count 0 = max (xs.count 0) (ys.count 0) := sorry
/-- TRUE: `List.count_append`. -/
theorem count_append_t (xs ys : List ℕ) : (xs ++ ys).count 0 = xs.count 0 + ys.count 0 := sorry

/-- FALSE at xs = [0, 0], a = 0: `erase` removes only the first occurrence. -/
theorem erase_length_count_f (xs : List ℕ) (a : ℕ) :
    (xs.erase a).length = xs.length - xs.count a := sorry
/-- TRUE: `List.length_erase`. -/
theorem erase_length_t (xs : List ℕ) (a : ℕ) :
    (xs.erase a).length = xs.length - (if a ∈ xs then 1 else 0) := sorry

/-- FALSE at xs = [0, 0], a = 0: one copy remains. -/
theorem erase_count_zero_f (xs : List ℕ) (a : ℕ) : (xs.erase a).count a = 0 := sorry
/-- TRUE: `List.count_erase_self`. -/
theorem erase_count_t (xs : List ℕ) (a : ℕ) : (xs.erase a).count a = xs.count a - 1 := sorry

/-- FALSE: `7 / -2 = -3` in ℤ, so the decision is `false`. -/
theorem decide_ediv_f : decide ((7 : ℤ) / -2 = -4) = true := sorry
/-- TRUE: Euclidean division. -/
theorem decide_ediv_t : decide ((7 : ℤ) / -2 = -4) = false := sorry

/-- FALSE: `3 - 5 + 5 = 5` in ℕ. -/
theorem decide_trunc_f : decide ((3 : ℕ) - 5 + 5 = 3) = true := sorry
/-- TRUE: truncation. -/
theorem decide_trunc_t : decide ((3 : ℕ) - 5 + 5 = 3) = false := sorry

/-- FALSE at n = 0: `0 - 1 = 0`, not below 0. -/
theorem decide_pred_lt_f (n : ℕ) : decide (n - 1 < n) = true := sorry
/-- TRUE: `Nat.sub_le`. -/
theorem decide_pred_le_t (n : ℕ) : decide (n - 1 ≤ n) = true := sorry

/-- FALSE at p = true, q = false. -/
theorem or_eq_and_f (p q : Bool) : (p || q) = (p && q) := sorry
/-- TRUE: `Bool.and_comm`. -/
theorem and_comm_t (p q : Bool) : (p && q) = (q && p) := sorry

/-- FALSE at b = false. -/
theorem not_false_f (b : Bool) : (!b) = false := sorry
/-- TRUE: `Bool.not_ne_self`. -/
theorem not_ne_t (b : Bool) : (!b) ≠ b := sorry

/-- FALSE at b = c = false: `false == false` is `true`. -/
theorem beq_and_f (b c : Bool) : (b == c) = (b && c) := sorry
/-- TRUE: `Bool.eq_false_or_eq_true`. -/
theorem bool_cases_t (b : Bool) : b = true ∨ b = false := sorry

/-- FALSE at n = 4: divisible by 2 and 4, not by 8. -/
theorem decide_and_lcm_f (n : ℕ) :
    (decide (n % 2 = 0) && decide (n % 4 = 0)) = decide (n % 8 = 0) := sorry
/-- TRUE: 2 and 3 are coprime. -/
theorem decide_and_coprime_t (n : ℕ) :
    (decide (n % 2 = 0) && decide (n % 3 = 0)) = decide (n % 6 = 0) := sorry
/-- TRUE: every natural is even or odd. -/
theorem decide_even_odd_t (n : ℕ) : (decide (n % 2 = 0) || decide (n % 2 = 1)) = true := sorry

/-- FALSE at xs = [3, 3]. -/
theorem filter_beq_le_one_f (xs : List ℕ) : (xs.filter fun x => x == 3).length ≤ 1 := sorry
/-- TRUE: `List.count_eq_length_filter`. -/
theorem filter_beq_count_t (xs : List ℕ) : (xs.filter fun x => x == 3).length = xs.count 3 := sorry

/-- FALSE at xs = [0]: `0 * 0 > 0` fails. -/
theorem all_sq_pos_f (xs : List ℤ) : xs.all (fun x => x * x > 0) = true := sorry
/-- TRUE: squares are nonnegative. -/
theorem all_sq_nonneg_t (xs : List ℤ) : xs.all (fun x => x * x ≥ 0) = true := sorry

/-- FALSE at xs = [0]: no negative element, yet not empty. -/
theorem any_neg_nil_f (xs : List ℤ) : xs.any (fun x => x < 0) = false → xs = [] := sorry
/-- TRUE: `List.any_eq_true`. -/
theorem any_neg_or_t (xs : List ℤ) : xs.any (fun x => x < 0) = true ∨ ∀ x ∈ xs, 0 ≤ x := sorry

/-- FALSE: `1 + 2 = 3` is in the list. -/
theorem contains_three_f : ([1, 2, 3] : List ℕ).contains (1 + 2) = false := sorry
/-- TRUE: 4 is not. -/
theorem contains_four_t : ([1, 2, 3] : List ℕ).contains 4 = false := sorry

/-- FALSE: list `==` is order sensitive. -/
theorem list_beq_swap_f : (([1, 2] : List ℕ) == [2, 1]) = true := sorry
/-- TRUE: lawful `BEq` on lists of naturals. -/
theorem nat_list_beq_t : (([1, 2] : List ℕ) == [1, 2]) = true := sorry

/-- A record whose `BEq` compares only `id`: `==` is not `=`. -/
structure Tag where
  id : ℕ
  note : ℕ

instance : BEq Tag where
  beq a b := a.id == b.id

/-- FALSE: `=` on a structure compares every field (`note` differs). -/
theorem tag_eq_f : (⟨1, 2⟩ : Tag) = ⟨1, 3⟩ := sorry
/-- TRUE: the user `BEq` ignores `note`. -/
theorem tag_beq_t : ((⟨1, 2⟩ : Tag) == ⟨1, 3⟩) = true := sorry

/-- FALSE: the ids differ. -/
theorem tag_count_other_f : ([(⟨1, 2⟩ : Tag)]).count ⟨2, 2⟩ = 1 := sorry
/-- TRUE: `count` uses the user `BEq`, so `⟨1, 3⟩` matches `⟨1, 2⟩`. -/
theorem tag_count_t : ([(⟨1, 2⟩ : Tag)]).count ⟨1, 3⟩ = 1 := sorry

/-- FALSE: `∈` is propositional: `⟨1, 3⟩ ≠ ⟨1, 2⟩`. -/
theorem tag_mem_f : (⟨1, 3⟩ : Tag) ∈ [(⟨1, 2⟩ : Tag)] := sorry
/-- TRUE: `List.mem_singleton_self`. -/
theorem tag_mem_t : (⟨1, 2⟩ : Tag) ∈ [(⟨1, 2⟩ : Tag)] := sorry

/-- FALSE: `contains` uses the user `BEq`, which finds `⟨1, 9⟩`. -/
theorem tag_contains_f : ([(⟨1, 2⟩ : Tag), ⟨2, 2⟩]).contains ⟨1, 9⟩ = false := sorry
/-- TRUE: no id 3. -/
theorem tag_contains_t : ([(⟨1, 2⟩ : Tag), ⟨2, 2⟩]).contains ⟨3, 2⟩ = false := sorry

/-- FALSE: in `Fin 3` the squares of the values are 0, 1, 4. -/
theorem decide_exists_fin_f : decide (∃ i : Fin 3, i.val * i.val = 9) = true := sorry
/-- TRUE: `i = 3` in `Fin 5`. -/
theorem decide_exists_fin_t : decide (∃ i : Fin 5, i.val * i.val = 9) = true := sorry

/-- FALSE at xs = [1, 1], a = 1: `count` is not a membership test. -/
theorem count_le_one_f (xs : List ℕ) (a : ℕ) : xs.count a ≤ 1 := sorry
/-- TRUE: `List.count_append` and commutativity of `+`. -/
theorem count_append_comm_t (xs ys : List ℕ) (a : ℕ) : (xs ++ ys).count a = (ys ++ xs).count a := sorry

/-- FALSE at a = b = 2: `(2 != 2) = false`. -/
theorem bne_true_f (a b : ℕ) : (a != b) = true := sorry
/-- TRUE: `bne` is the negation of `==`. -/
theorem bne_not_beq_t (a b : ℕ) : (a != b) = !(a == b) := sorry

/-- FALSE at xs = [0, 0]: `dedup` keeps one copy. -/
theorem dedup_count_f (xs : List ℕ) : xs.dedup.count 0 = xs.count 0 := sorry
/-- TRUE: `List.count_dedup`: at most one copy survives. -/
theorem dedup_count_t (xs : List ℕ) : xs.dedup.count 0 ≤ 1 := sorry

/-- FALSE at a = b = 0: `!=` is `bne`, true exactly when `==` is false. -/
theorem bne_iff_eq_f (a b : ℕ) : a != b ↔ a = b := sorry
/-- TRUE: `bne_iff_ne` for a lawful `BEq`. -/
theorem bne_iff_ne_t (a b : ℕ) : a != b ↔ a ≠ b := sorry

end JepaFormal.Trust.BeqDecide
