"""An ``if`` whose condition contains another ``if``: SymPy cannot build a ``Piecewise`` with a
``Piecewise`` inside its condition, so the translator folds such conditions into plain
propositions (found by the differential property test)."""

from __future__ import annotations

import pytest

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

SOURCE = """
theorem nested_if (f : ℕ → ℕ) :
    (if 0 < (if 0 < f 0 then 0 else 1) then 0 else 1) = (if 0 < f 0 then 1 else 0) := by
  split_ifs <;> omega
theorem nested_if_bad (f : ℕ → ℕ) :
    (if 0 < (if 0 < f 0 then 0 else 1) then 0 else 1) = (if 0 < f 0 then 0 else 1) := by
  sorry
"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Status | None]:
    path = tmp_path_factory.mktemp("ite") / "ite.lean"
    path.write_text(SOURCE, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    laws = {law.name: law for _, law in env.laws() if isinstance(law, Law)}
    return {name: prove_law(law, env, timeout=5.0).status for name, law in laws.items()}


def test_a_true_law_with_a_nested_condition_is_proved(outcomes) -> None:
    assert outcomes["nested_if"] is Status.PROVED


def test_the_false_twin_is_not(outcomes) -> None:
    assert outcomes["nested_if_bad"] not in (Status.PROVED, Status.BOUNDED)
