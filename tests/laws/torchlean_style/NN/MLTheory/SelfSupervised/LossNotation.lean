/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

/-!
# Notation shared by the loss files

The variance-floor hinge `γ ⊖ v` and the squared norm of a feature list `‖z‖²`, declared once
and used by the files that import this one.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.LossNotation

/-- The hinge of a variance `v` below the floor `γ`. -/
def floorHinge (γ v : ℚ) : ℚ := max (γ - v) 0

/-- The squared norm of a feature list. -/
def sqNorm (z : List ℚ) : ℚ := (z.map (fun x => x * x)).sum

infixl:65 " ⊖ " => floorHinge

notation "‖" z "‖²" => sqNorm z

/-- Only for this file. -/
local notation "𝟙" => (1 : ℚ)

theorem floorHinge_self (γ : ℚ) : γ ⊖ γ = 0 := by simp [floorHinge]

theorem sqNorm_nil : ‖([] : List ℚ)‖² = 0 := rfl

theorem one_hinge_zero : 𝟙 ⊖ 0 = 1 := by norm_num [floorHinge]

/-- info: 1 -/
#guard_msgs in
#eval 𝟙 ⊖ 0

end NN.MLTheory.SelfSupervised.LossNotation
