/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Algebra.BigOperators.Group.List
public import Mathlib.Algebra.Order.Monoid.Defs

/-!
# Losses generic in their value type

Masked sums and replay-buffer totals stated for any commutative monoid of loss values, and
ring identities of the squared error, the way TorchLean states them once for `ℝ`, `ℚ` and
`Float`-free numeric types.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Generic

variable {α : Type}

/-- A per-index loss summed over a list of indices, in any additive monoid. -/
def maskedTotal [AddMonoid α] (idxs : List ℕ) (loss : ℕ → α) : α :=
  (idxs.map loss).sum

theorem maskedTotal_nil [AddMonoid α] (loss : ℕ → α) : maskedTotal [] loss = 0 := rfl

theorem maskedTotal_append [AddMonoid α] (xs ys : List ℕ) (loss : ℕ → α) :
    maskedTotal (xs ++ ys) loss = maskedTotal xs loss + maskedTotal ys loss := by
  simp [maskedTotal, List.sum_append]

theorem maskedTotal_reverse [AddCommMonoid α] (idxs : List ℕ) (loss : ℕ → α) :
    maskedTotal idxs.reverse loss = maskedTotal idxs loss := by
  simp [maskedTotal, List.sum_reverse]

theorem add_swap_losses [AddCommMonoid α] (a b c : α) : a + b + c = a + c + b := by
  rw [add_assoc, add_comm b c, ← add_assoc]

theorem add_zero_loss [AddMonoid α] (a : α) : a + 0 = a := add_zero a

theorem sq_error_expand [CommRing α] (t p : α) :
    (t - p) * (t - p) = t * t - 2 * t * p + p * p := by ring

theorem residual_cancel [CommRing α] (t p : α) : t - p + p = t := sub_add_cancel t p

theorem two_mul_loss [Semiring α] (a : α) : 2 * a = a + a := two_mul a

theorem buffer_total_mono [OrderedAddCommMonoid α] (a b c : α) (h : a ≤ b) :
    a + c ≤ b + c := add_le_add_right h c

theorem max_loss_comm [LinearOrder α] (a b : α) : max a b = max b a := max_comm a b

theorem le_max_loss [LinearOrder α] (a b : α) : a ≤ max a b := le_max_left a b

theorem ring_mean_identity [Field α] (a b : α) : (a + b) * (a + b) - (a - b) * (a - b) = 4 * a * b := by
  ring

end NN.MLTheory.SelfSupervised.Generic
