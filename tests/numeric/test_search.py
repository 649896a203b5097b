"""The numeric search end to end: refutes false laws with minimal counterexamples, passes true
ones, says INCONCLUSIVE for vacuous hypotheses, and is deterministic for a seed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numeric_laws as L
import pytest

from jepa_formal.errors import InternalError, Unsupported
from jepa_formal.mirror import concrete
from jepa_formal.mirror.core.terms import Law
from jepa_formal.numeric import Backend, NumericOutcome, search, spot_check
from jepa_formal.verdict import Status, counted


def run(law: Law, **kw: Any) -> NumericOutcome:
    kw.setdefault("seed", 0)
    return search(law, L.env(), **kw)


def lengths(outcome: NumericOutcome, *names: str) -> list[int]:
    """List lengths of printed bindings (``[0, 1]`` has 2)."""
    assert outcome.counterexample is not None
    b = outcome.counterexample.as_dict()
    return [0 if b[n] == "[]" else b[n].count(",") + 1 for n in names]


def test_foldl_loss_not_invariant_under_swapping_blocks_shrinks_to_singletons() -> None:
    out = run(L.foldl_append_comm())
    assert out.status is Status.REFUTED
    assert lengths(out, "xs", "ys") == [1, 1]
    cex = out.counterexample
    assert cex is not None and cex.as_dict()["n"] == "2"
    assert cex.lhs != cex.rhs


def test_truncated_nat_subtraction_shrinks_to_a0_b1() -> None:
    out = run(L.nat_sub_add())
    assert out.status is Status.REFUTED
    cex = out.counterexample
    assert cex is not None
    assert cex.bindings == (("a", "0"), ("b", "1"))
    assert (cex.lhs, cex.rhs, cex.size) == ("1", "0", 1)
    assert cex.describe() == "false when a = 0, b = 1 (left side = 1, right side = 0)"


def test_float_sum_not_reverse_invariant_needs_three_elements() -> None:
    out = run(L.float_sum_reverse())
    assert out.status is Status.REFUTED
    assert lengths(out, "xs") == [3]


def test_real_sum_is_reverse_invariant() -> None:
    out = run(L.real_sum_reverse(), max_examples=3000)
    assert out.status is Status.TESTED and out.examples == 3000


def test_hypothesis_on_the_wrong_list_gives_the_two_list_counterexample() -> None:
    out = run(L.jepa_target_ext_wrong_list())
    assert out.status is Status.REFUTED
    cex = out.counterexample
    assert cex is not None
    assert lengths(out, "xs", "ys") == [0, 1]
    b = cex.as_dict()
    assert b["target₁"] != b["target₂"] and cex.lhs != cex.rhs
    assert dict(cex.instantiation)["Target"] == "Fin 2"


def test_hypothesis_only_the_empty_list_meets_is_refuted_by_nil() -> None:
    out = run(L.only_empty_satisfies())
    assert out.status is Status.REFUTED
    assert out.counterexample is not None and out.counterexample.bindings == (("xs", "[]"),)


def test_unsatisfiable_hypotheses_are_inconclusive_never_a_pass() -> None:
    out = run(L.unsatisfiable(), max_examples=500)
    assert out.status is Status.INCONCLUSIVE
    assert out.hypotheses_held == 0 and out.examples == 500
    assert "never held" in out.detail


@pytest.mark.parametrize("make", L.SEED_LAWS, ids=lambda m: m.__name__)
def test_seed_laws_are_never_refuted(make: Any) -> None:
    for seed in (0, 1):
        out = run(make(), seed=seed, max_examples=2500, timeout=60.0)
        assert out.status is Status.TESTED, out.detail
        assert out.examples == 2500 and out.hypotheses_held == 2500
    assert dict(out.instantiation) == {"Context": "Fin 1…3", "Target": "Fin 1…3", "Pred": "Fin 1…3"}


def test_hypotheses_on_reals_are_met_by_construction() -> None:
    out = run(L.real_bound_law(), max_examples=1000)
    assert out.status is Status.TESTED and out.hypotheses_held == 1000


@pytest.mark.parametrize("make", [L.float_sum_reverse, L.jepa_target_ext_wrong_list])
def test_same_seed_same_counterexample(make: Any) -> None:
    a = run(make(), seed=11, small_scope_share=0.0)
    b = run(make(), seed=11, small_scope_share=0.0)
    assert a.status is b.status is Status.REFUTED
    assert a.counterexample == b.counterexample and a.examples == b.examples
    assert a.detail == b.detail


def test_random_phase_alone_finds_and_shrinks_the_same_minimal_nat_counterexample() -> None:
    out = run(L.nat_sub_add(), seed=5, small_scope_share=0.0)
    assert out.status is Status.REFUTED and out.small_scope == 0
    assert out.counterexample is not None
    assert out.counterexample.bindings == (("a", "0"), ("b", "1"))


def test_spot_check_runs_a_few_instances() -> None:
    out = spot_check(L.jepa_append(), L.env(), seed=0, examples=20)
    assert out.status is Status.TESTED and out.examples == 20
    assert spot_check(L.nat_sub_add(), L.env(), seed=0).status is Status.REFUTED


def test_unsupported_from_the_evaluator_propagates() -> None:
    def refuse(law: Law, env: Any) -> Any:
        raise Unsupported("List.frobnicate")

    backend = Backend(compile_law=refuse, evaluate=concrete.evaluate)
    with pytest.raises(Unsupported, match="frobnicate"):
        search(L.nat_sub_add(), None, seed=0, backend=backend)


class _Flaky:
    """A compiled law whose *first* compile says false and every later one says true."""

    calls = 0

    def __init__(self, real: Any) -> None:
        self.real = real
        _Flaky.calls += 1
        self.lying = _Flaky.calls == 1
        self.hypotheses = real.hypotheses
        self.conclusion = (lambda f: False) if self.lying else real.conclusion

    def frame(self, b: Mapping[str, Any]) -> tuple[Any, ...]:
        return self.real.frame(b)  # type: ignore[no-any-return]

    def hypotheses_hold(self, b: Mapping[str, Any]) -> bool:
        return self.real.hypotheses_hold(b)

    def conclusion_holds(self, b: Mapping[str, Any]) -> bool:
        return False if self.lying else self.real.conclusion_holds(b)

    def sides(self, b: Mapping[str, Any]) -> Any:
        return self.real.sides(b)


def test_counterexample_that_does_not_replay_is_an_internal_error() -> None:
    _Flaky.calls = 0
    backend = Backend(
        compile_law=lambda law, env: _Flaky(concrete.compile_law(law, env)),
        evaluate=concrete.evaluate,
    )
    with pytest.raises(InternalError, match="did not replay"):
        search(L.jepa_append(), L.env(), seed=0, backend=backend)


def test_budget_by_count_is_exact() -> None:
    out = run(L.jepa_reverse(), max_examples=123)
    assert out.examples == 123 and out.small_scope == 61


def test_outcome_fields_describe_the_run() -> None:
    out = run(replace(L.jepa_append(), name="renamed"), max_examples=200)
    assert out.seed == 0 and out.counterexample is None
    assert "200 instances" in out.detail and "seed 0" in out.detail


def test_structure_binders_are_drawn_field_by_field_and_shrunk() -> None:
    law = L.contract_guard_law()
    out = search(law, L.contract_env(), seed=0, small_scope_share=0.0)
    assert out.status is Status.REFUTED
    assert out.counterexample is not None
    assert out.counterexample.as_dict() == {"m": "0", "c": "{ targetIdxs := [], guard := 1 }"}


def test_time_budget_cuts_the_run_short_and_says_how_many_ran() -> None:
    out = run(L.jepa_append(), max_examples=10**9, timeout=0.0)
    assert out.examples < 10**9 and counted(out.examples, "instance") in out.detail


def test_a_closed_statement_is_evaluated_once() -> None:
    from jepa_formal.mirror.core.terms import Lit, TInt

    int_ = TInt()
    seven_div = L.p("div", Lit(7, int_), Lit(-2, int_), ty=int_)
    true_law = Law("ediv", (), (), L.p("eq", seven_div, Lit(-3, int_)))
    false_law = Law("floor", (), (), L.p("eq", seven_div, Lit(-4, int_)))
    out = run(true_law)
    assert out.status is Status.TESTED and out.examples == 1
    bad = run(false_law)
    assert bad.status is Status.REFUTED and bad.counterexample is not None
    assert (bad.counterexample.lhs, bad.counterexample.rhs) == ("-3", "-4")
