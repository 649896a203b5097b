"""How large SymPy's ``expand`` of a term would be, estimated before it is called.

Why here, in the mirror: the prover (``prove.budget.sized``) and the translator of
class-generic operations (``classes.py``, which expands products and powers in a commutative
semiring) both hand terms to ``expand``, and ``(a + b + c) ^ 60`` or ``(a + b) ^ 100000`` is
one uninterruptible call of minutes. One estimate serves both, so the guard cannot drift; so
does the bound on explicit powers (``2 ^ 2 ^ 30``).
"""

from __future__ import annotations

MAX_TERMS = 4_000
"""Most terms an ``expand`` may produce (the prover's ``MAX_SYMPY_SIZE``): past it the term
is left unexpanded (the translator) or undecided (the prover)."""


MAX_POW_BITS = 100_000
"""Largest explicit power (in bits of the result) that the translator lets SymPy compute:
``2 ^ 2 ^ 30`` is a single big-integer operation that no budget can interrupt."""


def explicit_power_bits(base: object, exponent: object) -> int:
    """Bits of ``base ^ exponent`` when both are explicit numbers (0 when either is symbolic)."""
    import sympy

    if not (isinstance(exponent, sympy.Integer) and isinstance(base, sympy.Rational)):
        return 0
    size = max(abs(base.p).bit_length(), abs(base.q).bit_length())
    return 0 if size <= 1 else size * int(exponent)


def expanded_terms(e: object, cap: int) -> int:
    """An upper estimate of the number of terms of ``expand(e)`` (and of the work of any
    subterm's expansion, since ``expand`` goes into function arguments too), capped just past
    ``cap``: sums add, products multiply, an integer power ``(a₁ + … + a_t) ^ k`` gives
    ``C(k + t - 1, t - 1)`` monomials."""
    from math import comb

    from sympy import Add, Integer, Mul, Pow

    over = cap + 1

    def terms(node: object) -> int:
        args = getattr(node, "args", ())
        if not args:
            return 1
        if isinstance(node, Add):
            return min(sum(terms(a) for a in args), over)
        if isinstance(node, Mul):
            out = 1
            for a in args:
                out = min(out * terms(a), over)
            return out
        if isinstance(node, Pow) and isinstance(node.exp, Integer):
            t = terms(node.base)
            k = abs(int(node.exp))
            if t <= 1:
                return 1
            if k > over:
                return over
            return min(comb(k + t - 1, t - 1), over)
        inner = 0  # a function application: one term, its arguments expanded apart
        for a in args:
            inner = min(inner + terms(a), over)
        return 1 if inner < over else over

    return terms(e)


def guarded_expand(e: object) -> object:
    """``expand(e)`` when it stays within ``MAX_TERMS`` terms, else ``e`` as it is (the same
    value, only not in normal form): the translator's expansions (a product or power in a
    commutative semiring, a cast pushed through one) never start a call of minutes."""
    import sympy

    if expanded_terms(e, MAX_TERMS) > MAX_TERMS:
        return e
    return sympy.expand(e)


__all__ = ["MAX_POW_BITS", "MAX_TERMS", "expanded_terms", "explicit_power_bits", "guarded_expand"]
