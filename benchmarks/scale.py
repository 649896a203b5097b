"""Benchmark: ``jepa-formal check`` wall time on generated files of many theorems.

Why: a checker is used on whole libraries; the figures that matter there are how wall time
grows with the number of theorems, what ``-j 2`` buys over ``-j 1`` (with identical verdicts),
what a warm verdict cache buys, and the peak memory. Each run is a fresh process (``python -m
jepa_formal check FILE --format json``), timed from outside; its peak resident memory is
reported by the process itself (``resource.getrusage``, the workers' peak separately).

The file cycles through four kinds of law over a ``lossSum`` definition, each with the
theorem's number in it so that no two statements are the same: an ``append`` law and a
``reverse`` law the prover proves, a commutativity law on ℕ, and a false ``append`` law that
the concrete search refutes.

With ``--pytest``, each size is also run through the pytest plugin (``pytest FILE -n 0`` and
``pytest FILE -n JOBS``, pytest-xdist): the workers each collect (parse) the whole file, so
``-n 2`` pays off once the checks outweigh one more parse and xdist's start-up.

Run: ``python benchmarks/scale.py [--sizes 10 100 400 1000 5000] [--jobs 2] [--pytest]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HEADER = """
namespace Scale

def lossSum {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ) : ℕ :=
  (idxs.map loss).sum

"""

KINDS = (
    "theorem append{i} {{n : ℕ}} (xs ys : List (Fin n)) (loss : Fin n → ℕ) :\n"
    "    lossSum (xs ++ ys) loss + {i} = lossSum xs loss + lossSum ys loss + {i} := by\n"
    "  sorry\n",
    "theorem reverse{i} {{n : ℕ}} (xs : List (Fin n)) (loss : Fin n → ℕ) :\n"
    "    lossSum xs.reverse loss * {i} = lossSum xs loss * {i} := by\n  sorry\n",
    "theorem comm{i} (a b : ℕ) : a + b + {i} = b + a + {i} := by\n  sorry\n",
    "theorem wrong{i} {{n : ℕ}} (xs : List (Fin n)) (loss : Fin n → ℕ) :\n"
    "    lossSum (xs ++ xs) loss = lossSum xs loss + {i} := by\n  sorry\n",
)

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""Bytecode caching on, as on a user's machine (an editable install compiled from source on
every run would measure the compiler)."""

RUNNER = """
import resource, runpy, sys
sys.argv = ["jepa-formal", *sys.argv[1:]]
try:
    runpy.run_module("jepa_formal", run_name="__main__")
except SystemExit:
    pass
finally:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    kids_cpu = kids.ru_utime + kids.ru_stime
    sys.stderr.write(f"PEAK {usage.ru_maxrss} {kids.ru_maxrss} {cpu} {kids_cpu}\\n")
"""


def write_file(folder: str, count: int) -> str:
    path = os.path.join(folder, f"scale{count}.lean")
    body = "".join(KINDS[i % len(KINDS)].format(i=i) for i in range(count))
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(HEADER + body + "\nend Scale\n")
    return path


def check(path: str, *args: str) -> tuple[float, list[tuple[str, str]], int, int, float, float]:
    """Wall seconds, (name, status) per theorem, peak RSS of the process and of its workers
    (KiB), CPU seconds of the process itself and of its workers."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, "check", path, "--format", "json", *args],
        capture_output=True, text=True, check=False, env=ENV,
    )
    seconds = time.perf_counter() - started
    report = json.loads(done.stdout)
    verdicts = [(r["name"], r["status"]) for r in report["results"]]
    peak = next(line for line in done.stderr.splitlines() if line.startswith("PEAK"))
    fields = peak.split()[1:]
    own, kids = int(fields[0]), int(fields[1])
    return seconds, verdicts, own, kids, float(fields[2]), float(fields[3])


def pytest_wall(path: str, workers: int) -> float:
    """Wall seconds of ``pytest FILE -n WORKERS`` (plugin entry point, no cache plugin)."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", path, "-q", "-n", str(workers), "-p", "no:cacheprovider",
         "--rootdir", os.path.dirname(path)],
        capture_output=True, text=True, check=False, cwd=os.path.dirname(path), env=ENV,
    )
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 400, 1000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--pytest", action="store_true", help="also time pytest -n 0 / -n JOBS")
    ap.add_argument("--runs", type=int, default=1,
                    help="interleaved -j 1 / -j JOBS runs per size; their medians are shown "
                         "(one run's -j 1 time varies by ~10%% on a busy machine)")
    args = ap.parse_args(argv)
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    print(f"{'theorems':>8} {'-j 1 s':>9} {'-j ' + str(args.jobs) + ' s':>9} {'speed-up':>9} "
          f"{'cold cache s':>13} {'warm cache s':>13} {'warm ×':>7} {'peak MB':>8} "
          f"{'same verdicts':>14}")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.sizes:
            path = write_file(folder, count)
            cache = os.path.join(folder, f"cache{count}")
            serials, forkeds = [], []
            for _ in range(max(1, args.runs)):  # interleaved: a load change hits both alike
                serial, v1, mem1, _, serial_cpu, _ = check(path, "-j", "1", "--no-cache")
                forked, v2, mem2, kids, parent_cpu, workers_cpu = check(
                    path, "-j", str(args.jobs), "--no-cache")
                serials.append(serial)
                forkeds.append(forked)
            serial, forked = statistics.median(serials), statistics.median(forkeds)
            cold, v3, *_ = check(path, "-j", "1", "--cache-dir", cache)
            warm, v4, *_ = check(path, "-j", "1", "--cache-dir", cache)
            same = v1 == v2 == v3 == v4
            peak = max(mem1, mem2, kids) / 1024
            print(f"{count:8} {serial:9.2f} {forked:9.2f} {serial / forked:8.2f}x "
                  f"{cold:13.2f} {warm:13.2f} {cold / warm:6.1f}x {peak:8.0f} {same!s:>14}")
            statuses: dict[str, int] = {}
            for _, status in v1:
                statuses[status] = statuses.get(status, 0) + 1
            print(f"{'':8} verdicts: {statuses}")
            # the parent's own CPU under -j is the serial part (imports, reading, SymPy, and
            # the pool's bookkeeping, counted as serial: slightly pessimistic); with the
            # workers' CPU shared by JOBS idle cores it estimates the speed-up when the load
            # is too high for wall times to mean anything
            estimate = serial_cpu / (parent_cpu + workers_cpu / args.jobs)
            print(f"{'':8} CPU s: -j 1 {serial_cpu:.2f}; -j {args.jobs} parent {parent_cpu:.2f}, "
                  f"workers {workers_cpu:.2f} (speed-up on idle cores, estimated from CPU: "
                  f"{estimate:.2f}x)")
            print(f"{'':8} load average now: {os.getloadavg()[0]:.1f}")
            if args.pytest:
                serial_py = pytest_wall(path, 0)
                forked_py = pytest_wall(path, args.jobs)
                print(f"{'':8} pytest -n 0: {serial_py:.2f} s, -n {args.jobs}: {forked_py:.2f} s "
                      f"({serial_py / forked_py:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
