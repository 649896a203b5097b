"""Shrinking: one sort key, consider() only accepts strictly simpler failing instances, and the
passes reach the minimal counterexamples (lists, numbers, tables, Fin sizes, type variables)."""

from __future__ import annotations

import time
from fractions import Fraction
from random import Random
from typing import Any

import numeric_laws as L
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numeric_laws import NAT, nat, p, v

from jepa_formal.mirror import concrete
from jepa_formal.mirror.core.terms import (
    Call,
    Law,
    TFin,
    TFloat,
    TFun,
    TInt,
    TList,
    TReal,
    TSort,
    TVar,
)
from jepa_formal.mirror.core.values import TableFn
from jepa_formal.numeric.backend import concrete_backend
from jepa_formal.numeric.generate import drawer
from jepa_formal.numeric.search import build_space, search
from jepa_formal.numeric.shrink import Shrinker, _measure, shrink, shrink_value, sort_key
from jepa_formal.numeric.types import fin, fin_size
from jepa_formal.verdict import Status


def measure(value: Any) -> int:
    acc = [0, 0, 0, 0]
    _measure(value, acc)
    return sum(acc)


SHRINK_TYPES = [NAT, TInt(), TReal(), TFloat(), TList(TInt()), TFun(fin(3), NAT), TList(fin(4))]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(SHRINK_TYPES), st.integers(0, 2**32))
def test_shrink_candidates_are_never_more_complex(ty: Any, seed: int) -> None:
    value = drawer(ty)(Random(seed), 15)
    for cand in shrink_value(value, ty):
        assert measure(cand) <= measure(value)


def test_simplest_values_have_no_candidates() -> None:
    for value, ty in [(0, NAT), (Fraction(0), TReal()), (0.0, TFloat()), ((), TList(NAT))]:
        assert list(shrink_value(value, ty)) == []
    assert list(shrink_value(TableFn(1, {}, 0), TFun(fin(2), NAT))) == []


def _failing(law: Law) -> Any:
    compiled = concrete.compile_law(law, L.env())
    return lambda i: compiled.hypotheses_hold(i) and not compiled.conclusion_holds(i)


def _shrink(law: Law, start: dict[str, Any]) -> dict[str, Any]:
    space = build_space(law, L.env(), concrete_backend())
    result = shrink(space, _failing(law), start, deadline=time.perf_counter() + 30)
    assert result.complete
    return result.instance


def test_sort_key_is_total_size_first() -> None:
    space = build_space(L.nat_sub_add(), None, concrete_backend())
    assert sort_key(space, {"a": 0, "b": 1}) < sort_key(space, {"a": 2, "b": 0})
    assert sort_key(space, {"a": 0, "b": 1}).total == 1


def test_consider_skips_seen_not_simpler_and_passing_candidates() -> None:
    law = L.nat_sub_add()
    space = build_space(law, None, concrete_backend())
    s = Shrinker(space, _failing(law), {"a": 3, "b": 7}, deadline=time.perf_counter() + 5)
    assert not s.consider({"a": 9, "b": 9})  # failing but not simpler
    assert not s.consider({"a": 1, "b": 0})  # simpler but passes
    assert s.consider({"a": 0, "b": 2})  # simpler and failing
    assert not s.consider({"a": 0, "b": 2})  # seen
    assert s.best == {"a": 0, "b": 2}


def test_lowering_fin_size_remaps_values() -> None:
    n = L.N
    xs = v("xs", TList(TFin(n)))
    law = Law("short", (n, xs), (), p("lt", p("List.length", xs, ty=NAT), nat(2)))
    best = _shrink(law, {"n": 5, "xs": (4, 3, 2, 4)})
    assert best == {"n": 1, "xs": (0, 0)}


def test_type_variable_instantiation_shrinks_to_fewer_elements() -> None:
    alpha = v("α", TSort())
    a, b = v("a", TVar("α")), v("b", TVar("α"))
    law = Law("all_equal", (alpha, a, b), (), p("eq", a, b))
    best = _shrink(law, {"α": fin(3), "a": 2, "b": 0})
    assert fin_size(best["α"]) == 2 and {best["a"], best["b"]} == {0, 1}


def test_tables_shrink_toward_constant_with_one_entry() -> None:
    f = v("f", TFun(fin(3), NAT))
    law = Law("f01", (f,), (), p("eq", Call(f, (nat(0),), NAT), Call(f, (nat(1),), NAT)))
    best = _shrink(law, {"f": TableFn(1, {(0,): 7, (1,): 9, (2,): 4}, 5)})
    fn = best["f"]
    assert fn.default == 0 and len(fn.table) == 1 and set(fn.table.values()) == {1}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_shrinking_from_a_large_random_instance_keeps_hypotheses_by_construction(
    seed: int,
) -> None:
    out = search(L.jepa_target_ext_wrong_list(), L.env(), seed=seed, small_scope_share=0.0)
    assert out.status is Status.REFUTED and out.small_scope == 0
    cex = out.counterexample
    assert cex is not None
    b = cex.as_dict()
    assert (b["xs"], b["ys"], b["n"]) == ("[]", "[0]", "1")
    assert {b["target₁"], b["target₂"]} == {"fun _ => 0", "fun _ => 1"}
    # n = 1, Fin 1/2/1 instantiations, ys has one element, two results are 1, one table entry
    assert cex.size == 9
