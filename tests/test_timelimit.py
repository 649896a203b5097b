"""The per-theorem time limit (issue 18 item 5): no check runs past ``--timeout`` by more than
a second, and a check it cuts says so and falls to the honest verdict for what was done.

No test here asserts a duration: the limit is CPU time (the same on a loaded machine), the
laws used are slow by tens of seconds, and each assertion is about what the verdict says. They
hold however loaded the machine is."""

from __future__ import annotations

import time

import pytest

from jepa_formal import timelimit
from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.verdict import Status

SLOW = """
theorem pow_huge (n : ℕ) : n ^ 1000000 ≠ 2 := by sorry
"""
"""About 30 s of big-integer powers before the limit (each instance a million-bit power)."""

QUICK = """
theorem add_comm' (a b : ℕ) : a + b = b + a := by sorry
theorem rev_rev (xs : List ℕ) : xs.reverse.reverse = xs := by sorry
"""


def _spin(seconds: float) -> None:
    """Spend ``seconds`` of this thread's CPU time."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def _check(tmp_path, text: str, timeout: float) -> dict[str, object]:
    path = tmp_path / "laws.lean"
    path.write_text(text, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(timeout=timeout, cache_dir=None))
    return {v.name: v for v in run.verdicts}


def test_outside_a_check_nothing_is_limited() -> None:
    assert timelimit.current() is None
    assert not timelimit.expired()
    assert timelimit.wall_budget() == float("inf")


def test_the_limit_is_cpu_time_past_timeout_plus_grace() -> None:
    with timelimit.limit(0.0) as lim:
        assert lim.seconds == pytest.approx(timelimit.GRACE)
        assert not timelimit.expired()
        _spin(timelimit.GRACE + 0.05)
        assert timelimit.expired() and lim.fired
        assert timelimit.wall_budget() == 0.0
        note = lim.note()
    assert "stopped by the time limit" in note and "--timeout 0" in note
    assert "the work budget had not run out" in note
    assert timelimit.current() is None


def test_time_spent_importing_is_not_charged() -> None:
    with timelimit.limit(0.0) as lim:
        with timelimit.uncounted():
            _spin(timelimit.GRACE + 0.05)
        assert not lim.expired()


def test_a_nested_limit_never_extends_the_outer_one() -> None:
    with timelimit.limit(0.2) as outer:
        _spin(0.1)
        with timelimit.limit(100.0) as inner:
            assert inner.seconds < outer.seconds
        assert timelimit.current() is outer


def test_z3_is_not_asked_past_the_limit() -> None:
    import z3

    from jepa_formal.prove import confirm

    x = z3.Int("x")
    assert confirm._check([x > 0], confirm.RLIMIT) == z3.sat
    with timelimit.limit(0.0):
        _spin(timelimit.GRACE + 0.05)
        assert confirm._check([x > 0], confirm.RLIMIT) == z3.unknown


def test_a_slow_law_returns_and_names_the_cut(tmp_path) -> None:
    verdict = _check(tmp_path, SLOW, timeout=0.2)["pow_huge"]
    assert verdict.status in (Status.TESTED, Status.INCONCLUSIVE), verdict.detail
    evidence = " ".join((verdict.detail, *verdict.notes))
    assert "stopped by the time limit" in evidence and "--timeout 0.2" in evidence
    assert verdict.examples < 2000  # the work budget (2000 instances) had not run out


def test_a_cut_check_is_never_proved(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a limit that has passed before anything ran, a law the prover proves in
    milliseconds falls to what the concrete pass did, and says why."""
    quick = _check(tmp_path, QUICK, timeout=5.0)
    assert {v.status for v in quick.values()} == {Status.PROVED}
    monkeypatch.setattr(timelimit, "GRACE", -10.0)
    cut = _check(tmp_path, QUICK, timeout=5.0)
    for name, verdict in cut.items():
        assert verdict.status in (Status.TESTED, Status.INCONCLUSIVE), (name, verdict.detail)
        assert any("stopped by the time limit" in n for n in (verdict.detail, *verdict.notes))
