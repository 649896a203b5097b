"""Exhaustive small scope: simplest combinations first, each instance once, within the cap."""

from __future__ import annotations

import itertools

import numeric_laws as L
from numeric_laws import NAT, p, v

from jepa_formal.mirror.core.terms import Law, Lit, TBool, TFin, TList
from jepa_formal.numeric.backend import concrete_backend
from jepa_formal.numeric.exhaustive import small_scope
from jepa_formal.numeric.instances import Space
from jepa_formal.numeric.search import build_space
from jepa_formal.numeric.types import fin_size


def _space(law: Law) -> Space:
    return build_space(law, L.env(), concrete_backend())


def test_a_finite_space_is_enumerated_completely_and_once() -> None:
    a, b = v("a", TBool()), v("b", TBool())
    law = Law("bools", (a, b), (), Lit(True, L.PROP))
    insts = list(small_scope(_space(law), 1000))
    assert sorted((i["a"], i["b"]) for i in insts) == list(
        itertools.product([False, True], repeat=2)
    )


def test_simplest_combination_first_then_one_binder_at_a_time() -> None:
    a, b = v("a", NAT), v("b", NAT)
    law = Law("nats", (a, b), (), Lit(True, L.PROP))
    first = [(i["a"], i["b"]) for i in small_scope(_space(law), 6)]
    assert first == [(0, 0), (0, 1), (1, 0), (0, 2), (1, 1), (2, 0)]


def test_every_simple_combination_of_many_binders_is_reached_within_the_cap() -> None:
    insts = list(small_scope(_space(L.jepa_append()), 1000))
    assert len(insts) == 1000
    assert len({tuple(sorted(i.items(), key=lambda kv: kv[0])) for i in insts}) == 1000
    assert {i["n"] for i in insts} == {0, 1, 2, 3}
    assert {fin_size(i["Target"]) for i in insts} == {1, 2, 3}
    lengths = {(len(i["xs"]), len(i["ys"])) for i in insts}
    assert {(0, 0), (1, 0), (0, 1), (1, 1), (2, 0)} <= lengths
    for i in insts:  # dependent sizes respected
        assert all(x < i["n"] for x in i["xs"] + i["ys"])


def test_lists_over_fin_zero_enumerate_only_the_empty_list() -> None:
    n = L.N
    xs = v("xs", TList(TFin(n)))
    law = Law("fin0", (n, xs), (("h", p("eq", n, L.nat(0))),), Lit(True, L.PROP))
    insts = list(small_scope(_space(law), 100))
    assert [(i["n"], i["xs"]) for i in insts] == [(0, ())]


def test_hypotheses_are_constructed_in_small_scope_too() -> None:
    a, b = v("a", NAT), v("b", NAT)
    law = Law("le", (a, b), (("h", p("lt", a, b)),), Lit(True, L.PROP))
    insts = list(small_scope(_space(law), 50))
    assert insts and all(i["a"] < i["b"] for i in insts)
