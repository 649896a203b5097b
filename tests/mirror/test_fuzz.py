"""Robustness: random terms never crash the elaborator or the evaluator.

Whatever a user writes, the mirror either gives it a meaning or raises ``Unsupported`` naming
the construct; a Python exception of any other kind would be a traceback in the user's face.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.mirror.concrete import evaluate
from jepa_formal.mirror.core import Lit, TBool, TFin, TFloat, TFun, TList, TNat, TReal
from jepa_formal.mirror.elaborate import elaborate_term
from jepa_formal.mirror.values import TableFn
from jepa_formal.reader import ast

FIN3 = TFin(Lit(3, TNat()))
BINDERS = {
    "x": (TNat(), 2), "xs": (TList(TNat()), (1, 0, 2)), "f": (TFun(TNat(), TNat()),
                                                             TableFn(1, {(1,): 5}, 0)),
    "r": (TReal(), Fraction(1, 2)), "b": (TBool(), True), "i": (FIN3, 1),
    "fl": (TFloat(), 0.5), "rs": (TList(TReal()), (Fraction(1), Fraction(-2))),
}
NAMES = [*BINDERS, "List.sum", "List.map", "List.length", "max", "Nat.succ", "id",
         "Real.sqrt", "true", "Finset.range", "xs.sum", "xs.reverse", "i.val", "xs.map"]
BIN = ["+", "-", "*", "/", "%", "^", "=", "≠", "<", "≤", "∧", "∨", "→", "++", "::", "∈",
       "&&", "∘"]


def _terms() -> st.SearchStrategy[ast.Term]:
    leaf = st.one_of(
        st.sampled_from(NAMES).map(ast.Ident),
        st.integers(0, 4).map(ast.NatLit),
        st.sampled_from(["0.5", "2.0"]).map(ast.DecimalLit),
        st.just(ast.ListLit(())),
    )

    def extend(sub: st.SearchStrategy[ast.Term]) -> st.SearchStrategy[ast.Term]:
        return st.one_of(
            st.builds(ast.BinOp, st.sampled_from(BIN), sub, sub),
            st.builds(lambda fn, a: ast.App(fn, (a,)), sub, sub),
            st.builds(lambda a: ast.UnOp("-", a), sub),
            st.builds(lambda a: ast.UnOp("↑", a), sub),
            st.builds(lambda a: ast.UnOp("¬", a), sub),
            st.builds(lambda c, a, b: ast.If(c, a, b), sub, sub, sub),
            st.builds(lambda a: ast.Lambda((ast.Binder(("y",)),), a), sub),
            st.builds(lambda a, b: ast.ListLit((a, b)), sub, sub),
            st.builds(lambda a, b: ast.Tuple((a, b)), sub, sub),
            st.builds(lambda a, n: ast.Proj(a, n), sub, st.sampled_from(["sum", "1", "length"])),
            st.builds(lambda a: ast.Ascription(a, ast.Ident("ℝ")), sub),
            st.builds(lambda a: ast.BigOp("∑", ast.Binder(("j",), ast.App(
                ast.Ident("Fin"), (ast.NatLit(3),))), a), sub),
            st.builds(lambda a: ast.Quant("∀", (ast.Binder(("k",),),), a,
                                          ("∈", ast.Ident("xs"))), sub),
            st.builds(lambda a, b: ast.Index(a, b), sub, sub),
        )

    return st.recursive(leaf, extend, max_leaves=6)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_terms())
def test_random_terms_elaborate_or_are_unsupported(term: ast.Term) -> None:
    types = {n: t for n, (t, _) in BINDERS.items()}
    try:
        expr = elaborate_term(term, None, types)
    except Unsupported:
        return
    try:
        evaluate(expr, None, {n: v for n, (_, v) in BINDERS.items()})
    except (Unsupported, BudgetExceeded):
        pass


