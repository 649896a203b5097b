"""The symbolic meaning of each prelude op (``PRIM_OPS``): one translator per op family.

Why a table: ``SymContext.visit_Prim`` translates the arguments, then dispatches on the op to
``PRIM_HANDLERS``; an op without a handler is named in ``UNSUPPORTED_PRIMS`` with its reason, and
a coverage test checks that together they cover ``PRIM_OPS``. Arithmetic picks the Lean head
of the operand type (ℕ subtraction truncates, ``Fin n`` wraps modulo ``n``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy
from sympy import Basic, Lambda, Tuple
from sympy.logic.boolalg import false

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.beq import beq_is_eq
from jepa_formal.mirror.core.terms import (
    Expr,
    Prim,
    TBool,
    TFin,
    TFinset,
    TInt,
    TNat,
    TProd,
    TRat,
    TReal,
    TVar,
    Ty,
)
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.arith import (
    LARGE_EXPONENT,
    NAT_NUMBER_HEADS,
    Dvd,
    Fst,
    IntBMod,
    IntDiv,
    IntFDiv,
    IntFMod,
    IntMod,
    IntTDiv,
    IntTMod,
    LargePower,
    NatDiv,
    NatLand,
    NatLor,
    NatMod,
    NatSub,
    NatXor,
    RealDiv,
    RealLog,
    RealSqrt,
    SEq,
    Snd,
)
from jepa_formal.mirror.symbolic.piecewise import piecewise
from jepa_formal.mirror.symbolic.size import MAX_POW_BITS, explicit_power_bits
from jepa_formal.mirror.symbolic.sorts import EXACT_SUM_TYPES, is_boolish, is_list_ty

if TYPE_CHECKING:
    from jepa_formal.mirror.symbolic.translator import SymContext



Handler = Any


def _operand_ty(e: Prim) -> Ty:
    return e.args[0].ty if e.args else e.ty


def _fin_n(ctx: SymContext, ty: Ty) -> Basic:
    assert isinstance(ty, TFin)
    return ctx.translate(ty.n)


def _number_kind(e: Prim) -> str:
    ty = _operand_ty(e)
    for kind, cls in (("nat", TNat), ("int", TInt), ("rat", TRat), ("real", TReal),
                      ("fin", TFin)):
        if isinstance(ty, cls):
            return kind
    raise Unsupported(e.op, e.span, f"arithmetic at {type(ty).__name__} is not modelled")


def _add(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if _number_kind(e) == "fin":
        return NatMod(a[0] + a[1], _fin_n(ctx, e.ty))
    return a[0] + a[1]


def spine(e: Prim, op: str) -> list[Expr]:
    """The operands of a left-nested chain ``((a op b) op c) …`` of one type, in order."""
    out: list[Expr] = []
    node: Expr = e
    while isinstance(node, Prim) and node.op == op and node.ty == e.ty and len(node.args) == 2:
        out.append(node.args[1])
        node = node.args[0]
    out.append(node)
    return out[::-1]


def _sub(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if kind == "nat":
        return NatSub(a[0], a[1])
    if kind == "fin":
        n = _fin_n(ctx, e.ty)
        return NatMod(a[0] + NatSub(n, a[1]), n)
    return a[0] - a[1]


def _mul(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if _number_kind(e) == "fin":
        return NatMod(a[0] * a[1], _fin_n(ctx, e.ty))
    return a[0] * a[1]


def _div(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if kind in ("nat", "fin"):
        return NatDiv(a[0], a[1])
    if kind == "int":
        return IntDiv(a[0], a[1])
    return RealDiv(a[0], a[1])


def _mod(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if kind in ("nat", "fin"):
        return NatMod(a[0], a[1])
    if kind == "int":
        return IntMod(a[0], a[1])
    raise Unsupported("mod", e.span, "% on ℚ/ℝ is not modelled")


def _pow(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if not isinstance(e.args[1].ty, TNat):
        raise Unsupported("pow", e.span, "only natural exponents are modelled")
    if explicit_power_bits(a[0], a[1]) > MAX_POW_BITS:
        raise Unsupported("pow", e.span, f"an explicit power of more than {MAX_POW_BITS} bits "
                          "is not computed symbolically")
    power = a[0] ** a[1]  # Monoid.npow: 0 ^ 0 = 1, as in SymPy
    if isinstance(a[1], sympy.Integer) and int(a[1]) > LARGE_EXPONENT and not a[0].is_Number:
        power = LargePower(a[0], a[1])  # never computed nor expanded
    if kind == "fin":
        return NatMod(power, _fin_n(ctx, e.ty))
    return power


def _neg(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if kind == "nat":
        raise Unsupported("neg", e.span, "ℕ has no negation")
    if kind == "fin":
        n = _fin_n(ctx, e.ty)
        return NatMod(NatSub(n, a[0]), n)
    return -a[0]


def _inv(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if _number_kind(e) not in ("rat", "real"):
        raise Unsupported("inv", e.span, "⁻¹ only at ℚ/ℝ")
    return RealDiv(sympy.S.One, a[0])


def _abs(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return a[0] if _number_kind(e) in ("nat", "fin") else sympy.Abs(a[0])


def _max(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    _number_kind(e)
    return sympy.Max(a[0], a[1])


def _min(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    _number_kind(e)
    return sympy.Min(a[0], a[1])


def _smul(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if not isinstance(e.ty, EXACT_SUM_TYPES):
        raise Unsupported("smul", e.span, "• only on numbers")
    return a[0] * a[1]


def _sqrt(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if not isinstance(e.ty, TReal):
        raise Unsupported("sqrt", e.span, "only Real.sqrt")
    return RealSqrt(a[0])


def _exp(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if not isinstance(e.ty, TReal):
        raise Unsupported("exp", e.span, "only Real.exp (Float is never reasoned about)")
    return sympy.exp(a[0])  # the real exponential is the complex one on reals: SymPy's laws hold


def _log(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if not isinstance(e.ty, TReal):
        raise Unsupported("log", e.span, "only Real.log (Float is never reasoned about)")
    return RealLog(a[0])


def _succ(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return a[0] + 1


def _cast(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    src, dst = e.args[0].ty, e.ty
    if src == dst or (isinstance(src, TReal) and isinstance(dst, TReal)):  # ℝ≥0 ↔ ℝ
        return a[0]
    if isinstance(dst, TFin):
        if isinstance(src, (TNat, TInt)) and isinstance(src, TNat):
            return NatMod(a[0], _fin_n(ctx, dst))
        raise Unsupported("cast", e.span, "only ℕ → Fin n")
    if isinstance(src, TBool) and isinstance(dst, (TNat, TInt, TRat, TReal)):
        out = piecewise([(sympy.S.One, a[0]), (sympy.S.Zero, True)])
        if out is None:
            raise Unsupported("cast", e.span, "of a Bool with an `if` inside a sum")
        return out
    widening = {TFin: (TNat, TInt, TRat, TReal), TNat: (TInt, TRat, TReal),
                TInt: (TRat, TReal), TRat: (TReal,)}
    for cls, targets in widening.items():
        if isinstance(src, cls) and isinstance(dst, targets):
            return a[0]  # an embedding: the value is the same number
    raise Unsupported("cast", e.span, f"{type(src).__name__} → {type(dst).__name__}")


def _compare(rel: Any) -> Handler:
    def handler(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
        _number_kind(e)
        return rel(a[0], a[1])

    return handler


def _eq(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    ty = _operand_ty(e)
    if is_boolish(ty):
        return sympy.Equivalent(a[0], a[1])
    if isinstance(ty, (TNat, TInt, TRat, TReal, TFin)):
        return sympy.Eq(a[0], a[1])
    if isinstance(a[0], Lambda) or isinstance(a[1], Lambda):
        raise Unsupported("equality of functions", e.span)
    return SEq(a[0], a[1])


def _ne(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return sympy.Not(_eq(ctx, e, a))


def _logic(fn: Any) -> Handler:
    def handler(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
        return fn(*a)

    return handler


def _dvd(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if _number_kind(e) not in ("nat", "int"):
        raise Unsupported("dvd", e.span, "∣ only at ℕ/ℤ")
    return Dvd(a[0], a[1])


def _elem_ty(e: Expr) -> Ty:
    ty = e.ty
    if not is_list_ty(ty):
        raise Unsupported("list operation", e.span, f"on {type(ty).__name__}")
    return ty.elem  # type: ignore[attr-defined]


def _exact_elem(e: Prim, xs: Expr) -> Ty:
    elem = _elem_ty(xs)
    if not isinstance(elem, EXACT_SUM_TYPES):
        raise Unsupported(e.op, e.span, "sums/products only over ℕ, ℤ, ℚ or ℝ elements")
    return elem


def _fn1(ctx: SymContext, f: Any, e: Prim, arity: int) -> Lambda:
    if not isinstance(f, Lambda) or len(f.variables) != arity:
        raise Unsupported(e.op, e.span, f"expects a function of {arity} argument(s)")
    return f


def _id_over(ctx: SymContext, elem: Ty) -> Lambda:
    return L.identity(ctx.value_of(ctx.fresh_name("x"), elem))


def _list_sum(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.ListSum(_id_over(ctx, _exact_elem(e, e.args[0])), a[0])


def _list_prod(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.ListProd(_id_over(ctx, _exact_elem(e, e.args[0])), a[0])


def _map(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.Map(_fn1(ctx, a[0], e, 1), a[1])


def _filter(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.Filter(_fn1(ctx, a[0], e, 1), a[1])


def _foldl(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.FoldL(_fn1(ctx, a[0], e, 2), a[1], a[2])


def _foldr(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.FoldR(_fn1(ctx, a[0], e, 2), a[1], a[2])


def _zipwith(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.ZipWith(_fn1(ctx, a[0], e, 2), a[1], a[2])


def _mem(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if isinstance(e.args[1].ty, TFinset):
        raise Unsupported("List.mem", e.span, "membership in a Finset here")
    return L.Mem(a[0], a[1])


def _beq_at(e: Prim) -> None:
    """``==`` is ``=`` only under a lawful ``BEq``; at ``Float`` it is IEEE (NaN ≠ NaN)."""
    if not beq_is_eq(e.args[0].ty):
        raise Unsupported(f"'{e.op}' by BEq at a type with Float", e.span,
                          "Float's == is IEEE equality, not =: evaluated concretely only")


def _beq(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    _beq_at(e)
    return _eq(ctx, e, a)


def _count(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    _beq_at(e)
    return L.Count(*a)


def _list_elem(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    _beq_at(e)
    return L.Mem(a[0], a[1])


def _get(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.GetD(a[0], a[1], default_value(ctx, e.ty, e))


def _head(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.GetD(a[0], sympy.S.Zero, default_value(ctx, e.ty, e))


def _all(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    f, xs = (a[0], a[1]) if isinstance(a[0], Lambda) else (a[1], a[0])
    return L.ListAll(_fn1(ctx, f, e, 1), xs)


def _any(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    f, xs = (a[0], a[1]) if isinstance(a[0], Lambda) else (a[1], a[0])
    return L.ListAny(_fn1(ctx, f, e, 1), xs)


def _finset_univ(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return ctx.finset_as_list(None, e.ty.elem)  # type: ignore[attr-defined]


def _finset_card(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    arg = e.args[0]
    if isinstance(arg, Prim) and arg.op in ("Finset.univ", "Finset.range"):
        return L.Length(a[0])
    raise Unsupported("Finset.card", e.span, "only of Finset.univ / Finset.range")


def _finset_mem(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    arg = e.args[1]
    if isinstance(arg, Prim) and arg.op in ("Finset.univ", "Finset.range"):
        return L.Mem(a[0], a[1])
    raise Unsupported("Finset.mem", e.span, "only in Finset.univ / Finset.range")


def _default(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return default_value(ctx, e.ty, e)


def default_value(ctx: SymContext, ty: Ty, e: Expr) -> Any:
    """Lean's ``default`` (Inhabited) of a type: 0, false, [], pairs of defaults, and at a
    type variable an opaque value (``xs[i]`` with a proof is read as ``xs[i]!``, whose
    default never shows when the index is in range)."""
    if isinstance(ty, (TNat, TInt, TRat, TReal, TFin)):
        return sympy.S.Zero
    if is_boolish(ty):
        return false
    if is_list_ty(ty):
        return L.Nil()
    if isinstance(ty, TProd):
        return Tuple(default_value(ctx, ty.fst, e), default_value(ctx, ty.snd, e))
    if isinstance(ty, TVar):
        # the instance's value is unknown: one arbitrary value of the type, the same wherever
        # the law meets it; a law proved for every such value holds for the real default
        return sympy.Symbol(f"default‹{ty.name}›")
    raise Unsupported("default", getattr(e, "span", None), f"of {type(ty).__name__}")


def _simple(fn: Any) -> Handler:
    def handler(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
        return fn(*a)

    return handler


PRIM_HANDLERS: dict[str, Handler] = {
    "add": _add, "sub": _sub, "mul": _mul, "div": _div, "mod": _mod, "pow": _pow,
    "neg": _neg, "inv": _inv, "abs": _abs, "max": _max, "min": _min, "smul": _smul,
    "sqrt": _sqrt, "succ": _succ, "cast": _cast, "exp": _exp, "log": _log,
    "eq": _eq, "ne": _ne, "beq": _beq,
    "lt": _compare(sympy.Lt), "le": _compare(sympy.Le),
    "gt": _compare(sympy.Gt), "ge": _compare(sympy.Ge),
    "dvd": _dvd,
    "and": _logic(sympy.And), "or": _logic(sympy.Or), "not": _logic(sympy.Not),
    "implies": _logic(sympy.Implies), "iff": _logic(sympy.Equivalent),
    "bnot": _logic(sympy.Not), "band": _logic(sympy.And), "bor": _logic(sympy.Or),
    "decide": _logic(lambda p: p),
    "List.nil": _simple(L.Nil), "List.cons": _simple(L.Cons),
    "List.append": _simple(L.Append), "List.reverse": _simple(L.Reverse),
    "List.map": _map, "List.sum": _list_sum, "List.prod": _list_prod,
    "List.length": _simple(L.Length), "List.replicate": _simple(L.Replicate),
    "List.range": _simple(L.Range), "List.finRange": _simple(L.Range),
    "List.foldl": _foldl, "List.foldr": _foldr, "List.filter": _filter,
    "List.take": _simple(L.Take), "List.drop": _simple(L.Drop),
    "List.zip": _simple(L.Zip), "List.zipWith": _zipwith,
    "List.count": _count, "List.mem": _mem, "List.elem": _list_elem,
    "List.get!": _get, "List.head!": _head, "List.all": _all, "List.any": _any,
    "Finset.univ": _finset_univ, "Finset.range": _simple(L.Range),
    "Finset.card": _finset_card, "Finset.mem": _finset_mem,
    "Prod.mk": _simple(Tuple), "Prod.fst": _simple(Fst), "Prod.snd": _simple(Snd),
    "default": _default,
}
"""The symbolic meaning of each ``PRIM_OPS`` op (see ``UNSUPPORTED_PRIMS`` for the rest)."""

def _to_nat(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return sympy.Max(a[0], 0)


def _sign(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return sympy.sign(a[0])




def _by_beq(head: type) -> Handler:
    """``∪``, ``∩``, ``diff`` compare by ``BEq``: a symbolic meaning only where it is ``=``."""
    def handler(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
        _beq_at(e)
        return head(*a)

    return handler


# the relations compare by `=` (never BEq); their laws are rules of `prove/rules.py`
PRIM_HANDLERS.update({
    "List.sublist": _simple(L.Sublist), "List.isPrefix": _simple(L.IsPrefix),
    "List.isSuffix": _simple(L.IsSuffix), "List.isInfix": _simple(L.IsInfix),
    "List.perm": _simple(L.Perm), "List.subset": _simple(L.Subset),
    "List.disjoint": _simple(L.Disjoint),
    # a finite set that translates is a list of its members (range, univ): disjointness is
    # the lists' (no common member)
    "Finset.disjoint": _simple(L.Disjoint),
    "List.union": _by_beq(L.Union), "List.inter": _by_beq(L.Inter),
    "List.diff": _by_beq(L.Diff), "List.erase": _by_beq(L.Erase),
})
PRIM_HANDLERS["Int.toNat"] = _to_nat
PRIM_HANDLERS["Int.sign"] = _sign
# the other rounding conventions: opaque to SymPy, exact in Z3 (``prove/confirm.py`` defines
# each by cases from SMT-LIB's Euclidean ``div``/``mod``, as Lean's ``Int`` files relate them)
PRIM_HANDLERS["Int.tdiv"] = _simple(IntTDiv)
PRIM_HANDLERS["Int.tmod"] = _simple(IntTMod)
PRIM_HANDLERS["Int.fdiv"] = _simple(IntFDiv)
PRIM_HANDLERS["Int.fmod"] = _simple(IntFMod)
PRIM_HANDLERS["Int.bmod"] = _simple(IntBMod)
# bitwise: opaque to SymPy; Z3 knows Mathlib's facts about each application (``confirm.py``)
PRIM_HANDLERS["Nat.land"] = _simple(NatLand)
PRIM_HANDLERS["Nat.lor"] = _simple(NatLor)
PRIM_HANDLERS["Nat.xor"] = _simple(NatXor)
# gcd, factorial, choose, sqrt, log: opaque to SymPy; Z3 knows Lean's facts about each
# application (``confirm.py``)
PRIM_HANDLERS.update({head.lean: _simple(head) for head in NAT_NUMBER_HEADS})

UNSUPPORTED_PRIMS: dict[str, str] = {
    "List.find?": "not in the list algebra: decided on concrete instances only",
    "Ind.is": "constructor tests are decided by the equations of a definition symbolically",
    "List.toFinset": "a Finset built from a list (deduplication) is not modelled symbolically",
    "Finset.filter": "a filtered finite set as a value: decided on concrete instances only",
    "Finset.subset": "inclusion of finite sets: decided on concrete instances only",
    "Finset.union": "a union of finite sets as a value: decided on concrete instances only",
    "Finset.inter": "an intersection of finite sets: decided on concrete instances only",
    "Finset.sdiff": "a difference of finite sets: decided on concrete instances only",
    "Finset.product": "a product of finite sets: decided on concrete instances only",
    "List.subperm": "no list-algebra rules for <+~: decided on concrete instances only",
    "Int.floor": "⌊x⌋ is not modelled symbolically: decided on concrete instances only",
    "Int.ceil": "⌈x⌉ is not modelled symbolically: decided on concrete instances only",
    "Nat.floor": "⌊x⌋₊ is not modelled symbolically: decided on concrete instances only",
    "Nat.ceil": "⌈x⌉₊ is not modelled symbolically: decided on concrete instances only",
    "Option.none": "Option values are not modelled symbolically",
    "Option.some": "Option values are not modelled symbolically",
    "Option.getD": "Option values are not modelled symbolically",
}
"""``PRIM_OPS`` ops without a symbolic meaning, with the reason (a test checks coverage)."""

__all__ = ["PRIM_HANDLERS", "UNSUPPORTED_PRIMS", "default_value", "spine"]
