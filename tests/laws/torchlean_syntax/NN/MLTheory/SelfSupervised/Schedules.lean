/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Data.Rat.Defs
public import Mathlib.Algebra.Order.Floor.Defs

/-!
# Learning-rate schedules and loss combinators

Warm-up and step schedules over ℚ, written with the notations ML-theory files declare:
an infix for combining losses, a prefix for the warm-up factor, a notation whose argument has
an intermediate precedence. Every theorem below says whether it holds (`-- expect:`).
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Schedules

/-- The phase of training. -/
inductive Phase where
  | warmup
  | main
  | cooldown
  deriving Repr, DecidableEq

/-- A schedule: base rate, warm-up length, decay step. -/
structure Schedule where
  base : ℚ
  warm : ℕ
  step : ℕ := 10
  deriving Repr

/-- Combine two losses with weights `1` and `λ`. -/
def mix (lam : ℚ) (a b : ℚ) : ℚ := a + lam * b

/-- Sum of two losses. -/
def addLoss (a b : ℚ) : ℚ := a + b

/-- The squared error. -/
def sq (x : ℚ) : ℚ := x * x

@[inherit_doc] infixl:65 " ⊞ " => addLoss

/-- `a ⊕[λ] b`-style mixing with the weight fixed to `1/2`. -/
notation:70 a " ⊙ " b:71 => mix (1 / 2) a b

/-- The warm-up factor of step `t`: a notation whose argument is read at precedence 66. -/
notation:max "warm " t:66 => min (t / 10 : ℚ) 1

/-- Squared, as a prefix. -/
prefix:100 "𝕊" => sq

/-- `macro` and `syntax` commands are skipped by the reader. -/
syntax "lr_tac" : tactic
macro "lr_simp" : tactic => `(tactic| simp [mix, addLoss])

/-- The phase at step `t`. -/
def phaseAt (s : Schedule) (t : ℕ) : Phase :=
  if t < s.warm then .warmup else if t < s.warm + s.step then .main else .cooldown

/-- The learning rate at step `t` of a step-decay schedule. -/
def rate (s : Schedule) (t : ℕ) : ℚ :=
  match phaseAt s t with
  | .warmup => s.base * ((t : ℚ) + 1) / ((s.warm : ℚ) + 1)
  | .main => s.base
  | .cooldown => s.base / 2

/-- How many decay steps have passed (a recursive count with its termination measure). -/
def decays (step : ℕ) (t : ℕ) : ℕ :=
  if h : step = 0 then 0
  else if t < step then 0 else 1 + decays step (t - step)
termination_by t
decreasing_by omega

private def clampRate (r : ℚ) : ℚ := max 0 (min r 1)

protected def Schedule.peak (s : Schedule) : ℚ := s.base

noncomputable def logRate (s : Schedule) : ℝ := Real.log s.base

section Combinators

variable (a b c : ℚ)

-- expect: proved
theorem addLoss_comm : a ⊞ b = b ⊞ a := by simp [addLoss, add_comm]

-- expect: proved
theorem addLoss_assoc : a ⊞ b ⊞ c = a ⊞ (b ⊞ c) := by simp [addLoss, add_assoc]

-- expect: refuted
theorem addLoss_sub_false : a ⊞ b = a - b := by sorry

-- `⊙` reads its right side at 71: `a ⊙ b * c` is `a ⊙ (b * c)` (`*` is 70 < 71? no: it
-- stops), so it is `(a ⊙ b) * c`
-- expect: proved
theorem mix_prec : a ⊙ b * c = (mix (1 / 2) a b) * c := by rfl

-- expect: refuted
theorem mix_prec_false : a ⊙ b * c = mix (1 / 2) a (b * c) := by sorry

-- expect: proved
theorem mix_chain : a ⊙ b ⊙ c = mix (1 / 2) (mix (1 / 2) a b) c := by rfl

-- expect: refuted
theorem mix_chain_false : a ⊙ b ⊙ c = mix (1 / 2) a (mix (1 / 2) b c) := by sorry

-- `warm t` reads `t` at 66: `warm t * 2` is `warm (t * 2)`, `warm t + 1` is `(warm t) + 1`
-- expect: proved
theorem warm_mul (t : ℚ) : warm t * 2 = min (t * 2 / 10) 1 := by rfl

-- expect: refuted
theorem warm_mul_false (t : ℚ) : warm t * 2 = min (t / 10) 1 * 2 := by sorry

-- expect: proved
theorem warm_add (t : ℚ) : warm t + 1 = min (t / 10) 1 + 1 := by rfl

-- expect: refuted
theorem warm_add_false (t : ℚ) : warm t + 1 = min ((t + 1) / 10) 1 := by sorry

-- expect: pass
theorem warm_le_one (t : ℚ) : warm t ≤ 1 := min_le_right _ _

-- `𝕊` is `prefix:100`: `𝕊 sq a` is `𝕊 (sq a)` (application binds at `lead`)
-- expect: proved
theorem sq_sq : 𝕊 sq a = a * a * (a * a) := by simp [sq]; ring

-- expect: refuted
theorem sq_sq_false : 𝕊 sq a = a * a * a := by sorry

-- expect: proved
theorem sq_nonneg' : 0 ≤ 𝕊 a := mul_self_nonneg a

end Combinators

section Rates

open Phase in
-- expect: pass
theorem phase_zero (s : Schedule) (h : 0 < s.warm) : phaseAt s 0 = warmup := by
  simp [phaseAt, h]

-- expect: pass
theorem rate_main (s : Schedule) (t : ℕ) (h₁ : s.warm ≤ t) (h₂ : t < s.warm + s.step) :
    rate s t = s.base := by
  simp [rate, phaseAt, Nat.not_lt.mpr h₁, h₂]

-- expect: refuted
theorem rate_main_false (s : Schedule) (t : ℕ) (h₂ : t < s.warm + s.step) :
    rate s t = s.base := by
  sorry

set_option maxRecDepth 1000 in
-- expect: pass
theorem decays_zero (t : ℕ) : decays 0 t = 0 := by simp [decays]

-- expect: refuted
theorem decays_one_false (t : ℕ) : decays 1 t = 0 := by sorry

-- expect: pass
theorem clampRate_le (r : ℚ) : clampRate r ≤ 1 := by
  unfold clampRate; exact max_le zero_le_one (min_le_right _ _)

-- expect: refuted
theorem clampRate_false (r : ℚ) : clampRate r = r := by sorry

-- expect: pass
theorem peak_eq (s : Schedule) : s.peak = s.base := rfl

-- expect: pass
theorem rate_floor (s : Schedule) (t : ℕ) (h : 0 ≤ s.base) (hs : s.base < 1) :
    ⌊rate s t⌋ ≤ 0 := by
  sorry

end Rates

end NN.MLTheory.SelfSupervised.Schedules
