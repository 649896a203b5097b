"""Lean's meaning of every ``PRIM_OPS`` operation on Python values, as closures over frames.

Why a module of its own: the per-type rules (truncated ℕ subtraction, Euclidean ℤ division,
division by zero is 0 in ℝ, ``Fin n`` wrap-around, IEEE Float in written order, right-fold
sums) are the facts the whole checker stands on; keeping them in one table makes each rule
easy to find and to test against ``docs/lean-semantics.md``. ``evaluate.py`` compiles the
operands and asks ``prim_closure`` for the closure of one ``Prim`` node.

A closure takes the evaluation frame (a tuple of values) and returns a value.
"""

from __future__ import annotations

import itertools
import math
import struct
from collections.abc import Callable, Sequence
from fractions import Fraction
from functools import reduce
from typing import Any

from jepa_formal.errors import BudgetExceeded, Undecided, Unsupported
from jepa_formal.mirror.concrete.library import LIBRARY_OPS, library_closure
from jepa_formal.mirror.concrete.transcendental import (
    RealInterval,
    real_exp,
    real_log,
    sqrt_interval,
)
from jepa_formal.mirror.core.beq import beq_is_eq, lean_beq
from jepa_formal.mirror.core.floats import lean_float
from jepa_formal.mirror.core.terms import (
    COMPARISON_OPS,
    ORDER_RELATIONS,
    RELATION_TABLE,
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    TRat,
    TReal,
    TString,
    TUnit,
    TVar,
    Ty,
    uncurry,
)
from jepa_formal.mirror.core.values import Some, TableFn

Closure = Callable[[tuple[Any, ...]], Any]
"""A compiled expression: frame (tuple of values, by static slot) → value."""

_EXACT_FIELD = (TRat, TReal)

MAX_ELEMENTS = 200_000
"""Largest list, range or finite domain the evaluator builds. Why a guard: a law such as
``(List.range (10 ^ 9)).length = 10 ^ 9`` is true in Lean but would exhaust memory and time
here; past this size the instance ends with ``BudgetExceeded`` (an honest ``inconclusive``)."""

MAX_INT_BITS = 1_000_000
"""Largest power result (in bits) the evaluator computes: ``2 ^ 2 ^ 30`` would take minutes,
and a result of 4 million bits a second, which one instance may not spend (the theorem's time
limit is checked between instances; ``n ^ 1000000 ≠ 2`` drew a dozen such instances)."""


def sized(n: int, what: str) -> int:
    """``n`` when a collection of ``n`` elements is within budget, else ``BudgetExceeded``."""
    if n > MAX_ELEMENTS:
        raise BudgetExceeded(
            f"{what} of {_short(n)} elements exceeds the concrete evaluator's size budget "
            f"({MAX_ELEMENTS})"
        )
    return n


def _short(n: int) -> str:
    bits = n.bit_length()
    return str(n) if bits < 64 else f"about 2^{bits - 1}"


def _power(x: Any, k: int) -> Any:
    """``x ^ k`` for exact numbers, refusing results too large to compute in budget."""
    if isinstance(x, RealInterval):
        if k > 4096:
            raise BudgetExceeded(f"power {_short(k)} of an irrational value")
        return x ** k
    if k > 1:
        if isinstance(x, Fraction):
            bits = max(abs(x.numerator).bit_length(), x.denominator.bit_length())
        else:
            bits = abs(int(x)).bit_length()
        if bits > 1 and (bits - 1) * k > MAX_INT_BITS:
            raise BudgetExceeded(
                f"power with a result of more than {MAX_INT_BITS} bits "
                f"(exponent {_short(k)}) exceeds the concrete evaluator's size budget"
            )
    return x ** k


def caller(fn_ty: Ty, nargs: int) -> Callable[..., Any]:
    """How to apply a value of ``fn_ty`` to ``nargs`` arguments under the uncurried convention.

    A function value of a type with k arrows takes k positional arguments; fewer arguments is a
    partial application (a callable of the rest).
    """
    arity = len(uncurry(fn_ty)[0])
    if nargs == arity or arity == 0:
        return call_direct
    if nargs < arity:
        return call_partial
    raise Unsupported("application to more arguments than the function type has",
                      reason=f"{nargs} arguments, type has {arity}")


def call_direct(f: Callable[..., Any], *args: Any) -> Any:
    return f(*args)


def call_partial(f: Callable[..., Any], *args: Any) -> Any:
    if isinstance(f, TableFn):
        return f(*args)
    return lambda *rest: f(*args, *rest)


# --------------------------------------------------------------------------------------------
# Default values and zeros per type
# --------------------------------------------------------------------------------------------


def default_value(ty: Ty) -> Any:
    """Lean's ``default`` (Inhabited) of a type: 0, false, [], none, pairs of defaults…"""
    if isinstance(ty, (TNat, TInt, TFin)):
        return 0
    if isinstance(ty, _EXACT_FIELD):
        return Fraction(0)
    if isinstance(ty, TFloat):
        return 0.0
    if isinstance(ty, (TBool, TProp)):
        return False
    if isinstance(ty, (TList, TArray)):
        return ()
    if isinstance(ty, TFinset):
        return frozenset()
    if isinstance(ty, TOption):
        return None
    if isinstance(ty, TProd):
        return (default_value(ty.fst), default_value(ty.snd))
    if isinstance(ty, TString):
        return ""
    if isinstance(ty, TUnit):
        return ()
    if isinstance(ty, TFun):
        return TableFn(len(uncurry(ty)[0]), {}, default_value(uncurry(ty)[1]))
    if isinstance(ty, TVar):  # instantiated as Fin k (k ≥ 1) by concrete runs
        return 0
    raise Unsupported(f"default value of {type(ty).__name__}",
                      reason="no Inhabited instance modelled")



def zero_of(ty: Ty) -> Any:
    """The additive zero of a number type (the start of a sum)."""
    if isinstance(ty, _EXACT_FIELD):
        return Fraction(0)
    if isinstance(ty, TFloat):
        return 0.0
    return 0


def one_of(ty: Ty) -> Any:
    """The multiplicative one of a number type (the start of a product)."""
    if isinstance(ty, _EXACT_FIELD):
        return Fraction(1)
    if isinstance(ty, TFloat):
        return 1.0
    return 1


# --------------------------------------------------------------------------------------------
# Number rules
# --------------------------------------------------------------------------------------------


def nat_sub(a: int, b: int) -> int:
    """ℕ subtraction truncates at zero."""
    return a - b if a > b else 0


def nat_div(a: int, b: int) -> int:
    """ℕ division floors, and ``a / 0 = 0``."""
    return a // b if b else 0


def nat_mod(a: int, b: int) -> int:
    """ℕ remainder, ``a % 0 = a``."""
    return a % b if b else a


def int_emod(a: int, b: int) -> int:
    """``Int.emod``: ``0 ≤ a % b < |b|`` for ``b ≠ 0``; ``a % 0 = a``."""
    return a % abs(b) if b else a


def int_ediv(a: int, b: int) -> int:
    """``Int.ediv``: the quotient matching ``Int.emod`` (``a = b * q + r``); ``a / 0 = 0``."""
    if not b:
        return 0
    return (a - a % abs(b)) // b


def exact(a: Any) -> Any:
    """A ℚ/ℝ value as a ``Fraction``, or the ``RealInterval`` of an irrational real."""
    return a if isinstance(a, RealInterval) else Fraction(a)


def field_div(a: Fraction, b: Fraction) -> Fraction:
    """ℚ/ℝ division with ``a / 0 = 0`` (an irrational divisor is never 0)."""
    return exact(a) / b if b else Fraction(0)


def field_inv(a: Fraction) -> Fraction:
    """ℚ/ℝ inverse with ``0⁻¹ = 0``."""
    return 1 / exact(a) if a else Fraction(0)


def real_sqrt(a: Fraction) -> Fraction:
    """``Real.sqrt``: 0 for negative arguments; exact for squares of rationals.

    An irrational square root has no exact ``Fraction``; rather than round (which would make
    equalities wrong) it is a ``RealInterval`` (comparisons decided by its bounds or skipped).
    """
    if isinstance(a, RealInterval):
        return Fraction(0) if a.hi <= 0 else sqrt_interval(a)
    a = Fraction(a)
    if a <= 0:
        return Fraction(0)
    num, den = math.isqrt(a.numerator), math.isqrt(a.denominator)
    if num * num == a.numerator and den * den == a.denominator:
        return Fraction(num, den)
    return sqrt_interval(a)


def float_same(a: float, b: float) -> bool:
    """Lean's propositional ``a = b`` at Float: the same 64 bits. So ``0.0 ≠ -0.0`` (their
    ``Float.toBits`` differ, while IEEE ``==``, Lean's ``==``, says equal), and a NaN equals a
    NaN of the same bits (``rfl``). Two NaNs of different bits are undecided: which NaN an
    operation makes is the hardware's (x86 and ARM differ in its sign), not Python's."""
    if a == b:
        return a != 0.0 or math.copysign(1.0, a) == math.copysign(1.0, b)
    if a != a and b != b:
        if struct.pack("<d", a) == struct.pack("<d", b):
            return True
        raise Undecided("two NaNs of different bits: which NaN Lean's operations make "
                        "depends on the hardware")
    return False


def float_div(a: float, b: float) -> float:
    """IEEE division (Python raises on zero divisors; Lean's Float gives ±inf or NaN)."""
    try:
        return a / b
    except ZeroDivisionError:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)


def float_mod(a: float, b: float) -> float:
    """Lean's ``Float`` ``%`` is C ``fmod`` (NaN for a zero divisor)."""
    if b == 0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan
    return math.fmod(a, b)


def float_pow(a: float, k: int) -> float:
    """IEEE power (overflow gives ±inf instead of a Python exception)."""
    try:
        return float(a) ** k
    except OverflowError:
        return math.inf if a > 0 or k % 2 == 0 else -math.inf
    except ZeroDivisionError:
        return math.inf


def float_sqrt(a: float) -> float:
    """``Float.sqrt``: NaN for negative arguments."""
    return math.sqrt(a) if a >= 0 else math.nan


def dvd(a: int, b: int) -> bool:
    """``a ∣ b`` on ℕ/ℤ (``0 ∣ b`` iff ``b = 0``)."""
    return b == 0 if a == 0 else b % a == 0


def right_fold_sum(xs: Sequence[Any], zero: Any) -> Any:
    """``List.sum = foldr (+) 0``: ``a + (b + (c + 0))`` (the order Float sees)."""
    acc = zero
    for x in reversed(xs):
        acc = x + acc
    return acc


def right_fold_prod(xs: Sequence[Any], one: Any) -> Any:
    """``List.prod = foldr (*) 1``."""
    acc = one
    for x in reversed(xs):
        acc = x * acc
    return acc


# --------------------------------------------------------------------------------------------
# Building the closure of one Prim node
# --------------------------------------------------------------------------------------------

Binary = Callable[[Any, Any], Any]
Size = Callable[[Ty], Closure]
"""Compiles the ``n`` of a ``Fin n`` type into a closure."""


def _number_kind(ty: Ty, op: str) -> str:
    if isinstance(ty, TNat):
        return "nat"
    if isinstance(ty, TInt):
        return "int"
    if isinstance(ty, _EXACT_FIELD):
        return "field"
    if isinstance(ty, TFloat):
        return "float"
    if isinstance(ty, TFin):
        return "fin"
    raise Unsupported(f"operator '{op}' at type {type(ty).__name__}",
                      reason="no arithmetic instance modelled for this type")


def _binary_arith(op: str, kind: str) -> Binary:
    table: dict[tuple[str, str], Binary] = {
        ("add", "nat"): int.__add__, ("add", "int"): int.__add__,
        ("add", "field"): lambda a, b: a + b, ("add", "float"): lambda a, b: a + b,
        ("sub", "nat"): nat_sub, ("sub", "int"): int.__sub__,
        ("sub", "field"): lambda a, b: a - b, ("sub", "float"): lambda a, b: a - b,
        ("mul", "nat"): int.__mul__, ("mul", "int"): int.__mul__,
        ("mul", "field"): lambda a, b: a * b, ("mul", "float"): lambda a, b: a * b,
        ("div", "nat"): nat_div, ("div", "int"): int_ediv,
        ("div", "field"): field_div, ("div", "float"): float_div,
        ("mod", "nat"): nat_mod, ("mod", "int"): int_emod, ("mod", "float"): float_mod,
        ("max", "nat"): max, ("max", "int"): max, ("max", "field"): max,
        ("max", "float"): lambda a, b: b if a <= b else a,
        ("min", "nat"): min, ("min", "int"): min, ("min", "field"): min,
        ("min", "float"): lambda a, b: a if a <= b else b,
    }
    fn = table.get((op, kind))
    if fn is None:
        raise Unsupported(f"operator '{op}' on {kind}")
    return fn


def _fin_arith(op: str, n: Closure) -> Callable[[Closure, Closure], Closure]:
    """Fin n: + - * wrap modulo n; / and % act on the values (``Fin.div``/``Fin.mod``)."""
    ops: dict[str, Binary] = {
        "add": int.__add__, "sub": int.__sub__, "mul": int.__mul__,
        "div": nat_div, "mod": nat_mod, "max": max, "min": min,
    }
    base = ops.get(op)
    if base is None:
        raise Unsupported(f"operator '{op}' on Fin")
    wrap = op in ("add", "sub", "mul")

    def build(a: Closure, b: Closure) -> Closure:
        if wrap:
            return lambda f: base(a(f), b(f)) % n(f)
        return lambda f: base(a(f), b(f))

    return build


def prim_closure(
    op: str,
    args: Sequence[Closure],
    arg_tys: Sequence[Ty],
    ty: Ty,
    size: Callable[[Ty], Closure],
) -> Closure:
    """The closure computing ``Prim(op, args)`` of type ``ty``.

    ``size(fin_ty)`` compiles the ``n`` of a ``Fin n`` type into a closure (the caller knows
    the scope). Raises ``Unsupported`` for an op at a type Lean's meaning is not modelled for.
    """
    builder = _BUILDERS.get(op)
    if builder is None:
        raise Unsupported(f"primitive operation '{op}'", reason="no concrete meaning")
    return builder(op, list(args), list(arg_tys), ty, size)


Builder = Callable[[str, list[Closure], list[Ty], Ty, Callable[[Ty], Closure]], Closure]


def _arith(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    kind = _number_kind(t[0], op)
    x, y = a
    if kind == "fin":
        return _fin_arith(op, size(t[0]))(x, y)
    fn = _binary_arith(op, kind)
    return lambda f: fn(x(f), y(f))


def _pow(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    kind = _number_kind(t[0], op)
    x, k = a
    if not isinstance(t[1], TNat):
        raise Unsupported("power with a non-ℕ exponent", reason="only Monoid.npow is modelled")
    if kind == "fin":
        n = size(t[0])
        return lambda f: pow(x(f), k(f), n(f)) if n(f) > 1 else 0
    if kind == "float":
        return lambda f: float_pow(x(f), k(f))
    return lambda f: _power(x(f), k(f))


def _neg(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    kind = _number_kind(t[0], op)
    (x,) = a
    if kind == "nat":
        raise Unsupported("negation on ℕ", reason="ℕ has no Neg instance")
    if kind == "fin":
        n = size(t[0])
        return lambda f: (-x(f)) % n(f)
    return lambda f: -x(f)


def _inv(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    kind = _number_kind(t[0], op)
    (x,) = a
    if kind == "field":
        return lambda f: field_inv(x(f))
    if kind == "float":
        return lambda f: float_div(1.0, x(f))
    raise Unsupported(f"inverse ⁻¹ on {kind}")


def _abs(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    _number_kind(t[0], op)
    (x,) = a
    return lambda f: abs(x(f))


def _sqrt(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    kind = _number_kind(t[0], op)
    (x,) = a
    if kind == "field":
        return lambda f: real_sqrt(x(f))
    if kind == "float":
        return lambda f: float_sqrt(x(f))
    raise Unsupported(f"sqrt on {kind}")


def _exp_log(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    """``Real.exp``/``Real.log`` (Mathlib: ``log 0 = 0``, ``log (-x) = log x``), exact or
    as rigorous intervals; ``Float.exp``/``Float.log``: C's ``exp``/``log`` (IEEE)."""
    kind = _number_kind(t[0], op)
    (x,) = a
    if kind == "field" and isinstance(t[0], TReal):
        fn = real_exp if op == "exp" else real_log
        return lambda f: fn(x(f))
    if kind == "float":
        return lambda f: (float_exp if op == "exp" else float_log)(x(f))
    raise Unsupported(f"{op} on {kind}")


def float_exp(a: float) -> float:
    """C ``exp``: overflow gives ``inf``, NaN stays NaN."""
    try:
        return math.exp(a)
    except OverflowError:
        return math.inf


def float_log(a: float) -> float:
    """C ``log``: ``log 0 = -inf``, a negative argument gives NaN, ``log inf = inf``."""
    if math.isnan(a) or a < 0:
        return math.nan
    if a == 0:
        return -math.inf
    return math.log(a)


def _smul(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    x, y = a
    kind = _number_kind(t[1], op)
    if kind == "float":
        return lambda f: float(x(f)) * y(f)
    if kind == "fin":
        n = size(t[1])
        return lambda f: (x(f) * y(f)) % n(f)
    return lambda f: x(f) * y(f)


def _succ(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    (x,) = a
    return lambda f: x(f) + 1


def _cast(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    (x,) = a
    src = t[0]
    if isinstance(ty, TFin):
        if not isinstance(src, (TNat, TFin, TInt)):
            raise Unsupported(f"cast from {type(src).__name__} to Fin")
        n = size(ty)

        def to_fin(f: tuple[Any, ...]) -> int:
            m = n(f)
            if m <= 0:
                raise Unsupported("cast to Fin 0", reason="Fin 0 has no values")
            return x(f) % m

        return to_fin
    if isinstance(src, TBool) and isinstance(ty, (TNat, TInt)):
        return lambda f: 1 if x(f) else 0
    if isinstance(src, (TNat, TFin)) and isinstance(ty, (TNat, TInt)):
        return x
    if isinstance(src, TInt) and isinstance(ty, TInt):
        return x
    if isinstance(src, (TNat, TInt, TFin)) and isinstance(ty, _EXACT_FIELD):
        return lambda f: Fraction(x(f))
    if isinstance(src, (TRat, TReal)) and isinstance(ty, _EXACT_FIELD):
        return lambda f: exact(x(f))
    if isinstance(src, (TNat, TInt, TFin)) and isinstance(ty, TFloat):
        return lambda f: lean_float(x(f))  # Float.ofNat/ofInt: cut to 64 bits, then rounded
    if isinstance(src, TFloat) and isinstance(ty, TFloat):
        return x
    raise Unsupported(f"coercion from {type(src).__name__} to {type(ty).__name__}")


_CMP: dict[str, Binary] = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "beq": lambda a, b: a == b,
    "lt": lambda a, b: a < b, "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
}


def _compare(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    x, y = a
    ordered = (TNat, TInt, TRat, TReal, TFloat, TFin)
    if op in ORDER_RELATIONS and not isinstance(t[0], ordered):
        raise Unsupported(f"order '{op}' at type {type(t[0]).__name__}")
    if op in RELATION_TABLE and not RELATION_TABLE[op].order and _needs_structural_eq(t[0]):
        same = propositional_eq(t[0], size)
        if op == "eq":
            return lambda f: same(f, x(f), y(f))
        return lambda f: not same(f, x(f), y(f))
    if op == "beq" and not beq_is_eq(t[0]):
        beq = lean_beq(t[0])
        return lambda f: beq(x(f), y(f))
    fn = _CMP[op]
    return lambda f: fn(x(f), y(f))


def _needs_structural_eq(ty: Ty) -> bool:
    """Types whose Prop equality is not Python ``==``: Float (NaN = NaN holds by ``rfl``) and
    functions (extensional), also inside lists, pairs and options."""
    if isinstance(ty, (TFloat, TFun)):
        return True
    if isinstance(ty, (TList, TArray, TOption)):
        return _needs_structural_eq(ty.elem)
    if isinstance(ty, TProd):
        return _needs_structural_eq(ty.fst) or _needs_structural_eq(ty.snd)
    return False


EqFn = Callable[[tuple[Any, ...], Any, Any], bool]


def propositional_eq(ty: Ty, size: Size) -> EqFn:
    """Lean's propositional equality ``a = b`` at ``ty`` on values (frame for ``Fin n`` sizes).

    Float: the same bits (``float_same``; IEEE ``==`` is ``beq``). Functions:
    extensional over their (finite) domains; over an infinite domain it is unsupported.
    """
    if isinstance(ty, TFloat):
        return lambda f, a, b: float_same(a, b)
    if isinstance(ty, (TList, TArray)):
        elem = propositional_eq(ty.elem, size)
        return lambda f, a, b: len(a) == len(b) and all(
            elem(f, u, v) for u, v in zip(a, b, strict=True))
    if isinstance(ty, TProd):
        fst, snd = propositional_eq(ty.fst, size), propositional_eq(ty.snd, size)
        return lambda f, a, b: fst(f, a[0], b[0]) and snd(f, a[1], b[1])
    if isinstance(ty, TOption):
        elem = propositional_eq(ty.elem, size)
        return lambda f, a, b: (a is None and b is None) or (
            isinstance(a, Some) and isinstance(b, Some) and elem(f, a.value, b.value))
    if isinstance(ty, TFun):
        doms, cod = uncurry(ty)
        try:
            domains = [enumerate_type(d, size) for d in doms]
        except Unsupported as err:
            raise Unsupported("equality of functions over an infinite domain",
                              reason="function equality is extensional") from err
        result = propositional_eq(cod, size)

        def ext(f: tuple[Any, ...], g: Any, h: Any) -> bool:
            points = itertools.product(*(d(f) for d in domains))
            return all(result(f, g(*p), h(*p)) for p in points)

        return ext
    return lambda f, a, b: bool(a == b)


def _dvd(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    if not isinstance(t[0], (TNat, TInt)):
        raise Unsupported(f"divisibility at type {type(t[0]).__name__}")
    x, y = a
    return lambda f: dvd(x(f), y(f))


def _logic(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    if op in ("not", "bnot"):
        (x,) = a
        return lambda f: not x(f)
    if op == "decide":
        (x,) = a
        return lambda f: bool(x(f))
    x, y = a
    if op in ("and", "band"):
        return lambda f: bool(x(f)) and bool(y(f))
    if op in ("or", "bor"):
        return lambda f: bool(x(f)) or bool(y(f))
    if op == "implies":
        return lambda f: (not x(f)) or bool(y(f))
    return lambda f: bool(x(f)) == bool(y(f))  # iff


# --- lists ----------------------------------------------------------------------------------


def _elem_ty(ty: Ty) -> Ty:
    if isinstance(ty, (TList, TArray, TFinset)):
        return ty.elem
    raise Unsupported(f"sequence operation on {type(ty).__name__}")


def _fin_size_of(ty: Ty, size: Callable[[Ty], Closure]) -> Closure | None:
    return size(ty) if isinstance(ty, TFin) else None


def _list(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    if op == "List.nil":
        return lambda f: ()
    if op == "List.cons":
        x, xs = a
        return lambda f: (x(f), *xs(f))
    if op == "List.append":
        xs, ys = a
        return lambda f: xs(f) + ys(f)
    if op == "List.reverse":
        (xs,) = a
        return lambda f: xs(f)[::-1]
    if op == "List.length":
        (xs,) = a
        return lambda f: len(xs(f))
    if op == "List.replicate":
        n, x = a
        return lambda f: (x(f),) * sized(n(f), "List.replicate")
    if op in ("List.range", "List.finRange"):
        (n,) = a
        return lambda f: tuple(range(sized(n(f), "List.range")))
    if op == "List.take":
        n, xs = a
        return lambda f: xs(f)[: n(f)]
    if op == "List.drop":
        n, xs = a
        return lambda f: xs(f)[n(f):]
    if op == "List.zip":
        xs, ys = a
        return lambda f: tuple(zip(xs(f), ys(f), strict=False))
    if op in ("List.count", "List.elem") and not beq_is_eq(t[0]):
        x, xs = a
        beq = lean_beq(t[0])  # BEq: IEEE == on Float, so NaN matches nothing
        if op == "List.elem":
            return lambda f: any(beq(y, x(f)) for y in xs(f))
        return lambda f: sum(1 for y in xs(f) if beq(y, x(f)))
    if op == "List.count":
        x, xs = a
        return lambda f: xs(f).count(x(f))
    if op in ("List.mem", "Finset.mem", "List.elem"):
        x, xs = a
        if _needs_structural_eq(t[0]):  # ∈ is propositional: NaN ∈ [NaN] holds
            same = propositional_eq(t[0], size)
            return lambda f: any(same(f, x(f), y) for y in xs(f))
        return lambda f: x(f) in xs(f)
    if op == "List.toFinset":
        (xs,) = a
        return lambda f: frozenset(xs(f))
    if op == "List.get!":
        xs, i = a
        dflt = default_value(ty)

        def get(f: tuple[Any, ...]) -> Any:
            seq, k = xs(f), i(f)
            return seq[k] if 0 <= k < len(seq) else dflt

        return get
    if op == "List.head!":
        (xs,) = a
        dflt = default_value(ty)
        return lambda f: (xs(f) or (dflt,))[0]
    raise Unsupported(f"primitive operation '{op}'")


def _reduce(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    (xs,) = a
    n = _fin_size_of(ty, size)
    if op == "List.sum":
        _number_kind(ty, op)
        if isinstance(ty, TFloat):
            return lambda f: right_fold_sum(xs(f), 0.0)
        zero = zero_of(ty)
        if n is not None:
            return lambda f: sum(xs(f)) % n(f)
        return lambda f: sum(xs(f), zero)
    _number_kind(ty, op)
    one = one_of(ty)
    if n is not None:
        return lambda f: right_fold_prod(xs(f), 1) % n(f)
    return lambda f: right_fold_prod(xs(f), one)


def _higher(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    if op == "List.map":
        g, xs = a
        call = caller(t[0], 1)
        if call is call_direct:
            return lambda f: tuple(map(g(f), xs(f)))
        return lambda f: tuple(call(g(f), x) for x in xs(f))
    if op == "List.filter":
        p, xs = a
        return lambda f: tuple(filter(p(f), xs(f)))
    if op in ("List.all", "List.any"):
        # accept either argument order: the predicate is the function-typed one
        xs, p = (a[0], a[1]) if isinstance(t[1], TFun) else (a[1], a[0])
        quant = all if op == "List.all" else any
        return lambda f: quant(map(p(f), xs(f)))
    if op == "List.foldl":
        g, init, xs = a
        return lambda f: reduce(g(f), xs(f), init(f))

    if op == "List.foldr":
        g, init, xs = a

        def foldr(f: tuple[Any, ...]) -> Any:
            fn, acc = g(f), init(f)
            for x in reversed(xs(f)):
                acc = fn(x, acc)
            return acc

        return foldr
    if op == "List.zipWith":
        g, xs, ys = a
        return lambda f: tuple(map(g(f), xs(f), ys(f)))
    raise Unsupported(f"primitive operation '{op}'")


def enumerate_type(ty: Ty, size: Callable[[Ty], Closure]) -> Closure:
    """A closure giving every value of a finite type (``Fin n``, Bool, Unit, products, Option,
    a type variable through its instantiation ``Fin k``)."""
    if isinstance(ty, (TFin, TVar)):
        n = size(ty)
        return lambda f: range(sized(n(f), "a finite type"))
    if isinstance(ty, (TBool, TProp)):
        return lambda f: (False, True)
    if isinstance(ty, TUnit):
        return lambda f: ((),)
    if isinstance(ty, TProd):
        a, b = enumerate_type(ty.fst, size), enumerate_type(ty.snd, size)
        return lambda f: tuple((x, y) for x in a(f) for y in b(f))
    if isinstance(ty, TOption):
        e = enumerate_type(ty.elem, size)
        return lambda f: (None, *(Some(x) for x in e(f)))
    raise Unsupported(f"ranging over all of {type(ty).__name__}",
                      reason="the type is infinite or not enumerable")


_FINSET_ALGEBRA: dict[str, Callable[[frozenset[Any], frozenset[Any]], frozenset[Any]]] = {
    "Finset.union": frozenset.union, "Finset.inter": frozenset.intersection,
    "Finset.sdiff": frozenset.difference,
    "Finset.product": lambda s, t: frozenset((a, b) for a in s for b in t),
}


def _finset(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    if op == "Finset.univ":
        values = enumerate_type(_elem_ty(ty), size)
        return lambda f: frozenset(values(f))
    if op == "Finset.range":
        (n,) = a
        return lambda f: frozenset(range(sized(n(f), "Finset.range")))
    if op == "Finset.filter":
        p, s = a
        return lambda f: frozenset(filter(p(f), s(f)))
    if op == "Finset.subset":
        s, u = a
        return lambda f: s(f) <= u(f)
    if op in _FINSET_ALGEBRA:  # finite sets are frozensets of exact values: == is Eq
        s, u = a
        combine = _FINSET_ALGEBRA[op]
        return lambda f: combine(s(f), u(f))
    (s,) = a  # Finset.card
    return lambda f: len(s(f))


def _pairs(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    if op == "Prod.mk":
        x, y = a
        return lambda f: (x(f), y(f))
    if op == "Prod.fst":
        (p,) = a
        return lambda f: p(f)[0]
    if op == "Prod.snd":
        (p,) = a
        return lambda f: p(f)[1]
    if op == "Option.none":
        return lambda f: None
    if op == "Option.some":
        (x,) = a
        return lambda f: Some(x(f))
    if op == "Option.getD":
        o, d = a

        def get_d(f: tuple[Any, ...]) -> Any:
            v = o(f)
            return v.value if isinstance(v, Some) else d(f)

        return get_d
    dflt = default_value(ty)  # "default"
    return lambda f: dflt


def _library(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    def same_at(elem: Ty) -> Callable[[Any, Any], bool]:
        if isinstance(elem, TFun):
            raise Unsupported(f"'{op}' on a list of functions")
        eq = propositional_eq(elem, size)
        return lambda x, y: eq((), x, y)

    return library_closure(op, a, t, ty, size, same_at)


def _ind_is(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size) -> Closure:
    """``Ind.is s "Shape.dim"``: the value was built by that constructor."""
    s, name = a
    return lambda f: s(f).name == name(f)


_BUILDERS: dict[str, Builder] = {
    **dict.fromkeys(("add", "sub", "mul", "div", "mod", "max", "min"), _arith),
    "pow": _pow, "neg": _neg, "inv": _inv, "abs": _abs, "sqrt": _sqrt, "smul": _smul,
    "exp": _exp_log, "log": _exp_log,
    "succ": _succ, "cast": _cast,
    **dict.fromkeys(COMPARISON_OPS, _compare),
    "dvd": _dvd,
    **dict.fromkeys(
        ("and", "or", "not", "implies", "iff", "bnot", "band", "bor", "decide"), _logic
    ),
    **dict.fromkeys(
        ("List.nil", "List.cons", "List.append", "List.reverse", "List.length",
         "List.replicate", "List.range", "List.finRange", "List.take", "List.drop",
         "List.zip", "List.count", "List.elem", "List.mem", "List.get!", "List.head!",
         "List.toFinset", "Finset.mem"),
        _list,
    ),
    "List.sum": _reduce, "List.prod": _reduce,
    **dict.fromkeys(
        ("List.map", "List.filter", "List.all", "List.any", "List.foldl", "List.foldr",
         "List.zipWith"),
        _higher,
    ),
    **dict.fromkeys(("Finset.univ", "Finset.range", "Finset.card", "Finset.filter",
                     "Finset.subset", *_FINSET_ALGEBRA), _finset),
    **dict.fromkeys(
        ("Prod.mk", "Prod.fst", "Prod.snd", "Option.none", "Option.some", "Option.getD",
         "default"),
        _pairs,
    ),
    **dict.fromkeys(LIBRARY_OPS, _library),
    "Ind.is": _ind_is,
}
"""Every PRIM_OPS op → the builder of its closure (a test checks the key sets are equal)."""
