"""The remainder rule (``rules._mod_normal``): ``x % n`` with ``x`` reduced modulo ``n``.

Why: it rewrites inside every ``%`` at ℕ and ℤ, so a wrong reduction proves false laws
about ``emod`` (``Int.add_mul_emod_self``, ``Int.mul_emod``…). Each rewrite is compared with
Lean's remainder on a grid where the divisor is negative, zero and positive, and the rule must
refuse what does not reduce: a modulus that is a product, a real-valued dividend, the false
twins of each law.
"""

from __future__ import annotations

import itertools

import sympy

from jepa_formal.mirror.symbolic.arith import IntDiv, IntMod, NatMod, NatSub
from jepa_formal.prove.rules import _mod_normal

i, j, k = sympy.symbols("i j k", integer=True)
a, b = sympy.symbols("a b", integer=True, nonnegative=True)
x = sympy.Symbol("x", real=True)


def _same_everywhere(before: sympy.Basic, after: sympy.Basic, names: tuple[sympy.Symbol, ...],
                     grid: range) -> None:
    for values in itertools.product(grid, repeat=len(names)):
        sub = dict(zip(names, map(sympy.Integer, values), strict=True))
        assert before.xreplace(sub) == after.xreplace(sub), (before, after, sub)


def test_int_rewrites_agree_with_emod_on_every_sign() -> None:
    cases = [
        IntMod(i + j * k, j),  # add_mul_emod_self
        IntMod(IntMod(i, j) * IntMod(k, j), j),  # mul_emod
        IntMod(IntMod(i, j) + k, j),  # emod_add_emod
        IntMod(IntMod(IntMod(i, j) + k, j) - i, j),  # nested
        IntMod(7 * i - 12, 5), IntMod(7 * i - 12, -5),  # coefficients, a negative divisor
        IntMod(IntDiv(i, j) * j + 1, j),  # i / j is one more integer atom
        IntMod(IntMod(i, j * k), j), IntMod(IntMod(i, 6) + i, 3),  # a multiple as divisor
    ]
    for term in cases:
        out = _mod_normal(term)
        assert out is not None and out != term, term
        _same_everywhere(term, out, (i, j, k), range(-4, 5))


def test_nat_rewrites_agree_with_mod() -> None:
    cases = [NatMod(a + a * b, b), NatMod(NatMod(a, 3) * NatMod(b, 3), 3),
             NatMod(NatSub(a, b) + 9 * b, 4), NatMod(NatMod(a, b) + NatMod(a, b), b)]
    for term in cases:
        out = _mod_normal(term)
        assert out is not None and out != term, term
        _same_everywhere(term, out, (a, b), range(0, 7))


def test_refuses_what_does_not_reduce() -> None:
    assert _mod_normal(IntMod(i + 2 * j, 4)) is None  # 2 < 4: nothing to reduce
    assert _mod_normal(IntMod(i + 2 * j * k, 2 * j)) is None  # a product modulus
    assert _mod_normal(IntMod(i + j, k)) is None
    assert _mod_normal(IntMod(IntMod(i, 4), 3)) is None  # 4 is no multiple of 3
    assert _mod_normal(IntMod(IntMod(i, j + k), j)) is None  # j + k is no multiple of j
    other = IntMod(IntMod(i, j) + k, k)  # another divisor inside: kept, only k dropped
    assert _mod_normal(other) == IntMod(IntMod(i, j), k)
    assert _mod_normal(IntMod(i + j * k, IntMod(j, 3))) is None  # not an atom of the dividend
    assert _mod_normal(IntMod(x + 3 * i, 3)) is None  # x real: not an integer polynomial
    # false twins: what the rule rewrites to differs from these right sides
    assert _mod_normal(IntMod(i * j, k)) is None  # (i * j) % k = (i % k) * (j % k): no rule
    assert _mod_normal(IntMod(i + j * k, j)) != IntMod(i, k)
