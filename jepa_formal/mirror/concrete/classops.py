"""Operations at a class-constrained type variable, evaluated in the instance it is bound to.

Why at run time: a law ``∀ {α} [AddCommMonoid α] (a b : α), a + b = b + a`` is compiled once
and evaluated at several instances (``TModel``s: ℤ, ``max`` on ``Fin 4``…); the type
variable's frame slot holds the instance, whose operations are looked up when the closure
runs. ``≥``/``>`` are Lean's ``b ≤ a``/``b < a`` (definitionally, in every instance).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.concrete.models import TModel
from jepa_formal.mirror.core.terms import TInt, TNat, TRat

Closure = Callable[[tuple[Any, ...]], Any]

_STANDARD = {TNat(): TModel("nat", "ℕ"), TInt(): TModel("int", "ℤ"), TRat(): TModel("rat", "ℚ")}
"""A polymorphic definition called at ℕ/ℤ/ℚ (``dbl (n : ℕ)`` with ``def dbl [Add α]``) holds
the type itself in its type variable's slot: its operations are that type's own, the models
``nat``/``int``/``rat`` (Lean's truncated subtraction, Euclidean division, ``x / 0 = 0``)."""


def model_of(value: Any) -> TModel:
    if isinstance(value, TModel):
        return value
    standard = _STANDARD.get(value) if isinstance(value, TNat | TInt | TRat) else None
    if standard is None:
        raise Unsupported("operation on a type variable",
                          reason="its instantiation is not an instance of its classes")
    return standard


def model_prim(op: str, args: list[Closure], slot: int) -> Closure:
    """``Prim(op, args)`` at the type variable held in frame slot ``slot``."""
    if op in ("List.sum", "List.prod"):
        (xs,) = args
        plus, unit = ("add", "zero") if op == "List.sum" else ("mul", "one")

        def fold(f: tuple[Any, ...]) -> Any:
            spec = model_of(f[slot]).spec
            fn = spec.op(plus)
            acc = spec.numeral(0) if unit == "zero" else spec.numeral(1)
            for x in reversed(tuple(xs(f))):  # List.sum is a right fold
                acc = fn(x, acc)
            return acc

        return fold
    if op == "cast":  # Nat.cast/Int.cast into the instance
        (n,) = args
        return lambda f: model_of(f[slot]).spec.cast(int(n(f)))
    if op == "smul":  # n • x with a natural or integer n
        k, v = args
        return lambda f: model_of(f[slot]).spec.smul(int(k(f)), v(f))
    if len(args) == 1:
        (a,) = args
        return lambda f: model_of(f[slot]).spec.op(op)(a(f))
    x, y = args
    return lambda f: model_of(f[slot]).spec.op(op)(x(f), y(f))


def model_numeral(value: int, slot: int) -> Closure:
    """``(n : α)``: the instance's numeral; under a plain ``Fin k`` instantiation (a type
    variable without classes, as core terms built by hand use) the value itself."""
    def numeral(f: tuple[Any, ...]) -> Any:
        inst = f[slot]
        return inst.spec.numeral(value) if isinstance(inst, TModel) else value

    return numeral


def model_bigop(kind: str, body: Closure, dom: Closure, slot: int) -> Closure:
    """``∑``/``∏`` over a finite domain in the instance (its operation is commutative)."""
    plus, unit = ("add", 0) if kind == "sum" else ("mul", 1)

    def total(f: tuple[Any, ...]) -> Any:
        spec = model_of(f[slot]).spec
        fn = spec.op(plus)
        acc = spec.numeral(unit)
        for x in dom(f):
            acc = fn(acc, body((*f, x)))
        return acc

    return total


__all__ = ["model_bigop", "model_numeral", "model_prim"]
