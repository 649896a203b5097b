"""Explicit but huge lists and powers are never spelled out.

The list algebra folds only short literals, so ``List.range (10^9)`` is reasoned about by the
rules instead of being built element by element, and the translator refuses an explicit power
of millions of bits: both would exhaust time or memory before any budget could stop them."""

from __future__ import annotations

import pytest
import sympy

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

SOURCE = """
theorem rep_len : (List.replicate 1000000000 0).length = 1000000000 := by simp
theorem range_len : (List.range (10^9)).length = 10^9 := by simp
theorem rep_sum_bad : (List.replicate 1000000000 1).sum = 999999999 := by simp
theorem small_range : (List.range 5).sum = 10 := by decide
theorem big_pow : 2 ^ 2 ^ 30 > 0 := by positivity
theorem small_pow : (3 : ℤ) ^ 40 > 0 := by positivity
"""


def test_short_literals_fold_and_long_ones_stay_symbolic() -> None:
    assert L.elements(L.Range(sympy.Integer(3))) == tuple(sympy.Integer(i) for i in range(3))
    assert L.elements(L.Replicate(sympy.Integer(L.FOLD_LIMIT), sympy.Integer(7))) is not None
    huge = L.Range(sympy.Integer(10**9))
    assert isinstance(huge, L.Range) and L.elements(huge) is None
    assert isinstance(L.Replicate(sympy.Integer(L.FOLD_LIMIT + 1), sympy.Integer(0)), L.Replicate)


def test_laws_about_huge_explicit_lists_are_decided_by_rules(tmp_path) -> None:
    path = tmp_path / "huge.lean"
    path.write_text(SOURCE, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    laws = {law.name: law for _, law in env.laws() if isinstance(law, Law)}
    outcome = {name: prove_law(law, env, timeout=5.0).status for name, law in laws.items()}
    assert outcome["rep_len"] is Status.PROVED
    assert outcome["range_len"] is Status.PROVED
    assert outcome["small_range"] is Status.PROVED
    assert outcome["rep_sum_bad"] not in (Status.PROVED, Status.BOUNDED)
    assert outcome["small_pow"] is Status.PROVED
    # a 2^30-bit integer is one uninterruptible big-integer operation: the translator refuses
    # it (the prover gives up with a reason) rather than computing it
    big = prove_law(laws["big_pow"], env, timeout=5.0)
    assert big.status is None and "bits" in big.reason


POWERS = """
theorem pow_nat_nonneg (x : ℕ) : x ^ (10 ^ 100) ≥ 0 := by positivity
theorem pow_succ_pos (x : ℕ) : (x + 1) ^ (10 ^ 100) ≥ 1 := by sorry
theorem pow_even_int (x : ℤ) : x ^ (10 ^ 100) ≥ 0 := by sorry
theorem pow_odd_int_bad (x : ℤ) : x ^ (10 ^ 100 + 1) ≥ 0 := by sorry
theorem pow_pos_hyp (x : ℕ) (h : 0 < x) : x ^ (10 ^ 100) > 0 := by sorry
theorem pow_one_bad (x : ℕ) : x ^ (10 ^ 100) ≥ 1 := by sorry
theorem pow_big_sub (x : ℕ) (h : x = 2) : (x + 1) ^ 5000 > 0 := by sorry
theorem pow_monotone (x : ℕ) : (x + 1) ^ 3000 ≥ x ^ 3000 := by sorry
"""


def _laws(tmp_path, source: str) -> tuple[Env, dict[str, Law]]:
    path = tmp_path / "powers.lean"
    path.write_text(source, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    return env, {law.name: law for _, law in env.laws() if isinstance(law, Law)}


def test_huge_exponents_are_decided_without_computing_the_power(tmp_path) -> None:
    """Issue 18, point 5: ``x ^ (10 ^ 100) ≥ 0`` hung in SymPy's expand (induction's step
    case) for over a minute. A literal exponent past ``LARGE_EXPONENT`` keeps the power opaque
    (never computed when a number is substituted for the base, never expanded), and Z3 gets
    Mathlib's facts about it (``pow_nonneg``, ``pow_pos``, ``Even.pow_nonneg``…)."""
    env, laws = _laws(tmp_path, POWERS)
    out = {name: prove_law(law, env, timeout=5.0) for name, law in laws.items()}
    for name in ("pow_nat_nonneg", "pow_succ_pos", "pow_even_int", "pow_pos_hyp",
                 "pow_big_sub"):
        assert out[name].status is Status.PROVED, (name, out[name].reason)
        assert "z3" in out[name].confirmed_by
    for name in ("pow_odd_int_bad", "pow_one_bad"):  # false: x = -1, x = 0
        assert out[name].status not in (Status.PROVED, Status.BOUNDED)
    assert out["pow_monotone"].status not in (Status.BOUNDED,)  # true, may stay undecided


def test_large_power_never_folds_a_huge_number() -> None:
    from jepa_formal.mirror.symbolic.arith import LARGE_EXPONENT, LargePower

    x = sympy.Symbol("x", integer=True, nonnegative=True)
    big = LargePower(x, sympy.Integer(10**100))
    assert big.xreplace({x: sympy.Integer(2)}).func is LargePower  # not 2 ^ 10^100
    assert big.xreplace({x: sympy.Integer(0)}) == 0
    assert big.xreplace({x: sympy.Integer(1)}) == 1
    assert LargePower(x, sympy.Integer(3)) == x**3
    assert LargePower(x, sympy.Integer(LARGE_EXPONENT + 1)).is_integer


def test_expansion_estimate_refuses_blowups_before_sympy_starts() -> None:
    from jepa_formal.errors import BudgetExceeded
    from jepa_formal.prove.budget import MAX_SYMPY_SIZE, expanded_terms, sized

    x, y, z = sympy.symbols("x y z")
    assert expanded_terms((x + 1) ** 3, 100) == 4
    assert expanded_terms((x + y + z) ** 2, 100) == 6
    assert expanded_terms((x + 1) * (y + 1), 100) == 4
    assert expanded_terms(x ** (10**100), 100) == 1  # one monomial
    assert expanded_terms((x + 1) ** (10**100), 100) == 101  # capped just past the cap
    assert expanded_terms(sympy.Function("f")((x + y) ** 200), 100) == 101
    for blowup in ((x + 1) ** (10**100), (x + y + z) ** 200,
                   sympy.Mul(*[(x + k) for k in range(20)])):
        with pytest.raises(BudgetExceeded):
            sized(blowup)
    assert sized((x + y) ** 2) <= MAX_SYMPY_SIZE


def test_cli_answers_huge_exponents_within_the_timeout(tmp_path) -> None:
    """No theorem runs past ``--timeout``: the example of issue 18 is proved, quickly."""
    import subprocess
    import sys

    path = tmp_path / "bx.lean"
    path.write_text("theorem bx (x : ℕ) : x ^ (10 ^ 100) ≥ 0 := by sorry\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "jepa_formal", "check", str(path), "--timeout",
                           "5", "--no-cache", "-j", "1"], capture_output=True, text=True,
                          timeout=120)
    assert "proved: bx" in done.stdout, done.stdout + done.stderr
