"""Rewriting a law so that the bound definitions are calls of the user's callables.

Every ``DefCall(name=BOUND, args)`` becomes ``Call(Var("__bound_<short>"), args)`` (all
arguments kept; the adapter drops the implicit ones) and the frame variable is bound to the
adapter. A definition of the spec that uses a bound one (``jepaMeanLoss`` divides
``jepaLossR`` by a length) is unfolded in place, as ``(fun params => body) args``, so its laws
are checked too; a law is left alone only when it mentions no bound definition at all.

Why the retyping: the callables return floating-point numbers and conform draws floats for
ℝ/ℚ binders, while the law computes at ``ℕ`` or ``ℝ`` around them. Every ℝ/ℚ type of the
law becomes ``Float`` and every arithmetic node with a float operand is lifted to ``Float``,
but Lean's operators stay Lean's where they differ from IEEE: ``x / 0 = 0`` and ``0⁻¹ = 0``
at ℝ/ℚ, ℕ's truncated subtraction, floor division at ℕ and Euclidean division at ℤ,
``Real.sqrt`` of a negative number is 0. Those nodes become calls of the helpers in
``LEAN_OPS`` (frame variables ``__lean_*``), and each law records which ones it used
(``Rewritten.notes``) so the report can say so.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

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
    Quant,
    TArray,
    TFin,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TRat,
    TReal,
    Ty,
    TypeArg,
    Var,
    map_children,
    map_type,
    subterms,
    uncurry,
)

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

_ARITH = frozenset({"add", "sub", "mul", "div", "neg", "abs", "max", "min", "smul", "inv",
                    "pow", "sqrt", "mod"})
HELPER_PREFIX = "__"
"""Frame variables the rewrite adds (bound callables, Lean's operators): never drawn."""


def _nat_sub(a: float, b: float) -> float:
    d = a - b
    return 0.0 if d < 0 else d


def _field_div(a: float, b: float) -> float:
    return 0.0 if b == 0 else a / b


def _field_inv(a: float) -> float:
    return 0.0 if a == 0 else 1.0 / a


def _nat_div(a: float, b: float) -> float:
    if b == 0:
        return 0.0
    q = a / b
    return float(math.floor(q)) if math.isfinite(q) else q


def _int_div(a: float, b: float) -> float:
    """``Int.ediv`` on the user's numbers: the remainder ``a - b·q`` is in ``[0, |b|)``."""
    if b == 0:
        return 0.0
    q = a / b
    if not math.isfinite(q):
        return q
    return float(math.floor(q) if b > 0 else math.ceil(q))


def _nat_mod(a: float, b: float) -> float:
    return a if b == 0 else a % abs(b)


def _real_sqrt(a: float) -> float:
    return 0.0 if a <= 0 else math.sqrt(a)


@dataclass(frozen=True, slots=True)
class LeanOp:
    """One of Lean's operators applied to the user's float results, and what the report says."""

    fn: Callable[..., float]
    arity: int
    note: str


LEAN_OPS: dict[tuple[str, str], tuple[str, LeanOp]] = {
    ("sub", "nat"): ("__lean_nat_sub", LeanOp(_nat_sub, 2, "ℕ subtraction truncates at 0")),
    ("div", "field"): ("__lean_div", LeanOp(_field_div, 2, "x / 0 = 0 at ℝ")),
    ("inv", "field"): ("__lean_inv", LeanOp(_field_inv, 1, "0⁻¹ = 0 at ℝ")),
    ("div", "nat"): ("__lean_nat_div", LeanOp(_nat_div, 2, "ℕ division floors, x / 0 = 0")),
    ("div", "int"): ("__lean_int_div", LeanOp(_int_div, 2,
                                              "ℤ division is Euclidean, x / 0 = 0")),
    ("mod", "nat"): ("__lean_nat_mod", LeanOp(_nat_mod, 2, "x % 0 = x")),
    ("mod", "int"): ("__lean_int_mod", LeanOp(_nat_mod, 2, "ℤ remainder is Euclidean")),
    ("sqrt", "field"): ("__lean_sqrt", LeanOp(_real_sqrt, 1, "Real.sqrt of a negative is 0")),
}


@dataclass(frozen=True, slots=True)
class Rewritten:
    """The rewritten law, the helper values its frame needs, and the Lean rules it applies to
    the user's numbers (for the report)."""

    law: Law
    helpers: tuple[tuple[str, Callable[..., Any]], ...]
    notes: tuple[str, ...]


def bound_var_name(full_name: str) -> str:
    return "__bound_" + full_name.rsplit(".", 1)[-1]


def mentions(node: Any, name: str, env: Env | None = None) -> bool:
    """True when the core term (or law) calls the definition ``name``, directly or (given the
    ``env``) through definitions of the spec whose bodies call it."""
    return mentions_any(node, frozenset({name}), env)


def mentions_any(node: Any, names: frozenset[str], env: Env | None = None,
                 _seen: set[str] | None = None) -> bool:
    seen = _seen if _seen is not None else set()
    for x in subterms(node):
        if not isinstance(x, DefCall):
            continue
        if x.name in names:
            return True
        if env is not None and x.name not in seen:
            seen.add(x.name)
            info = _definition(env, x.name)
            if info is not None and mentions_any(info, names, env, seen):
                return True
    return False


def _definition(env: Env, name: str) -> Any:
    try:
        return env.definition(name)
    except Exception:  # not modelled: cannot be unfolded, so it cannot mention anything
        return None


def rewrite_law(law: Law, names: str | Mapping[str, str], env: Env | None = None) -> Rewritten:
    """The law with each bound definition replaced by a call of its frame variable
    (``names``: full name → variable; a single full name uses ``bound_var_name``)."""
    bound = {names: bound_var_name(names)} if isinstance(names, str) else dict(names)
    rw = _Rewriter(bound, env)
    binders = tuple(dataclasses.replace(b, ty=float_type(b.ty)) for b in law.binders)
    hyps = tuple((h, rw.expr(e)) for h, e in law.hypotheses)
    concl = rw.expr(law.conclusion)
    extra = tuple(Var(v, TFloat()) for v in bound.values())
    helpers = []
    for var, op in rw.used.values():
        ty: Ty = TFloat()
        for _ in range(op.arity):
            ty = TFun(TFloat(), ty)
        extra += (Var(var, ty),)
        helpers.append((var, op.fn))
    new = dataclasses.replace(law, binders=(*binders, *extra), hypotheses=hyps,
                              conclusion=concl)
    notes = tuple(op.note for _, op in rw.used.values())
    return Rewritten(new, tuple(helpers), notes)


def float_type(ty: Ty) -> Ty:
    """``ty`` with ℝ and ℚ read as Float (conform draws floats for them)."""
    if isinstance(ty, (TReal, TRat)):
        return TFloat()
    return map_type(ty, float_type, lambda e: e)


class _Rewriter:
    def __init__(self, bound: dict[str, str], env: Env) -> None:
        self.bound = bound
        self.env = env
        self.used: dict[tuple[str, str], tuple[str, LeanOp]] = {}

    def expr(self, e: Expr, retyped: dict[str, Ty] | None = None) -> Expr:
        retyped = retyped or {}
        if isinstance(e, DefCall):
            return self.defcall(e, retyped)
        if isinstance(e, Var):
            if e.name in retyped:
                return dataclasses.replace(e, ty=retyped[e.name])
            return dataclasses.replace(e, ty=float_type(e.ty))
        if isinstance(e, Lit):
            if isinstance(e.ty, (TReal, TRat)):
                return Lit(float(e.value), TFloat(), span=e.span)
            return e
        if isinstance(e, TypeArg):
            return dataclasses.replace(e, value=float_type(e.value))
        if isinstance(e, Let):
            value = self.expr(e.value, retyped)
            inner = dict(retyped)
            var = dataclasses.replace(e.var, ty=float_type(e.var.ty))
            if value.ty != var.ty:
                inner[e.var.name] = value.ty
                var = dataclasses.replace(e.var, ty=value.ty)
            body = self.expr(e.body, inner)
            return dataclasses.replace(e, var=var, value=value, body=body, ty=body.ty)
        if isinstance(e, Lam):
            params = tuple(dataclasses.replace(p, ty=float_type(p.ty)) for p in e.params)
            e = dataclasses.replace(e, params=params)
        if isinstance(e, (Quant, BigOp)):
            e = dataclasses.replace(e, var=dataclasses.replace(e.var, ty=float_type(e.var.ty)))
        new = map_children(e, lambda c: self.expr(c, retyped))
        if hasattr(new, "ty") and not isinstance(new, Prim):
            new = dataclasses.replace(new, ty=float_type(new.ty))
        return self.retype(new, e)

    def defcall(self, e: DefCall, retyped: dict[str, Ty]) -> Expr:
        args = tuple(self.expr(a, retyped) for a in e.args)
        var = self.bound.get(e.name)
        if var is not None:
            out_ty: Ty = _floats_for_numbers(e.ty)
            fn_ty: Ty = out_ty
            for a in reversed(args):
                fn_ty = TFun(a.ty, fn_ty)
            return Call(Var(var, fn_ty), args, out_ty, span=e.span)
        info = _definition(self.env, e.name) if self.env is not None else None
        if info is None or info.body is None or info.recursive:
            if self.env is not None and mentions_any(e, frozenset(self.bound), self.env):
                raise Unsupported(f"{e.name.rsplit('.', 1)[-1]} (defined by equations) "
                                  "uses a bound definition", e.span)
            return dataclasses.replace(e, args=args, ty=float_type(e.ty))
        # unfold: (fun params => body) args, so a bound definition inside is replaced too
        params = tuple(dataclasses.replace(p, ty=float_type(p.ty)) for p in info.params)
        body = self.expr(info.body)
        lam_ty: Ty = body.ty
        for p in reversed(params):
            lam_ty = TFun(p.ty, lam_ty)
        lam = Lam(params, body, lam_ty, span=e.span)
        return Call(lam, args, body.ty, span=e.span)

    def lean_op(self, op: str, kind: str, args: tuple[Expr, ...], span: Any) -> Expr | None:
        entry = LEAN_OPS.get((op, kind))
        if entry is None:
            return None
        var, lean = entry
        self.used[(op, kind)] = entry
        fn_ty: Ty = TFloat()
        for _ in range(lean.arity):
            fn_ty = TFun(TFloat(), fn_ty)
        return Call(Var(var, fn_ty), tuple(to_float(a) for a in args), TFloat(), span=span)

    def retype(self, e: Expr, orig: Expr) -> Expr:
        """Lift an arithmetic/comparison node to Float when an operand became Float, keeping
        Lean's meaning of the operator (``orig`` has the law's own types)."""
        if isinstance(e, Prim):
            return self.retype_prim(e, orig)
        if isinstance(e, Call) and _final_is_float(e.fn.ty) and isinstance(e.ty, NUMBER_TYPES):
            return dataclasses.replace(e, ty=TFloat())
        if isinstance(e, Ite) and (_is_float(e.then) or _is_float(e.orelse)):
            return dataclasses.replace(e, then=to_float(e.then), orelse=to_float(e.orelse),
                                       ty=TFloat())
        if isinstance(e, Lam) and _is_float(e.body) and not _final_is_float(e.ty):
            doms = uncurry(e.ty)[0][: len(e.params)]
            rest = e.ty
            for _ in e.params:
                assert isinstance(rest, TFun)
                rest = rest.cod
            new_ty: Ty = TFloat() if not isinstance(rest, TFun) else rest
            for d in reversed(doms):
                new_ty = TFun(d, new_ty)
            return dataclasses.replace(e, ty=new_ty)
        if isinstance(e, BigOp) and (_is_float(e.body) or isinstance(e.ty, TFloat)):
            return _bigop_as_list_sum(e)
        return e

    def retype_prim(self, e: Prim, orig: Expr) -> Expr:
        assert isinstance(orig, Prim)
        orig_ty = orig.args[0].ty if orig.args else orig.ty
        floats = any(_is_float(a) for a in e.args)
        if e.op in _ARITH and floats:
            kind = _kind(orig_ty)
            if e.op == "pow":
                base, k = e.args
                return dataclasses.replace(e, args=(to_float(base), k), ty=TFloat())
            lean = self.lean_op(e.op, kind, e.args, e.span)
            if lean is not None:
                return lean
            args = tuple(to_float(a) if isinstance(a.ty, (*NUMBER_TYPES, TFin)) else a
                         for a in e.args)
            return dataclasses.replace(e, args=args, ty=TFloat())
        if e.op in COMPARISON_OPS and floats:
            args = tuple(to_float(a) if isinstance(a.ty, (*NUMBER_TYPES, TFin)) else a
                         for a in e.args)
            return dataclasses.replace(e, args=args, ty=orig.ty)
        if e.op == "cast":
            if _is_float(e.args[0]) and isinstance(float_type(orig.ty), NUMBER_TYPES):
                return e.args[0]
            return dataclasses.replace(e, ty=float_type(orig.ty))
        ty = float_type(orig.ty)
        if e.op in ("List.sum", "List.prod") and isinstance(e.args[0].ty, (TList, TArray)):
            ty = e.args[0].ty.elem
        elif e.op == "List.map" and isinstance(e.args[0].ty, TFun):
            ty = type(ty)(uncurry(e.args[0].ty)[1]) if isinstance(ty, (TList, TArray)) else ty
        elif e.op in ("List.cons",) and e.args:
            ty = TList(e.args[0].ty) if isinstance(ty, TList) else type(ty)(e.args[0].ty)
        elif e.op == "List.replicate" and isinstance(ty, (TList, TArray)):
            ty = type(ty)(e.args[1].ty)
        elif e.op == "Prod.mk":
            ty = TProd(e.args[0].ty, e.args[1].ty)
        elif e.op == "Option.some":
            ty = TOption(e.args[0].ty)
        elif e.op == "List.get!" and isinstance(e.args[0].ty, (TList, TArray)):
            ty = e.args[0].ty.elem
        if e.op in _ARITH and isinstance(ty, TFloat) and _kind(orig_ty) == "field":
            lean = self.lean_op(e.op, "field", e.args, e.span)
            if lean is not None:
                return lean
        return dataclasses.replace(e, ty=ty)


def _kind(ty: Ty) -> str:
    if isinstance(ty, TNat):
        return "nat"
    if isinstance(ty, TInt):
        return "int"
    if isinstance(ty, (TReal, TRat)):
        return "field"
    return "float"


def _bigop_as_list_sum(e: BigOp) -> Expr:
    """``∑ j : Fin d, body`` at Float as ``((List.finRange d).map fun j => body).sum`` (the
    evaluator refuses big operators over IEEE numbers; here the terms are the user's numbers
    standing for reals, summed as the law's glue)."""
    if e.domain is not None or not isinstance(e.var.ty, TFin) or e.kind != "sum":
        raise Unsupported("a big operator over the bound callable's float results", e.span)
    dom = Prim("List.finRange", (e.var.ty.n,), TList(e.var.ty))
    body = to_float(e.body)
    fn = Lam((e.var,), body, TFun(e.var.ty, TFloat()))
    mapped = Prim("List.map", (fn, dom), TList(TFloat()))
    return Prim("List.sum", (mapped,), TFloat(), span=e.span)


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


def _floats_for_numbers(ty: Ty) -> Ty:
    """The type of the callable's result: numbers become Float (also inside lists)."""
    if isinstance(ty, NUMBER_TYPES):
        return TFloat()
    if isinstance(ty, (TList, TArray)):
        return type(ty)(_floats_for_numbers(ty.elem))
    return float_type(ty)


def _final_is_float(ty: Ty) -> bool:
    return isinstance(uncurry(ty)[1], TFloat)
