"""Hand-built core laws for the numeric tests (the seed JEPA laws and known-false laws).

Why by hand: these tests pin the numeric checker's behaviour on exact core terms, independent
of the reader and elaborator; ``test_specs.py`` runs the same laws read from ``specs/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from jepa_formal.mirror.core.terms import (
    Call,
    DefCall,
    DefInfo,
    Expr,
    Lam,
    Law,
    Lit,
    Prim,
    Quant,
    StructInfo,
    TFin,
    TFloat,
    TFun,
    TList,
    TNat,
    TProp,
    TReal,
    TSort,
    TVar,
    Ty,
    TypeArg,
    Var,
)

NAT = TNat()
PROP = TProp()


@dataclass
class StandInEnv:
    """The two lookups the numeric layer and the evaluator need from ``mirror.Env``."""

    defs: dict[str, DefInfo] = field(default_factory=dict)
    structs: dict[str, StructInfo] = field(default_factory=dict)
    concrete_cache: dict[str, Any] = field(default_factory=dict)

    def definition(self, name: str) -> DefInfo:
        return self.defs[name]

    def structure(self, name: str) -> StructInfo:
        return self.structs[name]


def v(name: str, ty: Ty) -> Var:
    return Var(name, ty)


def p(op: str, *args: Expr, ty: Ty = PROP) -> Prim:
    return Prim(op, tuple(args), ty)


def nat(k: int) -> Lit:
    return Lit(k, NAT)


def forall_in(var: Var, xs: Expr, body: Expr) -> Quant:
    return Quant("forall", var, p("implies", p("List.mem", var, xs), body), bound=xs)


# --- jepaLoss ---------------------------------------------------------------------------------

N = v("n", NAT)
FIN_N = TFin(N)
IDX = TList(FIN_N)
CTX, TGT, PRED = TVar("Context"), TVar("Target"), TVar("Pred")
TARGET_TY = TFun(FIN_N, TGT)
PREDICT_TY = TFun(CTX, TFun(FIN_N, PRED))
REPLOSS_TY = TFun(TGT, TFun(PRED, NAT))
JEPA = "NN.MLTheory.SelfSupervised.jepaLoss"


def _jepa_def() -> DefInfo:
    idxs, context = v("targetIdxs", IDX), v("context", CTX)
    target, predict, rep = (
        v("target", TARGET_TY),
        v("predict", PREDICT_TY),
        v("repLoss", REPLOSS_TY),
    )
    i = v("i", FIN_N)
    term = Call(rep, (Call(target, (i,), TGT), Call(predict, (context, i), PRED)), NAT)
    mapped = p("List.map", Lam((i,), term, TFun(FIN_N, NAT)), idxs, ty=TList(NAT))
    params = (
        N,
        v("Context", TSort()),
        v("Target", TSort()),
        v("Pred", TSort()),
        idxs,
        context,
        target,
        predict,
        rep,
    )
    return DefInfo(JEPA, params, NAT, body=p("List.sum", mapped, ty=NAT))


def jepa(idxs: Expr, target: str = "target") -> DefCall:
    args = (
        N,
        TypeArg(CTX),
        TypeArg(TGT),
        TypeArg(PRED),
        idxs,
        v("context", CTX),
        v(target, TARGET_TY),
        v("predict", PREDICT_TY),
        v("repLoss", REPLOSS_TY),
    )
    return DefCall(JEPA, args, NAT)


def env() -> StandInEnv:
    return StandInEnv(defs={JEPA: _jepa_def()})


def _jepa_binders(*lists: str, targets: tuple[str, ...] = ("target",)) -> tuple[Var, ...]:
    return (
        N,
        v("Context", TSort()),
        v("Target", TSort()),
        v("Pred", TSort()),
        *(v(x, IDX) for x in lists),
        v("context", CTX),
        *(v(t, TARGET_TY) for t in targets),
        v("predict", PREDICT_TY),
        v("repLoss", REPLOSS_TY),
    )


def jepa_nil() -> Law:
    nil = p("List.nil", ty=IDX)
    return Law("jepaLoss_nil", _jepa_binders(), (), p("eq", jepa(nil), nat(0)))


def jepa_append() -> Law:
    xs, ys = v("xs", IDX), v("ys", IDX)
    lhs = jepa(p("List.append", xs, ys, ty=IDX))
    rhs = p("add", jepa(xs), jepa(ys), ty=NAT)
    return Law("jepaLoss_append", _jepa_binders("xs", "ys"), (), p("eq", lhs, rhs))


def jepa_reverse() -> Law:
    idxs = v("idxs", IDX)
    lhs = jepa(p("List.reverse", idxs, ty=IDX))
    return Law("jepaLoss_reverse", _jepa_binders("idxs"), (), p("eq", lhs, jepa(idxs)))


def _agree(xs: Var, a: str, b: str) -> Quant:
    i = v("i", FIN_N)
    return forall_in(
        i, xs, p("eq", Call(v(a, TARGET_TY), (i,), TGT), Call(v(b, TARGET_TY), (i,), TGT))
    )


def jepa_target_ext() -> Law:
    idxs = v("idxs", IDX)
    binders = _jepa_binders("idxs", targets=("target₁", "target₂"))
    concl = p("eq", jepa(idxs, "target₁"), jepa(idxs, "target₂"))
    return Law("jepaLoss_target_ext", binders, (("h", _agree(idxs, "target₁", "target₂")),), concl)


def jepa_target_ext_wrong_list() -> Law:
    """False: ``h`` covers ``xs`` but the loss runs over ``xs ++ ys``."""
    xs, ys = v("xs", IDX), v("ys", IDX)
    binders = _jepa_binders("xs", "ys", targets=("target₁", "target₂"))
    both = p("List.append", xs, ys, ty=IDX)
    concl = p("eq", jepa(both, "target₁"), jepa(both, "target₂"))
    return Law(
        "jepaLoss_target_ext_wrong", binders, (("h", _agree(xs, "target₁", "target₂")),), concl
    )


SEED_LAWS = (jepa_nil, jepa_append, jepa_reverse, jepa_target_ext)


# --- small false laws -----------------------------------------------------------------------


def foldl_append_comm() -> Law:
    """False: a foldl-based (order-weighted) loss claimed invariant under swapping blocks."""
    xs, ys = v("xs", IDX), v("ys", IDX)
    f = v("f", TFun(FIN_N, NAT))
    acc, i = v("acc", NAT), v("i", FIN_N)
    step = Lam(
        (acc, i),
        p("add", p("mul", nat(2), acc, ty=NAT), Call(f, (i,), NAT), ty=NAT),
        TFun(NAT, TFun(FIN_N, NAT)),
    )

    def loss(lst: Expr) -> Prim:
        return p("List.foldl", step, nat(0), lst, ty=NAT)

    concl = p("eq", loss(p("List.append", xs, ys, ty=IDX)), loss(p("List.append", ys, xs, ty=IDX)))
    return Law("foldl_append_comm", (N, xs, ys, f), (), concl)


def nat_sub_add() -> Law:
    """False on ℕ (truncated subtraction): ``a - b + b = a``."""
    a, b = v("a", NAT), v("b", NAT)
    concl = p("eq", p("add", p("sub", a, b, ty=NAT), b, ty=NAT), a)
    return Law("nat_sub_add", (a, b), (), concl)


def float_sum_reverse() -> Law:
    """False for Float: the sum of a reversed list (rounding depends on order)."""
    xs = v("xs", TList(TFloat()))
    concl = p(
        "eq",
        p("List.sum", p("List.reverse", xs, ty=xs.ty), ty=TFloat()),
        p("List.sum", xs, ty=TFloat()),
    )
    return Law("float_sum_reverse", (xs,), (), concl)


def float_sum_append() -> Law:
    """False for Float: ``(xs ++ ys).sum = xs.sum + ys.sum`` (a right fold associates
    differently); minimal: ``xs`` of two elements, ``ys`` of one."""
    xs, ys = v("xs", TList(TFloat())), v("ys", TList(TFloat()))
    concl = p(
        "eq",
        p("List.sum", p("List.append", xs, ys, ty=xs.ty), ty=TFloat()),
        p("add", p("List.sum", xs, ty=TFloat()), p("List.sum", ys, ty=TFloat()), ty=TFloat()),
    )
    return Law("float_sum_append", (xs, ys), (), concl)


def float_mul_zero() -> Law:
    """False for Float only through ``∞`` and NaN: ``a * 0 = 0`` (``∞ * 0`` is NaN)."""
    a = v("a", TFloat())
    return Law(
        "float_mul_zero",
        (a,),
        (),
        p("eq", p("mul", a, Lit(0.0, TFloat()), ty=TFloat()), Lit(0.0, TFloat())),
    )


def float_self_eq() -> Law:
    """True for Float (``rfl``, NaN included): ``a * b = a * b``."""
    a, b = v("a", TFloat()), v("b", TFloat())
    prod = p("mul", a, b, ty=TFloat())
    return Law("float_self_eq", (a, b), (), p("eq", prod, prod))


def real_sum_reverse() -> Law:
    """True for ℝ: the same statement as ``float_sum_reverse``."""
    xs = v("xs", TList(TReal()))
    concl = p(
        "eq",
        p("List.sum", p("List.reverse", xs, ty=xs.ty), ty=TReal()),
        p("List.sum", xs, ty=TReal()),
    )
    return Law("real_sum_reverse", (xs,), (), concl)


def only_empty_satisfies() -> Law:
    """False, and only ``[]`` satisfies the hypothesis: ``∀ x ∈ xs, x < 0`` on ℕ."""
    xs, x = v("xs", TList(NAT)), v("x", NAT)
    h = forall_in(x, xs, p("lt", x, nat(0)))
    concl = p("eq", p("List.length", xs, ty=NAT), nat(1))
    return Law("only_empty", (xs,), (("h", h),), concl)


def unsatisfiable() -> Law:
    """Hypotheses no instance meets: ``0 < n ∧ n < 0``; the conclusion is false."""
    n = v("m", NAT)
    h = p("and", p("lt", nat(0), n), p("lt", n, nat(0)))
    return Law("unsatisfiable", (n,), (("h", h),), p("eq", n, nat(1)))


def real_bound_law() -> Law:
    """True: ``0 < γ → a ≤ b → γ * a ≤ γ * b`` on ℝ."""
    real = TReal()
    g, a, b = v("γ", real), v("a", real), v("b", real)
    concl = p("le", p("mul", g, a, ty=real), p("mul", g, b, ty=real))
    hyps = (("hγ", p("lt", Lit(Fraction(0), real), g)), ("hab", p("le", a, b)))
    return Law("real_mul_mono", (g, a, b), hyps, concl)


# --- structures -------------------------------------------------------------------------------

CONTRACT = "Contract"


def contract_env() -> StandInEnv:
    """``structure Contract (n : ℕ) where targetIdxs : List (Fin n); guard : ℕ := 0``."""
    n = v("n", NAT)
    info = StructInfo(
        CONTRACT, (n,), (("targetIdxs", TList(TFin(n))), ("guard", NAT)), (("guard", nat(0)),)
    )
    return StandInEnv(structs={CONTRACT: info})


def contract_guard_law() -> Law:
    """False: ``c.guard + c.targetIdxs.length = c.targetIdxs.length``."""
    from jepa_formal.mirror.core.terms import Field, TStruct

    m = v("m", NAT)
    c = v("c", TStruct(CONTRACT, (m,)))
    length = p("List.length", Field(c, "targetIdxs", TList(TFin(m))), ty=NAT)
    concl = p("eq", p("add", Field(c, "guard", NAT), length, ty=NAT), length)
    return Law("contract_guard", (m, c), (), concl)
