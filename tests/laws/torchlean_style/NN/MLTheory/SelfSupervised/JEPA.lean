/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
Authors: TorchLean contributors
-/
module

public import NN.MLTheory.SelfSupervised.Masking
import Mathlib.Algebra.BigOperators.Group.List

/-!
# Joint-Embedding Predictive Objective Semantics

JEPA-style objectives predict target-block representations from context-block
representations. This file records the finite-index objective shape without committing to a
particular vision backbone, target encoder, or predictor architecture.

Paper anchor: "Self-Supervised Learning from Images with a Joint-Embedding Predictive
Architecture" (Assran et al., 2023), arXiv:2301.08243. The target branch is treated as a
target representation at the objective boundary; this is why `jepaLoss_target_ext` is useful:
the loss depends only on target values at the selected target indices.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised

variable {n : ℕ} {Context Target Pred : Type}

/-- JEPA loss over target block indices.

`context` abstracts the context encoder output, `target` abstracts target-block
representations, and `predict` abstracts the predictor head. -/
def jepaLoss (targetIdxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) : ℕ :=
  (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum

@[simp]
theorem jepaLoss_nil (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    jepaLoss [] context target predict repLoss = 0 := by
  simp [jepaLoss]

theorem jepaLoss_append (xs ys : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    jepaLoss (xs ++ ys) context target predict repLoss =
      jepaLoss xs context target predict repLoss + jepaLoss ys context target predict repLoss := by
  simp [jepaLoss, List.sum_append]

/-- JEPA target-block prediction is invariant under reversing the target-index order. -/
theorem jepaLoss_reverse (idxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    jepaLoss idxs.reverse context target predict repLoss =
      jepaLoss idxs context target predict repLoss := by
  simp [jepaLoss, List.sum_reverse]

/-- Stop-gradient is modeled at the objective boundary: if two target branches agree on the
selected indices, the JEPA loss is the same. -/
theorem jepaLoss_target_ext (idxs : List (Fin n)) (context : Context)
    (target₁ target₂ : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) (h : ∀ i ∈ idxs, target₁ i = target₂ i) :
    jepaLoss idxs context target₁ predict repLoss = jepaLoss idxs context target₂ predict repLoss := by
  induction idxs with
  | nil => rfl
  | cons i rest ih =>
    simp only [jepaLoss, List.map_cons, List.sum_cons] at *
    rw [h i (by simp), ih (fun j hj => h j (by simp [hj]))]

/-- The JEPA loss is the masked sum of the per-block representation loss. -/
theorem jepaLoss_eq_maskedSum (idxs : List (Fin n)) (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    jepaLoss idxs context target predict repLoss =
      maskedSum idxs (fun i => repLoss (target i) (predict context i)) := rfl

/-- Target blocks chosen by a mask split along an append of candidate indices. -/
theorem jepaLoss_maskedIdxs_append (m : Fin n → Bool) (xs ys : List (Fin n)) (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    jepaLoss (maskedIdxs m (xs ++ ys)) context target predict repLoss =
      jepaLoss (maskedIdxs m xs) context target predict repLoss +
        jepaLoss (maskedIdxs m ys) context target predict repLoss := by
  calc jepaLoss (maskedIdxs m (xs ++ ys)) context target predict repLoss
      = jepaLoss (maskedIdxs m xs ++ maskedIdxs m ys) context target predict repLoss := by
        rw [maskedIdxs_append]
    _ = jepaLoss (maskedIdxs m xs) context target predict repLoss +
          jepaLoss (maskedIdxs m ys) context target predict repLoss :=
        jepaLoss_append _ _ _ _ _ _

/-- Reversing the candidate indices before masking does not change the loss. -/
theorem jepaLoss_maskedIdxs_reverse (m : Fin n → Bool) (idxs : List (Fin n)) (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    jepaLoss (maskedIdxs m idxs.reverse) context target predict repLoss =
      jepaLoss (maskedIdxs m idxs) context target predict repLoss := by
  unfold maskedIdxs
  rw [List.filter_reverse]
  · exact jepaLoss_reverse _ _ _ _ _

end NN.MLTheory.SelfSupervised
