"""Lean's number-theoretic functions on ℕ as Python integers: ``Nat.factorial``,
``Nat.choose``, ``Nat.log`` (``Nat.gcd`` is ``math.gcd``, ``Nat.sqrt`` is ``math.isqrt``).

Why a module of the core: the concrete evaluator computes them on values and the symbolic
heads fold them on numerals; both must give Lean's value, so both call these.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from jepa_formal.errors import BudgetExceeded

MAX_INT_BITS = 1_000_000
"""Largest factorial or binomial (about, in bits) computed: the concrete evaluator's budget for
powers (``concrete.ops.MAX_INT_BITS``), for the same reason (one instance may not spend
seconds)."""


def factorial(n: int) -> int:
    """``Nat.factorial``: ``0 ! = 1``, ``(n + 1)! = (n + 1) * n !``; refused (an honest
    ``BudgetExceeded``) past the evaluator's integer size budget."""
    if n > 2 and n * (n.bit_length() - 1) > MAX_INT_BITS:
        raise BudgetExceeded(f"{n}! exceeds the concrete evaluator's size budget")
    return math.factorial(n)


def choose(n: int, k: int) -> int:
    """``Nat.choose n k`` by Lean's recursion (``choose _ 0 = 1``, ``choose 0 (k+1) = 0``,
    ``choose (n+1) (k+1) = choose n k + choose n (k+1)``): the binomial coefficient, ``0``
    when ``k > n``."""
    if k > n:
        return 0
    small = min(k, n - k)
    if small > 2 and small * (n.bit_length() - 1) > MAX_INT_BITS:
        raise BudgetExceeded(f"choose {n} {k} exceeds the concrete evaluator's size budget")
    return math.comb(n, k)


def nat_log(b: int, n: int) -> int:
    """``Nat.log b n = if b ≤ n ∧ 1 < b then log b (n / b) + 1 else 0`` (Mathlib's
    definition): the number of divisions by ``b`` that keep ``n ≥ b``; ``0`` for ``b ≤ 1``."""
    count = 0
    while b > 1 and b <= n:
        n //= b
        count += 1
    return count


NAT_NUMBERS: dict[str, Callable[..., int]] = {
    "Nat.gcd": math.gcd, "Nat.factorial": factorial, "Nat.choose": choose,
    "Nat.sqrt": math.isqrt, "Nat.log": nat_log,
}
"""Lean's number-theory functions on explicit naturals, by core op: what the concrete
evaluator computes and what the symbolic heads fold numerals with."""


__all__ = ["MAX_INT_BITS", "NAT_NUMBERS", "choose", "factorial", "nat_log"]
