/-
Library-style corpus: `Finset` lemmas in the style of Mathlib's `Data/Finset/*`: the lattice
`Disjoint` at finite sets, and a file whose imports are not read (Mathlib), where an unknown
capitalised name used as a type may come from those imports: such a statement is refused, not
read with an arbitrary type. Tags as in `List.lean`.
-/
import Mathlib.Data.Finset.Basic
import Mathlib.Order.Disjoint

namespace Finset

-- expect: pass
theorem disjoint_comm' {s t : Finset ℕ} : Disjoint s t ↔ Disjoint t s := by sorry

-- expect: pass
theorem not_mem_of_disjoint {s t : Finset ℕ} (h : Disjoint s t) {a : ℕ} (ha : a ∈ s) :
    a ∉ t := by sorry

-- expect: proved
theorem disjoint_range_zero (n : ℕ) : Disjoint (range n) (range 0) := by simp

-- expect: proved
theorem disjoint_range_zero_left (n : ℕ) : Disjoint (range 0) (range n) := by simp

-- expect: pass
theorem disjoint_self_iff' {s : Finset ℕ} : Disjoint s s ↔ s.card = 0 := by sorry

-- expect: pass
theorem disjoint_of_card_zero {s t : Finset ℕ} (h : s.card = 0) : Disjoint s t := by sorry

-- expect: refuted
theorem disjoint_false (s t : Finset ℕ) : Disjoint s t := by sorry

-- expect: refuted
theorem disjoint_range_false (n m : ℕ) : Disjoint (range n) (range m) := by sorry

-- expect: refuted
theorem not_mem_false {s t : Finset ℕ} {a : ℕ} (ha : a ∈ s) : a ∉ t := by sorry

-- `Model` is no variable and the imports were not read: it may be a Mathlib type (where
-- the law may hold), so the law is refused, naming the import
-- expect: unsupported
theorem model_eq (x y : Model) : x = y := by sorry

-- single letters and Greek letters are still auto-bound (Lean binds them too)
-- expect: pass
theorem card_self {α : Type} [DecidableEq α] (s : Finset α) : s.card = s.card := rfl

-- expect: refuted
theorem auto_bound_false (x y : β) : x = y := by sorry

end Finset
