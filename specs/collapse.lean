/-
Collapse guards (VICReg): the variance-floor hinge `max 0 (γ - s)` penalises a feature whose
standard deviation `s` falls below the floor `γ`; the variance term sums it over features.
-/
import Mathlib.Data.Real.Basic
import Mathlib.Algebra.Order.Group.MinMax

namespace NN.MLTheory.SelfSupervised

/-- Variance-floor hinge: zero when the standard deviation `s` reaches the floor `γ`. -/
noncomputable def varHinge (γ s : ℝ) : ℝ := max 0 (γ - s)

/-- VICReg variance term: the hinge summed over the per-feature standard deviations. -/
noncomputable def varianceTerm (γ : ℝ) (stds : List ℝ) : ℝ :=
  (stds.map fun s => varHinge γ s).sum

/-- The hinge with a natural-number floor and margin, as used by integer-valued guards. -/
def natHinge (γ s : ℕ) : ℕ := max 0 (γ - s)

theorem varHinge_nonneg (γ s : ℝ) : 0 ≤ varHinge γ s :=
  le_max_left 0 (γ - s)

/-- Above the floor the hinge is inactive. -/
theorem varHinge_eq_zero (γ s : ℝ) (h : γ ≤ s) : varHinge γ s = 0 := by
  unfold varHinge
  exact max_eq_left (by linarith)

/-- Below the floor the hinge is the shortfall. -/
theorem varHinge_of_lt (γ s : ℝ) (h : s < γ) : varHinge γ s = γ - s := by
  unfold varHinge
  exact max_eq_right (by linarith)

/-- A larger standard deviation never increases the penalty. -/
theorem varHinge_antitone (γ s t : ℝ) (h : s ≤ t) : varHinge γ t ≤ varHinge γ s := by
  unfold varHinge
  exact max_le_max le_rfl (by linarith)

theorem varianceTerm_append (γ : ℝ) (xs ys : List ℝ) :
    varianceTerm γ (xs ++ ys) = varianceTerm γ xs + varianceTerm γ ys := by
  simp [varianceTerm, List.sum_append]

/-- No feature below the floor: no variance penalty. -/
theorem varianceTerm_eq_zero (γ : ℝ) (stds : List ℝ) (h : ∀ s ∈ stds, γ ≤ s) :
    varianceTerm γ stds = 0 := by
  induction stds with
  | nil => simp [varianceTerm]
  | cons s rest ih =>
    simp only [varianceTerm, List.map_cons, List.sum_cons] at *
    rw [varHinge_eq_zero γ s (h s (by simp)), ih (fun t ht => h t (by simp [ht]))]
    simp

/-- On ℕ the `max 0` is redundant: subtraction already truncates at zero. -/
theorem natHinge_eq_sub (γ s : ℕ) : natHinge γ s = γ - s := by
  simp [natHinge]

end NN.MLTheory.SelfSupervised
