/-
Library-style corpus: the bitwise operations on `ℕ` as `Init/Data/Nat/Bitwise/Lemmas.lean` and
Mathlib's `Data/Nat/Bitwise` state their algebraic facts (`&&&`, `|||`, `^^^`): commutativity,
identities, self-cancellation, the order facts, and what follows from them bit by bit. Laws
that need more than those facts (associativity) may stay `tested`. False twins swap one
operation or drop one side. Tags as in `List.lean`; `proved` asks for a symbolic proof.
-/
namespace Nat

-- expect: proved
theorem lor_comm' (x y : ℕ) : x ||| y = y ||| x := by sorry

-- expect: proved
theorem xor_comm' (x y : ℕ) : x ^^^ y = y ^^^ x := by sorry

-- expect: proved
theorem land_self' (x : ℕ) : x &&& x = x := by sorry

-- expect: proved
theorem lor_self' (x : ℕ) : x ||| x = x := by sorry

-- expect: proved
theorem zero_land' (x : ℕ) : 0 &&& x = 0 := by sorry

-- expect: proved
theorem land_zero' (x : ℕ) : x &&& 0 = 0 := by sorry

-- expect: proved
theorem zero_lor' (x : ℕ) : 0 ||| x = x := by sorry

-- expect: proved
theorem xor_zero' (x : ℕ) : x ^^^ 0 = x := by sorry

-- expect: proved
theorem zero_xor' (x : ℕ) : 0 ^^^ x = x := by sorry

-- expect: proved
theorem and_le_left' {n m : ℕ} : n &&& m ≤ n := by sorry

-- expect: proved
theorem and_le_right' {n m : ℕ} : n &&& m ≤ m := by sorry

-- expect: proved
theorem left_le_or' {n m : ℕ} : n ≤ n ||| m := by sorry

-- expect: proved
theorem xor_eq_zero' {n m : ℕ} : n ^^^ m = 0 ↔ n = m := by sorry

-- expect: proved
theorem land_add_lor (a b : ℕ) : (a &&& b) + (a ||| b) = a + b := by sorry

-- expect: proved
theorem or_le_add (a b : ℕ) : a ||| b ≤ a + b := by sorry

-- expect: proved
theorem xor_le_or (a b : ℕ) : a ^^^ b ≤ a ||| b := by sorry

-- expect: proved
theorem land_comm_in_sum (a b c : ℕ) : (a &&& b) + c = c + (b &&& a) := by sorry

-- expect: pass
theorem land_assoc' (x y z : ℕ) : x &&& y &&& z = x &&& (y &&& z) := by sorry

-- expect: pass
theorem xor_cancel_left' (a b : ℕ) : a ^^^ (a ^^^ b) = b := by sorry

-- expect: refuted
theorem lor_eq_add_false (a b : ℕ) : a ||| b = a + b := by sorry

-- expect: refuted
theorem xor_eq_sub_false (a b : ℕ) : a ^^^ b = a - b := by sorry

-- expect: refuted
theorem le_land_false (a b : ℕ) : a ≤ a &&& b := by sorry

-- expect: refuted
theorem xor_eq_zero_false {n m : ℕ} : n ^^^ m = 0 ↔ n = 0 := by sorry

-- expect: refuted
theorem lor_self_false (a : ℕ) : a ||| a = 0 := by sorry

-- expect: refuted
theorem land_one_false (a : ℕ) : a &&& 1 = 1 := by sorry

-- expect: refuted
theorem land_xor_false (a b : ℕ) : a &&& b = a ^^^ b := by sorry

end Nat
