"""Data constructors: ``[a, b]``, ``#[a, b]``, tuples, ``⟨a, b⟩``, structure instances
(``{ x := 1 }``, ``{ s with y := 3 }``, default fields) and indexing ``xs[i]!``.

Why together: each builds a value whose element or field types come from the expected type
when it is known (``([] : List ℝ)``, ``(⟨xs, 5⟩ : Contract 3)``), and from the parts otherwise.
A part of the ``Elaborator``: functions taking it as their first argument, the handlers
registered in ``HANDLERS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core import terms as core
from jepa_formal.mirror.core.terms import (
    Expr,
    Ite,
    Lit,
    MkStruct,
    Prim,
    TArray,
    TFin,
    TFinset,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    TSort,
    TStruct,
    TUnit,
    Ty,
    TypeArg,
)
from jepa_formal.mirror.core.unify import show_ty
from jepa_formal.mirror.core.walker import Handlers
from jepa_formal.mirror.elaborate.subst import field_ty, subst_expr
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.elaborate.context import Ctx
    from jepa_formal.mirror.elaborate.elaborator import Elaborator

HANDLERS = Handlers("data")
"""The data-constructor nodes this part elaborates for the ``Elaborator``."""


def _seq_lit(el: Elaborator, elems: tuple[syntax.Term, ...], expected: Ty | None, ctx: Ctx,
             span: Any,
             former: type[TList] | type[TArray]) -> Expr:
    want = el.s.ty(expected) if expected is not None else None
    elem: Ty
    if isinstance(want, former):
        elem = want.elem
    else:
        elem = el.s.fresh_ty()
        if want is not None:
            el.s.unify(want, former(elem), span)
    if elems:
        vals, elem = el.join(list(elems), elem, ctx, span, lambda v, ty: (v, ty))
        if isinstance(want, former):
            vals = [el.coerce(v, want.elem, span) for v in vals]
            elem = want.elem
    else:
        vals = []
    ty = former(elem)
    out: Expr = Prim("List.nil", (), ty, span=span)
    for v in reversed(vals):
        out = Prim("List.cons", (v, out), ty, span=span)
    return out


@HANDLERS.on(syntax.ListLit)
def elab_list_lit(el: Elaborator, t: syntax.ListLit, expected: Ty | None, ctx: Ctx) -> Expr:
    return _seq_lit(el, t.elems, expected, ctx, t.span, TList)


@HANDLERS.on(syntax.ArrayLit)
def elab_array_lit(el: Elaborator, t: syntax.ArrayLit, expected: Ty | None, ctx: Ctx) -> Expr:
    return _seq_lit(el, t.elems, expected, ctx, t.span, TArray)


@HANDLERS.on(syntax.Tuple)
def elab_tuple(el: Elaborator, t: syntax.Tuple, expected: Ty | None, ctx: Ctx) -> Expr:
    if not t.elems:
        return Lit((), TUnit(), span=t.span)
    return _pair(el, t.elems, expected, ctx, t.span)


def _pair(el: Elaborator, elems: tuple[syntax.Term, ...], expected: Ty | None, ctx: Ctx,
          span: Any) -> Expr:
    if len(elems) == 1:
        return el.elab(elems[0], expected, ctx)
    want = el.s.ty(expected) if expected is not None else None
    fst_t = want.fst if isinstance(want, TProd) else None
    snd_t = want.snd if isinstance(want, TProd) else None
    a = el.elab(elems[0], fst_t, ctx)
    if fst_t is not None:
        a = el.coerce(a, fst_t, span)
    b = _pair(el, elems[1:], snd_t, ctx, span)
    if snd_t is not None:
        b = el.coerce(b, snd_t, span)
    return Prim("Prod.mk", (a, b), TProd(a.ty, b.ty), span=span)


@HANDLERS.on(syntax.AnonCtor)
def elab_anon_ctor(el: Elaborator, t: syntax.AnonCtor, expected: Ty | None, ctx: Ctx) -> Expr:
    want = el.s.ty(expected) if expected is not None else None
    if isinstance(want, TProd):
        return _pair(el, t.elems, want, ctx, t.span)
    if isinstance(want, TStruct):
        info = el.env.structure(want.name)
        if len(t.elems) != len(info.fields):
            raise Unsupported(f"⟨…⟩ with {len(t.elems)} parts for {want.name}", t.span)
        given = dict(zip([f for f, _ in info.fields], t.elems, strict=True))
        return mk_struct(el, want.name, info, given, want, ctx, t.span)
    if isinstance(want, TFin) and len(t.elems) == 2:
        # ``⟨i, hi⟩ : Fin n``: the value is ``i``; the proof ``hi : i < n`` is not needed
        # (Lean checked it, so the cast's ``% n`` is the identity on every such ``i``).
        i = el.coerce(el.elab(t.elems[0], TNat(), ctx), TNat(), t.span)
        return Prim("cast", (i,), want, span=t.span)
    raise Unsupported("anonymous constructor ⟨…⟩", t.span,
                      reason="its type must be a pair, a Fin n or a structure known from "
                             "context")


def _bare_braces(t: syntax.Term) -> bool:
    """``{}``: no fields, no ``with``, no ``..``."""
    return isinstance(t, syntax.StructInst) and not t.fields and t.base is None \
        and not t.ellipsis


@HANDLERS.on(syntax.StructInst)
def elab_struct_inst(el: Elaborator, t: syntax.StructInst, expected: Ty | None, ctx: Ctx) -> Expr:
    want = el.elab_type(t.type, ctx) if t.type is not None else (
        el.s.ty(expected) if expected is not None else None)
    if _bare_braces(t) and isinstance(want, (TList, TArray, TFinset)):
        # `{}` is also Lean's `EmptyCollection` notation: at a collection type it is `∅`
        from jepa_formal.mirror.elaborate.setlit import elab_empty

        return elab_empty(el, want, ctx, t.span)
    given = {f.name: f.value for f in t.fields}
    if t.base is not None:
        base = el.elab(t.base, want, ctx)
        bty = el.s.ty(base.ty)
        if not isinstance(bty, TStruct):
            raise Unsupported(f"{{ … with … }} on {show_ty(bty)}", t.span)
        info = el.env.structure(bty.name)
        fields: list[tuple[str, Expr]] = []
        for fname, fty in info.fields:
            ft = field_ty(info, bty, fty)
            if fname in given:
                fields.append((fname, el.coerce(el.elab(given.pop(fname), ft, ctx), ft)))
            else:
                fields.append((fname, core.Field(base, fname, ft)))
        if given:
            raise Unsupported(f"field {next(iter(given))}", t.span,
                              reason=f"{bty.name} has no such field")
        return MkStruct(bty.name, tuple(fields), bty, span=t.span)
    if not isinstance(want, TStruct):
        full = el.env.structure_with_fields(set(given)) if el.env is not None else None
        if full is None:
            raise Unsupported("structure instance { … }", t.span,
                              reason="its structure type is not known from context")
        info = el.env.structure(full)
        want = TStruct(full, tuple(el.s.fresh_expr(p.ty, p.name) if not
                                   isinstance(p.ty, TSort) else TypeArg(el.s.fresh_ty())
                                   for p in info.params))
    info = el.env.structure(want.name)
    missing = [f for f, _ in info.fields if f not in given]
    if t.ellipsis and missing:
        raise Unsupported(f"`..` in a structure instance (fields {', '.join(missing)})",
                          t.span, reason="the fields not given are placeholders `_` that "
                          "Lean's elaborator solves by unification, which the mirror is not")
    return mk_struct(el, want.name, info, given, want, ctx, t.span)


def mk_struct(el: Elaborator, full: str, info: core.StructInfo, given: dict[str, syntax.Term],
               want: TStruct | None, ctx: Ctx, span: Any) -> Expr:
    if want is None:
        want = TStruct(full, tuple(TypeArg(el.s.fresh_ty()) if isinstance(p.ty, TSort)
                                   else el.s.fresh_expr(p.ty, p.name)
                                   for p in info.params))
    defaults = dict(info.defaults)
    values: dict[str, Expr] = {}
    for fname, fty in info.fields:
        ft = field_ty(info, want, fty)
        if fname in given:
            values[fname] = el.coerce(el.elab(given.pop(fname), ft, ctx), ft, span)
        elif fname in defaults:
            emap = {p.name: a for p, a in zip(info.params, want.args, strict=False)
                    if not isinstance(a, TypeArg)}
            emap.update({f: v for f, v in values.items()})
            tmap = {p.name: a.value for p, a in zip(info.params, want.args, strict=False)
                    if isinstance(a, TypeArg)}
            values[fname] = subst_expr(defaults[fname], tmap, emap)
        else:
            raise Unsupported(f"structure instance without field {fname}", span)
    if given:
        raise Unsupported(f"field {next(iter(given))}", span,
                          reason=f"{full} has no such field")
    return MkStruct(full, tuple(values.items()), want, span=span)


@HANDLERS.on(syntax.Index)
def elab_index(el: Elaborator, t: syntax.Index, expected: Ty | None, ctx: Ctx) -> Expr:
    """``xs[i]!`` (default when out of range), ``xs[i]`` (in range by a proof, so the same
    value), ``xs[i]?`` (``some`` in range, ``none`` outside)."""
    xs = el.elab(t.obj, None, ctx)
    xty = el.s.ty(xs.ty)
    if not isinstance(xty, (TList, TArray)):
        raise Unsupported(f"indexing into {show_ty(xty)}", t.span)
    i = el.coerce(el.elab(t.index, TNat(), ctx), TNat(), t.span)
    get = Prim("List.get!", (xs, i), xty.elem, span=t.span)
    if t.mode != "?":
        return get
    opt = TOption(xty.elem)
    inside = Prim("lt", (i, Prim("List.length", (xs,), TNat())), TProp())
    return Ite(inside, Prim("Option.some", (get,), opt), Prim("Option.none", (), opt), opt,
               span=t.span)
