"""Core laws built by hand (independent of the reader and elaborator), and a minimal Env.

Why: the prover's behaviour is pinned on exact core terms, so its tests fail only for the
prover's own faults; the end-to-end tests over ``specs/*.lean`` live in ``test_specs.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from jepa_formal.mirror.core.terms import (
    Call,
    DefCall,
    DefInfo,
    Equation,
    Expr,
    Lam,
    Law,
    Lit,
    Prim,
    Quant,
    StructInfo,
    TBool,
    TFin,
    TFloat,
    TFun,
    TInt,
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

NAT, INT, REAL, FLOAT, PROP, BOOL = TNat(), TInt(), TReal(), TFloat(), TProp(), TBool()


@dataclass
class FakeEnv:
    """The two lookups the symbolic side uses: definitions and structures by full name."""

    defs: dict[str, DefInfo] = field(default_factory=dict)
    structs: dict[str, StructInfo] = field(default_factory=dict)

    def definition(self, name: str) -> DefInfo:
        return self.defs[name]

    def structure(self, name: str) -> StructInfo:
        return self.structs[name]


def v(name: str, ty: Ty) -> Var:
    return Var(name, ty)


def lit(value: object, ty: Ty) -> Lit:
    return Lit(value, ty)


def p(op: str, *args: Expr, ty: Ty) -> Prim:
    return Prim(op, tuple(args), ty)


def eq(a: Expr, b: Expr) -> Prim:
    return p("eq", a, b, ty=PROP)


def fn(*tys: Ty) -> Ty:
    out = tys[-1]
    for t in reversed(tys[:-1]):
        out = TFun(t, out)
    return out


def lst(ty: Ty) -> TList:
    return TList(ty)


def lsum(xs: Expr, ty: Ty) -> Prim:
    return p("List.sum", xs, ty=ty)


def lmap(f: Expr, xs: Expr, elem: Ty) -> Prim:
    return p("List.map", f, xs, ty=TList(elem))


def app(f: Expr, *args: Expr, ty: Ty) -> Call:
    return Call(f, tuple(args), ty)


def forall_mem(var: Var, xs: Expr, body: Expr) -> Quant:
    return Quant("forall", var, p("implies", p("List.mem", var, xs, ty=PROP), body, ty=PROP),
                 bound=xs)


# --- the JEPA seed -------------------------------------------------------------------------

N = v("n", NAT)
FIN = TFin(N)
CTX, TGT, PRED = TVar("Context"), TVar("Target"), TVar("Pred")
JEPA = "NN.MLTheory.SelfSupervised.jepaLoss"


def jepa_def() -> DefInfo:
    idxs = v("targetIdxs", lst(FIN))
    context, target = v("context", CTX), v("target", fn(FIN, TGT))
    predict, rep = v("predict", fn(CTX, FIN, PRED)), v("repLoss", fn(TGT, PRED, NAT))
    i = v("i", FIN)
    body = lsum(lmap(Lam((i,), app(rep, app(target, i, ty=TGT), app(predict, context, i, ty=PRED),
                                       ty=NAT), fn(FIN, NAT)), idxs, NAT), NAT)
    params = (N, v("Context", TSort()), v("Target", TSort()), v("Pred", TSort()), idxs, context,
              target, predict, rep)
    return DefInfo(JEPA, params, NAT, body=body)


def jepa_env() -> FakeEnv:
    return FakeEnv({JEPA: jepa_def()})


def jepa_call(idxs: Expr, target: Expr | None = None) -> DefCall:
    target = target if target is not None else v("target", fn(FIN, TGT))
    return DefCall(JEPA, (N, TypeArg(CTX), TypeArg(TGT), TypeArg(PRED), idxs, v("context", CTX),
                          target, v("predict", fn(CTX, FIN, PRED)),
                          v("repLoss", fn(TGT, PRED, NAT))), NAT)


def _common(*lists: Var, targets: tuple[Var, ...] | None = None) -> tuple[Var, ...]:
    targets = targets or (v("target", fn(FIN, TGT)),)
    return (N, v("Context", TSort()), v("Target", TSort()), v("Pred", TSort()), *lists,
            v("context", CTX), *targets, v("predict", fn(CTX, FIN, PRED)),
            v("repLoss", fn(TGT, PRED, NAT)))


XS, YS, IDXS = v("xs", lst(FIN)), v("ys", lst(FIN)), v("idxs", lst(FIN))


def jepa_nil() -> Law:
    return Law("jepaLoss_nil", _common(),
               (), eq(jepa_call(p("List.nil", ty=lst(FIN))), lit(0, NAT)))


def jepa_append() -> Law:
    app_ = p("List.append", XS, YS, ty=lst(FIN))
    return Law("jepaLoss_append", _common(XS, YS), (),
               eq(jepa_call(app_), p("add", jepa_call(XS), jepa_call(YS), ty=NAT)))


def jepa_reverse() -> Law:
    rev = p("List.reverse", IDXS, ty=lst(FIN))
    return Law("jepaLoss_reverse", _common(IDXS), (), eq(jepa_call(rev), jepa_call(IDXS)))


T1, T2 = v("target₁", fn(FIN, TGT)), v("target₂", fn(FIN, TGT))


def target_ext_hyp(over: Var = IDXS) -> Quant:
    i = v("i", FIN)
    return forall_mem(i, over, eq(app(T1, i, ty=TGT), app(T2, i, ty=TGT)))


def jepa_target_ext(hyp: Quant | None = None, lists: tuple[Var, ...] = (IDXS,),
                    over: Expr = IDXS) -> Law:
    hyps = (("h", hyp),) if hyp is not None else ()
    return Law("jepaLoss_target_ext", _common(*lists, targets=(T1, T2)), hyps,
               eq(jepa_call(over, T1), jepa_call(over, T2)))


# --- small number laws ---------------------------------------------------------------------


def nat_law(name: str, binders: tuple[Var, ...], concl: Expr,
            hyps: tuple[tuple[str, Expr], ...] = ()) -> Law:
    return Law(name, binders, hyps, concl)


def sum_rec_def(elem: Ty = NAT) -> DefInfo:
    """``def sumSq : List ℕ → ℕ | [] => 0 | x :: xs => x * x + sumSq xs`` (recursive)."""
    x, rest = v("x", elem), v("rest", lst(elem))
    name = "Spec.sumSq"
    rec = DefCall(name, (rest,), elem)
    eqs = (
        Equation((), (p("List.nil", ty=lst(elem)),), lit(0, elem)),
        Equation((x, rest), (p("List.cons", x, rest, ty=lst(elem)),),
                 p("add", p("mul", x, x, ty=elem), rec, ty=elem)),
    )
    return DefInfo(name, (v("l", lst(elem)),), elem, equations=eqs, recursive=True)


def fraction(a: int, b: int = 1) -> Lit:
    return lit(Fraction(a, b), REAL)


__all__ = [name for name in dir() if not name.startswith("_")]
