"""Hand-written counterexample checks for every FALSE law of the trust corpus.

Each function is registered under the short name of a FALSE theorem, with the counterexample as
keyword arguments, and returns the truth value of the theorem's statement at that point (the
hypotheses implying the conclusion). The test requires `False` for every one of them.

The evaluation is deliberately independent of jepa_formal: plain Python integers, `Fraction`
for ℚ/ℝ (every real value used here is rational, or handled with `math.isqrt`), Python floats for
`Float` (IEEE binary64 in the written order), with Lean's conventions hand-coded below:
truncated ℕ subtraction, `x / 0 = 0`, Euclidean `Int.ediv`/`Int.emod`, `Fin n` modulo `n`,
`List.sum` as a right fold, IEEE `==` for `BEq Float`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction as Q
from typing import Any

# --------------------------------------------------------------------------- Lean semantics


def nsub(a: int, b: int) -> int:
    """ℕ subtraction truncates at 0."""
    return max(a - b, 0)


def ndiv(a: int, b: int) -> int:
    """ℕ division floors, and `a / 0 = 0`."""
    return 0 if b == 0 else a // b


def nmod(a: int, b: int) -> int:
    """ℕ remainder, `a % 0 = a`."""
    return a if b == 0 else a % b


def emod(a: int, b: int) -> int:
    """`Int.emod`: `0 ≤ a % b < |b|` for `b ≠ 0`, and `a % 0 = a`."""
    return a if b == 0 else a % abs(b)


def ediv(a: int, b: int) -> int:
    """`Int.ediv` (ℤ `/`): the quotient that makes `emod` the remainder; `a / 0 = 0`."""
    if b == 0:
        return 0
    q, r = divmod(a - emod(a, b), b)
    assert r == 0
    return q


def qdiv(x: Any, y: Any) -> Q:
    """Division in a Lean field (ℚ, ℝ): `x / 0 = 0`."""
    return Q(0) if y == 0 else Q(x) / Q(y)


def qinv(x: Any) -> Q:
    """`x⁻¹` in a Lean field: `0⁻¹ = 0`."""
    return qdiv(1, x)


def to_nat(z: int) -> int:
    """`Int.toNat`: negative integers go to 0."""
    return max(z, 0)


def nat_abs(z: int) -> int:
    """`Int.natAbs`."""
    return abs(z)


def floor_q(x: Q) -> int:
    """`⌊x⌋` (`Int.floor`)."""
    return math.floor(x)


def ceil_q(x: Q) -> int:
    """`⌈x⌉` (`Int.ceil`)."""
    return math.ceil(x)


def sign(z: int) -> int:
    """`Int.sign`."""
    return (z > 0) - (z < 0)


def implies(p: bool, q: bool) -> bool:
    return (not p) or q


def lsum(xs: list[Any], zero: Any = 0) -> Any:
    """`List.sum`: a right fold `x₀ + (x₁ + (… + 0))` (the order matters for Float)."""
    acc = zero
    for x in reversed(xs):
        acc = x + acc
    return acc


def lprod(xs: list[Any], one: Any = 1) -> Any:
    """`List.prod`: a right fold from 1."""
    acc = one
    for x in reversed(xs):
        acc = x * acc
    return acc


def fdiv(x: float, y: float) -> float:
    """IEEE division (Python raises on a zero divisor; Lean's `Float` does not)."""
    if y == 0.0:
        if x == 0.0 or math.isnan(x):
            return math.nan
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y


def fsqrt(x: float) -> float:
    """IEEE square root: NaN below 0."""
    return math.nan if x < 0 else math.sqrt(x)


def count_beq(xs: list[Any], a: Any, beq: Callable[[Any, Any], bool] | None = None) -> int:
    """`List.count` counts by `BEq` (`==`): for Python floats that is IEEE equality."""
    beq = beq or (lambda x, y: x == y)
    return sum(1 for x in xs if beq(x, a))


NAN = math.nan
INF = math.inf

# ------------------------------------------------------------------------------ registry


@dataclass(frozen=True)
class Refutation:
    """A counterexample of a FALSE law and the hand-written evaluation of the statement there."""

    name: str
    counterexample: dict[str, Any]
    statement: Callable[..., bool]

    def holds(self) -> bool:
        return bool(self.statement(**self.counterexample))


REFUTATIONS: dict[str, Refutation] = {}


def refute(**counterexample: Any) -> Callable[[Callable[..., bool]], Callable[..., bool]]:
    """Register the decorated function (named after the FALSE theorem) with its counterexample."""

    def register(fn: Callable[..., bool]) -> Callable[..., bool]:
        assert fn.__name__ not in REFUTATIONS, fn.__name__
        REFUTATIONS[fn.__name__] = Refutation(fn.__name__, dict(counterexample), fn)
        return fn

    return register


# ------------------------------------------------------------------------------ NatArith


@refute(a=0)
def pred_add_one_f(a: int) -> bool:
    return nsub(a, 1) + 1 == a


@refute(a=1, b=1, c=1)
def sub_sub_assoc_f(a: int, b: int, c: int) -> bool:
    return nsub(nsub(a, b), c) == nsub(a, nsub(b, c))


@refute(a=0, b=1)
def absdiff_f(a: int, b: int) -> bool:
    return nsub(a, b) + nsub(b, a) == nsub(a, b)


@refute(a=0, b=0)
def sub_lt_f(a: int, b: int) -> bool:
    return nsub(a, b) < a


@refute(a=0, b=1)
def sub_eq_zero_eq_f(a: int, b: int) -> bool:
    return implies(nsub(a, b) == 0, a == b)


@refute(a=1, b=1)
def sub_mul_two_f(a: int, b: int) -> bool:
    return nsub(a, b) * 2 == nsub(2 * a, b)


@refute(a=1, b=2)
def div_mul_cancel_f(a: int, b: int) -> bool:
    return ndiv(a, b) * b == a


@refute(a=1)
def div_zero_self_f(a: int) -> bool:
    return ndiv(a, 0) == a


@refute(a=0, b=0)
def mod_lt_f(a: int, b: int) -> bool:
    return nmod(a, b) < b


@refute(a=2, b=1)
def div_antitone_f(a: int, b: int) -> bool:
    return ndiv(a, b) <= ndiv(a, b + 1)


@refute(a=1, b=1, c=2)
def add_div_f(a: int, b: int, c: int) -> bool:
    return ndiv(a + b, c) == ndiv(a, c) + ndiv(b, c)


@refute(a=1)
def half_double_f(a: int) -> bool:
    return ndiv(a, 2) * 2 == a


@refute(a=0)
def succ_div_two_f(a: int) -> bool:
    return ndiv(a + 1, 2) == ndiv(a, 2) + 1


@refute(a=1, b=2)
def mul_mod_right_f(a: int, b: int) -> bool:
    return nmod(a * b, b) == nmod(a, b)


@refute(a=0)
def mod_two_odd_f(a: int) -> bool:
    return nmod(a, 2) == 1 or nmod(a, 2) == 2


@refute(a=1, b=0)
def dvd_le_f(a: int, b: int) -> bool:
    divides = b == 0 if a == 0 else b % a == 0
    return implies(divides, a <= b)


@refute(a=1)
def zero_dvd_f(a: int) -> bool:
    return a == 0  # `0 ∣ a ↔ a = 0`


@refute(a=0)
def pow_zero_self_f(a: int) -> bool:
    return a**0 == a  # Python's `0 ** 0 == 1`, as Lean's


@refute(a=0, b=1)
def pow_ge_exp_f(a: int, b: int) -> bool:
    return a**b >= b


@refute(a=0, b=1)
def min_add_max_f(a: int, b: int) -> bool:
    return min(a, b) + max(a, b) == 2 * max(a, b)


@refute(a=0, b=1)
def max_sub_min_f(a: int, b: int) -> bool:
    return nsub(max(a, b), min(a, b)) == nsub(a, b)


@refute(n=0)
def pred_succ_f(n: int) -> bool:
    return nsub(n, 1) + 1 == n  # `Nat.pred 0 = 0`


@refute(n=1)
def succ_sub_one_f(n: int) -> bool:
    return nsub(n + 1, 1) == nsub(n, 1)


@refute(a=0, b=0)
def lt_iff_sub_f(a: int, b: int) -> bool:
    return (a < b) == (nsub(a, b) == 0)


@refute(a=0, b=1)
def sub_zero_symm_f(a: int, b: int) -> bool:
    return implies(nsub(a, b) == 0, nsub(b, a) == 0)


@refute(a=1, b=0)
def mul_div_cancel_f(a: int, b: int) -> bool:
    return ndiv(a * b, b) == a


@refute(a=1, b=2, c=2)
def div_mul_comm_f(a: int, b: int, c: int) -> bool:
    return ndiv(a, b) * c == ndiv(a * c, b)


@refute(a=11)
def ten_sub_add_f(a: int) -> bool:
    return nsub(10, a) + a == 10


@refute(a=0, b=1)
def pow_sub_mul_f(a: int, b: int) -> bool:
    return 2 ** nsub(a, b) * 2**b == 2**a


@refute(a=0)
def sq_ge_succ_f(a: int) -> bool:
    return a * a >= a + 1


@refute()
def seven_half_f() -> bool:
    return ndiv(7, 2) * 2 == 7


@refute()
def five_sub_seven_f() -> bool:
    return nsub(5, 7) + 2 == 0


@refute()
def hundred_mod_f() -> bool:
    return nmod(100, 7) == 3


@refute()
def pow_ten_sub_f() -> bool:
    return nsub(1000, 2**10) == 24


@refute(a=1, b=1)
def odd_mul_even_f(a: int, b: int) -> bool:
    return implies(a % 2 == 1 and b % 2 == 1, (a * b) % 2 == 0)


@refute(a=0)
def div_three_lt_f(a: int) -> bool:
    return ndiv(a, 3) < ndiv(a, 2)


@refute(a=1, b=1)
def div_eq_zero_le_f(a: int, b: int) -> bool:
    return implies(a <= b, ndiv(a, b) == 0)


@refute(a=0, b=1)
def gcd_le_f(a: int, b: int) -> bool:
    return math.gcd(a, b) <= a


@refute(a=1)
def gcd_zero_f(a: int) -> bool:
    return math.gcd(a, 0) == 0


@refute(a=2, b=2)
def lcm_mul_f(a: int, b: int) -> bool:
    return math.lcm(a, b) == a * b


@refute(a=0, b=1)
def sub_sub_self_f(a: int, b: int) -> bool:
    return nsub(a, nsub(a, b)) == b


@refute(a=3, b=2)
def mul_sub_off_f(a: int, b: int) -> bool:
    return nsub(a * b, b * b) == nsub(nsub(a, b) * b, 1)


@refute(a=1)
def div_four_mod_f(a: int) -> bool:
    return ndiv(a, 4) == ndiv(ndiv(a, 2), 2) + nmod(a, 4)


# ------------------------------------------------------------------------------ IntArith


@refute()
def neg9_div_4_f() -> bool:
    return ediv(-9, 4) == -2


@refute()
def pos9_div_neg4_f() -> bool:
    return ediv(9, -4) == -3


@refute()
def neg9_div_neg4_f() -> bool:
    return ediv(-9, -4) == 2


@refute()
def neg9_mod_4_f() -> bool:
    return emod(-9, 4) == -1


@refute()
def pos9_mod_neg4_f() -> bool:
    return emod(9, -4) == -3


@refute()
def neg9_mod_neg4_f() -> bool:
    return emod(-9, -4) == -1


@refute(a=1)
def div_neg_one_f(a: int) -> bool:
    return ediv(a, -1) == a


@refute(a=1, b=2)
def neg_div_f(a: int, b: int) -> bool:
    return ediv(-a, b) == -ediv(a, b)


@refute(a=1, b=2)
def neg_mod_f(a: int, b: int) -> bool:
    return emod(-a, b) == -emod(a, b)


@refute(a=0, b=-1)
def mod_lt_divisor_f(a: int, b: int) -> bool:
    return implies(b != 0, emod(a, b) < b)


@refute(a=1)
def div_zero_self_int_f(a: int) -> bool:
    return ediv(a, 0) == a


@refute(a=0, b=1)
def abs_sub_le_sub_f(a: int, b: int) -> bool:
    return abs(a - b) <= abs(a) - abs(b)


@refute(a=-1)
def abs_self_f(a: int) -> bool:
    return abs(a) == a


@refute(a=-1)
def natAbs_cast_f(a: int) -> bool:
    return nat_abs(a) == a


@refute(a=1, b=-1)
def natAbs_add_f(a: int, b: int) -> bool:
    return nat_abs(a + b) == nat_abs(a) + nat_abs(b)


@refute(a=-1)
def toNat_cast_f(a: int) -> bool:
    return to_nat(a) == a


@refute(a=1, b=-1)
def toNat_add_f(a: int, b: int) -> bool:
    return to_nat(a + b) == to_nat(a) + to_nat(b)


@refute(a=1)
def toNat_neg_f(a: int) -> bool:
    return to_nat(-a) == to_nat(a)


@refute(a=0, b=1)
def max_sub_min_int_f(a: int, b: int) -> bool:
    return max(a, b) - min(a, b) == a - b


@refute(a=0)
def sq_gt_self_f(a: int) -> bool:
    return a * a > a


@refute(a=0)
def odd_mod_neg_f(a: int) -> bool:
    return emod(2 * a - 1, 2) == -1


@refute(a=0)
def pred_double_div_f(a: int) -> bool:
    return ediv(2 * a - 1, 2) == a


@refute(a=-1, b=0)
def mul_div_le_f(a: int, b: int) -> bool:
    return b * ediv(a, b) <= a


@refute(a=0, b=-1)
def sub_le_self_f(a: int, b: int) -> bool:
    return a - b <= a


@refute(a=-1)
def toNat_nonpos_f(a: int) -> bool:
    return implies(a <= 0, to_nat(a) == a)


@refute(a=1, b=0)
def dvd_abs_le_f(a: int, b: int) -> bool:
    divides = b == 0 if a == 0 else b % a == 0
    return implies(divides, abs(a) <= abs(b))


@refute(a=0)
def sign_unit_f(a: int) -> bool:
    return sign(a) in (1, -1)


@refute(a=0, b=1)
def lt_add_one_lt_f(a: int, b: int) -> bool:
    return implies(a < b, a + 1 < b)


@refute(a=1)
def half_add_half_f(a: int) -> bool:
    return ediv(a, 2) + ediv(a, 2) == a


@refute(a=1)
def neg_half_f(a: int) -> bool:
    return -ediv(a, 2) == ediv(-a, 2)


@refute(a=0, b=1)
def add_mul_div_f(a: int, b: int) -> bool:
    return ediv(a + b * 3, 3) == ediv(a, 3)


@refute(a=-1)
def cube_abs_f(a: int) -> bool:
    return a**3 == abs(a) ** 3


@refute(a=1, b=0)
def sub_cube_symm_f(a: int, b: int) -> bool:
    return (a - b) ** 3 == (b - a) ** 3


@refute()
def toNat_neg7_f() -> bool:
    return to_nat(-7) == 7


@refute()
def natAbs_neg7_f() -> bool:
    return nat_abs(-7) == 0


@refute(a=-3, b=2)
def neg_neg_div_f(a: int, b: int) -> bool:
    return ediv(a, b) == -ediv(-a, b)


@refute(a=5, b=3)
def mod_def_wrong_f(a: int, b: int) -> bool:
    return emod(a, b) == a - b * (ediv(a, b) + 1)


# ------------------------------------------------------------------------------ RatReal


def rsqrt(x: Any) -> Q:
    """`Real.sqrt` at a rational perfect square (0 below 0, as in Mathlib)."""
    x = Q(x)
    if x <= 0:
        return Q(0)
    n, d = math.isqrt(x.numerator), math.isqrt(x.denominator)
    assert Q(n, d) ** 2 == x, "rsqrt is only used at perfect squares"
    return Q(n, d)


@refute(x=Q(0))
def mul_inv_self_f(x: Q) -> bool:
    return x * qinv(x) == 1


@refute(x=Q(1, 2))
def inv_le_self_f(x: Q) -> bool:
    return qinv(x) <= x


@refute(x=Q(1), y=Q(1))
def inv_add_f(x: Q, y: Q) -> bool:
    return qinv(x + y) == qinv(x) + qinv(y)


@refute(x=Q(1), y=Q(0))
def real_div_mul_cancel_f(x: Q, y: Q) -> bool:
    return qdiv(x, y) * y == x


@refute(x=Q(1), y=Q(1), z=Q(2))
def div_div_assoc_f(x: Q, y: Q, z: Q) -> bool:
    return qdiv(x, qdiv(y, z)) == qdiv(qdiv(x, y), z)


@refute(x=Q(0))
def inv_pos_iff_f(x: Q) -> bool:
    return (0 < qinv(x)) == (0 <= x)


@refute(x=Q(-1), y=Q(1))
def one_div_anti_f(x: Q, y: Q) -> bool:
    return implies(x <= y, qdiv(1, y) <= qdiv(1, x))


@refute(x=Q(1), y=Q(-1))
def abs_add_eq_f(x: Q, y: Q) -> bool:
    return abs(x + y) == abs(x) + abs(y)


@refute(x=Q(1, 2))
def le_sq_f(x: Q) -> bool:
    return x <= x**2


@refute(x=Q(0), y=Q(1))
def max_sub_min_real_f(x: Q, y: Q) -> bool:
    return max(x, y) - min(x, y) == x - y


@refute(x=Q(0), y=Q(0))
def min_lt_mean_f(x: Q, y: Q) -> bool:
    return min(x, y) < (x + y) / 2


@refute(x=Q(-1))
def sqrt_sq_f(x: Q) -> bool:
    return rsqrt(x**2) == x


@refute(x=Q(-1))
def sq_sqrt_f(x: Q) -> bool:
    return rsqrt(x) ** 2 == x


@refute()
def thirds_f() -> bool:
    return Q(1, 3) + Q(1, 3) == Q(2, 3) + Q(1, 100)


@refute()
def two_div_zero_f() -> bool:
    return qdiv(2, 0) == 2


@refute()
def inv_zero_mul_f() -> bool:
    return qinv(0) * 0 == 1


@refute(x=Q(1))
def div_add_div_f(x: Q) -> bool:
    return qdiv(x, 2) + qdiv(x, 3) == qdiv(x, 5)


@refute(x=Q(1), y=Q(0))
def frac_lt_one_f(x: Q, y: Q) -> bool:
    return implies(0 <= x and 0 <= y, qdiv(x, x + y) < 1)


@refute(x=Q(0))
def sub_sq_f(x: Q) -> bool:
    return (x - 1) ** 2 == x**2 - 1


@refute(x=Q(-2))
def sq_eq_four_f(x: Q) -> bool:
    return implies(x**2 == 4, x == 2)


@refute(x=Q(1), y=Q(0))
def mul_eq_zero_left_f(x: Q, y: Q) -> bool:
    return implies(x * y == 0, x == 0)


@refute(x=Q(-2), y=Q(1))
def sq_lt_sq_f(x: Q, y: Q) -> bool:
    return implies(x < y, x**2 < y**2)


@refute(x=Q(2), y=Q(2))
def mul_le_mean_f(x: Q, y: Q) -> bool:
    return implies(0 <= x and 0 <= y, x * y <= (x + y) / 2)


@refute(x=Q(1), y=Q(-1))
def div_add_div_ge_two_f(x: Q, y: Q) -> bool:
    return qdiv(x, y) + qdiv(y, x) >= 2


@refute(x=Q(1), y=Q(1, 2))
def abs_div_le_f(x: Q, y: Q) -> bool:
    return qdiv(abs(x), abs(y)) <= abs(x)


@refute(x=Q(0))
def div_two_self_f(x: Q) -> bool:
    return qdiv(x, 2 * x) == Q(1, 2)


@refute()
def decimal_sum_f() -> bool:
    return Q("0.1") + Q("0.2") == Q("0.30000000000000004")


@refute()
def decimal_mul_f() -> bool:
    return Q("0.1") * 3 < Q("0.3")


@refute()
def decimal_lit_f() -> bool:
    return Q("2.5") == 2


@refute(x=Q(-1, 2))
def abs_eq_max_zero_f(x: Q) -> bool:
    return abs(x) == max(x, Q(0))


@refute(x=Q(2), y=Q(3))
def div_comm_f(x: Q, y: Q) -> bool:
    return qdiv(x, y) == qdiv(y, x)


@refute(x=Q(1, 2))
def inv_le_one_f(x: Q) -> bool:
    return implies(0 < x, qinv(x) <= 1)


# ------------------------------------------------------------------------ NonIntegerSums


def half_or_three_halves(x: int) -> Q:
    return Q(1, 2) if x == 7 else Q(3, 2)


@refute(xs=[7, 7])
def half_sum_ne_one_f(xs: list[int]) -> bool:
    return lsum([half_or_three_halves(x) for x in xs], Q(0)) != 1


@refute(xs=[0, 7])
def half_sum_ne_two_f(xs: list[int]) -> bool:
    return lsum([half_or_three_halves(x) for x in xs], Q(0)) != 2


@refute(n=3)
def thirds_ne_one_f(n: int) -> bool:
    return lsum([Q(1, 3)] * n, Q(0)) != 1


@refute(n=1)
def thirds_nat_div_f(n: int) -> bool:
    return lsum([Q(1, 3)] * n, Q(0)) == ndiv(n, 3)


@refute(xs=[1, 1])
def nat_half_sum_f(xs: list[int]) -> bool:
    return lsum([ndiv(x, 2) for x in xs]) == ndiv(lsum(xs), 2)


@refute(xs=[])
def half_sum_ne_sum_f(xs: list[Q]) -> bool:
    return lsum([qdiv(x, 2) for x in xs], Q(0)) != lsum(xs, Q(0))


@refute(xs=[])
def half_prod_ne_one_f(xs: list[int]) -> bool:
    return lprod([Q(1, 2) for _ in xs], Q(1)) != 1


@refute(xs=[])
def half_prod_le_half_f(xs: list[int]) -> bool:
    return lprod([Q(1, 2) for _ in xs], Q(1)) <= Q(1, 2)


@refute(xs=[0, 1])
def two_half_prod_ne_one_f(xs: list[int]) -> bool:
    return lprod([Q(2) if x == 0 else Q(1, 2) for x in xs], Q(1)) != 1


@refute(xs=[])
def shifted_sum_pos_f(xs: list[int]) -> bool:
    return 0 < lsum([x + Q(1, 2) for x in xs], Q(0))


@refute(xs=[2, 0])
def shifted_sum_ne_three_f(xs: list[int]) -> bool:
    return lsum([x + Q(1, 2) for x in xs], Q(0)) != 3


@refute(xs=[1, 2])
def int_third_sum_f(xs: list[int]) -> bool:
    return lsum([ediv(x, 3) for x in xs]) == ediv(lsum(xs), 3)


@refute(xs=[1, 2])
def int_third_sum_ge_f(xs: list[int]) -> bool:
    return ediv(lsum(xs), 3) <= lsum([ediv(x, 3) for x in xs])


@refute(xs=[Q(1, 2), Q(1, 2)])
def all_halves_ne_one_f(xs: list[Q]) -> bool:
    return implies(all(x == Q(1, 2) for x in xs), lsum(xs, Q(0)) != 1)


@refute(xs=[])
def pos_sum_pos_f(xs: list[Q]) -> bool:
    return implies(all(0 < x for x in xs), 0 < lsum(xs, Q(0)))


@refute(xs=[])
def lt_one_prod_lt_f(xs: list[Q]) -> bool:
    return implies(all(x < 1 for x in xs), lprod(xs, Q(1)) < 1)


@refute(xs=[Q(-2), Q(-2)])
def le_one_prod_le_f(xs: list[Q]) -> bool:
    return implies(all(x <= 1 for x in xs), lprod(xs, Q(1)) <= 1)


@refute(n=2)
def geom_sum_le_half_f(n: int) -> bool:
    return lsum([qdiv(1, Q(2) ** (i + 1)) for i in range(n)], Q(0)) <= Q(1, 2)


@refute(n=2)
def half_range_sum_nat_f(n: int) -> bool:
    return lsum([qdiv(i, 2) for i in range(n)], Q(0)) == ndiv(n * nsub(n, 1), 4)


@refute(xs=[])
def half_sum_lt_f(xs: list[int]) -> bool:
    return lsum([qdiv(x, 2) for x in xs], Q(0)) < lsum(xs)


@refute(xs=[0])
def half_dist_sum_ge_half_f(xs: list[int]) -> bool:
    return lsum([(x - Q(1, 2)) ** 2 for x in xs], Q(0)) >= qdiv(len(xs), 2)


@refute(xs=[])
def sub_half_sum_f(xs: list[Q]) -> bool:
    return lsum([x - Q(1, 2) for x in xs], Q(0)) == lsum(xs, Q(0)) - Q(1, 2)


@refute(a=1, b=1)
def replicate_mix_ne_f(a: int, b: int) -> bool:
    return lsum([Q(1, 2)] * a + [Q(3, 2)] * b, Q(0)) != a + b


@refute(xs=[0, 0])
def shifted_prod_ne_quarter_f(xs: list[int]) -> bool:
    return lprod([x - Q(1, 2) for x in xs], Q(1)) != Q(1, 4)


@refute(xs=[3, 3, 3])
def third_if_ne_one_f(xs: list[int]) -> bool:
    return lsum([Q(1, 3) if x == 3 else Q(0) for x in xs], Q(0)) != 1


@refute(xs=[0, 0, 0, 0])
def quarter_even_lt_one_f(xs: list[int]) -> bool:
    return lsum([Q(1, 4) if x % 2 == 0 else Q(0) for x in xs], Q(0)) < 1


@refute()
def fin_quarters_f() -> bool:
    return sum(Q(1, 4) for _ in range(3)) == 1


@refute(n=2)
def fin_halves_ne_one_f(n: int) -> bool:
    return sum((Q(1, 2) for _ in range(n)), Q(0)) != 1


@refute(f=[Q(0), Q(0), Q(0)])
def fin_third_bound_f(f: list[Q]) -> bool:
    """`f` is the table of a function `Fin 3 → ℚ`."""
    return implies(all(v <= Q(1, 3) for v in f), sum(f, Q(0)) == 1)


@refute(xs=[Q(-1, 2)])
def cube_sum_nonneg_f(xs: list[Q]) -> bool:
    return lsum([x**3 for x in xs], Q(0)) >= 0


@refute(xs=[Q(1), Q(1)])
def inv_sum_f(xs: list[Q]) -> bool:
    return lsum([qinv(x) for x in xs], Q(0)) == qinv(lsum(xs, Q(0)))


@refute(xs=[Q(0)])
def mul_inv_sum_f(xs: list[Q]) -> bool:
    return lsum([x * qinv(x) for x in xs], Q(0)) == len(xs)


@refute(xs=[Q(1, 2), Q(1, 2)])
def halves_prod_f(xs: list[Q]) -> bool:
    hyp = all(x == Q(1, 2) for x in xs) and xs != []
    return implies(hyp, lprod(xs, Q(1)) == Q(1, 2))


@refute(xs=[1, 3])
def mean_two_not_int_f(xs: list[int]) -> bool:
    hyp = len(xs) == 2 and all(x % 2 == 1 for x in xs)
    return implies(hyp, qdiv(lsum(xs), 2) != 2)


@refute(xs=[Q(1, 3), Q(2, 3)])
def nonint_sum_nonint_f(xs: list[Q]) -> bool:
    hyp = all(0 < x < 1 for x in xs) and 2 <= len(xs)
    return implies(hyp, lsum(xs, Q(0)) != 1)


@refute(xs=[Q(1, 2), Q(1, 2)])
def sq_sum_eq_sum_sq_f(xs: list[Q]) -> bool:
    return lsum([x**2 for x in xs], Q(0)) == lsum(xs, Q(0)) ** 2


# --------------------------------------------------------------------------------- Casts


@refute(a=1, b=0)
def cast_mul_sub_f(a: int, b: int) -> bool:
    return nsub(a * b, a) == a * b - a


@refute(a=0, b=1)
def cast_sub_real_f(a: int, b: int) -> bool:
    return nsub(a, b) == a - b


@refute(a=1, b=2)
def cast_div_f(a: int, b: int) -> bool:
    return ndiv(a, b) == qdiv(a, b)


@refute(a=-1)
def natAbs_max_f(a: int) -> bool:
    return nat_abs(a) == max(a, 0)


@refute(a=0)
def toNat_pred_add_f(a: int) -> bool:
    return to_nat(a - 1) + 1 == a


@refute(a=0, b=1)
def natAbs_sub_f(a: int, b: int) -> bool:
    return nat_abs(a - b) == nsub(a, b)


@refute(n=0)
def cast_pred_f(n: int) -> bool:
    return nsub(n, 1) == n - 1


@refute(x=1)
def int_cast_div_f(x: int) -> bool:
    return ediv(x, 2) == qdiv(x, 2)


@refute(n=0)
def cast_pred_nonneg_f(n: int) -> bool:
    return n - 1 >= 0


@refute(a=0, b=1)
def cast_sub_le_f(a: int, b: int) -> bool:
    return nsub(a, b) <= a - b


@refute(z=-1)
def natAbs_div_f(z: int) -> bool:
    return ndiv(nat_abs(z), 2) == ediv(z, 2)


@refute(z=-1)
def natAbs_cube_f(z: int) -> bool:
    return nat_abs(z) ** 3 == z**3


@refute(x=-1)
def int_div_natAbs_f(x: int) -> bool:
    return ediv(x, 2) == ndiv(nat_abs(x), 2)


@refute(i=0)
def fin_cast_pred_f(i: int) -> bool:
    return i - 1 >= 0


@refute(a=0)
def cast_div_self_f(a: int) -> bool:
    return qdiv(a, a) == 1


@refute(a=1)
def cast_div_three_f(a: int) -> bool:
    return ndiv(a, 3) * 3 == a


@refute(b=False)
def bool_toNat_one_f(b: bool) -> bool:
    return (1 if b else 0) == 1


@refute(x=Q(3, 4))
def floor_half_f(x: Q) -> bool:
    return x < floor_q(x) + Q(1, 2)


@refute(x=Q(0))
def ceil_sub_floor_f(x: Q) -> bool:
    return ceil_q(x) - floor_q(x) == 1


@refute(n=0)
def ceil_half_f(n: int) -> bool:
    return ceil_q(n + Q(1, 2)) == n


@refute(z=1)
def ceil_div_two_f(z: int) -> bool:
    return ceil_q(Q(z, 2)) == ediv(z, 2)


@refute(z=-3)
def floor_neg_div_f(z: int) -> bool:
    return floor_q(Q(z, 2)) == -ediv(-z, 2)


@refute(a=2, b=3)
def cast_sub_div_f(a: int, b: int) -> bool:
    return qdiv(nsub(a, b), 2) == qdiv(a - b, 2)


@refute(n=3)
def nat_cast_fin_f(n: int) -> bool:
    return implies(n <= 3, n % 3 == n)


# ------------------------------------------------------------------------------- FinLaws
# A `Fin n` value is its natural number; operations reduce modulo `n` by hand.


@refute()
def add_wrap_val_f() -> bool:
    return (3 + 4) % 5 == 7


@refute()
def sub_wrap_val_f() -> bool:
    return (1 - 3) % 5 == 0  # Python's `%` with a positive modulus: `(1 + 5 - 3) % 5`


@refute()
def mul_wrap_f() -> bool:
    return (4 * 4) % 5 == 4


@refute(i=3, j=3)
def val_add_f(i: int, j: int) -> bool:
    return (i + j) % 6 == i + j


@refute(i=5)
def succ_ne_zero_f(i: int) -> bool:
    return (i + 1) % 6 != 0


@refute(i=5)
def le_succ_f(i: int) -> bool:
    return i <= (i + 1) % 6


@refute(i=2)
def mul_two_ne_zero_f(i: int) -> bool:
    return implies(i != 0, (i * 2) % 4 != 0)


@refute(i=0, j=1)
def val_sub_f(i: int, j: int) -> bool:
    return (i - j) % 7 == nsub(i, j)


@refute(i=2)
def fin3_cases_f(i: int) -> bool:
    return i in (0, 1)


@refute(i=1)
def fin2_val_zero_f(i: int) -> bool:
    return i == 0


@refute(n=0, i=0)
def val_lt_pred_f(n: int, i: int) -> bool:
    assert 0 <= i < n + 1
    return i < n


@refute(n=1)
def last_add_one_f(n: int) -> bool:
    return (n + 1) % (n + 1) == n


@refute(i=3)
def val_mul_two_f(i: int) -> bool:
    return (i * 2) % 5 == i * 2


@refute()
def sum_vals_f() -> bool:
    return sum(range(4)) == 10


@refute(f=[1])
def fin1_sum_zero_f(f: list[int]) -> bool:
    return sum(f) == 0


@refute(xs=[0, 0])
def fin1_list_short_f(xs: list[int]) -> bool:
    return len(xs) <= 1


@refute(xs=[1])
def fin2_list_zeros_f(xs: list[int]) -> bool:
    return xs == [0] * len(xs)


@refute(i=2)
def succ_gt_f(i: int) -> bool:
    return (i + 1) % 3 > i


@refute(i=0)
def val_neg_f(i: int) -> bool:
    return (-i) % 10 == 10 - i


@refute(i=2, j=3)
def val_add_small_f(i: int, j: int) -> bool:
    return (i + j) % 4 == i + j


@refute()
def pow_val_f() -> bool:
    return pow(2, 2, 3) == 4


@refute()
def numeral_val_f() -> bool:
    return 7 % 3 == 7


@refute(i=2)
def sq_ne_four_f(i: int) -> bool:
    return (i * i) % 5 != 4 % 5  # the instance of `∀ i` at the counterexample


@refute(i=1)
def div_mul_f(i: int) -> bool:
    return ((i // 2) * 2) % 4 == i


@refute(i=2)
def mod_self_f(i: int) -> bool:
    return i % 2 == i


@refute(i=3, j=4)
def add_mono_f(i: int, j: int) -> bool:
    return i <= (i + j) % 5


@refute(xs=[3, 4])
def list_sum_val_f(xs: list[int]) -> bool:
    fin_sum = lsum(xs) % 5
    return fin_sum == lsum(xs)


# ----------------------------------------------------------------------------- FloatLaws
# Python floats are IEEE binary64 and `==`/`<`/`<=` are the IEEE comparisons, like Lean's
# `BEq Float` and `Float.lt`/`Float.le`; only division by zero needs `fdiv`.


@refute()
def point_three_f() -> bool:
    return (0.1 + 0.2 == 0.3) is True


@refute()
def add_assoc_f() -> bool:
    return ((0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3)) is True


@refute()
def nan_beq_f() -> bool:
    return (fdiv(0.0, 0.0) == fdiv(0.0, 0.0)) is True


@refute()
def neg_zero_beq_f() -> bool:
    return (0.0 == -0.0) is False


@refute()
def inf_sub_inf_f() -> bool:
    return fdiv(1.0, 0.0) - fdiv(1.0, 0.0) == 0.0


@refute()
def overflow_f() -> bool:
    return (1.0e308 + 1.0e308) - 1.0e308 == 1.0e308


@refute()
def absorb_f() -> bool:
    return (1.0e16 + 1.0) - 1.0e16 == 1.0


@refute()
def nan_trichotomy_f() -> bool:
    nan = fdiv(0.0, 0.0)
    return nan < 1.0 or 1.0 <= nan


@refute()
def nan_le_refl_f() -> bool:
    nan = fdiv(0.0, 0.0)
    return nan <= nan


@refute()
def nan_count_f() -> bool:
    return count_beq([NAN], NAN) == 1


@refute()
def nan_count_mixed_f() -> bool:
    return count_beq([1.0, NAN, 1.0], NAN) == 1


@refute()
def nan_contains_f() -> bool:
    return count_beq([NAN], NAN) > 0


@refute()
def nan_elem_f() -> bool:
    return count_beq([NAN, 1.0], NAN) > 0


@refute()
def one_mem_nan_f() -> bool:
    # `∈` is propositional equality; 1.0 and NaN are different values (1.0 == 1.0, NaN != 1.0).
    return math.isnan(1.0)


@refute()
def nan_list_beq_f() -> bool:
    xs, ys = [NAN], [NAN]
    return len(xs) == len(ys) and all(x == y for x, y in zip(xs, ys, strict=True))


@refute()
def nan_pair_beq_f() -> bool:
    return NAN == NAN and 1.0 == 1.0


@refute()
def nan_some_beq_f() -> bool:
    return NAN == NAN


@refute()
def list_beq_order_f() -> bool:
    xs, ys = [1.0, 2.0], [2.0, 1.0]
    return all(x == y for x, y in zip(xs, ys, strict=True))


@refute()
def sum_order_f() -> bool:
    return lsum([0.3, 0.2, 0.1], 0.0) == 0.6


@refute(x=NAN)
def beq_refl_f(x: float) -> bool:
    return x == x


@refute(x=NAN, y=0.0)
def not_lt_le_f(x: float, y: float) -> bool:
    return implies(not (x < y), y <= x)


@refute(x=NAN)
def add_zero_beq_f(x: float) -> bool:
    return (x + 0.0) == x


@refute(x=INF)
def lt_double_f(x: float) -> bool:
    return implies(0.0 < x, x < x + x)


@refute(x=5e-324)
def half_pos_f(x: float) -> bool:
    return implies(0.0 < x, 0.0 < x / 2.0)


@refute(x=NAN, y=0.0)
def add_comm_beq_f(x: float, y: float) -> bool:
    return (x + y) == (y + x)


@refute()
def sum_overflow_f() -> bool:
    return lsum([-1.0e308, 1.0e308, 1.0e308], 0.0) == 1.0e308


@refute()
def nan_erase_f() -> bool:
    xs = [NAN]
    i = next((k for k, x in enumerate(xs) if x == NAN), None)  # `erase` removes the first `==`
    rest = xs if i is None else xs[:i] + xs[i + 1 :]
    return len(rest) == 0


@refute()
def nan_filter_f() -> bool:
    return len([x for x in [1.0, NAN] if x == NAN]) == 1


@refute(xs=[1.0, 2.0])
def reverse_id_f(xs: list[float]) -> bool:
    return xs[::-1] == xs


@refute(xs=[NAN], ys=[])
def sum_append_beq_f(xs: list[float], ys: list[float]) -> bool:
    return lsum(xs + ys, 0.0) == lsum(xs, 0.0) + lsum(ys, 0.0)


@refute()
def inf_isNaN_f() -> bool:
    return math.isnan(fdiv(1.0, 0.0))


@refute()
def neg_inf_gt_f() -> bool:
    return fdiv(-1.0, 0.0) > -1.0e308


@refute()
def float_sqrt_sq_f() -> bool:
    return fsqrt(2.0) * fsqrt(2.0) == 2.0


@refute()
def sqrt_neg_f() -> bool:
    return fsqrt(-1.0) == 0.0


@refute()
def inf_mul_zero_f() -> bool:
    return fdiv(1.0, 0.0) * 0.0 == 0.0


@refute()
def float_div_zero_f() -> bool:
    return fdiv(1.0, 0.0) == 0.0


# ----------------------------------------------------------------------------- BeqDecide


def erase_first(xs: list[Any], a: Any, beq: Callable[[Any, Any], bool]) -> list[Any]:
    """`List.erase`: drop the first element `==` to `a`."""
    for k, x in enumerate(xs):
        if beq(x, a):
            return xs[:k] + xs[k + 1 :]
    return list(xs)


def eq(x: Any, y: Any) -> bool:
    return x == y


@refute()
def count_two_f() -> bool:
    return count_beq([1, 2, 2, 3], 2) == 1


@refute(xs=[], a=0, b=1)
def count_append_other_f(xs: list[int], a: int, b: int) -> bool:
    return count_beq([*xs, b], a) == count_beq(xs, a) + 1


@refute(xs=[0, 0], a=0)
def contains_count_one_f(xs: list[int], a: int) -> bool:
    return (a in xs) == (count_beq(xs, a) == 1)


@refute(xs=[0, 0], a=0)
def count_one_iff_mem_f(xs: list[int], a: int) -> bool:
    return (count_beq(xs, a) == 1) == (a in xs)


@refute(a=0, b=1)
def beq_le_f(a: int, b: int) -> bool:
    return (a == b) == (a <= b)


@refute()
def trunc_beq_f() -> bool:
    return nsub(2, 3) == 1


@refute(xs=[0], ys=[0])
def count_append_max_f(xs: list[int], ys: list[int]) -> bool:
    return count_beq(xs + ys, 0) == max(count_beq(xs, 0), count_beq(ys, 0))


@refute(xs=[0, 0], a=0)
def erase_length_count_f(xs: list[int], a: int) -> bool:
    return len(erase_first(xs, a, eq)) == nsub(len(xs), count_beq(xs, a))


@refute(xs=[0, 0], a=0)
def erase_count_zero_f(xs: list[int], a: int) -> bool:
    return count_beq(erase_first(xs, a, eq), a) == 0


@refute()
def decide_ediv_f() -> bool:
    return ediv(7, -2) == -4


@refute()
def decide_trunc_f() -> bool:
    return nsub(3, 5) + 5 == 3


@refute(n=0)
def decide_pred_lt_f(n: int) -> bool:
    return nsub(n, 1) < n


@refute(p=True, q=False)
def or_eq_and_f(p: bool, q: bool) -> bool:
    return (p or q) == (p and q)


@refute(b=False)
def not_false_f(b: bool) -> bool:
    return (not b) is False


@refute(b=False, c=False)
def beq_and_f(b: bool, c: bool) -> bool:
    return (b == c) == (b and c)


@refute(n=4)
def decide_and_lcm_f(n: int) -> bool:
    return (n % 2 == 0 and n % 4 == 0) == (n % 8 == 0)


@refute(xs=[3, 3])
def filter_beq_le_one_f(xs: list[int]) -> bool:
    return len([x for x in xs if x == 3]) <= 1


@refute(xs=[0])
def all_sq_pos_f(xs: list[int]) -> bool:
    return all(x * x > 0 for x in xs)


@refute(xs=[0])
def any_neg_nil_f(xs: list[int]) -> bool:
    return implies(not any(x < 0 for x in xs), xs == [])


@refute()
def contains_three_f() -> bool:
    return (1 + 2 in [1, 2, 3]) is False


@refute()
def list_beq_swap_f() -> bool:
    return [1, 2] == [2, 1]


def tag_beq(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The file's `instance : BEq Tag`: compare `id` only."""
    return a[0] == b[0]


@refute()
def tag_eq_f() -> bool:
    return (1, 2) == (1, 3)  # structural equality of `⟨id, note⟩`


@refute()
def tag_count_other_f() -> bool:
    return count_beq([(1, 2)], (2, 2), tag_beq) == 1


@refute()
def tag_mem_f() -> bool:
    return (1, 3) in [(1, 2)]  # `∈` is propositional, structural


@refute()
def tag_contains_f() -> bool:
    return (count_beq([(1, 2), (2, 2)], (1, 9), tag_beq) > 0) is False


@refute()
def decide_exists_fin_f() -> bool:
    return any(i * i == 9 for i in range(3))


@refute(xs=[1, 1], a=1)
def count_le_one_f(xs: list[int], a: int) -> bool:
    return count_beq(xs, a) <= 1


@refute(a=2, b=2)
def bne_true_f(a: int, b: int) -> bool:
    return (a != b) is True


@refute(xs=[0, 0])
def dedup_count_f(xs: list[int]) -> bool:
    return count_beq(list(dict.fromkeys(xs)), 0) == count_beq(xs, 0)


# ------------------------------------------------------------------------------ Sections
# The counterexample binds exactly the variables the theorem receives under Lean's rules; the
# section hypotheses that are not included are absent from the statement, hence unchecked.


@refute(n=0)
def pred_add_one_noincl_f(n: int) -> bool:
    return nsub(n, 1) + 1 == n


@refute(n=0)
def two_le_double_noincl_f(n: int) -> bool:
    return 2 <= 2 * n


@refute(n=0)
def div_self_noincl_f(n: int) -> bool:
    return ndiv(n, n) == 1


@refute(n=0, m=1)
def pred_lt_other_hyp_f(n: int, m: int) -> bool:
    return implies(1 <= m, nsub(n, 1) < n)


@refute(a=0, b=1)
def sub_add_omit_f(a: int, b: int) -> bool:
    return nsub(a, b) + b == a


@refute(a=0, b=1)
def sub_rev_omit_f(a: int, b: int) -> bool:
    return nsub(b, a) == 0


@refute(a=0, b=1, c=0)
def sub_add_extra_omit_f(a: int, b: int, c: int) -> bool:
    return nsub(a, b) + (b + c) == a + c


@refute(a=0, b=1)
def sub_add_after_section_f(a: int, b: int) -> bool:
    return nsub(a, b) + b == a


@refute(m=1, i=0)
def val_succ_lt_f(m: int, i: int) -> bool:
    assert 0 <= i < m
    return i + 1 < m


@refute(m=0)
def one_lt_noincl_f(m: int) -> bool:
    return 1 < m


@refute(m=1)
def one_mod_noincl_f(m: int) -> bool:
    return nmod(1, m) == 1


@refute(x=-1, y=2)
def emod_le_noincl_f(x: int, y: int) -> bool:
    return emod(x, y) <= x


@refute(x=0, y=0)
def emod_lt_noincl_f(x: int, y: int) -> bool:
    return emod(x, y) < y


@refute(x=-3)
def half_le_noincl_f(x: int) -> bool:
    return ediv(x, 2) <= x


@refute(x=-1, y=1)
def emod_le_only_hy_f(x: int, y: int) -> bool:
    return implies(0 < y, emod(x, y) <= x)


@refute(r=Q(0))
def div_self_noincl_real_f(r: Q) -> bool:
    return qdiv(r, r) == 1


@refute(r=Q(-1), s=Q(1))
def inv_anti_only_hs_f(r: Q, s: Q) -> bool:
    return implies(r <= s, qdiv(1, s) <= qdiv(1, r))


@refute(r=Q(0), s=Q(0))
def s_pos_only_hs_f(r: Q, s: Q) -> bool:
    return implies(r <= s, 0 < s)


@refute(xs=[])
def length_pos_noincl_f(xs: list[int]) -> bool:
    return 0 < len(xs)


@refute(xs=[])
def length_pred_noincl_f(xs: list[int]) -> bool:
    return nsub(len(xs), 1) + 1 == len(xs)


@refute(ys=[], a=0)
def erase_shorter_f(ys: list[int], a: int) -> bool:
    """At `α := ℕ`."""
    return len(erase_first(ys, a, eq)) < len(ys)


# ------------------------------------------------------------------------------- Control


@refute(n=0)
def if_le_one_f(n: int) -> bool:
    return (1 if n <= 1 else nsub(n, 1)) == nsub(n, 1)


@refute(x=-1)
def if_abs_self_f(x: int) -> bool:
    return (-x if x < 0 else x) == x


@refute(x=Q(0))
def if_div_guard_f(x: Q) -> bool:
    return (Q(1) if x == 0 else qdiv(x, x)) == qdiv(x, x)


@refute(a=1, b=0)
def if_dist_f(a: int, b: int) -> bool:
    return (nsub(b, a) if a <= b else nsub(a, b)) == nsub(b, a)


@refute(n=0)
def match_pred_f(n: int) -> bool:
    return (1 if n == 0 else n - 1) == nsub(n, 1)


@refute(xs=[])
def match_tail_length_f(xs: list[int]) -> bool:
    return (0 if not xs else len(xs[1:])) + 1 == len(xs)


@refute(o=None)
def match_option_succ_f(o: int | None) -> bool:
    return (0 if o is None else o + 1) == (0 if o is None else o) + 1


@refute(x=0)
def let_sub_add_f(x: int) -> bool:
    y = nsub(x, 5)
    return y + 5 == x


@refute(x=0)
def let_half_rem_f(x: int) -> bool:
    y = ediv(x, 2)
    return x - 2 * y == 1


@refute(a=1)
def if_parity_f(a: int) -> bool:
    lhs = ndiv(a, 2) if a % 2 == 0 else ndiv(nsub(a, 1), 2)
    return lhs == ndiv(a + 1, 2)


@refute(p=True, q=True)
def if_prop_sum_f(p: bool, q: bool) -> bool:
    return (1 if p else 0) + (1 if q else 0) <= 1


@refute(b=True, x=Q(1, 2))
def if_bool_half_f(b: bool, x: Q) -> bool:
    return (x if b else Q(1, 2)) != Q(1, 2) or b is False


@refute(x=Q(-1))
def if_fold_nonneg_f(x: Q) -> bool:
    return (x if x <= Q(1, 2) else 1 - x) >= 0


@refute(p=(0, 1))
def match_pair_sub_f(p: tuple[int, int]) -> bool:
    a, b = p
    return nsub(a, b) + p[1] == p[0]


@refute(x=7)
def if_half_twice_f(x: int) -> bool:
    v = Q(1, 2) if x == 7 else Q(3, 2)
    return v + v != 1


@refute(a=3)
def match_mod4_f(a: int) -> bool:
    r = a % 4
    return (r if r in (0, 1) else 2) == r


@refute(x=-1)
def if_ediv_f(x: int) -> bool:
    return (0 if ediv(x, 2) == 0 else x) == 0


@refute(n=2)
def if_nested_f(n: int) -> bool:
    return (0 if n == 0 else 1 if n == 1 else n) <= 1


@refute(xs=[0])
def match_two_f(xs: list[int]) -> bool:
    lhs = 0 if not xs else xs[0] + 1 if len(xs) == 1 else xs[0] + xs[1]
    return lhs <= lsum(xs)


@refute(b=False)
def if_bool_eq_f(b: bool) -> bool:
    return (1 if b else 2) == 1


@refute(x=Q(1, 2))
def if_round_f(x: Q) -> bool:
    return implies(0 <= x < 1, (Q(0) if x < Q(1, 2) else Q(1)) <= x)


@refute(n=0)
def let_trunc_f(n: int) -> bool:
    k = nsub(n, 1)
    return k * 2 + 1 == nsub(2 * n, 1)


# ----------------------------------------------------------------------------- Recursion
# The recursive definitions of the file, transcribed equation by equation.


def tri(n: int) -> int:
    return 0 if n == 0 else n + tri(n - 1)


def pow2(n: int) -> int:
    return 1 if n == 0 else 2 * pow2(n - 1)


def alt_sum(xs: list[int]) -> int:
    return 0 if not xs else xs[0] - alt_sum(xs[1:])


def halves(n: int) -> Q:
    return Q(1) if n == 0 else qdiv(halves(n - 1), 2)


def count_down(n: int) -> list[int]:
    return [] if n == 0 else [n - 1, *count_down(n - 1)]


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 2) + fib(n - 1)


def sum_sq(xs: list[int]) -> int:
    return 0 if not xs else xs[0] * xs[0] + sum_sq(xs[1:])


def dbl(xs: list[int]) -> list[int]:
    return [] if not xs else [xs[0], xs[0], *dbl(xs[1:])]


def sub_all(a: int, xs: list[int]) -> int:
    return a if not xs else sub_all(nsub(a, xs[0]), xs[1:])


def collatz_step(n: int) -> int:
    return ndiv(n, 2) if n % 2 == 0 else 3 * n + 1


def sign_alt(n: int) -> int:
    return 1 if n == 0 else -sign_alt(n - 1)


def geom(r: Q, n: int) -> Q:
    return Q(1) if n == 0 else r * geom(r, n - 1)


def max_all(xs: list[int]) -> int:
    return 0 if not xs else max(xs[0], max_all(xs[1:]))


@refute(n=2)
def tri_sq_f(n: int) -> bool:
    return tri(n) == n * n


@refute(n=0)
def tri_gt_f(n: int) -> bool:
    return tri(n) > n


@refute(n=0)
def pow2_double_f(n: int) -> bool:
    return pow2(n) == 2 * n


@refute(n=3)
def pow2_ge_sq_f(n: int) -> bool:
    return pow2(n) >= n * n


@refute(xs=[1, 0])
def altSum_double_f(xs: list[int]) -> bool:
    return alt_sum(xs + xs) == 0


@refute(xs=[1, 0])
def altSum_reverse_f(xs: list[int]) -> bool:
    return alt_sum(xs[::-1]) == alt_sum(xs)


@refute(n=0)
def halves_lt_one_f(n: int) -> bool:
    return halves(n) < 1


@refute(n=0)
def halves_sum_ne_f(n: int) -> bool:
    return halves(n + 1) + halves(n + 1) != halves(n)


@refute(n=1)
def countDown_sum_f(n: int) -> bool:
    return lsum(count_down(n)) == tri(n)


@refute(n=6)
def fib_le_f(n: int) -> bool:
    return fib(n) <= n


@refute()
def fib_ten_f() -> bool:
    return fib(10) == 89


@refute(xs=[], ys=[0])
def len_append_f(xs: list[int], ys: list[int]) -> bool:
    """At `α := ℕ`."""
    return len(xs + ys) == len(xs)


@refute(xs=[1, 1])
def sumSq_ge_sq_f(xs: list[int]) -> bool:
    return sum_sq(xs) >= lsum(xs) * lsum(xs)


@refute(xs=[])
def dbl_length_add_f(xs: list[int]) -> bool:
    return len(dbl(xs)) == len(xs) + 2


@refute(a=0, xs=[1])
def subAll_add_f(a: int, xs: list[int]) -> bool:
    return sub_all(a, xs) + lsum(xs) == a


@refute(n=1)
def collatz_le_f(n: int) -> bool:
    return collatz_step(n) <= n


@refute()
def collatz_six_f() -> bool:
    return collatz_step(6) == 10


@refute(n=1)
def signAlt_one_f(n: int) -> bool:
    return sign_alt(n) == 1


@refute(r=Q(-1), n=1)
def geom_nonneg_f(r: Q, n: int) -> bool:
    return geom(r, n) >= 0


@refute(xs=[1, 1])
def maxAll_eq_sum_f(xs: list[int]) -> bool:
    return max_all(xs) == lsum(xs)


@refute(xs=[1, 2])
def maxAll_head_f(xs: list[int]) -> bool:
    return max_all(xs) == (xs[0] if xs else 0)


# ---------------------------------------------------------------------------- Structures
# Structures as tuples in field order: `Box = (w, h)`, `Interval = (lo, hi)`, `Acc = (total,
# count)`, `Slot = (idx, weight)`.


def box_area(b: tuple[int, int]) -> int:
    return b[0] * b[1]


def box_grow(b: tuple[int, int]) -> tuple[int, int]:
    return (b[0] + 1, b[1])


def box_shrink(b: tuple[int, int]) -> tuple[int, int]:
    return (b[0], nsub(b[1], 1))


def width(i: tuple[Q, Q]) -> Q:
    return i[1] - i[0]


def mid(i: tuple[Q, Q]) -> Q:
    return qdiv(i[0] + i[1], 2)


def widen(i: tuple[Q, Q], d: Q) -> tuple[Q, Q]:
    return (i[0] - d, i[1] + d)


def acc_push(a: tuple[int, int], x: int) -> tuple[int, int]:
    return (a[0] + x, a[1] + 1)


def acc_mean(a: tuple[int, int]) -> Q:
    return qdiv(a[0], a[1])


@refute()
def default_area_f() -> bool:
    return box_area((3, 1)) == 0


@refute(b=(0, 0))
def grow_area_f(b: tuple[int, int]) -> bool:
    return box_area(box_grow(b)) == box_area(b) + 1


@refute(b=(0, 0))
def shrink_h_f(b: tuple[int, int]) -> bool:
    return box_shrink(b)[1] + 1 == b[1]


@refute(b=(0, 1))
def shrink_area_lt_f(b: tuple[int, int]) -> bool:
    return box_area(box_shrink(b)) < box_area(b)


@refute(b=(0, 0))
def grow_h_f(b: tuple[int, int]) -> bool:
    return box_grow(b)[1] == b[1] + 1


@refute(b=(1, 0))
def with_h_area_f(b: tuple[int, int]) -> bool:
    return box_area((b[0], 1)) == box_area(b)


@refute()
def anon_area_f() -> bool:
    return box_area((2, 5)) == 2


@refute(i=(Q(1), Q(0)))
def width_nonneg_f(i: tuple[Q, Q]) -> bool:
    return 0 <= width(i)


@refute(i=(Q(0), Q(0)), d=Q(-1))
def widen_ge_f(i: tuple[Q, Q], d: Q) -> bool:
    return width(widen(i, d)) >= width(i)


@refute(i=(Q(0), Q(0)))
def mid_ne_lo_f(i: tuple[Q, Q]) -> bool:
    return mid(i) != i[0]


@refute(i=(Q(1), Q(0)))
def lo_le_mid_f(i: tuple[Q, Q]) -> bool:
    return i[0] <= mid(i)


@refute(i=(Q(0), Q(1)))
def mid_int_f(i: tuple[Q, Q]) -> bool:
    return implies(i[0] == 0 and i[1] == 1, mid(i) in (0, 1))


@refute(x=1)
def push_mean_half_f(x: int) -> bool:
    return acc_mean(acc_push((0, 0), x)) == qdiv(x, 2)


@refute(a=(1, 0))
def empty_mean_total_f(a: tuple[int, int]) -> bool:
    return implies(a[1] == 0, acc_mean(a) == a[0])


@refute()
def two_mean_f() -> bool:
    return acc_mean(acc_push(acc_push((0, 0), 1), 2)) == 1


@refute(a=(0, 0), x=0)
def push_count_same_f(a: tuple[int, int], x: int) -> bool:
    return acc_push(a, x)[1] == a[1]


@refute()
def slot_default_f() -> bool:
    idx, weight = 3, Q(1, 2)
    return idx * weight == 3


@refute(s=(0, Q(-1)))
def slot_score_le_f(s: tuple[int, Q]) -> bool:
    idx, weight = s
    return idx * weight <= 3 * weight


@refute(p=(0, 1))
def pair_sub_nonneg_f(p: tuple[int, int]) -> bool:
    return p[0] - p[1] >= 0


@refute(b=(1, 2))
def box_eq_of_w_f(b: tuple[int, int]) -> bool:
    return implies(b[0] == 1, b == (1, 1))


@refute()
def k_outer_f() -> bool:
    inner_k = 5  # `k` resolves to `Outer.Inner.k` inside `Outer.Inner`
    return inner_k == 3


@refute()
def inner_k_f() -> bool:
    inner_k = 5
    return inner_k == 3


def clamp(x: int) -> int:
    return max(0, min(x, 10))


@refute(x=0)
def clamp_ge_one_f(x: int) -> bool:
    return clamp(x) >= 1


@refute(x=-1)
def clamp_id_f(x: int) -> bool:
    return implies(x <= 10, clamp(x) == x)


# ------------------------------------------------------------------------------ ListLaws


def foldl(f: Callable[[Any, Any], Any], init: Any, xs: list[Any]) -> Any:
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


def foldr(f: Callable[[Any, Any], Any], init: Any, xs: list[Any]) -> Any:
    acc = init
    for x in reversed(xs):
        acc = f(x, acc)
    return acc


def get_bang(xs: list[int], i: int) -> int:
    """`xs[i]!` at ℕ: the default 0 out of range."""
    return xs[i] if 0 <= i < len(xs) else 0


@refute(xs=[], k=1)
def take_length_f(xs: list[int], k: int) -> bool:
    return len(xs[:k]) == k


@refute(xs=[-1], k=1)
def drop_sum_le_int_f(xs: list[int], k: int) -> bool:
    return lsum(xs[k:]) <= lsum(xs)


@refute(xs=[0], ys=[])
def zip_fst_f(xs: list[int], ys: list[int]) -> bool:
    # Python's zip, like Lean's, stops at the shorter list.
    return [a for a, _ in zip(xs, ys, strict=False)] == xs


@refute(n=1)
def range_sum_f(n: int) -> bool:
    return lsum(list(range(n))) == ndiv(n * (n + 1), 2)


@refute(xs=[1, 2])
def foldl_foldr_sub_f(xs: list[int]) -> bool:
    left = foldl(lambda acc, x: nsub(x, acc), 0, xs)
    right = foldr(lambda x, acc: nsub(x, acc), 0, xs)
    return left == right


@refute(xs=[2])
def filter_split_f(xs: list[int]) -> bool:
    return len([x for x in xs if x > 2]) + len([x for x in xs if x < 2]) == len(xs)


@refute(xs=[0, 1])
def reverse_head_f(xs: list[int]) -> bool:
    rev = xs[::-1]
    return (rev[0] if rev else None) == (xs[0] if xs else None)


@refute(xs=[0, 2])
def map_pred_sum_f(xs: list[int]) -> bool:
    return lsum([nsub(x, 1) for x in xs]) == nsub(lsum(xs), len(xs))


@refute(n=0, a=Q(0))
def replicate_prod_f(n: int, a: Q) -> bool:
    return lprod([a] * n, Q(1)) == n * a


@refute(xs=[0])
def length_le_sum_f(xs: list[int]) -> bool:
    return len(xs) <= lsum(xs)


@refute(xs=[3, 3])
def sum_le_max_add_f(xs: list[int]) -> bool:
    return lsum(xs) <= foldr(max, 0, xs) + len(xs)


@refute(xs=[1], ys=[])
def zipWith_mul_ge_f(xs: list[int], ys: list[int]) -> bool:
    return lsum([a * b for a, b in zip(xs, ys, strict=False)]) >= lsum(xs)


@refute(xs=[], i=0)
def getBang_in_range_f(xs: list[int], i: int) -> bool:
    return implies(get_bang(xs, i) <= lsum(xs), i < len(xs))


@refute(xs=[])
def head_lt_nonempty_f(xs: list[int]) -> bool:
    return implies(get_bang(xs, 0) < lsum(xs) + 1, xs != [])


@refute(xs=[0])
def append_self_length_f(xs: list[int]) -> bool:
    return len(xs + xs) == len(xs) ** 2


@refute(xs=[1, 1])
def dedup_sum_f(xs: list[int]) -> bool:
    return lsum(list(dict.fromkeys(xs))) == lsum(xs)


@refute(xs=[], a=1)
def concat_sum_f(xs: list[int], a: int) -> bool:
    return lsum([*xs, a]) == lsum(xs)


@refute(xs=[0, 1])
def rotate_head_f(xs: list[int]) -> bool:
    rot = xs[1:] + xs[:1]
    return (rot[0] if rot else None) == (xs[0] if xs else None)


@refute(xs=[1, 1])
def map_half_sum_f(xs: list[int]) -> bool:
    return lsum([ndiv(x, 2) for x in xs]) == ndiv(lsum(xs), 2)


@refute(xs=[1, 1])
def map_mod_sum_f(xs: list[int]) -> bool:
    return lsum([x % 2 for x in xs]) == lsum(xs) % 2


@refute(xs=[1, 2], k=5)
def take_too_many_f(xs: list[int], k: int) -> bool:
    return implies(len(xs) <= k, len(xs[:k]) == k)


@refute(xs=[1], ys=[2, 3])
def zip_snd_sum_f(xs: list[int], ys: list[int]) -> bool:
    return lsum([b for _, b in zip(xs, ys, strict=False)]) == lsum(ys)


@refute(xs=[1, 2, 3])
def foldr_sub_f(xs: list[int]) -> bool:
    left = foldr(lambda x, acc: x - acc, 0, xs)
    right = foldl(lambda acc, x: acc - x, 0, xs) + 2 * (xs[0] if xs else 0)
    return left == right


@refute(xs=[Q(1, 2), Q(1, 2)])
def prod_ge_min_f(xs: list[Q]) -> bool:
    hyp = all(0 < x for x in xs) and xs != []
    return implies(hyp, lprod(xs, Q(1)) >= foldr(min, Q(1), xs))


# ------------------------------------------------------ NonIntegerSums: irrational factors
# `Real.sqrt d` for a non-square `d` is handled exactly in ℚ(√d): a pair `(a, b)` is `a + b√d`.


def surd_prod(factors: list[tuple[Q, Q]], d: int) -> tuple[Q, Q]:
    """`List.prod` (a right fold from 1) in ℚ(√d)."""
    acc = (Q(1), Q(0))
    for a, b in reversed(factors):
        c, e = acc
        acc = (a * c + d * b * e, a * e + b * c)
    return acc


SQRT2 = (Q(0), Q(1))  # √2 in ℚ(√2)
SQRT3 = (Q(0), Q(1))  # √3 in ℚ(√3)


@refute(xs=[0, 0])
def sqrt2_prod_ne_two_f(xs: list[int]) -> bool:
    return surd_prod([SQRT2 for _ in xs], 2) != (Q(2), Q(0))


@refute(xs=[0, 0, 0, 0])
def sqrt2_prod_ne_four_f(xs: list[int]) -> bool:
    return surd_prod([SQRT2 for _ in xs], 2) != (Q(4), Q(0))


@refute(xs=[0, 0])
def sqrt3_prod_ne_three_f(xs: list[int]) -> bool:
    return surd_prod([SQRT3 for _ in xs], 3) != (Q(3), Q(0))


@refute(xs=[0, 0])
def sqrt2_prod_nonempty_f(xs: list[int]) -> bool:
    return implies(xs != [], surd_prod([SQRT2 for _ in xs], 2) != (Q(2), Q(0)))


@refute(xs=[])
def shift_half_prod_ne_one_f(xs: list[int]) -> bool:
    return lprod([x + Q(1, 2) for x in xs], Q(1)) != 1


@refute(xs=[])
def sign_half_sum_ne_zero_f(xs: list[int]) -> bool:
    return lsum([Q(1, 2) if x == 0 else Q(-1, 2) for x in xs], Q(0)) != 0


@refute(xs=[0, 0])
def pow_half_sum_ne_one_f(xs: list[int]) -> bool:
    return lsum([Q(1, 2) ** (x + 1) for x in xs], Q(0)) != 1


@refute(xs=[0, 0])
def inv_shift_sum_ne_one_f(xs: list[int]) -> bool:
    return lsum([qdiv(1, x + 2) for x in xs], Q(0)) != 1


# ------------------------------------------------------------------- `!=` is `bne`, not `≠`


@refute()
def nan_ne_f() -> bool:
    # Both sides are the same term `0.0 / 0.0`; `≠` is `¬ (a = a)`, false by reflexivity of `Eq`
    # (IEEE `==` is not involved).
    same_term = True
    return not same_term


@refute(a=0, b=0)
def bne_iff_eq_f(a: int, b: int) -> bool:
    return (not (a == b)) == (a == b)  # `a != b` is `!(a == b)`


@refute(n=2)
def fin_sqrt2_prod_ne_two_f(n: int) -> bool:
    return surd_prod([SQRT2] * n, 2) != (Q(2), Q(0))


@refute(xs=[SQRT2, SQRT2])
def sqrt2_hyp_prod_ne_two_f(xs: list[tuple[Q, Q]]) -> bool:
    """`xs` holds elements of ℚ(√2); both are `√2`."""
    return implies(all(x == SQRT2 for x in xs), surd_prod(xs, 2) != (Q(2), Q(0)))


@refute(xs=[])
def unit_open_prod_ne_one_f(xs: list[Q]) -> bool:
    return implies(all(0 < x < 1 for x in xs), lprod(xs, Q(1)) != 1)


# ------------------------------------------------------------------------------ Literals


def _ite(c: bool, a: Any, b: Any) -> Any:
    return a if c else b


@refute(xs=[5, 5, 5])
def lit_third_sum_ne_one_f(xs: list[int]) -> bool:
    return lsum([_ite(x == 5, Q(1, 3), Q(2, 3)) for x in xs], Q(0)) != 1


@refute(xs=[10, 10])
def lit_half_sum_lt_one_f(xs: list[int]) -> bool:
    return lsum([_ite(x == 10, Q(1, 2), Q(0)) for x in xs], Q(0)) < 1


@refute(xs=[42, 42])
def lit_count_lt_two_f(xs: list[int]) -> bool:
    return count_beq(xs, 42) < 2


@refute(xs=[100, 100])
def lit_real_quarters_f(xs: list[int]) -> bool:
    return lsum([_ite(x == 100, Q(1, 4), Q(1)) for x in xs], Q(0)) != Q(1, 2)


@refute(z=-50)
def lit_int_shift_f(z: int) -> bool:
    return z + 1 != -49


@refute(i=42)
def lit_fin_val_f(i: int) -> bool:
    return i != 42


@refute(n=1000)
def lit_nat_big_f(n: int) -> bool:
    return n * 3 != 3000


@refute(x=1e308)
def lit_float_overflow_f(x: float) -> bool:
    return x * 10.0 < 1e308 + 1e308  # ∞ < ∞


@refute(x=0)
def lit_big_pow_ge_one_f(x: int) -> bool:
    return x ** (10**100) >= 1  # 0 ^ k = 0 for k > 0 (Python computes it at once)


@refute(x=-1)
def lit_big_pow_odd_f(x: int) -> bool:
    return x ** (10**100 + 1) >= 0  # ±1 stays ±1: Python squares it 333 times


@refute(x=0)
def lit_big_pow_gt_one_f(x: int) -> bool:
    return (x + 1) ** (10**100) > 1  # 1 ^ k = 1


@refute()
def lit_nan_count_two_f() -> bool:
    nan = fdiv(0.0, 0.0)
    return count_beq([fdiv(0.0, 0.0), fdiv(0.0, 0.0)], nan) == 2


@refute()
def lit_neg_zero_f() -> bool:
    return (-0.0 == 0.0) is False


@refute()
def lit_inf_sub_f() -> bool:
    inf = fdiv(1.0, 0.0)
    return (inf - inf) == 0.0


@refute()
def lit_right_fold_f() -> bool:
    return lsum([1.0, 1e16, -1e16], 0.0) == 0.0


@refute()
def lit_nan_contains_f() -> bool:
    return count_beq([fdiv(0.0, 0.0)], fdiv(0.0, 0.0)) > 0


@refute()
def lit_closed_overflow_f() -> bool:
    return 1e308 * 10.0 < 1e308 + 1e308


@refute(xs=[0, 7])
def lit_not_eq_sum_f(xs: list[int]) -> bool:
    return not (lsum([_ite(x == 7, Q(1, 2), Q(3, 2)) for x in xs], Q(0)) == 2)


@refute(x=Q(0), y=Q(1, 2))
def lit_rat_gap_f(x: Q, y: Q) -> bool:
    return implies(x < y, x + 1 <= y)


@refute(n=0, q=Q(1, 2))
def lit_cast_gap_f(n: int, q: Q) -> bool:
    return implies(Q(n) < q, Q(n) + 1 <= q)


@refute(x=1, xs=[], i=0)
def lit_get_cons_f(x: int, xs: list[int], i: int) -> bool:
    def get(ys: list[int], k: int) -> int:
        return ys[k] if 0 <= k < len(ys) else 0  # `ys[k]!`: the default 0 out of range

    return get([x, *xs], i) == get(xs, nsub(i, 1))


@refute(f={}, g={-1: 1})
def lit_nat_hyp_f(f: dict[int, int], g: dict[int, int]) -> bool:
    def fn(table: dict[int, int]) -> Callable[[int], int]:
        return lambda v: table.get(v, 0)

    hyp = all(fn(f)(k) == fn(g)(k) for k in range(1000))  # on naturals the tables agree
    return implies(hyp, fn(f)(-1) == fn(g)(-1))
