"""Comparing the two sides of a law evaluated on an implementation: exact or within tolerance.

Why not Lean's ``=``: the law is exact, the implementation rounds. A run separates three
outcomes per instance: *exact* (bit-equal), *close* (``|a - b| <= atol + rtol·max(|a|, |b|)``)
and *apart*. A NaN or an infinity on either side is always *apart*: Lean's numbers are finite,
so a non-finite result can never be the value the law speaks of (``jepaLoss [] = 0`` against a
mean that returns NaN is a failure, even though ``NaN`` appears on one side only).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from typing import Any


class Agreement(Enum):
    EXACT = "exact"
    CLOSE = "close"
    APART = "apart"


TOLERANCE_FACTOR = 1000.0
"""A deviation beyond the tolerance but within this factor of it is classified ``tolerance``
(rounding: a float32 sum checked at float64's tolerance), beyond it ``mismatch``."""

MISMATCH, NAN, INF, TOLERANCE, ERROR = "mismatch", "nan", "inf", "tolerance", "error"
KINDS = (MISMATCH, ERROR, NAN, INF, TOLERANCE)
"""Kinds of failure, most informative first (the primary finding is the first found)."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """The outcome on one instance: agreement, deviation ``|a - b|`` (inf when non-finite),
    and for ``APART`` the kind of failure (``mismatch``, ``nan``, ``inf``, ``tolerance``)."""

    agreement: Agreement
    deviation: float
    reason: str = ""
    kind: str = ""


_EQUAL = Comparison(Agreement.EXACT, 0.0)
_INF = math.inf


def is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def compare(op: str, lhs: Any, rhs: Any, rtol: float, atol: float) -> Comparison:
    """Compare ``lhs op rhs`` for ``op`` in eq/le/lt/ge/gt/ne (other values: exact equality)."""
    if op == "eq" and type(lhs) is float and type(rhs) is float and -_INF < lhs < _INF \
            and -_INF < rhs < _INF:  # the common case first: two finite floats
        if lhs == rhs:
            return _EQUAL
        dev = abs(lhs - rhs)
        return _within(dev, atol + rtol * max(abs(lhs), abs(rhs)))
    if not (is_number(lhs) and is_number(rhs)):
        ok = (lhs == rhs) if op == "eq" else (lhs != rhs) if op == "ne" else bool(
            _exact(op, lhs, rhs))
        if ok:
            return Comparison(Agreement.EXACT, 0.0)
        return Comparison(Agreement.APART, math.inf, kind=_non_finite(lhs, rhs) or MISMATCH)
    if type(lhs) is not float or type(rhs) is not float:
        exact = _exact_ints(op, lhs, rhs, rtol, atol)
        if exact is not None:
            return exact
    a, b = float(lhs), float(rhs)
    for side, v in (("left", a), ("right", b)):
        if math.isnan(v):
            return Comparison(Agreement.APART, math.inf, f"the {side} side is NaN", NAN)
        if math.isinf(v):
            return Comparison(Agreement.APART, math.inf, f"the {side} side is infinite", INF)
    dev = abs(a - b)
    slack = atol + rtol * max(abs(a), abs(b))
    if op == "eq":
        if a == b:
            return Comparison(Agreement.EXACT, 0.0)
        return _within(dev, slack)
    if op == "ne":
        return Comparison(Agreement.EXACT if a != b else Agreement.APART, 0.0,
                          kind="" if a != b else MISMATCH)
    if _exact(op, a, b):
        return Comparison(Agreement.EXACT, 0.0)
    # an order that fails exactly but holds once the sides may move by the tolerance
    return _within(dev, slack)


def _exact_ints(op: str, lhs: Any, rhs: Any, rtol: float, atol: float) -> Comparison | None:
    """Sides of which one is an ``int`` beyond float64's range (a callable returning
    ``10**400``): compared exactly (ints and finite floats as fractions), never through a float
    that overflows; None when both fit a float (the float path decides)."""
    if all(not isinstance(v, int) or abs(v) < _FLOAT_INTS for v in (lhs, rhs)):
        return None
    for side, v in (("left", lhs), ("right", rhs)):
        if isinstance(v, float) and not math.isfinite(v):
            kind = NAN if math.isnan(v) else INF
            return Comparison(Agreement.APART, math.inf,
                              f"the {side} side is {'NaN' if kind == NAN else 'infinite'}",
                              kind)
    a, b = Fraction(lhs), Fraction(rhs)
    big = ", ".join(f"the {side} side is an int of {len(str(abs(v)))} digits"
                    for side, v in (("left", lhs), ("right", rhs))
                    if isinstance(v, int) and abs(v) >= _FLOAT_INTS)
    dev_exact = abs(a - b)
    dev = float(dev_exact) if dev_exact < _FLOAT_INTS else math.inf
    if op == "ne":
        return Comparison(Agreement.EXACT if a != b else Agreement.APART, 0.0,
                          kind="" if a != b else MISMATCH)
    if _exact(op, a, b):
        return Comparison(Agreement.EXACT, 0.0)
    slack = Fraction(atol) + Fraction(rtol) * max(abs(a), abs(b))
    if dev_exact <= slack:
        return Comparison(Agreement.CLOSE, dev)
    return Comparison(Agreement.APART, dev, f"{big} (compared exactly)", MISMATCH)


_FLOAT_INTS = 2 ** 1023
"""Ints at least this large are compared exactly (``float()`` of them may overflow)."""


_CLOSE, _APART = Agreement.CLOSE, Agreement.APART
"""(Looking up an Enum member costs 0.4 µs on Python 3.11: these are read per instance.)"""


def _within(dev: float, slack: float) -> Comparison:
    if dev <= slack:
        return Comparison(_CLOSE, dev)
    kind = TOLERANCE if slack > 0 and dev <= TOLERANCE_FACTOR * slack else MISMATCH
    return Comparison(_APART, dev, kind=kind)


def _non_finite(*values: Any) -> str:
    """``nan``/``inf`` when a value (or an element of a tuple) is not finite, else ''."""
    for v in values:
        items = v if isinstance(v, tuple) else (v,)
        for x in items:
            if isinstance(x, float) and math.isnan(x):
                return NAN
            if isinstance(x, float) and math.isinf(x):
                return INF
    return ""


_ORDERS = {
    "le": lambda a, b: a <= b, "lt": lambda a, b: a < b, "ge": lambda a, b: a >= b,
    "gt": lambda a, b: a > b, "eq": lambda a, b: a == b,
}


def _exact(op: str, a: Any, b: Any) -> bool:
    test = _ORDERS.get(op)
    return bool(test(a, b)) if test is not None else False


def relative(deviation: float, lhs: Any, rhs: Any) -> float:
    """The deviation relative to the larger side (for reports); inf when non-finite."""
    if not (is_number(lhs) and is_number(rhs)) or not math.isfinite(deviation):
        return math.inf
    try:
        scale = max(abs(float(lhs)), abs(float(rhs)))
    except OverflowError:
        return 0.0 if deviation == 0 else math.inf
    return deviation / scale if scale else (0.0 if deviation == 0 else math.inf)
