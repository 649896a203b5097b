"""Floats: ``∞``, ``-∞`` and NaN are drawn and enumerated (Lean's ``=`` is reflexive, so only
real differences refute), and shrinking escapes the local minima of float sums to the
3-element counterexamples."""

from __future__ import annotations

import math
import time
from random import Random
from typing import Any

import numeric_laws as L
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.mirror import concrete
from jepa_formal.mirror.core.terms import Law, TFloat, TFun, TList, TProd
from jepa_formal.mirror.core.values import show_value
from jepa_formal.numeric import shrink as shrink_mod
from jepa_formal.numeric.backend import concrete_backend
from jepa_formal.numeric.generate import drawer, enumerate_values, has_nan
from jepa_formal.numeric.search import build_space, search
from jepa_formal.numeric.shrink import float_complexity, shrink, shrink_value
from jepa_formal.verdict import Status

FLOAT = TFloat()
FLOATS = TList(FLOAT)
SEEDS = (0, 1, 2)


def _failing(law: Law) -> Any:
    compiled = concrete.compile_law(law, L.env())
    return lambda i: compiled.hypotheses_hold(i) and not compiled.conclusion_holds(i)


def _shrink(law: Law, start: dict[str, Any]) -> dict[str, Any]:
    space = build_space(law, L.env(), concrete_backend())
    result = shrink(space, _failing(law), start, deadline=time.perf_counter() + 30)
    assert result.complete
    return result.instance


def _total(inst: dict[str, Any], *names: str) -> int:
    return sum(len(inst[n]) for n in names)


# --- non-finite floats ----------------------------------------------------------------------


def test_nonfinite_floats_are_drawn_rarely() -> None:
    rng, draw = Random(3), drawer(FLOAT)
    xs = [draw(rng, 20) for _ in range(20_000)]
    nonfinite = [x for x in xs if not math.isfinite(x)]
    assert 0.002 < len(nonfinite) / len(xs) < 0.05
    assert any(x == math.inf for x in nonfinite) and any(x == -math.inf for x in nonfinite)
    assert any(x != x for x in nonfinite)


def test_small_scope_has_nonfinite_scalars_and_one_element_lists_only() -> None:
    scalars = enumerate_values(FLOAT, 3)
    assert scalars[-3:-1] == (math.inf, -math.inf) and scalars[-1] != scalars[-1]
    assert all(math.isfinite(x) for x in scalars[:-3])  # the simplest come first
    lists = enumerate_values(FLOATS, 3)
    assert (math.inf,) in lists
    assert all(math.isfinite(x) for xs in lists if len(xs) >= 2 for x in xs)
    pairs = enumerate_values(TProd(FLOAT, FLOAT), 3)
    assert all(math.isfinite(x) for pair in pairs for x in pair)
    # every pair of finite small floats is still enumerated (the non-finite ones take no room)
    finite = [x for x in scalars if math.isfinite(x)]
    assert len(pairs) == len(finite) ** 2


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32))
def test_tables_over_floats_never_have_nan_keys(seed: int) -> None:
    rng, draw = Random(seed), drawer(TFun(FLOAT, FLOAT))
    for _ in range(50):
        fn = draw(rng, 20)
        assert not any(has_nan(key) for key in fn.table)


def test_has_nan_looks_inside_compound_values() -> None:
    assert has_nan((1.0, (math.nan,))) and has_nan(frozenset({math.nan}))
    assert not has_nan((math.inf, -0.0, 1)) and not has_nan(math.inf)


def test_nonfinite_floats_shrink_towards_infinity() -> None:
    assert list(shrink_value(math.nan, FLOAT)) == [0.0, math.inf, -math.inf]
    assert list(shrink_value(-math.inf, FLOAT)) == [0.0, math.inf]
    assert list(shrink_value(math.inf, FLOAT)) == [0.0]
    inf, ninf, nan = (float_complexity(x) for x in (math.inf, -math.inf, math.nan))
    assert float_complexity(1e300) < inf < ninf < nan


@pytest.mark.parametrize("share", [0.5, 0.0], ids=["small-scope", "random-only"])
@pytest.mark.parametrize("seed", SEEDS)
def test_float_mul_zero_is_refuted(seed: int, share: float) -> None:
    """``a * 0 = 0`` fails at ∞ (NaN) and at any negative ``a`` (``-0.0``, whose bits are not
    ``0.0``'s: Lean's ``=`` on Float is on the bits, ``Float.toBits`` tells them apart)."""
    out = search(L.float_mul_zero(), L.env(), seed=seed, small_scope_share=share)
    assert out.status is Status.REFUTED
    cex = out.counterexample
    assert cex is not None
    a = cex.as_dict()["a"]
    assert cex.rhs == show_value(0.0, FLOAT)
    if cex.lhs == show_value(math.nan, FLOAT):
        assert a == show_value(math.inf, FLOAT)  # shrunk to ∞ (not -∞ or NaN)
    else:
        assert cex.lhs == show_value(-0.0, FLOAT) and a.startswith("-")


@pytest.mark.parametrize("make", [L.float_self_eq, L.real_sum_reverse])
def test_true_laws_stay_unrefuted_with_nonfinite_floats(make: Any) -> None:
    out = search(make(), L.env(), seed=0, max_examples=3000, small_scope_share=0.2)
    assert out.status is Status.TESTED and out.examples == 3000


# --- shrinking float sums -------------------------------------------------------------------


SIMPLEST_SUM_SIZE = 9
"""Sort-key total of the simplest counterexamples to both sum laws, e.g. ``[-1.0, 0.1, 1.0]``:
three elements (two never fail) with numbers 1 + 4 + 1; four elements cannot beat it."""


# Random search only (the shrinker starts from a long random list); with these seeds the
# shrinker without the rebuild pass stopped at four or five elements.
@pytest.mark.parametrize("seed", [4, 12, 79])
def test_float_sum_reverse_shrinks_to_three_elements(seed: int) -> None:
    out = search(L.float_sum_reverse(), L.env(), seed=seed, small_scope_share=0.0)
    assert out.status is Status.REFUTED and out.counterexample is not None
    assert out.counterexample.as_dict()["xs"].count(",") == 2  # three elements
    assert out.counterexample.size == SIMPLEST_SUM_SIZE


@pytest.mark.parametrize("seed", [4, 15, 19])
def test_float_sum_append_shrinks_to_two_plus_one_elements(seed: int) -> None:
    out = search(L.float_sum_append(), L.env(), seed=seed, small_scope_share=0.0)
    assert out.status is Status.REFUTED and out.counterexample is not None
    b = out.counterexample.as_dict()
    assert (b["xs"].count(",") + 1, b["ys"].count(",") + 1) == (2, 1)  # 3 in total
    assert out.counterexample.size == SIMPLEST_SUM_SIZE


def test_reverse_escapes_a_local_minimum_of_deletion() -> None:
    law = L.float_sum_reverse()
    start = (2.0, -0.4, -2.0, 5.0, -1.0)
    fails = _failing(law)
    assert fails({"xs": start})
    assert not any(fails({"xs": start[:i] + start[i + 1 :]}) for i in range(len(start)))
    best = _shrink(law, {"xs": start})
    assert len(best["xs"]) == 3 and fails(best)


@pytest.mark.parametrize(
    "start",
    [
        {"xs": (1.0, -2.0), "ys": (1.0, -0.1)},
        {"xs": (0.3, -1.0), "ys": (-2.0, 1.0, 2.0)},
        {"xs": (-4999999999992003.0, -3.1), "ys": (5e-324, 0.5, 1e-16)},
    ],
)
def test_append_shrinks_to_three_elements_across_binders(start: dict[str, Any]) -> None:
    law = L.float_sum_append()
    assert _failing(law)(start)
    best = _shrink(law, start)
    assert (len(best["xs"]), len(best["ys"])) == (2, 1)


def test_without_the_rebuild_pass_reverse_stops_at_a_local_minimum(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shrink_mod, "REBUILD_TOTAL", -1)  # no rebuild proposals
    best = _shrink(L.float_sum_reverse(), {"xs": (2.0, -0.4, -2.0, 5.0, -1.0)})
    assert len(best["xs"]) > 3


def test_rebuild_does_nothing_without_a_float_list() -> None:
    law = L.real_sum_reverse()  # ℝ lists: rounding never fails, nothing to rebuild
    space = build_space(law, L.env(), concrete_backend())
    s = shrink_mod.Shrinker(space, _failing(law), {"xs": ()}, deadline=time.perf_counter() + 5)
    assert not s._rebuild() and s.calls == 0
