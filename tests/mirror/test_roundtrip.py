"""Property tests across the whole mirror: printed values read back to themselves, and
random arithmetic written in Lean evaluates by Lean's rules."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.mirror.core.terms import Lit, TFin, TFun, TList, TNat, TProd, TReal
from jepa_formal.mirror.core.values import TableFn, show_value

from ._lean import value

FRACTIONS = st.fractions(min_value=-5, max_value=5, max_denominator=6)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 20), max_size=5))
def test_nat_lists_read_back(xs: list[int]) -> None:
    text = show_value(tuple(xs), TList(TNat()))
    assert value(text, "List ℕ") == tuple(xs)


@settings(max_examples=30, deadline=None)
@given(st.lists(FRACTIONS, max_size=4))
def test_real_lists_read_back(xs: list[Fraction]) -> None:
    text = show_value(tuple(xs), TList(TReal()))
    assert value(text, "List ℝ") == tuple(xs)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 6), FRACTIONS)
def test_pairs_read_back(a: int, b: Fraction) -> None:
    text = show_value((a, b), TProd(TNat(), TReal()))
    assert value(text, "ℕ × ℝ") == (a, b)


@settings(max_examples=30, deadline=None)
@given(st.dictionaries(st.integers(0, 3), st.integers(0, 9), max_size=4), st.integers(0, 9))
def test_table_functions_read_back_as_lean_fun(table: dict[int, int], default: int) -> None:
    fn = TableFn(1, {(k,): v for k, v in table.items()}, default)
    text = show_value(fn, TFun(TFin(Lit(4, TNat())), TNat()))
    back = value(text, "Fin 4 → ℕ")
    assert [back(i) for i in range(4)] == [fn(i) for i in range(4)]


@settings(max_examples=20, deadline=None)
@given(st.dictionaries(st.tuples(st.integers(0, 2), st.integers(0, 2)), FRACTIONS, max_size=3),
       FRACTIONS)
def test_two_argument_tables_read_back(table: dict[tuple[int, int], Fraction],
                                       default: Fraction) -> None:
    fn = TableFn(2, table, default)
    ty = TFun(TFin(Lit(3, TNat())), TFun(TFin(Lit(3, TNat())), TReal()))
    back = value(show_value(fn, ty), "Fin 3 → Fin 3 → ℝ")
    assert all(back(i, j) == fn(i, j) for i in range(3) for j in range(3))


# --- random arithmetic, checked against an independent reading of Lean's rules ---------------

OPS = ("+", "-", "*", "/", "%")


def _lean_int(op: str, a: int, b: int, nat: bool) -> int:
    """Lean's ℕ/ℤ operations, written independently of the evaluator."""
    if op == "+":
        r = a + b
    elif op == "*":
        r = a * b
    elif op == "-":
        r = a - b
    elif b == 0:
        r = 0 if op == "/" else a
    else:
        # Euclidean: the remainder is in [0, |b|); for naturals this is floor division
        rem = a - abs(b) * (a // abs(b))
        r = (a - rem) // b if op == "/" else rem
    return max(r, 0) if nat else r


def trees(depth: int) -> st.SearchStrategy[Any]:
    leaf = st.integers(-6, 6)
    if depth == 0:
        return leaf
    sub = trees(depth - 1)
    return st.one_of(leaf, st.tuples(st.sampled_from(OPS), sub, sub))


def _render(tree: Any, nat: bool) -> tuple[str, int]:
    if isinstance(tree, int):
        v = abs(tree) if nat else tree
        return (f"({v})" if v >= 0 else f"(-{-v})"), v
    op, left, right = tree
    lt, lv = _render(left, nat)
    rt, rv = _render(right, nat)
    return f"({lt} {op} {rt})", _lean_int(op, lv, rv, nat)


@settings(max_examples=60, deadline=None)
@given(trees(3), st.booleans())
def test_random_integer_arithmetic_follows_lean(tree: Any, nat: bool) -> None:
    text, expected = _render(tree, nat)
    ty = "ℕ" if nat else "ℤ"
    assert value(f"({text} : {ty})") == expected
