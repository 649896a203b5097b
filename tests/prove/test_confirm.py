"""Z3 confirms every closing step: the abstraction's Lean heads, the facts it may and may not
use, and proofs end to end (issue 9: no verdict rests on one engine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sympy

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.arith import IntDiv, IntMod, NatDiv, NatMod, NatSub, RealDiv
from jepa_formal.prove.confirm import (
    IDENTICAL,
    Z3,
    Abstraction,
    Untranslatable,
    confirm_false,
    confirm_prop,
    confirm_relation,
)
from jepa_formal.verdict import Status

N = dict(integer=True, nonnegative=True)
a, b = sympy.symbols("a b", **N)
i, j = sympy.symbols("i j", integer=True)
x, y = sympy.symbols("x y", real=True)
xs = L.ListSymbol("xs")


def test_nat_subtraction_truncates() -> None:
    assert confirm_relation("eq", NatSub(a, b) + b, a) is None  # false at a = 0, b = 1
    assert confirm_relation("eq", NatSub(a + b, b), a) is True
    assert confirm_relation("ge", NatSub(a, b), 0) is True


def test_division_is_euclidean_and_total() -> None:
    assert confirm_relation("eq", IntDiv(sympy.Integer(7), sympy.Integer(-2)), -3) is True
    assert confirm_relation("eq", IntMod(sympy.Integer(-7), sympy.Integer(2)), 1) is True
    assert confirm_relation("eq", NatDiv(a, sympy.Integer(0)), 0) is True
    assert confirm_relation("eq", NatMod(a, sympy.Integer(0)), a) is True
    assert confirm_relation("eq", RealDiv(x, sympy.Integer(0)), 0) is True
    # a % b < b needs b ≠ 0: not confirmed without it
    assert confirm_relation("lt", NatMod(a, b), b) is None
    bp = sympy.Symbol("b", integer=True, positive=True)
    assert confirm_relation("lt", NatMod(a, bp), bp) is True
    assert confirm_relation("ge", IntMod(i, j), 0) is None  # j = 0: i % 0 = i
    jz = sympy.Symbol("j", integer=True, nonzero=True)
    assert confirm_relation("ge", IntMod(i, jz), 0) is True


def test_nonlinear_abs_max_min() -> None:
    assert confirm_relation("le", sympy.Abs(x + y), sympy.Abs(x) + sympy.Abs(y)) is True
    assert confirm_relation("ge", x * x, 0) is True
    assert confirm_relation("eq", sympy.Max(a, b) + sympy.Min(a, b), a + b) is True
    xp = sympy.Symbol("x", real=True, nonzero=True)
    assert confirm_relation("eq", xp * RealDiv(1, xp), 1) is True
    assert confirm_relation("eq", x * RealDiv(1, x), 1) is None  # x = 0


def test_a_sum_of_non_integers_may_be_an_integer() -> None:
    """The issue's example: SymPy's copied ``is_integer=False`` once proved it."""
    v = sympy.Symbol("v", **N)
    summand = L.Fn(v, sympy.Piecewise((sympy.Rational(1, 2), sympy.Eq(v, 7)),
                                      (sympy.Rational(3, 2), True)))
    total = L.ListSum(summand, xs)
    assert total.is_integer is not False  # SymPy no longer claims it
    assert confirm_relation("ne", total, 1) is None
    assert confirm_relation("ge", total, 0) is True  # a fact Z3 proves from the summand


def test_atom_facts_are_proved_not_read_from_sympy() -> None:
    v = sympy.Symbol("v", integer=True)
    total = L.ListSum(L.Fn(v, v), L.ListSymbol("zs"))
    assert confirm_relation("ge", total, 0) is None  # integers can be negative
    assert confirm_relation("ge", L.Length(xs), 0) is True
    ab = Abstraction()
    assert str(ab.term(total).sort()) == "Int"
    r = sympy.Symbol("r", real=True)
    assert str(ab.term(L.ListSum(L.Fn(r, r), xs)).sort()) == "Real"


def test_summands_equal_pointwise_are_one_atom() -> None:
    v, w = sympy.Symbol("v", **N), sympy.Symbol("w", **N)
    left = L.ListSum(L.Fn(v, (v + 1) ** 2), xs)
    right = L.ListSum(L.Fn(w, w**2 + 2 * w + 1), xs)
    assert confirm_relation("eq", left, right) is True
    other = L.ListSum(L.Fn(w, w**2 + 1), xs)
    assert confirm_relation("eq", left, other) is None


def test_props_and_contradictions() -> None:
    assert confirm_prop(sympy.Or(sympy.Lt(x, 1), sympy.Ge(x, 1))) is True
    assert confirm_prop(sympy.Lt(x, 1)) is None
    assert confirm_false(sympy.Eq(a + 1, 0, evaluate=False)) is True
    assert confirm_false(sympy.Eq(a, 0, evaluate=False)) is None


def test_floats_and_lists_do_not_translate() -> None:
    with pytest.raises(Untranslatable):
        Abstraction().term(sympy.Float(0.5))
    with pytest.raises(Untranslatable):
        Abstraction().term(xs)


LAWS = """
theorem sum_halves (xs : List ℕ) :
    (xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum ≠ 1 := by sorry
theorem mod_lt (a b : ℕ) (h : 0 < b) : a % b < b := by sorry
theorem triangle (x y : ℝ) : |x + y| ≤ |x| + |y| := by sorry
theorem le_mul_self (x : ℝ) (h : 1 ≤ x) : x ≤ x * x := by sorry
theorem max_sub_min (a b : ℕ) : max a b - min a b + min a b = max a b := by sorry
theorem mul_inv (x : ℝ) (h : x ≠ 0) : x * x⁻¹ = 1 := by sorry
theorem div_div (x y z : ℝ) : x / y / z = x / (y * z) := by sorry
theorem dvd_mul (a b : ℕ) : a ∣ a * b := by sorry
theorem sum_append (xs ys : List ℕ) : (xs ++ ys).sum = xs.sum + ys.sum := by sorry
"""


def test_proofs_name_their_confirming_engine(tmp_path: Path) -> None:
    spec = tmp_path / "laws.lean"
    spec.write_text(LAWS)
    run = check_paths([str(spec)], CheckOptions(max_examples=300, timeout=5.0))
    by = {v.name: v for v in run.verdicts}
    assert by["sum_halves"].status is not Status.PROVED
    for name in ("mod_lt", "triangle", "le_mul_self", "max_sub_min", "mul_inv", "div_div",
                 "dvd_mul"):
        assert by[name].status is Status.PROVED, (name, by[name].notes)
        assert Z3 in by[name].confirmed_by.split(" + ")
    assert by["sum_append"].status is Status.PROVED
    assert by["sum_append"].confirmed_by in (IDENTICAL, Z3, f"{IDENTICAL} + {Z3}",
                                             f"{Z3} + {IDENTICAL}")
    from jepa_formal.report.json import verdict_dict

    data = json.loads(json.dumps(verdict_dict(by["mod_lt"])))
    assert data["confirmed by"] == by["mod_lt"].confirmed_by
    assert data["prover errors"] == []
