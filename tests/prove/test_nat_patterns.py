"""Definitions by pattern matching on ``n + k`` (Lean's ``Nat.succ`` written arithmetically)
unfold symbolically like ``Nat.succ n``, so their laws are proved by induction on ℕ."""

from __future__ import annotations

import pytest

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

SOURCE = """
def fib : ℕ → ℕ
  | 0 => 0
  | 1 => 1
  | n + 2 => fib n + fib (n + 1)

def sumTo : ℕ → ℕ
  | 0 => 0
  | n + 1 => sumTo n + (n + 1)

theorem fib_add (n : ℕ) : fib (n + 2) = fib n + fib (n + 1) := by simp [fib]
theorem sumTo_succ (n : ℕ) : sumTo (n + 1) = sumTo n + (n + 1) := rfl
theorem sumTo_eq (n : ℕ) : sumTo n * 2 = n * (n + 1) := by sorry
theorem sumTo_bad (n : ℕ) : sumTo n = n * n := by sorry
theorem fib_bad (n : ℕ) : fib (n + 1) = fib n + 1 := by sorry
theorem fib_one_bad (n : ℕ) : fib (n + 1) = 1 := by sorry
"""


@pytest.fixture(scope="module")
def proved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Status | None]:
    path = tmp_path_factory.mktemp("nat") / "nat.lean"
    path.write_text(SOURCE, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    laws = {law.name: law for _, law in env.laws() if isinstance(law, Law)}
    return {name: prove_law(law, env, timeout=5.0).status for name, law in laws.items()}


@pytest.mark.parametrize("name", ["fib_add", "sumTo_succ", "sumTo_eq"])
def test_true_laws_over_n_plus_k_patterns_are_proved(proved, name) -> None:
    assert proved[name] is Status.PROVED


@pytest.mark.parametrize("name", ["sumTo_bad", "fib_bad", "fib_one_bad"])
def test_false_laws_over_n_plus_k_patterns_are_not(proved, name) -> None:
    assert proved[name] not in (Status.PROVED, Status.BOUNDED)
