"""``mutate -j N``: a worker process that dies (a segfault, the out-of-memory killer) costs
only the mutant it was judging, which is ``unknown`` with the cause; before, the pool waited
for it forever. The death is real: the stand-in judge kills its own (forked) process."""

from __future__ import annotations

import os
import signal
from types import SimpleNamespace

import pytest

from jepa_formal.mutate import run as mutate_run
from jepa_formal.mutate.result import Mutant, MutantResult, MutantStatus


def test_a_dead_worker_costs_only_its_mutant(monkeypatch: pytest.MonkeyPatch) -> None:
    home = os.getpid()
    mutants = [Mutant(f"m{i}", "f", "op", "g", f"mutant {i}", "body") for i in range(6)]
    work = [SimpleNamespace(generated=SimpleNamespace(mutant=m)) for m in mutants]

    def judge(job: SimpleNamespace) -> MutantResult:
        if job.generated.mutant.id == "m2" and os.getpid() != home:
            os.kill(os.getpid(), signal.SIGKILL)
        return MutantResult(job.generated.mutant, MutantStatus.KILLED)

    monkeypatch.setattr(mutate_run, "run_job", judge)
    seen: list[str] = []
    results = mutate_run.judge_all(work, 2, lambda r: seen.append(r.mutant.id))  # type: ignore[arg-type]
    assert [r.mutant.id for r in results] == seen == [m.id for m in mutants]
    assert [r.status for r in results] == [MutantStatus.KILLED] * 2 + [
        MutantStatus.UNKNOWN] + [MutantStatus.KILLED] * 3
    assert results[2].reason == ("worker died: the worker process judging it was killed by "
                                 "signal 9 (SIGKILL)")
