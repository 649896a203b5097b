"""Substitution of a callee's parameters into types and core terms (``List (Fin n)`` with
``n := 3``), and the type of a structure field at given arguments.

Why its own module: applications (``apps.py``), binders (tuple patterns on structures) and data
constructors (structure instances, default fields) all instantiate a signature or a structure's
parameters; kept apart, none of those parts imports another.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from jepa_formal.mirror.core.terms import (
    Expr,
    StructInfo,
    TStruct,
    TVar,
    Ty,
    TypeArg,
    Var,
    map_children,
    map_node_types,
    map_type,
)
from jepa_formal.mirror.core.unify import EMeta


def subst_ty(ty: Ty, tmap: dict[str, Ty], emap: dict[str, Expr]) -> Ty:
    """Replace type variables (by name) and value parameters inside ``Fin n`` (by Var name)."""
    if isinstance(ty, TVar):
        return tmap.get(ty.name, ty)
    return map_type(ty, lambda t: subst_ty(t, tmap, emap), lambda e: subst_expr(e, tmap, emap))


def subst_expr(e: Any, tmap: dict[str, Ty], emap: dict[str, Expr]) -> Any:
    """Replace free ``Var``s by name (and type variables in every ``ty``) in a core expr."""
    if isinstance(e, Var) and e.name in emap:
        return emap[e.name]
    if isinstance(e, Ty):
        return subst_ty(e, tmap, emap)
    if isinstance(e, tuple):
        return tuple(subst_expr(x, tmap, emap) for x in e)
    if not isinstance(e, Expr) or isinstance(e, EMeta) or not dataclasses.is_dataclass(e):
        return e
    e = map_children(e, lambda c: subst_expr(c, tmap, emap))
    return map_node_types(e, lambda t: subst_ty(t, tmap, emap))


def field_ty(info: StructInfo, sty: TStruct, fty: Ty) -> Ty:
    """The declared type ``fty`` of a field of ``info`` at the arguments of ``sty``."""
    tmap: dict[str, Ty] = {}
    emap: dict[str, Expr] = {}
    for p, a in zip(info.params, sty.args, strict=False):
        if isinstance(a, TypeArg):
            tmap[p.name] = a.value
        else:
            emap[p.name] = a
    return subst_ty(fty, tmap, emap)


__all__ = ["field_ty", "subst_expr", "subst_ty"]
