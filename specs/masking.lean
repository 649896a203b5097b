/-
Masking: sums of a per-index loss over the indices a mask selects. A mask is a Boolean
function `Fin n → Bool`; the selected indices are `idxs.filter mask`. These are the finite-index
facts the MAE and JEPA objectives are built from.
-/
import Mathlib.Algebra.BigOperators.Group.List
import Mathlib.Data.List.Basic

namespace NN.MLTheory.SelfSupervised

/-- A patch mask: `mask i = true` when patch `i` is hidden from the encoder. -/
abbrev Mask (n : ℕ) := Fin n → Bool

/-- Sum of a per-index loss over a list of indices (duplicates count as often as they occur). -/
def maskedSum {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ) : ℕ :=
  (idxs.map loss).sum

@[simp]
theorem maskedSum_nil {n : ℕ} (loss : Fin n → ℕ) : maskedSum [] loss = 0 := by
  simp [maskedSum]

@[simp]
theorem maskedSum_cons {n : ℕ} (i : Fin n) (idxs : List (Fin n)) (loss : Fin n → ℕ) :
    maskedSum (i :: idxs) loss = loss i + maskedSum idxs loss := by
  simp [maskedSum]

theorem maskedSum_append {n : ℕ} (xs ys : List (Fin n)) (loss : Fin n → ℕ) :
    maskedSum (xs ++ ys) loss = maskedSum xs loss + maskedSum ys loss := by
  simp [maskedSum, List.sum_append]

/-- The order in which masked patches are visited does not change the loss. -/
theorem maskedSum_reverse {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ) :
    maskedSum idxs.reverse loss = maskedSum idxs loss := by
  simp [maskedSum, List.sum_reverse]

/-- Only the loss values at the selected indices matter. -/
theorem maskedSum_ext {n : ℕ} (idxs : List (Fin n)) (loss₁ loss₂ : Fin n → ℕ)
    (h : ∀ i ∈ idxs, loss₁ i = loss₂ i) :
    maskedSum idxs loss₁ = maskedSum idxs loss₂ := by
  induction idxs with
  | nil => rfl
  | cons i rest ih =>
    simp only [maskedSum, List.map_cons, List.sum_cons] at *
    rw [h i (by simp), ih (fun j hj => h j (by simp [hj]))]

/-- Two loss terms summed index by index give the sum of the two masked sums. -/
theorem maskedSum_add {n : ℕ} (idxs : List (Fin n)) (loss₁ loss₂ : Fin n → ℕ) :
    maskedSum idxs (fun i => loss₁ i + loss₂ i) = maskedSum idxs loss₁ + maskedSum idxs loss₂ := by
  simp [maskedSum, List.sum_map_add]

/-- Visiting the same patch `k` times costs `k` times its loss. -/
theorem maskedSum_replicate {n : ℕ} (k : ℕ) (i : Fin n) (loss : Fin n → ℕ) :
    maskedSum (List.replicate k i) loss = k * loss i := by
  simp [maskedSum, List.sum_replicate]

/-- A mask and its complement split the full sum into the hidden and the visible part. -/
theorem maskedSum_filter_add_filter_not {n : ℕ} (mask : Mask n) (idxs : List (Fin n))
    (loss : Fin n → ℕ) :
    maskedSum (idxs.filter mask) loss + maskedSum (idxs.filter fun i => !mask i) loss =
      maskedSum idxs loss := by
  induction idxs with
  | nil => simp [maskedSum]
  | cons i rest ih =>
    cases h : mask i <;> simp_all [maskedSum, List.filter_cons] <;> omega

end NN.MLTheory.SelfSupervised
