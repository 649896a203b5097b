"""Differential test of the two meanings: on generated well-typed core terms over lists, maps,
sums, appends, reverses, replicates, filters and the domains ℕ/ℤ/ℝ, the symbolic meaning
evaluated at a concrete point (values substituted, explicit lists folded) equals
``concrete.evaluate``. Any difference is a mirror bug."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import sympy
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy import Basic, Integer, Rational
from sympy.core.function import UndefinedFunction
from sympy.logic.boolalg import BooleanFalse, BooleanTrue

from jepa_formal.mirror import concrete
from jepa_formal.mirror.core.terms import (
    BigOp,
    Call,
    Expr,
    Ite,
    Lam,
    Law,
    Lit,
    Prim,
    TBool,
    TFin,
    TFun,
    TInt,
    TList,
    TNat,
    TProp,
    TReal,
    Ty,
    Var,
)
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.translator import make_context

NAT, INT, REAL, PROP, BOOL = TNat(), TInt(), TReal(), TProp(), TBool()
TYPES = (NAT, INT, REAL)


def lit(value: int, ty: Ty) -> Lit:
    return Lit(Fraction(value) if isinstance(ty, TReal) else value, ty)


def binders(T: Ty) -> tuple[Var, ...]:
    return (Var("a", T), Var("b", T), Var("xs", TList(T)), Var("ys", TList(T)),
            Var("f", TFun(T, T)))


@st.composite
def numbers(draw: st.DrawFn, T: Ty, depth: int, scope: tuple[Var, ...]) -> Expr:
    leaves = [st.builds(lambda k: lit(k, T), st.integers(-3 if not isinstance(T, TNat) else 0, 4)),
              st.sampled_from([v for v in scope if v.ty == T])]
    if depth <= 0:
        return draw(st.one_of(*leaves))
    kind = draw(st.sampled_from(["leaf", "add", "mul", "sub", "div", "mod", "neg", "max", "sum",
                                 "length", "app", "ite", "pow", "sumof", "fin", "bigop"]))
    sub = numbers(T, depth - 1, scope)
    if kind == "leaf":
        return draw(st.one_of(*leaves))
    if kind in ("add", "mul", "sub", "div", "max"):
        return Prim(kind, (draw(sub), draw(sub)), T)
    if kind == "mod":
        if isinstance(T, TReal):
            return Prim("add", (draw(sub), draw(sub)), T)
        return Prim("mod", (draw(sub), draw(sub)), T)
    if kind == "neg":
        if isinstance(T, TNat):
            return Prim("succ", (draw(sub),), T)
        return Prim("neg", (draw(sub),), T)
    if kind == "sum":
        return Prim("List.sum", (draw(lists(T, depth - 1, scope)),), T)
    if kind == "sumof":
        x = Var(f"x{depth}", T)
        body = draw(numbers(T, depth - 1, (*scope, x)))
        fun = Lam((x,), body, TFun(T, T))
        xs = draw(lists(T, depth - 1, scope))
        return Prim("List.sum", (Prim("List.map", (fun, xs), TList(T)),), T)
    if kind == "length":
        length = Prim("List.length", (draw(lists(T, depth - 1, scope)),), NAT)
        return length if isinstance(T, TNat) else Prim("cast", (length,), T)
    if kind == "app":
        return Call(Var("f", TFun(T, T)), (draw(sub),), T)
    if kind == "fin":  # a Fin 3 computation (wrapping), read back as a number
        val = Prim("cast", (draw(fins(depth - 1, scope)),), NAT)
        return val if isinstance(T, TNat) else Prim("cast", (val,), T)
    if kind == "bigop":  # ∑ j : Fin 3, body
        j = Var(f"j{depth}", FIN3)
        jv = Prim("cast", (j,), NAT)
        jv = jv if isinstance(T, TNat) else Prim("cast", (jv,), T)
        body = Prim("add", (jv, draw(sub)), T)
        return BigOp("sum", j, body, T)
    if kind == "ite":
        cond = Prim("lt", (draw(sub), draw(sub)), PROP)
        return Ite(cond, draw(sub), draw(sub), T)
    return Prim("pow", (draw(sub), Lit(draw(st.integers(0, 2)), NAT)), T)


FIN3 = TFin(Lit(3, NAT))


@st.composite
def fins(draw: st.DrawFn, depth: int, scope: tuple[Var, ...]) -> Expr:
    leaf = st.one_of(st.builds(lambda k: Lit(k, FIN3), st.integers(0, 2)),
                     st.builds(lambda k: Prim("cast", (Lit(k, NAT),), FIN3), st.integers(0, 7)))
    if depth <= 0:
        return draw(leaf)
    kind = draw(st.sampled_from(["leaf", "add", "sub", "mul", "neg"]))
    if kind == "leaf":
        return draw(leaf)
    sub = fins(depth - 1, scope)
    if kind == "neg":
        return Prim("neg", (draw(sub),), FIN3)
    return Prim(kind, (draw(sub), draw(sub)), FIN3)


@st.composite
def lists(draw: st.DrawFn, T: Ty, depth: int, scope: tuple[Var, ...]) -> Expr:
    LT = TList(T)
    leaves = [st.sampled_from([Var("xs", LT), Var("ys", LT), Prim("List.nil", (), LT)])]
    if depth <= 0:
        return draw(st.one_of(*leaves))
    kind = draw(st.sampled_from(["leaf", "cons", "append", "reverse", "map", "replicate",
                                 "filter", "take", "drop"]))
    sub = lists(T, depth - 1, scope)
    num = numbers(T, depth - 1, scope)
    if kind == "leaf":
        return draw(st.one_of(*leaves))
    if kind == "cons":
        return Prim("List.cons", (draw(num), draw(sub)), LT)
    if kind == "append":
        return Prim("List.append", (draw(sub), draw(sub)), LT)
    if kind == "reverse":
        return Prim("List.reverse", (draw(sub),), LT)
    if kind == "map":
        x = Var(f"y{depth}", T)
        body = draw(numbers(T, depth - 1, (*scope, x)))
        return Prim("List.map", (Lam((x,), body, TFun(T, T)), draw(sub)), LT)
    if kind == "replicate":
        return Prim("List.replicate", (Lit(draw(st.integers(0, 3)), NAT), draw(num)), LT)
    if kind == "filter":
        x = Var(f"z{depth}", T)
        test = Prim("decide", (Prim("le", (x, draw(num)), PROP),), BOOL)
        return Prim("List.filter", (Lam((x,), test, TFun(T, BOOL)), draw(sub)), LT)
    op = "List.take" if kind == "take" else "List.drop"
    return Prim(op, (Lit(draw(st.integers(0, 3)), NAT), draw(sub)), LT)


def value_of(T: Ty) -> st.SearchStrategy[Any]:
    if isinstance(T, TNat):
        return st.integers(0, 5)
    if isinstance(T, TInt):
        return st.integers(-5, 5)
    return st.builds(Fraction, st.integers(-6, 6), st.sampled_from([1, 2, 3]))


@st.composite
def cases(draw: st.DrawFn) -> tuple[Ty, Expr, dict[str, Any]]:
    T = draw(st.sampled_from(TYPES))
    scope = binders(T)
    term = draw(st.one_of(numbers(T, 3, scope[:2]), lists(T, 3, scope[:2])))
    coeffs = tuple(draw(value_of(T)) for _ in range(3))
    values = {"a": draw(value_of(T)), "b": draw(value_of(T)),
              "xs": tuple(draw(st.lists(value_of(T), max_size=3))),
              "ys": tuple(draw(st.lists(value_of(T), max_size=3))),
              "f": Poly(coeffs)}
    return T, term, values


class Poly:
    """``x ↦ c0 + c1·x + c2·x²`` as a Python callable and as a SymPy Lambda."""

    def __init__(self, coeffs: tuple[Any, ...]) -> None:
        self.coeffs = coeffs

    def __call__(self, x: Any) -> Any:
        c0, c1, c2 = self.coeffs
        return c0 + c1 * x + c2 * x * x  # ℕ coefficients keep an ℕ function ℕ-valued

    def as_lambda(self) -> sympy.Lambda:
        x = sympy.Symbol("p")
        c0, c1, c2 = (to_sympy(c) for c in self.coeffs)
        return sympy.Lambda(x, c0 + c1 * x + c2 * x * x)


def to_sympy(value: Any) -> Basic:
    if isinstance(value, bool):
        return sympy.true if value else sympy.false
    if isinstance(value, int):
        return Integer(value)
    if isinstance(value, Fraction):
        return Rational(value.numerator, value.denominator)
    return L.literal([to_sympy(v) for v in value])


def to_python(e: Any) -> Any:
    if isinstance(e, BooleanTrue | BooleanFalse):
        return bool(e)
    if isinstance(e, Integer):
        return int(e)
    if isinstance(e, Rational):
        return Fraction(int(e.p), int(e.q))
    items = L.elements(e)
    if items is None:
        raise AssertionError(f"symbolic value not folded to a constant: {e}")
    return tuple(to_python(x) for x in items)


def symbolic_value(term: Expr, T: Ty, values: dict[str, Any]) -> Any:
    law = Law("t", binders(T), (), Lit(True, PROP))
    ctx = make_context(law)
    sym = ctx.translate(term)
    mapping = {ctx.bindings[k]: to_sympy(v) for k, v in values.items() if k != "f"}
    head = ctx.bindings["f"].expr.func
    assert isinstance(head, UndefinedFunction)
    lam = values["f"].as_lambda()
    out = _fold(sym.xreplace(mapping), head, lam)
    return to_python(out)


def _fold(e: Basic, head: Any, lam: sympy.Lambda) -> Basic:
    if not isinstance(e, Basic) or not e.args:
        return e
    args = tuple(_fold(a, head, lam) for a in e.args)
    if e.func == head:
        return lam(*args)
    return e.func(*args) if args != e.args else e


@settings(max_examples=1000, deadline=None)
@given(cases())
def test_symbolic_meaning_agrees_with_concrete(case: tuple[Ty, Expr, dict[str, Any]]) -> None:
    T, term, values = case
    expected = concrete.evaluate(term, None, values)
    assert symbolic_value(term, T, values) == expected
