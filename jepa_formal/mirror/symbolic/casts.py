"""The symbolic meaning of ``Nat.cast``/``Int.cast`` into a type variable and of ``n • x``
there (``docs/typeclasses.md``).

Why not the naive reading ``(n : α) = n``: in characteristic ``p`` the cast is not injective
(``((2 : ℕ) : ZMod 2) = 0``), so reading it as the identity would prove ``(m : α) = (n : α) →
m = n`` and ``(n : α) = 0 → n = 0``, both false. A cast is therefore an uninterpreted function
``Nat.cast[α]`` of its argument, with only the ``push_cast`` facts that hold in every instance of
the declared classes applied by construction:

* ``AddMonoidWithOne`` (Nat) / ``AddGroupWithOne`` (Int) with a commutative addition: the cast
  of a numeral is that numeral (``Nat.cast_ofNat``, ``cast_zero``, ``cast_one``), and the cast
  of a sum is the sum of the casts (``Nat.cast_add``; for ℕ only through sums whose every
  term has a positive coefficient, so no truncated subtraction is ever pushed through);
* a commutative (semi)ring: also products and powers (``Nat.cast_mul``, ``Nat.cast_pow``);
* anything else (``Nat.cast[α] (max a b)``, ``[NatCast α]`` alone, a non-commutative
  addition) stays an opaque application, equal only to itself.

``n • x`` with ``n : ℕ`` is SymPy's ``n * x`` where the addition is that of a commutative
monoid: two such terms are equal as polynomials exactly when they are equal in the free
commutative monoid (every coefficient is a natural number at every value of the variables,
as the translator writes truncated subtraction with ``Max``); ``n : ℤ`` needs an abelian
group. Otherwise ``n • x`` is an opaque head.
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy import Add, Basic, Integer, Mul, Pow

from jepa_formal.mirror.core.classes import Theory
from jepa_formal.mirror.core.terms import Prim, TInt, TVar
from jepa_formal.mirror.symbolic.size import guarded_expand


def _head(name: str, tv: TVar) -> Any:
    return sympy.Function(f"{name}[{tv.name}]", commutative=True, jepa_class=True)


def cast_reading(cl: frozenset[str], th: Theory, tv: TVar, e: Prim, arg: Basic) -> Basic:
    """``(arg : α)`` for the natural or integer ``arg`` (``e`` is the cast)."""
    from_int = isinstance(e.args[0].ty, TInt)
    name = "Int.cast" if from_int else "Nat.cast"
    lawful = "AddGroupWithOne" in cl if from_int else "AddMonoidWithOne" in cl
    opaque = _head(name, tv)
    if not lawful or th.add == "free":
        return opaque(arg)

    def push(x: Basic) -> Basic:
        if isinstance(x, Integer):
            if int(x) >= 0 or th.add == "ring":
                return x
            return opaque(x)
        if isinstance(x, Add):
            terms = x.args
            if not from_int and any(t.as_coeff_Mul()[0] <= 0 for t in terms):
                return opaque(x)  # a truncated ℕ difference is never pushed through
            return Add(*(push(t) for t in terms))
        if isinstance(x, Mul):
            coeff, rest = x.as_coeff_Mul()
            if not isinstance(coeff, Integer) or (coeff < 0 and not from_int):
                return opaque(x)
            if coeff != 1:
                return coeff * push(rest)  # k • cast rest (k copies of a sum)
            if th.mul == "comm" and "Semiring" in cl:
                return guarded_expand(Mul(*(push(f) for f in x.args)))
            return opaque(x)
        if isinstance(x, Pow) and th.mul == "comm" and "Semiring" in cl:
            base, exp = x.args
            if isinstance(exp, Integer) and exp >= 0:
                return guarded_expand(push(base) ** exp)
        return opaque(x)

    return push(arg)


def smul_reading(th: Theory, tv: TVar, e: Prim, k: Basic, x: Basic) -> Basic:
    """``k • x`` at the type variable ``tv`` (``k : ℕ``, or ``k : ℤ`` in a group)."""
    from_int = isinstance(e.args[0].ty, TInt)
    if th.add == "ring" or (th.add == "comm" and not from_int):
        return guarded_expand(k * x)
    return _head("HSMul.hSMul", tv)(k, x)


__all__ = ["cast_reading", "smul_reading"]
