"""Benchmark: ``jepa-formal check --no-cache`` on the bundled specs next to ``import sympy``.

Why: the bundled check is what a newcomer runs first and what a pre-commit hook runs on every
commit; SymPy's own import is the floor under any run that proves something, so the figure
that says how much the tool adds is the ratio of the two wall times, measured side by side
(interleaved runs, medians), not an absolute time that drifts with the machine's load.

Both commands run in fresh processes with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` is
removed from the environment and one warm-up run of each writes the ``.pyc`` files first), as
on a user's machine: SymPy's site-packages are byte-compiled at install time, and an editable
install of this package would otherwise be compiled from source on every run, which measures
the compiler rather than the tool.

The check also runs with ``-j 1`` so that the share of the worker pool is visible, and the
phases of one in-process run are printed (imports of this package, of SymPy, parsing, the
checks themselves) so that a regression can be placed.

Run: ``python benchmarks/startup.py [--runs 7]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

PHASES = """
import time
t0 = time.perf_counter()
import jepa_formal.cli, jepa_formal.check, jepa_formal.numeric, jepa_formal.numeric.compiled
import jepa_formal.mirror.elaborate, jepa_formal.report.text
t1 = time.perf_counter()
import sympy
t2 = time.perf_counter()
import jepa_formal.prove
t3 = time.perf_counter()
from jepa_formal.check import CheckOptions, load_workload, check_entry
from jepa_formal.reader.parser import lark_parser
lark_parser()
t4 = time.perf_counter()
options = CheckOptions()  # cache_dir None: no verdict cache
workload = load_workload([], options)
t5 = time.perf_counter()
statuses = [check_entry(workload, e.index, options).status.value for e in workload.entries]
t6 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f} {t3 - t2:.3f} {t4 - t3:.3f} {t5 - t4:.3f} {t6 - t5:.3f} "
      f"{len(statuses)}")
"""


def wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    commands = {
        "python -c 'import sympy'": [sys.executable, "-c", "import sympy"],
        "check --no-cache": [sys.executable, "-m", "jepa_formal", "check", "--no-cache"],
        "check --no-cache -j 1": [sys.executable, "-m", "jepa_formal", "check", "--no-cache",
                                  "-j", "1"],
    }
    for command in commands.values():  # warm-up: writes the .pyc files
        wall(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    load_before = os.getloadavg()[0]
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(wall(command, env))
    print(f"load average before / after the timed runs: {load_before:.1f} / "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (a load near the core count "
          "leaves no core free for the workers: -j figures then mean nothing)")
    base = statistics.median(times["python -c 'import sympy'"])
    print(f"{'command':<28} {'median s':>9} {'min s':>7} {'× import sympy':>15}")
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(f"{name:<28} {median:9.3f} {min(seconds):7.3f} {median / base:14.2f}×")
    done = subprocess.run([sys.executable, "-c", PHASES], env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode == 0 and done.stdout.strip():
        own, sym, prove, build, parse, checks, count = done.stdout.split()
        print(f"\none in-process run (-j 1, {count} theorems): imports of jepa_formal {own} s, "
              f"of SymPy {sym} s, of the prover {prove} s; the parser's tables {build} s, "
              f"parsing and environments {parse} s; checks {checks} s")
    else:
        print(f"\nphase run failed: {done.stderr.strip()[-300:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
