"""Lean type terms to core ``Ty`` (ℕ, ``Fin n``, ``List α``, arrows, structures, aliases).

Why separate from term elaboration: types are read by their own rules (``Fin n`` takes a
*value* ``n``; an unknown name in a binder type is an auto-bound implicit; ``abbrev Mask n :=
Fin n → Bool`` is expanded), and a binder whose type is *not* a type is a hypothesis, which
the caller learns from ``NotAType``. A part of the ``Elaborator``: functions taking it as their
first argument (``Elaborator.elab_type`` is the entry point the other modules call).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jepa_formal.errors import TypeMismatch, Unsupported
from jepa_formal.mirror.core.terms import (
    Expr,
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInd,
    TInt,
    TList,
    TNat,
    TNNReal,
    TOption,
    TProd,
    TProp,
    TRat,
    TReal,
    TSort,
    TString,
    TStruct,
    TUnit,
    TVar,
    Ty,
    TypeArg,
    Var,
)
from jepa_formal.mirror.elaborate.names import refuse_unparsed_name, refuse_unread_type_name
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.elaborate.context import Ctx
    from jepa_formal.mirror.elaborate.elaborator import Elaborator


class NotAType(TypeMismatch):
    """The term is not a type (e.g. the proposition of a hypothesis binder)."""


BASE_TYPES: dict[str, Ty] = {
    "ℕ": TNat(), "Nat": TNat(), "ℤ": TInt(), "Int": TInt(), "ℝ": TReal(), "Real": TReal(),
    "ℝ≥0": TNNReal(), "NNReal": TNNReal(),
    "ℚ": TRat(), "Rat": TRat(), "Float": TFloat(), "Bool": TBool(), "Prop": TProp(),
    "Unit": TUnit(), "String": TString(), "Type": TSort(),
}
"""Lean names of the base types."""

_CONTAINERS = {"List": TList, "Array": TArray, "Option": TOption, "Finset": TFinset}

_SIZE_OPS = frozenset({"+", "*", "-", "/", "%", "^"})
UNSUPPORTED_TYPES: dict[str, str] = {
    "Set": "sets are not finite data",
    "Multiset": "not modelled",
    "Vector": "not modelled",
    "EReal": "not modelled",
    "ENNReal": "not modelled",
    "Complex": "not modelled",
    "ℂ": "not modelled",
}
"""Type names deliberately not modelled, with the reason reported."""


def elab_type(el: Elaborator, term: syntax.Term, ctx: Ctx) -> Ty:
    """The core type denoted by ``term``; NotAType when it is a term but not a type."""
    if isinstance(term, syntax.Sort):
        return TProp() if term.text == "Prop" else TSort()
    if isinstance(term, syntax.Ident):
        return _type_name(el, term, (), ctx)
    if isinstance(term, syntax.App) and isinstance(term.fn, syntax.Ident):
        return _type_name(el, term.fn, term.args, ctx)
    if isinstance(term, syntax.BinOp) and term.op == "→":
        dom = elab_type(el, term.lhs, ctx)
        return TFun(dom, elab_type(el, term.rhs, ctx))
    if isinstance(term, syntax.BinOp) and term.op == "×":
        return TProd(elab_type(el, term.lhs, ctx), elab_type(el, term.rhs, ctx))
    raise NotAType("not a type", getattr(term, "span", None))


def _type_name(el: Elaborator, ident: syntax.Ident, args: tuple[syntax.Term, ...], ctx: Ctx) -> Ty:
    name, span = ident.name, ident.span
    local = ctx.get(name)
    if isinstance(local, Ty):
        if args:
            raise Unsupported(f"type variable {name} applied to arguments", span)
        return local
    if local is not None:
        raise NotAType(f"{name} is a value, not a type", span)
    if name in BASE_TYPES and not args:
        return BASE_TYPES[name]
    if name in _CONTAINERS and len(args) == 1:
        return _CONTAINERS[name](elab_type(el, args[0], ctx))
    if name == "Fin" and len(args) == 1:
        return TFin(_fin_size(el, args[0], ctx))
    if name == "Matrix" and len(args) == 3:  # Mathlib: `Matrix m n α := m → n → α`
        rows, cols, elem = (elab_type(el, a, ctx) for a in args)
        return TFun(rows, TFun(cols, elem))
    if name == "Subtype" and len(args) == 1:  # `{x : T // p}`: its values are T's
        binder = _subtype_binder(args[0], span)
        if binder.type is None:
            return _infer_subtype(el, binder.names[0], args[0].body, ctx, span)  # type: ignore[attr-defined]
        return elab_type(el, binder.type, ctx)
    if name in UNSUPPORTED_TYPES:
        raise Unsupported(f"type {name}", span, reason=UNSUPPORTED_TYPES[name])
    full = el.env.resolve(name, el.decl) if el.env is not None else None
    if full is not None:
        return _user_type(el, full, args, ctx, span)
    if name in ("List", "Array", "Option", "Finset", "Fin") and not args:
        raise Unsupported(f"type former {name} without arguments", span)
    if el.auto_bound is not None and not args and "." not in name \
            and el.auto_implicit():
        refuse_unparsed_name(el.env, name, span)
        refuse_unread_type_name(el.env, el.decl, name, span)
        tv = TVar(name)
        el.auto_bound.append(Var(name, TSort()))
        ctx[name] = tv
        return tv
    raise NotAType(f"unknown type {name}", span)


def _fin_size(el: Elaborator, term: syntax.Term, ctx: Ctx) -> Expr:
    if isinstance(term, syntax.BinOp) and term.op in _SIZE_OPS:
        # `Fin (n + 1)`: an auto-bound operand of the size arithmetic is a natural too
        for side in (term.lhs, term.rhs):
            if isinstance(side, (syntax.Ident, syntax.BinOp)):
                _fin_size(el, side, ctx)
    if (
        isinstance(term, syntax.Ident)
        and el.auto_bound is not None
        and el.auto_implicit()
        and term.name not in ctx
        and "." not in term.name
        and (el.env is None or el.env.resolve(term.name, el.decl) is None)
    ):
        refuse_unread_type_name(el.env, el.decl, term.name, term.span)
        var = Var(term.name, TNat())
        el.auto_bound.append(var)
        ctx[term.name] = var
        return var
    return el.coerce(el.elab(term, TNat(), ctx), TNat(), getattr(term, "span", None))


def _user_type(el: Elaborator, full: str, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any) -> Ty:
    kind = el.env.kind(full)
    if kind == "structure":
        info = el.env.structure(full)
        if len(args) != len(info.params):
            raise Unsupported(f"structure {full} with {len(args)} arguments", span,
                              reason=f"it has {len(info.params)} parameters")
        targs: list[Expr] = []
        for p, a in zip(info.params, args, strict=True):
            if isinstance(p.ty, TSort):
                targs.append(TypeArg(elab_type(el, a, ctx)))
            else:
                targs.append(el.coerce(el.elab(a, p.ty, ctx), p.ty))
        return TStruct(full, tuple(targs))
    if kind == "alias":
        return _expand_alias(el, full, args, ctx, span)
    if kind == "inductive":
        return _inductive_type(el, full, args, ctx, span)
    if kind == "definition":
        raise NotAType(f"{full} is a definition, not a type", span)
    raise Unsupported(f"type {full}", span, reason=f"a {kind} is not modelled as a type")


def _inductive_type(el: Elaborator, full: str, args: tuple[syntax.Term, ...], ctx: Ctx,
                    span: Any) -> Ty:
    """``Tree ℕ``: the inductive at its arguments (a type argument for a ``Type`` parameter,
    a value for a value parameter). While its own constructors are elaborated, the parameters
    come from the header alone."""
    from jepa_formal.mirror.elaborate.ind_header import header_params

    if full in el.env.building_inductives:
        binders, _ = header_params(el.env.decls[full])  # type: ignore[arg-type]
        kinds = [isinstance(b.type, syntax.Sort) for b in binders for _ in b.names]
        params = None
    else:
        info = el.env.inductive(full)  # unsupported here when its constructors are not modelled
        params = info.params
        kinds = [isinstance(p.ty, TSort) for p in params]
    if len(args) != len(kinds):
        raise Unsupported(f"inductive {full} with {len(args)} arguments", span,
                          reason=f"it has {len(kinds)} parameters")
    targs: list[Expr] = []
    for i, (is_type, a) in enumerate(zip(kinds, args, strict=True)):
        if is_type:
            targs.append(TypeArg(elab_type(el, a, ctx)))
        else:
            want = params[i].ty if params is not None else TNat()
            targs.append(el.coerce(el.elab(a, want, ctx), want))
    return TInd(full, tuple(targs))


def subtype_parts(el: Elaborator, term: syntax.Term,
                  ctx: Ctx) -> tuple[str, syntax.Term, Ctx, Any] | None:
    """For a binder type that is a subtype ``{x : T // p}`` (written, or through a type
    abbreviation such as ``def PosVec d := {v : Fin d → ℝ // ∀ i, 0 < v i}``): the bound
    name, the predicate, the context it is read in and the declaration it belongs to."""
    head, args = (term, ()) if isinstance(term, syntax.Ident) else (
        (term.fn, term.args) if isinstance(term, syntax.App) else (None, ()))
    if not isinstance(head, syntax.Ident) or head.name in ctx:
        return None
    if head.name == "Subtype" and len(args) == 1:
        lam = args[0]
        binder = _subtype_binder(lam, term.span)
        return binder.names[0], lam.body, ctx, el.decl  # type: ignore[attr-defined]
    full = el.env.resolve(head.name, el.decl) if el.env is not None else None
    if full is None or el.env.kind(full) != "alias":
        return None
    alias = el.env.alias(full)
    if alias.body is None or subtype_parts(el, alias.body, {}) is None:
        return None
    inner = _alias_args(el, full, args, ctx, head.span)
    found = subtype_parts(el, alias.body, inner)
    return None if found is None else (found[0], found[1], found[2], alias)


def _subtype_binder(lam: syntax.Term, span: Any) -> syntax.Binder:
    """The one typed binder of ``Subtype (fun x : T => p)``."""
    if not isinstance(lam, syntax.Lambda) or len(lam.binders) != 1 \
            or len(lam.binders[0].names) != 1:
        raise Unsupported("Subtype of something other than fun x : T => p", span)
    return lam.binders[0]


def _infer_subtype(el: Elaborator, name: str, pred: syntax.Term, ctx: Ctx, span: Any) -> Ty:
    """``{x // p}``: the type of ``x`` is what elaborating ``p`` fixes (as Lean infers it; a
    numeral alone fixes ℕ, Lean's default), or ``unsupported`` when ``p`` does not fix it."""
    meta = el.s.fresh_ty(name)
    var = el.fresh_var(name, meta)
    saved = el.auto_bound
    el.auto_bound = None
    try:
        el.as_prop(el.elab(pred, TProp(), {**ctx, name: var}), span)
        return el.s.final_ty(meta, span)
    except TypeMismatch as err:
        raise Unsupported("{x // p} without the type of x", span,
                          reason=f"its type is not fixed by p ({err}); write {{x : T // p}}"
                          ) from err
    finally:
        el.auto_bound = saved


def _expand_alias(el: Elaborator, full: str, args: tuple[syntax.Term, ...], ctx: Ctx,
                  span: Any) -> Ty:
    """``abbrev Mask (n : ℕ) := Fin n → Bool``: the body with the arguments substituted."""
    alias = el.env.alias(full)
    inner = _alias_args(el, full, args, ctx, span)
    if alias.body is None:
        raise Unsupported(f"type abbreviation {full} without a body", span)
    saved_decl, saved_auto = el.decl, el.auto_bound
    el.decl, el.auto_bound = alias, None
    try:
        return elab_type(el, alias.body, inner)  # type: ignore[arg-type]
    finally:
        el.decl, el.auto_bound = saved_decl, saved_auto


def _alias_args(el: Elaborator, full: str, args: tuple[syntax.Term, ...], ctx: Ctx,
                span: Any) -> dict[str, Any]:
    """The arguments of a type abbreviation, by parameter name."""
    alias = el.env.alias(full)
    params = [b for b in alias.all_binders if b.kind != syntax.BinderKind.INSTANCE]
    names = [n for b in params for n in b.names]
    if len(args) != len(names):
        raise Unsupported(f"type abbreviation {full} applied to {len(args)} arguments",
                          span, reason=f"it takes {len(names)}")
    inner: dict[str, Any] = {}
    for b in params:
        for n in b.names:
            arg = args[len(inner)]
            is_type = b.type is not None and isinstance(b.type, syntax.Sort)
            if is_type:
                inner[n] = elab_type(el, arg, ctx)
            elif b.type is not None:  # `(n : ℕ)`: the argument at the parameter's type
                want = elab_type(el, b.type, dict(inner))
                inner[n] = el.coerce(el.elab(arg, want, ctx), want)
            else:
                inner[n] = el.elab(arg, None, ctx)
    return inner
