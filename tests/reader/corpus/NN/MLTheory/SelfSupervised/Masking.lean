/-
Copyright (c) 2026 jepa-formal test corpus. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
/- a nested block comment: -- not a line comment, ( not a bracket -/
still inside the outer comment -/
module

public import Mathlib.Data.Real.Basic
import Mathlib.Algebra.BigOperators.Group.List

/-!
# Masking

Token masks for masked objectives: `Mask n := Fin n → Bool`, the selected indices, and
counts. Markdown with `code`, ∑ and → must not confuse the reader: theorem fake : 1 = 2 := rfl
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised

open scoped BigOperators

/-- A token mask over `n` positions. -/
abbrev Mask (n : ℕ) := Fin n → Bool

variable {n : ℕ}

/-- The indices a mask selects, in order. -/
def selected (m : Mask n) (idxs : List (Fin n)) : List (Fin n) :=
  idxs.filter fun i => m i

/-- Number of selected positions, by pattern matching. -/
def countTrue : List Bool → ℕ
  | [] => 0
  | true :: bs => countTrue bs + 1
  | false :: bs => countTrue bs

/-- Complement of a mask. -/
def Mask.compl (m : Mask n) : Mask n := fun i => !m i

@[simp, grind =]
theorem Mask.compl_compl (m : Mask n) : m.compl.compl = m := by
  funext i
  simp [Mask.compl]

theorem countTrue_append (xs ys : List Bool) :
    countTrue (xs ++ ys) = countTrue xs + countTrue ys := by
  induction xs with
  | nil => simp [countTrue]
  | cons b bs ih =>
    cases b <;> simp [countTrue, ih] <;> omega

/-- A masking contract: which indices are targets, plus a guard with a default. -/
structure Contract (n : ℕ) (Context : Type) where
  /-- indices of the target block -/
  targetIdxs : List (Fin n)
  /-- the context the predictor sees -/
  context : Context
  guard : ℕ := 0
  deriving Repr

structure LabeledContract (n : ℕ) (Context : Type) extends Contract n Context where
  mk' ::
  label : String := "jepa"

/-- A structure-valued definition, field by field. -/
def Contract.trivial (xs : List (Fin n)) : Contract n Unit where
  targetIdxs := xs
  context := ()
  guard := 0

instance : Inhabited (Contract n Unit) := ⟨{ targetIdxs := [], context := () }⟩

instance instReprMask : Repr (Mask 0) where
  reprPrec _ _ := "mask"

private theorem selected_nil (m : Mask n) : selected m [] = [] := rfl

protected theorem Contract.guard_default (xs : List (Fin n)) :
    (Contract.trivial xs).guard = 0 := rfl

lemma selected_sublist (m : Mask n) (idxs : List (Fin n)) :
    (selected m idxs).length ≤ idxs.length := by
  unfold selected
  exact List.length_filter_le _ _

#check selected
#eval countTrue [true, false, true]

end NN.MLTheory.SelfSupervised

end
