"""The symbolic meaning of each row of lean-semantics.md: where a naive SymPy reading differs
from Lean, the translation gives Lean's answer."""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy
from sympy import Integer, Rational

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    BigOp,
    Call,
    Field,
    Ite,
    Law,
    Lit,
    MkStruct,
    Prim,
    StructInfo,
    TBool,
    TFin,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TProd,
    TProp,
    TReal,
    TStruct,
    Var,
)
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.translator import SymContext, law_symbols, make_context, translate

NAT, INT, REAL, PROP, BOOL = TNat(), TInt(), TReal(), TProp(), TBool()


def n(k: int) -> Lit:
    return Lit(k, NAT)


def z(k: int) -> Lit:
    return Lit(k, INT)


def r(a: int, b: int = 1) -> Lit:
    return Lit(Fraction(a, b), REAL)


def tr(e: Prim | Lit | Ite | BigOp | Call, ctx: SymContext | None = None) -> object:
    return translate(e, None, ctx)


def op(name: str, *args: object, ty: object) -> Prim:
    return Prim(name, tuple(args), ty)  # type: ignore[arg-type]


@pytest.mark.parametrize(("expr", "expected"), [
    (op("sub", n(2), n(3), ty=NAT), 0),
    (op("sub", n(5), n(3), ty=NAT), 2),
    (op("div", n(7), n(2), ty=NAT), 3),
    (op("div", n(7), n(0), ty=NAT), 0),
    (op("mod", n(7), n(0), ty=NAT), 7),
    (op("div", z(7), z(-2), ty=INT), -3),
    (op("div", z(-7), z(2), ty=INT), -4),
    (op("div", z(-7), z(-2), ty=INT), 4),
    (op("mod", z(7), z(-2), ty=INT), 1),
    (op("mod", z(-7), z(2), ty=INT), 1),
    (op("div", z(5), z(0), ty=INT), 0),
    (op("mod", z(-5), z(0), ty=INT), -5),
    (op("div", n(1), n(2), ty=NAT), 0),
    (op("div", r(1), r(2), ty=REAL), Rational(1, 2)),
    (op("div", r(3), r(0), ty=REAL), 0),
    (op("inv", r(0), ty=REAL), 0),
    (op("inv", r(4), ty=REAL), Rational(1, 4)),
    (op("sqrt", r(-4), ty=REAL), 0),
    (op("sqrt", r(9, 4), ty=REAL), Rational(3, 2)),
    (op("pow", n(0), n(0), ty=NAT), 1),
    (op("neg", z(3), ty=INT), -3),
    (op("abs", z(-3), ty=INT), 3),
    (op("max", n(2), n(5), ty=NAT), 5),
    (op("succ", n(4), ty=NAT), 5),
])
def test_number_semantics(expr: Prim, expected: object) -> None:
    out = tr(expr)
    assert out == expected
    assert out is not sympy.zoo


F3 = TFin(Lit(3, NAT))


@pytest.mark.parametrize(("expr", "expected"), [
    (op("add", Lit(2, F3), Lit(2, F3), ty=F3), 1),
    (op("sub", Lit(0, F3), Lit(1, F3), ty=F3), 2),
    (op("mul", Lit(2, F3), Lit(2, F3), ty=F3), 1),
    (op("neg", Lit(1, F3), ty=F3), 2),
    (op("cast", n(5), ty=F3), 2),
    (op("cast", Lit(2, F3), ty=NAT), 2),
])
def test_fin_arithmetic_wraps(expr: Prim, expected: int) -> None:
    assert tr(expr) == expected


def test_number_symbols_carry_their_domain() -> None:
    law = Law("t", (Var("a", NAT), Var("b", INT), Var("x", REAL), Var("i", F3)), (),
              Lit(True, PROP))
    syms = law_symbols(law)
    assert syms["a"].is_integer and syms["a"].is_nonnegative
    assert syms["b"].is_integer and syms["b"].is_nonnegative is None
    assert syms["x"].is_real and syms["x"].is_integer is None
    assert syms["i"].is_integer and syms["i"].is_nonnegative


def test_symbolic_nat_subtraction_is_truncated() -> None:
    a, b = Var("a", NAT), Var("b", NAT)
    law = Law("t", (a, b), (), Lit(True, PROP))
    out = translate(op("sub", a, b, ty=NAT), None, make_context(law))
    assert out.is_nonnegative is True
    assert out.subs({sympy.Symbol("a", integer=True, nonnegative=True): 2,
                     sympy.Symbol("b", integer=True, nonnegative=True): 3}) == 0


def test_real_division_by_a_symbol_is_guarded() -> None:
    x, y = Var("x", REAL), Var("y", REAL)
    ctx = make_context(Law("t", (x, y), (), Lit(True, PROP)))
    out = ctx.translate(op("div", x, y, ty=REAL))
    assert out.xreplace({ctx.bindings["y"]: Integer(0)}) == 0


def test_functions_into_nat_return_naturals() -> None:
    f = Var("f", TFun(REAL, NAT))
    x = Var("x", REAL)
    ctx = make_context(Law("t", (f, x), (), Lit(True, PROP)))
    out = ctx.translate(Call(f, (x,), NAT))
    assert out.is_integer and out.is_nonnegative


def test_float_is_opaque_never_real_arithmetic() -> None:
    """Float values are opaque symbols and Float arithmetic opaque functions: no law of the
    reals applies to them (``1.0 + 2.0`` is not ``3``, ``a + b`` is not ``b + a``); BEq and
    orders at Float are not modelled."""
    three = tr(op("add", Lit(1.0, TFloat()), Lit(2.0, TFloat()), ty=TFloat()))
    assert three != 3 and not three.is_number and three.is_complex is None
    a, b = Var("a", TFloat()), Var("b", TFloat())
    ctx = make_context(Law("t", (a, b), (), Lit(True, PROP)))
    ab = ctx.translate(op("add", a, b, ty=TFloat()))
    ba = ctx.translate(op("add", b, a, ty=TFloat()))
    assert ab != ba
    xs = make_context(Law("t", (Var("xs", TList(TFloat())),), (), Lit(True, PROP)))
    assert xs.bindings["xs"].__class__.__name__ == "ListSymbol"
    with pytest.raises(Unsupported, match="Float"):
        ctx.translate(op("lt", a, b, ty=PROP))
    with pytest.raises(Unsupported, match="Float"):
        ctx.translate(op("beq", a, b, ty=BOOL))


def test_list_operations_on_explicit_lists() -> None:
    lst = op("List.cons", n(2), op("List.cons", n(2), op("List.nil", ty=TList(NAT)),
                                    ty=TList(NAT)), ty=TList(NAT))
    assert tr(op("List.sum", lst, ty=NAT)) == 4  # duplicates count in sums
    assert tr(op("List.length", op("List.take", n(5), lst, ty=TList(NAT)), ty=NAT)) == 2
    assert tr(op("List.sum", op("List.range", n(4), ty=TList(NAT)), ty=NAT)) == 6
    assert tr(op("List.get!", lst, n(7), ty=NAT)) == 0


def test_bool_and_prop() -> None:
    m = Var("m", TFun(NAT, BOOL))
    i = Var("i", NAT)
    ctx = make_context(Law("t", (m, i), (), Lit(True, PROP)))
    is_true = ctx.translate(op("eq", Call(m, (i,), BOOL), Lit(True, BOOL), ty=PROP))
    assert is_true == ctx.translate(Call(m, (i,), BOOL))
    cast = ctx.translate(op("cast", Lit(True, BOOL), ty=NAT))
    assert cast == 1
    ite = Ite(op("lt", n(1), n(2), ty=PROP), n(10), n(20), NAT)
    assert ctx.translate(ite) == 10


def test_big_operator_over_fin() -> None:
    f = Var("f", TFun(F3, NAT))
    j = Var("j", F3)
    ctx = make_context(Law("t", (f,), (), Lit(True, PROP)))
    total = ctx.translate(BigOp("sum", j, Call(f, (j,), NAT), NAT))
    fun = ctx.bindings["f"].expr.func
    assert total == fun(0) + fun(1) + fun(2)


def test_structures_and_pairs() -> None:
    class Env:
        def structure(self, name: str) -> StructInfo:
            return StructInfo("S", (), (("x", NAT), ("y", NAT)))

    s_ty = TStruct("S")
    s = Var("s", s_ty)
    ctx = make_context(Law("t", (s,), (), Lit(True, PROP)), Env())
    assert str(ctx.translate(Field(s, "y", NAT))) == "s.y"
    mk = MkStruct("S", (("y", n(2)), ("x", n(1))), s_ty)
    assert ctx.translate(Field(mk, "x", NAT)) == 1
    pair = op("Prod.mk", n(1), n(2), ty=TProd(NAT, NAT))
    assert tr(op("Prod.snd", pair, ty=NAT)) == 2


def test_sum_over_fin_elements_is_not_modelled_as_plain_sum() -> None:
    xs = Var("xs", TList(F3))
    ctx = make_context(Law("t", (xs,), (), Lit(True, PROP)))
    with pytest.raises(Unsupported):
        ctx.translate(op("List.sum", xs, ty=F3))


def test_list_variable_keeps_element_type() -> None:
    xs = Var("xs", TList(INT))
    ctx = make_context(Law("t", (xs,), (), Lit(True, PROP)))
    assert isinstance(ctx.bindings["xs"], L.ListSymbol)
    assert ctx.list_types[ctx.bindings["xs"]] == INT


def test_lean_heads_rebuild_from_their_arguments() -> None:
    from jepa_formal.mirror import symbolic as S

    a, b = sympy.symbols("a b", integer=True)
    for head in (S.NatSub, S.NatDiv, S.NatMod, S.IntDiv, S.IntMod, S.RealDiv, S.Dvd, S.SEq):
        term = head(a, b)
        assert term.func(*term.args) == term
    for head1 in (S.RealSqrt, S.Fst, S.Snd):
        term = head1(a)
        assert term.func(*term.args) == term
