/-
Definitions with the shapes the bundled specs' definitions lack (an `if` on a Boolean mask, a
comparison, a sum indexed by ℕ), so that every mutation operator has a site to act on.
-/

namespace MutateCorpus

/-- The loss summed over the indices a Boolean mask selects. -/
def maskedLoss {n : ℕ} (mask : Fin n → Bool) (idxs : List (Fin n)) (loss : Fin n → ℕ) : ℕ :=
  (idxs.map fun i => if mask i then loss i else 0).sum

/-- Whether a score is within the margin. -/
def withinMargin (margin s : ℕ) : Bool := decide (s ≤ margin)

/-- The loss of the first `k` positions of a sequence. -/
def windowLoss (k : ℕ) (loss : ℕ → ℕ) : ℕ :=
  ((List.range k).map fun j => loss j).sum

theorem maskedLoss_nil {n : ℕ} (mask : Fin n → Bool) (loss : Fin n → ℕ) :
    maskedLoss mask [] loss = 0 := by
  simp [maskedLoss]

theorem maskedLoss_all {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ) :
    maskedLoss (fun _ => true) idxs loss = (idxs.map loss).sum := by
  simp [maskedLoss]

theorem withinMargin_refl (s : ℕ) : withinMargin s s = true := by
  simp [withinMargin]

theorem windowLoss_succ (k : ℕ) (loss : ℕ → ℕ) :
    windowLoss (k + 1) loss = windowLoss k loss + loss k := by
  simp [windowLoss, List.range_succ]

end MutateCorpus
