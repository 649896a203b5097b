/-
Library-style corpus: `Nat` lemmas in the style of `Init/Data/Nat/*` and Mathlib's
`Data/Nat/*`: instance binders that carry hypotheses, `include`, protected names, shifts and
bitwise operators, `≡ [MOD n]`. Tags as in `List.lean`.
-/
namespace Nat

-- expect: pass
theorem succ_pred' (n : ℕ) [NeZero n] : succ (pred n) = n := by sorry

-- expect: refuted
theorem succ_pred_false (n : ℕ) : succ (pred n) = n := by sorry

-- expect: pass
theorem div_self' (n : ℕ) [NeZero n] : n / n = 1 := by sorry

-- expect: refuted
theorem div_self_false (n : ℕ) : n / n = 1 := by sorry

-- expect: pass
theorem one_lt_of_fact (p : ℕ) [Fact (1 < p)] : 1 < p := Fact.out

section
variable {n : ℕ} [n.AtLeastTwo]

-- expect: pass
theorem one_lt_of_atLeastTwo : 1 < n := by sorry

-- expect: pass
theorem sub_one_pos' : 0 < n - 1 := by sorry

end

-- expect: refuted
theorem sub_one_pos_false (n : ℕ) : 0 < n - 1 := by sorry

section Pos
variable (n : ℕ) (hn : 0 < n)

include hn in
-- expect: pass
theorem sub_one_add_one' : n - 1 + 1 = n := by omega

-- `hn` is not mentioned and not included: not a hypothesis
-- expect: refuted
theorem sub_one_add_one_false : n - 1 + 1 = n := by sorry

end Pos

-- shifts and bitwise operators
-- expect: pass
theorem shiftLeft_eq' (a b : ℕ) : a <<< b = a * 2 ^ b := by sorry

-- expect: pass
theorem shiftRight_eq_div_pow' (a b : ℕ) : a >>> b = a / 2 ^ b := by sorry

-- expect: refuted
theorem shiftRight_false (a b : ℕ) : a >>> b = a * 2 ^ b := by sorry

-- expect: proved
theorem land_comm' (a b : ℕ) : a &&& b = b &&& a := by sorry

-- expect: proved
theorem xor_self' (a : ℕ) : a ^^^ a = 0 := by sorry

-- expect: proved
theorem lor_zero' (a : ℕ) : a ||| 0 = a := by sorry

-- expect: refuted
theorem land_lor_false (a b : ℕ) : a &&& b = a ||| b := by sorry

-- `≡ [MOD n]`
-- expect: pass
theorem add_mod_right' (a n : ℕ) : a + n ≡ a [MOD n] := by sorry

-- expect: refuted
theorem add_one_mod_false (a n : ℕ) : a + 1 ≡ a [MOD n] := by sorry

-- `Nat.sub` is protected: reached by its full name only
-- expect: pass
theorem sub_full_name (a b : ℕ) : Nat.sub a b = a - b := rfl

-- expect: pass
theorem pred_eq_sub_one' (n : ℕ) : pred n = n - 1 := rfl

end Nat
