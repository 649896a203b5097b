"""Substitution of a callee's parameters into types and core terms (``List (Fin n)`` with
``n := 3``), and the type of a structure field at given arguments: the names the elaborator's
parts use for ``mirror/core/unfold.py``'s one substitution.

Why its own module: applications (``apps.py``), binders (tuple patterns on structures) and data
constructors (structure instances, default fields) all instantiate a signature or a structure's
parameters; kept apart, none of those parts imports another.
"""

from __future__ import annotations

from jepa_formal.mirror.core.terms import StructInfo, TStruct, Ty
from jepa_formal.mirror.core.unfold import bind_params, subst_type, substitute

subst_ty = subst_type
"""Replace type variables (by name) and value parameters inside ``Fin n`` (by Var name)."""
subst_expr = substitute
"""Replace free ``Var``s by name (and type variables in every ``ty``) in a core expr."""


def field_ty(info: StructInfo, sty: TStruct, fty: Ty) -> Ty:
    """The declared type ``fty`` of a field of ``info`` at the arguments of ``sty``."""
    return subst_type(fty, *bind_params(info.params, sty.args))


__all__ = ["field_ty", "subst_expr", "subst_ty"]
