"""The concrete evaluator on hand-built core expressions (independent of the reader)."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.mirror.concrete.evaluate import compile_law, evaluate
from jepa_formal.mirror.concrete.ops import int_ediv, int_emod, right_fold_sum
from jepa_formal.mirror.core.env import Env
from jepa_formal.mirror.core.terms import (
    BigOp,
    Call,
    DefCall,
    DefInfo,
    Equation,
    Field,
    Ite,
    Lam,
    Law,
    Let,
    Lit,
    MkStruct,
    Prim,
    Quant,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TProp,
    TReal,
    TStruct,
    TVar,
    Var,
)
from jepa_formal.mirror.core.values import StructValue, TableFn

N, Z, R, P, FL = TNat(), TInt(), TReal(), TProp(), TFloat()


def nat(v: int) -> Lit:
    return Lit(v, N)


class _FakeEnv:
    """A stand-in Env holding ready-made DefInfos (the elaborator is tested elsewhere)."""

    def __init__(self, *defs: DefInfo) -> None:
        self.defs = {d.name: d for d in defs}
        self.concrete_cache: dict[str, object] = {}

    def definition(self, name: str) -> DefInfo:
        return self.defs[name]


@settings(max_examples=200, deadline=None)
@given(st.integers(-50, 50), st.integers(-50, 50))
def test_int_division_is_euclidean(a: int, b: int) -> None:
    q, r = int_ediv(a, b), int_emod(a, b)
    if b == 0:
        assert (q, r) == (0, a)
    else:
        assert a == b * q + r
        assert 0 <= r < abs(b)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False, width=32), max_size=6))
def test_float_sum_is_a_right_fold(xs: list[float]) -> None:
    expected = 0.0
    for x in reversed(xs):
        expected = x + expected
    xs_var = Var("xs", TList(FL))
    got = evaluate(Prim("List.sum", (xs_var,), FL), None, {"xs": tuple(xs)})
    assert got == expected or (math.isnan(got) and math.isnan(expected))
    assert right_fold_sum(xs, 0.0) == got or math.isnan(got)


def test_lambda_partial_application_and_call() -> None:
    x, y = Var("x", N), Var("y", N)
    add = Lam((x, y), Prim("add", (x, y), N), TFun(N, TFun(N, N)))
    f = Var("f", TFun(N, TFun(N, N)))
    body = Call(Call(f, (nat(2),), TFun(N, N)), (nat(3),), N)
    assert evaluate(Let(f, add, body, N), None, {}) == 5
    # a drawn table function is partially applied the same way
    g = TableFn(2, {(2, 3): 9}, 0)
    assert evaluate(body, None, {"f": g}) == 9


def test_lambda_returning_a_function_is_uncurried() -> None:
    x, y = Var("x", N), Var("y", N)
    inner = Lam((y,), Prim("mul", (x, y), N), TFun(N, N))
    outer = Lam((x,), inner, TFun(N, TFun(N, N)))
    f = Var("f", TFun(N, TFun(N, N)))
    assert evaluate(Let(f, outer, Call(f, (nat(4), nat(5)), N), N), None, {}) == 20


def test_ite_let_and_structures() -> None:
    s = Var("s", TStruct("S"))
    mk = MkStruct("S", (("a", nat(1)), ("b", nat(2))), TStruct("S"))
    e = Let(s, mk, Ite(Prim("lt", (Field(s, "a", N), Field(s, "b", N)), P),
                       Field(s, "b", N), nat(0), N), N)
    assert evaluate(e, None, {}) == 2
    assert evaluate(mk, None, {}) == StructValue("S", (("a", 1), ("b", 2)))


def test_bigop_over_fin_and_finset_counts_each_element_once() -> None:
    n = Var("n", N)
    j = Var("j", TFin(n))
    total = BigOp("sum", j, Prim("cast", (j,), N), N)
    assert evaluate(total, None, {"n": 4}) == 6
    assert evaluate(total, None, {"n": 0}) == 0
    xs = Var("xs", TList(N))
    i = Var("i", N)
    over_set = BigOp("sum", i, i, N, Prim("List.toFinset", (xs,), TFinset(N)))
    assert evaluate(over_set, None, {"xs": (2, 2, 3)}) == 5
    over_list = Prim("List.sum", (xs,), N)
    assert evaluate(over_list, None, {"xs": (2, 2, 3)}) == 7


def test_bigop_over_float_is_unsupported() -> None:
    j = Var("j", TFin(nat(2)))
    with pytest.raises(Unsupported, match="Float"):
        evaluate(BigOp("sum", j, Lit(1.0, FL), FL), None, {})


def test_quantifiers_over_finite_domains() -> None:
    n = Var("n", N)
    i = Var("i", TFin(n))
    lt = Prim("lt", (Prim("cast", (i,), N), n), P)
    assert evaluate(Quant("forall", i, lt), None, {"n": 3}) is True
    assert evaluate(Quant("exists", i, lt), None, {"n": 0}) is False  # Fin 0 is empty
    b = Var("b", TBool())
    either = Prim("or", (Prim("eq", (b, Lit(True, TBool())), P),
                         Prim("eq", (b, Lit(False, TBool())), P)), P)
    assert evaluate(Quant("forall", b, either), None, {}) is True


def test_bounded_quantifier_ranges_over_its_list() -> None:
    xs = Var("xs", TList(N))
    i = Var("i", N)
    body = Prim("implies", (Prim("List.mem", (i, xs), P), Prim("lt", (i, nat(5)), P)), P)
    q = Quant("forall", i, body, bound=xs)
    assert evaluate(q, None, {"xs": (1, 4)}) is True
    assert evaluate(q, None, {"xs": (1, 7)}) is False


def test_unbounded_quantifier_over_nat_is_unsupported() -> None:
    i = Var("i", N)
    with pytest.raises(Unsupported, match="∀ over ℕ"):
        evaluate(Quant("forall", i, Prim("le", (nat(0), i), P)), None, {})


def test_type_variable_domain_uses_the_instantiation() -> None:
    a = Var("a", TVar("α"))
    q = Quant("exists", a, Prim("eq", (a, Lit(2, TVar("α"))), P))
    assert evaluate(q, None, {"α": 3}) is True
    assert evaluate(q, None, {"α": 2}) is False


def _length_def() -> DefInfo:
    xs = Var("xs", TList(N))
    h, t = Var("h", N), Var("t", TList(N))
    call = DefCall("len", (t,), N)
    return DefInfo(
        "len", (xs,), N,
        equations=(
            Equation((), (Prim("List.nil", (), TList(N)),), nat(0)),
            Equation((h, t), (Prim("List.cons", (h, t), TList(N)),),
                     Prim("add", (call, nat(1)), N)),
        ),
        recursive=True,
    )


def test_recursive_definition_by_equations() -> None:
    env = _FakeEnv(_length_def())
    xs = Var("xs", TList(N))
    assert evaluate(DefCall("len", (xs,), N), env, {"xs": (5, 6, 7)}) == 3  # type: ignore[arg-type]


def test_nat_patterns_succ_and_plus_k() -> None:
    n, m = Var("n", N), Var("m", N)
    fact = DefInfo(
        "fact", (n,), N,
        equations=(
            Equation((), (nat(0),), nat(1)),
            Equation((m,), (Prim("add", (m, nat(1)), N),),
                     Prim("mul", (Prim("add", (m, nat(1)), N), DefCall("fact", (m,), N)), N)),
        ),
        recursive=True,
    )
    env = _FakeEnv(fact)
    assert evaluate(DefCall("fact", (nat(5),), N), env, {}) == 120  # type: ignore[arg-type]


def test_runaway_recursion_raises_a_clear_error() -> None:
    n = Var("n", N)
    loop = DefInfo("loop", (n,), N, body=DefCall("loop", (Prim("succ", (n,), N),), N),
                   recursive=True)
    with pytest.raises(BudgetExceeded, match="recursion depth"):
        evaluate(DefCall("loop", (nat(0),), N), _FakeEnv(loop), {})  # type: ignore[arg-type]


def test_compile_law_sides_and_hypotheses() -> None:
    x, y = Var("x", N), Var("y", N)
    law = Law(
        "sub_add",
        (x, y),
        (("h", Prim("le", (y, x), P)),),
        Prim("eq", (Prim("add", (Prim("sub", (x, y), N), y), N), x), P),
    )
    c = compile_law(law, Env.from_decls([]))
    assert c.hypotheses_hold({"x": 3, "y": 2}) and c.conclusion_holds({"x": 3, "y": 2})
    assert not c.hypotheses_hold({"x": 2, "y": 3})
    assert not c.conclusion_holds({"x": 2, "y": 3})  # truncated subtraction
    assert c.sides({"x": 2, "y": 3}) == (3, 2)


def test_compile_law_without_a_relation_has_no_sides() -> None:
    b = Var("b", TBool())
    law = Law("b", (b,), (), Prim("eq", (b, b), P))
    assert compile_law(law, None).sides({"b": True}) == (True, True)
    law2 = Law("b2", (b,), (), Prim("or", (Prim("eq", (b, b), P), Lit(False, P)), P))
    assert compile_law(law2, None).sides({"b": True}) is None


def test_real_values_stay_exact() -> None:
    x = Var("x", R)
    third = Prim("div", (x, Lit(Fraction(3), R)), R)
    assert evaluate(third, None, {"x": Fraction(1)}) == Fraction(1, 3)
    assert evaluate(Prim("sqrt", (Lit(Fraction(9, 4), R),), R), None, {}) == Fraction(3, 2)
    root2 = evaluate(Prim("sqrt", (Lit(Fraction(2), R),), R), None, {})  # irrational: bounds
    assert Fraction(141, 100) < root2 < Fraction(142, 100)
    with pytest.raises(BudgetExceeded, match="bounds"):
        _ = root2 * root2 == 2  # never decided by rounding: the instance is skipped


def test_float_division_by_zero_is_ieee() -> None:
    x = Var("x", FL)
    e = Prim("div", (x, Lit(0.0, FL)), FL)
    assert evaluate(e, None, {"x": 1.0}) == math.inf
    assert evaluate(e, None, {"x": -1.0}) == -math.inf
    assert math.isnan(evaluate(e, None, {"x": 0.0}))


def test_fin_arithmetic_wraps_with_symbolic_n() -> None:
    n = Var("n", N)
    i = Var("i", TFin(n))
    e = Prim("add", (i, Prim("cast", (nat(4),), TFin(n))), TFin(n))
    assert evaluate(e, None, {"n": 5, "i": 3}) == 2
    assert evaluate(Prim("neg", (i,), TFin(n)), None, {"n": 5, "i": 1}) == 4
    assert evaluate(Prim("sub", (i,), TFin(n)) if False else Prim("sub", (i, i), TFin(n)),
                    None, {"n": 5, "i": 1}) == 0


def test_int_operations() -> None:
    a = Var("a", Z)
    assert evaluate(Prim("neg", (a,), Z), None, {"a": 3}) == -3
    assert evaluate(Prim("abs", (a,), Z), None, {"a": -3}) == 3
    assert evaluate(Prim("dvd", (Lit(0, Z), a), P), None, {"a": 0}) is True
    assert evaluate(Prim("dvd", (Lit(0, Z), a), P), None, {"a": 2}) is False
