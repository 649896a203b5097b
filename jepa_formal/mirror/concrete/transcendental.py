"""``Real.exp``, ``Real.log`` and irrational ``Real.sqrt`` on concrete values: exact where the
value is rational, otherwise a rigorous interval that decides comparisons or says it cannot.

Why intervals and not floats: ``exp 1`` has no exact ``Fraction``, and a rounded value would
make equalities and comparisons wrong in either direction (a false law "proved" by a rounding,
a true one refuted). A ``RealInterval`` is a closed interval ``[lo, hi]`` of rationals known to
contain the real value; arithmetic on it is exact interval arithmetic on ``Fraction``s, and a
comparison either follows from the bounds (``[2.71, 2.72] < 3``) or raises ``Undecided``, a
``BudgetExceeded``: the search then skips that instance and counts it, as it does an instance
too large to evaluate. Equality of two irrational values is therefore never decided (``exp a
* exp b = exp (a + b)`` skips every instance; the prover decides such laws symbolically).

Mathlib's conventions are kept: ``Real.log 0 = 0``, ``Real.log (-x) = Real.log x``,
``Real.exp 0 = 1``, ``Real.log 1 = 0``; ``Real.sqrt x = 0`` for ``x ≤ 0``.

The bounds come from ``decimal``'s ``exp``/``ln``/``sqrt``, which are correctly rounded (the
``decimal`` module documents it), at ``DIGITS`` digits; the interval is widened by a relative
``10 ** -(DIGITS - 10)`` beyond that, and the input is first bounded below and above by decimals
rounded outward, so every bound is a proved bound of the exact value (both functions are
monotone on the intervals used).
"""

from __future__ import annotations

import decimal
import math
from fractions import Fraction
from typing import Any

from jepa_formal.errors import BudgetExceeded, Undecided

DIGITS = 60
"""Working precision (decimal digits) of one transcendental evaluation."""

MAX_EXP_ARG = 1000
"""Largest |x| whose ``exp`` is computed; beyond it the instance is skipped as over budget."""

_SLACK = Fraction(1, 10 ** (DIGITS - 10))
_BITS = 200
"""Bounds are rounded outward to ``_BITS`` significant bits, so denominators stay small."""




def _round_out(lo: Fraction, hi: Fraction) -> tuple[Fraction, Fraction]:
    """Round ``lo`` down and ``hi`` up to ``_BITS`` significant bits (keeps sizes bounded)."""
    mag = max(abs(lo), abs(hi))
    if mag == 0:
        return lo, hi
    shift = _BITS - (mag.numerator.bit_length() - mag.denominator.bit_length())
    small = max(lo.denominator.bit_length(), hi.denominator.bit_length()) <= shift
    if shift <= 0 or small:
        return lo, hi
    scale = 1 << shift
    down = Fraction((lo.numerator * scale) // lo.denominator, scale)
    up = Fraction(-((-hi.numerator * scale) // hi.denominator), scale)
    return down, up


class RealInterval:
    """An irrational real known to lie in ``[lo, hi]`` (``lo < hi``, rational bounds)."""

    __slots__ = ("hi", "lo")

    def __init__(self, lo: Fraction, hi: Fraction) -> None:
        self.lo, self.hi = _round_out(Fraction(lo), Fraction(hi))

    # --- construction ------------------------------------------------------------------------

    @staticmethod
    def of(x: Any) -> tuple[Fraction, Fraction]:
        if isinstance(x, RealInterval):
            return x.lo, x.hi
        if isinstance(x, (int, Fraction)) and not isinstance(x, bool):
            q = Fraction(x)
            return q, q
        raise TypeError(f"not a real value: {x!r}")

    @staticmethod
    def make(lo: Fraction, hi: Fraction) -> Any:
        """An exact ``Fraction`` when the bounds meet, else an interval."""
        return lo if lo == hi else RealInterval(lo, hi)

    # --- arithmetic (exact interval arithmetic) ----------------------------------------------

    def __add__(self, other: Any) -> Any:
        try:
            a, b = self.of(other)
        except TypeError:
            return NotImplemented
        return RealInterval.make(self.lo + a, self.hi + b)

    __radd__ = __add__

    def __neg__(self) -> RealInterval:
        return RealInterval(-self.hi, -self.lo)

    def __pos__(self) -> RealInterval:
        return self

    def __sub__(self, other: Any) -> Any:
        try:
            a, b = self.of(other)
        except TypeError:
            return NotImplemented
        return RealInterval.make(self.lo - b, self.hi - a)

    def __rsub__(self, other: Any) -> Any:
        return (-self) + other

    def __mul__(self, other: Any) -> Any:
        try:
            a, b = self.of(other)
        except TypeError:
            return NotImplemented
        ps = (self.lo * a, self.lo * b, self.hi * a, self.hi * b)
        return RealInterval.make(min(ps), max(ps))

    __rmul__ = __mul__

    def _inverse(self) -> RealInterval:
        if self.lo <= 0 <= self.hi:
            raise Undecided("division by an irrational value whose bounds contain 0")
        return RealInterval(1 / self.hi, 1 / self.lo)

    def __truediv__(self, other: Any) -> Any:
        if isinstance(other, RealInterval):
            return self * other._inverse()
        try:
            a, _ = self.of(other)
        except TypeError:
            return NotImplemented
        if a == 0:
            return Fraction(0)  # Lean: x / 0 = 0
        return self * (1 / a)

    def __rtruediv__(self, other: Any) -> Any:
        try:
            a, _ = self.of(other)
        except TypeError:
            return NotImplemented
        return self._inverse() * a

    def __pow__(self, k: Any) -> Any:
        if not isinstance(k, int) or k < 0:
            return NotImplemented
        out: Any = Fraction(1)
        for _ in range(k):
            out = out * self
        if k % 2 == 0 and isinstance(out, RealInterval) and out.lo < 0:
            return RealInterval(Fraction(0), out.hi)
        return out

    def __abs__(self) -> Any:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return RealInterval(Fraction(0), max(-self.lo, self.hi))

    # --- comparisons: decided by the bounds, or Undecided -----------------------------------

    def _cmp(self, other: Any) -> int:
        """-1, 0 or 1 when decided; raise ``Undecided`` otherwise."""
        a, b = self.of(other)
        if self.hi < a:
            return -1
        if self.lo > b:
            return 1
        raise Undecided(f"comparing {show_interval(self)} with a value its bounds do not separate")

    def __lt__(self, other: Any) -> bool:
        return self._cmp(other) < 0

    def __le__(self, other: Any) -> bool:
        return self._cmp(other) < 0

    def __gt__(self, other: Any) -> bool:
        return self._cmp(other) > 0

    def __ge__(self, other: Any) -> bool:
        return self._cmp(other) > 0

    def __eq__(self, other: Any) -> bool:  # type: ignore[override]
        try:
            self._cmp(other)
        except TypeError:
            return NotImplemented  # type: ignore[no-any-return]
        return False

    def __ne__(self, other: Any) -> bool:  # type: ignore[override]
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __bool__(self) -> bool:
        if self.lo <= 0 <= self.hi:
            raise Undecided("the sign of an irrational value whose bounds contain 0")
        return True

    def __hash__(self) -> int:
        # Equal reals must hash equal, and whether this one equals a rational (or another
        # interval) is not decided by its bounds: a set or dict lookup would never reach
        # ``__eq__`` (√2·√2 and 2 in different buckets). Hashing is undecided too.
        raise Undecided(f"hashing {show_interval(self)}: equality with other reals is not "
                        "decided by its bounds")

    def __repr__(self) -> str:
        return f"RealInterval({self.lo}, {self.hi})"

    def approx(self) -> str:
        """How counterexamples print it (``show_value`` looks this method up)."""
        return show_interval(self)

    def __float__(self) -> float:
        mid = (self.lo + self.hi) / 2
        try:
            return float(mid)
        except OverflowError:  # exp 1000 is finite but past binary64: saturate, as float does
            return math.inf if mid > 0 else -math.inf


def show_interval(x: RealInterval) -> str:
    """A readable approximation (not Lean syntax: the value has no finite Lean literal); in
    decimal past binary64's range: ``exp 1000 ≈ 1.97e434`` must still print."""
    mid = (x.lo + x.hi) / 2
    if mid == 0 or Fraction(1, 10 ** 300) < abs(mid) < 10 ** 300:
        return f"≈{float(mid):.12g}"
    ctx = decimal.Context(prec=12, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
    shown = ctx.divide(decimal.Decimal(mid.numerator), decimal.Decimal(mid.denominator))
    return f"≈{shown.normalize(ctx):.12g}"


# --------------------------------------------------------------------------------------------
# Bounds from decimal (correctly rounded exp, ln, sqrt)
# --------------------------------------------------------------------------------------------


def _ctx(rounding: str) -> decimal.Context:
    return decimal.Context(prec=DIGITS, rounding=rounding, Emax=10 ** 6, Emin=-(10 ** 6))


def _dec(q: Fraction, rounding: str) -> decimal.Decimal:
    """A decimal below (ROUND_FLOOR) or above (ROUND_CEILING) the rational ``q``."""
    ctx = _ctx(rounding)
    return ctx.divide(decimal.Decimal(q.numerator), decimal.Decimal(q.denominator))


def _widen_down(d: decimal.Decimal) -> Fraction:
    r = Fraction(d)
    return r - abs(r) * _SLACK


def _widen_up(d: decimal.Decimal) -> Fraction:
    r = Fraction(d)
    return r + abs(r) * _SLACK


def real_exp(x: Any) -> Any:
    """``Real.exp x``: ``1`` at ``0``, otherwise an interval (``exp`` of a nonzero rational is
    irrational, Lindemann)."""
    lo, hi = RealInterval.of(x)
    if lo == hi == 0:
        return Fraction(1)
    if max(abs(lo), abs(hi)) > MAX_EXP_ARG:
        raise BudgetExceeded(f"Real.exp of a value beyond ±{MAX_EXP_ARG}")
    ctx = _ctx(decimal.ROUND_HALF_EVEN)
    down = _widen_down(ctx.exp(_dec(lo, decimal.ROUND_FLOOR)))
    up = _widen_up(ctx.exp(_dec(hi, decimal.ROUND_CEILING)))
    return RealInterval(max(down, Fraction(0)), up)


def real_log(x: Any) -> Any:
    """``Real.log x`` as Mathlib defines it: ``log 0 = 0``, ``log (-x) = log x``; ``0`` at
    ``±1``; otherwise an interval (the logarithm of a rational other than 1 is irrational)."""
    lo, hi = RealInterval.of(x)
    if hi <= 0 and not (lo == hi == 0):
        lo, hi = -hi, -lo
    if lo == hi:
        if lo == 0 or lo == 1:
            return Fraction(0)
    elif lo <= 0:
        raise Undecided("Real.log of a value whose bounds contain 0")
    ctx = _ctx(decimal.ROUND_HALF_EVEN)
    down = _widen_down(ctx.ln(_dec(lo, decimal.ROUND_FLOOR)))
    up = _widen_up(ctx.ln(_dec(hi, decimal.ROUND_CEILING)))
    return RealInterval(down, up)


def sqrt_interval(x: Any) -> Any:
    """``Real.sqrt`` of a positive value without a rational square root: an interval."""
    lo, hi = RealInterval.of(x)
    if lo <= 0:
        raise Undecided("Real.sqrt of a value whose bounds contain 0")
    ctx = _ctx(decimal.ROUND_HALF_EVEN)
    down = _widen_down(ctx.sqrt(_dec(lo, decimal.ROUND_FLOOR)))
    up = _widen_up(ctx.sqrt(_dec(hi, decimal.ROUND_CEILING)))
    return RealInterval(max(down, Fraction(0)), up)


__all__ = ["RealInterval", "Undecided", "real_exp", "real_log", "show_interval", "sqrt_interval"]
