/-
True laws that the checker must never refute: laws about the spec definitions that are kept out
of `specs/` (which stays focused), and Lean-semantics traps that *look* false to a Python reader
but hold in Lean (`Int.ediv`/`Int.emod`, `x / 0 = 0`, truncated subtraction, `take`/`drop`
saturation, `zip` stopping at the shorter list, `Fin 0`, `Eq` on `Float` being reflexive).
The definitions are copies of those in `specs/` so that this file stands alone.
-/
import Mathlib.Algebra.BigOperators.Group.Finset
import Mathlib.Data.Real.Basic

open scoped BigOperators

namespace JepaFormal.Corpus.TrueLaws

/-- As `specs/masking.lean`. -/
def maskedSum {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ) : ℕ :=
  (idxs.map loss).sum

theorem maskedSum_ext {n : ℕ} (idxs : List (Fin n)) (loss₁ loss₂ : Fin n → ℕ)
    (h : ∀ i ∈ idxs, loss₁ i = loss₂ i) :
    maskedSum idxs loss₁ = maskedSum idxs loss₂ := by
  unfold maskedSum
  congr 1
  exact List.map_congr_left h

theorem maskedSum_filter_add_filter_not {n : ℕ} (mask : Fin n → Bool) (idxs : List (Fin n))
    (loss : Fin n → ℕ) :
    maskedSum (idxs.filter mask) loss + maskedSum (idxs.filter fun i => !mask i) loss =
      maskedSum idxs loss := by
  induction idxs with
  | nil => simp [maskedSum]
  | cons i rest ih =>
    cases h : mask i <;> simp_all [maskedSum, List.filter_cons] <;> omega

/-- As `specs/mae.lean`. -/
noncomputable def sqDist {d : ℕ} (x y : Fin d → ℝ) : ℝ :=
  ∑ j : Fin d, (x j - y j) ^ 2

theorem sqDist_nonneg {d : ℕ} (x y : Fin d → ℝ) : 0 ≤ sqDist x y := by
  unfold sqDist
  exact Finset.sum_nonneg fun j _ => sq_nonneg (x j - y j)

/-- As `specs/mae.lean`. -/
noncomputable def maeLoss {n d : ℕ} (masked : List (Fin n)) (patch recon : Fin n → Fin d → ℝ) :
    ℝ :=
  (masked.map fun i => sqDist (patch i) (recon i)).sum

/-- As `specs/collapse.lean`. -/
noncomputable def varHinge (γ s : ℝ) : ℝ := max 0 (γ - s)

theorem varHinge_nonneg (γ s : ℝ) : 0 ≤ varHinge γ s :=
  le_max_left 0 (γ - s)

/-- As `specs/collapse.lean`. -/
noncomputable def varianceTerm (γ : ℝ) (stds : List ℝ) : ℝ :=
  (stds.map fun s => varHinge γ s).sum

/-- As `specs/collapse.lean`. -/
def natHinge (γ s : ℕ) : ℕ := max 0 (γ - s)

/-- As `specs/jepa_array.lean`. -/
def jepaLossArr {n : ℕ} {Context Target Pred : Type}
    (targetIdxs : Array (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) : ℕ :=
  (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum

/-- As `specs/jepa_real.lean`. -/
noncomputable def jepaLossR {n : ℕ} {Context Target Pred : Type}
    (targetIdxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℝ) : ℝ :=
  (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum

/-- As `specs/jepa_real.lean`. -/
noncomputable def jepaMeanLoss {n : ℕ} {Context Target Pred : Type}
    (targetIdxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℝ) : ℝ :=
  jepaLossR targetIdxs context target predict repLoss / (targetIdxs.length : ℝ)

/-- As `specs/predictive_view.lean`. -/
structure Contract (n : ℕ) where
  /-- Target indices the predictor must reconstruct. -/
  targetIdxs : List (Fin n)
  /-- Geometry guard: an additive margin, zero unless a view asks for one. -/
  guard : ℕ := 0

/-- As `specs/predictive_view.lean`. -/
def contractLoss {n : ℕ} (c : Contract n) (loss : Fin n → ℕ) : ℕ :=
  (c.targetIdxs.map loss).sum + c.guard

/-! ## Laws about the spec definitions -/

theorem maskedSum_eq_zero {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ)
    (h : ∀ i ∈ idxs, loss i = 0) : maskedSum idxs loss = 0 := by
  rw [maskedSum_ext idxs loss (fun _ => 0) h]
  simp [maskedSum]

/-- Masking never increases a sum of natural-number losses. -/
theorem maskedSum_filter_le {n : ℕ} (mask : Fin n → Bool) (idxs : List (Fin n))
    (loss : Fin n → ℕ) :
    maskedSum (idxs.filter mask) loss ≤ maskedSum idxs loss := by
  have := maskedSum_filter_add_filter_not mask idxs loss
  omega

theorem maskedSum_filter_true {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ) :
    maskedSum (idxs.filter fun _ => true) loss = maskedSum idxs loss := by
  simp

theorem filter_length_le {n : ℕ} (mask : Fin n → Bool) (idxs : List (Fin n)) :
    (idxs.filter mask).length ≤ idxs.length :=
  List.length_filter_le mask idxs

theorem sqDist_comm {d : ℕ} (x y : Fin d → ℝ) : sqDist x y = sqDist y x := by
  unfold sqDist
  congr 1
  ext j
  ring

/-- A patch of dimension zero carries no information: its distance is an empty sum. -/
theorem sqDist_zero_dim (x y : Fin 0 → ℝ) : sqDist x y = 0 := by
  simp [sqDist]

theorem maeLoss_singleton {n d : ℕ} (i : Fin n) (patch recon : Fin n → Fin d → ℝ) :
    maeLoss [i] patch recon = sqDist (patch i) (recon i) := by
  simp [maeLoss]

theorem maeLoss_nonneg {n d : ℕ} (masked : List (Fin n)) (patch recon : Fin n → Fin d → ℝ) :
    0 ≤ maeLoss masked patch recon := by
  unfold maeLoss
  exact List.sum_nonneg fun x hx => by
    obtain ⟨i, -, rfl⟩ := List.mem_map.mp hx
    exact sqDist_nonneg _ _

/-- Raising the floor never decreases the penalty. -/
theorem varHinge_mono_floor (γ γ' s : ℝ) (h : γ ≤ γ') : varHinge γ s ≤ varHinge γ' s := by
  unfold varHinge
  exact max_le_max le_rfl (by linarith)

@[simp]
theorem varianceTerm_nil (γ : ℝ) : varianceTerm γ [] = 0 := by
  simp [varianceTerm]

theorem varianceTerm_nonneg (γ : ℝ) (stds : List ℝ) : 0 ≤ varianceTerm γ stds := by
  unfold varianceTerm
  exact List.sum_nonneg fun x hx => by
    obtain ⟨s, -, rfl⟩ := List.mem_map.mp hx
    exact varHinge_nonneg γ s

theorem natHinge_eq_zero (γ s : ℕ) (h : γ ≤ s) : natHinge γ s = 0 := by
  simp [natHinge, Nat.sub_eq_zero_of_le h]

theorem jepaLossArr_singleton {n : ℕ} {Context Target Pred : Type} (i : Fin n)
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) :
    jepaLossArr #[i] context target predict repLoss = repLoss (target i) (predict context i) := by
  simp [jepaLossArr]

theorem jepaLossArr_size_map {n : ℕ} (idxs : Array (Fin n)) (f : Fin n → ℕ) :
    (idxs.map f).size = idxs.size :=
  Array.size_map f idxs

@[simp]
theorem jepaLossR_nil {n : ℕ} {Context Target Pred : Type} (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℝ) :
    jepaLossR [] context target predict repLoss = 0 := by
  simp [jepaLossR]

theorem jepaLossR_reverse {n : ℕ} {Context Target Pred : Type} (idxs : List (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℝ) :
    jepaLossR idxs.reverse context target predict repLoss =
      jepaLossR idxs context target predict repLoss := by
  simp [jepaLossR, List.sum_reverse]

theorem jepaLossR_target_ext {n : ℕ} {Context Target Pred : Type} (idxs : List (Fin n))
    (context : Context) (target₁ target₂ : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℝ) (h : ∀ i ∈ idxs, target₁ i = target₂ i) :
    jepaLossR idxs context target₁ predict repLoss =
      jepaLossR idxs context target₂ predict repLoss := by
  unfold jepaLossR
  congr 1
  exact List.map_congr_left fun i hi => by rw [h i hi]

theorem jepaMeanLoss_reverse {n : ℕ} {Context Target Pred : Type} (idxs : List (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℝ) :
    jepaMeanLoss idxs.reverse context target predict repLoss =
      jepaMeanLoss idxs context target predict repLoss := by
  simp [jepaMeanLoss, jepaLossR_reverse]

/-- Nonnegative per-block losses give a nonnegative objective. -/
theorem jepaLossR_nonneg {n : ℕ} {Context Target Pred : Type} (idxs : List (Fin n))
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℝ) (h : ∀ i ∈ idxs, 0 ≤ repLoss (target i) (predict context i)) :
    0 ≤ jepaLossR idxs context target predict repLoss := by
  unfold jepaLossR
  exact List.sum_nonneg fun x hx => by
    obtain ⟨i, hi, rfl⟩ := List.mem_map.mp hx
    exact h i hi

@[simp]
theorem contract_mk_targetIdxs {n : ℕ} (xs : List (Fin n)) (g : ℕ) :
    (⟨xs, g⟩ : Contract n).targetIdxs = xs := rfl

theorem contractLoss_guard_zero {n : ℕ} (c : Contract n) (loss : Fin n → ℕ) :
    contractLoss { c with guard := 0 } loss = (c.targetIdxs.map loss).sum := by
  simp [contractLoss]

theorem guard_le_contractLoss {n : ℕ} (c : Contract n) (loss : Fin n → ℕ) :
    c.guard ≤ contractLoss c loss := by
  simp [contractLoss]

/-! ## Lean-semantics traps: true in Lean, false under a naive Python reading -/

/-- `Int.ediv`: `7 = (-2) * (-3) + 1`, so the quotient is `-3` (Python's `7 // -2` is `-4`). -/
theorem int_ediv_pos_neg : (7 : ℤ) / -2 = -3 := by decide

/-- `Int.ediv`: `-7 = 2 * (-4) + 1`. -/
theorem int_ediv_neg_pos : (-7 : ℤ) / 2 = -4 := by decide

/-- `Int.ediv`: `-7 = (-2) * 4 + 1`, so the quotient is `4` (Python's `-7 // -2` is `3`). -/
theorem int_ediv_neg_neg : (-7 : ℤ) / -2 = 4 := by decide

/-- `Int.emod` is never negative for a nonzero divisor (Python's `-7 % 2` is `1` too). -/
theorem int_emod_neg_pos : (-7 : ℤ) % 2 = 1 := by decide

/-- `Int.emod` ignores the divisor's sign (Python's `7 % -2` is `-1`). -/
theorem int_emod_pos_neg : (7 : ℤ) % -2 = 1 := by decide

theorem int_ediv_emod (a b : ℤ) : b * (a / b) + a % b = a :=
  Int.ediv_add_emod a b

theorem int_emod_nonneg (a b : ℤ) (hb : b ≠ 0) : 0 ≤ a % b :=
  Int.emod_nonneg a hb

theorem real_one_div_zero : (1 : ℝ) / 0 = 0 := div_zero 1

theorem real_inv_zero : (0 : ℝ)⁻¹ = 0 := inv_zero

theorem real_div_zero (x : ℝ) : x / 0 = 0 := div_zero x

theorem real_half_add_half : (1 : ℝ) / 2 + 1 / 2 = 1 := by norm_num

theorem nat_truncated_sub : (2 : ℕ) - 3 = 0 := rfl

theorem nat_div_zero (a : ℕ) : a / 0 = 0 := Nat.div_zero a

theorem nat_mod_zero (a : ℕ) : a % 0 = a := Nat.mod_zero a

theorem nat_one_div_two : (1 : ℕ) / 2 = 0 := rfl

theorem nat_sub_add_eq_max (a b : ℕ) : a - b + b = max a b := by omega

theorem nat_max_zero_sub (γ s : ℕ) : max 0 (γ - s) = γ - s := by simp

/-- `Eq` is reflexive, also for `Float` (NaN included): the IEEE `==` is a different relation. -/
theorem float_eq_refl (x : Float) : x = x := rfl

theorem take_drop_sum (xs : List ℕ) (k : ℕ) : (xs.take k).sum + (xs.drop k).sum = xs.sum := by
  rw [← List.sum_append, List.take_append_drop]

/-- `take` saturates: it never invents elements. -/
theorem take_length (xs : List ℕ) (k : ℕ) : (xs.take k).length = min k xs.length :=
  List.length_take

/-- `zip` stops at the shorter list. -/
theorem zip_length (xs ys : List ℕ) : (xs.zip ys).length = min xs.length ys.length :=
  List.length_zip

theorem fin_val_add {n : ℕ} (i j : Fin n) : (i + j).val = (i.val + j.val) % n :=
  Fin.val_add i j

/-- A list over the empty type `Fin 0` is empty. -/
theorem list_fin_zero (xs : List (Fin 0)) : xs = [] := by
  cases xs with
  | nil => rfl
  | cons i _ => exact i.elim0

theorem range_length (n : ℕ) : (List.range n).length = n := List.length_range

/-- Gauss on `List.range (n + 1) = [0, …, n]`; the division is exact. -/
theorem range_succ_sum (n : ℕ) : (List.range (n + 1)).sum = n * (n + 1) / 2 := by
  induction n with
  | zero => rfl
  | succ k ih => rw [List.sum_range_succ, ih]; omega

theorem replicate_sum (k a : ℕ) : (List.replicate k a).sum = k * a := by
  simp [List.sum_replicate]

theorem count_le_length (xs : List ℕ) (a : ℕ) : xs.count a ≤ xs.length :=
  List.count_le_length

/-- Only the empty list of naturals has all its elements below zero. -/
theorem all_neg_nil (xs : List ℕ) (h : ∀ x ∈ xs, x < 0) : xs = [] := by
  cases xs with
  | nil => rfl
  | cons x _ => exact absurd (h x (by simp)) (Nat.not_lt_zero x)

theorem foldl_add_eq_sum (xs : List ℕ) : xs.foldl (· + ·) 0 = xs.sum := by
  simp [List.sum_eq_foldl]

/-- Duplicates count in a list sum. -/
theorem sum_pair_dup {n : ℕ} (i : Fin n) (f : Fin n → ℕ) : ([i, i].map f).sum = 2 * f i := by
  simp; ring

theorem mean_replicate_zero {n : ℕ} {Context Target Pred : Type} (i : Fin n)
    (context : Context) (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℝ) :
    jepaMeanLoss (List.replicate 0 i) context target predict repLoss = 0 := by
  simp [jepaMeanLoss, jepaLossR]

theorem real_sqrt_neg : Real.sqrt (-4) = 0 :=
  Real.sqrt_eq_zero_of_nonpos (by norm_num)

theorem real_half_decimal : (1 : ℝ) / 2 = 0.5 := by norm_num

theorem int_div_zero (a : ℤ) : a / 0 = 0 := Int.ediv_zero a

theorem int_mod_zero (a : ℤ) : a % 0 = a := Int.emod_zero a

/-- For a positive divisor `Int.ediv` floors: `-1 = 2 * (-1) + 1`. -/
theorem int_neg_one_div_two : (-1 : ℤ) / 2 = -1 := by decide

theorem int_emod_lt (a b : ℤ) (hb : 0 < b) : a % b < b :=
  Int.emod_lt_of_pos a hb

theorem nat_div_le_self (a b : ℕ) : a / b ≤ a := Nat.div_le_self a b

/-- A numeral in `Fin 2` is taken modulo 2. -/
theorem fin_numeral_wraps : (3 : Fin 2) = 1 := rfl

theorem fin_one_eq_zero (i : Fin 1) : i = 0 := Subsingleton.elim i 0

theorem drop_length (xs : List ℕ) (k : ℕ) : (xs.drop k).length = xs.length - k :=
  List.length_drop

theorem zipWith_length (xs ys : List ℕ) :
    (List.zipWith (· + ·) xs ys).length = min xs.length ys.length :=
  List.length_zipWith

/-- A finset counts `2` once; the list `[2, 2]` counts it twice. -/
theorem toFinset_dedup (f : ℕ → ℕ) : ∑ i ∈ [2, 2].toFinset, f i = f 2 := by
  simp

theorem head_nil_default : ([] : List ℕ).head! = 0 := rfl

theorem getElem_out_of_range (xs : List ℕ) (i : ℕ) (h : xs.length ≤ i) : xs[i]! = 0 := by
  simp [List.getElem!_eq_getElem?_getD, List.getElem?_eq_none h]

end JepaFormal.Corpus.TrueLaws
