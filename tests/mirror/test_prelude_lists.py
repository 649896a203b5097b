"""List and interval functions defined in the prelude from other prims (dropLast, rotations,
insert, flatMap/flatten, max?/min?, getLast?, headD/getLastD, Chain'/Sorted, Finset.Icc…).

Each is checked twice: its value against what Lean's ``#eval`` prints (worked out from Lean's
own definitions, e.g. ``rotateLeft`` is ``if len ≤ 1 then xs else drop (n % len) ++ take (n %
len)``, ``max?`` a left fold with ``max``), and in laws whose truth is known: a false mutant must
be refuted, a true law must never be.
"""

from __future__ import annotations

from typing import Any

import pytest

from jepa_formal.leaneval import eval_expression

from ._lean import statuses

VALUES = [
    ("[1,2,3].dropLast", "[1, 2]"), ("([] : List ℕ).dropLast", "[]"),
    ("[1,2,3].rotateLeft", "[2, 3, 1]"), ("[1,2,3].rotateLeft 5", "[3, 1, 2]"),
    ("([] : List ℕ).rotateLeft 3", "[]"), ("[7].rotateRight 3", "[7]"),
    ("[1,2,3].rotateRight", "[3, 1, 2]"), ("[1,2,3].rotateRight 4", "[3, 1, 2]"),
    ("[1,2,3].insert 2", "[1, 2, 3]"), ("[1,2,3].insert 4", "[4, 1, 2, 3]"),
    ("[3,1,2].max?", "some 3"), ("([] : List ℕ).max?", "none"), ("[3,1,2].min?", "some 1"),
    ("[(-1 : ℤ), -3].max?", "some (-1)"),
    # Float's max is `if x ≤ y then y else x`: a NaN first stays, a NaN later is passed over
    ("[(0.0/0.0 : Float), 1.0].max?", "some NaN"), ("[(1.0 : Float), 0.0/0.0].max?",
                                                   "some 1.000000"),
    ("[[1],[2,3]].flatten", "[1, 2, 3]"), ("[1,2].flatMap (fun x => [x, x])", "[1, 1, 2, 2]"),
    ("[1,2].getLast?", "some 2"), ("([] : List ℕ).getLast?", "none"),
    ("[1,2].headD 5", "1"), ("([] : List ℕ).getLastD 5", "5"), ("[4, 6].getLastD 5", "6"),
    ("(Finset.Icc 2 4).card", "3"), ("(Finset.Ico 2 4).card", "2"),
    ("(Finset.Ioc 2 4).card", "2"), ("(Finset.Ioo 2 4).card", "1"),
    ("(Finset.Icc 5 4).card", "0"), ("∑ i ∈ Finset.Icc 1 4, i", "10"),
    ("decide ([1,2,2].Chain' (· < ·))", "false"), ("decide ([1,2,3].Chain' (· < ·))", "true"),
    ("decide (([] : List ℕ).Chain' (· < ·))", "true"),
    ("decide ([1,3,2].Sorted (· < ·))", "false"), ("decide ([1,2,3].Sorted (· < ·))", "true"),
    ("[1,2,3].set 1 9", "[1, 9, 3]"), ("[1,2,3].set 5 9", "[1, 2, 3]"),
    ("[1,2,1,3,2].eraseDups", "[1, 2, 3]"), ("([] : List ℕ).eraseDups", "[]"),
    # BEq: NaN == NaN is false, so no NaN is a duplicate
    ("[(0.0/0.0 : Float), 0.0/0.0].eraseDups.length", "2"),
]


@pytest.mark.parametrize(("expr", "text"), VALUES, ids=[e for e, _ in VALUES])
def test_values_are_leans(expr: str, text: str) -> None:
    result = eval_expression(expr, [])
    assert (result.status, result.value) == ("ok", text)


TRUE_LAWS = """
theorem r1 (xs : List ℕ) (k : ℕ) : (xs.rotateLeft k).sum = xs.sum := by sorry
theorem r2 (xs : List ℕ) : xs.rotateLeft xs.length = xs := by sorry
theorem r3 (xs : List ℕ) : (xs.rotateRight 1).rotateLeft 1 = xs := by sorry
theorem i1 (xs : List ℕ) (a : ℕ) : a ∈ xs.insert a := by sorry
theorem d1 (xs : List ℕ) : xs.dropLast.length = xs.length - 1 := by simp
theorem d2 (xs : List ℕ) (h : xs ≠ []) : xs.dropLast ++ [xs.getLastD 0] = xs := by sorry
theorem f1 (xss : List (List ℕ)) : xss.flatten.length = (xss.map List.length).sum := by sorry
theorem f3 (xs : List ℕ) : (xs.flatMap fun x => [x, x]).length = 2 * xs.length := by sorry
theorem m1 (xs : List ℕ) (m : ℕ) (h : xs.max? = some m) : ∀ x ∈ xs, x ≤ m := by sorry
theorem c1 (xs : List ℕ) (h : xs.Chain' (· < ·)) : xs.Nodup := by sorry
theorem ic1 (n : ℕ) : ∑ i ∈ Finset.Icc 1 n, i = n * (n + 1) / 2 := by sorry
theorem ic3 (a b : ℕ) : (Finset.Ico a b).card = b - a := by simp
theorem h1 (xs : List ℕ) : xs.headD 0 ≤ xs.sum := by sorry
theorem st1 (xs : List ℕ) (i : ℕ) (v : ℕ) : (xs.set i v).length = xs.length := by simp
theorem st2 (xs : List ℕ) (i v : ℕ) (h : i < xs.length) : (xs.set i v)[i]! = v := by sorry
theorem ed1 (xs : List ℕ) : xs.eraseDups.length ≤ xs.length := by sorry
theorem ed2 (xs : List ℕ) : xs.eraseDups.Nodup := by sorry
theorem bq1 : ∀ n ≥ 1, n * n ≥ n := by sorry
theorem bq2 (m : ℕ) : ∀ n > m, n - m > 0 := by sorry
"""

FALSE_LAWS = """
theorem r2b (xs : List ℕ) : xs.rotateLeft 1 = xs := by sorry
theorem r3b (xs : List ℕ) : (xs.rotateRight 2).rotateLeft 1 = xs := by sorry
theorem i2 (xs : List ℕ) (a : ℕ) : (xs.insert a).length = xs.length + 1 := by sorry
theorem d1b (xs : List ℕ) : xs.dropLast ++ [xs.getLast!] = xs := by sorry
theorem f2 (xss : List (List ℕ)) : xss.flatten.length = xss.length := by sorry
theorem m2 (xs : List ℕ) (m : ℕ) (h : xs.max? = some m) : ∀ x ∈ xs, x < m := by sorry
theorem c2 (xs : List ℕ) (h : xs.Chain' (· ≠ ·)) : xs.Nodup := by sorry
theorem ic2 (n : ℕ) : ∑ i ∈ Finset.Icc 1 n, i = n * (n - 1) / 2 := by sorry
theorem ic4 (a b : ℕ) : (Finset.Icc a b).card = b - a := by sorry
theorem ic5 (n : ℕ) (h : 12 ≤ n) : (Finset.Ioo 3 n).card ≠ 9 := by sorry
theorem l1 (xs : List ℕ) (x : ℕ) : xs.getLast? = some x → x ≠ 7 := by sorry
theorem st2b (xs : List ℕ) (i : ℕ) (v : ℕ) : (xs.set i v)[i]! = v := by sorry
theorem ed3 (xs : List ℕ) : xs.eraseDups = xs := by sorry
theorem bq1b : ∀ n ≥ 1, n * n > n := by sorry
theorem bq2b (m : ℕ) : ∀ n ≥ m, n - m > 0 := by sorry
"""




def test_true_laws_pass(tmp_path: Any) -> None:
    got = statuses(tmp_path, TRUE_LAWS)
    assert len(got) == TRUE_LAWS.count("theorem ")
    failing = {n: s for n, s in got.items() if s not in {"proved", "bounded", "tested"}}
    assert not failing
    assert {"r1", "d1", "f1", "f3"} <= {n for n, s in got.items() if s == "proved"}


def test_false_laws_are_refuted(tmp_path: Any) -> None:
    got = statuses(tmp_path, FALSE_LAWS)
    assert got == {n: "refuted" for n in got} and len(got) == FALSE_LAWS.count("theorem ")


def test_an_interval_of_fin_is_refused_not_read_at_nat(tmp_path: Any) -> None:
    """``Finset.Icc (2 : Fin 5) 4`` is a set of ``Fin 5``: its sum wraps (2 + 3 + 4 = 4), so
    reading its ends as naturals would refute this true law."""
    got = statuses(tmp_path, "theorem f1 : ∑ i ∈ Finset.Icc (2 : Fin 5) 4, i = 4 := by decide\n")
    assert got == {"f1": "unsupported"}


PARITY = """
theorem e1 (n : ℕ) : Even (n + 1) ↔ ¬ Even n := by sorry
theorem e2 (n : ℤ) : Even n ∨ Odd n := by sorry
theorem e3 (n : ℕ) (h : Odd n) : Even (n * n + 1) := by sorry
theorem e3b (n : ℕ) (h : Odd n) : Even (n * n) := by sorry
theorem e5 : Odd (-3 : ℤ) := by decide
theorem e6 (x : ℝ) : Even x := by sorry
theorem e8 : Even 4 := by decide
theorem e11 (xs : List ℕ) : Even (xs.length + 1) := by sorry
"""


def test_even_and_odd_at_nat_and_int(tmp_path: Any) -> None:
    """``Even n`` is ``n % 2 = 0`` at ℕ/ℤ (Euclidean: ``Odd (-3)``); at ℝ every number is
    ``Even`` (``x = x/2 + x/2``), a meaning the mirror does not give: refused."""
    got = statuses(tmp_path, PARITY)
    assert {n for n, s in got.items() if s == "refuted"} == {"e3b", "e11"}
    assert got["e6"] == "unsupported"
    assert {"e1", "e2", "e3", "e5", "e8"} <= {n for n, s in got.items() if s == "proved"}


PI_NUMERALS = """
theorem z2 (f : Fin 2 → ℚ) (h : f = 0) : f 1 = 0 := by sorry
theorem z4 (M : Matrix (Fin 2) (Fin 2) ℚ) (h : M = 0) : M 0 1 = 0 := by sorry
theorem z6 : (1 : Fin 2 → ℕ) 0 = 1 := by rfl
theorem z7_bad (f : Fin 2 → ℚ) (h : f = 1) : f 0 = 0 := by sorry
theorem z3_bad (f : Fin 2 → ℚ) (h : f 1 = 0) : f = 0 := by sorry
theorem p1 : (2 : Fin 2 → ℚ) 1 = 2 := by sorry
theorem p2_bad : (2 : Fin 2 → ℚ) 1 = 3 := by sorry
"""


def test_zero_and_one_of_a_function_type(tmp_path: Any) -> None:
    """``(0 : Fin 2 → ℚ)`` is Mathlib's ``Pi.instZero``, ``fun _ => 0`` (``f = 0`` was
    ``invalid``: red team 7); a matrix's ``0`` is zero in every entry."""
    got = statuses(tmp_path, PI_NUMERALS)
    assert {n for n, s in got.items() if s == "refuted"} == {"z7_bad", "z3_bad", "p2_bad"}
    assert all(s in ("proved", "bounded", "tested") for n, s in got.items() if "bad" not in n)
