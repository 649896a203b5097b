"""``Nat.gcd``, ``n !``, ``Nat.choose``, ``Nat.sqrt``, ``Nat.log`` in the prover: Z3 knows only
facts that Lean's lemmas state about each application (and about two applications together),
and every one of them must hold for Lean's functions.

Why: a proof rests on those facts alone (``confirm.Abstraction._nat_number``); one fact false at
some naturals (``gcd 0 0 = 1``, ``0 < gcd a b``) would let Z3 prove a false law. So the facts
about two applications are checked against the real values at every pair of argument tuples in
a small box (Lean's functions must be a model of them), and laws that need more than the facts
are not confirmed.
"""

from __future__ import annotations

import itertools
import math

import sympy
import z3

from jepa_formal.mirror.core.numbers import choose, factorial, nat_log
from jepa_formal.mirror.symbolic.arith import (
    Dvd,
    NatChoose,
    NatFactorial,
    NatGcd,
    NatLog,
    NatSqrt,
)
from jepa_formal.prove.confirm import Abstraction, confirm_prop, confirm_relation

a, b, c, d = sympy.symbols("a b c d", integer=True, nonnegative=True)

HEADS = [(NatGcd, math.gcd, 2), (NatChoose, choose, 2), (NatLog, nat_log, 2),
         (NatFactorial, factorial, 1), (NatSqrt, math.isqrt, 1)]


def test_the_facts_hold_for_lean_functions_at_two_applications() -> None:
    for head, real, arity in HEADS:
        ab = Abstraction()
        first, second = (a, b)[:arity], (c, d)[:arity]
        one, two = ab.term(head(*first)), ab.term(head(*second))
        ab.prop(Dvd(b + 1, a))  # a `∣`: the divisibility facts are stated too
        zs = [ab.symbol(s) for s in (a, b, c, d)[:2 * arity]]
        box = range(6) if arity == 2 else range(12)
        solver = z3.Solver()
        solver.add(*ab.facts)
        for xs in itertools.product(box, repeat=2 * arity):
            solver.push()
            solver.add(*[z == x for z, x in zip(zs, xs, strict=True)],
                       one == real(*xs[:arity]), two == real(*xs[arity:]))
            assert solver.check() == z3.sat, (head.__name__, xs)
            solver.pop()


def test_the_divisibility_facts_hold_for_gcd() -> None:
    ab = Abstraction()
    g = ab.term(NatGcd(a, b))
    assert ab.waiting and not ab.divisibility  # no `∣` yet: kept back
    ab.prop(Dvd(a, b))
    assert ab.divisibility and not ab.waiting
    za, zb = ab.symbol(a), ab.symbol(b)
    for x, y in itertools.product(range(13), repeat=2):
        solver = z3.Solver()
        solver.add(*ab.facts, za == x, zb == y, g == math.gcd(x, y))
        assert solver.check() == z3.sat, (x, y)


def test_fold_explicit_naturals_by_lean_definitions() -> None:
    assert (NatGcd(0, 0), NatGcd(12, 18), NatFactorial(5), NatChoose(3, 5)) == (0, 6, 120, 0)
    assert (NatSqrt(15), NatLog(1, 100), NatLog(3, 27), NatLog(10, 9)) == (3, 0, 3, 0)
    assert isinstance(NatGcd(a, 0), NatGcd)  # `gcd_zero_right` is Z3's fact, not a fold
    assert isinstance(NatFactorial(10 ** 8), NatFactorial)  # past the budget: left opaque


def test_library_laws_confirmed_and_near_misses_not() -> None:
    for lhs, rhs in [(NatGcd(a, b), NatGcd(b, a)), (NatGcd(0, a), a), (NatGcd(a, a), a),
                     (NatChoose(a, 0), 1), (NatChoose(a, a), 1), (NatSqrt(a * a), a),
                     (NatLog(b + 2, (b + 2) ** a), a), (NatLog(a, 0), 0)]:
        assert confirm_relation("eq", lhs, rhs) is True, (lhs, rhs)
    assert confirm_relation("le", a, NatFactorial(a)) is True
    assert confirm_relation("le", NatSqrt(a) * NatSqrt(a), a) is True
    assert confirm_prop(sympy.Implies(a <= b, NatFactorial(a) <= NatFactorial(b))) is True
    for lhs, rhs in [(NatGcd(a, b), 1), (NatGcd(a, b), a), (NatChoose(a, b), NatChoose(a, a - b)),
                     (NatLog(b, b ** a), a), (NatFactorial(a), a), (NatSqrt(a), a)]:
        assert confirm_relation("eq", lhs, rhs) is None, (lhs, rhs)
    assert confirm_relation("lt", 0, NatGcd(a, b)) is None  # gcd 0 0 = 0
    assert confirm_relation("lt", a, NatFactorial(a)) is None  # 1 ! = 1


def test_the_power_facts_hold_for_integer_and_rational_bases() -> None:
    """Two powers ``x ^ i`` and ``y ^ j`` at natural symbolic exponents: the facts of
    ``_power_facts`` (monotone in base and exponent, ``pow_succ``, ``k < b ^ k`` from ``b ≥
    2``) hold at every base in a box of integers and halves and every exponent up to 4."""
    from fractions import Fraction

    for integer in (True, False):
        x, y = sympy.symbols("x y", **({"integer": True} if integer else {"real": True}))
        i, j = sympy.symbols("i j", integer=True, nonnegative=True)
        ab = Abstraction()
        one, two = ab.term(x ** i), ab.term(y ** j)
        zs = [ab.symbol(s) for s in (x, y, i, j)]
        bases = range(-3, 5) if integer else [Fraction(n, 2) for n in range(-5, 7)]
        solver = z3.Solver()
        solver.add(*ab.facts)
        for bx, by in itertools.product(bases, repeat=2):
            for ki, kj in itertools.product(range(5), repeat=2):
                solver.push()
                values = [bx, by, ki, kj]
                solver.add(*[z == (v if integer or k > 1 else z3.RealVal(v))
                             for k, (z, v) in enumerate(zip(zs, values, strict=True))],
                           one == z3.RealVal(bx ** ki) if not integer else one == bx ** ki,
                           two == z3.RealVal(by ** kj) if not integer else two == by ** kj)
                assert solver.check() == z3.sat, (integer, bx, by, ki, kj)
                solver.pop()
    assert confirm_prop(sympy.Implies(sympy.And(a > 0, b <= c), a ** b <= a ** c)) is True
    assert confirm_relation("lt", a, 2 ** a) is True
    assert confirm_relation("lt", a, 1 ** a) is None and confirm_relation("le", b ** a, c ** a) \
        is None
