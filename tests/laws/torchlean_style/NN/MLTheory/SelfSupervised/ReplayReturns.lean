/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Data.List.Pairwise
public import Mathlib.Data.Rat.Defs

/-!
# Replay buffers and returns

Timestamps in a replay buffer (strictly increasing: `List.Pairwise`), indexed transitions
(`List.zipIdx`), discount factors as a subtype of `[0, 1]`, nonnegative rewards in `ℝ≥0`, and
the returns computed from them.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.ReplayReturns

/-- A discount factor. -/
abbrev Discount := {γ : ℚ // 0 ≤ γ ∧ γ ≤ 1}

/-- The discounted return of a reward sequence. -/
def ret (γ : ℚ) : List ℚ → ℚ
  | [] => 0
  | r :: rs => r + γ * ret γ rs

/-- Timestamps of a buffer are strictly increasing. -/
def Ordered (ts : List ℕ) : Prop := ts.Pairwise (· < ·)

/-- Each stored reward with its slot. -/
def slots (rs : List ℕ) : List (ℕ × ℕ) := rs.zipIdx

/-- The total of nonnegative rewards. -/
def total (r : Fin 3 → NNReal) : NNReal := ∑ i, r i

/-- The advantage `A = Q - V`, clipped at zero as a `ℝ≥0`. -/
def clippedAdvantage (q v : NNReal) : NNReal := q - v

local infixr:67 " ⊳ " => fun (r : ℚ) (rs : List ℚ) => r :: rs

theorem ret_nil (γ : ℚ) : ret γ [] = 0 := rfl

theorem ret_cons_infix (γ r : ℚ) (rs : List ℚ) : ret γ (r ⊳ rs) = r + γ * ret γ rs := rfl

theorem ret_zero_discount (r : ℚ) (rs : List ℚ) : ret 0 (r :: rs) = r := by simp [ret]

theorem ret_nonneg (γ : Discount) (rs : List ℚ) (h : ∀ r ∈ rs, 0 ≤ r) : 0 ≤ ret γ.val rs := by
  induction rs with
  | nil => simp [ret]
  | cons r rs ih =>
    simp only [ret]
    have hr := h r (by simp)
    have := ih (fun x hx => h x (by simp [hx]))
    have := γ.2.1
    positivity

theorem ret_le_sum (γ : Discount) (rs : List ℚ) (h : ∀ r ∈ rs, 0 ≤ r) :
    ret γ.val rs ≤ rs.sum := by
  induction rs with
  | nil => simp [ret]
  | cons r rs ih =>
    simp only [ret, List.sum_cons]
    have h1 := ih (fun x hx => h x (by simp [hx]))
    have h0 := ret_nonneg γ rs (fun x hx => h x (by simp [hx]))
    nlinarith [γ.2.1, γ.2.2]

theorem ordered_nil : Ordered [] := List.Pairwise.nil

theorem ordered_range (n : ℕ) : Ordered (List.range n) := List.pairwise_lt_range n

theorem ordered_tail (t : ℕ) (ts : List ℕ) (h : Ordered (t :: ts)) : Ordered ts :=
  (List.pairwise_cons.mp h).2

theorem slots_length (rs : List ℕ) : (slots rs).length = rs.length := by simp [slots]

theorem slots_example : slots [3, 5] = [(3, 0), (5, 1)] := rfl

theorem total_nonneg (r : Fin 3 → NNReal) : 0 ≤ total r := zero_le _

theorem total_ge (r : Fin 3 → NNReal) : r 0 ≤ total r := by
  unfold total
  exact Finset.single_le_sum (fun i _ => zero_le (r i)) (Finset.mem_univ 0)

theorem clipped_le (q v : NNReal) : clippedAdvantage q v ≤ q := tsub_le_self

theorem clipped_add (q v : NNReal) (h : v ≤ q) : clippedAdvantage q v + v = q :=
  tsub_add_cancel_of_le h

end NN.MLTheory.SelfSupervised.ReplayReturns
