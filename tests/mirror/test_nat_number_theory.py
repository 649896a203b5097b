"""``Nat.gcd``, ``Nat.factorial``, ``Nat.choose``, ``Nat.sqrt`` and ``Nat.log`` on concrete
values agree with Lean's own recursive definitions, written out here equation by equation
(``Init/Data/Nat/Gcd.lean``, Mathlib's ``Nat.factorial``, ``Nat.choose``, ``Nat.sqrt``,
``Nat.log``); the evaluator computes them by faster means (``math.gcd``, ``math.comb``,
``math.isqrt``), so the two meanings are compared on random naturals.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.errors import BudgetExceeded
from jepa_formal.mirror.concrete.library import library_closure
from jepa_formal.mirror.core.numbers import choose, factorial, nat_log

NATS = st.integers(min_value=0, max_value=300)


def lean_gcd(m: int, n: int) -> int:
    """``gcd 0 y = y``, ``gcd (succ x) y = gcd (y % succ x) (succ x)``."""
    return n if m == 0 else lean_gcd(n % m, m)


def lean_factorial(n: int) -> int:
    return 1 if n == 0 else n * lean_factorial(n - 1)


def lean_choose(n: int, k: int) -> int:
    """``choose _ 0 = 1``, ``choose 0 (k+1) = 0``, ``choose (n+1) (k+1) = choose n k +
    choose n (k+1)`` (by rows of Pascal's triangle, to keep the recursion linear)."""
    row = [1]
    for _ in range(n):
        row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
    return row[k] if k < len(row) else 0


def lean_log(b: int, n: int) -> int:
    """``log b n = if b ≤ n ∧ 1 < b then log b (n / b) + 1 else 0``."""
    return lean_log(b, n // b) + 1 if b <= n and 1 < b else 0


def lean_sqrt(n: int) -> int:
    """The largest ``r`` with ``r * r ≤ n`` (Mathlib's ``Nat.sqrt_le``/``lt_succ_sqrt``)."""
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r


def closure(op: str, *args: int) -> int:
    consts = [lambda f, v=v: v for v in args]
    fn = library_closure(op, consts, [], None, None, None)  # type: ignore[arg-type]
    return fn(())


@settings(max_examples=300, deadline=None)
@given(NATS, NATS)
def test_gcd_choose_log_agree_with_the_recursions(m: int, n: int) -> None:
    assert closure("Nat.gcd", m, n) == lean_gcd(m, n)
    assert choose(m % 60, n % 70) == lean_choose(m % 60, n % 70)
    assert closure("Nat.choose", m % 60, n % 70) == lean_choose(m % 60, n % 70)
    assert nat_log(m % 20, n) == lean_log(m % 20, n)
    assert closure("Nat.log", m % 20, n) == lean_log(m % 20, n)


@settings(max_examples=200, deadline=None)
@given(NATS)
def test_factorial_and_sqrt_agree_with_their_definitions(n: int) -> None:
    assert closure("Nat.factorial", n % 120) == lean_factorial(n % 120)
    assert closure("Nat.sqrt", n * 7) == lean_sqrt(n * 7)


def test_gcd_zero_zero_is_zero_and_huge_values_are_refused_not_computed() -> None:
    assert closure("Nat.gcd", 0, 0) == 0  # Lean: gcd 0 0 = 0 (no gcd > 0 axiom)
    assert closure("Nat.log", 1, 10 ** 6) == 0 and closure("Nat.log", 0, 5) == 0
    for huge in (lambda: factorial(10 ** 7), lambda: choose(10 ** 9, 10 ** 6)):
        try:
            huge()
        except BudgetExceeded:
            continue
        raise AssertionError("an oversized factorial/binomial was computed")
