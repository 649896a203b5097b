/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Data.Real.Basic
public import Mathlib.Algebra.BigOperators.Group.Finset

/-!
# Collapse guards and variance floors as predicates

Predicates (`def … : Prop`) over finite index sets, the way collapse-prevention arguments state
them: a representation is *collapsed* when all its coordinates agree, a variance vector is
*floored* at `γ` when every coordinate is at least `γ`, a mask *covers* a list of indices when
it hides each of them.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Predicates

open scoped BigOperators

/-- A patch mask: `m i = true` when patch `i` is hidden. -/
abbrev Mask (n : ℕ) := Fin n → Bool

/-- Patch `i` is hidden by `m`. -/
def selected {n : ℕ} (m : Mask n) (i : Fin n) : Prop := m i = true

/-- Every patch is hidden. -/
def AllSelected {n : ℕ} (m : Mask n) : Prop := ∀ i, selected m i

/-- Some patch is hidden. -/
def SomeSelected {n : ℕ} (m : Mask n) : Prop := ∃ i, selected m i

/-- The mask hides every index of the list. -/
def Covers {n : ℕ} (m : Mask n) (idxs : List (Fin n)) : Prop := ∀ i ∈ idxs, selected m i

/-- A collapsed representation: every coordinate is the same. -/
def Collapsed {d : ℕ} (z : Fin d → ℝ) : Prop := ∀ i j, z i = z j

/-- The per-dimension variances are at least `γ`. -/
def VarianceFloor {d : ℕ} (v : Fin d → ℝ) (γ : ℝ) : Prop := ∀ j, γ ≤ v j

/-- The hinge penalty of a variance below the floor. -/
noncomputable def varHinge (γ s : ℝ) : ℝ := max 0 (γ - s)

/-- Two representations agree on the hidden patches. -/
def AgreeOn {n : ℕ} (m : Mask n) (z w : Fin n → ℝ) : Prop := ∀ i, m i = true → z i = w i

theorem selected_of_all {n : ℕ} (m : Mask n) (h : AllSelected m) (i : Fin n) :
    selected m i := h i

theorem collapsed_const {d : ℕ} (c : ℝ) : Collapsed (fun (_ : Fin d) => c) :=
  fun _ _ => rfl

theorem collapsed_apply {d : ℕ} (z : Fin d → ℝ) (h : Collapsed z) (i j : Fin d) :
    z i = z j := h i j

theorem collapsed_le {d : ℕ} (z : Fin d → ℝ) (h : Collapsed z) (i j : Fin d) :
    z i ≤ z j := le_of_eq (h i j)

theorem floor_apply {d : ℕ} (v : Fin d → ℝ) (γ : ℝ) (h : VarianceFloor v γ) (j : Fin d) :
    γ ≤ v j := h j

theorem floor_mono {d : ℕ} (v : Fin d → ℝ) (γ δ : ℝ) (h : VarianceFloor v γ) (hδ : δ ≤ γ) :
    VarianceFloor v δ := fun j => le_trans hδ (h j)

theorem hinge_zero_of_floor {d : ℕ} (v : Fin d → ℝ) (γ : ℝ) (h : VarianceFloor v γ)
    (j : Fin d) : varHinge γ (v j) = 0 := by
  unfold varHinge; have := h j; simp [max_eq_left, this]

theorem some_not_none {n : ℕ} (m : Mask n) (h : SomeSelected m) :
    ¬ ∀ i, ¬ selected m i := by
  intro hn; obtain ⟨i, hi⟩ := h; exact hn i hi

theorem covers_nil {n : ℕ} (m : Mask n) : Covers m [] := by simp [Covers]

theorem covers_append {n : ℕ} (m : Mask n) (xs ys : List (Fin n)) (hx : Covers m xs)
    (hy : Covers m ys) : Covers m (xs ++ ys) := by
  intro i hi; rcases List.mem_append.mp hi with h | h
  · exact hx i h
  · exact hy i h

theorem agree_refl {n : ℕ} (m : Mask n) (z : Fin n → ℝ) : AgreeOn m z z :=
  fun _ _ => rfl

theorem agree_symm {n : ℕ} (m : Mask n) (z w : Fin n → ℝ) (h : AgreeOn m z w) :
    AgreeOn m w z := fun i hi => (h i hi).symm

theorem collapsed_sum {d : ℕ} (z : Fin d → ℝ) (h : Collapsed z) (i : Fin d) :
    ∑ j, z j = d * z i := by
  rw [Finset.sum_congr rfl (fun j _ => h j i)]; simp

end NN.MLTheory.SelfSupervised.Predicates
