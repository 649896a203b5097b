/- Every construct of docs `lean-syntax.md`, one declaration per group (jepa-formal corpus). -/
import Mathlib.Data.Real.Basic

namespace Corpus
namespace Terms

-- application, named arguments, explicit `@f`
def applyTwice (f : ℕ → ℕ) (x : ℕ) : ℕ := f (f x)
def named (d : ℕ) (g : ℕ → ℕ := fun _ => 0) : ℕ := g d
theorem app_named (d : ℕ) : named (d := d) (g := fun _ => 0) = 0 := rfl
theorem app_explicit : @applyTwice (fun x => x + 1) 0 = 2 := rfl

-- fun / λ, typed and pattern binders, (· + 1)
theorem lambdas (α : Type) (xs : List (ℕ × ℕ)) :
    (xs.map fun ⟨a, b⟩ => a + b) = xs.map (λ p ↦ p.1 + p.2) ∧
      (fun (i : ℕ) => i) = id ∧ [1, 2].map (· + 1) = [2, 3] ∧
      (fun (acc : α × List α) x => (x, acc.2)) = fun acc x => (x, acc.2) := by
  sorry

-- dot notation
theorem dots (idxs : List ℕ) (f : ℕ → ℕ) (edge : ℕ × ℕ) (n d : ℕ) :
    (idxs.map f).sum + idxs.reverse.length + edge.1 = (List.replicate d 0 |>.length) + Nat.succ n := by
  sorry

-- operators and their precedences
theorem operators (a b c : ℕ) (p q r : Prop) (s t : List ℕ) (x y : ℤ) (u : ℝ) (v : Fin 3 → ℝ)
    (f g : ℕ → ℕ) (bb : Bool) :
    a ^ 2 * b / c % 3 + a - b = c ∧ s ++ t = a :: t ∧ a ≠ b ∧ a < b ∧ a ≤ b ∧ a > b ∧ a ≥ b ∧
      a ∈ s ∧ a ∉ t ∧ (¬p ∨ q ↔ (p → q)) ∧ (f ∘ g) a = (f <| g $ a) ∧ (a |> f) = f a ∧
      (2 : ℝ) • v = v ∧ u⁻¹ = -u ∧ -x = ↑a ∧ |x - y| = |y - x| ∧ (!bb && bb || bb) = false := by
  sorry

-- binders in terms
theorem binders_in_terms (idxs : List ℕ) (P : ℕ → Prop) (d : ℕ) (f : Fin d → ℝ) (s : Finset ℕ)
    (g : ℕ → ℝ) :
    (∀ i ∈ idxs, P i) ∧ (∀ (x : ℕ) (y : ℕ), x + y = y + x) ∧ (∃ x, P x) ∧
      ∑ j : Fin d, f j = ∑ j ∈ s, g j ∧ ∏ j ∈ s, g j = 1 := by
  sorry

-- literals
theorem literals (a b : ℕ) (s : Unit) :
    (0 : ℕ) + 3 = 3 ∧ (2.5 : ℝ) = (1 : ℝ) ∧ ([] : List ℕ) = [a, b] ∧ (#[] : Array ℕ) = #[a, b] ∧
      () = s ∧ (a, b) = ⟨a, b⟩ ∧ true = false ∧ True ∧ ¬False := by
  sorry

structure Point where
  x : ℕ
  y : ℕ := 0

theorem struct_literals (s : Point) :
    ({ x := 1, y := 2 } : Point) = { s with y := 3 } := by
  sorry

-- if / let / match / ascription / show
def classify (n : ℕ) : ℕ :=
  if h : n < 3 then 0 else if n = 3 then 1 else 2

def lets (n : ℕ) : ℕ :=
  let a := n + 1; let b := a * 2
  let c := b - 1
  a + b + c

def firstOr (xs : List ℕ) (d : ℕ) : ℕ :=
  match xs with
  | [] => d
  | x :: _ => x

def pairSum : ℕ × ℕ → ℕ
  | (a, b) => a + b

theorem ascribe_show (n : ℕ) : ((n : ℤ) : ℤ) = n := show (n : ℤ) = n from rfl

-- ASCII spellings
theorem ascii (p q : Prop) (a b : ℕ) (f : Nat -> Int) (r : Real) :
    (p -> q) /\ (p <-> p) \/ (forall x : Nat, exists y, x <= y) /\ a >= b /\ a != b := by
  sorry

-- identifiers: subscripts, primes, Greek, dotted, guillemets
theorem «weird name» (target₁ x' γ : ℕ) (hγ : 0 < γ) (hμ : γ ≤ x') :
    target₁ + x' + γ = Corpus.Terms.applyTwice id γ := by
  sorry

-- Type*, Sort u, arrays, indexing
def pushAll {α : Type*} (xs : Array α) (x : α) : Array α := xs.push x
def ones (d : ℕ) : Array ℕ := Array.replicate d 1
def lookup (xs : Array ℕ) (i : ℕ) : ℕ := xs[i]!
def sortId {β : Sort u} (b : β) : β := b
theorem finsum (d : ℕ) (f : Fin d → ℕ) : Finset.univ.sum f = ∑ j, f j := rfl

-- auto-bound implicit `α` (no binder introduces it), and comments inside a statement
theorem auto_bound (xs : List α) :
    xs.reverse.length -- a trailing comment
      = /- an inline comment -/ xs.length := by
  simp

end Terms

section
variable {α : Type} [Add α] ⦃x : α⦄

/-- Structure instance spread over several lines with no commas. -/
def mkPoint (a : ℕ) : Terms.Point :=
  { x := a
    y := a + 1 }

theorem strict_binder (f : α → α) (h : ∀ ⦃y : α⦄, f y = y) : f x = x := h

end

end Corpus
