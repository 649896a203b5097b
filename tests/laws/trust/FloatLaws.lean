/-
Red-team corpus (trust), `Float`: IEEE 754 binary64 evaluated in the written order (as Lean's
compiled code and `native_decide` evaluate it). `==` is IEEE equality (`BEq Float`): NaN is not
`==` to itself and `0.0 == -0.0`; `<`/`≤` are IEEE comparisons (false whenever NaN is involved);
`List.count`/`contains`/`elem`/`erase` and `==` on `List`/`Prod`/`Option` go through that `BEq`,
while `∈` is propositional. `List.sum` is a right fold from `0.0`.
Equalities between computed Floats are stated with `==` (Lean has no `DecidableEq Float`, so
`decide (x = y)` would not elaborate); the only propositional `=`/`∈` facts used are reflexive
ones or between values with different IEEE behaviour.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.FloatLaws

/-- FALSE: `0.1 + 0.2 = 0.30000000000000004` in binary64. -/
theorem point_three_f : ((0.1 + 0.2 : Float) == 0.3) = true := sorry
/-- TRUE: the classic rounding error. -/
theorem point_three_t : ((0.1 + 0.2 : Float) == 0.3) = false := sorry

/-- FALSE: `(0.1 + 0.2) + 0.3 = 0.6000000000000001` but `0.1 + (0.2 + 0.3) = 0.6`. -/
theorem add_assoc_f : (((0.1 + 0.2) + 0.3 : Float) == 0.1 + (0.2 + 0.3)) = true := sorry
/-- TRUE: Float addition is not associative. -/
theorem add_assoc_t : (((0.1 + 0.2) + 0.3 : Float) == 0.1 + (0.2 + 0.3)) = false := sorry

/-- FALSE: NaN is not `==` to itself. -/
theorem nan_beq_f : ((0.0 / 0.0 : Float) == 0.0 / 0.0) = true := sorry
/-- TRUE: IEEE equality. -/
theorem nan_beq_t : ((0.0 / 0.0 : Float) == 0.0 / 0.0) = false := sorry

/-- FALSE: `0.0 == -0.0` holds in IEEE. -/
theorem neg_zero_beq_f : ((0.0 : Float) == -0.0) = false := sorry
/-- TRUE: signed zeros compare equal. -/
theorem neg_zero_beq_t : ((0.0 : Float) == -0.0) = true := sorry

/-- FALSE: `∞ - ∞` is NaN. -/
theorem inf_sub_inf_f : ((1.0 / 0.0 : Float) - 1.0 / 0.0 == 0.0) = true := sorry
/-- TRUE: `1/0 = 2/0 = +∞`. -/
theorem inf_beq_t : ((1.0 / 0.0 : Float) == 2.0 / 0.0) = true := sorry

/-- FALSE: `1e308 + 1e308` overflows to `∞`, and `∞ - 1e308 = ∞`. -/
theorem overflow_f : ((1.0e308 + 1.0e308 : Float) - 1.0e308 == 1.0e308) = true := sorry
/-- TRUE: the overflow is not undone. -/
theorem overflow_t : ((1.0e308 + 1.0e308 : Float) - 1.0e308 == 1.0e308) = false := sorry

/-- FALSE: `1e16 + 1` rounds back to `1e16` (ties to even), so the result is `0`. -/
theorem absorb_f : ((1.0e16 + 1.0 - 1.0e16 : Float) == 1.0) = true := sorry
/-- TRUE: absorption. -/
theorem absorb_t : ((1.0e16 + 1.0 - 1.0e16 : Float) == 0.0) = true := sorry

/-- FALSE: NaN is neither below nor at least 1. -/
theorem nan_trichotomy_f : (0.0 / 0.0 : Float) < 1.0 ∨ 1.0 ≤ (0.0 / 0.0 : Float) := sorry
/-- TRUE: every comparison with NaN is false. -/
theorem nan_not_lt_t : ¬ ((0.0 / 0.0 : Float) < 1.0) := sorry

/-- FALSE: `≤` is not reflexive at NaN. -/
theorem nan_le_refl_f : (0.0 / 0.0 : Float) ≤ 0.0 / 0.0 := sorry
/-- TRUE: IEEE `≤` with NaN is false. -/
theorem nan_not_le_t : ¬ ((0.0 / 0.0 : Float) ≤ 0.0 / 0.0) := sorry

/-- FALSE: `List.count` uses `==`, and NaN never matches (issue 9, root cause 3). -/
theorem nan_count_f : ([0.0 / 0.0] : List Float).count (0.0 / 0.0) = 1 := sorry
/-- TRUE: the issue's example. -/
theorem nan_count_t : ([0.0 / 0.0] : List Float).count (0.0 / 0.0) = 0 := sorry

/-- FALSE: the NaN in the list is not counted. -/
theorem nan_count_mixed_f : ([1.0, 0.0 / 0.0, 1.0] : List Float).count (0.0 / 0.0) = 1 := sorry
/-- TRUE: ordinary values are counted. -/
theorem one_count_mixed_t : ([1.0, 0.0 / 0.0, 1.0] : List Float).count 1.0 = 2 := sorry

/-- FALSE: `contains` uses `==`. -/
theorem nan_contains_f : ([0.0 / 0.0] : List Float).contains (0.0 / 0.0) = true := sorry
/-- TRUE: NaN is not `contain`ed. -/
theorem nan_contains_t : ([0.0 / 0.0] : List Float).contains (0.0 / 0.0) = false := sorry

/-- FALSE: `List.elem` uses `==`. -/
theorem nan_elem_f : List.elem (0.0 / 0.0) ([0.0 / 0.0, 1.0] : List Float) = true := sorry
/-- TRUE: IEEE `==`. -/
theorem nan_elem_t : List.elem (0.0 / 0.0) ([0.0 / 0.0, 1.0] : List Float) = false := sorry

/-- FALSE: `1.0` is not the value NaN (they differ under `==` with `1.0`). -/
theorem one_mem_nan_f : (1.0 : Float) ∈ ([0.0 / 0.0] : List Float) := sorry
/-- TRUE: `∈` is propositional: `List.mem_singleton_self`. -/
theorem nan_mem_t : (0.0 / 0.0 : Float) ∈ ([0.0 / 0.0] : List Float) := sorry

/-- FALSE: list `==` compares elementwise with `==`. -/
theorem nan_list_beq_f : (([0.0 / 0.0] : List Float) == [0.0 / 0.0]) = true := sorry
/-- TRUE: a NaN element makes the lists unequal under `==`. -/
theorem nan_list_beq_t : (([0.0 / 0.0] : List Float) == [0.0 / 0.0]) = false := sorry

/-- FALSE: pair `==` compares componentwise with `==`. -/
theorem nan_pair_beq_f : (((0.0 / 0.0, 1.0) : Float × Float) == (0.0 / 0.0, 1.0)) = true := sorry
/-- TRUE: a NaN component. -/
theorem nan_pair_beq_t : (((0.0 / 0.0, 1.0) : Float × Float) == (0.0 / 0.0, 1.0)) = false := sorry

/-- FALSE: `Option` `==` compares the contents with `==`. -/
theorem nan_some_beq_f : ((some (0.0 / 0.0) : Option Float) == some (0.0 / 0.0)) = true := sorry
/-- TRUE: a NaN inside `some`. -/
theorem nan_some_beq_t : ((some (0.0 / 0.0) : Option Float) == some (0.0 / 0.0)) = false := sorry

/-- FALSE: list `==` is order sensitive. -/
theorem list_beq_order_f : (([1.0, 2.0] : List Float) == [2.0, 1.0]) = true := sorry
/-- TRUE: ordinary values. -/
theorem list_beq_t : (([1.0, 2.0] : List Float) == [1.0, 2.0]) = true := sorry

/-- FALSE: `0.3 + (0.2 + (0.1 + 0)) = 0.6000000000000001` (the right fold's order). -/
theorem sum_order_f : (([0.3, 0.2, 0.1] : List Float).sum == 0.6) = true := sorry
/-- TRUE: `0.1 + (0.2 + (0.3 + 0)) = 0.1 + 0.5 = 0.6`. -/
theorem sum_order_t : (([0.1, 0.2, 0.3] : List Float).sum == 0.6) = true := sorry

/-- FALSE at x = NaN. -/
theorem beq_refl_f (x : Float) : (x == x) = true := sorry
/-- TRUE: `x ≤ x` excludes NaN. -/
theorem beq_refl_t (x : Float) (h : x ≤ x) : (x == x) = true := sorry

/-- FALSE at x = NaN, y = 0: neither `x < y` nor `y ≤ x`. -/
theorem not_lt_le_f (x y : Float) (h : ¬ (x < y)) : y ≤ x := sorry
/-- TRUE: IEEE `<` is asymmetric. -/
theorem lt_asymm_t (x y : Float) (h : x < y) : ¬ (y < x) := sorry

/-- FALSE at x = NaN. -/
theorem add_zero_beq_f (x : Float) : ((x + 0.0) == x) = true := sorry
/-- TRUE: `x < 1` excludes NaN; `-0.0 + 0.0 = 0.0 == -0.0`, `-∞ + 0 = -∞`. -/
theorem add_zero_beq_t (x : Float) (h : x < 1.0) : ((x + 0.0) == x) = true := sorry

/-- FALSE at x = +∞: `∞ + ∞ = ∞`, not above ∞. -/
theorem lt_double_f (x : Float) (h : 0.0 < x) : x < x + x := sorry
/-- TRUE: a positive sum stays positive (overflow gives `+∞`). -/
theorem double_pos_t (x : Float) (h : 0.0 < x) : 0.0 < x + x := sorry

/-- FALSE at x = 5e-324 (the least subnormal): halving rounds to 0. -/
theorem half_pos_f (x : Float) (h : 0.0 < x) : 0.0 < x / 2.0 := sorry
/-- TRUE: no underflow above 1. -/
theorem half_pos_t (x : Float) (h : 1.0 < x) : 0.0 < x / 2.0 := sorry

/-- FALSE at x = NaN, y = 0. -/
theorem add_comm_beq_f (x y : Float) : ((x + y) == (y + x)) = true := sorry
/-- TRUE: IEEE addition is commutative; `≤ 1` excludes NaN and `+∞` (no `∞ - ∞`). -/
theorem add_comm_beq_t (x y : Float) (hx : x ≤ 1.0) (hy : y ≤ 1.0) :
    ((x + y) == (y + x)) = true := sorry

/-- FALSE: `-1e308 + (1e308 + (1e308 + 0)) = -1e308 + ∞ = ∞`. -/
theorem sum_overflow_f : (([-1.0e308, 1.0e308, 1.0e308] : List Float).sum == 1.0e308) = true := sorry
/-- TRUE: `1e308 + (1e308 + (-1e308 + 0)) = 1e308`. -/
theorem sum_overflow_t : (([1.0e308, 1.0e308, -1.0e308] : List Float).sum == 1.0e308) = true := sorry

/-- FALSE: `erase` uses `==`, so the NaN stays. -/
theorem nan_erase_f : (([0.0 / 0.0] : List Float).erase (0.0 / 0.0)).length = 0 := sorry
/-- TRUE: nothing is erased. -/
theorem nan_erase_t : (([0.0 / 0.0] : List Float).erase (0.0 / 0.0)).length = 1 := sorry

/-- FALSE: no element is `==` to NaN. -/
theorem nan_filter_f : (([1.0, 0.0 / 0.0] : List Float).filter fun x => x == 0.0 / 0.0).length = 1 := sorry
/-- TRUE: the filter keeps nothing. -/
theorem nan_filter_t : (([1.0, 0.0 / 0.0] : List Float).filter fun x => x == 0.0 / 0.0).length = 0 := sorry

/-- FALSE at xs = [1.0, 2.0]. -/
theorem reverse_id_f (xs : List Float) : xs.reverse = xs := sorry
/-- TRUE: a shape law, whatever the element type (issue 9, point 3). -/
theorem reverse_reverse_t (xs : List Float) : xs.reverse.reverse = xs := sorry

/-- FALSE at xs = [NaN], ys = []: `NaN + 0 = NaN` is not `==` to anything. -/
theorem sum_append_beq_f (xs ys : List Float) : ((xs ++ ys).sum == xs.sum + ys.sum) = true := sorry
/-- TRUE: a shape law. -/
theorem length_append_t (xs ys : List Float) : (xs ++ ys).length = xs.length + ys.length := sorry

/-- FALSE: `1/0` is `+∞`, not NaN. -/
theorem inf_isNaN_f : (1.0 / 0.0 : Float).isNaN = true := sorry
/-- TRUE: `0/0` is NaN. -/
theorem nan_isNaN_t : (0.0 / 0.0 : Float).isNaN = true := sorry
/-- TRUE: `1/0` is infinite. -/
theorem inf_isInf_t : (1.0 / 0.0 : Float).isInf = true := sorry

/-- FALSE: `-1/0 = -∞`, below every finite value. -/
theorem neg_inf_gt_f : (-1.0 / 0.0 : Float) > -1.0e308 := sorry
/-- TRUE: `+∞` is above every finite value. -/
theorem inf_gt_t : (1.0 / 0.0 : Float) > 1.0e308 := sorry

/-- FALSE: `√2 * √2 = 2.0000000000000004` in binary64. -/
theorem float_sqrt_sq_f : (((2.0 : Float).sqrt * (2.0 : Float).sqrt) == 2.0) = true := sorry
/-- TRUE: rounding. -/
theorem float_sqrt_sq_t : (((2.0 : Float).sqrt * (2.0 : Float).sqrt) == 2.0) = false := sorry

/-- FALSE: the IEEE square root of a negative number is NaN, not 0 (unlike `Real.sqrt`). -/
theorem sqrt_neg_f : ((-1.0 : Float).sqrt == 0.0) = true := sorry
/-- TRUE: NaN. -/
theorem sqrt_neg_t : ((-1.0 : Float).sqrt).isNaN = true := sorry

/-- FALSE: `∞ * 0` is NaN, not 0 (unlike `x / 0 = 0` in ℝ). -/
theorem inf_mul_zero_f : (((1.0 : Float) / 0.0 * 0.0) == 0.0) = true := sorry
/-- TRUE: NaN. -/
theorem inf_mul_zero_t : ((1.0 : Float) / 0.0 * 0.0).isNaN = true := sorry

/-- FALSE: Float division by zero is `+∞`, not 0. -/
theorem float_div_zero_f : (((1.0 : Float) / 0.0) == 0.0) = true := sorry
/-- TRUE: `+∞ > 0`. -/
theorem float_div_zero_t : (0.0 : Float) < (1.0 : Float) / 0.0 := sorry

/-- FALSE: `≠` is propositional and `Eq` is reflexive, NaN included. -/
theorem nan_ne_f : (0.0 / 0.0 : Float) ≠ 0.0 / 0.0 := sorry
/-- TRUE: `!=` is `bne`, the negation of IEEE `==` (a `Bool`, coerced to `= true`). -/
theorem nan_bne_t : (0.0 / 0.0 : Float) != 0.0 / 0.0 := sorry

end JepaFormal.Trust.FloatLaws
