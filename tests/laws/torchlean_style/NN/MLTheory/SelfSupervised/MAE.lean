/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
Authors: TorchLean contributors
-/
module

public import NN.MLTheory.SelfSupervised.Masking
public import Mathlib.Algebra.BigOperators.Group.Finset
import Mathlib.Data.Real.Basic

/-!
# Masked autoencoders

MAE reconstructs the pixels of the hidden patches from the visible ones. The objective is the
squared reconstruction error `∑ j : Fin d, (x j - y j) ^ 2`, summed over the masked patches
only: the reconstruction of visible patches never enters the loss.

Paper anchor: "Masked Autoencoders Are Scalable Vision Learners" (He et al., 2022).
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised

open scoped BigOperators

variable {n d : ℕ}

/-- Squared Euclidean distance between two patch vectors. -/
noncomputable def sqDist (x y : Fin d → ℝ) : ℝ :=
  ∑ j : Fin d, (x j - y j) ^ 2

/-- MAE loss: reconstruction error summed over the patches the mask hides. -/
noncomputable def maeLoss (m : Mask n) (idxs : List (Fin n)) (patch recon : Fin n → Fin d → ℝ) :
    ℝ :=
  ((maskedIdxs m idxs).map fun i => sqDist (patch i) (recon i)).sum

@[simp]
theorem sqDist_self (x : Fin d → ℝ) : sqDist x x = 0 := by
  simp [sqDist]

theorem sqDist_nonneg (x y : Fin d → ℝ) : 0 ≤ sqDist x y :=
  Finset.sum_nonneg fun j _ => sq_nonneg (x j - y j)

@[simp]
theorem maeLoss_nil (m : Mask n) (patch recon : Fin n → Fin d → ℝ) :
    maeLoss m [] patch recon = 0 := by
  simp [maeLoss, maskedIdxs]

theorem maeLoss_append (m : Mask n) (xs ys : List (Fin n)) (patch recon : Fin n → Fin d → ℝ) :
    maeLoss m (xs ++ ys) patch recon = maeLoss m xs patch recon + maeLoss m ys patch recon := by
  simp [maeLoss, maskedIdxs_append, List.sum_append]

/-- A perfect reconstruction has zero loss. -/
@[simp]
theorem maeLoss_self (m : Mask n) (idxs : List (Fin n)) (patch : Fin n → Fin d → ℝ) :
    maeLoss m idxs patch patch = 0 := by
  simp [maeLoss]

theorem maeLoss_nonneg (m : Mask n) (idxs : List (Fin n)) (patch recon : Fin n → Fin d → ℝ) :
    0 ≤ maeLoss m idxs patch recon := by
  unfold maeLoss
  exact List.sum_nonneg fun x hx => by
    obtain ⟨i, -, rfl⟩ := List.mem_map.mp hx
    exact sqDist_nonneg _ _

/-- Only the reconstruction of hidden patches matters. -/
theorem maeLoss_recon_ext (m : Mask n) (idxs : List (Fin n)) (patch recon₁ recon₂ : Fin n → Fin d → ℝ)
    (h : ∀ i ∈ idxs, m i = true → recon₁ i = recon₂ i) :
    maeLoss m idxs patch recon₁ = maeLoss m idxs patch recon₂ := by
  unfold maeLoss maskedIdxs
  congr 1
  refine List.map_congr_left fun i hi => ?_
  rw [List.mem_filter] at hi
  rw [h i hi.1 hi.2]

/-- With every patch visible there is nothing to reconstruct. -/
theorem maeLoss_all_visible (m : Mask n) (idxs : List (Fin n)) (patch recon : Fin n → Fin d → ℝ)
    (h : ∀ i ∈ idxs, m i = false) : maeLoss m idxs patch recon = 0 := by
  have : maskedIdxs m idxs = [] := by
    simp [maskedIdxs, List.filter_eq_nil_iff]
    intro i hi
    simp [h i hi]
  simp [maeLoss, this]

end NN.MLTheory.SelfSupervised
