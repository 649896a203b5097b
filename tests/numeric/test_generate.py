"""Generation per type: random draws stay inside each Lean type, and show its tricky values."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction
from random import Random
from typing import Any

import numeric_laws as L
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.mirror.core.terms import (
    TBool,
    TFin,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TReal,
    Ty,
)
from jepa_formal.mirror.core.values import Some, TableFn
from jepa_formal.numeric.backend import concrete_backend
from jepa_formal.numeric.exhaustive import small_scope
from jepa_formal.numeric.generate import (
    ENUM_CAP,
    MAX_TABLE,
    EmptyType,
    drawer,
    enumerate_values,
    full_table,
)
from jepa_formal.numeric.search import build_space
from jepa_formal.numeric.types import fin, fin_size

NAT, INT, REAL, FLOAT, BOOL = TNat(), TInt(), TReal(), TFloat(), TBool()


def member(value: Any, ty: Ty) -> bool:
    """An independent statement of which Python values a resolved Lean type has."""
    if isinstance(ty, TNat):
        return type(value) is int and value >= 0
    if isinstance(ty, TInt):
        return type(value) is int
    if isinstance(ty, TReal):
        return type(value) is Fraction
    if isinstance(ty, TFloat):
        return type(value) is float
    if isinstance(ty, TBool):
        return type(value) is bool
    if isinstance(ty, TFin):
        return type(value) is int and 0 <= value < fin_size(ty)
    if isinstance(ty, TList):
        return isinstance(value, tuple) and all(member(x, ty.elem) for x in value)
    if isinstance(ty, TProd):
        return len(value) == 2 and member(value[0], ty.fst) and member(value[1], ty.snd)
    if isinstance(ty, TOption):
        return value is None or (isinstance(value, Some) and member(value.value, ty.elem))
    if isinstance(ty, TFun):
        doms = []
        cod: Ty = ty
        while isinstance(cod, TFun):
            doms.append(cod.dom)
            cod = cod.cod
        return (
            isinstance(value, TableFn)
            and value.arity == len(doms)
            and member(value.default, cod)
            and all(
                all(member(a, d) for a, d in zip(k, doms, strict=True)) and member(r, cod)
                for k, r in value.table.items()
            )
        )
    raise AssertionError(ty)


TYPES: list[Ty] = [
    NAT,
    INT,
    REAL,
    FLOAT,
    BOOL,
    fin(1),
    fin(3),
    TList(NAT),
    TList(fin(2)),
    TList(TList(INT)),
    TProd(fin(2), REAL),
    TOption(NAT),
    TFun(fin(3), NAT),
    TFun(fin(2), TFun(BOOL, INT)),
    TFun(NAT, NAT),
    TFun(fin(2), TList(BOOL)),
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(TYPES), st.integers(0, 2**32), st.integers(0, 20))
def test_draws_are_values_of_their_type(ty: Ty, seed: int, size: int) -> None:
    rng = Random(seed)
    for _ in range(5):
        assert member(drawer(ty)(rng, size), ty)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(TYPES), st.integers(0, 3))
def test_enumerations_are_values_distinct_and_grow_with_level(ty: Ty, level: int) -> None:
    values = enumerate_values(ty, level)
    assert values and all(member(x, ty) for x in values)
    idents = {(x, math.copysign(1.0, x)) if isinstance(x, float) else x for x in values}
    assert len(idents) == len(values)  # distinct (0.0 and -0.0 are distinct floats)
    if len(values) < ENUM_CAP and not isinstance(ty, TFun):  # uncapped: levels are nested
        assert set(enumerate_values(ty, max(level - 1, 0))) <= set(values)


def _many(ty: Ty, n: int = 3000, size: int = 20) -> list[Any]:
    rng, draw = Random(7), drawer(ty)
    return [draw(rng, size) for _ in range(n)]


def test_reals_are_exact_fractions_of_both_signs_and_non_integers() -> None:
    xs = _many(REAL)
    assert any(x < 0 for x in xs) and any(x > 0 for x in xs)
    assert any(x.denominator != 1 for x in xs)


def test_integers_take_both_signs_and_naturals_never_negative() -> None:
    assert min(_many(INT)) < 0 < max(_many(INT))
    assert min(_many(NAT)) == 0


def test_floats_include_rounding_sensitive_values() -> None:
    xs = _many(FLOAT)
    assert {0.1, 0.2, 0.3, 1e16, -1e16, 3.0, 1e-300, 5e-324} <= set(xs)
    assert any(x == 0.0 and math.copysign(1.0, x) < 0 for x in xs)  # -0.0
    finite = [x for x in xs if math.isfinite(x)]
    assert any(not x.is_integer() for x in set(finite) - {0.1, 0.2, 0.3})


def test_functions_into_nat_give_naturals_and_constants_occur() -> None:
    fns = _many(TFun(fin(3), NAT), n=400)
    assert all(r >= 0 for f in fns for r in (f.default, *f.table.values()))
    assert any(not f.table for f in fns) and any(len(f.table) >= 2 for f in fns)
    assert fns[0](0) == fns[0].table.get((0,), fns[0].default)


def _dense_at(dense: Any, key: tuple[int, ...]) -> Any:
    for a in key:
        dense = dense[a]
    return dense


@pytest.mark.parametrize("ty", [
    TFun(fin(3), NAT),
    TFun(fin(2), TFun(fin(4), INT)),
    TFun(fin(2), TFun(fin(1), TFun(fin(3), fin(2)))),
    TFun(fin(3), FLOAT),
    TFun(fin(2), TList(BOOL)),
], ids=str)
def test_drawn_tables_over_fin_carry_a_dense_form_equal_to_the_table(ty: Ty) -> None:
    """``dense`` (what the compiled evaluator subscripts) is the same function as the
    table: one nested tuple per argument, each domain's size long, at every key."""
    doms = []
    cod: Ty = ty
    while isinstance(cod, TFun):
        doms.append(fin_size(cod.dom))
        cod = cod.cod
    for f in _many(ty, n=200) + list(enumerate_values(ty, 2)):
        assert f.dense is not None
        level = [f.dense]
        for size in doms:
            assert all(type(x) is tuple and len(x) == size for x in level)
            level = [y for x in level for y in x]
        for key in itertools.product(*(range(k) for k in doms)):
            got, want = _dense_at(f.dense, key), f(*key)
            assert got == want or (got != got and want != want), (f, key)
            if isinstance(want, float):
                assert math.copysign(1.0, got) == math.copysign(1.0, want), (f, key)


def test_dense_form_reads_a_left_out_row_as_the_default() -> None:
    """A result equal to the default but not the same value (``-0.0`` beside ``0.0``) is left
    out of the table, so the function gives the default there; so must ``dense``."""
    f = full_table(1, [(0,), (1,), (2,)], [-0.0, 1.5, 0.0], 0.0, (3,))
    assert f.table == {(1,): 1.5}
    assert f.dense == (0.0, 1.5, 0.0) and math.copysign(1.0, f.dense[0]) == 1.0
    g = full_table(2, [(0, 0), (0, 1), (1, 0), (1, 1)], [1, 0, 0, 2], 0, (2, 2))
    assert g.dense == ((1, 0), (0, 2)) and g == TableFn(2, {(0, 0): 1, (1, 1): 2}, 0)


def test_tables_not_over_fin_have_no_dense_form() -> None:
    """Only a domain that is ``range(k)`` may be subscripted: Bool, ℕ and pairs are not."""
    for ty in (TFun(BOOL, NAT), TFun(NAT, NAT), TFun(fin(2), TFun(BOOL, INT)),
               TFun(TProd(fin(2), fin(2)), NAT)):
        assert all(f.dense is None for f in _many(ty, n=50)), ty
        assert all(f.dense is None for f in enumerate_values(ty, 2)), ty
    big = TFun(fin(MAX_TABLE + 1), NAT)  # drawn sparse, enumerated on some of its domain
    assert all(f.dense is None for f in _many(big, n=50) + list(enumerate_values(big, 2)))


def test_fin_zero_is_empty_but_lists_and_functions_over_it_exist() -> None:
    try:
        drawer(fin(0))(Random(0), 5)
        raise AssertionError("drew a value of Fin 0")
    except EmptyType:
        pass
    assert _many(TList(fin(0)), n=50) == [()] * 50
    assert all(f.table == {} for f in _many(TFun(fin(0), NAT), n=20))
    assert enumerate_values(TList(fin(0)), 3) == ((),)


def test_small_scope_enumerates_exact_small_sets() -> None:
    assert enumerate_values(NAT, 2) == (0, 1, 2)
    assert enumerate_values(INT, 1) == (0, 1, -1)
    assert len(enumerate_values(TList(fin(2)), 2)) == 1 + 2 + 4
    assert {Fraction(1, 2), Fraction(-1, 2)} <= set(enumerate_values(REAL, 2))
    assert 0.1 in enumerate_values(FLOAT, 1) and 1e16 in enumerate_values(FLOAT, 2)


def test_small_scope_tables_cover_every_function_on_a_small_domain() -> None:
    tables = enumerate_values(TFun(fin(2), BOOL), 1)
    behaviours = {(f(0), f(1)) for f in tables}
    assert behaviours == set(itertools.product((False, True), repeat=2))


def test_dependent_sizes_are_drawn_first_in_binder_order() -> None:
    space = build_space(L.jepa_append(), L.env(), concrete_backend())
    rng = Random(3)
    seen_zero = seen_vars = False
    for _ in range(500):
        inst = space.draw(rng, 10)
        assert inst is not None
        n = inst["n"]
        assert all(0 <= i < n for i in inst["xs"] + inst["ys"])
        if n == 0:
            seen_zero = True
            assert inst["xs"] == inst["ys"] == ()
        k = fin_size(inst["Target"])
        seen_vars |= k == 3
        assert 1 <= k <= 3 and all(0 <= t < k for t in inst["target"].table.values())
    assert seen_zero and seen_vars


def test_type_variables_enumerate_one_to_three_elements() -> None:
    law = L.jepa_nil()
    space = build_space(law, L.env(), concrete_backend())
    sizes = {fin_size(i["Context"]) for i in small_scope(space, 200)}
    assert sizes == {1, 2, 3}
