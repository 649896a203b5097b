"""Hypothesis-aware generation: hypotheses are met by construction, not by rejection."""

from __future__ import annotations

from fractions import Fraction
from random import Random
from typing import Any

import numeric_laws as L
import pytest
from numeric_laws import NAT, forall_in, nat, p, v

from jepa_formal.mirror import concrete
from jepa_formal.mirror.core.terms import (
    Call,
    Law,
    Lit,
    Quant,
    TFin,
    TFloat,
    TFun,
    TInt,
    TList,
    TReal,
    Ty,
)
from jepa_formal.numeric.backend import concrete_backend
from jepa_formal.numeric.constrain import Plan, Repairer, analyse
from jepa_formal.numeric.generate import MAX_TABLE
from jepa_formal.numeric.instances import Space
from jepa_formal.numeric.search import build_space, search
from jepa_formal.numeric.types import Resolver, fin_size
from jepa_formal.verdict import Status


def held_ratio(law: Law, space: Space, draws: int = 600, keep: Any = None) -> float:
    compiled = concrete.compile_law(law, L.env())
    rng = Random(1)
    insts = [i for i in (space.draw(rng, 12) for _ in range(draws)) if i is not None]
    insts = [i for i in insts if keep is None or keep(i)]
    return sum(compiled.hypotheses_hold(i) for i in insts) / len(insts)


def test_target_ext_hypothesis_becomes_an_entry_constraint() -> None:
    plan = analyse(L.jepa_target_ext())
    assert plan.complete
    (c,) = plan.constraints
    assert (c.target, c.proj, c.rel, c.source) == ("target₂", "entry", "eq", "h")


def test_target_ext_instances_satisfy_h_by_construction_not_rejection() -> None:
    law = L.jepa_target_ext()
    constructed = build_space(law, L.env(), concrete_backend())
    rejected_only = Space(
        law.binders,
        Resolver(concrete_backend(), L.env()),
        Repairer(Plan((), law.hypotheses), concrete_backend(), L.env()),
    )
    assert held_ratio(law, constructed) == 1.0

    def nontrivial(i: dict[str, Any]) -> bool:  # targets with 2+ values on 3+ indices
        return fin_size(i["Target"]) > 1 and len(set(i["idxs"])) >= 3

    assert held_ratio(law, constructed, keep=nontrivial) == 1.0
    assert held_ratio(law, rejected_only, keep=nontrivial) < 0.2
    out = search(law, L.env(), seed=2, max_examples=2000)
    assert out.status is Status.TESTED and out.hypotheses_held / out.examples >= 0.95


def test_construction_leaves_the_function_random_off_the_list() -> None:
    law = L.jepa_target_ext()
    space = build_space(law, L.env(), concrete_backend())
    rng = Random(4)
    differ_off_list = 0
    for _ in range(300):
        inst = space.draw(rng, 8)
        assert inst is not None
        t1, t2 = inst["target₁"], inst["target₂"]
        assert all(t1(i) == t2(i) for i in inst["idxs"])
        differ_off_list += any(t1(i) != t2(i) for i in range(inst["n"]))
    assert differ_off_list > 30


def test_a_repaired_table_keeps_a_dense_form_equal_to_it() -> None:
    """The compiled evaluator subscripts ``dense`` (``TableFn``): a table repaired to meet
    ``h`` must carry the repaired function there, not the one drawn before the repair."""
    law = L.jepa_target_ext()
    space = build_space(law, L.env(), concrete_backend())
    rng = Random(5)
    repaired = 0
    for _ in range(300):
        inst = space.draw(rng, 8)
        assert inst is not None
        t2 = inst["target₂"]
        if inst["n"] > MAX_TABLE:  # drawn sparse: read through its dictionary
            continue
        assert t2.dense is not None and len(t2.dense) == inst["n"]
        assert all(t2.dense[j] == t2(j) for j in range(inst["n"]))
        repaired += any(t2.dense[j] == inst["target₁"](j) for j in inst["idxs"])
    assert repaired > 100


def _law(binders: tuple[Any, ...], *hyps: Any) -> Law:
    return Law("h", binders, tuple((f"h{k}", h) for k, h in enumerate(hyps)), Lit(True, L.PROP))


REAL, INT, FLOAT = TReal(), TInt(), TFloat()


def _zero(ty: Ty) -> Lit:
    value: Any = {REAL: Fraction(0), FLOAT: 0.0}.get(ty, 0)
    return Lit(value, ty)


@pytest.mark.parametrize("ty", [NAT, INT, REAL, FLOAT], ids=str)
@pytest.mark.parametrize("rel", ["lt", "le", "gt", "ge", "ne"])
def test_bounds_against_zero_are_drawn_inside(ty: Ty, rel: str) -> None:
    x = v("x", ty)
    law = _law((x,), p(rel, _zero(ty), x))
    assert analyse(law).complete
    ratio = held_ratio(law, build_space(law, None, concrete_backend()))
    assert ratio == (0.0 if (ty, rel) == (NAT, "gt") else 1.0)  # 0 > x has no natural x


@pytest.mark.parametrize("ty", [NAT, INT, REAL, FLOAT], ids=str)
def test_order_between_binders_and_conjunctions(ty: Ty) -> None:
    a, b, c = v("a", ty), v("b", ty), v("c", ty)
    law = _law((a, b, c), p("and", p("le", a, b), p("lt", b, c)), p("ne", c, a))
    plan = analyse(law)
    assert plan.complete and {k.target for k in plan.constraints} == {"b", "c"}
    ratio = held_ratio(law, build_space(law, None, concrete_backend()))
    # a drawn NaN or ∞ in ``a`` leaves no float ``c`` with ``a ≤ b < c``
    assert ratio == 1.0 if ty != FLOAT else ratio > 0.85


def test_equation_assigns_and_length_constraint_resizes() -> None:
    n, m = v("m", NAT), v("k", NAT)
    xs = v("xs", TList(INT))
    law = _law(
        (n, m, xs),
        p("eq", m, p("add", n, nat(1), ty=NAT)),
        p("eq", p("List.length", xs, ty=NAT), m),
    )
    plan = analyse(law)
    assert plan.complete and [c.proj for c in plan.constraints] == ["value", "length"]
    space = build_space(law, None, concrete_backend())
    assert held_ratio(law, space) == 1.0
    inst = space.draw(Random(0), 5)
    assert inst is not None and len(inst["xs"]) == inst["m"] + 1


def test_bounds_on_function_entries_over_a_list() -> None:
    n = L.N
    xs, f = v("xs", TList(TFin(n))), v("f", TFun(TFin(n), INT))
    i = v("i", TFin(n))
    law = _law((n, xs, f), forall_in(i, xs, p("lt", Lit(0, INT), Call(f, (i,), INT))))
    assert analyse(law).complete
    assert held_ratio(law, build_space(law, None, concrete_backend())) == 1.0


def test_unrecognised_hypotheses_are_left_to_rejection() -> None:
    a, b = v("a", NAT), v("b", NAT)
    # b ∣ a would constrain a by the later b: not a construction (a ∣ b is one, "multiple")
    law = _law((a, b), p("dvd", b, a), p("lt", a, b))
    plan = analyse(law)
    assert [h for _, h in plan.residual] == [p("dvd", b, a)]
    assert [c.target for c in plan.constraints] == ["b"]
    forward = analyse(_law((a, b), p("dvd", a, b)))
    assert forward.complete and [c.proj for c in forward.constraints] == ["multiple"]


def test_infeasible_bounds_leave_values_for_the_final_check() -> None:
    plan = analyse(L.unsatisfiable())
    assert plan.complete
    out = search(L.unsatisfiable(), None, seed=0, max_examples=300)
    assert out.status is Status.INCONCLUSIVE and out.hypotheses_held == 0


def test_bounds_on_every_element_of_a_list() -> None:
    g, stds, s = v("γ", REAL), v("stds", TList(REAL)), v("s", REAL)
    law = _law((g, stds), forall_in(s, stds, p("le", g, s)))
    (c,) = analyse(law).constraints
    assert (c.target, c.proj, c.rel) == ("stds", "element", "ge")
    assert held_ratio(law, build_space(law, None, concrete_backend())) == 1.0


def test_unbounded_quantifier_over_fin_constrains_the_whole_table() -> None:
    n = L.N
    f, g = v("f", TFun(TFin(n), NAT)), v("g", TFun(TFin(n), NAT))
    i = v("i", TFin(n))
    h = Quant("forall", i, p("eq", Call(f, (i,), NAT), Call(g, (i,), NAT)))
    law = _law((n, f, g), h)
    (c,) = analyse(law).constraints
    assert (c.target, c.proj, c.over) == ("g", "entry", None)
    space = build_space(law, None, concrete_backend())
    assert held_ratio(law, space) == 1.0
    inst = space.draw(Random(2), 9)
    assert inst is not None and all(inst["f"](j) == inst["g"](j) for j in range(inst["n"]))


def test_a_bound_that_mentions_the_element_itself_is_left_to_rejection() -> None:
    xs, x = v("xs", TList(NAT)), v("x", NAT)
    law = _law((xs,), forall_in(x, xs, p("ne", x, x)))
    assert not analyse(law).constraints and len(analyse(law).residual) == 1
