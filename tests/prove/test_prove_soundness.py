"""Soundness: false laws are never ``proved`` or ``bounded``; each comes with a true twin that
is, so that the table checks the prover decides rather than merely refuses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from prove_handmade import (
    FIN,
    FLOAT,
    IDXS,
    INT,
    NAT,
    PROP,
    REAL,
    T1,
    T2,
    XS,
    YS,
    FakeEnv,
    _common,
    app,
    eq,
    fn,
    fraction,
    jepa_call,
    jepa_env,
    lit,
    lst,
    p,
    target_ext_hyp,
    v,
)

from jepa_formal.mirror.core.terms import Expr, Lam, Law, Ty, Var
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

PASS = (Status.PROVED, Status.BOUNDED)


def law(binders: tuple[Var, ...], concl: Expr, *hyps: tuple[str, Expr]) -> Law:
    return Law("t", binders, tuple(hyps), concl)


def lsum_map(f: Expr, xs: Expr, T: Ty) -> Expr:
    return p("List.sum", p("List.map", f, xs, ty=lst(T)), ty=T)


def fold_reverse(T: Ty, order_dependent: bool) -> Law:
    xs, c = v("xs", lst(T)), v("c", T)
    a, x = v("a", T), v("x", T)
    body = p("sub", p("mul", lit(2, T), a, ty=T), x, ty=T) if order_dependent \
        else p("add", a, x, ty=T)
    h = Lam((a, x), body, fn(T, T, T))
    lhs = p("List.foldl", h, c, p("List.reverse", xs, ty=lst(T)), ty=T)
    return law((xs, c), eq(lhs, p("List.foldl", h, c, xs, ty=T)))


def nat_sum_sub(split: bool) -> Law:
    xs = v("xs", lst(NAT))
    f, g = v("f", fn(NAT, NAT)), v("g", fn(NAT, NAT))
    x = v("x", NAT)
    diff = Lam((x,), p("sub", app(f, x, ty=NAT), app(g, x, ty=NAT), ty=NAT), fn(NAT, NAT))
    if split:  # false in ℕ: sum (f - g) = sum f - sum g
        rhs = p("sub", lsum_map(f, xs, NAT), lsum_map(g, xs, NAT), ty=NAT)
    else:  # true: the same sum twice
        rhs = lsum_map(diff, xs, NAT)
    return law((xs, f, g), eq(lsum_map(diff, xs, NAT), rhs))


def append_sum(T: Ty, rhs_kind: str) -> Law:
    xs, ys = v("xs", lst(T)), v("ys", lst(T))
    total = p("List.sum", p("List.append", xs, ys, ty=lst(T)), ty=T)
    sx, sy = p("List.sum", xs, ty=T), p("List.sum", ys, ty=T)
    rhs = {"add": p("add", sx, sy, ty=T), "mul": p("mul", sx, sy, ty=T), "ys": sy}[rhs_kind]
    return law((xs, ys), eq(total, rhs))


def nat_sub_add(with_hyp: bool) -> Law:
    a, b = v("a", NAT), v("b", NAT)
    concl = eq(p("add", p("sub", b, a, ty=NAT), a, ty=NAT), b)
    hyps = (("hab", p("le", a, b, ty=PROP)),) if with_hyp else ()
    return law((a, b), concl, *hyps)


def real_div_mul(with_hyp: bool) -> Law:
    x, y = v("x", REAL), v("y", REAL)
    concl = eq(p("mul", p("div", x, y, ty=REAL), y, ty=REAL), x)
    hyps = (("hy", p("ne", y, fraction(0), ty=PROP)),) if with_hyp else ()
    return law((x, y), concl, *hyps)


def nat_div_mul(exact: bool) -> Law:
    a = v("a", NAT)
    lhs = p("div", p("mul", a, lit(2, NAT), ty=NAT), lit(2, NAT), ty=NAT) if exact \
        else p("mul", p("div", a, lit(2, NAT), ty=NAT), lit(2, NAT), ty=NAT)
    return law((a,), eq(lhs, a))


def scaled_nonneg(with_hyps: bool) -> Law:
    g, x = v("γ", REAL), v("x", REAL)
    concl = p("le", fraction(0), p("mul", g, x, ty=REAL), ty=PROP)
    hyps = (("hγ", p("lt", fraction(0), g, ty=PROP)), ("hx", p("le", fraction(0), x, ty=PROP)))
    return law((g, x), concl, *(hyps if with_hyps else ()))


def jepa_ext(over_hyp: Var, over_concl: Expr, lists: tuple[Var, ...]) -> Law:
    hyp = target_ext_hyp(over_hyp)
    return Law("t", _common(*lists, targets=(T1, T2)), (("h", hyp),),
               eq(jepa_call(over_concl, T1), jepa_call(over_concl, T2)))


def jepa_append_to(rhs_kind: str) -> Law:
    both = p("List.append", XS, YS, ty=lst(FIN))
    rhs = {"ys": jepa_call(YS),
           "mul": p("mul", jepa_call(XS), jepa_call(YS), ty=NAT),
           "lt": None}[rhs_kind]
    if rhs is None:
        concl = p("lt", jepa_call(both), p("add", jepa_call(XS), jepa_call(YS), ty=NAT), ty=PROP)
    else:
        concl = eq(jepa_call(both), rhs)
    return Law("t", _common(XS, YS), (), concl)


def fin_wrap(claim_plain_sum: bool) -> Law:
    n3 = lit(3, NAT)
    from jepa_formal.mirror.core.terms import TFin

    F3 = TFin(n3)
    a, b = v("a", F3), v("b", F3)
    total = p("cast", p("add", a, b, ty=F3), ty=NAT)
    plain = p("add", p("cast", a, ty=NAT), p("cast", b, ty=NAT), ty=NAT)
    rhs = plain if claim_plain_sum else p("mod", plain, n3, ty=NAT)
    return law((a, b), eq(total, rhs))


CASES: list[tuple[str, Callable[[], Law], Callable[[], Law], object]] = [
    ("sum over append: + vs *", lambda: append_sum(NAT, "add"), lambda: append_sum(NAT, "mul"),
     None),
    ("xs ++ ys replaced by ys", lambda: append_sum(INT, "add"), lambda: append_sum(INT, "ys"),
     None),
    ("order-dependent foldl under reverse", lambda: fold_reverse(INT, False),
     lambda: fold_reverse(INT, True), None),
    ("ℕ sum of differences split", lambda: nat_sum_sub(False), lambda: nat_sum_sub(True), None),
    ("ℕ (b - a) + a = b needs a ≤ b", lambda: nat_sub_add(True), lambda: nat_sub_add(False),
     None),
    ("ℝ x / y * y = x needs y ≠ 0", lambda: real_div_mul(True), lambda: real_div_mul(False),
     None),
    ("ℕ floor division", lambda: nat_div_mul(True), lambda: nat_div_mul(False), None),
    ("dropped positivity hypotheses", lambda: scaled_nonneg(True), lambda: scaled_nonneg(False),
     None),
    ("hypothesis on the wrong list", lambda: jepa_ext(IDXS, IDXS, (IDXS,)),
     lambda: jepa_ext(XS, YS, (XS, YS)), jepa_env()),
    ("hypothesis on part of the list", lambda: jepa_ext(XS, XS, (XS, YS)),
     lambda: jepa_ext(XS, p("List.append", XS, YS, ty=lst(FIN)), (XS, YS)), jepa_env()),
    ("jepa append: ys only", lambda: jepa_append_to("ys"), lambda: jepa_append_to("ys"),
     jepa_env()),
    ("jepa append: times", lambda: jepa_append_to("mul"), lambda: jepa_append_to("mul"),
     jepa_env()),
    ("jepa append: strict", lambda: jepa_append_to("lt"), lambda: jepa_append_to("lt"),
     jepa_env()),
    ("Fin addition wraps", lambda: fin_wrap(False), lambda: fin_wrap(True), None),
]


@pytest.mark.parametrize(("name", "true_law", "false_law", "env"), CASES,
                         ids=[c[0] for c in CASES])
def test_false_law_is_never_passed(name: str, true_law: Callable[[], Law],
                                   false_law: Callable[[], Law], env: object) -> None:
    out = prove_law(false_law(), env or FakeEnv(), timeout=5.0)
    assert out.status not in PASS, (name, out)


TRUE_TWINS = [c for c in CASES if c[0] not in
              ("jepa append: ys only", "jepa append: times", "jepa append: strict")]


@pytest.mark.parametrize(("name", "true_law", "false_law", "env"), TRUE_TWINS,
                         ids=[c[0] for c in TRUE_TWINS])
def test_true_twin_passes(name: str, true_law: Callable[[], Law],
                          false_law: Callable[[], Law], env: object) -> None:
    out = prove_law(true_law(), env or FakeEnv(), timeout=5.0)
    assert out.status in PASS, (name, out)


def float_sum_law() -> Law:
    return append_sum(FLOAT, "add")


def test_float_sums_are_never_regrouped() -> None:
    """``(xs ++ ys).sum = xs.sum + ys.sum`` is false at Float (rounding): Float values are
    opaque and ``xs.sum`` a right fold of an opaque addition, which no rule regroups."""
    out = prove_law(float_sum_law(), FakeEnv())
    assert out.status is None
    assert "List.sum_append" not in [s.rule for s in out.steps]
