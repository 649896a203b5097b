/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Data.Nat.Basic

/-!
# Tensor shapes, training phases and codebook entries as inductive types

Shapes built from `.scalar` by `.dim`, the number of elements and the rank by structural
recursion; the phases of a training run with their learning-rate multipliers; a vector-
quantisation lookup that either hits a codebook entry or falls back.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Shapes

/-- A tensor shape: a scalar, or one more dimension of size `n` around a shape. -/
inductive Shape where
  | scalar
  | dim (n : ℕ) (s : Shape)
  deriving Repr, DecidableEq

namespace Shape

/-- The number of elements. -/
def numel : Shape → ℕ
  | .scalar => 1
  | .dim n s => n * s.numel

/-- The number of dimensions. -/
def rank : Shape → ℕ
  | .scalar => 0
  | .dim _ s => s.rank + 1

/-- Flatten the two outermost dimensions into one. -/
def flatten2 : Shape → Shape
  | .dim m (.dim n s) => .dim (m * n) s
  | s => s

end Shape

/-- The phases of a training run. -/
inductive Phase where
  | warmup
  | train
  | eval
  deriving DecidableEq, Repr, BEq

/-- The learning-rate multiplier of a phase (in tenths). -/
def Phase.lrScale : Phase → ℕ
  | .warmup => 1
  | .train => 10
  | .eval => 0

/-- Whether gradients flow in a phase. -/
def Phase.trains (p : Phase) : Bool :=
  match p with
  | .eval => false
  | _ => true

/-- The outcome of a codebook lookup. -/
inductive Lookup where
  | hit (code : ℕ)
  | miss
  deriving Repr, DecidableEq

/-- The code of a lookup, or a fallback code. -/
def Lookup.codeD : Lookup → ℕ → ℕ
  | .hit c, _ => c
  | .miss, d => d

theorem numel_vector (n : ℕ) : (Shape.dim n .scalar).numel = n := by simp [Shape.numel]

theorem numel_matrix (m n : ℕ) : (Shape.dim m (.dim n .scalar)).numel = m * n := by
  simp [Shape.numel]

theorem rank_dim (n : ℕ) (s : Shape) : (Shape.dim n s).rank = s.rank + 1 := rfl

theorem rank_scalar : Shape.scalar.rank = 0 := rfl

theorem flatten2_numel (s : Shape) : s.flatten2.numel = s.numel := by
  match s with
  | .scalar => rfl
  | .dim m .scalar => rfl
  | .dim m (.dim n s) => simp [Shape.flatten2, Shape.numel, Nat.mul_assoc]

theorem lrScale_le (p : Phase) : p.lrScale ≤ 10 := by cases p <;> decide

theorem eval_lrScale : Phase.eval.lrScale = 0 := rfl

theorem trains_iff (p : Phase) : p.trains = true ↔ p ≠ .eval := by cases p <;> simp [Phase.trains]

theorem phases_cover : ∀ p : Phase, p = .warmup ∨ p = .train ∨ p = .eval := by decide

theorem codeD_hit (c d : ℕ) : (Lookup.hit c).codeD d = c := rfl

theorem codeD_miss (d : ℕ) : Lookup.miss.codeD d = d := rfl

/--
info: NN.MLTheory.SelfSupervised.Shapes.Shape.dim 2
  (NN.MLTheory.SelfSupervised.Shapes.Shape.dim 3 NN.MLTheory.SelfSupervised.Shapes.Shape.scalar)
-/
#guard_msgs in
#eval Shape.dim 2 (.dim 3 .scalar)

/-- info: 6 -/
#guard_msgs in
#eval (Shape.dim 2 (.dim 3 .scalar)).numel

end NN.MLTheory.SelfSupervised.Shapes
