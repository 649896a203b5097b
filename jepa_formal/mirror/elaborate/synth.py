"""The instances a statement needs: ``BEq`` for ``==``/``count``/``contains``, ``Decidable`` for
``decide``/``if``; refused when Lean has none or when the one it has is not modelled.

Why: the mirror decides ``==`` as ``=`` (and ``if x = y`` by equality) only where Lean does.
Lean has no ``DecidableEq Float``: ``decide (x = y)`` or ``if x = y then …`` at ``Float`` does
not elaborate, so such a statement must not be checked as if it meant something. At a type
variable ``α``, ``==`` is ``=`` only under ``[DecidableEq α]`` or ``[LawfulBEq α]``; under a
bare ``[BEq α]`` it is an arbitrary Boolean function (``(a == a) = true`` is false in general).
A structure with a ``BEq`` instance of its own compares by that instance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jepa_formal.errors import TypeMismatch, Unsupported
from jepa_formal.mirror.core.beq import BEQ_OPS, has_float
from jepa_formal.mirror.core.terms import (
    RELATION_TABLE,
    Expr,
    Ite,
    Prim,
    TBool,
    TStruct,
    TVar,
    Ty,
    TypeArg,
    subterms,
    type_parts,
)
from jepa_formal.mirror.core.unify import show_ty
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

_DECIDED_EQUALITIES = frozenset(op for op, r in RELATION_TABLE.items() if not r.order) | {
    "List.mem"}
"""``=``, ``≠`` and ``∈``: deciding them needs ``DecidableEq`` of the compared type."""

LAWFUL_EQ_CLASSES = ("DecidableEq", "LawfulBEq")
"""Instance binders on a type variable ``α`` under which ``==`` at ``α`` is ``=``."""


def check_instances(e: Expr, facts: set[tuple[str, str]], env: Env | None) -> None:
    """Raise when ``e`` needs a ``BEq``/``Decidable`` instance that Lean lacks (``TypeMismatch``:
    Lean rejects the statement) or that the mirror does not model (``Unsupported``)."""
    for sub in subterms(e):
        if isinstance(sub, Prim) and sub.op in BEQ_OPS and sub.args:
            _beq(sub.args[0].ty, sub, facts, env)
        elif isinstance(sub, Prim) and sub.op == "decide" and sub.args:
            _decidable(sub.args[0], facts, "decide")
        elif isinstance(sub, Ite) and not isinstance(sub.cond.ty, TBool):
            _decidable(sub.cond, facts, "if")


def _beq(ty: Ty, at: Prim, facts: set[tuple[str, str]], env: Env | None) -> None:
    what = "==" if at.op == "beq" else at.op.replace("List.elem", "contains/elem")
    if isinstance(ty, TVar):
        if any((c, ty.name) in facts for c in LAWFUL_EQ_CLASSES):
            return
        if ("BEq", ty.name) in facts:
            raise Unsupported(f"{what} at {ty.name} with [BEq {ty.name}] only", at.span,
                              reason=f"without [LawfulBEq {ty.name}] its == is an arbitrary "
                              "Boolean function, not =")
        raise TypeMismatch(f"{what} at type variable {ty.name} without a BEq instance",
                           at.span, reason=f"Lean rejects it: failed to synthesize "
                           f"BEq {ty.name} (add [DecidableEq {ty.name}])")
    if isinstance(ty, TStruct):
        own = _user_beq(ty.name, env)
        if own is not None:
            raise Unsupported(f"{what} at {ty.name}, by its own BEq instance {own}", at.span,
                              reason="user BEq instances are not modelled")
        if env is not None and any(has_float(t) for _, t in _fields(ty.name, env)):
            raise Unsupported(f"{what} at {ty.name}, a structure with Float fields", at.span,
                              reason="a derived BEq compares Float fields by IEEE ==")
        for a in ty.args:
            if isinstance(a, TypeArg):
                _beq(a.value, at, facts, env)
        return
    for part in type_parts(ty):
        _beq(part, at, facts, env)


def _decidable(p: Expr, facts: set[tuple[str, str]], where: str) -> None:
    for sub in subterms(p):
        if isinstance(sub, Prim) and sub.op in _DECIDED_EQUALITIES and sub.args:
            ty = sub.args[0].ty
            if has_float(ty):
                shown = "∈" if sub.op == "List.mem" else "="
                raise TypeMismatch(f"{where} on {shown} at {show_ty(ty)}", sub.span,
                                   reason="Lean rejects it: Float has no DecidableEq "
                                   "(compare with == for IEEE equality, or < / ≤)")
            if isinstance(ty, TVar) and not any((c, ty.name) in facts
                                                for c in LAWFUL_EQ_CLASSES):
                raise TypeMismatch(f"{where} on = at type variable {ty.name}", sub.span,
                                   reason=f"Lean rejects it without [DecidableEq {ty.name}]")


def _user_beq(struct: str, env: Env | None) -> str | None:
    """The name of a ``BEq`` instance declared for the structure ``struct``, if any."""
    if env is None:
        return None
    for decl in getattr(env, "decls", {}).values():
        if not isinstance(decl, syntax.Instance) or decl.type is None:
            continue
        t = decl.type
        if (isinstance(t, syntax.App) and isinstance(t.fn, syntax.Ident)
                and t.fn.name in ("BEq", "_root_.BEq") and len(t.args) == 1
                and isinstance(t.args[0], syntax.Ident)
                and env.resolve(t.args[0].name, decl) == struct):
            return decl.name
    return None


def _fields(struct: str, env: Env | None) -> tuple[tuple[str, Ty], ...]:
    try:
        return tuple(env.structure(struct).fields)
    except (KeyError, Unsupported):
        return ()


__all__ = ["LAWFUL_EQ_CLASSES", "check_instances"]
