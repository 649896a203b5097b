"""Hypotheses ``c ∣ x`` and ``u * x = e`` (in ``Fin n``) are constructions of ``x``, not luck.

Before, ``10^20 ∣ k`` held only at ``k = 0`` among the drawn values (10^20 is past the literal
pool's bound), and ``a * b = 1`` in ``Fin 1000`` for about one random pair in a thousand: the
false laws below stayed ``tested`` or were refuted depending on the seed. Every instance is
still checked against the hypotheses, so a construction can only add instances."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.mirror.core.terms import Lit, TFin, TNat, Var
from jepa_formal.numeric.constrain import Constraint, _Ready, _solve
from jepa_formal.verdict import Status

FALSE = """
theorem unit_is_one : ∀ a b : Fin 1000, a * b = 1 → a = 1 := by sorry
theorem unit_is_one' (a b : Fin 1000) (h : b * a = 1) : a = 1 := by sorry
theorem huge_divisor (k : ℕ) (h : 10^20 ∣ k) : k = 0 := by sorry
theorem huge_divisor_int (k : ℤ) (h : 10^20 ∣ k) : k < 10^20 := by sorry
"""
TRUE = """
theorem unit_comm (a b : Fin 1000) (h : a * b = 1) : b * a = 1 := by sorry
theorem huge_mod (k : ℕ) (h : 10^20 ∣ k) : k % 10^20 = 0 := by sorry
"""


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("arith") / "Arith.lean"
    path.write_text(FALSE + TRUE, encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", range(4))
def test_the_false_laws_are_refuted_whatever_the_seed(spec: Path, seed: int) -> None:
    run = check_paths([str(spec)], CheckOptions(seed=seed, jobs=1, cache_dir=None,
                                                method="numeric"))
    got = {v.name: v for v in run.verdicts}
    for name in ("unit_is_one", "unit_is_one'", "huge_divisor", "huge_divisor_int"):
        assert got[name].status is Status.REFUTED, (name, got[name].detail)
    for name in ("unit_comm", "huge_mod"):
        assert got[name].status is Status.TESTED, (name, got[name].detail)
        assert got[name].examples >= 1000  # the hypothesis held on the instances


def _ready(proj: str, other: int, cofactor: int | None = None) -> _Ready:
    ty = TFin(Lit(7, TNat()))
    c = Constraint("h", "x", proj, "eq", Var("e", ty),
                   cofactor=None if cofactor is None else Var("u", ty))
    return _Ready(c, lambda b: other, None, None if cofactor is None else lambda b: cofactor)


@given(st.integers(1, 60), st.data())
def test_the_modular_solution_agrees_with_brute_force(n: int, data: st.DataObject) -> None:
    u, e, drawn = (data.draw(st.integers(0, n - 1)) for _ in range(3))
    ty = TFin(Lit(n, TNat()))
    got = _solve(_ready("factor", e, u), drawn, ty, {})
    solutions = [x for x in range(n) if (u * x - e) % n == 0]
    assert 0 <= got < n
    if solutions:
        assert got in solutions
        if drawn in solutions:
            assert got == drawn  # a value that satisfies it stays (shrinking)
    else:
        assert got == drawn


@given(st.integers(-50, 50), st.integers(-1000, 1000))
def test_a_multiple_is_made_and_kept(c: int, drawn: int) -> None:
    got = _solve(_ready("multiple", c), drawn, TNat(), {})
    if c == 0:
        assert got == 0 or got == drawn  # 0 ∣ x only at 0: rejection decides the rest
    else:
        assert got % c == 0
        if drawn % c == 0:
            assert got == drawn
