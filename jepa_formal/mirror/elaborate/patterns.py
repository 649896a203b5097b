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
from jepa_formal.mirror.core.terms import (
    Expr,
    Field,
    Ite,
    Let,
    Lit,
    MkStruct,
    Prim,
    TBool,
    TInd,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    TString,
    Ty,
    Var,
)
from jepa_formal.mirror.core.unify import show_ty
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.elaborate.context import Ctx
    from jepa_formal.mirror.elaborate.elaborator import Elaborator


def elab_match(el: Elaborator, t: syntax.Match, expected: Ty | None, ctx: Ctx) -> Expr:
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
    if isinstance(pat, MkStruct) and isinstance(pat.ty, TInd):
        conds.append(Prim("Ind.is", (s, Lit(pat.name, TString())), TProp()))
        for fname, sub in pat.fields:
            _decompose(sub, Field(s, fname, sub.ty), conds, binds)
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


def _ctor_pattern(el: Elaborator, p: syntax.Term, t: Ty, ctx: Ctx,
                  pvars: list[Var]) -> Expr | None:
    """A constructor pattern of an inductive type: ``.scalar``, ``Shape.dim n s``,
    ``(.dim n .scalar)`` (None when ``p`` is not one; a bare name is a variable)."""
    if not isinstance(t, TInd):
        return None
    head, args = p, ()
    if isinstance(p, syntax.App):
        head, args = p.fn, p.args
    if not isinstance(head, syntax.Ident):
        return None
    name = head.name
    if not name.startswith(".") and "." not in name and not args:
        found = el.env.constructor(name, el.decl)
        if found is None or found[0] != t.name or el.env.inductive(t.name).ctor(found[1]):
            return None  # a pattern variable (Lean: a bare name that is no constant)
    written = f"{t.name}{name}" if name.startswith(".") else name
    found = el.env.constructor(written, el.decl)
    if found is None or found[0] != t.name:
        raise Unsupported(f"pattern {name} at type {t.name}", getattr(p, "span", None),
                          reason="not a constructor of the type")
    fields = el.env.inductive(t.name).ctor_at(found[1], t)
    args = _pad(args, len(fields))
    if len(args) != len(fields):
        raise Unsupported(f"pattern {name} with {len(args)} arguments",
                          getattr(p, "span", None), reason=f"it has {len(fields)} fields")
    subs = tuple((f, pattern(el, a, fty, ctx, pvars))
                 for (f, fty), a in zip(fields, args, strict=True))
    return MkStruct(found[1], subs, t)


def _pad(args: tuple[syntax.Term, ...], n: int) -> tuple[syntax.Term, ...]:
    """Arguments of a pattern with a trailing ``..`` replaced by wildcards up to ``n``."""
    if not args or not isinstance(args[-1], syntax.EllipsisArg):
        return args
    rest = args[:-1]
    return rest + tuple(syntax.Hole(span=args[-1].span) for _ in range(max(n - len(rest), 0)))


def _lit(e: Expr) -> Any:
    if isinstance(e, Lit):
        return e.value
    raise Unsupported("match pattern n + k with a non-literal k")


def pattern(el: Elaborator, p: syntax.Term, ty: Ty, ctx: Ctx, pvars: list[Var]) -> Expr:
    """A pattern of an equation or match alternative as a core expr over pattern variables."""
    t = el.s.ty(ty)
    span = getattr(p, "span", None)
    if isinstance(p, syntax.Hole):
        v = el.fresh_var("_", ty)
        pvars.append(v)
        return v
    ctor = _ctor_pattern(el, p, t, ctx, pvars)
    if ctor is not None:
        return ctor
    if isinstance(p, syntax.App) and p.args and isinstance(p.args[-1], syntax.EllipsisArg):
        head = p.fn.name.lstrip(".") if isinstance(p.fn, syntax.Ident) else ""
        arity = 1 if head.rsplit(".", 1)[-1] in ("succ", "some") else 2
        p = syntax.App(p.fn, _pad(p.args, arity), span=p.span)
    if isinstance(p, syntax.AnonCtor) and isinstance(t, TProd):
        p = syntax.AnonCtor(_pad(p.elems, 2), span=p.span)
    if isinstance(p, syntax.Ident):
        name = p.name.lstrip(".")
        if name in ("List.nil", "nil", "Array.empty") and isinstance(t, TList):
            return Prim("List.nil", (), t)
        if name in ("none", "Option.none") and isinstance(t, TOption):
            return Prim("Option.none", (), t)
        if name in ("true", "false", "Bool.true", "Bool.false") and isinstance(t, TBool):
            return Lit(name.endswith("true"), TBool())
        if name in ("Nat.zero", "zero") and isinstance(t, TNat):
            return Lit(0, TNat())
        if p.name.startswith(".") or (isinstance(t, TInd) and "." in p.name):
            raise Unsupported(f"pattern {p.name} at type {show_ty(t)}", span,
                              reason="not a constructor of the type")
        v = el.fresh_var(p.name, ty)
        ctx[p.name] = v
        pvars.append(v)
        return v
    if isinstance(p, syntax.NatLit):
        if isinstance(t, TInt):
            return Lit(p.value, TInt())  # `| 0 => …` on an integer: equality with the literal
        if not isinstance(t, TNat):
            raise Unsupported(f"numeral pattern at {show_ty(t)}", span)
        return Lit(p.value, TNat())
    if isinstance(p, syntax.ListLit) and isinstance(t, TList):
        out: Expr = Prim("List.nil", (), t)
        subs = [pattern(el, e, t.elem, ctx, pvars) for e in p.elems]
        for s in reversed(subs):
            out = Prim("List.cons", (s, out), t)
        return out
    if isinstance(p, syntax.BinOp) and p.op == "::" and isinstance(t, TList):
        h = pattern(el, p.lhs, t.elem, ctx, pvars)
        return Prim("List.cons", (h, pattern(el, p.rhs, t, ctx, pvars)), t)
    if (isinstance(p, syntax.BinOp) and p.op == "+" and isinstance(p.rhs, syntax.NatLit)
            and isinstance(t, TNat)):
        return Prim("add", (pattern(el, p.lhs, t, ctx, pvars), Lit(p.rhs.value, TNat())), t)
    if isinstance(p, syntax.App) and isinstance(p.fn, syntax.Ident) and len(p.args) == 1:
        head = p.fn.name.lstrip(".")
        if head in ("Nat.succ", "succ") and isinstance(t, TNat):
            return Prim("succ", (pattern(el, p.args[0], t, ctx, pvars),), t)
        if head in ("some", "Option.some") and isinstance(t, TOption):
            return Prim("Option.some", (pattern(el, p.args[0], t.elem, ctx, pvars),), t)
    if isinstance(p, syntax.App) and isinstance(p.fn, syntax.Ident) and len(p.args) == 2:
        if p.fn.name.lstrip(".") in ("List.cons", "cons") and isinstance(t, TList):
            h = pattern(el, p.args[0], t.elem, ctx, pvars)
            return Prim("List.cons", (h, pattern(el, p.args[1], t, ctx, pvars)), t)
    if (isinstance(p, (syntax.Tuple, syntax.AnonCtor)) and len(p.elems) == 2
            and isinstance(t, TProd)):
        a = pattern(el, p.elems[0], t.fst, ctx, pvars)
        return Prim("Prod.mk", (a, pattern(el, p.elems[1], t.snd, ctx, pvars)), t)
    raise Unsupported(f"pattern {type(p).__name__} at type {show_ty(t)}", span,
                      reason="pattern form not modelled")
