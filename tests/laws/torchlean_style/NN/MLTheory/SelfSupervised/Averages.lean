/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Algebra.Order.Field.Basic
public import NN.MLTheory.SelfSupervised.LossNotation

/-!
# Counts and averages in a generic scalar type

Mask counts and buffer sizes are natural numbers; losses, rewards and codebook statistics live
in a scalar type `α` with its algebraic classes. Counts enter `α` through `Nat.cast` and
repeated rewards through `n • r`, exactly as the generic training-loop lemmas write them. The
hinge and norm notations come from the imported `LossNotation` file.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Averages

variable {α : Type}

/-- The number of kept positions of a mask. -/
def keptCount (m : List Bool) : ℕ := (m.filter id).length

/-- The mean of a batch of losses (`0` for an empty batch, as `x / 0 = 0`). -/
def batchMean [Field α] (xs : List α) : α := xs.sum / (xs.length : α)

/-- The return of `k` steps of a constant reward. -/
def constReturn [AddMonoid α] (k : ℕ) (r : α) : α := k • r

/-- The weight of a codebook entry used `c` times out of `n` lookups. -/
def usageWeight [Field α] (c n : ℕ) : α := (c : α) / (n : α)

theorem keptCount_append_cast [Semiring α] (m₁ m₂ : List Bool) :
    ((keptCount (m₁ ++ m₂) : ℕ) : α) = (keptCount m₁ : α) + (keptCount m₂ : α) := by
  simp [keptCount, List.filter_append]

theorem count_cast_succ [Semiring α] (n : ℕ) : ((n + 1 : ℕ) : α) = (n : α) + 1 := by
  push_cast; rfl

theorem batch_size_cast [CommSemiring α] (b n : ℕ) :
    ((b * n : ℕ) : α) = (b : α) * (n : α) := by push_cast; ring

theorem cast_two_steps [Semiring α] : ((2 : ℕ) : α) = 1 + 1 := by norm_num; rfl

theorem batchMean_nil [Field α] : batchMean ([] : List α) = 0 := by simp [batchMean]

theorem batchMean_mul_length [Field α] [CharZero α] (xs : List α) (h : xs ≠ []) :
    batchMean xs * (xs.length : α) = xs.sum := by
  simp [batchMean, div_mul_cancel₀, h]

theorem constReturn_zero [AddMonoid α] (r : α) : constReturn 0 r = 0 := by simp [constReturn]

theorem constReturn_succ [AddCommMonoid α] (k : ℕ) (r : α) :
    constReturn (k + 1) r = constReturn k r + r := by simp [constReturn, succ_nsmul]

theorem constReturn_add [AddCommMonoid α] (j k : ℕ) (r : α) :
    constReturn (j + k) r = constReturn j r + constReturn k r := by simp [constReturn, add_nsmul]

theorem constReturn_two [AddMonoid α] (r : α) : constReturn 2 r = r + r := by
  simp [constReturn, two_nsmul]

theorem replicate_return [AddCommMonoid α] (k : ℕ) (r : α) :
    (List.replicate k r).sum = k • r := by simp

theorem replicate_return_cast [Semiring α] (k : ℕ) (r : α) :
    (List.replicate k r).sum = (k : α) * r := by simp [nsmul_eq_mul]

theorem usageWeight_zero [Field α] (n : ℕ) : usageWeight 0 n = (0 : α) := by simp [usageWeight]

theorem usageWeight_self [LinearOrderedField α] (n : ℕ) (h : n ≠ 0) :
    usageWeight n n = (1 : α) := by
  simp [usageWeight, h]

theorem rewards_nsmul_sum [AddCommMonoid α] (n : ℕ) (r s : α) :
    n • (r + s) = n • r + n • s := nsmul_add r s n

theorem int_advantage_cast [CommRing α] (q v : ℤ) :
    ((q - v : ℤ) : α) = (q : α) - (v : α) := by push_cast; ring

/-- The kept positions of a mask, as a finite set. -/
def keptSet {n : ℕ} (m : Fin n → Bool) : Finset (Fin n) := {i | m i = true}

/-- A rollout horizon: a positive number of steps (its type is inferred from `0 < h`). -/
def Horizon := {h // 0 < h}

theorem keptSet_card_le {n : ℕ} (m : Fin n → Bool) : (keptSet m).card ≤ n := by
  simpa using Finset.card_le_univ (keptSet m)

theorem keptSet_mono {n : ℕ} (m m' : Fin n → Bool) (h : ∀ i, m i = true → m' i = true) :
    keptSet m ⊆ keptSet m' := by
  intro i; simp [keptSet]; exact h i

theorem kept_in_range (k : ℕ) : {t ∈ Finset.range k | t % 2 = 0} ⊆ Finset.range k := by
  intro t; simp; tauto

theorem horizon_pos (h : Horizon) : 1 ≤ h.val := h.2

theorem floor_hinge_nonneg (γ v : ℚ) : 0 ≤ γ ⊖ v := le_max_right _ _

theorem floor_hinge_of_le (γ v : ℚ) (h : γ ≤ v) : γ ⊖ v = 0 := by
  simp [LossNotation.floorHinge, h]

theorem sqNorm_cons (x : ℚ) (z : List ℚ) : ‖x :: z‖² = x * x + ‖z‖² := by
  simp [LossNotation.sqNorm]

theorem sqNorm_nonneg (z : List ℚ) : 0 ≤ ‖z‖² := by
  unfold LossNotation.sqNorm
  exact List.sum_nonneg (by simp; intro a _; exact mul_self_nonneg a)

end NN.MLTheory.SelfSupervised.Averages
