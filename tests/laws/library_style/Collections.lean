/-
Library-style corpus: notations of Lean core and Mathlib that the reader once refused with a
parse error: `∅` (the type's `EmptyCollection`), `s \ t` (`SDiff`), `s ∪ t` and `s ∩ t` on
`Finset`, `^^` (Bool xor), `<+~` (`List.Subperm`), `if let p := e then a else b` (a `match`),
`∑ x ∈ s with p x, f x` (Mathlib's filtered big operators), character literals, `⌊x⌋`/`⌈x⌉`.
Each true law has a false twin that must be refuted; what the mirror does not model is
`unsupported`, never guessed. Tags as in `List.lean`.
-/
import Mathlib.Algebra.BigOperators.Group.Finset.Basic

open Finset

section EmptyCollection

variable {α : Type} [DecidableEq α]

-- expect: proved
theorem append_empty' (l : List α) : l ++ ∅ = l := by simp

-- expect: refuted
theorem append_empty_false (l : List α) : l ++ ∅ = l.reverse := by sorry

-- expect: proved
theorem empty_length' : (∅ : List α).length = 0 := rfl

-- expect: pass
theorem array_append_empty (xs : Array ℕ) : xs ++ ∅ = xs := by simp

-- expect: pass
theorem card_empty' : (∅ : Finset ℕ).card = 0 := rfl

-- expect: pass
theorem inter_sdiff_empty (s t : Finset ℕ) : s \ t ∩ t = ∅ := by ext; simp

-- expect: refuted
theorem union_sdiff_empty_false (s t : Finset ℕ) : s \ t ∪ t = ∅ := by sorry

-- `∅ : Set α` is no finite data: refused, named
-- expect: unsupported
theorem set_inter_empty (s : Set ℕ) : s ∩ ∅ = ∅ := by simp

end EmptyCollection

section Finsets

-- expect: pass
theorem card_union_le' (s t : Finset ℕ) : (s ∪ t).card ≤ s.card + t.card :=
  card_union_le s t

-- expect: refuted
theorem card_union_eq_false (s t : Finset ℕ) : (s ∪ t).card = s.card + t.card := by sorry

-- expect: pass
theorem sdiff_subset' (s t : Finset ℕ) : s \ t ⊆ s := sdiff_subset

-- expect: refuted
theorem sdiff_comm_false (s t : Finset ℕ) : s \ t = t \ s := by sorry

-- expect: pass
theorem card_sdiff_add_card_inter' (s t : Finset ℕ) :
    (s \ t).card + (s ∩ t).card = s.card := card_sdiff_add_card_inter s t

-- expect: refuted
theorem card_sdiff_false (s t : Finset ℕ) : (s \ t).card = s.card - t.card := by sorry

-- on lists `\` is a multiset difference by `BEq` (an instance the mirror does not model)
-- expect: unsupported
theorem list_sdiff_self (l : List ℕ) : l \ l = [] := by sorry

end Finsets

section Xor

-- expect: proved
theorem xor_comm' (a b : Bool) : (a ^^ b) = (b ^^ a) := Bool.xor_comm a b

-- expect: pass
theorem xor_self' (a : Bool) : (a ^^ a) = false := Bool.xor_self a

-- expect: refuted
theorem xor_self_false (a : Bool) : (a ^^ a) = true := by sorry

-- expect: refuted
theorem xor_is_or_false (a b : Bool) : (a ^^ b) = (a || b) := by sorry

-- `^^` binds more loosely than `&&` (33 < 35): `a && b ^^ c` is `(a && b) ^^ c`
-- expect: pass
theorem and_xor_prec (a b c : Bool) : (a && b ^^ c) = ((a && b) ^^ c) := rfl

end Xor

section Subperm

variable {α : Type} [DecidableEq α]

-- expect: pass
theorem subperm_reverse_cons (a : α) (l : List α) : l.reverse <+~ a :: l := by sorry

-- expect: refuted
theorem subperm_cons_false (a : α) (l : List α) : a :: l <+~ l.reverse := by sorry

-- expect: pass
theorem subperm_length (l₁ l₂ : List α) (h : l₁ <+~ l₂) : l₁.length ≤ l₂.length :=
  h.length_le

-- expect: refuted
theorem subperm_length_false (l₁ l₂ : List α) (h : l₁ <+~ l₂) : l₁.length < l₂.length := by
  sorry

end Subperm

section IfLet

-- expect: pass
theorem iflet_getD (o : Option ℕ) : (if let some x := o then x else 0) = o.getD 0 := by
  cases o <;> rfl

-- expect: refuted
theorem iflet_getD_false (o : Option ℕ) : (if let some x := o then x + 1 else 0) = o.getD 0 := by
  sorry

-- expect: pass
theorem iflet_pos (o : Option ℕ) : (if let some x := o then x + 1 else 1) ≠ 0 := by
  cases o <;> simp

-- expect: proved
theorem iflet_cons_head (l : List ℕ) : (if let x :: _ := l then x else 0) = l.headD 0 := by
  cases l <;> rfl

-- expect: refuted
theorem iflet_cons_head_false (l : List ℕ) :
    (if let x :: _ := l then x else 1) = l.headD 0 := by
  sorry

-- expect: refuted
theorem iflet_pos_false (o : Option ℕ) : (if let some x := o then x else 1) ≠ 0 := by sorry

end IfLet

section FilteredSums

-- expect: proved
theorem sum_with_le (n : ℕ) :
    ∑ k ∈ range n with k % 2 = 0, k ≤ ∑ k ∈ range n, k := by
  exact sum_le_sum_of_subset (filter_subset _ _)

-- expect: refuted
theorem sum_with_eq_false (n : ℕ) : ∑ k ∈ range n with k % 2 = 0, k = ∑ k ∈ range n, k := by
  sorry

-- expect: proved
theorem sum_univ_with : ∑ k : Fin 4 with k.val % 2 = 0, k.val = 2 := by decide

-- expect: refuted
theorem sum_univ_with_false : ∑ k : Fin 4 with k.val % 2 = 0, k.val = 3 := by sorry

-- Mathlib's `∑ i < n, f i` is `∑ i ∈ Finset.Iio n, f i`; `∑ i ≤ n` is over `Finset.Iic n`
-- expect: proved
theorem sum_lt_ones (n : ℕ) : ∑ i < n, (1 : ℕ) = n := by simp

-- expect: refuted
theorem sum_lt_ones_false (n : ℕ) : ∑ i < n, (1 : ℕ) = n + 1 := by sorry

-- expect: proved
theorem sum_le_ones (n : ℕ) : ∑ i ≤ n, (1 : ℕ) = n + 1 := by simp

-- expect: refuted
theorem sum_le_id_false (n : ℕ) : ∑ i ≤ n, i = n := by sorry

end FilteredSums

section MoreNotations

-- `{}` is also the empty collection
-- expect: proved
theorem append_braces (l : List ℕ) : l ++ {} = l := by simp

-- expect: pass
theorem finset_braces (s : Finset ℕ) (h : s.card = 0) : s = {} := by simp_all

-- expect: refuted
theorem finset_braces_false (s : Finset ℕ) : s = {} := by sorry

-- Mathlib's `√x` (`prefix:100 "√" => Real.sqrt`)
-- expect: proved
theorem sqrt_sq_abs (x : ℝ) : √(x ^ 2) = |x| := Real.sqrt_sq_eq_abs x

-- expect: refuted
theorem sqrt_sq_false (x : ℝ) : √(x ^ 2) = x := by sorry

-- expect: proved
theorem sqrt_mul_self' (x : ℝ) (h : 0 ≤ x) : √x * √x = x := Real.mul_self_sqrt h

-- `#s` is `Finset.card s` under `open Finset`
-- expect: pass
theorem card_union_le'' (s t : Finset ℕ) : #(s ∪ t) ≤ #s + #t := card_union_le s t

-- expect: refuted
theorem card_union_false (s t : Finset ℕ) : #(s ∪ t) = #s + #t := by sorry

-- `s ×ˢ t` on finite sets: the pairs
-- expect: pass
theorem card_product' (s t : Finset ℕ) : (s ×ˢ t).card = s.card * t.card :=
  Finset.card_product s t

-- expect: refuted
theorem card_product_false (s t : Finset ℕ) : (s ×ˢ t).card = s.card + t.card := by sorry

-- expect: pass
theorem sum_product_fst (s : Finset ℕ) (f : ℕ → ℕ) :
    ∑ p ∈ s ×ˢ s, f p.1 = s.card * ∑ i ∈ s, f i := by
  rw [Finset.sum_product]; simp [Finset.sum_const, smul_eq_mul, Finset.mul_sum]

-- expect: refuted
theorem sum_product_fst_false (s : Finset ℕ) (f : ℕ → ℕ) :
    ∑ p ∈ s ×ˢ s, f p.1 = ∑ i ∈ s, f i := by
  sorry

-- the image of a `Set` is no finite data
-- expect: unsupported
theorem image_subset_range (f : ℕ → ℕ) (s : Set ℕ) : f '' s ⊆ Set.range f := by
  rintro _ ⟨x, -, rfl⟩; exact ⟨x, rfl⟩

end MoreNotations

section Unmodelled

-- `Char` is not modelled: refused, naming the character literal
-- expect: unsupported
theorem char_toNat : 'a'.toNat = 97 := rfl

-- expect: unsupported
theorem char_ne (c : Char) (h : c = 'a') : c ≠ 'b' := by subst h; decide

end Unmodelled
