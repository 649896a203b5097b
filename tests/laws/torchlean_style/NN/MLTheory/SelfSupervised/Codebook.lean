/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Data.Matrix.Mul

/-!
# Vector-quantisation codebooks

A codebook of `K` codes in `ℝ^d` as a matrix, code scores by `Matrix.mulVec`, squared
distances by `Matrix.dotProduct`, code indices as a subtype, the usage count of a code with
set-builder notation, and shifts of code indices with `Fin.succ`/`Fin.castSucc`/`Fin.last`.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Codebook

local notation "ℝ^" n => Fin n → ℝ

/-- A codebook of `K` codes of dimension `d`. -/
abbrev Codebook (K d : ℕ) := Matrix (Fin K) (Fin d) ℝ

/-- A valid code index. -/
def CodeIdx (K : ℕ) := {k : ℕ // k < K}

/-- The score of every code against a query: `C *ᵥ q`. -/
def scores (C : Codebook 3 2) (q : ℝ^2) : ℝ^3 := Matrix.mulVec C q

/-- The squared distance between two vectors. -/
def sqDist (u v : ℝ^2) : ℝ := Matrix.dotProduct (fun j => u j - v j) (fun j => u j - v j)

/-- How many of the `4` tokens were assigned code `k`. -/
def usage (assign : Fin 4 → Fin 3) (k : Fin 3) : ℕ := ∑ t ∈ {t | assign t = k}, 1

/-- The next code in a cyclic schedule that never returns to `0`. -/
def nextCode {K : ℕ} (k : Fin K) : Fin (K + 1) := k.succ

theorem scores_zero_query (C : Codebook 3 2) : scores C (fun _ => 0) = fun _ => 0 := by
  funext i; simp [scores, Matrix.mulVec, dotProduct]

theorem scores_apply (C : Codebook 3 2) (q : ℝ^2) (i : Fin 3) :
    scores C q i = C i 0 * q 0 + C i 1 * q 1 := by
  simp [scores, Matrix.mulVec, dotProduct, Fin.sum_univ_two]

theorem sqDist_self (u : ℝ^2) : sqDist u u = 0 := by simp [sqDist, dotProduct]

theorem sqDist_nonneg (u v : ℝ^2) : 0 ≤ sqDist u v := by
  unfold sqDist dotProduct
  exact Finset.sum_nonneg (fun j _ => mul_self_nonneg _)

theorem sqDist_comm (u v : ℝ^2) : sqDist u v = sqDist v u := by
  simp only [sqDist, dotProduct]; congr 1; funext j; ring

theorem dot_comm (u v : ℝ^2) : Matrix.dotProduct u v = Matrix.dotProduct v u := dotProduct_comm u v

theorem usage_le (assign : Fin 4 → Fin 3) (k : Fin 3) : usage assign k ≤ 4 := by
  unfold usage
  calc ∑ t ∈ {t | assign t = k}, 1 ≤ ∑ _t : Fin 4, 1 :=
        Finset.sum_le_sum_of_subset (Finset.subset_univ _)
    _ = 4 := by simp

theorem usage_const (k : Fin 3) : usage (fun _ => k) k = 4 := by
  simp [usage]

theorem codeIdx_lt (K : ℕ) (k : CodeIdx K) : k.val < K := k.2

theorem codeIdx_pred (K : ℕ) (k : CodeIdx K) (h : 0 < k.val) : k.val - 1 < K := by
  have := k.2; omega

theorem nextCode_val {K : ℕ} (k : Fin K) : (nextCode k : ℕ) = k + 1 := rfl

theorem nextCode_ne_zero {K : ℕ} (k : Fin K) : nextCode k ≠ 0 := Fin.succ_ne_zero k

theorem castSucc_lt_last (K : ℕ) (k : Fin K) : k.castSucc < Fin.last K := Fin.castSucc_lt_last k

theorem last_val (K : ℕ) : (Fin.last K : ℕ) = K := rfl

end NN.MLTheory.SelfSupervised.Codebook
