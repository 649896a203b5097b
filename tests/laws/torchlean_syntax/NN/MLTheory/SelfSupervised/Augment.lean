/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Algebra.BigOperators.Group.Finset.Basic
public import Mathlib.Algebra.Order.Floor.Defs
public import Mathlib.Data.List.Perm.Subperm

/-!
# Views, crops and token masks

Two augmented views of one image are built from finite sets of patch indices: the context
keeps what the target drops (`keep \ target`), crops are cut on a grid of `⌊n / 2⌋` patches,
a random flip is a Boolean `^^`, and tokens sampled without replacement form a sub-permutation
(`<+~`) of the vocabulary. Every theorem below says whether it holds (`-- expect:`).
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Augment

open Finset

/-- A view of an image: the patches it keeps, and whether it is flipped. -/
structure View where
  /-- indices of the kept patches -/
  keep : Finset ℕ
  /-- horizontal flip -/
  flip : Bool := false
  deriving Repr

instance : Inhabited View where
  default := { keep := ∅ }

/-- The context of a JEPA step: the kept patches that are not targets. -/
def context (keep target : Finset ℕ) : Finset ℕ := keep \ target

/-- Patches seen by both views. -/
def shared (v w : View) : Finset ℕ := v.keep ∩ w.keep

/-- Patches seen by either view. -/
def covered (v w : View) : Finset ℕ := v.keep ∪ w.keep

/-- Composing two random flips. -/
def flipBoth (v : View) (b : Bool) : View := { v with flip := v.flip ^^ b }

/-- Number of patches on one side of a crop of width `n` (Mathlib's floor on ℚ). -/
def halfWidth (n : ℕ) : ℤ := ⌊(n : ℚ) / 2⌋

/-- The other side takes the ceiling. -/
def otherHalf (n : ℕ) : ℤ := ⌈(n : ℚ) / 2⌉

/-- The loss of the kept patches whose index is even (a checkerboard mask). -/
def evenLoss (loss : ℕ → ℕ) (s : Finset ℕ) : ℕ := ∑ i ∈ s with i % 2 = 0, loss i

/-- The loss of the first patch of a sampled list, if there is one. -/
def headLoss (loss : ℕ → ℕ) (xs : List ℕ) : ℕ :=
  if let some i := xs.head? then loss i else 0

/-- A token id from a character of the alphabet (not modelled: `Char`). -/
def tokenOf (c : Char) : ℕ := c.toNat - 'a'.toNat

section Masks

variable (keep target : Finset ℕ)

-- expect: pass
@[simp] theorem context_subset : context keep target ⊆ keep := sdiff_subset

-- expect: pass
theorem context_subset' : context keep target ⊆ keep := sdiff_subset

-- expect: pass
theorem context_disjoint : context keep target ∩ target = ∅ := by
  ext i; simp [context]

-- expect: refuted
theorem context_disjoint_false : context keep target ∩ keep = ∅ := by
  sorry

-- expect: pass
theorem context_card (h : target ⊆ keep) :
    (context keep target).card + target.card = keep.card := by
  simp [context, card_sdiff h]; omega

-- expect: refuted
theorem context_card_false : (context keep target).card + target.card = keep.card := by
  sorry

-- expect: pass
theorem context_empty_target : context keep ∅ = keep := by simp [context]

-- expect: refuted
theorem context_empty_keep_false : context ∅ target = target := by
  sorry

end Masks

section Views

-- expect: pass
theorem shared_subset_covered (v w : View) : shared v w ⊆ covered v w := by
  intro i; simp [shared, covered]; tauto

-- expect: refuted
theorem covered_subset_shared_false (v w : View) : covered v w ⊆ shared v w := by
  sorry

-- expect: pass
theorem shared_comm (v w : View) : shared v w = shared w v := inter_comm _ _

-- expect: pass
theorem covered_card_le (v w : View) :
    (covered v w).card ≤ v.keep.card + w.keep.card := card_union_le _ _

-- (a `Finset` field: no symbolic variable, decided on concrete instances)
-- expect: pass
theorem flipBoth_twice (v : View) (b : Bool) : (flipBoth (flipBoth v b) b).flip = v.flip := by
  cases v.flip <;> cases b <;> rfl

-- expect: refuted
theorem flipBoth_changes_false (v : View) (b : Bool) : (flipBoth v b).flip ≠ v.flip := by
  sorry

-- the user's `instance : Inhabited View where default := { keep := ∅ }`
-- expect: pass
theorem default_keep_empty : (default : View).keep = ∅ := rfl

-- expect: refuted
theorem default_keep_false : (default : View).keep = {0} := by sorry

-- expect: refuted
theorem default_flip_false : (default : View).flip = true := by sorry

end Views

section Crops

-- expect: pass
theorem halves_add (n : ℕ) : halfWidth n + otherHalf n = n := by
  sorry

-- expect: refuted
theorem halves_equal_false (n : ℕ) : halfWidth n = otherHalf n := by
  sorry

-- expect: pass
theorem halfWidth_le (n : ℕ) : halfWidth n ≤ n := by
  unfold halfWidth; sorry

-- expect: pass
theorem floor_nat_div (n : ℕ) : ⌊(n : ℚ) / 2⌋₊ = n / 2 := by
  sorry

-- expect: refuted
theorem ceil_nat_div_false (n : ℕ) : ⌈(n : ℚ) / 2⌉₊ = n / 2 := by
  sorry

end Crops

section Sums

-- expect: pass
theorem evenLoss_le (loss : ℕ → ℕ) (s : Finset ℕ) : evenLoss loss s ≤ ∑ i ∈ s, loss i := by
  exact sum_le_sum_of_subset (filter_subset _ _)

-- expect: refuted
theorem evenLoss_eq_false (loss : ℕ → ℕ) (s : Finset ℕ) : evenLoss loss s = ∑ i ∈ s, loss i := by
  sorry

-- expect: proved
theorem evenLoss_range (loss : ℕ → ℕ) :
    ∑ i ∈ range 4 with i % 2 = 0, loss i = loss 0 + loss 2 := by
  decide

-- expect: pass
theorem headLoss_nil (loss : ℕ → ℕ) : headLoss loss [] = 0 := rfl

-- expect: pass
theorem headLoss_cons (loss : ℕ → ℕ) (i : ℕ) (xs : List ℕ) :
    headLoss loss (i :: xs) = loss i := rfl

-- expect: refuted
theorem headLoss_cons_false (loss : ℕ → ℕ) (i : ℕ) (xs : List ℕ) :
    headLoss loss (i :: xs) = loss i + 1 := by
  sorry

end Sums

section Sampling

variable {α : Type} [DecidableEq α]

-- expect: pass
theorem sample_subperm (vocab : List α) (k : ℕ) : (vocab.take k).reverse <+~ vocab := by
  sorry

-- expect: refuted
theorem sample_subperm_false (vocab : List α) (a : α) : a :: vocab <+~ vocab := by
  sorry

-- expect: pass
theorem sample_length (xs vocab : List α) (h : xs <+~ vocab) : xs.length ≤ vocab.length :=
  h.length_le

-- expect: refuted
theorem sample_length_false (xs vocab : List α) (h : xs <+~ vocab) :
    xs.length < vocab.length := by
  sorry

end Sampling

set_option linter.unusedVariables false in
-- expect: unsupported
theorem tokenOf_a : tokenOf 'a' = 0 := rfl

end NN.MLTheory.SelfSupervised.Augment
