"""``auto``'s quick passes run ahead in a forked child while a ``--jobs`` run imports SymPy.

The workers must use the outcomes the child sent instead of running the quick passes again,
give the verdicts ``-j 1`` gives, and charge a quick pass's time to its theorem as if they had
run it. The fake layers (``cli_fakes``) make every scenario's quick pass cheap and
deterministic; each call is logged with the process that made it, so the test sees where
the quick passes ran.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from jepa_formal import parallel
from jepa_formal.ahead import Ahead, QuickAhead, read_records, write_record
from jepa_formal.check import (
    QUICK_EXAMPLES,
    CheckOptions,
    check_entry,
    check_paths,
    load_workload,
    quick_ahead,
)
from jepa_formal.verdict import Status

SCENARIOS = ("good", "liar", "bounded_ok", "bounded_bad", "tested", "refuted", "inconc",
             "spent", "search_unsup", "unsup", "crash")


def strip(verdict):
    return (verdict.name, verdict.status, verdict.line, verdict.detail, verdict.counterexample,
            verdict.examples, verdict.notes)


@pytest.fixture
def logged(fake_layers, monkeypatch, tmp_path):
    """The fake search and prover, each call appended to a log file as ``pid layer name n``
    (the workers and the child are other processes: the recorder cannot see them)."""
    import jepa_formal.mirror.elaborate
    import jepa_formal.numeric
    import jepa_formal.prove

    log = tmp_path / "calls.log"
    search, prove = jepa_formal.numeric.search, jepa_formal.prove.prove_law
    elaborate = jepa_formal.mirror.elaborate.elaborate_theorem

    def write(layer: str, name: str, n: int) -> None:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {layer} {name} {n}\n")

    def logged_search(law, env, **kw):
        write("search", law.name, kw["max_examples"])
        return search(law, env, **kw)

    def logged_prove(law, env, **kw):
        write("prove", law.name, 0)
        return prove(law, env, **kw)

    def logged_elaborate(theorem, env):
        law = elaborate(theorem, env)
        write("elaborate", theorem.name, 0)  # elaborated (not refused: the worker says so)
        return law

    monkeypatch.setattr(jepa_formal.mirror.elaborate, "elaborate_theorem", logged_elaborate)
    monkeypatch.setattr(jepa_formal.numeric, "search", logged_search)
    monkeypatch.setattr(jepa_formal.prove, "prove_law", logged_prove)
    return log


def calls(log: Path) -> list[tuple[int, str, str, int]]:
    if not log.exists():
        return []
    rows = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    return [(int(pid), layer, name, int(n)) for pid, layer, name, n in rows]


def test_workers_use_the_quick_passes_run_ahead_and_give_the_serial_verdicts(
        logged, toy, monkeypatch):
    lines = [f"theorem T{i}.{s}" for i in range(2) for s in SCENARIOS]
    path = toy("many.lean", *lines)
    serial = check_paths([path], CheckOptions(jobs=1))
    log_serial = calls(logged)
    logged.unlink()
    # the SymPy import the child overlaps is done already in a test session: pretend it is
    # not, and let the child finish every quick pass before the parent stops it
    monkeypatch.setattr(parallel, "_imports_pending", lambda: True)
    monkeypatch.setattr(QuickAhead, "stop", staticmethod(lambda pid: os.waitpid(pid, 0)))
    forked = check_paths([path], CheckOptions(jobs=2))
    assert [strip(v) for v in forked.verdicts] == [strip(v) for v in serial.verdicts]

    quick = [c for c in calls(logged) if c[1] == "search" and c[3] == QUICK_EXAMPLES]
    rest = [c for c in calls(logged) if c not in quick and c[1] != "elaborate"]
    # every quick pass the serial run made was made once, all in one process (the child),
    # and no worker ran one again
    assert sorted(c[2] for c in quick) == sorted(
        c[2] for c in log_serial if c[1] == "search" and c[3] == QUICK_EXAMPLES)
    assert len({c[0] for c in quick}) == 1
    assert {c[0] for c in quick}.isdisjoint(c[0] for c in rest)
    assert os.getpid() not in {c[0] for c in quick}
    assert any(c[1] == "prove" for c in rest)
    # nor elaborated again a law the child elaborated for its quick pass
    child = {c[0] for c in quick}
    by_child = [c[2] for c in calls(logged) if c[1] == "elaborate" and c[0] in child]
    again = [c[2] for c in calls(logged) if c[1] == "elaborate" and c[0] not in child]
    assert set(by_child).isdisjoint(again)
    assert len(by_child) > len(again)


def test_a_quick_pass_run_ahead_stands_for_the_workers_and_its_wall_time_counts(
        fake_layers, toy):
    workload = load_workload([toy("a.lean", "theorem T.refuted")], CheckOptions())
    found = quick_ahead(workload, 0, CheckOptions())
    assert found is not None and found.outcome.status is Status.REFUTED
    fake_layers.calls.clear()
    verdict = check_entry(workload, 0, CheckOptions(),
                          quick=Ahead(found.outcome, cpu=0.0, wall=5.0))
    assert verdict.status is Status.REFUTED
    assert fake_layers.calls == []  # neither a quick pass nor the prover ran again
    assert verdict.seconds >= 5.0


def test_a_quick_pass_run_ahead_is_charged_to_the_time_limit(fake_layers, toy):
    """Its CPU time counts as the check's own: past the limit, the quick pass stands (as
    when the limit fires in the prover) and no full search runs."""
    workload = load_workload([toy("a.lean", "theorem T.tested")], CheckOptions())
    found = quick_ahead(workload, 0, CheckOptions())
    assert found is not None
    fake_layers.calls.clear()
    options = CheckOptions(timeout=1.0)
    charged = check_entry(workload, 0, options, quick=Ahead(found.outcome, cpu=100.0, wall=0))
    assert any("stopped by the time limit" in n for n in charged.notes)
    assert [c[0] for c in fake_layers.calls] == ["prove"]
    fake_layers.calls.clear()
    free = check_entry(workload, 0, options, quick=Ahead(found.outcome, cpu=0.0, wall=0))
    assert not any("time limit" in n for n in free.notes)
    assert [c[0] for c in fake_layers.calls] == ["prove", "search"]


def test_no_quick_pass_ahead_where_the_check_runs_none(fake_layers, toy):
    workload = load_workload([toy("a.lean", "theorem T.unsup", "theorem T.good")],
                             CheckOptions())
    assert quick_ahead(workload, 0, CheckOptions()) is None  # does not elaborate
    assert quick_ahead(workload, 1, CheckOptions(method="prove")) is None
    assert quick_ahead(workload, 1, CheckOptions(method="numeric")) is None
    assert quick_ahead(workload, 1, CheckOptions()) is not None


def test_the_child_sends_its_records_and_a_record_cut_short_is_dropped(fake_layers, toy):
    workload = load_workload([toy("a.lean", "theorem T.refuted", "theorem T2.tested")],
                             CheckOptions())
    child = QuickAhead()
    child.start(workload, CheckOptions(), [0, 1], quick_ahead)
    assert child.pid is not None
    os.waitpid(child.pid, 0)  # let it finish (collect would kill it)
    child.file.seek(0)
    data = child.file.read()
    child.file.close()
    found = read_records(data)
    assert [found[i].outcome.status for i in (0, 1)] == [Status.REFUTED, Status.TESTED]
    assert list(read_records(data[:-3])) == [0]  # the second record cut by a kill
    buffer = io.BytesIO()
    write_record(buffer, 7, Ahead(None, 0.5, 0.25))
    assert read_records(buffer.getvalue()) == {7: Ahead(None, 0.5, 0.25)}
    assert read_records(buffer.getvalue()[:5]) == {}
