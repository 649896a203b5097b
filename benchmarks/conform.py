"""Benchmark: the share of a conformance run spent outside the user's function.

Run: ``python benchmarks/conform.py [--max-examples N] [--repeat R] [--example FILE:FUNC]``.
The JEPA example (``examples/jepa_sum.py:jepa_loss`` against ``specs/jepa.lean``, array
convention) is run through ``run_conformance``; the figure is ``1 - inside / total`` (aim: at
most 20 %), where ``total`` is the CPU time of a run of the callable itself and ``inside``
the CPU time the callable takes for exactly the calls of a run (``replayed``: recorded, then
timed in one loop). For comparison with earlier figures, the same runs are also measured
with the callable wrapped in a timer read around every call. Three figures, measured side by side in
each round (medians printed, and each round's): a command-line run (the spec is read and
elaborated by the run), a run in a process that checked the spec before (``load_env`` keeps
it, and conform keeps each law's rewriting, compiled code and drawn instances: a test suite calling
``assert_conforms`` once per implementation, from its second call on), and that run without the
worker process (``call_timeout=0``: what forking the worker costs is the difference). The
first two include forking the worker process; all include the law preparation, drawing, the
law's own evaluation, argument conversion, comparison and shrinking. Time inside the
callable includes the ``predict`` and ``rep_loss`` it calls (they are its arguments, run on
its behalf). Times are the process's CPU time (``time.process_time``, plus the CPU time of
the worker process the laws run in), which other work on a shared machine disturbs far less
than wall-clock time (though not nothing: the load average is printed).
"""

from __future__ import annotations

import argparse
import inspect
import mmap
import os
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from jepa_formal.conform import spec as spec_module
from jepa_formal.conform.binding import load_callable, parse_bind
from jepa_formal.conform.runner import run_conformance
from jepa_formal.conform.spec import load_env

ROOT = Path(__file__).resolve().parent.parent


def cpu() -> float:
    """CPU seconds of this process and of its collected children (the conform worker)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def wrapper_cost(rounds: int = 20000) -> float:
    """CPU seconds per call that the timing wrapper of ``measure`` itself adds outside the
    window it measures (two ``process_time`` calls and the bookkeeping), from timing it
    around a function that does nothing. Printed beside the figure, never subtracted."""
    shared = mmap.mmap(-1, 16)
    inside = memoryview(shared).cast("d")

    def nothing() -> None:
        return None

    def timed() -> None:
        t0 = time.process_time()
        try:
            return nothing()
        finally:
            inside[0] += time.process_time() - t0
            inside[1] += 1

    t0 = time.process_time()
    for _ in range(rounds):
        timed()
    wrapped = time.process_time() - t0
    t0 = time.process_time()
    for _ in range(rounds):
        nothing()
    bare = time.process_time() - t0
    return max(0.0, (wrapped - bare - inside[0]) / rounds)


def measure(spec: str, name: str, target: str, max_examples: int, options: dict[str, Any],
            cold: bool) -> tuple[float, float, int]:
    """(CPU seconds of the run, seconds inside the callable, calls). ``cold``: the spec is
    read and elaborated by the run (a command-line run); otherwise the process checked it
    before (``load_env`` keeps the spec and conform each law's rewriting, compiled code and
    drawn instances: a test suite calling ``assert_conforms`` once per implementation, from
    its second call on)."""
    func = load_callable(parse_bind(f"{name}={target}"))
    shared = mmap.mmap(-1, 16)  # the calls run in a forked worker: count them where we see it
    inside = memoryview(shared).cast("d")

    def timed(*args: Any) -> Any:
        t0 = time.process_time()
        try:
            return func(*args)
        finally:
            inside[0] += time.process_time() - t0
            inside[1] += 1

    timed.__signature__ = inspect.signature(func)  # type: ignore[attr-defined]
    if cold:
        spec_module._ENVS.clear()
    else:  # the spec (and the laws prepared by an earlier run of this process) are kept
        load_env(spec).laws()
    t0 = cpu()
    run_conformance(spec, [(name, timed, target)], max_examples=max_examples, **options)
    total = cpu() - t0
    return total, inside[0], int(inside[1])


def measure_bare(spec: str, name: str, target: str, max_examples: int,
                 options: dict[str, Any], cold: bool) -> float:
    """CPU seconds of a run of the callable itself, unwrapped (``cold`` as in ``measure``)."""
    func = load_callable(parse_bind(f"{name}={target}"))
    if cold:
        spec_module._ENVS.clear()
    else:
        load_env(spec).laws()
    t0 = cpu()
    run_conformance(spec, [(name, func, target)], max_examples=max_examples, **options)
    return cpu() - t0


def replayed(spec: str, name: str, target: str, max_examples: int,
             options: dict[str, Any]) -> tuple[float, int]:
    """(CPU seconds the callable takes for exactly the calls of a run, calls): the arguments
    of every call are recorded during an unguarded run (the draw is seeded: every run makes
    the same calls) and the callable is then timed on them in one loop (median of three),
    with two clock readings in all instead of two per call. A clock reading is a system call
    of about a microsecond here, as much as the per-call work of the run being measured,
    so timing every call moves time across the boundary being measured; a loop over the
    recorded calls runs with warmer caches than the run did, so if anything it gives the
    function less time and the run more (the figure errs against conform)."""
    func = load_callable(parse_bind(f"{name}={target}"))
    calls: list[tuple[Any, ...]] = []

    def recorded(*args: Any) -> Any:
        calls.append(args)
        return func(*args)

    recorded.__signature__ = inspect.signature(func)  # type: ignore[attr-defined]
    load_env(spec).laws()
    run_conformance(spec, [(name, recorded, target)], max_examples=max_examples,
                    **{**options, "call_timeout": 0})
    times = []
    for _ in range(3):
        t0 = time.process_time()
        for args in calls:
            func(*args)
        times.append(time.process_time() - t0)
    return statistics.median(times), len(calls)


STUCK = {
    "python loop": "    while True:\n        pass\n",
    "C loop": "    return sum(range(10**12))\n",
    "SIGALRM ignored": "    import signal\n    signal.signal(signal.SIGALRM, signal.SIG_IGN)\n"
                       "    while True:\n        pass\n",
}


def timeouts(spec: str, name: str, call_timeout: float) -> None:
    """Wall-clock seconds per law for implementations that never return (each law must be
    ``error`` within ``call_timeout`` plus one second)."""
    import tempfile

    load_env(spec).laws()  # read and elaborated once: the figures are the laws' own
    with tempfile.TemporaryDirectory() as tmp:
        for what, body in STUCK.items():
            path = Path(tmp) / "stuck.py"
            path.write_text("def stuck(idxs, context, target, predict, rep_loss):\n" + body)
            func = load_callable(parse_bind(f"{name}={path}:stuck"))
            t0 = time.perf_counter()
            rep = run_conformance(spec, [(name, func, None)], functions="array",
                                  call_timeout=call_timeout)
            wall = time.perf_counter() - t0
            statuses = {r.status for r in rep.results}
            print(f"{what}: {len(rep.results)} laws {sorted(statuses)} in {wall:.2f} s wall, "
                  f"{wall / len(rep.results):.2f} s per law (call_timeout {call_timeout:g} s)")


def nothing(*args: Any) -> float:
    """A function that does nothing (every JEPA law holds for it): what a run costs around
    the calls themselves."""
    return 0.0


def breakdown(spec: str, name: str, max_examples: int, repeat: int) -> dict[str, float]:
    """CPU seconds of each part of a run outside the user's function (medians of ``repeat``),
    measured around ``nothing``: the spec read and elaborated; each law rewritten and
    compiled; the instances drawn; the per-call and per-instance work of the search (argument
    conversion, call counting, the law's own arithmetic, comparison, bookkeeping); the worker
    process: forking it (``os.fork`` and ``os._exit`` of a child that does nothing, as
    conform forks: ``gc.freeze`` around it), and the rest of what the worker costs (mostly page
    faults: after ``fork`` every page either process writes to is copied, reference counts
    included)."""
    import gc

    from jepa_formal.conform import compiled, runner

    def run(call_timeout: float) -> None:
        run_conformance(spec, [(name, nothing, "nothing")], max_examples=max_examples,
                        functions="array", call_timeout=call_timeout)

    def fork() -> None:
        gc.freeze()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os._exit(0)
        gc.unfreeze()
        os.waitpid(pid, 0)

    def timed(before: Any, body: Any) -> float:
        got = []
        for _ in range(repeat):
            before()
            t0 = cpu()
            body()
            got.append(cpu() - t0)
        return statistics.median(got)

    def cold_spec() -> None:
        spec_module._ENVS.clear()

    def cold_draws() -> None:
        runner._DRAWN.clear()

    def cold_laws() -> None:
        runner._DRAWN.clear()
        runner._PREPARED.clear()
        compiled._CODE.clear()

    def warm() -> None:
        load_env(spec).laws()

    run(0)
    spec_load = timed(cold_spec, lambda: load_env(spec).laws())
    search = timed(warm, lambda: run(0))
    draws = timed(cold_draws, lambda: run(0)) - search
    prepare = timed(cold_laws, lambda: run(0)) - search - draws
    forked = timed(warm, fork)
    worker = timed(warm, lambda: run(10)) - search
    return {"spec read and elaborated": spec_load, "laws rewritten and compiled": prepare,
            "instances drawn": draws, "search (around 2400 calls)": search,
            "fork and exit of the worker": forked, "rest of the worker (page faults)":
            worker - forked}


def figures(spec: str, name: str, example: str, max_examples: int, repeat: int,
            per_call: bool = True) -> dict[str, float]:
    """Print the share outside ``example`` for each kind of run; returns the CPU seconds
    outside the function per kind (medians)."""
    kinds = {  # (cold, options) per row, measured side by side in each round
        "command-line run (spec read and elaborated)": (True, {"functions": "array"}),
        "spec checked before in the process": (False, {"functions": "array"}),
        "the same without the worker process (--call-timeout 0: no fork, unguarded)":
            (False, {"functions": "array", "call_timeout": 0}),
    }
    rows: dict[str, list[tuple[float, float, int]]] = {k: [] for k in kinds}
    bare: dict[str, list[float]] = {k: [] for k in kinds}
    inside: list[float] = []
    for _ in range(repeat):
        own, calls = replayed(spec, name, example, max_examples, {"functions": "array"})
        inside.append(own)
        for what, (cold, options) in kinds.items():
            bare[what].append(measure_bare(spec, name, example, max_examples, options, cold))
        if per_call:
            for what, (cold, options) in kinds.items():
                rows[what].append(measure(spec, name, example, max_examples, options, cold))
    print(f"{example} against {spec} ({max_examples} instances per law, "
          f"median of {repeat} rounds; load average {os.getloadavg()[0]:.1f})")
    own = statistics.median(inside)
    print(f"the function's own CPU time for the {calls} calls of a run (replayed in one loop): "
          f"{own:.3f} s ({own / calls * 1e6:.1f} µs a call)")
    outside = {}
    for what, totals in bare.items():
        shares = [1 - o / t for o, t in zip(inside, totals, strict=True)]
        outside[what] = statistics.median(t - o for o, t in zip(inside, totals, strict=True))
        print(f"{what}: {statistics.median(totals):.3f} s CPU: "
              f"{100 * statistics.median(shares):.1f} % outside the function "
              f"(rounds: {', '.join(f'{100 * x:.0f}' for x in shares)})")
    if not per_call:
        return outside
    print("the same runs with every call timed on its own (two clock readings per call, "
          "as measured before):")
    for what, got in rows.items():
        shares = [1 - inside / total for total, inside, _ in got]
        total = statistics.median(t for t, _, _ in got)
        inside_time = statistics.median(i for _, i, _ in got)
        calls = got[0][2]
        print(f"{what}: {total:.3f} s CPU, inside the function {inside_time:.3f} s "
              f"({calls} calls, {inside_time / max(calls, 1) * 1e6:.1f} µs each): "
              f"{100 * statistics.median(shares):.1f} % outside "
              f"(rounds: {', '.join(f'{100 * x:.0f}' for x in shares)})")
    cost = wrapper_cost()
    calls = rows[next(iter(rows))][0][2]
    total = statistics.median(t for t, _, _ in rows["spec checked before in the process"])
    print(f"(the timing wrapper itself adds about {cost * 1e6:.2f} µs per call outside its "
          f"window: {100 * cost * calls / total:.1f} % of the second run, counted as outside)")
    return outside


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--spec", default=str(ROOT / "specs" / "jepa.lean"))
    parser.add_argument("--name", default="jepaLoss")
    parser.add_argument("--example", default=str(ROOT / "examples" / "jepa_sum.py") +
                        ":jepa_loss")
    parser.add_argument("--heavier", default=str(ROOT / "benchmarks" / "jepa_normalised.py") +
                        ":jepa_loss", help="a heavier function measured the same way after "
                        "the example ('' for none)")
    parser.add_argument("--timeouts", type=float, metavar="SECONDS",
                        help="instead: time per law of never-returning implementations")
    args = parser.parse_args()
    if args.timeouts is not None:
        timeouts(args.spec, args.name, args.timeouts)
        return
    figures(args.spec, args.name, args.example, args.max_examples, args.repeat)
    if args.name == "jepaLoss":
        parts = breakdown(args.spec, args.name, args.max_examples, args.repeat)
        print(f"where the time outside the function goes (CPU ms, around a function that "
              f"does nothing; load average {os.getloadavg()[0]:.1f}):")
        print("; ".join(f"{k} {v * 1e3:.1f}" for k, v in parts.items()))
    if args.heavier:
        print("a heavier function, for comparison (not the JEPA example of the aim):")
        figures(args.spec, args.name, args.heavier, args.max_examples, args.repeat,
                per_call=False)


if __name__ == "__main__":
    main()
