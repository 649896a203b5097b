/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
Authors: TorchLean contributors
-/
module

public import Mathlib.Algebra.BigOperators.Group.List
public import Mathlib.Data.List.Basic

/-!
# Masking

Finite-index masks for self-supervised objectives. A mask `m : Fin n → Bool` marks the patches
hidden from the context encoder; `maskedIdxs m idxs` keeps the hidden indices of `idxs`, in
order, and `maskedSum idxs loss` adds a per-index loss over a list of indices.

## Main definitions

* `Mask n`: a Boolean mask over `n` patches.
* `maskedIdxs`: the hidden indices, as a `List.filter`.
* `countMasked`: the number of hidden indices, by recursion on the list.
* `maskedSum`: `∑` of a per-index loss over a list of indices (duplicates counted).
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised

open List

variable {n : ℕ}

/-- A patch mask: `m i = true` when patch `i` is hidden. -/
abbrev Mask (n : ℕ) := Fin n → Bool

/-- The mask that hides nothing. -/
def Mask.none : Mask n := fun _ => false

instance : Inhabited (Mask n) := ⟨Mask.none⟩

/-- How a training run draws its masks: the number of hidden patches and a seed. -/
structure MaskSpec where
  /-- Number of patches hidden per example. -/
  hidden : ℕ
  /-- Seed of the mask sampler. -/
  seed : ℕ := 0
  deriving Repr

/-- The hidden indices of `idxs` under the mask `m`, in their original order. -/
def maskedIdxs (m : Fin n → Bool) (idxs : List (Fin n)) : List (Fin n) :=
  idxs.filter m

/-- The number of hidden indices of a list, by structural recursion. -/
def countMasked (m : Fin n → Bool) : List (Fin n) → ℕ
  | [] => 0
  | i :: rest => (if m i then 1 else 0) + countMasked m rest

/-- A per-index loss summed over a list of indices. -/
def maskedSum (idxs : List (Fin n)) (loss : Fin n → ℕ) : ℕ :=
  (idxs.map loss).sum

@[simp]
theorem maskedIdxs_nil (m : Fin n → Bool) : maskedIdxs m [] = [] := rfl

theorem maskedIdxs_append (m : Fin n → Bool) (xs ys : List (Fin n)) :
    maskedIdxs m (xs ++ ys) = maskedIdxs m xs ++ maskedIdxs m ys := by
  simp [maskedIdxs, List.filter_append]

@[simp]
theorem maskedIdxs_none (idxs : List (Fin n)) : maskedIdxs Mask.none idxs = [] := by
  simp [maskedIdxs, Mask.none]

#eval countMasked (fun i : Fin 3 => i.val % 2 == 0) [0, 1, 2]

@[simp]
theorem countMasked_nil (m : Fin n → Bool) : countMasked m [] = 0 := rfl

theorem countMasked_append (m : Fin n → Bool) (xs ys : List (Fin n)) :
    countMasked m (xs ++ ys) = countMasked m xs + countMasked m ys := by
  induction xs with
  | nil => simp [countMasked]
  | cons i rest ih =>
    simp only [List.cons_append, countMasked, ih]
    omega

theorem countMasked_le_length (m : Fin n → Bool) (idxs : List (Fin n)) :
    countMasked m idxs ≤ idxs.length := by
  induction idxs with
  | nil => simp [countMasked]
  | cons i rest ih =>
    simp only [countMasked, List.length_cons]
    split <;> omega

/-- The recursive count agrees with the length of the filtered list. -/
theorem countMasked_eq_length (m : Fin n → Bool) (idxs : List (Fin n)) :
    countMasked m idxs = (maskedIdxs m idxs).length := by
  induction idxs with
  | nil => rfl
  | cons i rest ih =>
    cases h : m i <;> simp [countMasked, maskedIdxs, List.filter_cons, h, ih] <;> omega

@[simp]
theorem maskedSum_nil (loss : Fin n → ℕ) : maskedSum [] loss = 0 := by
  simp [maskedSum]

@[simp]
theorem maskedSum_cons (i : Fin n) (idxs : List (Fin n)) (loss : Fin n → ℕ) :
    maskedSum (i :: idxs) loss = loss i + maskedSum idxs loss := by
  simp [maskedSum]

theorem maskedSum_append (xs ys : List (Fin n)) (loss : Fin n → ℕ) :
    maskedSum (xs ++ ys) loss = maskedSum xs loss + maskedSum ys loss := by
  simp [maskedSum, List.sum_append]

set_option linter.unusedVariables false in
theorem maskedSum_reverse (idxs : List (Fin n)) (loss : Fin n → ℕ) :
    maskedSum idxs.reverse loss = maskedSum idxs loss := by
  simp [maskedSum, List.sum_reverse]

/-- Masking never increases a sum of natural-number losses. -/
theorem maskedSum_maskedIdxs_le (m : Fin n → Bool) (idxs : List (Fin n)) (loss : Fin n → ℕ) :
    maskedSum (maskedIdxs m idxs) loss ≤ maskedSum idxs loss := by
  induction idxs with
  | nil => simp [maskedIdxs]
  | cons i rest ih =>
    cases h : m i <;> simp_all [maskedIdxs, List.filter_cons] <;> omega

end NN.MLTheory.SelfSupervised
