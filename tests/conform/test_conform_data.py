"""Binders of pair, ``Option`` and nested-list types (issue 10, item 3): drawn, passed as
tuples, ``None``/values and lists of lists, shrunk structurally, shown in Lean's notation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jepa_formal.conform import check_conformance
from jepa_formal.conform.generate import Drawer, Plan, Slot
from jepa_formal.conform.options import ConformOptions
from jepa_formal.conform.result import FAILS, HOLDS, HOLDS_TOL
from jepa_formal.conform.shrink import _datum_size, simpler_datum
from jepa_formal.mirror.core.terms import TList, TNat, TOption, TProd, TReal
from jepa_formal.mirror.core.values import Some

SPEC = str(Path(__file__).with_name("data_binders.lean"))


def _check(name: str, func: Any, **kw: Any) -> Any:
    return check_conformance(SPEC, name, func, max_examples=120, call_timeout=0, **kw)


def test_pairs_arrive_as_tuples() -> None:
    seen: list[Any] = []

    def pair_sum(p: Any) -> int:
        seen.append(p)
        a, b = p
        return a + b

    rep = _check("pairSum", pair_sum)
    assert rep.result("pairSum_swap").status == HOLDS
    assert seen and all(isinstance(p, tuple) and len(p) == 2 and all(
        isinstance(x, int) for x in p) for p in seen)
    assert "p: tuple[int, int]" in rep.signature


def test_options_arrive_as_none_or_the_value() -> None:
    seen: list[Any] = []

    def opt_or(o: Any, d: int) -> int:
        seen.append(o)
        return d if o is None else o

    rep = _check("optOr", opt_or)
    assert {rep.result(n).status for n in ("optOr_none", "optOr_some", "optOr_bound")} == {HOLDS}
    assert None in seen and any(isinstance(o, int) for o in seen)
    assert not any(isinstance(o, Some) for o in seen)


def test_a_wrong_option_default_fails_with_a_shrunk_counterexample() -> None:
    rep = _check("optOr", lambda o, d: o or d)  # `some 0` is not `none`
    r = rep.result("optOr_some")
    assert r.status == FAILS and r.counterexample is not None
    assert dict(r.counterexample.inputs)["x"] == "0"


def test_option_binders_are_drawn_both_ways_and_shown_in_lean_notation() -> None:
    from jepa_formal.conform.instance import show_datum

    ty = TOption(TNat())
    assert show_datum(ty, None) == "none" and show_datum(ty, Some(3)) == "some 3"
    assert show_datum(TProd(TNat(), TOption(TNat())), (1, Some(2))) == "(1, some 2)"
    assert show_datum(TList(TProd(TNat(), TNat())), ((0, 1),)) == "[(0, 1)]"


def test_nested_lists_arrive_as_lists_of_lists() -> None:
    seen: list[Any] = []

    def total_len(xss: Any) -> int:
        seen.append(xss)
        return sum(len(xs) for xs in xss)

    rep = _check("totalLen", total_len)
    assert rep.result("totalLen_append").status == HOLDS
    assert any(xss and any(xs for xs in xss) for xss in seen)
    assert all(isinstance(xss, list) and all(isinstance(xs, list) for xs in xss)
               for xss in seen)


def test_a_nested_list_bug_is_shrunk_to_a_small_nested_list() -> None:
    def dedup(xss: Any) -> int:  # counts each distinct inner list once
        return sum(len(xs) for xs in {tuple(x) for x in xss})

    r = _check("totalLen", dedup).result("totalLen_append")
    assert r.status == FAILS and r.counterexample is not None
    shown = dict(r.counterexample.inputs)
    assert shown["xss"].count("[") == 2 and shown["yss"] == shown["xss"]  # [[k]] twice


def test_nested_real_lists_and_lists_of_pairs() -> None:
    rep = _check("sumAll", lambda xss: sum(sum(xs) for xs in xss))
    assert {r.status for r in rep.results if "sumAll" in r.name} <= {HOLDS, HOLDS_TOL}
    rep = _check("pairLoss", lambda ps: sum(a * b for a, b in ps[:3]))
    r = rep.result("pairLoss_append")
    assert r.status == FAILS and r.counterexample is not None
    assert "(" in dict(r.counterexample.inputs)["ys"]  # pairs shown as (a, b)


@pytest.mark.parametrize("ty", [TProd(TNat(), TReal()), TOption(TList(TNat())),
                                TList(TList(TReal()))])
def test_simpler_data_is_simpler(ty: Any) -> None:
    drawer = Drawer(Plan((Slot("x", "data", ty=ty),), ()), ConformOptions(), 3)
    for index in range(1, 30):
        v = drawer.datum(ty, {}, index, 4)
        for w in simpler_datum(ty, v):
            assert w != v
            assert _datum_size(w) <= _datum_size(v)
