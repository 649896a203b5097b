"""Induction (lists and naturals, recursive definitions, specialised hypotheses), bounded
expansion, hypotheses as assumptions/substitutions, and budgets."""

from __future__ import annotations

import signal
import time

import pytest
from prove_handmade import (
    INT,
    NAT,
    PROP,
    REAL,
    FakeEnv,
    app,
    eq,
    fn,
    forall_mem,
    fraction,
    jepa_env,
    lit,
    lst,
    p,
    v,
)

from jepa_formal.errors import BudgetExceeded
from jepa_formal.mirror.core.terms import DefCall, DefInfo, Equation, Law, Prim, Quant
from jepa_formal.prove import prove_law
from jepa_formal.prove.budget import Deadline
from jepa_formal.verdict import Status

LN = lst(NAT)


def sum_f_def() -> DefInfo:
    """``def sumF (f : ℕ → ℕ) : List ℕ → ℕ | [] => 0 | x :: xs => f x + sumF f xs``."""
    f, x, rest = v("f", fn(NAT, NAT)), v("x", NAT), v("rest", LN)
    rec = DefCall("S.sumF", (f, rest), NAT)
    eqs = (Equation((), (p("List.nil", ty=LN),), lit(0, NAT)),
           Equation((x, rest), (p("List.cons", x, rest, ty=LN),),
                    p("add", app(f, x, ty=NAT), rec, ty=NAT)))
    return DefInfo("S.sumF", (f, v("l", LN)), NAT, equations=eqs, recursive=True)


def tri_def() -> DefInfo:
    """``def tri : ℕ → ℕ | 0 => 0 | n + 1 => n + 1 + tri n``."""
    n = v("m", NAT)
    eqs = (Equation((), (lit(0, NAT),), lit(0, NAT)),
           Equation((n,), (p("succ", n, ty=NAT),),
                    p("add", p("add", n, lit(1, NAT), ty=NAT), DefCall("S.tri", (n,), NAT),
                      ty=NAT)))
    return DefInfo("S.tri", (v("k", NAT),), NAT, equations=eqs, recursive=True)


ENV = FakeEnv({"S.sumF": sum_f_def(), "S.tri": tri_def()})
F, G = v("f", fn(NAT, NAT)), v("g", fn(NAT, NAT))
XS, YS = v("xs", LN), v("ys", LN)


def sum_f(f: object, xs: object) -> DefCall:
    return DefCall("S.sumF", (f, xs), NAT)  # type: ignore[arg-type]


def test_induction_on_a_list_through_a_recursive_definition() -> None:
    both = p("List.append", XS, YS, ty=LN)
    law = Law("sumF_append", (F, XS, YS), (),
              eq(sum_f(F, both), p("add", sum_f(F, XS), sum_f(F, YS), ty=NAT)))
    out = prove_law(law, ENV)
    assert out.status is Status.PROVED, out.reason
    assert out.method == "induction on xs"
    rules = [s.rule for s in out.steps]
    assert "base case › equation of sumF" in rules and "step case › equation of sumF" in rules
    assert [s.rule for s in out.steps if s.rule in ("base case", "step case")] == \
        ["base case", "step case"]


def test_induction_specialises_a_membership_hypothesis() -> None:
    i = v("i", NAT)
    h = forall_mem(i, XS, eq(app(F, i, ty=NAT), app(G, i, ty=NAT)))
    law = Law("sumF_ext", (F, G, XS), (("h", h),), eq(sum_f(F, XS), sum_f(G, XS)))
    out = prove_law(law, ENV)
    assert out.status is Status.PROVED, out.reason
    assert out.method.startswith("induction")
    assert any(s.note.startswith("h : ") for s in out.steps)


def test_hypothesis_about_another_list_does_not_help_induction() -> None:
    i = v("i", NAT)
    h = forall_mem(i, YS, eq(app(F, i, ty=NAT), app(G, i, ty=NAT)))
    law = Law("sumF_ext_wrong", (F, G, XS, YS), (("h", h),), eq(sum_f(F, XS), sum_f(G, XS)))
    assert prove_law(law, ENV).status is None


def test_unbounded_function_hypothesis_rewrites_everywhere() -> None:
    i = v("i", NAT)
    h = Quant("forall", i, eq(app(F, i, ty=NAT), app(G, i, ty=NAT)))
    sums = [p("List.sum", p("List.map", fun, p("List.append", XS, YS, ty=LN), ty=LN), ty=NAT)
            for fun in (F, G)]
    law = Law("map_ext", (F, G, XS, YS), (("h", h),), eq(*sums))
    out = prove_law(law, ENV)
    assert out.status is Status.PROVED, out.reason
    assert any(s.rule == "congruence" and s.note.startswith("h : ∀ i") for s in out.steps)
    assert prove_law(Law("map_ext_no_h", (F, G, XS, YS), (), eq(*sums)), ENV).status is None


def test_induction_on_a_natural() -> None:
    n = v("n", NAT)
    lhs = p("mul", lit(2, NAT), DefCall("S.tri", (n,), NAT), ty=NAT)
    rhs = p("mul", n, p("add", n, lit(1, NAT), ty=NAT), ty=NAT)
    out = prove_law(Law("tri_closed", (n,), (), eq(lhs, rhs)), ENV)
    assert out.status is Status.PROVED, out.reason
    assert out.method == "induction on n"


def test_false_recursive_law_is_not_proved() -> None:
    n = v("n", NAT)
    lhs = p("mul", lit(2, NAT), DefCall("S.tri", (n,), NAT), ty=NAT)
    rhs = p("mul", n, n, ty=NAT)
    assert prove_law(Law("tri_wrong", (n,), (), eq(lhs, rhs)), ENV).status is None


def test_bounded_expansion_states_its_bound() -> None:
    n = v("n", NAT)
    total = p("List.sum", p("List.range", n, ty=LN), ty=NAT)
    law = Law("gauss", (n,), (), eq(p("mul", lit(2, NAT), total, ty=NAT),
                                    p("mul", n, p("sub", n, lit(1, NAT), ty=NAT), ty=NAT)))
    # Z3 closes the induction step now (``proved``); the bounded strategy on its own:
    from jepa_formal.prove.bounded import bounded_strategy
    from jepa_formal.prove.problem import read_problem

    out = bounded_strategy(3)(read_problem(law, FakeEnv()), Deadline(5.0))
    assert not isinstance(out, str), out
    assert out.status is Status.BOUNDED, out.reason
    assert out.bound == 3
    assert "naturals up to 3" in out.method
    assert out.confirmed_by
    assert prove_law(law, FakeEnv(), bound=3).status is Status.PROVED


def test_bounded_expansion_never_passes_a_false_law() -> None:
    n = v("n", NAT)
    total = p("List.sum", p("List.range", n, ty=LN), ty=NAT)
    law = Law("gauss_wrong", (n,), (), eq(total, p("mul", n, n, ty=NAT)))
    assert prove_law(law, FakeEnv()).status is None


def test_hypotheses_as_assumptions_substitutions_and_conjunctions() -> None:
    g, d = v("γ", REAL), v("δ", REAL)
    both = p("and", p("lt", fraction(0), g, ty=PROP), p("lt", fraction(0), d, ty=PROP),
             ty=PROP)
    law = Law("pos", (g, d), (("h", both),),
              p("lt", fraction(0), p("mul", g, d, ty=REAL), ty=PROP))
    assert prove_law(law, FakeEnv()).status is Status.PROVED
    x, a = v("x", INT), v("a", INT)
    law = Law("subst", (x, a), (("hx", eq(x, p("add", a, lit(1, INT), ty=INT))),),
              eq(p("sub", x, lit(1, INT), ty=INT), a))
    assert prove_law(law, FakeEnv()).status is Status.PROVED
    law = Law("no_hyp", (x, a), (), eq(p("sub", x, lit(1, INT), ty=INT), a))
    assert prove_law(law, FakeEnv()).status is None


def test_a_spent_work_budget_gives_up_with_the_reason() -> None:
    n = v("n", NAT)
    total = p("List.sum", p("List.range", n, ty=LN), ty=NAT)
    law = Law("gauss", (n,), (), eq(p("mul", lit(2, NAT), total, ty=NAT),
                                    p("mul", n, p("sub", n, lit(1, NAT), ty=NAT), ty=NAT)))
    out = prove_law(law, FakeEnv(), work_limit=10)
    assert out.status is None
    assert "work budget" in out.reason
    assert prove_law(law, FakeEnv()).status is Status.PROVED
    with pytest.raises(BudgetExceeded, match="work budget"):
        Deadline(5.0, work_limit=10).spend(11)


def test_the_wall_clock_net_says_so() -> None:
    deadline = Deadline(0.0)
    deadline._end = time.monotonic() - 1  # as if the far net had been reached
    with pytest.raises(BudgetExceeded, match="wall-clock safety net"):
        deadline.check()


def test_no_signal_handler_is_installed_by_a_proof() -> None:
    """The SIGALRM alarm is gone: proving leaves the signal disposition alone."""
    from prove_handmade import jepa_append

    before = signal.getsignal(signal.SIGALRM)
    assert prove_law(jepa_append(), jepa_env(), timeout=0.0).status is Status.PROVED
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_prim_ops_are_named_in_errors() -> None:
    law = Law("opt", (v("o", NAT),), (), eq(Prim("Option.none", (), NAT), lit(0, NAT)))
    out = prove_law(law, FakeEnv())
    assert out.status is None and out.unsupported is not None
    assert out.unsupported.construct == "Option.none"


def all_below(strict: bool) -> Law:
    x = v("x", NAT)
    bound = p("lt" if strict else "le", x, lit(0, NAT), ty=PROP)
    return Law("all_below", (XS,), (("h", forall_mem(x, XS, bound)),),
               eq(XS, p("List.nil", ty=LN)))


def test_a_hypothesis_false_at_the_head_makes_the_step_vacuous() -> None:
    out = prove_law(all_below(strict=True), ENV)  # ∀ x ∈ xs, x < 0 (naturals): xs = []
    assert out.status is Status.PROVED, out.reason
    assert "step case › vacuous" in [s.rule for s in out.steps]


def test_a_satisfiable_hypothesis_is_not_taken_for_a_contradiction() -> None:
    assert prove_law(all_below(strict=False), ENV).status is None  # xs = [0] satisfies x ≤ 0


def test_out_of_range_index_gives_the_default() -> None:
    i = v("i", NAT)
    h = p("le", p("List.length", XS, ty=NAT), i, ty=PROP)
    law = Law("get_oob", (XS, i), (("h", h),), eq(p("List.get!", XS, i, ty=NAT), lit(0, NAT)))
    out = prove_law(law, ENV)
    assert out.status is Status.PROVED, out.reason
    no_h = Law("get_any", (XS, i), (), eq(p("List.get!", XS, i, ty=NAT), lit(0, NAT)))
    assert prove_law(no_h, ENV).status is None


def conditional_ext(filtered: bool) -> Law:
    """``(h : ∀ i ∈ xs, m i = true → f i = g i)``: sums over ``xs.filter m`` agree (true), sums
    over all of ``xs`` need not (false)."""
    from jepa_formal.mirror.core.terms import Lam, TBool

    m = v("m", fn(NAT, TBool()))
    i, j = v("i", NAT), v("j", NAT)
    premise = p("eq", app(m, i, ty=TBool()), lit(True, TBool()), ty=PROP)
    h = forall_mem(i, XS, p("implies", premise, eq(app(F, i, ty=NAT), app(G, i, ty=NAT)),
                            ty=PROP))
    over = p("List.filter", Lam((j,), app(m, j, ty=TBool()), fn(NAT, TBool())), XS, ty=LN) \
        if filtered else XS
    sums = [p("List.sum", p("List.map", fun, over, ty=LN), ty=NAT) for fun in (F, G)]
    return Law("cond_ext", (m, F, G, XS), (("h", h),), eq(*sums))


def test_conditional_congruence_applies_only_where_its_premise_is_known() -> None:
    out = prove_law(conditional_ext(filtered=True), ENV)
    assert out.status is Status.PROVED, out.reason
    assert any(s.rule == "congruence" and "→" in s.note for s in out.steps)
    assert prove_law(conditional_ext(filtered=False), ENV).status is None
