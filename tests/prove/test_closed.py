"""Closed statements are decided by evaluation, by two independent evaluators that must agree.

Issue 9: ``([0.0/0.0] : List Float).count (0.0/0.0) = 0`` is true in Lean (``BEq Float`` is
IEEE ``==``: NaN matches nothing) and must be ``proved``, naming the method and both
evaluators; its false twins are refuted; statements outside the strict fragment (``=`` at
``Float``, which is propositional) are not decided this way; a disagreement of the two
evaluators is a recorded strategy error, never a pass.
"""

from __future__ import annotations

import math

import pytest

from jepa_formal import reader
from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.numeric import compiled
from jepa_formal.prove import prove_law
from jepa_formal.prove.closed import CONFIRMERS, METHOD
from jepa_formal.verdict import Status

SOURCE = """
theorem nan_count : ([0.0/0.0] : List Float).count (0.0/0.0) = 0 := by sorry
theorem nan_count_bad : ([0.0/0.0] : List Float).count (0.0/0.0) = 1 := by sorry
theorem nan_bne : (0.0/0.0 : Float) != 0.0/0.0 := by sorry
theorem nan_beq_bad : ((0.0/0.0 : Float) == 0.0/0.0) = true := by sorry
theorem nan_contains : ([1.0, 0.0/0.0] : List Float).contains (0.0/0.0) = false := by sorry
theorem overflow : (1e308 + 1e308 : Float) > 1e308 := by sorry
theorem overflow_bad : (1e308 + 1e308 : Float) < 1e308 := by sorry
theorem neg_zero_beq : (-0.0 : Float) == 0.0 := by sorry
theorem inf_beq : ((1.0 : Float) / 0.0) == 1.0 / 0.0 := by sorry
theorem neg_inf_bad : ((1.0 : Float) / -0.0) == 1.0 / 0.0 := by sorry
theorem tenth_bad : (0.1 + 0.2 : Float) == 0.3 := by sorry
theorem tenth_prop : (0.1 + 0.2 : Float) ≠ 0.3 := by sorry
theorem right_fold_bad : ([1.0, 1e16, -1e16] : List Float).sum == 0.0 := by sorry
theorem right_fold : ([1.0, 1e16, -1e16] : List Float).sum == 1.0 := by sorry
theorem int_ediv : (7 : ℤ) / -2 = -3 := by sorry
theorem int_ediv_bad : (7 : ℤ) / -2 = -4 := by sorry
theorem nat_sub : (2 : ℕ) - 3 + 1 = 1 := by sorry
theorem float_map_length (xs : List Float) (f : Float → Float) :
    (xs.map f).length = xs.length := by sorry
theorem float_reverse_reverse (xs : List Float) : xs.reverse.reverse = xs := by sorry
"""

PROVED_BY_EVALUATION = ("nan_count", "nan_bne", "nan_contains", "overflow", "neg_zero_beq",
                        "inf_beq", "int_ediv", "nat_sub", "right_fold")
REFUTED = ("nan_count_bad", "nan_beq_bad", "overflow_bad", "neg_inf_bad", "tenth_bad",
           "right_fold_bad", "int_ediv_bad")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    path = tmp_path_factory.mktemp("closed") / "Closed.lean"
    path.write_text(SOURCE, encoding="utf-8")
    out = check_paths([str(path)], CheckOptions(seed=0, max_examples=300))
    return {v.name: v for v in out.verdicts}


@pytest.mark.parametrize("name", PROVED_BY_EVALUATION)
def test_true_closed_statement_is_proved_by_two_evaluators(run: dict, name: str) -> None:
    verdict = run[name]
    assert verdict.status is Status.PROVED, verdict.detail
    assert verdict.method == METHOD
    assert verdict.confirmed_by == CONFIRMERS


@pytest.mark.parametrize("name", REFUTED)
def test_false_closed_statement_is_refuted(run: dict, name: str) -> None:
    assert run[name].status is Status.REFUTED


def test_float_equality_is_not_decided_by_evaluation(run: dict) -> None:
    """``=`` at Float is propositional (Lean cannot decide it): the strict evaluator does not
    write it, so no evaluation proof; it is never refuted either (both values differ)."""
    verdict = run["tenth_prop"]
    assert verdict.status is not Status.PROVED or verdict.method != METHOD
    assert verdict.status is not Status.REFUTED


@pytest.mark.parametrize("name", ["float_map_length", "float_reverse_reverse"])
def test_list_shape_laws_are_proved_at_float(run: dict, name: str) -> None:
    """Issue 9, point 3: shape laws that never compute with Floats hold for any element type."""
    assert run[name].status is Status.PROVED


def test_strict_evaluator_writes_every_node_itself() -> None:
    assert compiled._fdiv(0.0, 0.0) != compiled._fdiv(0.0, 0.0)  # NaN
    assert compiled._fdiv(1.0, -0.0) == -math.inf
    assert compiled._fdiv(-1.0, 0.0) == -math.inf
    assert compiled._fsum((1e16, 1.0, -1e16)) == 1e16 + (1.0 + (-1e16 + 0.0))
    assert compiled._fsum((-0.0,)) == 0.0 and math.copysign(1.0, compiled._fsum((-0.0,))) > 0
    assert [compiled._ediv(a, b) for a, b in ((7, -2), (-7, 2), (-7, -2), (7, 0))] \
        == [-3, -4, 4, 0]
    assert [compiled._emod(a, b) for a, b in ((7, -2), (-7, 2), (-7, -2), (7, 0))] \
        == [1, 1, 1, 7]


def _law(tmp_path, text: str) -> tuple[Env, Law]:
    path = tmp_path / "one.lean"
    path.write_text(text, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    return env, next(law for _, law in env.laws() if isinstance(law, Law))


def test_a_disagreement_is_a_strategy_error_never_a_proof(tmp_path, monkeypatch) -> None:
    env, law = _law(tmp_path, "theorem c : (2 : ℕ) + 2 = 4 := by sorry\n")
    assert prove_law(law, env).method == METHOD
    monkeypatch.setattr(compiled, "closed_truth", lambda law, env: False)
    out = prove_law(law, env)
    assert out.method != METHOD
    assert any("disagree" not in e and "compiled evaluator says False" in e
               for e in out.strategy_errors)


def test_statements_with_variables_are_not_decided_by_evaluation(tmp_path) -> None:
    env, law = _law(tmp_path, "theorem v (x : ℕ) : x + 0 = x := by sorry\n")
    assert prove_law(law, env).method != METHOD
