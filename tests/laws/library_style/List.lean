/-
Library-style corpus: statements in the style of Lean's `Init/Data/List/Lemmas.lean` and
Mathlib's `Data/List/*`, read as a user would point the tool at them. Each theorem carries the
verdict it must get (`expect: pass` = proved, bounded or tested; `proved`; `refuted`;
`unsupported`); every `_false` twin drops what makes its sibling true (a hypothesis, an
instance binder, the namespace) and must be refuted.
-/
prelude
import Init.Data.List.Basic

namespace List

open Nat

variable {α : Type} [DecidableEq α]

-- expect: pass
@[simp] theorem length_append' (as bs : List α) : (as ++ bs).length = length as + length bs := by
  induction as <;> simp_all [Nat.succ_add]

-- expect: pass
theorem length_reverse' (l : List α) : length (reverse l) = length l := by simp

-- `length` inside `namespace List` is `List.length`; `l` and `n` are auto-bound implicits
-- expect: pass
theorem length_take_le' : length (take n l) ≤ n := by simp

-- expect: refuted
theorem length_take_false : length (take n l) = n := by sorry

-- untyped binders, typed from use
-- expect: pass
theorem length_drop' (n) (l : List α) : length (drop n l) = length l - n := by simp

-- expect: pass
theorem reverse_reverse' {l} : reverse (reverse l) = (l : List α) := by simp

-- BEq at a type with `DecidableEq`: `count`, `erase`, `contains`
-- expect: pass
theorem count_append' (a : α) (l₁ l₂ : List α) :
    count a (l₁ ++ l₂) = count a l₁ + count a l₂ := by simp

-- expect: pass
theorem length_erase_of_mem' {a : α} {l : List α} (h : a ∈ l) :
    length (l.erase a) = length l - 1 := by sorry

-- expect: refuted
theorem length_erase_false {a : α} {l : List α} : length (l.erase a) = length l - 1 := by sorry

-- expect: pass
theorem contains_iff_mem {a : α} {l : List α} : l.contains a = true ↔ a ∈ l := by simp

-- the sublist family
-- expect: proved
theorem sublist_append_left' (l₁ l₂ : List α) : l₁ <+ l₁ ++ l₂ := by simp

-- expect: refuted
theorem sublist_append_false (l₁ l₂ : List α) : l₁ ++ l₂ <+ l₁ := by sorry

-- expect: proved
theorem prefix_append' (l₁ l₂ : List α) : l₁ <+: l₁ ++ l₂ := ⟨l₂, rfl⟩

-- expect: proved
theorem suffix_append' (l₁ l₂ : List α) : l₂ <:+ l₁ ++ l₂ := ⟨l₁, rfl⟩

-- expect: proved
theorem infix_append' (l₁ l₂ l₃ : List α) : l₂ <:+: l₁ ++ l₂ ++ l₃ := ⟨l₁, l₃, rfl⟩

-- expect: proved
theorem perm_append_comm' {l₁ l₂ : List α} : l₁ ++ l₂ ~ l₂ ++ l₁ := by simp

-- expect: refuted
theorem append_comm_false {l₁ l₂ : List α} : l₁ ++ l₂ = l₂ ++ l₁ := by sorry

-- expect: proved
theorem subset_append_left' (l₁ l₂ : List α) : l₁ ⊆ l₁ ++ l₂ := by simp

-- expect: proved
theorem mem_union_iff' {a : α} {l₁ l₂ : List α} : a ∈ l₁ ∪ l₂ ↔ a ∈ l₁ ∨ a ∈ l₂ := by simp

-- expect: proved
theorem mem_inter_iff' {a : α} {l₁ l₂ : List α} : a ∈ l₁ ∩ l₂ ↔ a ∈ l₁ ∧ a ∈ l₂ := by simp

-- expect: refuted
theorem inter_comm_false {l₁ l₂ : List α} : l₁ ∩ l₂ = l₂ ∩ l₁ := by sorry

-- expect: proved
theorem disjoint_nil_left' (l : List α) : Disjoint [] l := by simp

-- expect: refuted
theorem disjoint_self_false (l : List α) : Disjoint l l := by sorry

-- `get?`, `find?`, `l[i]?`, `l[i]!`
-- expect: pass
theorem get?_eq_none' {l : List α} {n : ℕ} (h : length l ≤ n) : l.get? n = none := by sorry

-- expect: pass
theorem getElem?_append_left' {l₁ l₂ : List α} {n : ℕ} (h : n < l₁.length) :
    (l₁ ++ l₂)[n]? = l₁[n]? := by sorry

-- expect: refuted
theorem getElem?_append_false {l₁ l₂ : List α} {n : ℕ} : (l₁ ++ l₂)[n]? = l₁[n]? := by sorry

-- expect: pass
theorem find?_nil' (p : α → Bool) : find? p [] = none := rfl

-- expect: proved
theorem diff_nil' (l : List α) : l.diff [] = l := rfl

-- expect: proved
theorem length_diff_le (l₁ l₂ : List α) : (l₁.diff l₂).length ≤ l₁.length := by sorry

-- `open Nat` inside `namespace List`: `succ` is `Nat.succ`
-- expect: pass
theorem length_cons' (a : α) (l : List α) : length (a :: l) = succ (length l) := rfl

-- the ASCII cdot `(. + m)` and universe arguments `.{u}`
-- expect: pass
theorem length_map_add' (l : List ℕ) (m : ℕ) : (l.map (. + m)).length = l.length := by simp

-- expect: refuted
theorem map_add_false (l : List ℕ) (m : ℕ) : l.map (. + m) = l := by sorry

-- expect: pass
theorem length_nil' : (nil.{0} : List ℕ).length = 0 := rfl

-- expect: pass
theorem nil_append'' (l : List.{0} α) : nil ++ l = l := rfl

-- `l[i+1]` is an index (only `-[n+1]` is `Int.negSucc n`)
-- expect: pass
theorem getElem_cons_succ' (a : α) (as : List α) (i : ℕ) (h : i + 1 < (a :: as).length) :
    (a :: as)[i+1] = as[i]'(Nat.lt_of_succ_lt_succ h) := rfl

-- expect: refuted
theorem getElem_cons_succ_false (a : α) (as : List α) (i : ℕ) (h : i + 1 < (a :: as).length) :
    (a :: as)[i+1] = as[i+1]! := by sorry

-- `xs[i]!` at a type variable: its `default` is one value of the type that no law may assume
-- expect: proved
theorem getElem!_cons_zero' [Inhabited α] (a : α) (l : List α) : (a :: l)[0]! = a := by simp

-- expect: refuted
theorem getElem!_default_false [Inhabited α] (a : α) (l : List α) : l[0]! = a := by sorry

-- expect: refuted
theorem getElem!_nil_false [Inhabited α] (a : α) (i : ℕ) : ([] : List α)[i]! = a := by sorry

-- universe parameters on the declaration's name
-- expect: pass
theorem length_reverse_univ.{u} {β : Type u} (l : List β) : l.reverse.length = l.length := by
  simp

-- expect: refuted
theorem reverse_univ_false.{u} {β : Type u} (l : List β) : l.reverse = l := by sorry

-- `h ▸ i`: the index keeps its value, its type `Fin l.length` becomes `Fin l'.length`
-- expect: pass
theorem get_of_eq' {l l' : List α} (h : l = l') (i : Fin l.length) :
    l.get i = l'.get (h ▸ i) := by subst h; rfl

-- expect: refuted
theorem get_of_length_eq_false {l l' : List α} (h : l.length = l'.length) (i : Fin l.length) :
    l.get i = l'.get (h ▸ i) := by sorry

-- expect: pass
theorem getElem_of_eq' {l l' : List ℕ} (h : l = l') (i : ℕ) (hi : i < l.length) :
    l[i] = l'[i]'(h ▸ hi) := by subst h; rfl

-- `..` in a pattern: the remaining arguments are wildcards
def headD' : List α → α → α
  | .cons a .., _ => a
  | [], d => d

-- expect: pass
theorem headD'_cons (a d : α) (l : List α) : headD' (a :: l) d = a := rfl

-- expect: refuted
theorem headD'_false (a d : α) (l : List α) : headD' l d = d := by sorry

-- a definition's binder without a type, typed from its use in the body
def sumWith (l) (f : α → ℕ) := (List.map f l).sum

-- expect: pass
theorem sumWith_append (l₁ l₂ : List α) (f : α → ℕ) :
    sumWith (l₁ ++ l₂) f = sumWith l₁ f + sumWith l₂ f := by simp [sumWith]

-- expect: refuted
theorem sumWith_false (l : List α) (f : α → ℕ) : sumWith l f = l.length := by sorry

-- no use fixes `a`'s type (Lean: "failed to infer binder type"): refused, never guessed
def pairUp (a l) := a :: l

-- expect: unsupported
theorem length_pairUp (a : ℕ) (l : List ℕ) : (pairUp a l).length = l.length + 1 := rfl

-- an instance binder this tool does not model
-- expect: unsupported
theorem lt_irrefl'' [LT α] [Std.Irrefl (· < · : α → α → Prop)] (a : α) : ¬ a < a := by sorry

@[deprecated length_reverse' (since := "2025-01-01")] alias length_rev := length_reverse'

grind_pattern length_append' => (as ++ bs).length

end List
