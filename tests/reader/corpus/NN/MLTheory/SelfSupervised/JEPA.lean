/-
Copyright (c) 2026 jepa-formal test corpus.
-/
module

public import NN.MLTheory.SelfSupervised.Masking
public import Mathlib.Algebra.BigOperators.Group.Finset

/-! # JEPA objectives over target blocks -/

@[expose] public section

namespace NN.MLTheory.SelfSupervised

open scoped BigOperators
open List

variable {Context Target Pred : Type} [Add Target]

section Loss

variable (context : Context) (repLoss : Target → Pred → ℕ)

/-- JEPA loss over the selected target indices. -/
def jepaLoss {n : ℕ} (targetIdxs : List (Fin n)) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) : ℕ :=
  (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum

theorem jepaLoss_append {n : ℕ} (xs ys : List (Fin n)) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) :
    jepaLoss context repLoss (xs ++ ys) target predict =
      jepaLoss context repLoss xs target predict + jepaLoss context repLoss ys target predict := by
  simp [jepaLoss, List.sum_append]

/-- Uses the contract from `Masking.lean`. -/
theorem jepaLoss_contract {n : ℕ} (c : Contract n Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) :
    jepaLoss c.context repLoss c.targetIdxs target predict =
      (c.targetIdxs.map fun i => repLoss (target i) (predict c.context i)).sum := rfl

end Loss

/-- Squared distance with a default weight `(w : ℕ := 1)`. -/
noncomputable def sqDist {d : ℕ} (z w : Fin d → ℝ) (weight : ℝ := 1) : ℝ :=
  weight * ∑ j : Fin d, (z j - w j) ^ 2

theorem sqDist_nonneg {d : ℕ} (z w : Fin d → ℝ) : 0 ≤ sqDist z w := by
  unfold sqDist
  calc (0 : ℝ) = 1 * 0 := by ring
    _ ≤ 1 * ∑ j : Fin d, (z j - w j) ^ 2 := by
      gcongr
      · exact Finset.sum_nonneg fun j _ => sq_nonneg _

/-- Folding with an accumulator pair and a tuple pattern in `let`. -/
def runningSums (xs : List ℕ) : List ℕ :=
  let (_, acc) := xs.foldl (fun (acc : ℕ × List ℕ) x => (acc.1 + x, acc.2 ++ [acc.1 + x]))
    (0, [])
  acc

def countdown : ℕ → List ℕ
  | 0 => [0]
  | n + 1 => (n + 1) :: countdown n
termination_by n => n
decreasing_by
  simp_wf
  omega

def weighted (xs : List ℕ) (g : ℕ → ℕ := fun _ => 0) : ℕ :=
  go xs 0
where
  go : List ℕ → ℕ → ℕ
    | [], acc => acc
    | x :: rest, acc => go rest (acc + g x)
  helper (k : ℕ) : ℕ := k + 1

set_option linter.unusedVariables false in
theorem weighted_nil (g : ℕ → ℕ) : weighted [] (g := g) = 0 := rfl

open Finset in
theorem sum_univ_const (d : ℕ) : (Finset.univ.sum fun (_ : Fin d) => (1 : ℕ)) = d := by
  simp

theorem _root_.List.sum_twice (xs : List ℕ) : (xs ++ xs).sum = 2 * xs.sum := by
  simp [List.sum_append]; ring

example : jepaLoss (Context := Unit) () (fun _ _ => 0) ([] : List (Fin 3)) (fun _ => 0)
    (fun _ _ => 0) = 0 := rfl

end NN.MLTheory.SelfSupervised
