"""Lean types read for SymPy: assumptions of number types, function shapes, Float detection.

Why apart: both the translation context and the per-op translators ask these questions of a
type, and neither should own the answers.
"""

from __future__ import annotations

from jepa_formal.mirror.core.terms import (
    TArray,
    TBool,
    TFin,
    TFloat,
    TInt,
    TList,
    TNat,
    TNNReal,
    TProp,
    TRat,
    TReal,
    Ty,
    type_parts,
)

FLOAT_MESSAGE = "Float arithmetic is not modelled symbolically"
"""Why a term mentioning ``Float`` is ``Unsupported`` symbolically."""

FLOAT_SHAPE_OPS: frozenset[str] = frozenset({
    "List.nil", "List.cons", "List.append", "List.reverse", "List.map", "List.length",
    "List.replicate", "List.take", "List.drop", "List.foldl", "List.foldr", "List.zip",
    "List.zipWith", "eq", "ne",
})
"""Ops that may meet ``Float`` values symbolically: they move values around (list shape,
folds with an opaque function, propositional ``=``) but never compute with them and never
compare them with ``BEq`` (``count``, ``==``: NaN is not ``==`` to itself). ``∈`` is left out
while ``contains``/``elem`` (``BEq``) are read as ``∈``."""

FLOAT_OPAQUE_ARITH: frozenset[str] = frozenset({"add", "sub", "mul", "div", "neg", "inv"})
"""``Float`` arithmetic kept as opaque functions (``Float.add a b``): no law of the reals
(commutativity, associativity, a zero…) is ever used on them, so only identical terms are
equal. Everything else at ``Float`` is ``Unsupported``."""




def contains_float(ty: Ty) -> bool:
    """True when ``ty`` mentions ``Float`` anywhere (such terms are never translated)."""
    return isinstance(ty, TFloat) or any(contains_float(t) for t in type_parts(ty))


def assumptions(ty: Ty) -> dict[str, bool]:
    """SymPy assumptions of a number-like type (empty for types without arithmetic)."""
    if isinstance(ty, (TNat, TFin)):
        return {"integer": True, "nonnegative": True}
    if isinstance(ty, TInt):
        return {"integer": True}
    if isinstance(ty, TRat):
        return {"rational": True}
    if isinstance(ty, TNNReal):
        return {"real": True, "nonnegative": True}
    if isinstance(ty, TReal):
        return {"real": True}
    return {}  # Float too: an opaque value, no arithmetic facts



def is_boolish(ty: Ty) -> bool:
    return isinstance(ty, (TBool, TProp))


def is_list_ty(ty: Ty) -> bool:
    return isinstance(ty, (TList, TArray))


EXACT_SUM_TYPES = (TNat, TInt, TRat, TReal)
"""Element types whose ``+``/``*`` are exact, associative and commutative SymPy arithmetic."""


__all__ = [
    "EXACT_SUM_TYPES",
    "FLOAT_MESSAGE",
    "FLOAT_OPAQUE_ARITH",
    "FLOAT_SHAPE_OPS",
    "assumptions",
    "contains_float",
    "is_boolish",
    "is_list_ty",
]
