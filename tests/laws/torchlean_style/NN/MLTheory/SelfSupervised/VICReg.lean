/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
Authors: TorchLean contributors
-/
module

public import Mathlib.Data.Real.Basic
import Mathlib.Algebra.Order.Group.MinMax

/-!
# VICReg collapse guards

VICReg keeps embeddings from collapsing with a variance term: for each feature, a hinge
`max 0 (γ - s)` on its standard deviation `s` against a floor `γ`. The total objective weighs
invariance, variance and covariance terms.

Paper anchor: "VICReg: Variance-Invariance-Covariance Regularization for Self-Supervised
Learning" (Bardes, Ponce, LeCun, 2022).
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised

/-- Variance-floor hinge on one feature's standard deviation. -/
noncomputable def varHinge (γ s : ℝ) : ℝ := max 0 (γ - s)

/-- The variance term over the features' standard deviations, by recursion on the list. -/
noncomputable def varianceTerm (γ : ℝ) : List ℝ → ℝ
  | [] => 0
  | s :: rest => varHinge γ s + varianceTerm γ rest

/-- Weights of the three VICReg terms, with the paper's defaults. -/
structure VICRegWeights where
  /-- Invariance weight. -/
  lam : ℝ := 25
  /-- Variance weight. -/
  mu : ℝ := 25
  /-- Covariance weight. -/
  nu : ℝ := 1

/-- The weighted VICReg objective from its three terms. -/
noncomputable def vicregLoss (w : VICRegWeights) (inv var cov : ℝ) : ℝ :=
  w.lam * inv + w.mu * var + w.nu * cov

theorem varHinge_nonneg (γ s : ℝ) : 0 ≤ varHinge γ s :=
  le_max_left _ _

@[simp]
theorem varHinge_eq_zero (γ s : ℝ) (h : γ ≤ s) : varHinge γ s = 0 := by
  unfold varHinge
  exact max_eq_left (by linarith)

theorem varHinge_antitone (γ s t : ℝ) (h : s ≤ t) : varHinge γ t ≤ varHinge γ s := by
  unfold varHinge
  exact max_le_max le_rfl (by linarith)

@[simp]
theorem varianceTerm_nil (γ : ℝ) : varianceTerm γ [] = 0 := rfl

@[simp]
theorem varianceTerm_cons (γ s : ℝ) (rest : List ℝ) :
    varianceTerm γ (s :: rest) = varHinge γ s + varianceTerm γ rest := rfl

theorem varianceTerm_append (γ : ℝ) (xs ys : List ℝ) :
    varianceTerm γ (xs ++ ys) = varianceTerm γ xs + varianceTerm γ ys := by
  induction xs with
  | nil => simp
  | cons s rest ih => simp [ih, add_assoc]

theorem varianceTerm_nonneg (γ : ℝ) (stds : List ℝ) : 0 ≤ varianceTerm γ stds := by
  induction stds with
  | nil => simp
  | cons s rest ih => simpa using add_nonneg (varHinge_nonneg γ s) ih

/-- No feature below the floor: no variance penalty. -/
theorem varianceTerm_eq_zero (γ : ℝ) (stds : List ℝ) (h : ∀ s ∈ stds, γ ≤ s) :
    varianceTerm γ stds = 0 := by
  induction stds with
  | nil => rfl
  | cons s rest ih =>
    simp [varHinge_eq_zero γ s (h s (by simp)), ih (fun t ht => h t (by simp [ht]))]

/-- Switching the covariance term off leaves invariance and variance. -/
theorem vicregLoss_no_cov (w : VICRegWeights) (inv var cov : ℝ) :
    vicregLoss { w with nu := 0 } inv var cov = w.lam * inv + w.mu * var := by
  simp [vicregLoss]

example (inv var cov : ℝ) :
    vicregLoss {} inv var cov = 25 * inv + 25 * var + 1 * cov := by
  simp [vicregLoss]

end NN.MLTheory.SelfSupervised
