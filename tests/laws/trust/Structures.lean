/-
Red-team corpus (trust), structures and namespaces: default field values (`h := 1`, not 0),
`{ s with … }` updates, anonymous constructors, structure equality (field by field), dot
notation into a namespace, nested namespaces (the innermost declaration wins), `open … in`,
pairs, a structure with a `Fin` field and a ℚ default.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.Structures

/-- A box whose height defaults to 1. -/
structure Box where
  w : ℕ
  h : ℕ := 1

namespace Box

/-- Area. -/
def area (b : Box) : ℕ := b.w * b.h

/-- One wider. -/
def grow (b : Box) : Box := { b with w := b.w + 1 }

/-- One lower, truncating at 0. -/
def shrink (b : Box) : Box := { b with h := b.h - 1 }

end Box

/-- A rational interval (not required to be ordered). -/
structure Interval where
  lo : ℚ
  hi : ℚ

namespace Interval

/-- Width, negative for a reversed interval. -/
def width (i : Interval) : ℚ := i.hi - i.lo

/-- Midpoint, a non-integer in general. -/
def mid (i : Interval) : ℚ := (i.lo + i.hi) / 2

/-- Widen by `d` on both sides. -/
def widen (i : Interval) (d : ℚ) : Interval := ⟨i.lo - d, i.hi + d⟩

end Interval

/-- A running total and count. -/
structure Acc where
  total : ℤ
  count : ℕ

/-- Add one value. -/
def Acc.push (a : Acc) (x : ℤ) : Acc := { total := a.total + x, count := a.count + 1 }

/-- The mean in ℚ; `0` for an empty accumulator since `x / 0 = 0`. -/
def Acc.mean (a : Acc) : ℚ := (a.total : ℚ) / a.count

/-- A slot of `Fin n` with a rational weight defaulting to 1/2. -/
structure Slot (n : ℕ) where
  idx : Fin n
  weight : ℚ := 1/2

/-- The weighted index. -/
def Slot.score {n : ℕ} (s : Slot n) : ℚ := ((s.idx : ℕ) : ℚ) * s.weight

/-- FALSE: the default height is 1, so the area is 3. -/
theorem default_area_f : ({ w := 3 } : Box).area = 0 := sorry
/-- TRUE: `h := 1` by default. -/
theorem default_area_t : ({ w := 3 } : Box).area = 3 := sorry

/-- FALSE at b = ⟨0, 0⟩: `1 * 0 = 0 ≠ 0 + 1`. -/
theorem grow_area_f (b : Box) : b.grow.area = b.area + 1 := sorry
/-- TRUE: `(w + 1) * h = w * h + h`. -/
theorem grow_area_t (b : Box) : b.grow.area = b.area + b.h := sorry

/-- FALSE at b = ⟨0, 0⟩: `0 - 1 = 0`, and `0 + 1 ≠ 0`. -/
theorem shrink_h_f (b : Box) : b.shrink.h + 1 = b.h := sorry
/-- TRUE: no truncation for a positive height. -/
theorem shrink_h_t (b : Box) (hb : 0 < b.h) : b.shrink.h + 1 = b.h := sorry

/-- FALSE at b = ⟨0, 1⟩: both areas are 0. -/
theorem shrink_area_lt_f (b : Box) : b.shrink.area < b.area := sorry
/-- TRUE: `w * (h - 1) ≤ w * h`. -/
theorem shrink_area_le_t (b : Box) : b.shrink.area ≤ b.area := sorry

/-- FALSE at b = ⟨0, 0⟩: `grow` does not touch the height. -/
theorem grow_h_f (b : Box) : b.grow.h = b.h + 1 := sorry
/-- TRUE: the two updates touch different fields and commute. -/
theorem grow_shrink_comm_t (b : Box) : b.grow.shrink = b.shrink.grow := sorry

/-- FALSE at b = ⟨1, 0⟩: resetting the height to 1 changes the area from 0 to 1. -/
theorem with_h_area_f (b : Box) : ({ b with h := 1 } : Box).area = b.area := sorry
/-- TRUE: a trivial update is the identity (structure eta). -/
theorem with_same_t (b : Box) : { b with w := b.w } = b := sorry

/-- FALSE: the anonymous constructor fills `w` then `h`: `2 * 5 = 10`. -/
theorem anon_area_f : (⟨2, 5⟩ : Box).area = 2 := sorry
/-- TRUE: `2 * 5`. -/
theorem anon_area_t : (⟨2, 5⟩ : Box).area = 10 := sorry

/-- FALSE at i = ⟨1, 0⟩: the width of a reversed interval is negative. -/
theorem width_nonneg_f (i : Interval) : 0 ≤ i.width := sorry
/-- TRUE: `hi - lo = 2 * (hi - (lo + hi) / 2)`. -/
theorem width_mid_t (i : Interval) : i.width = 2 * (i.hi - i.mid) := sorry

/-- FALSE at i = ⟨0, 0⟩, d = -1: widening by a negative amount narrows. -/
theorem widen_ge_f (i : Interval) (d : ℚ) : (i.widen d).width ≥ i.width := sorry
/-- TRUE: both ends move by `d`. -/
theorem widen_width_t (i : Interval) (d : ℚ) : (i.widen d).width = i.width + 2 * d := sorry

/-- FALSE at i = ⟨0, 0⟩: the midpoint of a point interval is its end. -/
theorem mid_ne_lo_f (i : Interval) : i.mid ≠ i.lo := sorry
/-- TRUE: symmetric widening keeps the midpoint. -/
theorem widen_mid_t (i : Interval) (d : ℚ) : (i.widen d).mid = i.mid := sorry

/-- FALSE at i = ⟨1, 0⟩: the midpoint `1/2` is below `lo = 1`. -/
theorem lo_le_mid_f (i : Interval) : i.lo ≤ i.mid := sorry
/-- TRUE: for an ordered interval. -/
theorem lo_le_mid_t (i : Interval) (h : i.lo ≤ i.hi) : i.lo ≤ i.mid := sorry

/-- FALSE at i = ⟨0, 1⟩: the midpoint 1/2 is not an integer. -/
theorem mid_int_f (i : Interval) (hlo : i.lo = 0) (hhi : i.hi = 1) : i.mid = 0 ∨ i.mid = 1 := sorry
/-- TRUE: exact. -/
theorem mid_half_t (i : Interval) (hlo : i.lo = 0) (hhi : i.hi = 1) : i.mid = 1/2 := sorry

/-- FALSE at x = 1: the mean of one value is the value, not half of it. -/
theorem push_mean_half_f (x : ℤ) : (Acc.push ⟨0, 0⟩ x).mean = (x : ℚ) / 2 := sorry
/-- TRUE: `x / 1`. -/
theorem push_mean_t (x : ℤ) : (Acc.push ⟨0, 0⟩ x).mean = (x : ℚ) := sorry

/-- FALSE at a = ⟨1, 0⟩: `1 / 0 = 0`. -/
theorem empty_mean_total_f (a : Acc) (h : a.count = 0) : a.mean = a.total := sorry
/-- TRUE: `x / 0 = 0`. -/
theorem empty_mean_t (a : Acc) : ({ a with count := 0 } : Acc).mean = 0 := sorry

/-- FALSE: the mean of 1 and 2 is 3/2 in ℚ (not ℤ's `3 / 2 = 1`). -/
theorem two_mean_f : (Acc.push (Acc.push ⟨0, 0⟩ 1) 2).mean = 1 := sorry
/-- TRUE: `3 / 2`. -/
theorem two_mean_t : (Acc.push (Acc.push ⟨0, 0⟩ 1) 2).mean = 3 / 2 := sorry

/-- FALSE at a = ⟨0, 0⟩, x = 0: the count always grows. -/
theorem push_count_same_f (a : Acc) (x : ℤ) : (a.push x).count = a.count := sorry
/-- TRUE: one more. -/
theorem push_count_t (a : Acc) (x : ℤ) : (a.push x).count = a.count + 1 := sorry

/-- FALSE: the default weight is 1/2, so the score is 3/2. -/
theorem slot_default_f : ({ idx := 3 } : Slot 4).score = 3 := sorry
/-- TRUE: `3 * 1/2`. -/
theorem slot_default_t : ({ idx := 3 } : Slot 4).score = 3 / 2 := sorry

/-- FALSE at s = ⟨0, -1⟩: `0 ≤ -3` fails with a negative weight. -/
theorem slot_score_le_f (s : Slot 4) : s.score ≤ 3 * s.weight := sorry
/-- TRUE: the index is at most 3 and the weight nonnegative. -/
theorem slot_score_le_t (s : Slot 4) (h : 0 ≤ s.weight) : s.score ≤ 3 * s.weight := sorry

/-- FALSE at p = (0, 1): `0 - 1 < 0` in ℤ. -/
theorem pair_sub_nonneg_f (p : ℕ × ℤ) : (p.1 : ℤ) - p.2 ≥ 0 := sorry
/-- TRUE: the cast of a natural is nonnegative. -/
theorem pair_add_ge_t (p : ℕ × ℤ) : (p.1 : ℤ) + p.2 ≥ p.2 := sorry

/-- FALSE at b = ⟨1, 2⟩: structure equality compares every field. -/
theorem box_eq_of_w_f (b : Box) (h : b.w = 1) : b = { w := 1 } := sorry
/-- TRUE: `Box.mk.injEq`: equal fields, equal boxes. -/
theorem box_eq_of_fields_t (b : Box) (hw : b.w = 1) (hh : b.h = 1) : b = { w := 1 } := sorry

namespace Outer

/-- The outer constant. -/
def k : ℕ := 3

namespace Inner

/-- The inner constant, shadowing `Outer.k` inside `Outer.Inner`. -/
def k : ℕ := 5

/-- FALSE: inside `Outer.Inner`, `k` is `Outer.Inner.k = 5`. -/
theorem k_outer_f : k = 3 := sorry
/-- TRUE: the innermost `k`. -/
theorem k_inner_t : k = 5 := sorry
/-- TRUE: the outer one by its full name. -/
theorem k_outer_full_t : Outer.k = 3 := sorry

end Inner

/-- FALSE: `Inner.k` is 5. -/
theorem inner_k_f : Inner.k = 3 := sorry
/-- TRUE: in `Outer`, `k` is `Outer.k`. -/
theorem k_here_t : k = 3 := sorry

end Outer

namespace Helpers

/-- Clamp to `[0, 10]`. -/
def clamp (x : ℤ) : ℤ := max 0 (min x 10)

end Helpers

open Helpers in
/-- TRUE: `min x 10 ≤ 10` and `0 ≤ 10`. -/
theorem clamp_le_t (x : ℤ) : clamp x ≤ 10 := sorry

/-- FALSE at x = 0: `clamp 0 = 0`. -/
theorem clamp_ge_one_f (x : ℤ) : Helpers.clamp x ≥ 1 := sorry

/-- TRUE: identity on `[0, 10]`. -/
theorem clamp_id_t (x : ℤ) (h0 : 0 ≤ x) (h1 : x ≤ 10) : Helpers.clamp x = x := sorry

/-- FALSE at x = -1: clamped to 0. -/
theorem clamp_id_f (x : ℤ) (h1 : x ≤ 10) : Helpers.clamp x = x := sorry

end JepaFormal.Trust.Structures
