/-
Predictive views: a `Contract` bundles the target indices a predictor must reconstruct with a
geometry guard (an additive margin, zero by default). Laws about projections, `with` updates
and the contract loss.
-/
import Mathlib.Algebra.BigOperators.Group.List

namespace NN.MLTheory.SelfSupervised

/-- What a predictive view promises: which target indices are scored, and a guard margin. -/
structure Contract (n : ℕ) where
  /-- Target indices the predictor must reconstruct. -/
  targetIdxs : List (Fin n)
  /-- Geometry guard: an additive margin, zero unless a view asks for one. -/
  guard : ℕ := 0

/-- Loss of a contract: the per-index loss summed over its targets, plus its guard. -/
def contractLoss {n : ℕ} (c : Contract n) (loss : Fin n → ℕ) : ℕ :=
  (c.targetIdxs.map loss).sum + c.guard

@[simp]
theorem contract_with_guard {n : ℕ} (c : Contract n) (g : ℕ) :
    ({ c with guard := g } : Contract n).guard = g := rfl

/-- The default guard is zero, so an empty contract costs nothing. -/
theorem contractLoss_empty {n : ℕ} (loss : Fin n → ℕ) :
    contractLoss ({ targetIdxs := [] } : Contract n) loss = 0 := by
  simp [contractLoss]

/-- Scoring the targets in reverse order does not change the contract loss. -/
theorem contractLoss_reverse {n : ℕ} (c : Contract n) (loss : Fin n → ℕ) :
    contractLoss { c with targetIdxs := c.targetIdxs.reverse } loss = contractLoss c loss := by
  simp [contractLoss, List.sum_reverse]

/-- Widening the guard by `k` raises the loss by exactly `k`. -/
theorem contractLoss_widen {n : ℕ} (c : Contract n) (k : ℕ) (loss : Fin n → ℕ) :
    contractLoss { c with guard := c.guard + k } loss = contractLoss c loss + k := by
  simp [contractLoss]
  omega

theorem contractLoss_append {n : ℕ} (xs ys : List (Fin n)) (g : ℕ) (loss : Fin n → ℕ) :
    contractLoss { targetIdxs := xs ++ ys, guard := g } loss =
      contractLoss { targetIdxs := xs, guard := g } loss + (ys.map loss).sum := by
  simp [contractLoss, List.sum_append]
  omega

end NN.MLTheory.SelfSupervised
