"""Rewriting a law so that a bound definition is a call of the user's callable.

Every ``DefCall(name=BOUND, args)`` becomes ``Call(Var("__bound_<short>"), args)`` (all
arguments kept; the adapter drops the implicit ones), the frame variable is bound to the
adapter, and the evaluator runs the law unchanged otherwise.

Why the retyping: the callable returns a floating-point number, while the law may compute at
``ℕ`` or ``ℝ`` around it (``jepaLoss xs + jepaLoss ys`` adds naturals). Every arithmetic node
whose operand is such a result is retyped to ``Float`` (literals and ``ℕ``/``ℤ``/``Fin``
operands are cast), so the law's own glue is evaluated in float64 as IEEE arithmetic on the
implementation's numbers. ℕ's truncated subtraction is read as real subtraction there: the
implementation's numbers stand for reals.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction
from typing import Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    COMPARISON_OPS,
    NUMBER_TYPES,
    BigOp,
    Call,
    DefCall,
    Expr,
    Ite,
    Lam,
    Law,
    Let,
    Lit,
    Prim,
    TFin,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    Ty,
    TypeArg,
    Var,
    map_children,
    subterms,
    uncurry,
)

_ARITH = frozenset({"add", "sub", "mul", "div", "neg", "abs", "max", "min", "smul", "inv",
                    "pow", "sqrt"})


def bound_var_name(full_name: str) -> str:
    return "__bound_" + full_name.rsplit(".", 1)[-1]


def mentions(node: Any, name: str) -> bool:
    """True when the core term (or law) calls the definition ``name`` anywhere."""
    return any(isinstance(x, DefCall) and x.name == name for x in subterms(node))


def rewrite_law(law: Law, name: str) -> Law:
    """The law with ``name`` replaced by a call of the frame variable ``bound_var_name(name)``."""
    var = bound_var_name(name)
    rw = _Rewriter(name, var)
    hyps = tuple((h, rw.expr(e)) for h, e in law.hypotheses)
    concl = rw.expr(law.conclusion)
    binders = (*law.binders, Var(var, TFloat()))
    return dataclasses.replace(law, binders=binders, hypotheses=hyps, conclusion=concl)


class _Rewriter:
    def __init__(self, name: str, var: str) -> None:
        self.name = name
        self.var = var

    def expr(self, e: Expr, retyped: dict[str, Ty] | None = None) -> Expr:
        retyped = retyped or {}
        if isinstance(e, DefCall) and e.name == self.name:
            args = tuple(a if isinstance(a, TypeArg) else self.expr(a, retyped) for a in e.args)
            out_ty: Ty = _floats_for_numbers(e.ty)
            fn_ty: Ty = out_ty
            for a in reversed(args):
                fn_ty = TFun(a.ty, fn_ty)
            return Call(Var(self.var, fn_ty), args, out_ty, span=e.span)
        if isinstance(e, Var):
            if e.name in retyped:
                return dataclasses.replace(e, ty=retyped[e.name])
            return e
        if isinstance(e, Let):
            value = self.expr(e.value, retyped)
            inner = dict(retyped)
            var = e.var
            if value.ty != e.var.ty:
                inner[e.var.name] = value.ty
                var = dataclasses.replace(e.var, ty=value.ty)
            body = self.expr(e.body, inner)
            return dataclasses.replace(e, var=var, value=value, body=body, ty=body.ty)
        new = map_children(e, lambda c: c if isinstance(c, TypeArg) else self.expr(c, retyped))
        return _retype(new)


def _is_float(e: Expr) -> bool:
    return isinstance(getattr(e, "ty", None), TFloat)


def to_float(e: Expr) -> Expr:
    """``e`` as a Float expression (literal converted, ℕ/ℤ/Fin cast)."""
    ty = getattr(e, "ty", None)
    if isinstance(ty, TFloat):
        return e
    if isinstance(e, Lit) and isinstance(e.value, (int, Fraction, float)):
        return Lit(float(e.value), TFloat(), span=e.span)
    if isinstance(ty, (TNat, TInt, TFin)):
        return Prim("cast", (e,), TFloat(), span=getattr(e, "span", None))
    raise Unsupported(f"mixing the bound callable's float result with a value of type "
                      f"{type(ty).__name__}", getattr(e, "span", None))


def _retype(e: Expr) -> Expr:
    """Lift an arithmetic/comparison node to Float when an operand became Float."""
    if isinstance(e, Prim):
        if e.op in _ARITH | COMPARISON_OPS and any(_is_float(a) for a in e.args):
            if e.op == "pow":
                base, k = e.args
                return dataclasses.replace(e, args=(to_float(base), k), ty=TFloat())
            args = tuple(to_float(a) if isinstance(a.ty, (*NUMBER_TYPES, TFin)) else a
                         for a in e.args)
            ty = e.ty if e.op in COMPARISON_OPS else TFloat()
            return dataclasses.replace(e, args=args, ty=ty)
        if e.op in ("List.sum", "List.prod") and isinstance(e.args[0].ty, TList) and isinstance(
                e.args[0].ty.elem, TFloat):
            return dataclasses.replace(e, ty=TFloat())
        if e.op == "List.map" and isinstance(e.args[0].ty, TFun):
            if _final_is_float(e.args[0].ty):
                return dataclasses.replace(e, ty=TList(TFloat()))
        if e.op == "cast" and _is_float(e.args[0]) and isinstance(e.ty, NUMBER_TYPES):
            return dataclasses.replace(e, ty=TFloat())
        return e
    if isinstance(e, Call) and _final_is_float(e.fn.ty) and isinstance(e.ty, NUMBER_TYPES):
        return dataclasses.replace(e, ty=TFloat())
    if isinstance(e, Ite) and (_is_float(e.then) or _is_float(e.orelse)):
        return dataclasses.replace(e, then=to_float(e.then), orelse=to_float(e.orelse),
                                   ty=TFloat())
    if isinstance(e, Lam) and _is_float(e.body) and not _final_is_float(e.ty):
        ty = e.ty
        doms = []
        for _ in e.params:
            assert isinstance(ty, TFun)
            doms.append(ty.dom)
            ty = ty.cod
        new_ty: Ty = TFloat()
        for d in reversed(doms):
            new_ty = TFun(d, new_ty)
        return dataclasses.replace(e, ty=new_ty)
    if isinstance(e, BigOp) and _is_float(e.body):
        raise Unsupported("a big operator over the bound callable's float results", e.span)
    return e


def _floats_for_numbers(ty: Ty) -> Ty:
    """The type of the callable's result: numbers become Float (also inside lists)."""
    if isinstance(ty, NUMBER_TYPES):
        return TFloat()
    if isinstance(ty, TList):
        return TList(_floats_for_numbers(ty.elem))
    return ty


def _final_is_float(ty: Ty) -> bool:
    return isinstance(uncurry(ty)[1], TFloat)
