/-
JEPA: the four laws of the TorchLean API page `NN.MLTheory.SelfSupervised.JEPA`, with the
definition of `jepaLoss` as the finite sum the page describes (the seed of jepa-formal).
-/

namespace NN.MLTheory.SelfSupervised

/-- JEPA loss over target block indices: the sum, over the selected target indices, of the
representation loss between the target representation and the prediction from the context. -/
def jepaLoss {n : ℕ} {Context Target Pred : Type}
    (targetIdxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) : ℕ :=
  (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum

@[simp]
theorem jepaLoss_nil {n : ℕ} {Context Target Pred : Type} (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    jepaLoss [] context target predict repLoss = 0 := by
  simp [jepaLoss]

theorem jepaLoss_append {n : ℕ} {Context Target Pred : Type} (xs ys : List (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) :
    jepaLoss (xs ++ ys) context target predict repLoss =
      jepaLoss xs context target predict repLoss + jepaLoss ys context target predict repLoss := by
  simp [jepaLoss, List.sum_append]

/-- JEPA target-block prediction is invariant under reversing the target-index order. -/
theorem jepaLoss_reverse {n : ℕ} {Context Target Pred : Type} (idxs : List (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) :
    jepaLoss idxs.reverse context target predict repLoss =
      jepaLoss idxs context target predict repLoss := by
  simp [jepaLoss, List.sum_reverse]

/-- Stop-gradient at the objective boundary: if two target branches agree on the selected
indices, the JEPA loss is the same. -/
theorem jepaLoss_target_ext {n : ℕ} {Context Target Pred : Type} (idxs : List (Fin n))
    (context : Context) (target₁ target₂ : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) (h : ∀ i ∈ idxs, target₁ i = target₂ i) :
    jepaLoss idxs context target₁ predict repLoss = jepaLoss idxs context target₂ predict repLoss := by
  induction idxs with
  | nil => rfl
  | cons i rest ih =>
    simp only [jepaLoss, List.map_cons, List.sum_cons] at *
    rw [h i (by simp), ih (fun j hj => h j (by simp [hj]))]

end NN.MLTheory.SelfSupervised
