/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Data.List.Basic
public import Mathlib.Data.Rat.Defs

/-!
# State-space scans, replay buffers and returns

A linear state-space recurrence run as a left fold, a bounded replay buffer, discounted returns
computed by a right fold, and the masked-sum evaluations these files are tested with.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Scans

/-- One step of a scalar linear state-space model: `h' = a * h + b * x`. -/
def ssmStep (a b : ℚ) (h x : ℚ) : ℚ := a * h + b * x

/-- The final state of the scan over the inputs. -/
def ssmScan (a b : ℚ) (h₀ : ℚ) (xs : List ℚ) : ℚ := xs.foldl (ssmStep a b) h₀

/-- A replay buffer: the most recent items first, at most `cap` of them. -/
structure Buffer where
  items : List ℕ
  cap : ℕ

/-- Push an item, dropping the oldest beyond the capacity. -/
def Buffer.push (buf : Buffer) (x : ℕ) : Buffer :=
  { buf with items := (x :: buf.items).take buf.cap }

/-- The discounted return of a list of rewards (`γ` in lowest terms). -/
def discountedReturn (γ : ℚ) : List ℚ → ℚ
  | [] => 0
  | r :: rs => r + γ * discountedReturn γ rs

/-- The undiscounted return. -/
def totalReward (rs : List ℕ) : ℕ := rs.sum

/-- A masked sum of per-patch losses. -/
def maskedSum (m : Fin 4 → Bool) (loss : Fin 4 → ℕ) : ℕ :=
  ((List.finRange 4).filter m |>.map loss).sum

theorem ssmScan_nil (a b h₀ : ℚ) : ssmScan a b h₀ [] = h₀ := rfl

theorem ssmScan_append (a b h₀ : ℚ) (xs ys : List ℚ) :
    ssmScan a b h₀ (xs ++ ys) = ssmScan a b (ssmScan a b h₀ xs) ys := by
  simp [ssmScan, List.foldl_append]

theorem ssmScan_zero_input (a b h₀ : ℚ) (x : ℚ) (hb : b = 0) :
    ssmScan a b h₀ [x] = a * h₀ := by simp [ssmScan, ssmStep, hb]

theorem push_cap (buf : Buffer) (x : ℕ) : (buf.push x).cap = buf.cap := rfl

theorem push_length_le (buf : Buffer) (x : ℕ) : (buf.push x).items.length ≤ buf.cap := by
  simp [Buffer.push, List.length_take]

theorem return_nil (γ : ℚ) : discountedReturn γ [] = 0 := rfl

theorem return_cons (γ r : ℚ) (rs : List ℚ) :
    discountedReturn γ (r :: rs) = r + γ * discountedReturn γ rs := rfl

theorem return_undiscounted (rs : List ℚ) : discountedReturn 1 rs = rs.sum := by
  induction rs with
  | nil => rfl
  | cons r rs ih => simp [discountedReturn, ih]

theorem totalReward_append (xs ys : List ℕ) :
    totalReward (xs ++ ys) = totalReward xs + totalReward ys := by
  simp [totalReward, List.sum_append]

theorem maskedSum_le (m : Fin 4 → Bool) (loss : Fin 4 → ℕ) :
    maskedSum m loss ≤ maskedSum (fun _ => true) loss := by
  decide

/-- info: 6 -/
#guard_msgs in
#eval maskedSum (fun i => i.val % 2 == 0) (fun i => i.val + 2)

/-- info: (7 : Rat)/4 -/
#guard_msgs in
#eval discountedReturn (1/2) [1, 1, 1]

/-- info: 10 -/
#guard_msgs in
#eval totalReward [1, 2, 3, 4]

/-- info: [5, 1, 2] -/
#guard_msgs in
#eval ({ items := [1, 2, 3], cap := 3 } : Buffer).push 5 |>.items

end NN.MLTheory.SelfSupervised.Scans
