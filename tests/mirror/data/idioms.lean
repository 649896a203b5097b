namespace T
variable {n : ℕ}

structure Contract (n : ℕ) where
  targetIdxs : List (Fin n)
  guard : ℕ := 0
  deriving Repr

def c3 (xs : List (Fin 3)) : Contract 3 where
  targetIdxs := xs
  guard := 1

def lastAcc {α : Type*} (xs : List α) (d : α) : α :=
  let (_, acc) := xs.foldl (fun (p : ℕ × α) x => (p.1 + 1, x)) (0, d)
  acc

def pushAll (xs : Array ℕ) (x : ℕ) : Array ℕ := xs.push x

def ones (d : ℕ) : Array ℕ := Array.replicate d 1

noncomputable def sqDist {d : ℕ} (z w : Fin d → ℝ) : ℝ := ∑ j : Fin d, (z j - w j) ^ 2

def total (f : Fin n → ℕ) : ℕ := Finset.univ.sum f

def withG (x : ℕ) (g : ℕ → ℕ := fun _ => 0) : ℕ := x + g x

def countdown : ℕ → List ℕ
  | 0 => []
  | k + 1 => k :: countdown k
termination_by k => k

instance : Inhabited (Contract n) := ⟨⟨[], 0⟩⟩

example (xs : List (Fin 3)) : (c3 xs).guard = 1 := rfl
theorem lastAcc_cons (x : ℕ) (xs : List ℕ) : lastAcc (xs ++ [x]) 0 = x := by sorry
theorem push_size (xs : Array ℕ) (x : ℕ) : (pushAll xs x).size = xs.size + 1 := by simp
theorem ones_sum (d : ℕ) : (ones d).sum = d := by simp
theorem sqDist_self {d : ℕ} (z : Fin d → ℝ) : sqDist z z = 0 := by simp
theorem total_le (f : Fin n → ℕ) (h : ∀ i, f i ≤ 1) : total f ≤ n := by sorry
theorem withG_default (x : ℕ) : withG x = x := rfl
theorem withG_named (x : ℕ) : withG x (g := fun y => y) = 2 * x := by omega
theorem countdown_len (k : ℕ) : (countdown k).length = k := by sorry
theorem root_ref (xs : List (Fin 3)) : (_root_.T.c3 xs).targetIdxs = xs := rfl
open List in
theorem open_in (xs : List ℕ) : (xs.map id).length = xs.length := by simp
theorem mean_zero : ((0 : ℝ) / 0) = 0 := by simp
theorem fin_ext (i : Fin 3) : (↑i : ℕ) < 3 := i.isLt
theorem implies_chain (a b c : ℕ) (h₁ : a ≤ b) : b ≤ c → a ≤ c := by omega
theorem exists_idx (xs : List ℕ) (h : xs ≠ []) : ∃ x ∈ xs, x ≤ xs.sum := by sorry
theorem zipped (xs ys : List ℕ) : (xs.zip ys).length = min xs.length ys.length := by simp
theorem iff_law (b : Bool) : (b = true) ↔ ¬ (b = false) := by simp
end T
