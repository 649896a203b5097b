"""Tests of the concrete value representation and its Lean printing (values.py)."""

from __future__ import annotations

import copy
import pickle
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.mirror.core.terms import (
    Lit,
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    TReal,
    TStruct,
)
from jepa_formal.mirror.core.values import (
    FrozenTable,
    Some,
    StructValue,
    TableFn,
    show_value,
)

N, R = TNat(), TReal()


def test_tablefn_looks_up_and_defaults() -> None:
    f = TableFn(1, {(0,): 3}, 1)
    assert f(0) == 3
    assert f(2) == 1


def test_tablefn_partial_application_returns_the_rest() -> None:
    g = TableFn(2, {(0, 1): 7}, 0)
    assert g(0)(1) == 7
    assert g(0)(0) == 0
    assert g(1)(1) == 0


def test_tablefn_rejects_keys_of_the_wrong_arity() -> None:
    with pytest.raises(ValueError):
        TableFn(2, {(0,): 1}, 0)


def test_tablefn_is_hashable_and_compares_by_table() -> None:
    a = TableFn(1, {(0,): 3}, 1)
    b = TableFn(1, {(0,): 3}, 1)
    c = TableFn(1, {(0,): 4}, 1)
    assert a == b and hash(a) == hash(b)
    assert a != c
    assert len({a, b, c}) == 2


def test_tablefn_table_is_read_only() -> None:
    f = TableFn(1, {(0,): 3}, 1)
    with pytest.raises(TypeError):
        f.table[(1,)] = 2  # type: ignore[index]


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.integers(0, 5), st.integers(-3, 3)), st.integers(-3, 3))
def test_tablefn_agrees_with_its_dict(table: dict[int, int], default: int) -> None:
    f = TableFn(1, {(k,): v for k, v in table.items()}, default)
    for k in range(7):
        assert f(k) == table.get(k, default)


_BIG = st.integers(-2, 2).map(lambda x: x + 10**30)
"""Equal results that are not the same object (a row equal to the default is left out)."""


@settings(max_examples=50, deadline=None)
@given(st.lists(_BIG, min_size=1, max_size=8), _BIG,
       st.sampled_from(["eq", "hash", "call", "items", "pickle", "copy", "repr"]))
def test_a_table_built_when_read_is_the_table_built_at_once(
    results: list[int], default: int, first: str
) -> None:
    """``FrozenTable.of_results`` defers its rows to the first read, whatever that read is
    (a comparison, a hash, a lookup, iteration, pickling, a copy, printing): each gives what
    the table built at once gives, and the same again afterwards."""
    keys = [(i,) for i in range(len(results))]
    eager = TableFn(1, {k: r for k, r in zip(keys, results, strict=True) if r != default},
                    default)
    lazy = TableFn(1, FrozenTable.of_results(keys, tuple(results), default), default)
    reads = {
        "eq": lambda f: f == eager,
        "hash": lambda f: hash(f) == hash(eager),
        "call": lambda f: [f(i) for i in range(len(results) + 1)],
        "items": lambda f: sorted(f.table.items()),
        "pickle": lambda f: pickle.loads(pickle.dumps(f)) == eager,
        "copy": lambda f: copy.copy(f.table) == eager.table,
        "repr": lambda f: repr(f),
    }
    assert reads[first](lazy) == reads[first](eager)
    for read in reads.values():
        assert read(lazy) == read(eager)
    assert [i for i in range(len(results)) if (i,) in lazy.table] == [
        i for i, r in enumerate(results) if r != default]


def test_show_numbers_by_type() -> None:
    assert show_value(3, N) == "3"
    assert show_value(Fraction(1, 3), R) == "1/3"
    assert show_value(Fraction(-2, 1), R) == "-2"
    assert show_value(0.5, TFloat()) == "0.5"
    assert show_value(float("nan"), TFloat()) == "(0.0/0.0)"
    assert show_value(float("-inf"), TFloat()) == "(-1.0/0.0)"


def test_show_bool_and_prop_differ() -> None:
    assert show_value(True, TBool()) == "true"
    assert show_value(True, TProp()) == "True"


def test_show_sequences_pairs_options_finsets() -> None:
    assert show_value((0, 2), TList(N)) == "[0, 2]"
    assert show_value((), TList(N)) == "[]"
    assert show_value((1,), TArray(N)) == "#[1]"
    assert show_value((1, Fraction(1, 2)), TProd(N, R)) == "(1, 1/2)"
    assert show_value(None, TOption(N)) == "none"
    assert show_value(Some(2), TOption(N)) == "(some 2)"
    assert show_value(Some(None), TOption(TOption(N))) == "(some none)"
    assert show_value(frozenset({2, 0}), TFinset(N)) == "{0, 2}"
    assert show_value(frozenset(), TFinset(N)) == "∅"


def test_show_functions_as_lean_fun() -> None:
    fin3 = TFin(Lit(3, N))
    assert show_value(TableFn(1, {(0,): 3}, 1), TFun(fin3, N)) == (
        "fun x => if x = 0 then 3 else 1"
    )
    two = TableFn(2, {(0, 1): Fraction(1, 3)}, Fraction(0))
    assert show_value(two, TFun(N, TFun(N, R))) == (
        "fun x y => if x = 0 ∧ y = 1 then 1/3 else 0"
    )
    assert show_value(two(0), TFun(N, R)) == "fun x => if x = 1 then 1/3 else 0"
    assert show_value(TableFn(1, {}, True), TFun(N, TBool())) == "fun _ => true"


def test_show_struct() -> None:
    s = StructValue("S", (("x", 1), ("y", (2,))))
    assert show_value(s, TStruct("S")) == "{ x := 1, y := [2] }"
    assert s.get("y") == (2,)
    assert s.replace(x=5).get("x") == 5
    with pytest.raises(KeyError):
        s.get("z")


def test_huge_integers_are_shown_to_ten_significant_digits() -> None:
    """A counterexample's value of half a million digits is shown briefly (writing it out is
    quadratic in CPython and nobody reads it); ordinary big values are shown exactly."""
    from fractions import Fraction

    from jepa_formal.mirror.core.terms import TInt, TRat

    exact = 10**200 + 7
    assert show_value(exact, TInt()) == str(exact)
    huge = Fraction(3, 2) ** 1_000_000
    text = show_value(huge, TRat())
    assert text == "≈1.797710117e+477121/≈9.900656229e+301029"
    assert show_value(-(3**1_000_000), TInt()) == "-≈1.797710117e+477121"
