"""Robustness: random terms never crash the elaborator or the evaluator.

Whatever a user writes, the mirror either gives it a meaning or raises ``Unsupported`` naming
the construct; a Python exception of any other kind would be a traceback in the user's face.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.mirror.concrete.evaluate import evaluate
from jepa_formal.mirror.core.terms import Lit, TBool, TFin, TFloat, TFun, TList, TNat, TReal
from jepa_formal.mirror.core.values import TableFn
from jepa_formal.mirror.elaborate import elaborate_term
from jepa_formal.reader import syntax

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


def _terms() -> st.SearchStrategy[syntax.Term]:
    leaf = st.one_of(
        st.sampled_from(NAMES).map(syntax.Ident),
        st.integers(0, 4).map(syntax.NatLit),
        st.sampled_from(["0.5", "2.0"]).map(syntax.DecimalLit),
        st.just(syntax.ListLit(())),
    )

    def extend(sub: st.SearchStrategy[syntax.Term]) -> st.SearchStrategy[syntax.Term]:
        return st.one_of(
            st.builds(syntax.BinOp, st.sampled_from(BIN), sub, sub),
            st.builds(lambda fn, a: syntax.App(fn, (a,)), sub, sub),
            st.builds(lambda a: syntax.UnOp("-", a), sub),
            st.builds(lambda a: syntax.UnOp("↑", a), sub),
            st.builds(lambda a: syntax.UnOp("¬", a), sub),
            st.builds(lambda c, a, b: syntax.If(c, a, b), sub, sub, sub),
            st.builds(lambda a: syntax.Lambda((syntax.Binder(("y",)),), a), sub),
            st.builds(lambda a, b: syntax.ListLit((a, b)), sub, sub),
            st.builds(lambda a, b: syntax.Tuple((a, b)), sub, sub),
            st.builds(lambda a, n: syntax.Proj(a, n), sub, st.sampled_from(["sum", "1", "length"])),
            st.builds(lambda a: syntax.Ascription(a, syntax.Ident("ℝ")), sub),
            st.builds(lambda a: syntax.BigOp("∑", syntax.Binder(("j",), syntax.App(
                syntax.Ident("Fin"), (syntax.NatLit(3),))), a), sub),
            st.builds(lambda a: syntax.Quant("∀", (syntax.Binder(("k",),),), a,
                                          ("∈", syntax.Ident("xs"))), sub),
            st.builds(lambda a, b: syntax.Index(a, b), sub, sub),
        )

    return st.recursive(leaf, extend, max_leaves=6)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_terms())
def test_random_terms_elaborate_or_are_unsupported(term: syntax.Term) -> None:
    types = {n: t for n, (t, _) in BINDERS.items()}
    try:
        expr = elaborate_term(term, None, types)
    except Unsupported:
        return
    try:
        evaluate(expr, None, {n: v for n, (_, v) in BINDERS.items()})
    except (Unsupported, BudgetExceeded):
        pass


