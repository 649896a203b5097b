"""The numeric search's budget is work, not time (issue 9, point 6).

A slow or loaded machine is simulated by a clock that races ahead: the outcome for a seed must
be exactly the one of a normal run (instances, counterexample, detail) unless the far safety
net is reached, and then the outcome says so. Costly recursive instances are given up after a
fixed number of unfoldings, at the same instance on every machine.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path

import pytest

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.numeric import NumericOutcome, search
from jepa_formal.verdict import Status

S = importlib.import_module("jepa_formal.numeric.search")  # the package re-exports a function

SOURCE = """
def fib : ℕ → ℕ
  | 0 => 0
  | 1 => 1
  | n + 2 => fib n + fib (n + 1)

theorem fib_pos (n : ℕ) : fib n + 1 > 0 := by sorry
theorem sum_rev (xs : List ℚ) : xs.reverse.sum = xs.sum := by sorry
theorem sub_add (a b : ℕ) : a - b + b = a := by sorry
"""


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Env:
    path: Path = tmp_path_factory.mktemp("work") / "Work.lean"
    path.write_text(SOURCE, encoding="utf-8")
    return Env.from_project(reader.load([str(path)]))


def law(env: Env, name: str) -> Law:
    return next(found for _, found in env.laws() if isinstance(found, Law) and found.name == name)


class RacingClock:
    """``time.perf_counter`` of a machine ``step`` seconds slower per reading."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def _same(a: NumericOutcome, b: NumericOutcome) -> None:
    assert replace(a, seconds=0.0) == replace(b, seconds=0.0)


@pytest.mark.parametrize("name", ["sum_rev", "sub_add", "fib_pos"])
def test_a_loaded_machine_gives_the_quiet_machines_outcome(env: Env, name: str,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """With 10 ms lost at every clock reading, 2000 instances take far longer than the
    5-second timeout; the search still runs its whole work budget and ends the same way as
    a run whose net is never near (timeout 100 s)."""
    quiet = search(law(env, name), env, seed=3, max_examples=2000, timeout=100.0)
    monkeypatch.setattr(S.time, "perf_counter", RacingClock(0.01))
    loaded = search(law(env, name), env, seed=3, max_examples=2000, timeout=5.0)
    _same(quiet, loaded)
    assert not loaded.safety_cut


def test_only_the_far_safety_net_cuts_a_search_and_it_says_so(
        env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(S.time, "perf_counter", RacingClock(5.0))
    out = search(law(env, "sum_rev"), env, seed=3, max_examples=2000, timeout=1.0)
    assert out.safety_cut and out.examples < 2000
    assert "safety net" in out.detail and "quieter machine" in out.detail
    assert out.status is Status.TESTED


def test_costly_recursion_spends_a_work_budget_at_the_same_instance(env: Env) -> None:
    # a generous timeout: the far net must not be what ends either run on a loaded test machine
    first = search(law(env, "fib_pos"), env, seed=0, max_examples=2000, timeout=100.0)
    again = search(law(env, "fib_pos"), env, seed=0, max_examples=2000, timeout=100.0)
    _same(first, again)
    assert first.over_budget > 0 and "unfoldings" in first.detail
    assert not first.safety_cut


def test_the_safety_net_is_far_beyond_the_timeout() -> None:
    assert S.safety_net(5.0) >= 10 * 5.0
    assert S.safety_net(0.1) >= S.MIN_SAFETY_SECONDS
