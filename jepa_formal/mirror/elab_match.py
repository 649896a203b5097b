"""``match`` expressions desugared into ``if``/``let`` over the scrutinees.

Why a desugaring: the core language has no ``match`` node; a match on lists, naturals,
options, booleans and pairs is the same as testing the constructor and projecting the parts
(``x :: rest`` matches a non-empty list, ``x := xs.head!``, ``rest := xs.drop 1``), which both
meanings already understand. Alternatives are tried in order; the last one is taken when the
others fail (Lean has checked the match is exhaustive).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core import (
    Expr,
    Ite,
    Let,
    Lit,
    Prim,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    Ty,
    Var,
)
from jepa_formal.mirror.elab_decls import pattern
from jepa_formal.reader import ast

if TYPE_CHECKING:
    from jepa_formal.mirror.elaborate import Ctx, Elaborator


def elab_match(el: Elaborator, t: ast.Match, expected: Ty | None, ctx: Ctx) -> Expr:
    """Elaborate ``match s₁, s₂ with | p₁, p₂ => rhs …`` as nested ``if``s."""
    scruts = [el.elab(s, None, ctx) for s in t.scrutinees]
    if not t.alts:
        raise Unsupported("match without alternatives", t.span)
    result_ty: Ty = el.s.ty(expected) if expected is not None else el.s.fresh_ty()
    arms: list[tuple[Expr | None, list[tuple[Var, Expr]], Expr]] = []
    for alt in t.alts:
        if len(alt.patterns) != len(scruts):
            raise Unsupported("match alternative with a different number of patterns", alt.span)
        inner = dict(ctx)
        conds: list[Expr] = []
        binds: list[tuple[Var, Expr]] = []
        for p, s in zip(alt.patterns, scruts, strict=True):
            pvars: list[Var] = []
            core_pat = pattern(el, p, s.ty, inner, pvars)
            _decompose(core_pat, s, conds, binds)
        rhs = el.coerce(el.elab(alt.rhs, result_ty, inner), result_ty, alt.span)
        cond: Expr | None = None
        for c in conds:
            cond = c if cond is None else Prim("and", (cond, c), TProp())
        arms.append((cond, binds, rhs))
    out: Expr | None = None
    for cond, binds, rhs in reversed(arms):
        body = rhs
        for var, value in reversed(binds):
            body = Let(var, value, body, body.ty)
        if out is None or cond is None:
            out = body
        else:
            out = Ite(cond, body, out, result_ty, span=t.span)
    assert out is not None
    return out


def _decompose(pat: Expr, s: Expr, conds: list[Expr], binds: list[tuple[Var, Expr]]) -> None:
    """The tests a value ``s`` must pass to match ``pat``, and the pattern variables' values."""
    if isinstance(pat, Var):
        binds.append((pat, s))
        return
    if isinstance(pat, Lit):
        conds.append(Prim("eq", (s, pat), TProp()))
        return
    if not isinstance(pat, Prim):
        raise Unsupported(f"match pattern {type(pat).__name__}")
    op, ty = pat.op, pat.ty
    if op == "List.nil":
        conds.append(Prim("eq", (s, pat), TProp()))
    elif op == "List.cons" and isinstance(ty, TList):
        length = Prim("List.length", (s,), TNat())
        conds.append(Prim("lt", (Lit(0, TNat()), length), TProp()))
        _decompose(pat.args[0], Prim("List.head!", (s,), ty.elem), conds, binds)
        _decompose(pat.args[1], Prim("List.drop", (Lit(1, TNat()), s), ty), conds, binds)
    elif op in ("succ", "add"):
        k = 1 if op == "succ" else int(_lit(pat.args[1]))
        conds.append(Prim("le", (Lit(k, TNat()), s), TProp()))
        _decompose(pat.args[0], Prim("sub", (s, Lit(k, TNat())), TNat()), conds, binds)
    elif op == "Option.none":
        conds.append(Prim("eq", (s, pat), TProp()))
    elif op == "Option.some" and isinstance(ty, TOption):
        none = Prim("Option.none", (), ty)
        conds.append(Prim("ne", (s, none), TProp()))
        inner = Prim("Option.getD", (s, Prim("default", (), ty.elem)), ty.elem)
        _decompose(pat.args[0], inner, conds, binds)
    elif op == "Prod.mk" and isinstance(ty, TProd):
        _decompose(pat.args[0], Prim("Prod.fst", (s,), ty.fst), conds, binds)
        _decompose(pat.args[1], Prim("Prod.snd", (s,), ty.snd), conds, binds)
    else:
        raise Unsupported(f"match pattern {op}")


def _lit(e: Expr) -> Any:
    if isinstance(e, Lit):
        return e.value
    raise Unsupported("match pattern n + k with a non-literal k")


