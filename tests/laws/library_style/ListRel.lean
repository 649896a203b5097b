/-
Library-style corpus: the relations between lists of `Init/Data/List/Sublist.lean`,
`Init/Data/List/Perm.lean`, `Init/Data/List/Basic.lean` and Mathlib's `Data/List/Basic`, as
those files state them: `<+` (Sublist), `<+:`/`<:+`/`<:+:` (prefix, suffix, infix), `~`
(Perm), `⊆`, `List.Disjoint`, and `∪`/`∩`/`diff` (which compare by `BEq`). Each false twin
moves one list, drops one hypothesis or swaps `∧`/`∨`. Tags as in `List.lean`; `proved` asks
for a symbolic proof.
-/
namespace List

variable {α : Type} [DecidableEq α]

-- expect: proved
theorem sublist_append_right' (l₁ l₂ : List α) : l₂ <+ l₁ ++ l₂ := by simp

-- expect: proved
theorem nil_sublist' (l : List α) : [] <+ l := by simp

-- expect: proved
theorem sublist_refl' (l : List α) : l <+ l := by simp

-- expect: proved
theorem sublist_cons_self' (a : α) (l : List α) : l <+ a :: l := by simp

-- expect: refuted
theorem sublist_cons_false (a : α) (l : List α) : a :: l <+ l := by sorry

-- expect: refuted
theorem sublist_append_comm_false (l₁ l₂ : List α) : l₁ ++ l₂ <+ l₂ ++ l₁ := by sorry

-- expect: proved
theorem nil_prefix' {l : List α} : [] <+: l := by simp

-- expect: proved
theorem prefix_refl' (l : List α) : l <+: l := by simp

-- expect: refuted
theorem prefix_append_false (l₁ l₂ : List α) : l₂ <+: l₁ ++ l₂ := by sorry

-- expect: refuted
theorem reverse_prefix_false (l : List α) : reverse l <+: l := by sorry

-- expect: proved
theorem suffix_cons' (a : α) (l : List α) : l <:+ a :: l := by simp

-- expect: refuted
theorem suffix_append_false (l₁ l₂ : List α) : l₁ <:+ l₁ ++ l₂ := by sorry

-- expect: proved
theorem infix_append'' (l₁ l₂ l₃ : List α) : l₂ <:+: l₁ ++ (l₂ ++ l₃) := by simp

-- expect: proved
theorem infix_cons_self (a : α) (l : List α) : l <:+: a :: l := by simp

-- expect: refuted
theorem infix_gap_false (l₁ l₂ l₃ : List α) : l₁ ++ l₃ <:+: l₁ ++ l₂ ++ l₃ := by sorry

-- expect: proved
theorem reverse_perm' (l : List α) : reverse l ~ l := by simp

-- expect: proved
theorem perm_middle' {a : α} {l₁ l₂ : List α} : l₁ ++ a :: l₂ ~ a :: (l₁ ++ l₂) := by simp

-- expect: proved
theorem perm_refl' (l : List α) : l ~ l := by simp

-- expect: refuted
theorem perm_append_false (l₁ l₂ : List α) : l₁ ++ l₂ ~ l₁ := by sorry

-- expect: refuted
theorem perm_cons_false (a b : α) (l : List α) : a :: l ~ b :: l := by sorry

-- expect: proved
theorem subset_append_right' (l₁ l₂ : List α) : l₂ ⊆ l₁ ++ l₂ := by simp

-- expect: proved
theorem nil_subset' (l : List α) : [] ⊆ l := by simp

-- expect: proved
theorem subset_cons_self' (a : α) (l : List α) : l ⊆ a :: l := by simp

-- expect: proved
theorem reverse_subset_self (l : List α) : reverse l ⊆ l := by simp

-- expect: refuted
theorem subset_append_false (l₁ l₂ : List α) : l₁ ++ l₂ ⊆ l₁ := by sorry

-- expect: proved
theorem disjoint_nil_right' (l : List α) : Disjoint l [] := by simp

-- expect: proved
theorem disjoint_comm' {l₁ l₂ : List α} : Disjoint l₁ l₂ ↔ Disjoint l₂ l₁ := by sorry

-- expect: refuted
theorem disjoint_append_false (l₁ l₂ : List α) : Disjoint l₁ (l₁ ++ l₂) := by sorry

-- expect: refuted
theorem disjoint_singleton_false (a : α) (l : List α) : Disjoint (a :: l) [a] := by sorry

-- expect: pass
theorem mem_union_left' {a : α} {l₁ : List α} (h : a ∈ l₁) (l₂ : List α) : a ∈ l₁ ∪ l₂ := by
  simp [h]

-- expect: pass
theorem mem_union_right' {a : α} (l₁ : List α) {l₂ : List α} (h : a ∈ l₂) : a ∈ l₁ ∪ l₂ := by
  simp [h]

-- expect: pass
theorem mem_of_mem_inter_left' {a : α} {l₁ l₂ : List α} : a ∈ l₁ ∩ l₂ → a ∈ l₁ := by simp_all

-- expect: refuted
theorem mem_inter_or_false {a : α} {l₁ l₂ : List α} : a ∈ l₁ ∩ l₂ ↔ a ∈ l₁ ∨ a ∈ l₂ := by sorry

-- expect: refuted
theorem mem_union_and_false {a : α} {l₁ l₂ : List α} : a ∈ l₁ ∪ l₂ ↔ a ∈ l₁ ∧ a ∈ l₂ := by
  sorry

-- expect: proved
theorem nil_union' (l : List α) : [] ∪ l = l := rfl

-- expect: refuted
theorem union_nil_false (l : List α) : l ∪ [] = l := by sorry

-- expect: proved
theorem nil_diff' (l : List α) : [].diff l = [] := by simp

-- expect: refuted
theorem diff_self_false (l : List α) : l.diff l = l := by sorry

-- expect: proved
theorem inter_nil' (l : List α) : l ∩ [] = [] := by simp

-- `erase` and the lengths of the lists built by `BEq`
-- expect: proved
theorem erase_nil' (a : α) : ([] : List α).erase a = [] := rfl

-- expect: proved
theorem erase_cons_head' (a : α) (l : List α) : (a :: l).erase a = l := by simp

-- expect: refuted
theorem erase_cons_false (a b : α) (l : List α) : (a :: l).erase b = l := by sorry

-- expect: proved
theorem length_erase_le' (a : α) (l : List α) : (l.erase a).length ≤ l.length := by simp

-- expect: proved
theorem length_erase' (a : α) (l : List α) :
    (l.erase a).length = if a ∈ l then l.length - 1 else l.length := by simp

-- expect: refuted
theorem length_erase_lt_false (a : α) (l : List α) : (l.erase a).length < l.length := by sorry

-- expect: proved
theorem length_inter_le' (l₁ l₂ : List α) : (l₁ ∩ l₂).length ≤ l₁.length := by simp

-- expect: proved
theorem length_union_le' (l₁ l₂ : List α) : (l₁ ∪ l₂).length ≤ l₁.length + l₂.length := by
  sorry

-- expect: refuted
theorem length_union_false (l₁ l₂ : List α) : (l₁ ∪ l₂).length = l₁.length + l₂.length := by
  sorry

-- expect: refuted
theorem length_diff_false (l₁ l₂ : List α) : (l₁.diff l₂).length = l₁.length - l₂.length := by
  sorry

end List
