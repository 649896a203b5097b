"""An option read as its parts (``symbolic/options.py``) means what the option means: for
random options built of ``some``, ``none``, ``if`` and an option variable, the concrete value
of ``x = y`` equals that of ``option_eq x y`` and ``x.getD d`` that of ``option_get_d x d``,
the variable read as its parts (``o.isSome``, its value).

Why: the prover decides option laws only through this reading; were it to differ from Lean's
meaning (which the concrete evaluator follows) on one option, a false law could be proved.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.mirror.concrete.evaluate import evaluate
from jepa_formal.mirror.core.terms import Expr, Ite, Lit, Prim, TBool, TNat, TOption, TProp, Var
from jepa_formal.mirror.core.values import Some
from jepa_formal.mirror.symbolic.options import option_eq, option_get_d

N = TNat()
ON = TOption(N)
OPT = Var("o", ON)
NONE = Prim("Option.none", (), ON)


def parts(v: Var) -> tuple[Expr, Expr]:
    return Prim("eq", (Var("o.s", TBool()), Lit(True, TBool())), TProp()), Var("o.v", N)


def options(depth: int) -> st.SearchStrategy[Expr]:
    leaf = st.one_of(st.just(NONE), st.just(OPT),
                     st.sampled_from([Var("a", N), Var("b", N), Lit(2, N)]).map(
                         lambda x: Prim("Option.some", (x,), ON)))
    if depth == 0:
        return leaf
    sub = options(depth - 1)
    cond = st.one_of(st.just(Prim("lt", (Var("a", N), Var("b", N)), TProp())),
                     st.just(Prim("eq", (OPT, NONE), TProp())),
                     st.just(Prim("decide", (Prim("eq", (Var("a", N), Lit(2, N)), TProp()),),
                                  TBool())))
    return st.one_of(leaf, st.builds(lambda c, x, y: Ite(c, x, y, ON), cond, sub, sub))


@settings(max_examples=300, deadline=None)
@given(options(3), options(3), st.integers(0, 3), st.integers(0, 3),
       st.one_of(st.none(), st.integers(0, 3)))
def test_parts_mean_the_option(x: Expr, y: Expr, a: int, b: int, o: int | None) -> None:
    env = {"a": a, "b": b, "o": None if o is None else Some(o),
           "o.s": o is not None, "o.v": 0 if o is None else o}
    eq = Prim("eq", (x, y), TProp())
    assert evaluate(eq, None, env) == evaluate(option_eq(x, y, parts), None, env)
    d = Var("b", N)
    got = evaluate(Prim("Option.getD", (x, d), N), None, env)
    assert got == evaluate(option_get_d(x, d, parts), None, env)
