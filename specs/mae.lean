/-
MAE: masked reconstruction loss. Each patch is a vector `Fin d → ℝ`; the loss is the squared
distance between a patch and its reconstruction, summed over the masked patch indices.
-/
import Mathlib.Algebra.BigOperators.Group.Finset
import Mathlib.Data.Real.Basic

open scoped BigOperators

namespace NN.MLTheory.SelfSupervised

/-- Squared Euclidean distance between two patch vectors of dimension `d`. -/
noncomputable def sqDist {d : ℕ} (x y : Fin d → ℝ) : ℝ :=
  ∑ j : Fin d, (x j - y j) ^ 2

/-- MAE loss: squared reconstruction error summed over the masked patch indices. -/
noncomputable def maeLoss {n d : ℕ} (masked : List (Fin n)) (patch recon : Fin n → Fin d → ℝ) :
    ℝ :=
  (masked.map fun i => sqDist (patch i) (recon i)).sum

@[simp]
theorem sqDist_self {d : ℕ} (x : Fin d → ℝ) : sqDist x x = 0 := by
  simp [sqDist]

theorem sqDist_nonneg {d : ℕ} (x y : Fin d → ℝ) : 0 ≤ sqDist x y := by
  unfold sqDist
  exact Finset.sum_nonneg fun j _ => sq_nonneg (x j - y j)

@[simp]
theorem maeLoss_nil {n d : ℕ} (patch recon : Fin n → Fin d → ℝ) : maeLoss [] patch recon = 0 := by
  simp [maeLoss]

theorem maeLoss_append {n d : ℕ} (xs ys : List (Fin n)) (patch recon : Fin n → Fin d → ℝ) :
    maeLoss (xs ++ ys) patch recon = maeLoss xs patch recon + maeLoss ys patch recon := by
  simp [maeLoss, List.sum_append]

theorem maeLoss_reverse {n d : ℕ} (masked : List (Fin n)) (patch recon : Fin n → Fin d → ℝ) :
    maeLoss masked.reverse patch recon = maeLoss masked patch recon := by
  simp [maeLoss, List.sum_reverse]

/-- The reconstruction of visible (unmasked) patches does not enter the loss. -/
theorem maeLoss_recon_ext {n d : ℕ} (masked : List (Fin n)) (patch recon₁ recon₂ : Fin n → Fin d → ℝ)
    (h : ∀ i ∈ masked, recon₁ i = recon₂ i) :
    maeLoss masked patch recon₁ = maeLoss masked patch recon₂ := by
  unfold maeLoss
  congr 1
  exact List.map_congr_left fun i hi => by rw [h i hi]

/-- A perfect reconstruction has zero loss, whatever the mask. -/
theorem maeLoss_self {n d : ℕ} (masked : List (Fin n)) (patch : Fin n → Fin d → ℝ) :
    maeLoss masked patch patch = 0 := by
  simp [maeLoss]

end NN.MLTheory.SelfSupervised
