"""Lean's arithmetic and logic heads for SymPy: truncated ℕ subtraction, Euclidean division…

Why dedicated heads: SymPy's own arithmetic is not Lean's. ``2 - 3`` at ℕ is 0 in Lean
(``NatSub``), ``7 / -2`` at ℤ is -3 (``IntDiv``, Euclidean), ``x / 0`` at ℝ is 0 and never
``zoo`` (``RealDiv``). Each head evaluates explicit numbers only (SymPy's guidance for
``eval``); the prover states when a head may be replaced by plain SymPy arithmetic.
"""

from __future__ import annotations

from typing import ClassVar

import sympy
from sympy import Basic, Integer, Tuple
from sympy.logic.boolalg import true
from sympy.printing.precedence import PRECEDENCE

from jepa_formal.errors import BudgetExceeded
from jepa_formal.mirror.core.numbers import NAT_NUMBERS
from jepa_formal.mirror.symbolic import lists as L


def _int(e: Basic) -> int | None:
    return int(e) if isinstance(e, Integer) else None


class NatSub(sympy.Function):
    """``a - b`` at ℕ: truncated, ``max(a - b, 0)``."""

    nargs = 2
    precedence = PRECEDENCE["Add"] - 1  # printed infix: ``b + (a - c)``, never ``b + a - c``
    is_commutative = True
    is_integer = True
    is_nonnegative = True

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if x is not None and y is not None:
            return Integer(max(x - y, 0))
        return None


class _Division(sympy.Function):
    """Base of Lean's integer division heads: a zero divisor gives Lean's fixed value (``0`` for
    ``/``, the dividend for ``%``) and two explicit integers fold with ``fold``; anything else
    stays unevaluated."""

    nargs = 2
    precedence = PRECEDENCE["Mul"] - 1  # printed infix: ``2 * (a / b)``
    is_commutative = True
    is_integer = True
    zero_keeps_dividend: ClassVar[bool] = False

    @staticmethod
    def fold(x: int, y: int) -> int:
        raise NotImplementedError

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if y == 0:
            return a if cls.zero_keeps_dividend else Integer(0)
        if x is not None and y is not None:
            return Integer(cls.fold(x, y))
        return None


class NatDiv(_Division):
    """``a / b`` at ℕ: floor division, ``a / 0 = 0``."""

    is_nonnegative = True

    @staticmethod
    def fold(x: int, y: int) -> int:
        return x // y


class NatMod(_Division):
    """``a % b`` at ℕ (and ``Fin`` wrap-around): ``a % 0 = a``."""

    is_nonnegative = True
    zero_keeps_dividend = True

    @staticmethod
    def fold(x: int, y: int) -> int:
        return x % y


def _ediv(x: int, y: int) -> int:
    q = x // abs(y)
    return q if y > 0 else -q


class IntDiv(_Division):
    """``a / b`` at ℤ: ``Int.ediv`` (remainder always ≥ 0), ``a / 0 = 0``."""

    @staticmethod
    def fold(x: int, y: int) -> int:
        return _ediv(x, y)


class IntMod(_Division):
    """``a % b`` at ℤ: ``Int.emod``, ``0 ≤ a % b < |b|`` for ``b ≠ 0``, ``a % 0 = a``."""

    zero_keeps_dividend = True

    @staticmethod
    def fold(x: int, y: int) -> int:
        return x - y * _ediv(x, y)

    def _eval_is_nonnegative(self) -> bool | None:
        return True if self.args[1].is_nonzero else None


def _tdiv(x: int, y: int) -> int:
    q = abs(x) // abs(y)
    return q if (x >= 0) == (y > 0) else -q


def _fdiv(x: int, y: int) -> int:
    return x // y


class IntTDiv(_Division):
    """``Int.tdiv a b``: rounds toward zero (``Int.div`` of older Lean), ``a.tdiv 0 = 0``.
    Why a head of its own: it differs from ``/`` (Euclidean) exactly when the dividend is
    negative and the division inexact, so neither SymPy's floor nor ``IntDiv`` may stand in."""

    @staticmethod
    def fold(x: int, y: int) -> int:
        return _tdiv(x, y)


class IntTMod(_Division):
    """``Int.tmod a b = a - b * a.tdiv b``: the sign of the dividend; ``a.tmod 0 = a``."""

    zero_keeps_dividend = True

    @staticmethod
    def fold(x: int, y: int) -> int:
        return x - y * _tdiv(x, y)


class IntFDiv(_Division):
    """``Int.fdiv a b``: rounds toward -∞, ``a.fdiv 0 = 0``."""

    @staticmethod
    def fold(x: int, y: int) -> int:
        return _fdiv(x, y)


class IntFMod(_Division):
    """``Int.fmod a b = a - b * a.fdiv b``: the sign of the divisor; ``a.fmod 0 = a``."""

    zero_keeps_dividend = True

    @staticmethod
    def fold(x: int, y: int) -> int:
        return x - y * _fdiv(x, y)


class IntBMod(_Division):
    """``Int.bmod x m`` (``m : ℕ``): with ``r := x % m`` (Euclidean), ``r`` when
    ``r < (m + 1) / 2`` and ``r - m`` otherwise, the balanced residue in
    ``[-(m / 2), (m + 1) / 2)``; ``x.bmod 0 = x`` (``r = x`` and ``(0 + 1) / 2 = 0``, so both
    branches give ``x``)."""

    zero_keeps_dividend = True

    @staticmethod
    def fold(x: int, y: int) -> int:
        r = x - y * _ediv(x, y)
        return r if r < (y + 1) // 2 else r - y


class _Bitwise(sympy.Function):
    """Base of ``&&&``/``|||``/``^^^`` at ℕ: opaque to SymPy (no polynomial meaning), folded
    for two explicit naturals; Z3 reasons about them through the library's facts about each
    application (``prove/confirm.py``)."""

    nargs = 2
    precedence = PRECEDENCE["Mul"] - 1
    is_commutative = True
    is_integer = True
    is_nonnegative = True

    @staticmethod
    def fold(x: int, y: int) -> int:
        raise NotImplementedError

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if x is not None and y is not None and x >= 0 and y >= 0:
            return Integer(cls.fold(x, y))
        return None


class NatLand(_Bitwise):
    """``a &&& b`` (``Nat.land``)."""

    @staticmethod
    def fold(x: int, y: int) -> int:
        return x & y


class NatLor(_Bitwise):
    """``a ||| b`` (``Nat.lor``)."""

    @staticmethod
    def fold(x: int, y: int) -> int:
        return x | y


class NatXor(_Bitwise):
    """``a ^^^ b`` (``Nat.xor``)."""

    @staticmethod
    def fold(x: int, y: int) -> int:
        return x ^ y


class _NatNumber(sympy.Function):
    """Base of ``Nat.gcd``/``factorial``/``choose``/``sqrt``/``log``: opaque to SymPy (its
    ``gcd`` and ``factorial`` are not Lean's on symbols, and no rewrite may use them), folded
    for explicit naturals by Lean's definition (``mirror/core/numbers.py``); Z3 reasons about
    each application through the library's facts about it (``prove/confirm.py``)."""

    is_commutative = True
    is_integer = True
    is_nonnegative = True
    lean: ClassVar[str] = ""

    @classmethod
    def fold(cls, *xs: int) -> int:
        return NAT_NUMBERS[cls.lean](*xs)

    @classmethod
    def eval(cls, *args: Basic) -> Basic | None:
        xs = [_int(a) for a in args]
        if all(x is not None and x >= 0 for x in xs):
            try:
                return Integer(cls.fold(*(int(x) for x in xs if x is not None)))
            except BudgetExceeded:
                return None
        return None


class NatGcd(_NatNumber):
    """``Nat.gcd a b`` (``gcd 0 0 = 0``)."""

    nargs = 2
    lean = "Nat.gcd"


class NatFactorial(_NatNumber):
    """``n !`` (``Nat.factorial``): positive."""

    nargs = 1
    is_positive = True
    lean = "Nat.factorial"


class NatChoose(_NatNumber):
    """``Nat.choose n k`` (0 when ``k > n``)."""

    nargs = 2
    lean = "Nat.choose"


class NatSqrt(_NatNumber):
    """``Nat.sqrt n``: the largest ``r`` with ``r * r ≤ n``."""

    nargs = 1
    lean = "Nat.sqrt"


class NatLog(_NatNumber):
    """``Nat.log b n`` (0 when ``b ≤ 1`` or ``n < b``)."""

    nargs = 2
    lean = "Nat.log"


NAT_NUMBER_HEADS: tuple[type[_NatNumber], ...] = (NatGcd, NatFactorial, NatChoose, NatSqrt,
                                                  NatLog)


class RealDiv(sympy.Function):
    """``a / b`` at ℚ/ℝ: exact, with ``a / 0 = 0`` (never ``zoo``). Folds explicit divisors."""

    nargs = 2
    precedence = PRECEDENCE["Mul"] - 1  # printed infix: ``2 * (a / b)``
    is_commutative = True

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        if b.is_Number:
            return sympy.S.Zero if b.is_zero else a / b
        return None

    def _eval_is_extended_real(self) -> bool | None:
        a, b = self.args
        return True if a.is_extended_real and b.is_extended_real else None

    def _eval_is_finite(self) -> bool | None:
        a, b = self.args
        return True if a.is_finite and b.is_finite else None

    def _eval_is_rational(self) -> bool | None:
        a, b = self.args
        return True if a.is_rational and b.is_rational else None


class RealSqrt(sympy.Function):
    """``Real.sqrt a``: ``0`` for ``a < 0``. Folds explicit numbers."""

    nargs = 1
    is_commutative = True
    is_extended_real = True
    is_finite = True
    is_extended_nonnegative = True

    @classmethod
    def eval(cls, a: Basic) -> Basic | None:
        if a.is_Number:
            return sympy.S.Zero if a.is_negative else sympy.sqrt(a)
        return None


class RealLog(sympy.Function):
    """``Real.log a`` as Mathlib defines it: ``log 0 = 0``, ``log (-a) = log a``, ``log 1 = 0``,
    ``log (exp a) = a``. Not SymPy's ``log`` (complex, ``log 0 = zoo``, and ``exp (log a) = a``
    there, while Mathlib's ``exp (log a) = |a|`` for ``a ≠ 0``). Nothing else is folded: no
    ``log (a * b)`` split (false at 0)."""

    nargs = 1
    is_commutative = True
    is_extended_real = True
    is_finite = True

    @classmethod
    def eval(cls, a: Basic) -> Basic | None:
        if a.is_zero or a == sympy.S.One or a == sympy.S.NegativeOne:
            return sympy.S.Zero
        if isinstance(a, sympy.exp) and a.args[0].is_extended_real:
            return a.args[0]  # Real.log_exp
        if a.is_Number and a.is_negative:
            return cls(-a)
        if not a.is_Number and a.could_extract_minus_sign():
            return cls(-a)  # Real.log_neg_eq_log
        return None


LARGE_EXPONENT = 1024
"""Literal exponents above this keep the power opaque (``LargePower``): SymPy would otherwise
compute ``2 ^ (10 ^ 100)`` the moment a number is substituted for the base, or expand
``(x + 1) ^ (10 ^ 100)``, and neither can be interrupted."""


class LargePower(sympy.Function):
    """``b ^ k`` at a natural literal ``k > LARGE_EXPONENT`` with a symbolic base: never
    computed or expanded. Folds only where the value is immediate (``0 ^ k = 0``,
    ``1 ^ k = 1``); its type facts follow the base's (an integer's power is an integer), and
    the prover reasons about it through the facts Z3 is given (``prove/confirm.py``)."""

    nargs = 2
    precedence = PRECEDENCE["Pow"]
    is_commutative = True

    @classmethod
    def eval(cls, b: Basic, k: Basic) -> Basic | None:
        if isinstance(k, Integer) and int(k) <= LARGE_EXPONENT:
            return b ** k
        if b == 0 and isinstance(k, Integer) and int(k) > 0:
            return sympy.S.Zero
        if b == 1:
            return sympy.S.One
        return None

    def _eval_is_integer(self) -> bool | None:
        return True if self.args[0].is_integer else None

    def _eval_is_rational(self) -> bool | None:
        return True if self.args[0].is_rational else None

    def _eval_is_extended_real(self) -> bool | None:
        return True if self.args[0].is_extended_real else None

    def _eval_is_finite(self) -> bool | None:
        return True if self.args[0].is_finite else None


class Dvd(L.BoolAtom):
    """``a ∣ b`` at ℕ/ℤ (``0 ∣ b`` iff ``b = 0``); folds explicit numbers."""

    nargs = 2

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if x is None or y is None:
            return None
        return sympy.sympify(y == 0 if x == 0 else y % x == 0)


class SEq(L.BoolAtom):
    """Equality of non-numbers (lists, tuples, values of a type variable): true only when the
    two sides are the same term; otherwise left undecided (never ``False`` by accident)."""

    nargs = 2

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        return true if a == b else None


class Fst(sympy.Function):
    """``p.1``; folds a literal pair."""

    nargs = 1
    is_commutative = True

    @classmethod
    def eval(cls, p: Basic) -> Basic | None:
        return p.args[0] if isinstance(p, Tuple) and len(p) == 2 else None


class Snd(sympy.Function):
    """``p.2``; folds a literal pair."""

    nargs = 1
    is_commutative = True

    @classmethod
    def eval(cls, p: Basic) -> Basic | None:
        return p.args[1] if isinstance(p, Tuple) and len(p) == 2 else None


class BoolApp(L.BoolAtom):
    """Base of applied Bool/Prop-valued uninterpreted functions (``m i`` for ``m : α → Bool``)."""

    is_commutative = True


_BOOL_FUNS: dict[tuple[str, bool], type[BoolApp]] = {}


def bool_function(name: str, definition: bool = False) -> type[BoolApp]:
    """The (cached, so unique) Boolean head named ``name``; a definition's head is a different
    class from a variable's of the same name (``(p : ℕ → Bool)`` shadowing a ``def p``)."""
    cls = _BOOL_FUNS.get((name, definition))
    if cls is None:
        cls = type(name, (BoolApp,), {"__module__": __name__, "jepa_def": definition})
        _BOOL_FUNS[(name, definition)] = cls
    return cls


HEADS: tuple[type, ...] = (
    NatSub, NatDiv, NatMod, IntDiv, IntMod, IntTDiv, IntTMod, IntFDiv, IntFMod, IntBMod,
    NatLand, NatLor, NatXor, RealDiv, RealSqrt, RealLog, Dvd, SEq, Fst, Snd, BoolApp,
    *NAT_NUMBER_HEADS,
)
"""The Lean-specific arithmetic/logic heads defined here."""

__all__ = [
    "HEADS",
    "NAT_NUMBER_HEADS",
    "BoolApp",
    "Dvd",
    "Fst",
    "IntBMod",
    "IntDiv",
    "IntFDiv",
    "IntFMod",
    "IntMod",
    "IntTDiv",
    "IntTMod",
    "NatChoose",
    "NatDiv",
    "NatFactorial",
    "NatGcd",
    "NatLand",
    "NatLog",
    "NatLor",
    "NatMod",
    "NatSqrt",
    "NatSub",
    "NatXor",
    "RealDiv",
    "RealLog",
    "RealSqrt",
    "SEq",
    "Snd",
    "bool_function",
]
