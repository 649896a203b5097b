/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
Authors: TorchLean contributors
-/
module

public import NN.MLTheory.SelfSupervised.JEPA
public import NN.MLTheory.SelfSupervised.Masking

/-!
# Predictive views

A predictive view fixes, for one training example, which target indices the predictor is
scored on and what context it sees, together with a geometry guard: an additive margin that
is zero unless the view asks for one. `Contract.loss` is the JEPA loss of the view plus its
guard.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised

variable {n : ℕ} {Context Target Pred : Type}

/-- What a predictive view promises. -/
structure Contract (n : ℕ) (Context : Type) where
  /-- Target indices the predictor must reconstruct. -/
  targetIdxs : List (Fin n)
  /-- What the context encoder sees. -/
  context : Context
  /-- Geometry guard: an additive margin. -/
  guard : ℕ := 0

namespace Contract

/-- The JEPA loss of the view's targets from its context, plus the guard. -/
def loss (c : Contract n Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) : ℕ :=
  jepaLoss c.targetIdxs c.context target predict repLoss + c.guard

/-- A view with no targets. -/
def empty (ctx : Context) : Contract n Context where
  targetIdxs := []
  context := ctx

@[simp]
theorem empty_guard (ctx : Context) : (empty (n := n) ctx).guard = 0 := rfl

@[simp]
theorem with_guard (c : Contract n Context) (g : ℕ) :
    ({ c with guard := g } : Contract n Context).guard = g := rfl

theorem loss_empty (ctx : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) : (empty ctx).loss target predict repLoss = 0 := by
  simp [loss, empty]

/-- Scoring the targets in reverse order does not change the view's loss. -/
theorem loss_reverse (c : Contract n Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    ({ c with targetIdxs := c.targetIdxs.reverse } : Contract n Context).loss target predict
        repLoss =
      c.loss target predict repLoss := by
  simp [loss, jepaLoss_reverse]

/-- The guard adds exactly its value on top of the JEPA loss. -/
theorem guard_le_loss (c : Contract n Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) :
    c.guard ≤ c.loss target predict repLoss := by
  simp [loss]

/-- Two target branches agreeing on the view's targets give the same view loss. -/
theorem loss_target_ext (c : Contract n Context) (target₁ target₂ : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ)
    (h : ∀ i ∈ c.targetIdxs, target₁ i = target₂ i) :
    c.loss target₁ predict repLoss = c.loss target₂ predict repLoss := by
  simp [loss, jepaLoss_target_ext c.targetIdxs c.context target₁ target₂ predict repLoss h]

end Contract

example : (⟨[], (), 0⟩ : Contract 3 Unit).guard = 0 := rfl

end NN.MLTheory.SelfSupervised
