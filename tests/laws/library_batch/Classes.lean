/-
Library batch: instance-polymorphic lemmas as Mathlib's `Algebra/Group/Basic.lean`,
`Algebra/Ring/*`, `Algebra/Order/*` and `Order/Lattice.lean` state them, at their real
instance binders. The false near-misses weaken the class (`Monoid` for `CommMonoid`, `Preorder`
for `PartialOrder`) or drop a hypothesis. Tags as in `NatGcd.lean`.
-/
section CommRing
variable {α : Type} [CommRing α]

-- lean: true
theorem add_sq' (a b : α) : (a + b) ^ 2 = a ^ 2 + 2 * a * b + b ^ 2 := by ring

-- lean: true
theorem sub_sq' (a b : α) : (a - b) ^ 2 = a ^ 2 - 2 * a * b + b ^ 2 := by ring

-- lean: true
theorem mul_self_sub_mul_self' (a b : α) : a * a - b * b = (a + b) * (a - b) := by ring

-- lean: true
theorem neg_mul_neg' (a b : α) : -a * -b = a * b := by ring

-- lean: true
theorem sub_self' (a : α) : a - a = 0 := by ring

end CommRing

section Monoids

-- lean: true
theorem mul_comm' {M : Type} [CommMonoid M] (a b : M) : a * b = b * a := by sorry

-- lean: true
theorem mul_left_comm' {M : Type} [CommMonoid M] (a b c : M) : a * (b * c) = b * (a * c) := by
  sorry

-- lean: true
theorem one_mul' {M : Type} [Monoid M] (a : M) : 1 * a = a := by sorry

-- lean: true
theorem mul_assoc' {M : Type} [Monoid M] (a b c : M) : a * b * c = a * (b * c) := by sorry

-- lean: true
theorem pow_succ' {M : Type} [Monoid M] (a : M) (n : ℕ) : a ^ (n + 1) = a ^ n * a := by sorry

-- lean: true
theorem pow_add' {M : Type} [Monoid M] (a : M) (m n : ℕ) : a ^ (m + n) = a ^ m * a ^ n := by
  sorry

-- lean: true
theorem add_comm' {M : Type} [AddCommMonoid M] (a b : M) : a + b = b + a := by sorry

-- lean: true
theorem Finset.sum_add_distrib'' {M ι : Type} [AddCommMonoid M] {s : Finset ι} {f g : ι → M} :
    ∑ i ∈ s, (f i + g i) = ∑ i ∈ s, f i + ∑ i ∈ s, g i := by sorry

-- lean: true
theorem sub_add_cancel' {G : Type} [AddGroup G] (a b : G) : a - b + b = a := by sorry

-- lean: true
theorem neg_add_cancel' {G : Type} [AddGroup G] (a : G) : -a + a = 0 := by sorry

-- lean: true
theorem mul_inv_rev' {G : Type} [Group G] (a b : G) : (a * b)⁻¹ = b⁻¹ * a⁻¹ := by sorry

-- lean: true
theorem mul_inv' {G : Type} [CommGroup G] (a b : G) : (a * b)⁻¹ = a⁻¹ * b⁻¹ := by sorry

-- lean: false
theorem mul_comm_monoid_false {M : Type} [Monoid M] (a b : M) : a * b = b * a := by sorry

-- lean: false
theorem mul_inv_group_false {G : Type} [Group G] (a b : G) : (a * b)⁻¹ = a⁻¹ * b⁻¹ := by sorry

-- lean: false
theorem add_sq_semiring_false {α : Type} [Semiring α] (a b : α) :
    (a + b) ^ 2 = a ^ 2 + 2 * a * b + b ^ 2 := by sorry

end Monoids

section Orders

-- lean: true
theorem max_comm' {α : Type} [LinearOrder α] (a b : α) : max a b = max b a := by sorry

-- lean: true
theorem min_comm' {α : Type} [LinearOrder α] (a b : α) : min a b = min b a := by sorry

-- lean: true
theorem le_max_left' {α : Type} [LinearOrder α] (a b : α) : a ≤ max a b := by sorry

-- lean: true
theorem min_le_left' {α : Type} [LinearOrder α] (a b : α) : min a b ≤ a := by sorry

-- lean: true
theorem max_le_iff' {α : Type} [LinearOrder α] {a b c : α} : max a b ≤ c ↔ a ≤ c ∧ b ≤ c := by
  sorry

-- lean: true
theorem max_eq_left' {α : Type} [LinearOrder α] {a b : α} (h : b ≤ a) : max a b = a := by sorry

-- lean: true
theorem le_total' {α : Type} [LinearOrder α] (a b : α) : a ≤ b ∨ b ≤ a := by sorry

-- lean: true
theorem min_le_max' {α : Type} [LinearOrder α] (a b : α) : min a b ≤ max a b := by sorry

-- lean: true
theorem le_antisymm' {α : Type} [PartialOrder α] {a b : α} (h₁ : a ≤ b) (h₂ : b ≤ a) : a = b := by
  sorry

-- lean: true
theorem le_trans' {α : Type} [Preorder α] {a b c : α} (h₁ : a ≤ b) (h₂ : b ≤ c) : a ≤ c := by
  sorry

-- lean: true
theorem lt_irrefl' {α : Type} [Preorder α] (a : α) : ¬ a < a := by sorry

-- lean: true
theorem sup_comm' {α : Type} [Lattice α] (a b : α) : a ⊔ b = b ⊔ a := by sorry

-- lean: true
theorem inf_le_left' {α : Type} [Lattice α] (a b : α) : a ⊓ b ≤ a := by sorry

-- lean: false
theorem le_total_partial_false {α : Type} [PartialOrder α] (a b : α) : a ≤ b ∨ b ≤ a := by sorry

-- lean: false
theorem max_eq_left_false {α : Type} [LinearOrder α] {a b : α} (h : a ≤ b) : max a b = a := by
  sorry

-- lean: false
theorem le_antisymm_preorder_false {α : Type} [Preorder α] {a b : α} (h₁ : a ≤ b) (h₂ : b ≤ a) :
    a = b := by sorry

end Orders

section Fields

-- lean: true
theorem div_add_div_same' {α : Type} [Field α] (a b c : α) : a / c + b / c = (a + b) / c := by
  sorry

-- lean: true
theorem div_self' {α : Type} [Field α] {a : α} (h : a ≠ 0) : a / a = 1 := by sorry

-- lean: true
theorem mul_inv_cancel₀' {α : Type} [Field α] {a : α} (h : a ≠ 0) : a * a⁻¹ = 1 := by sorry

-- lean: true
theorem inv_zero' {α : Type} [Field α] : (0 : α)⁻¹ = 0 := by sorry

-- lean: true
theorem abs_nonneg' {α : Type} [LinearOrderedRing α] (a : α) : 0 ≤ |a| := by sorry

-- lean: true
theorem abs_mul' {α : Type} [LinearOrderedRing α] (a b : α) : |a * b| = |a| * |b| := by sorry

-- lean: true
theorem sq_nonneg' {α : Type} [LinearOrderedRing α] (a : α) : 0 ≤ a ^ 2 := by sorry

-- lean: true
theorem abs_sub_comm' {α : Type} [LinearOrderedRing α] (a b : α) : |a - b| = |b - a| := by sorry

-- lean: false
theorem div_self_false {α : Type} [Field α] (a : α) : a / a = 1 := by sorry

-- lean: false
theorem sq_lt_sq_false {α : Type} [LinearOrderedRing α] {a b : α} (h : a < b) : a ^ 2 < b ^ 2 := by
  sorry

-- lean: false
theorem abs_add_false {α : Type} [LinearOrderedRing α] (a b : α) : |a + b| = |a| + |b| := by
  sorry

end Fields
