/-
Library batch: `Finset` lemmas over finite-set variables, as Mathlib's `Data/Finset/Basic.lean`,
`Data/Finset/Card.lean` and `Algebra/BigOperators/Basic.lean` state them. Tags as in
`NatGcd.lean`.
-/
namespace Finset

variable {α : Type} [DecidableEq α]

-- lean: true
theorem union_comm' (s t : Finset α) : s ∪ t = t ∪ s := by sorry

-- lean: true
theorem inter_comm' (s t : Finset α) : s ∩ t = t ∩ s := by sorry

-- lean: true
theorem union_assoc' (s t u : Finset α) : s ∪ t ∪ u = s ∪ (t ∪ u) := by sorry

-- lean: true
theorem inter_self' (s : Finset α) : s ∩ s = s := by sorry

-- lean: true
theorem union_empty' (s : Finset α) : s ∪ ∅ = s := by sorry

-- lean: true
theorem subset_union_left' {s t : Finset α} : s ⊆ s ∪ t := by sorry

-- lean: true
theorem inter_subset_left' {s t : Finset α} : s ∩ t ⊆ s := by sorry

-- lean: true
theorem mem_union' {a : α} {s t : Finset α} : a ∈ s ∪ t ↔ a ∈ s ∨ a ∈ t := by sorry

-- lean: true
theorem mem_sdiff' {a : α} {s t : Finset α} : a ∈ s \ t ↔ a ∈ s ∧ a ∉ t := by sorry

-- lean: true
theorem card_union_add_card_inter' (s t : Finset α) :
    (s ∪ t).card + (s ∩ t).card = s.card + t.card := by sorry

-- lean: true
theorem card_union_le' (s t : Finset α) : (s ∪ t).card ≤ s.card + t.card := by sorry

-- lean: true
theorem card_le_card' {s t : Finset α} (h : s ⊆ t) : s.card ≤ t.card := by sorry

-- lean: true
theorem card_inter_le_left (s t : Finset α) : (s ∩ t).card ≤ s.card := by sorry

-- lean: true
theorem card_sdiff' {s t : Finset α} (h : s ⊆ t) : (t \ s).card = t.card - s.card := by sorry

-- lean: true
theorem card_insert_of_not_mem' {a : α} {s : Finset α} (h : a ∉ s) :
    (insert a s).card = s.card + 1 := by sorry

-- lean: true
theorem card_erase_of_mem' {a : α} {s : Finset α} : a ∈ s → (s.erase a).card = s.card - 1 := by
  sorry

-- lean: true
theorem card_filter_le' (s : Finset α) (p : α → Prop) [DecidablePred p] :
    (s.filter p).card ≤ s.card := by sorry

-- lean: true
theorem filter_filter' (p q : α → Prop) [DecidablePred p] [DecidablePred q] (s : Finset α) :
    (s.filter p).filter q = s.filter (fun a => p a ∧ q a) := by sorry

-- lean: true
theorem mem_filter' {p : α → Prop} [DecidablePred p] {s : Finset α} {a : α} :
    a ∈ s.filter p ↔ a ∈ s ∧ p a := by sorry

-- lean: true
theorem card_range' (n : ℕ) : (range n).card = n := by sorry

-- lean: true
theorem mem_range' {n m : ℕ} : m ∈ range n ↔ m < n := by sorry

-- lean: true
theorem range_subset' {n m : ℕ} : range n ⊆ range m ↔ n ≤ m := by sorry

-- lean: true
theorem sum_union' {s₁ s₂ : Finset α} {f : α → ℕ} (h : Disjoint s₁ s₂) :
    ∑ x ∈ s₁ ∪ s₂, f x = ∑ x ∈ s₁, f x + ∑ x ∈ s₂, f x := by sorry

-- lean: true
theorem sum_range_succ' (f : ℕ → ℤ) (n : ℕ) :
    ∑ x ∈ range (n + 1), f x = ∑ x ∈ range n, f x + f n := by sorry

-- lean: true
theorem card_eq_sum_ones' (s : Finset α) : s.card = ∑ _x ∈ s, 1 := by sorry

-- lean: true
theorem sum_range_id_mul_two' (n : ℕ) : (∑ i ∈ range n, i) * 2 = n * (n - 1) := by sorry

-- lean: true
theorem sum_le_sum_of_subset' {s t : Finset α} {f : α → ℕ} (h : s ⊆ t) :
    ∑ x ∈ s, f x ≤ ∑ x ∈ t, f x := by sorry

-- lean: true
theorem sum_add_distrib' {s : Finset α} {f g : α → ℤ} :
    ∑ i ∈ s, (f i + g i) = ∑ i ∈ s, f i + ∑ i ∈ s, g i := by sorry

-- lean: true
theorem sum_range_choose' (n : ℕ) : ∑ m ∈ range (n + 1), Nat.choose n m = 2 ^ n := by sorry

-- lean: true
theorem prod_range_add_one_eq_factorial' (n : ℕ) :
    ∏ x ∈ range n, (x + 1) = Nat.factorial n := by sorry

-- lean: false
theorem card_union_false (s t : Finset α) : (s ∪ t).card = s.card + t.card := by sorry

-- lean: false
theorem card_sdiff_false (s t : Finset α) : (t \ s).card = t.card - s.card := by sorry

-- lean: false
theorem card_insert_false {a : α} {s : Finset α} : (insert a s).card = s.card + 1 := by sorry

-- lean: false
theorem card_erase_false {a : α} {s : Finset α} : (s.erase a).card = s.card - 1 := by sorry

-- lean: false
theorem sum_union_false {s₁ s₂ : Finset α} {f : α → ℕ} :
    ∑ x ∈ s₁ ∪ s₂, f x = ∑ x ∈ s₁, f x + ∑ x ∈ s₂, f x := by sorry

-- lean: false
theorem range_subset_false {n m : ℕ} : range n ⊆ range m ↔ m ≤ n := by sorry

-- lean: false
theorem card_le_card_false {s t : Finset α} (h : t ⊆ s) : s.card ≤ t.card := by sorry

-- lean: false
theorem sdiff_comm_false (s t : Finset α) : s \ t = t \ s := by sorry

end Finset
