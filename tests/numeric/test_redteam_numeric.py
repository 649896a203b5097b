"""Red-team regressions of the numeric search: instances over the evaluator's budget.

A random instance that recurses too deeply or builds a huge list says nothing about the other
instances: it is skipped and counted, the search goes on, and the outcome says so. Before, the
first such instance ended the whole search ("budget spent before any conclusion").
"""

from __future__ import annotations

import pytest

from jepa_formal.errors import BudgetExceeded
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.numeric import NumericOutcome, search, spot_check
from jepa_formal.reader import parse_text
from jepa_formal.verdict import Status

SPEC = """
def deep : ℕ → ℕ
  | 0 => 0
  | n + 1 => deep n + 1

theorem deep_id (n : ℕ) : deep n = n := by sorry
theorem deep_small (n : ℕ) : deep n < 5 := by sorry
theorem huge_range : (List.range (10 ^ 9)).length = 10 ^ 9 := by simp

def slow : ℕ → ℕ
  | 0 => 1
  | n + 1 => slow n + slow n

theorem slow_big : slow 60 > 0 := by sorry
"""


def _run(name: str, seed: int = 0, timeout: float = 30.0) -> NumericOutcome:
    env = Env.from_decls(parse_text(SPEC, "spec.lean").decls)
    laws = {thm.name: law for thm, law in env.laws()}
    law = laws[name]
    assert isinstance(law, Law)
    return search(law, env, seed=seed, max_examples=400, timeout=timeout)


def test_deep_instances_are_skipped_not_fatal() -> None:
    out = _run("deep_id")
    assert out.status is Status.TESTED
    assert out.hypotheses_held > 0
    assert "skipped as over budget" in out.detail and "deep" in out.detail


def test_a_counterexample_is_still_found_and_shrunk() -> None:
    out = _run("deep_small")
    assert out.status is Status.REFUTED
    assert out.counterexample is not None
    assert out.counterexample.as_dict() == {"n": "5"}


def test_every_instance_over_budget_is_inconclusive_with_the_reason() -> None:
    out = _run("huge_range")
    assert out.status is Status.INCONCLUSIVE
    assert out.hypotheses_held == 0
    assert "within budget" in out.detail and "List.range" in out.detail


def test_the_same_seed_gives_the_same_outcome() -> None:
    a, b = _run("deep_id", seed=3), _run("deep_id", seed=3)
    assert (a.status, a.examples, a.hypotheses_held, a.detail) == (
        b.status, b.examples, b.hypotheses_held, b.detail)


def test_exponential_fan_out_stops_at_the_work_budget() -> None:
    # depth stays at 60 (under the depth guard) but 2^60 calls would never end: the instance
    # is given up after a fixed number of unfoldings (work, the same on every machine), long
    # before the wall-clock safety net
    out = _run("slow_big", timeout=0.5)
    assert out.status is Status.INCONCLUSIVE
    assert "unfoldings spent while unfolding 'slow'" in out.detail
    assert not out.safety_cut


def test_a_spot_check_counts_only_instances_it_could_evaluate() -> None:
    env = Env.from_decls(parse_text(
        "theorem r (n : ℕ) : (List.range (n * 10 ^ 9)).length = n * 10 ^ 9 := by simp\n"
        "theorem h : (List.range (10 ^ 9)).length = 10 ^ 9 := by simp\n", "s.lean").decls)
    laws = {thm.name: law for thm, law in env.laws()}
    out = spot_check(laws["r"], env, seed=0, examples=20)  # type: ignore[arg-type]
    assert out.status is Status.TESTED and out.examples < 20 and out.over_budget > 0
    with pytest.raises(BudgetExceeded, match=r"List\.range"):
        spot_check(laws["h"], env, seed=0, examples=20)  # type: ignore[arg-type]


def test_values_past_binary64_are_decided_not_errors(tmp_path) -> None:
    """Red team (session 10): ``Real.exp 1000 < 10^434`` was an internal error (printing the
    interval of exp 1000 went through ``float``, which overflows). exp 1000 ≈ 1.97e434, so
    the law is false and is refuted, its value printed in decimal; its true twins are not
    errors either."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "huge_exp.lean"
    path.write_text(
        "theorem lt_bad : Real.exp 1000 < 10^434 := by sorry\n"
        "theorem gt_ok : Real.exp 1000 > 10^434 := by sorry\n"
        "theorem lt_ok : Real.exp 1000 < 10^435 := by sorry\n"
        "theorem tiny_bad : Real.exp (-1000) > (10^434)⁻¹ := by sorry\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(timeout=5.0, cache_dir=None))
    got = {v.name: v for v in run.verdicts}
    assert got["lt_bad"].status is Status.REFUTED, got["lt_bad"].detail
    cex = got["lt_bad"].counterexample
    assert cex is not None and cex.lhs is not None and "e+434" in cex.lhs
    for name in ("gt_ok", "lt_ok"):
        assert got[name].status in (Status.PROVED, Status.TESTED), got[name].detail
    assert got["tiny_bad"].status is Status.REFUTED, got["tiny_bad"].detail  # ≈5.08e-435
