/-
Library-style corpus: `Fin` lemmas in the style of `Init/Data/Fin/*` and Mathlib's
`Data/Fin/*`: `[NeZero n]` instead of `n + 1`, auto-bound `n`, `Nonempty`. Tags as in
`List.lean`.
-/
namespace Fin

variable {n : ℕ}

-- expect: pass
theorem one_pos' [NeZero n] : (0 : Fin (n + 1)) < 1 := by sorry

-- expect: refuted
theorem one_pos_false : (0 : Fin (n + 1)) < 1 := by sorry

-- expect: pass
theorem val_lt' (i : Fin n) : i.val < n := i.isLt

-- expect: pass
theorem pos_of_fin' [Nonempty (Fin n)] : 0 < n := by sorry

-- expect: refuted
theorem pos_false : 0 < n := by sorry

-- expect: pass
theorem val_add' (a b : Fin n) : (a + b).val = (a.val + b.val) % n := by sorry

-- expect: refuted
theorem val_add_false (a b : Fin n) : (a + b).val = a.val + b.val := by sorry

-- expect: pass
theorem zero_val' [NeZero n] : (0 : Fin n).val = 0 := by sorry

-- a type constrained only by instances this tool does not model
-- expect: unsupported
theorem ext_funLike {F R : Type} [FunLike F ℕ R] (f g : F) : f = g := by sorry

end Fin
