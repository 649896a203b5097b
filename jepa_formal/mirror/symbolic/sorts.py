"""Lean types read for SymPy: assumptions of number types, function shapes, Float detection.

Why apart: both the translation context and the per-op translators ask these questions of a
type, and neither should own the answers.
"""

from __future__ import annotations

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    TArray,
    TBool,
    TFin,
    TFloat,
    TInt,
    TList,
    TNat,
    TProp,
    TRat,
    TReal,
    Ty,
    type_parts,
)

FLOAT_MESSAGE = "Float arithmetic is not modelled symbolically"
"""Why a term mentioning ``Float`` is ``Unsupported`` symbolically."""




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
    if isinstance(ty, TReal):
        return {"real": True}
    if isinstance(ty, TFloat):
        raise Unsupported("Float", reason=FLOAT_MESSAGE)
    return {}



def is_boolish(ty: Ty) -> bool:
    return isinstance(ty, (TBool, TProp))


def is_list_ty(ty: Ty) -> bool:
    return isinstance(ty, (TList, TArray))


EXACT_SUM_TYPES = (TNat, TInt, TRat, TReal)
"""Element types whose ``+``/``*`` are exact, associative and commutative SymPy arithmetic."""


__all__ = [
    "EXACT_SUM_TYPES",
    "FLOAT_MESSAGE",
    "assumptions",
    "contains_float",
    "is_boolish",
    "is_list_ty",
]
