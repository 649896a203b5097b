/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Analysis.SpecialFunctions.Log.Basic
public import Mathlib.Analysis.SpecialFunctions.Exp

/-!
# Softmax, log-sum-exp and the logistic losses

Masked attention weights over a fixed window, the sigmoid and softplus used in contrastive
objectives, and Mathlib's conventions for `Real.log` (`log 0 = 0`, `log (-x) = log x`).
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Softmax

open Real

/-- The logistic function. -/
noncomputable def sigmoid (x : ℝ) : ℝ := 1 / (1 + Real.exp (-x))

/-- `softplus x = log (1 + exp x)`, the smooth hinge. -/
noncomputable def softplus (x : ℝ) : ℝ := Real.log (1 + Real.exp x)

/-- Attention weights over a window of four positions. -/
noncomputable def softmax (z : Fin 4 → ℝ) (i : Fin 4) : ℝ :=
  Real.exp (z i) / ∑ j, Real.exp (z j)

/-- Attention restricted to the unmasked positions (`{j | m j = true}`). -/
noncomputable def maskedMass (m : Fin 4 → Bool) (z : Fin 4 → ℝ) : ℝ :=
  ∑ j ∈ {j | m j = true}, Real.exp (z j)

local notation "𝔼exp[" z "]" => ∑ j, Real.exp (z j)

theorem exp_pos_weight (x : ℝ) : 0 < Real.exp x := Real.exp_pos x

theorem exp_sum_split (x y : ℝ) : Real.exp (x + y) = Real.exp x * Real.exp y := Real.exp_add x y

theorem log_exp_cancel (x : ℝ) : Real.log (Real.exp x) = x := Real.log_exp x

theorem log_zero_convention : Real.log 0 = 0 := Real.log_zero

theorem log_abs_convention (x : ℝ) : Real.log (-x) = Real.log x := Real.log_neg_eq_log x

theorem one_add_le_exp (x : ℝ) : x + 1 ≤ Real.exp x := Real.add_one_le_exp x

theorem sigmoid_pos (x : ℝ) : 0 < sigmoid x := by
  unfold sigmoid; positivity

theorem sigmoid_lt_one (x : ℝ) : sigmoid x < 1 := by
  unfold sigmoid
  rw [div_lt_one (by positivity)]
  linarith [Real.exp_pos (-x)]

theorem softplus_pos (x : ℝ) : 0 < softplus x := by
  unfold softplus
  exact Real.log_pos (by linarith [Real.exp_pos x])

theorem softplus_ge (x : ℝ) : x ≤ softplus x := by
  unfold softplus
  calc x = Real.log (Real.exp x) := (Real.log_exp x).symm
    _ ≤ Real.log (1 + Real.exp x) :=
        Real.log_le_log (Real.exp_pos x) (by linarith)

theorem softmax_pos (z : Fin 4 → ℝ) (i : Fin 4) : 0 < softmax z i := by
  unfold softmax; positivity

theorem softmax_sum_one (z : Fin 4 → ℝ) : ∑ i, softmax z i = 1 := by
  unfold softmax
  rw [← Finset.sum_div]
  exact div_self (by positivity)

theorem softmax_le_one (z : Fin 4 → ℝ) (i : Fin 4) : softmax z i ≤ 1 := by
  unfold softmax
  rw [div_le_one (by positivity)]
  exact Finset.single_le_sum (fun j _ => (Real.exp_pos (z j)).le) (Finset.mem_univ i)

theorem partition_notation (z : Fin 4 → ℝ) : 0 < 𝔼exp[z] := by positivity

theorem maskedMass_le (m : Fin 4 → Bool) (z : Fin 4 → ℝ) : maskedMass m z ≤ 𝔼exp[z] := by
  unfold maskedMass
  exact Finset.sum_le_sum_of_subset_of_nonneg (Finset.subset_univ _)
    (fun j _ _ => (Real.exp_pos (z j)).le)

theorem maskedMass_nonneg (m : Fin 4 → Bool) (z : Fin 4 → ℝ) : 0 ≤ maskedMass m z := by
  unfold maskedMass; positivity

theorem log_le_sub_one' (x : ℝ) (hx : 0 < x) : Real.log x ≤ x - 1 :=
  Real.log_le_sub_one_of_pos hx

end NN.MLTheory.SelfSupervised.Softmax
