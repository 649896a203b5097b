"""A worker process of ``check -j N`` that dies (a segfault in Z3, the out-of-memory killer,
an ``os._exit`` below the checker) costs only the theorem it was checking.

The deaths are real: the fake prover of ``cli_fakes`` (scenarios ``sigkill`` and ``exit``)
sends ``SIGKILL`` to its own process or calls ``os._exit(7)``, in a forked worker only. Before
``workers.guarded_map``, ``multiprocessing.Pool`` waited forever for the dead worker's task:
the subprocess test below then hits its failsafe instead of finishing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.verdict import WORKER_DIED, Status
from jepa_formal.workers import describe_end, guarded_map

FAILSAFE = 300
"""Seconds after which a hung run is stopped (a failsafe, not a measured limit)."""


def strip(verdict):
    return (verdict.name, verdict.status, verdict.line, verdict.detail, verdict.counterexample)


def lines_with(deaths: dict[int, str], count: int = 20) -> list[str]:
    kinds = ["tested", "good", "refuted", "inconc"]
    return [f"theorem T{i}.{deaths.get(i, kinds[i % len(kinds)])}" for i in range(count)]


@pytest.mark.parametrize(("kind", "cause"), [
    ("sigkill", "was killed by signal 9 (SIGKILL)"),
    ("exit", "exited with status 7"),
])
def test_a_dead_worker_costs_only_the_theorem_it_was_checking(fake_layers, toy, kind, cause):
    # theorem 2 sits inside the first task (five theorems): the rest of that task is checked
    # by the worker forked in place of the dead one
    path = toy("many.lean", *lines_with({2: kind}))
    forked = check_paths([path], CheckOptions(jobs=2))
    serial = check_paths([toy("same.lean", *lines_with({}))], CheckOptions(jobs=1))
    assert [v.line for v in forked.verdicts] == list(range(1, 21))  # file order, none missing
    lost = forked.verdicts[2]
    assert lost.status is Status.INCONCLUSIVE and lost.method == WORKER_DIED
    assert lost.name == "T2." + kind and f"worker died: the worker process checking this " \
        f"theorem {cause}" in lost.detail
    others = [strip(v) for i, v in enumerate(forked.verdicts) if i != 2]
    assert others == [strip(v) for i, v in enumerate(serial.verdicts) if i != 2]
    # a lost theorem fails the run even without --strict; only it
    assert [v.name for v in forked.failures() if v.status is not Status.REFUTED] == [lost.name]
    assert forked.exit_code == 1


def test_a_run_where_every_worker_dies_still_ends(fake_layers, toy):
    path = toy("all.lean", *[f"theorem T{i}.{'sigkill' if i % 2 else 'exit'}"
                             for i in range(12)])
    run = check_paths([path], CheckOptions(jobs=2))
    assert [v.status for v in run.verdicts] == [Status.INCONCLUSIVE] * 12
    assert all(v.method == WORKER_DIED for v in run.verdicts)
    assert ["signal 9" in v.detail for v in run.verdicts] == [bool(i % 2) for i in range(12)]


def test_the_command_line_reports_the_death_and_fails(tmp_path):
    spec = tmp_path / "many.lean"
    spec.write_text("\n".join(lines_with({3: "sigkill"}, 16)) + "\n", encoding="utf-8")
    fakes = Path(__file__).parent / "cli_fakes.py"
    done = subprocess.run(
        [sys.executable, str(fakes), "check", str(spec), "-j", "2", "--no-cache"],
        capture_output=True, text=True, timeout=FAILSAFE, check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    assert done.returncode == 1, done.stderr
    out = " ".join(done.stdout.split())
    assert "inconclusive: T3.sigkill (worker died)" in out
    assert "worker died: the worker process checking this theorem was killed by signal 9" in out
    assert "1 theorem not checked: a worker process died" in out
    assert out.count("T15.") == 1  # the last theorem was checked: the run went on


# -- the pool itself ------------------------------------------------------------------------


def _square_or_die(item: int) -> int:
    if item in (4, 9):
        os.kill(os.getpid(), signal.SIGKILL)
    if item == 11:
        os._exit(3)
    return item * item


def test_guarded_map_keeps_order_and_loses_only_the_items_that_killed_their_worker():
    tasks = [[0, 1, 2, 3, 4, 5, 6], [7, 8, 9, 10], [11, 12], [13], [14]]
    got = list(guarded_map(_square_or_die, tasks, 2, lambda item, how: (item, how)))
    lost = {4: (4, "was killed by signal 9 (SIGKILL)"), 9: (9, "was killed by signal 9 (SIGKILL)"),
            11: (11, "exited with status 3")}
    assert got == [lost.get(i, i * i) for i in range(15)]


def children() -> set[int]:
    """This process's children, running or not yet collected (Linux)."""
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        found.update(int(p) for p in (task / "children").read_text().split())
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux's /proc")
def test_guarded_map_leaves_no_worker_behind_when_stopped_early():
    before = children()
    results = guarded_map(_square_or_die, [[0, 1], [2, 3], [5, 6]], 2, lambda i, how: None)
    assert next(results) == 0
    assert len(children() - before) == 2
    results.close()
    assert children() <= before  # killed and collected


def test_describe_end_reads_wait_statuses():
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os._exit(5)
    _, status = os.waitpid(pid, 0)
    assert describe_end(status) == "exited with status 5"
