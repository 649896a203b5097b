"""Data constructors: ``[a, b]``, ``#[a, b]``, tuples, ``⟨a, b⟩``, structure instances
(``{ x := 1 }``, ``{ s with y := 3 }``, default fields) and indexing ``xs[i]!``.

Why together: each builds a value whose element or field types come from the expected type
when it is known (``([] : List ℝ)``, ``(⟨xs, 5⟩ : Contract 3)``), and from the parts otherwise.
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
from jepa_formal.mirror.elaborate.apps import subst_expr
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.elaborate.context import Ctx


class DataMixin:
    """Data constructors for the ``Elaborator``."""

    env: Env
    s: Any

    def _seq_lit(self, elems: tuple[syntax.Term, ...], expected: Ty | None, ctx: Ctx, span: Any,
                 former: type[TList] | type[TArray]) -> Expr:
        want = self.s.ty(expected) if expected is not None else None
        elem: Ty
        if isinstance(want, former):
            elem = want.elem
        else:
            elem = self.s.fresh_ty()
            if want is not None:
                self.s.unify(want, former(elem), span)
        if elems:
            vals, elem = self.join(list(elems), elem, ctx, span, lambda v, ty: (v, ty))
            if isinstance(want, former):
                vals = [self.coerce(v, want.elem, span) for v in vals]
                elem = want.elem
        else:
            vals = []
        ty = former(elem)
        out: Expr = Prim("List.nil", (), ty, span=span)
        for v in reversed(vals):
            out = Prim("List.cons", (v, out), ty, span=span)
        return out

    def e_ListLit(self, t: syntax.ListLit, expected: Ty | None, ctx: Ctx) -> Expr:
        return self._seq_lit(t.elems, expected, ctx, t.span, TList)

    def e_ArrayLit(self, t: syntax.ArrayLit, expected: Ty | None, ctx: Ctx) -> Expr:
        return self._seq_lit(t.elems, expected, ctx, t.span, TArray)

    def e_Tuple(self, t: syntax.Tuple, expected: Ty | None, ctx: Ctx) -> Expr:
        if not t.elems:
            return Lit((), TUnit(), span=t.span)
        return self._pair(t.elems, expected, ctx, t.span)

    def _pair(self, elems: tuple[syntax.Term, ...], expected: Ty | None, ctx: Ctx,
              span: Any) -> Expr:
        if len(elems) == 1:
            return self.elab(elems[0], expected, ctx)
        want = self.s.ty(expected) if expected is not None else None
        fst_t = want.fst if isinstance(want, TProd) else None
        snd_t = want.snd if isinstance(want, TProd) else None
        a = self.elab(elems[0], fst_t, ctx)
        if fst_t is not None:
            a = self.coerce(a, fst_t, span)
        b = self._pair(elems[1:], snd_t, ctx, span)
        if snd_t is not None:
            b = self.coerce(b, snd_t, span)
        return Prim("Prod.mk", (a, b), TProd(a.ty, b.ty), span=span)

    def e_AnonCtor(self, t: syntax.AnonCtor, expected: Ty | None, ctx: Ctx) -> Expr:
        want = self.s.ty(expected) if expected is not None else None
        if isinstance(want, TProd):
            return self._pair(t.elems, want, ctx, t.span)
        if isinstance(want, TStruct):
            info = self.env.structure(want.name)
            if len(t.elems) != len(info.fields):
                raise Unsupported(f"⟨…⟩ with {len(t.elems)} parts for {want.name}", t.span)
            given = dict(zip([f for f, _ in info.fields], t.elems, strict=True))
            return self._mk_struct(want.name, info, given, want, ctx, t.span)
        if isinstance(want, TFin) and len(t.elems) == 2:
            # ``⟨i, hi⟩ : Fin n``: the value is ``i``; the proof ``hi : i < n`` is not needed
            # (Lean checked it, so the cast's ``% n`` is the identity on every such ``i``).
            i = self.coerce(self.elab(t.elems[0], TNat(), ctx), TNat(), t.span)
            return Prim("cast", (i,), want, span=t.span)
        raise Unsupported("anonymous constructor ⟨…⟩", t.span,
                          reason="its type must be a pair, a Fin n or a structure known from "
                                 "context")

    def e_StructInst(self, t: syntax.StructInst, expected: Ty | None, ctx: Ctx) -> Expr:
        want = self.elab_type(t.type, ctx) if t.type is not None else (
            self.s.ty(expected) if expected is not None else None)
        given = {f.name: f.value for f in t.fields}
        if t.base is not None:
            base = self.elab(t.base, want, ctx)
            bty = self.s.ty(base.ty)
            if not isinstance(bty, TStruct):
                raise Unsupported(f"{{ … with … }} on {show_ty(bty)}", t.span)
            info = self.env.structure(bty.name)
            fields: list[tuple[str, Expr]] = []
            for fname, fty in info.fields:
                ft = self._field_ty(info, bty, fty)
                if fname in given:
                    fields.append((fname, self.coerce(self.elab(given.pop(fname), ft, ctx), ft)))
                else:
                    fields.append((fname, core.Field(base, fname, ft)))
            if given:
                raise Unsupported(f"field {next(iter(given))}", t.span,
                                  reason=f"{bty.name} has no such field")
            return MkStruct(bty.name, tuple(fields), bty, span=t.span)
        if not isinstance(want, TStruct):
            full = self.env.structure_with_fields(set(given)) if self.env is not None else None
            if full is None:
                raise Unsupported("structure instance { … }", t.span,
                                  reason="its structure type is not known from context")
            info = self.env.structure(full)
            want = TStruct(full, tuple(self.s.fresh_expr(p.ty, p.name) if not
                                       isinstance(p.ty, TSort) else TypeArg(self.s.fresh_ty())
                                       for p in info.params))
        info = self.env.structure(want.name)
        missing = [f for f, _ in info.fields if f not in given]
        if t.ellipsis and missing:
            raise Unsupported(f"`..` in a structure instance (fields {', '.join(missing)})",
                              t.span, reason="the fields not given are placeholders `_` that "
                              "Lean's elaborator solves by unification, which the mirror is not")
        return self._mk_struct(want.name, info, given, want, ctx, t.span)

    def _mk_struct(self, full: str, info: core.StructInfo, given: dict[str, syntax.Term],
                   want: TStruct | None, ctx: Ctx, span: Any) -> Expr:
        if want is None:
            want = TStruct(full, tuple(TypeArg(self.s.fresh_ty()) if isinstance(p.ty, TSort)
                                       else self.s.fresh_expr(p.ty, p.name)
                                       for p in info.params))
        defaults = dict(info.defaults)
        values: dict[str, Expr] = {}
        for fname, fty in info.fields:
            ft = self._field_ty(info, want, fty)
            if fname in given:
                values[fname] = self.coerce(self.elab(given.pop(fname), ft, ctx), ft, span)
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

    def e_Index(self, t: syntax.Index, expected: Ty | None, ctx: Ctx) -> Expr:
        """``xs[i]!`` (default when out of range), ``xs[i]`` (in range by a proof, so the same
        value), ``xs[i]?`` (``some`` in range, ``none`` outside)."""
        xs = self.elab(t.obj, None, ctx)
        xty = self.s.ty(xs.ty)
        if not isinstance(xty, (TList, TArray)):
            raise Unsupported(f"indexing into {show_ty(xty)}", t.span)
        i = self.coerce(self.elab(t.index, TNat(), ctx), TNat(), t.span)
        get = Prim("List.get!", (xs, i), xty.elem, span=t.span)
        if t.mode != "?":
            return get
        opt = TOption(xty.elem)
        inside = Prim("lt", (i, Prim("List.length", (xs,), TNat())), TProp())
        return Ite(inside, Prim("Option.some", (get,), opt), Prim("Option.none", (), opt), opt,
                   span=t.span)
