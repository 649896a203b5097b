"""``&&&``/``|||``/``^^^`` at ℕ in the prover: Z3 knows only facts that Lean's bitwise lemmas
state about each application, and every one of them must hold for the real operations.

Why: a proof of a bitwise law rests on those facts alone (``confirm.Abstraction._bitwise``);
one fact false at some pair of naturals would let Z3 prove a false law. So the facts are
checked against Python's ``&``, ``|``, ``^`` on every pair up to 31 (the real values must be a
model of them), and laws that need more than the facts are not confirmed.
"""

from __future__ import annotations

import itertools

import sympy
import z3

from jepa_formal.mirror.symbolic.arith import NatLand, NatLor, NatXor
from jepa_formal.prove.confirm import Abstraction, confirm_prop, confirm_relation

a, b, c = sympy.symbols("a b c", integer=True, nonnegative=True)


def test_the_facts_hold_for_the_real_operations() -> None:
    ab = Abstraction()
    values = [ab.term(head(a, b)) for head in (NatLand, NatLor, NatXor)]
    za, zb = ab.symbol(a), ab.symbol(b)
    for x, y in itertools.product(range(32), repeat=2):
        solver = z3.Solver()
        solver.add(*ab.facts, za == x, zb == y, values[0] == x & y, values[1] == x | y,
                   values[2] == x ^ y)
        assert solver.check() == z3.sat, (x, y)


def test_fold_explicit_naturals() -> None:
    assert (NatLand(12, 10), NatLor(12, 10), NatXor(12, 10)) == (8, 14, 6)
    assert isinstance(NatLand(a, 0), NatLand)  # `land_zero` is Z3's fact, not a silent fold


def test_algebraic_laws_confirmed_and_mutants_not() -> None:
    assert confirm_relation("eq", NatLand(a, b), NatLand(b, a)) is True
    assert confirm_relation("eq", NatXor(a, a), 0) is True
    assert confirm_relation("eq", NatLor(a, 0), a) is True
    assert confirm_relation("le", NatLor(a, b), a + b) is True
    assert confirm_prop(sympy.Equivalent(sympy.Eq(NatXor(a, b), 0), sympy.Eq(a, b))) is True
    for lhs, rhs in [(NatLor(a, b), a + b), (NatLand(a, b), NatLor(a, b)),
                     (NatXor(a, b), NatLor(a, b)), (NatLand(a, 1), 1)]:
        assert confirm_relation("eq", lhs, rhs) is None, (lhs, rhs)
    assert confirm_relation("le", a, NatLand(a, b)) is None
    # true, but beyond the facts: associativity is not claimed
    assert confirm_relation("eq", NatLand(NatLand(a, b), c), NatLand(a, NatLand(b, c))) is None
