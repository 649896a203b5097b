/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Data.NNReal.Basic

/-!
# Variance floors in `ℝ≥0` and on subtypes

VICReg-style hinges written over nonnegative reals (where subtraction already truncates),
standard deviations as a subtype of positive reals, and the notations such files declare.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.VarianceFloor

open NNReal

/-- A standard deviation: a positive real. -/
def StdDev := {σ : ℝ // 0 < σ}

/-- A per-dimension variance profile: nonnegative reals. -/
abbrev VarProfile (d : ℕ) := Fin d → ℝ≥0

/-- The variance hinge `(γ - s)₊`, truncated by `ℝ≥0` itself. -/
def hinge (γ s : ℝ≥0) : ℝ≥0 := γ - s

/-- The hinge summed over the dimensions of a profile. -/
def floorPenalty (γ : ℝ≥0) (v : VarProfile 3) : ℝ≥0 := ∑ i, hinge γ (v i)

local infixl:65 " ⊖ " => hinge

local notation "⌈" x "⌉₊" => max x 0

theorem hinge_le_target (γ s : ℝ≥0) : hinge γ s ≤ γ := tsub_le_self

theorem hinge_zero_of_floor (γ s : ℝ≥0) (h : γ ≤ s) : hinge γ s = 0 :=
  tsub_eq_zero_of_le h

theorem hinge_add_cancel (γ s : ℝ≥0) (h : s ≤ γ) : hinge γ s + s = γ :=
  tsub_add_cancel_of_le h

theorem hinge_ge (γ s : ℝ≥0) : γ ≤ hinge γ s + s := le_tsub_add

theorem hinge_infix (γ s : ℝ≥0) : γ ⊖ s = hinge γ s := rfl

theorem hinge_coe (γ s : ℝ≥0) : ((hinge γ s : ℝ≥0) : ℝ) = ⌈(γ : ℝ) - s⌉₊ := by
  simp [hinge, NNReal.coe_sub_def]

theorem floorPenalty_zero (v : VarProfile 3) : floorPenalty 0 v = 0 := by
  simp [floorPenalty, hinge]

theorem floorPenalty_le (γ : ℝ≥0) (v : VarProfile 3) : floorPenalty γ v ≤ 3 * γ := by
  unfold floorPenalty
  calc ∑ i, hinge γ (v i) ≤ ∑ _i : Fin 3, γ := Finset.sum_le_sum (fun i _ => tsub_le_self)
    _ = 3 * γ := by simp

theorem toNNReal_floor (x : ℝ) : ((x.toNNReal : ℝ≥0) : ℝ) = ⌈x⌉₊ := Real.coe_toNNReal' x

theorem stddev_sq_pos (σ : StdDev) : 0 < σ.val * σ.val := mul_pos σ.2 σ.2

theorem stddev_inv_pos (σ : StdDev) : 0 < 1 / σ.val := one_div_pos.mpr σ.2

theorem clamp_floor (s : {x : ℝ // 0 ≤ x}) (ε : ℝ) (hε : 0 < ε) : 0 < max s.val ε :=
  lt_max_of_lt_right hε

end NN.MLTheory.SelfSupervised.VarianceFloor
