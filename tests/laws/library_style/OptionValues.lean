/-
Library-style corpus: `Option` values as the prover reads them: an option built by `some`,
`none` and `if` (`xs.head?`, `xs[i]?`, `o.map f`) or an option variable is the pair (is it
`some`?, its value), so `o₁ = o₂` is `(s₁ ↔ s₂) ∧ (s₁ → v₁ = v₂)` and `o.getD d` is
`if s then v else d`. `find?` and a function returning an option stay concrete only. Tags as
in `List.lean`.
-/
namespace List

variable {α β : Type}

-- expect: proved
theorem head?_cons'' (a : α) (l : List α) : (a :: l).head? = some a := rfl

-- expect: refuted
theorem head?_cons_false (a : α) (l : List α) : (l ++ [a]).head? = some a := by sorry

-- expect: proved
theorem getElem?_eq_none'' {l : List α} {n : ℕ} (h : l.length ≤ n) : l[n]? = none := by sorry

-- expect: refuted
theorem getElem?_eq_none_false {l : List α} {n : ℕ} (h : n ≤ l.length) : l[n]? = none := by
  sorry

-- expect: proved
theorem head?_map'' (f : α → β) (l : List α) : (l.map f).head? = l.head?.map f := by sorry

-- expect: refuted
theorem head?_map_false (f : α → α) (l : List α) : (l.map f).head? = l.head? := by sorry

-- expect: pass
theorem find?_cons_of_pos'' {p : α → Bool} {a : α} (l : List α) (h : p a) :
    find? p (a :: l) = some a := by sorry

end List

namespace Option

variable {α β γ : Type}

-- expect: proved
theorem map_map'' (f : α → β) (g : β → γ) (x : Option α) :
    (x.map f).map g = x.map (g ∘ f) := by sorry

-- expect: refuted
theorem map_map_false (f : α → α) (g : α → α) (x : Option α) :
    (x.map f).map g = x.map (f ∘ g) := by sorry

-- expect: proved
theorem map_eq_none''' {f : α → β} {x : Option α} : x.map f = none ↔ x = none := by sorry

-- expect: refuted
theorem map_eq_some_false' (f : ℕ → ℕ) (x : Option ℕ) (a : ℕ) (h : x = some a) :
    x.map f = some a := by sorry

-- expect: proved
theorem some_inj'' {a b : α} : some a = some b ↔ a = b := by sorry

-- expect: proved
theorem isSome_map'' (f : α → β) (x : Option α) : (x.map f).isSome = x.isSome := by sorry

-- expect: refuted
theorem getD_eq_false' (x : Option ℕ) (a b : ℕ) : x.getD a = x.getD b := by sorry

-- expect: pass
theorem getD_map'' (f : α → β) (x : Option α) (d : α) :
    (x.map f).getD (f d) = f (x.getD d) := by sorry

end Option
