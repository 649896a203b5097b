"""Lean's ``BEq`` (``==``, ``count``, ``contains``, ``elem``) as opposed to ``Eq`` (``=``, ``∈``).

Why a module: ``BEq`` is not ``Eq``. The ``==`` that ``List.count``/``contains``/``elem`` and
``==`` on lists, pairs and options use is the element type's ``BEq`` instance; for ``Float`` that
is IEEE equality, so NaN matches nothing (``[NaN].count NaN = 0``) while ``NaN ∈ [NaN]`` and
``NaN = NaN`` hold propositionally. Both meanings of the mirror ask here whether ``==`` at a
type coincides with ``=`` (``beq_is_eq``: then every ``Eq`` fact applies) and, when it does not,
the concrete one computes Lean's ``==`` with ``lean_beq``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jepa_formal.mirror.core.terms import TFloat, TStruct, Ty, TypeArg, type_parts
from jepa_formal.mirror.core.values import Some, StructValue

BEQ_OPS: frozenset[str] = frozenset({"beq", "List.count", "List.elem", "List.erase",
                                     "List.diff", "List.union", "List.inter"})
"""Core ops that compare with ``BEq`` (the compared type is ``args[0].ty``)."""


def has_float(ty: Ty) -> bool:
    """True when ``Float`` occurs in ``ty`` (inside lists, pairs, options, structure args)."""
    if isinstance(ty, TFloat):
        return True
    if isinstance(ty, TStruct):
        return any(isinstance(a, TypeArg) and has_float(a.value) for a in ty.args)
    return any(has_float(t) for t in type_parts(ty))


def beq_is_eq(ty: Ty) -> bool:
    """True when ``==`` at ``ty`` is decided by ``=`` (a ``LawfulBEq`` instance): false as soon
    as ``Float`` occurs in ``ty``. (Type variables and structures are the elaborator's to
    refuse when their ``BEq`` is not lawful.)"""
    return not has_float(ty)


BeqFn = Callable[[Any, Any], bool]


def lean_beq(ty: Ty) -> BeqFn:
    """Lean's ``==`` at ``ty`` on concrete values: IEEE ``==`` on ``Float`` (NaN ≠ NaN, 0.0 ==
    -0.0), element-wise on lists, pairs, options and structure fields. Never Python's container
    ``==``, which short-cuts on identity (``(nan,) == (nan,)`` can be true)."""
    if isinstance(ty, TFloat) or not has_float(ty):
        return lambda a, b: bool(a == b)
    return _structural


def _structural(a: Any, b: Any) -> bool:
    """``==`` by the shape of the values (the types were checked to be modelled)."""
    if isinstance(a, float) or isinstance(b, float):
        return bool(a == b)
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_structural(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, Some) and isinstance(b, Some):
        return _structural(a.value, b.value)
    if isinstance(a, StructValue) and isinstance(b, StructValue):
        return a.name == b.name and _structural(tuple(v for _, v in a.fields),
                                                tuple(v for _, v in b.fields))
    return bool(a == b)


__all__ = ["BEQ_OPS", "BeqFn", "beq_is_eq", "has_float", "lean_beq"]
