"""Benchmark: mutants judged per second on ``specs/jepa.lean`` with ``-j 1`` and ``-j 2``.

Why: mutation analysis multiplies the checker's work by the number of mutants, so it must
scale with cores. Both runs judge the same mutants of ``jepaLoss`` (generation and the
baseline are done once, before the clock starts, as ``jepa-formal mutate`` does before it
forks its workers); printed: mutants/s of each, their ratio, and whether both runs gave the
same statuses. Runs alternate (1, 2, 1, 2, …) so that load from other processes on a shared
machine falls on both sides alike; the best round of each is reported with the median.

Run: ``python benchmarks/mutate.py [--rounds R] [--max-examples N]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time

from jepa_formal.mirror.core.terms import Law
from jepa_formal.mutate.advice import singleton_law
from jepa_formal.mutate.generate import generate
from jepa_formal.mutate.judge import Budget
from jepa_formal.mutate.run import Job, judge_all
from jepa_formal.mutate.spec import load_spec

SPEC = os.path.join(os.path.dirname(__file__), "..", "specs", "jepa.lean")
NAME = "NN.MLTheory.SelfSupervised.jepaLoss"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--max-examples", type=int, default=1000)
    args = parser.parse_args()

    spec = load_spec([SPEC])
    budget = Budget(max_examples=args.max_examples)
    laws = tuple(t.name for t, law in spec.laws_using(NAME) if isinstance(law, Law))
    generation = generate(spec, NAME)
    singleton = singleton_law(spec, NAME)
    work = [Job(spec, NAME, laws, g, budget, singleton) for g in generation.mutants]
    print(f"{len(work)} mutants of jepaLoss, {len(laws)} laws, {args.max_examples} instances "
          f"per law, {os.cpu_count()} cores")

    rates: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    statuses: dict[int, list[str]] = {}
    load_before = os.getloadavg()[0]
    for _ in range(args.rounds):
        for jobs in (1, 2):
            used = _cpu_seconds()
            start = time.perf_counter()
            results = judge_all(work, jobs)
            seconds = time.perf_counter() - start
            rates[jobs].append(len(work) / seconds)
            cpu[jobs].append((_cpu_seconds() - used) / len(work))
            statuses[jobs] = [r.status.value for r in results]
    print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after "
          "(other processes share the cores: wall-clock rates drop under load)")
    for jobs in (1, 2):
        best, median = max(rates[jobs]), statistics.median(rates[jobs])
        print(f"-j {jobs}: {best:.2f} mutants/s best, {median:.2f} median "
              f"({', '.join(f'{r:.2f}' for r in rates[jobs])}); "
              f"{statistics.median(cpu[jobs]):.2f} CPU s per mutant")
    print(f"speed-up -j 2 / -j 1: {max(rates[2]) / max(rates[1]):.2f}× (best), "
          f"{statistics.median(rates[2]) / statistics.median(rates[1]):.2f}× (median)")
    same = statuses[1] == statuses[2]
    print(f"same statuses with -j 1 and -j 2: {'yes' if same else 'NO'} "
          f"({', '.join(f'{s} {statuses[1].count(s)}' for s in sorted(set(statuses[1])))})")


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the forked workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


if __name__ == "__main__":
    main()
