/-
JEPA with a real-valued representation loss: linearity in the loss (scalar weights, sums of
losses), the mean-reduced loss, and the division conventions of Mathlib (`x / 0 = 0`).
-/
import Mathlib.Algebra.BigOperators.Group.List
import Mathlib.Data.Real.Basic

namespace NN.MLTheory.SelfSupervised

/-- JEPA loss with real-valued representation loss. -/
noncomputable def jepaLossR {n : ℕ} {Context Target Pred : Type}
    (targetIdxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℝ) : ℝ :=
  (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum

/-- Mean-reduced JEPA loss: the sum divided by the number of target indices (`0` when empty,
since `x / 0 = 0` in Mathlib). -/
noncomputable def jepaMeanLoss {n : ℕ} {Context Target Pred : Type}
    (targetIdxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℝ) : ℝ :=
  jepaLossR targetIdxs context target predict repLoss / (targetIdxs.length : ℝ)

theorem jepaLossR_append {n : ℕ} {Context Target Pred : Type} (xs ys : List (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℝ) :
    jepaLossR (xs ++ ys) context target predict repLoss =
      jepaLossR xs context target predict repLoss + jepaLossR ys context target predict repLoss := by
  simp [jepaLossR, List.sum_append]

/-- Scaling the representation loss by `c` scales the objective by `c`. -/
theorem jepaLossR_smul {n : ℕ} {Context Target Pred : Type} (c : ℝ) (idxs : List (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℝ) :
    jepaLossR idxs context target predict (fun t p => c * repLoss t p) =
      c * jepaLossR idxs context target predict repLoss := by
  simp [jepaLossR, List.sum_map_mul_left]

/-- A weighted sum of two representation losses splits into the weighted sum of objectives. -/
theorem jepaLossR_weighted {n : ℕ} {Context Target Pred : Type} (lambda : ℝ)
    (idxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss₁ repLoss₂ : Target → Pred → ℝ) :
    jepaLossR idxs context target predict (fun t p => repLoss₁ t p + lambda * repLoss₂ t p) =
      jepaLossR idxs context target predict repLoss₁ +
        lambda * jepaLossR idxs context target predict repLoss₂ := by
  simp [jepaLossR, List.sum_map_add, List.sum_map_mul_left]

/-- A positive temperature `γ` can be divided back out of a scaled objective. -/
theorem jepaLossR_scale_div {n : ℕ} {Context Target Pred : Type} (γ : ℝ) (hγ : 0 < γ)
    (idxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℝ) :
    jepaLossR idxs context target predict (fun t p => γ * repLoss t p) / γ =
      jepaLossR idxs context target predict repLoss := by
  rw [jepaLossR_smul, mul_div_cancel_left₀ _ hγ.ne']

/-- Mathlib's convention `x / 0 = 0`: dividing the objective by zero gives zero. -/
theorem jepaLossR_div_zero {n : ℕ} {Context Target Pred : Type} (idxs : List (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℝ) :
    jepaLossR idxs context target predict repLoss / 0 = 0 :=
  div_zero _

/-- The mean loss over no target indices is `0 / 0 = 0`. -/
@[simp]
theorem jepaMeanLoss_nil {n : ℕ} {Context Target Pred : Type} (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℝ) :
    jepaMeanLoss [] context target predict repLoss = 0 := by
  simp [jepaMeanLoss]

/-- Repeating one target block `k > 0` times leaves the mean loss at that block's loss. -/
theorem jepaMeanLoss_replicate {n : ℕ} {Context Target Pred : Type} (k : ℕ) (hk : 0 < k)
    (i : Fin n) (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℝ) :
    jepaMeanLoss (List.replicate k i) context target predict repLoss =
      repLoss (target i) (predict context i) := by
  have : (k : ℝ) ≠ 0 := by exact_mod_cast hk.ne'
  simp [jepaMeanLoss, jepaLossR, List.sum_replicate, this]

end NN.MLTheory.SelfSupervised
