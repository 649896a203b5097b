/-
JEPA over `Array` target indices: the same finite sum as `jepaLoss`, for code that keeps its
target blocks in arrays (`#[]`, `xs ++ ys`, `xs.reverse`, `xs.map`, `Array.sum`).
-/
import Mathlib.Algebra.BigOperators.Group.List

namespace NN.MLTheory.SelfSupervised

/-- JEPA loss over an array of target block indices. -/
def jepaLossArr {n : ℕ} {Context Target Pred : Type}
    (targetIdxs : Array (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) : ℕ :=
  (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum

@[simp]
theorem jepaLossArr_empty {n : ℕ} {Context Target Pred : Type} (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    jepaLossArr #[] context target predict repLoss = 0 := by
  simp [jepaLossArr]

theorem jepaLossArr_append {n : ℕ} {Context Target Pred : Type} (xs ys : Array (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) :
    jepaLossArr (xs ++ ys) context target predict repLoss =
      jepaLossArr xs context target predict repLoss +
        jepaLossArr ys context target predict repLoss := by
  simp [jepaLossArr, Array.sum_append]

theorem jepaLossArr_reverse {n : ℕ} {Context Target Pred : Type} (idxs : Array (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) :
    jepaLossArr idxs.reverse context target predict repLoss =
      jepaLossArr idxs context target predict repLoss := by
  simp [jepaLossArr, Array.sum_reverse]

theorem jepaLossArr_target_ext {n : ℕ} {Context Target Pred : Type} (idxs : Array (Fin n))
    (context : Context) (target₁ target₂ : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) (h : ∀ i ∈ idxs, target₁ i = target₂ i) :
    jepaLossArr idxs context target₁ predict repLoss =
      jepaLossArr idxs context target₂ predict repLoss := by
  unfold jepaLossArr
  congr 1
  exact Array.map_congr_left fun i hi => by rw [h i hi]

end NN.MLTheory.SelfSupervised
