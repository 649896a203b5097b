"""``Int.tdiv``/``tmod``/``fdiv``/``fmod``/``bmod`` and ``Int.sign`` in the prover: three
meanings that must agree, and laws of Lean's ``Int`` files that Z3 decides with them.

Why: the Z3 encoding (``confirm._rounding``, by cases from SMT-LIB's Euclidean ``div``/``mod``)
is what a ``proved`` of a rounding law rests on; the SymPy head folds explicit numbers; the
concrete evaluator (``mirror.concrete.library``) is the independent meaning that refutes. A
case where the encoding differs from the evaluator (a negative divisor, an exact division, a
zero divisor) would prove a false law, so every sign combination is compared, zero included.
"""

from __future__ import annotations

import itertools

import pytest
import sympy
import z3

from jepa_formal.mirror.concrete.library import bmod, fdiv, fmod, tdiv, tmod
from jepa_formal.mirror.symbolic.arith import (
    IntBMod,
    IntDiv,
    IntFDiv,
    IntFMod,
    IntMod,
    IntTDiv,
    IntTMod,
)
from jepa_formal.prove.confirm import Abstraction, confirm_prop, confirm_relation

HEADS = [(IntTDiv, tdiv), (IntTMod, tmod), (IntFDiv, fdiv), (IntFMod, fmod)]
i, j = sympy.symbols("i j", integer=True)
m = sympy.Symbol("m", integer=True, nonnegative=True)
GRID = range(-7, 8)


def _z3_value(head: type, a: int, b: int, divisor: sympy.Symbol = j) -> int:
    """The Z3 encoding of ``head i divisor`` with ``i := a``, ``divisor := b``, evaluated."""
    ab = Abstraction()
    term = ab.term(head(i, divisor))
    value = z3.simplify(z3.substitute(term, (ab.symbol(i), z3.IntVal(a)),
                                      (ab.symbol(divisor), z3.IntVal(b))))
    return value.as_long()


@pytest.mark.parametrize(("head", "meaning"), HEADS, ids=[h.__name__ for h, _ in HEADS])
def test_z3_encoding_and_fold_agree_with_the_concrete_evaluator(head: type, meaning) -> None:
    for a, b in itertools.product(GRID, GRID):
        want = meaning(a, b)
        assert _z3_value(head, a, b) == want, (head.__name__, a, b)
        assert head(sympy.Integer(a), sympy.Integer(b)) == want, (head.__name__, a, b)


def test_bmod_encoding_and_fold_agree_with_the_concrete_evaluator() -> None:
    for x, n in itertools.product(GRID, range(0, 10)):
        want = bmod(x, n)
        assert _z3_value(IntBMod, x, n, m) == want, (x, n)
        assert IntBMod(sympy.Integer(x), sympy.Integer(n)) == want, (x, n)


def test_concrete_meanings_follow_leans_definitions() -> None:
    # Lean 4 core: `Int.tdiv (-7) 2 = -3`, `Int.tmod (-7) 2 = -1`, `Int.fdiv 7 (-2) = -4`,
    # `Int.fmod 7 (-2) = -1`, `Int.bmod 3 4 = -1`, `Int.bmod 5 0 = 5`, `(-7) / 2 = -4`
    assert (tdiv(-7, 2), tmod(-7, 2), fdiv(7, -2), fmod(7, -2)) == (-3, -1, -4, -1)
    assert (bmod(3, 4), bmod(1, 4), bmod(5, 0), bmod(-1, 3)) == (-1, 1, 5, -1)


def test_sign_is_exact() -> None:
    assert confirm_relation("eq", sympy.sign(i) * sympy.Abs(i), i) is True
    assert confirm_relation("eq", sympy.sign(i), 1) is None  # i ≤ 0
    assert confirm_prop(sympy.Or(sympy.Eq(sympy.sign(i), 0), sympy.Eq(sympy.sign(i) ** 2, 1)))


def test_rounding_laws_confirmed_and_their_mutants_not() -> None:
    true_laws = [
        (IntTDiv(-i, j), -IntTDiv(i, j)),
        (IntTMod(i, j) + j * IntTDiv(i, j), i),
        (IntFMod(i, j) + j * IntFDiv(i, j), i),
        (IntTMod(i, -j), IntTMod(i, j)),
        (IntFDiv(-i, -j), IntFDiv(i, j)),
    ]
    for lhs, rhs in true_laws:
        assert confirm_relation("eq", lhs, rhs) is True, (lhs, rhs)
    false_laws = [
        (IntFDiv(-i, j), -IntFDiv(i, j)),  # i = 1, j = 2
        (IntTMod(i, -j), -IntTMod(i, j)),  # i = 1, j = 2
        (IntTDiv(i, j), IntFDiv(i, j)),  # i = -1, j = 2
        (IntFMod(i, j), IntTMod(i, j)),  # i = -1, j = 2
        (IntBMod(i, m), IntMod(i, m)),  # i = 1, m = 2
        (IntTDiv(i, i), 1),  # i = 0
    ]
    for lhs, rhs in false_laws:
        assert confirm_relation("eq", lhs, rhs) is None, (lhs, rhs)
    assert confirm_relation("ge", IntTMod(i, j), 0) is None  # i = -1
    assert confirm_relation("ge", IntFMod(i, j), 0) is None  # j = -2
    half = IntDiv(m + 1, 2)
    assert confirm_relation("lt", IntBMod(i, m), half) is None  # m = 0: bmod i 0 = i
    mp = sympy.Symbol("m", integer=True, positive=True)
    assert confirm_relation("lt", IntBMod(i, mp), IntDiv(mp + 1, 2)) is True  # Int.bmod_lt
    assert confirm_relation("le", -IntDiv(mp, 2), IntBMod(i, mp)) is True  # Int.le_bmod
    assert confirm_relation("lt", -IntDiv(mp, 2), IntBMod(i, mp)) is None  # m = 2, i = 1
