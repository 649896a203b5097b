/-
The seed's four JEPA laws plus the one law `jepa-formal mutate specs/jepa.lean` asks for: the
value on a one-element list. The four seed laws only relate values of `jepaLoss` to each other,
so `2 * jepaLoss`, a summand plus one, or the count of indices satisfy them too; the
one-element law pins the summand. Walk-through: `examples/mutate_walkthrough.md`.
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

/-- The loss of one target index is the representation loss at that index: the law the
mutation analysis of the seed spec suggests (it kills every surviving mutant). -/
theorem jepaLoss_singleton {n : ℕ} {Context Target Pred : Type} (i : Fin n) (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    jepaLoss [i] context target predict repLoss = repLoss (target i) (predict context i) := by
  simp [jepaLoss]

end NN.MLTheory.SelfSupervised
