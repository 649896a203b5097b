"""Lean's Float literals: the double a numeral or a decimal denotes, as Lean computes it.

Lean does not round a literal to the nearest double. ``Float.ofScientific`` (and
``Float.ofNat``, which is ``ofScientific n false 0``) first cuts the exact value to its top
64 bits (``Float.ofBinaryScientific``: ``m >>> (m.log2 - 63)``, a truncation), then converts
those 64 bits to a double (round to nearest, ties to even) and scales by a power of two
(``scaleB``). A literal just above a midpoint between two doubles can lose, in the cut, the
bits that put it above, and round down where Python's correctly rounded ``float()`` rounds
up: ``(9007199254740993.0001 : Float)`` is 9007199254740992 in Lean, 9007199254740994 in
Python. The 64 bits are those of the exact value whatever digits spell it (the floors of
``ofScientific``'s shifts and divisions nest), so the value is computed from the rational.
"""

from __future__ import annotations

import math
from fractions import Fraction


def lean_float(value: int | Fraction) -> float:
    """The double Lean makes of the literal ``value`` (a negative one is the negation of
    its magnitude's, as ``-x`` is read)."""
    if type(value) is int and -(1 << 64) < value < 1 << 64:
        return float(value)  # at most 64 bits: nothing is cut, one rounding as Python's
    q = Fraction(value)
    if q < 0:
        return -lean_float(-q)
    if q == 0:
        return 0.0
    num, den = q.numerator, q.denominator
    k = 63 - (num.bit_length() - den.bit_length())  # q·2^k is near 2^63
    top = (num << k) // den if k >= 0 else num // (den << -k)
    while top >= 1 << 64:
        k -= 1
        top = (num << k) // den if k >= 0 else num // (den << -k)
    while top < 1 << 63:
        k += 1
        top = (num << k) // den if k >= 0 else num // (den << -k)
    try:
        return math.ldexp(float(top), -k)  # float(int): round to nearest, ties to even
    except OverflowError:
        return math.inf


__all__ = ["lean_float"]
