"""Binding constructs: ``fun``, ``(· + 1)``, quantifiers (bounded ones desugared) and big
operators ``∑``/``∏`` (also ``Finset.sum s f``).

Why together: each introduces a fresh, renamed-apart variable into the local context and
elaborates a body under it; bounded forms (``∀ i ∈ xs``, ``∑ i ∈ s``) also record their
domain so that the evaluator and the prover can range over it. A part of the ``Elaborator``:
functions taking it as their first argument, the handlers registered in ``HANDLERS``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import TypeMismatch, Unsupported
from jepa_formal.mirror.core import terms as core
from jepa_formal.mirror.core.terms import (
    BigOp,
    Call,
    Expr,
    Lam,
    Lit,
    Prim,
    Quant,
    TArray,
    TFinset,
    TFun,
    TList,
    TNat,
    TProd,
    TProp,
    TSort,
    TStruct,
    Ty,
    Var,
)
from jepa_formal.mirror.core.unify import TMeta, show_ty
from jepa_formal.mirror.core.walker import Handlers
from jepa_formal.mirror.elaborate.read_types import NotAType
from jepa_formal.mirror.elaborate.setbuilder import rewrite_bigop
from jepa_formal.mirror.elaborate.subst import field_ty
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.elaborate.context import Ctx
    from jepa_formal.mirror.elaborate.elaborator import Elaborator

HANDLERS = Handlers("binders")
"""The binding nodes this part elaborates for the ``Elaborator``."""


def bind(el: Elaborator, ctx: Ctx, name: str, ty: Ty) -> tuple[Var, Ctx]:
    var = el.fresh_var(name, ty)
    inner = dict(ctx)
    inner[name] = var
    return var, inner


@HANDLERS.on(syntax.Lambda)
def elab_lambda(el: Elaborator, t: syntax.Lambda, expected: Ty | None, ctx: Ctx) -> Expr:
    want = el.s.ty(expected) if expected is not None else None
    params: list[Var] = []
    inner = dict(ctx)
    for b in t.binders:
        items = b.names or ((None,) if b.pattern is not None else ())
        for n in items:
            if isinstance(want, TFun):
                dom: Ty = want.dom
                want = el.s.ty(want.cod)
            elif isinstance(want, TMeta):
                dom, cod = el.s.fresh_ty(), el.s.fresh_ty()
                el.s.unify(want, TFun(dom, cod), t.span)
                want = cod
            else:
                if want is not None:
                    raise TypeMismatch(f"fun where {show_ty(want)} is expected", t.span)
                dom = el.s.fresh_ty()
            if b.type is not None:
                written = el.elab_type(b.type, inner)
                el.s.unify(dom, written, b.span)
            if n is None:
                var = el.fresh_var("p", dom)
                destructure(el, b.pattern, var, inner, b.span)
            else:
                var = el.fresh_var(n, dom)
                inner[n] = var
            params.append(var)
    body = el.elab(t.body, want, inner)
    if want is not None:
        body = el.coerce(body, want, t.span)
    ty: Ty = body.ty
    for v in reversed(params):
        ty = TFun(v.ty, ty)
    return Lam(tuple(params), body, ty, span=t.span)


def destructure(el: Elaborator, pattern: syntax.Term | None, var: Expr, ctx: Ctx,
                span: Any) -> None:
    """Bind the names of a tuple / anonymous-constructor pattern to projections of var."""
    if isinstance(pattern, syntax.Ident):
        ctx[pattern.name] = var
        return
    if isinstance(pattern, syntax.Hole):
        return
    if isinstance(pattern, (syntax.Tuple, syntax.AnonCtor)) and len(pattern.elems) >= 2:
        ty = el.s.ty(var.ty)
        if isinstance(ty, TMeta):
            ty = TProd(el.s.fresh_ty(), el.s.fresh_ty())
            el.s.unify(var.ty, ty, span)
        if isinstance(ty, TStruct):
            info = el.env.structure(ty.name)
            for (fname, fty), sub in zip(info.fields, pattern.elems, strict=False):
                proj = core.Field(var, fname, field_ty(info, ty, fty))
                destructure(el, sub, proj, ctx, span)
            return
        if not isinstance(ty, TProd):
            raise Unsupported(f"tuple pattern on {show_ty(ty)}", span)
        first = Prim("Prod.fst", (var,), ty.fst)
        destructure(el, pattern.elems[0], first, ctx, span)
        rest = Prim("Prod.snd", (var,), ty.snd)
        if len(pattern.elems) == 2:
            destructure(el, pattern.elems[1], rest, ctx, span)
        else:
            destructure(el, type(pattern)(pattern.elems[1:]), rest, ctx, span)
        return
    raise Unsupported(f"pattern {type(pattern).__name__}", span)


@HANDLERS.on(syntax.CDotFun)
def elab_cdot_fun(el: Elaborator, t: syntax.CDotFun, expected: Ty | None, ctx: Ctx) -> Expr:
    names: list[str] = []

    def fill(node: Any) -> Any:
        if isinstance(node, syntax.CDot):
            names.append(f"x✝{len(names) + 1}")
            return syntax.Ident(names[-1], span=node.span)
        if isinstance(node, syntax.CDotFun) or not hasattr(node, "__dataclass_fields__"):
            return node
        if isinstance(node, tuple):
            return tuple(fill(x) for x in node)
        changes = {}
        for f in node.__dataclass_fields__:
            if f == "span":
                continue
            old = getattr(node, f)
            new = tuple(fill(x) for x in old) if isinstance(old, tuple) else fill(old)
            if new is not old:
                changes[f] = new
        return dataclasses.replace(node, **changes) if changes else node

    body = fill(t.body)
    lam = syntax.Lambda(tuple(syntax.Binder((n,)) for n in names), body, span=t.span)
    return elab_lambda(el, lam, expected, ctx)


@HANDLERS.on(syntax.Quant)
def elab_quant(el: Elaborator, t: syntax.Quant, expected: Ty | None, ctx: Ctx) -> Expr:
    if t.kind == "∃!":
        return _exists_unique(el, t, ctx)
    kind = "forall" if t.kind == "∀" else "exists"
    vars_: list[tuple[Var, Expr | None]] = []
    inner = dict(ctx)
    bound_coll: Expr | None = None
    if t.bound is not None:
        _, coll_term = t.bound
        bound_coll = el.elab(coll_term, None, ctx)
    for b in t.binders:
        for n in b.names:
            if b.type is not None:
                try:
                    ty = el.elab_type(b.type, inner)
                except NotAType:
                    if kind == "forall" and t.bound is None:  # (h : P) → Q
                        hyp = el.as_prop(el.elab(b.type, TProp(), inner))
                        body = el.as_prop(el.elab(t.body, TProp(), inner))
                        return Prim("implies", (hyp, body), TProp(), span=t.span)
                    raise
                if isinstance(ty, TSort):
                    raise Unsupported("quantifier over types", t.span)
            elif bound_coll is not None:
                ty = _bound_elem_ty(el, t.bound[0], bound_coll, t.span)  # type: ignore
            else:
                ty = el.s.fresh_ty(n)
            var, inner = bind(el, inner, n, ty)
            vars_.append((var, None))
    body = el.as_prop(el.elab(t.body, TProp(), inner), t.span)
    for var, _ in reversed(vars_):
        bound = None
        if t.bound is not None and bound_coll is not None:
            cond, bound = _bound_cond(el, t.bound[0], var, bound_coll, t.span)
            op = "implies" if kind == "forall" else "and"
            body = Prim(op, (cond, body), TProp(), span=t.span)
        elif bound is None:
            bound = _written_bound(kind, var, body)
        body = Quant(kind, var, body, TProp(), bound, span=t.span)
    return body


def _exists_unique(el: Elaborator, t: syntax.Quant, ctx: Ctx) -> Expr:
    """``∃! x, P x`` is ``∃ x, P x ∧ ∀ y, P y → y = x`` (Lean's ``ExistsUnique``)."""
    names = [n for b in t.binders for n in b.names]
    if len(names) != 1 or t.bound is not None:
        raise Unsupported("∃! with several binders or a bound", t.span)
    b = t.binders[0]
    ty = el.elab_type(b.type, dict(ctx)) if b.type is not None else el.s.fresh_ty()
    x, inner_x = bind(el, dict(ctx), names[0], ty)
    y, inner_y = bind(el, dict(ctx), names[0], ty)
    px = el.as_prop(el.elab(t.body, TProp(), inner_x), t.span)
    py = el.as_prop(el.elab(t.body, TProp(), inner_y), t.span)
    unique = Quant("forall", y, Prim("implies", (py, Prim("eq", (y, x), TProp())), TProp()),
                   TProp(), span=t.span)
    return Quant("exists", x, Prim("and", (px, unique), TProp()), TProp(), span=t.span)


def _bound_elem_ty(el: Elaborator, rel: str, coll: Expr, span: Any) -> Ty:
    cty = el.s.ty(coll.ty)
    if rel in ("∈", "∉"):
        if isinstance(cty, (TList, TArray, TFinset)):
            return cty.elem
        raise Unsupported(f"bounded quantifier over {show_ty(cty)}", span)
    return cty if not isinstance(cty, TMeta) else TNat()


def _bound_cond(el: Elaborator, rel: str, var: Var, coll: Expr, span: Any) -> tuple[Expr,
                Expr | None]:
    cty = el.s.ty(coll.ty)
    if rel == "∈":
        op = "Finset.mem" if isinstance(cty, TFinset) else "List.mem"
        return Prim(op, (var, coll), TProp(), span=span), coll
    if rel == "∉":
        op = "Finset.mem" if isinstance(cty, TFinset) else "List.mem"
        return Prim("not", (Prim(op, (var, coll), TProp()),), TProp(), span=span), None
    if rel in ("<", "≤"):
        b = el.coerce(coll, var.ty, span)
        cond = Prim("lt" if rel == "<" else "le", (var, b), TProp(), span=span)
        if isinstance(el.s.ty(var.ty), TNat):
            n = b if rel == "<" else Prim("add", (b, Lit(1, TNat())), TNat())
            return cond, Prim("List.range", (n,), TList(TNat()))
        return cond, None
    if rel in (">", "≥", "≠"):  # `∀ n ≥ 1, P n` is `∀ n, n ≥ 1 → P n`: no finite range
        b = el.coerce(coll, var.ty, span)
        op = {">": "lt", "≥": "le"}.get(rel)
        cond = Prim(op, (b, var), TProp(), span=span) if op else \
            Prim("not", (Prim("eq", (var, b), TProp()),), TProp(), span=span)
        return cond, None
    raise Unsupported(f"bounded quantifier with {rel}", span)


@HANDLERS.on(syntax.BigOp)
def elab_bigop(el: Elaborator, t: syntax.BigOp, expected: Ty | None, ctx: Ctx) -> Expr:
    kind = "sum" if t.op == "∑" else "prod"
    t = rewrite_bigop(t) or t  # ∑ over {i | p i} or s.filter p: a sum of `if`s
    dom: Expr | None = None
    if t.domain is not None:
        dom = el.elab(t.domain, None, ctx)
        dty = el.s.ty(dom.ty)
        if not isinstance(dty, TFinset):
            raise Unsupported(f"{t.op} over {show_ty(dty)}", t.span,
                              reason="the domain of ∑ x ∈ s must be a Finset")
        vty: Ty = dty.elem
        if isinstance(dom, Prim) and dom.op == "Finset.univ":
            dom = None
    elif t.binder.type is not None:
        vty = el.elab_type(t.binder.type, ctx)
    else:
        vty = el.s.fresh_ty()
    if t.binder.type is not None and t.domain is not None:
        el.s.unify(vty, el.elab_type(t.binder.type, ctx), t.span)
    names = t.binder.names
    if len(names) != 1:
        raise Unsupported(f"{t.op} with {len(names)} binders", t.span)
    var, inner = bind(el, ctx, names[0], vty)
    body = el.arith(t.body, expected, inner)
    return BigOp(kind, var, body, body.ty, dom, span=t.span)


def finset_bigop(el: Elaborator, kind: str, dom: Expr, args: tuple[syntax.Term, ...], ctx: Ctx,
                 span: Any) -> Expr:
    if len(args) != 1:
        raise Unsupported(f"Finset.{kind} with {len(args)} arguments", span)
    dty = el.s.ty(dom.ty)
    if not isinstance(dty, TFinset):
        raise Unsupported(f"Finset.{kind} over {show_ty(dty)}", span)
    want = TFun(dty.elem, el.s.fresh_ty())
    f = el.coerce(el.elab(args[0], want, ctx), want, span)
    fty = el.s.ty(f.ty)
    assert isinstance(fty, TFun)
    domain = None if isinstance(dom, Prim) and dom.op == "Finset.univ" else dom
    if isinstance(f, Lam) and len(f.params) == 1:
        var, body = f.params[0], f.body
    else:
        var = el.fresh_var("x", dty.elem)
        body = Call(f, (var,), fty.cod)
    return BigOp(kind, var, body, fty.cod, domain, span=span)


def _written_bound(kind: str, var: Var, body: Expr) -> Expr | None:
    """The list of ``∀ i, i ∈ xs → P`` / ``∃ i, i ∈ xs ∧ P`` written out by hand (as on the
    TorchLean page), recorded as the quantifier's bound exactly like ``∀ i ∈ xs, P``."""
    want = "implies" if kind == "forall" else "and"
    if not (isinstance(body, Prim) and body.op == want):
        return None
    cond = body.args[0]
    if not (isinstance(cond, Prim) and cond.op in ("List.mem", "Finset.mem")):
        return None
    elem, coll = cond.args
    if elem != var or _mentions(coll, var.name):
        return None
    return coll


def _mentions(e: Any, name: str) -> bool:
    return any(isinstance(x, Var) and x.name == name for x in core.subterms(e))
