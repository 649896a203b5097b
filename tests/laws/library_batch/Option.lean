/-
Library batch: `Option` values from lists and the `Option` API, as core's
`Init/Data/List/Lemmas.lean`, `Init/Data/List/Find.lean` and `Init/Data/Option/Lemmas.lean`
state them. Tags as in `NatGcd.lean`.
-/
namespace List

variable {α β : Type}

-- lean: true
theorem mem_of_head?_eq_some' {l : List α} {a : α} (h : l.head? = some a) : a ∈ l := by sorry

-- lean: true
theorem head?_nil' : ([] : List α).head? = none := rfl

-- lean: true
theorem head?_cons' (a : α) (l : List α) : (a :: l).head? = some a := rfl

-- lean: true
theorem head?_eq_none_iff' {l : List α} : l.head? = none ↔ l = [] := by sorry

-- lean: true
theorem head?_isSome' {l : List α} : l.head?.isSome ↔ l ≠ [] := by sorry

-- lean: true
theorem getLast?_eq_none_iff' {l : List α} : l.getLast? = none ↔ l = [] := by sorry

-- lean: true
theorem mem_of_getLast?_eq_some' {l : List α} {a : α} (h : l.getLast? = some a) : a ∈ l := by
  sorry

-- lean: true
theorem getLast?_concat' (l : List α) (a : α) : (l ++ [a]).getLast? = some a := by sorry

-- lean: true
theorem head?_reverse' (l : List α) : l.reverse.head? = l.getLast? := by sorry

-- lean: true
theorem getLast?_reverse' (l : List α) : l.reverse.getLast? = l.head? := by sorry

-- lean: true
theorem head?_append_of_ne_nil' {l₁ : List α} (l₂ : List α) (h : l₁ ≠ []) :
    (l₁ ++ l₂).head? = l₁.head? := by sorry

-- lean: true
theorem head?_map' (f : α → β) (l : List α) : (l.map f).head? = l.head?.map f := by sorry

-- lean: true
theorem getElem?_eq_none' {l : List α} {n : ℕ} (h : l.length ≤ n) : l[n]? = none := by sorry

-- lean: true
theorem getElem?_map' (f : α → β) (l : List α) (n : ℕ) : (l.map f)[n]? = l[n]?.map f := by
  sorry

-- lean: true
theorem getElem?_mem' {l : List α} {n : ℕ} {a : α} (e : l[n]? = some a) : a ∈ l := by sorry

-- lean: true
theorem getElem?_replicate_of_lt' {n m : ℕ} {a : α} (h : m < n) :
    (replicate n a)[m]? = some a := by sorry

-- lean: true
theorem isSome_getElem?' {l : List α} {n : ℕ} : l[n]?.isSome ↔ n < l.length := by sorry

-- lean: true
theorem find?_some' {p : α → Bool} {a : α} {l : List α} (h : find? p l = some a) :
    p a = true := by sorry

-- lean: true
theorem mem_of_find?_eq_some' {p : α → Bool} {a : α} {l : List α} (h : find? p l = some a) :
    a ∈ l := by sorry

-- lean: true
theorem find?_eq_none' {p : α → Bool} {l : List α} :
    find? p l = none ↔ ∀ x ∈ l, ¬ p x := by sorry

-- lean: true
theorem find?_cons_of_pos' {p : α → Bool} {a : α} (l : List α) (h : p a) :
    find? p (a :: l) = some a := by sorry

-- lean: true
theorem find?_replicate_of_neg' {p : α → Bool} {n : ℕ} {a : α} (h : ¬ p a) :
    find? p (replicate n a) = none := by sorry

-- lean: true
theorem find?_map' (f : β → α) (p : α → Bool) (l : List β) :
    find? p (l.map f) = (l.find? (p ∘ f)).map f := by sorry

-- lean: true
theorem head?_range' (n : ℕ) : (range n).head? = if n = 0 then none else some 0 := by sorry

-- lean: false
theorem head?_append_false (l₁ l₂ : List α) : (l₁ ++ l₂).head? = l₁.head? := by sorry

-- lean: false
theorem head?_eq_getLast?_false (l : List α) : l.head? = l.getLast? := by sorry

-- lean: false
theorem getElem?_isSome_false {l : List α} {n : ℕ} : l[n]?.isSome ↔ n ≤ l.length := by sorry

-- lean: false
theorem find?_cons_false {p : α → Bool} {a : α} (l : List α) :
    find? p (a :: l) = some a := by sorry

-- lean: false
theorem getElem?_replicate_false {n m : ℕ} {a : α} : (replicate n a)[m]? = some a := by sorry

-- lean: false
theorem getLast?_cons_false (a : α) (l : List α) : (a :: l).getLast? = some a := by sorry

end List

namespace Option

variable {α β γ : Type}

-- lean: true
theorem map_map' (f : α → β) (g : β → γ) (x : Option α) :
    (x.map f).map g = x.map (g ∘ f) := by sorry

-- lean: true
theorem map_id'' (x : Option α) : x.map id = x := by sorry

-- lean: true
theorem map_none'' (f : α → β) : (none : Option α).map f = none := rfl

-- lean: true
theorem map_some'' (f : α → β) (a : α) : (some a).map f = some (f a) := rfl

-- lean: true
theorem bind_some' (x : Option α) : x.bind some = x := by sorry

-- lean: true
theorem some_bind' (a : α) (f : α → Option β) : (some a).bind f = f a := rfl

-- lean: true
theorem none_bind' (f : α → Option β) : (none : Option α).bind f = none := rfl

-- lean: true
theorem getD_some' (a b : α) : (some a).getD b = a := rfl

-- lean: true
theorem getD_none' (b : α) : (none : Option α).getD b = b := rfl

-- lean: true
theorem isSome_map' (f : α → β) (x : Option α) : (x.map f).isSome = x.isSome := by sorry

-- lean: true
theorem isSome_none' : (none : Option α).isSome = false := rfl

-- lean: true
theorem isSome_iff_exists' {x : Option α} : x.isSome ↔ ∃ a, x = some a := by sorry

-- lean: true
theorem getD_map' (f : α → β) (x : Option α) (d : α) : (x.map f).getD (f d) = f (x.getD d) := by
  sorry

-- lean: true
theorem map_eq_none'' {f : α → β} {x : Option α} : x.map f = none ↔ x = none := by sorry

-- lean: true
theorem bind_map_comm' (x : Option α) (f : α → β) (g : β → Option γ) :
    (x.map f).bind g = x.bind (g ∘ f) := by sorry

-- lean: true
theorem some_ne_none' (a : α) : some a ≠ none := by sorry

-- lean: true
theorem some_inj' {a b : α} : some a = some b ↔ a = b := by sorry

-- lean: false
theorem getD_map_false (f : α → β) (x : Option α) (d : β) : (x.map f).getD d = d := by sorry

-- lean: false
theorem isSome_bind_false (x : Option α) (f : α → Option β) :
    (x.bind f).isSome = x.isSome := by sorry

-- lean: false
theorem getD_eq_false (x : Option ℕ) (a b : ℕ) : x.getD a = x.getD b := by sorry

-- lean: false
theorem map_eq_some_false (f : ℕ → ℕ) (x : Option ℕ) (a : ℕ) (h : x = some a) :
    x.map f = some a := by sorry

end Option
