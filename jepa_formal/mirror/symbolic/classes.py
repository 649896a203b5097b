"""The symbolic meaning of operations at a class-constrained type variable.

Why each reading is sound (``docs/typeclasses.md``): an identity is proved only if it holds in
every instance of the declared classes, so each operation is read at the strongest theory the
classes guarantee and no stronger:

* ``+`` is SymPy's ``+`` only when the classes give a commutative monoid (then ``0`` is SymPy's
  ``0`` and two sums are equal exactly when they are as multisets, which SymPy's canonical
  form decides); ``-`` and negation are SymPy's only in an additive group. Otherwise ``+`` is an
  uninterpreted head ``HAdd.hAdd[α]``, so ``a + b`` and ``b + a`` are different terms.
* ``*`` is SymPy's (expanded: distributivity) only in a commutative semiring; numerals are
  SymPy integers only where ``Nat.cast`` is lawful (``AddMonoidWithOne``) or for ``0``/``1``
  in a monoid that has them.
* Order relations, ``max``/``min``, ``/``, ``⁻¹`` and sums over lists or finite sets of ``α``
  are uninterpreted: nothing about them is proved symbolically beyond syntactic identity
  (``a ≥ b`` is Lean's ``b ≤ a`` by definition).

Heads carry names that are not Lean identifiers (``HAdd.hAdd[α]``), so they never coincide
with a binder's function of the same name.
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy import Basic, Integer, Symbol

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.classes import class_var, theory
from jepa_formal.mirror.core.terms import Lit, Prim, TVar
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.arith import LARGE_EXPONENT, LargePower, bool_function
from jepa_formal.mirror.symbolic.casts import cast_reading, smul_reading
from jepa_formal.mirror.symbolic.size import (
    MAX_POW_BITS,
    explicit_power_bits,
    guarded_expand,
)

_HEAD_NAMES = {
    "add": "HAdd.hAdd", "sub": "HSub.hSub", "mul": "HMul.hMul", "div": "HDiv.hDiv",
    "neg": "Neg.neg", "inv": "Inv.inv", "pow": "HPow.hPow", "max": "Max.max", "min": "Min.min",
    "List.sum": "List.sum", "List.prod": "List.prod",
}
_RELATIONS = {"le": ("LE.le", False), "lt": ("LT.lt", False),
              "ge": ("LE.le", True), "gt": ("LT.lt", True)}


def _head(name: str, tv: TVar) -> Any:
    return sympy.Function(f"{name}[{tv.name}]", commutative=True, jepa_class=True)


def class_prim(classes: dict[str, frozenset[str]], e: Prim, args: list[Any]) -> Basic | None:
    """The meaning of ``e`` when it is an operation at a type variable (else None)."""
    tv = class_var(e.op, [a.ty for a in e.args], e.ty)
    if tv is None:
        return None
    th = theory(classes.get(tv.name, ()))
    op = e.op
    if op == "cast":  # Nat.cast/Int.cast into α: push_cast facts only (symbolic/casts.py)
        return cast_reading(classes.get(tv.name, frozenset()), th, tv, e, args[0])
    if op == "smul":
        return smul_reading(th, tv, e, args[0], args[1])
    if op in _RELATIONS:
        name, flipped = _RELATIONS[op]
        a, b = args if not flipped else (args[1], args[0])
        return bool_function(f"{name}[{tv.name}]")(a, b)
    if op == "add" and th.add != "free":
        return sympy.Add(*args)
    if op == "sub" and th.add == "ring":
        return args[0] - args[1]
    if op == "neg" and th.add == "ring":
        return -args[0]
    if op == "mul" and th.mul == "comm":
        return _expanded(sympy.Mul(*args))
    if op == "pow" and th.mul == "comm":
        return _power(e, args[0], args[1])
    if op == "List.sum" and th.add != "free":
        items = L.elements(args[0])
        if items is not None:
            return sympy.Add(*items)
    if op == "List.prod" and th.mul == "comm":
        items = L.elements(args[0])
        if items is not None:
            return _expanded(sympy.Mul(*items))
    if any(isinstance(a, sympy.Lambda) for a in args):
        raise Unsupported(f"{op} of functions at type variable {tv.name}")
    return _head(_HEAD_NAMES[op], tv)(*args)


def _expanded(e: Basic) -> Basic:
    """``expand(e)`` within the prover's guard (``size.guarded_expand``)."""
    return guarded_expand(e)  # type: ignore[return-value]


def _power(e: Prim, base: Basic, k: Basic) -> Basic:
    """``base ^ k`` in a commutative semiring, with the translator's power guards
    (``ops._pow``): an explicit power past ``MAX_POW_BITS`` is refused, a symbolic base with
    an exponent past ``LARGE_EXPONENT`` stays a ``LargePower`` (never computed nor expanded),
    and the rest is expanded within ``MAX_TERMS``."""
    if explicit_power_bits(base, k) > MAX_POW_BITS:
        raise Unsupported("pow", e.span, f"an explicit power of more than {MAX_POW_BITS} bits "
                          "is not computed symbolically")
    if isinstance(k, Integer) and int(k) > LARGE_EXPONENT and not base.is_Number:
        return LargePower(base, k)
    return _expanded(base ** k)


def class_literal(classes: dict[str, frozenset[str]], e: Lit) -> Basic:
    """A numeral at a type variable: a SymPy integer where the classes make numerals
    behave as such, else an opaque constant ``n[α]``."""
    assert isinstance(e.ty, TVar)
    n = int(e.value)
    cl = classes.get(e.ty.name, frozenset())
    th = theory(cl)
    if th.add != "free" and (n == 0 or "AddMonoidWithOne" in cl):
        return Integer(n)
    return Symbol(f"{n}[{e.ty.name}]")


__all__ = ["class_literal", "class_prim"]
