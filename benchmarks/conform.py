"""Benchmark: the share of a conformance run spent outside the user's function.

Run: ``python benchmarks/conform.py [--max-examples N] [--repeat R] [--example FILE:FUNC]``.
The JEPA example (``examples/jepa_sum.py:jepa_loss`` against ``specs/jepa.lean``, array
convention) is run through ``run_conformance`` with the callable wrapped in a timer; the
figure is ``1 - inside / total`` (aim: at most 20 %). Two figures are printed: the whole
run (reading and elaborating the spec included) and the law loop alone (drawing, the law's
own evaluation, argument conversion, comparison, shrinking), whose share does not depend on
how long the spec takes to read. Time inside the callable includes the ``predict`` and
``rep_loss`` it calls (they are its arguments, run on its behalf). Times are the process's
CPU time (``time.process_time``, plus the CPU time of the worker process the laws run in),
which other work on a shared machine disturbs far less than wall-clock time.
"""

from __future__ import annotations

import argparse
import inspect
import mmap
import resource
import time
from pathlib import Path
from typing import Any

from jepa_formal.conform.binding import load_callable, parse_bind
from jepa_formal.conform.runner import run_conformance
from jepa_formal.conform.spec import load_env

ROOT = Path(__file__).resolve().parent.parent


def cpu() -> float:
    """CPU seconds of this process and of its collected children (the conform worker)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def measure(spec: str, name: str, target: str, max_examples: int,
            options: dict[str, Any]) -> tuple[float, float, float, int]:
    """(total seconds, seconds inside the callable, seconds reading the spec, calls)."""
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
    t0 = cpu()
    load_env(spec)
    load = cpu() - t0
    t0 = cpu()
    run_conformance(spec, [(name, timed, target)], max_examples=max_examples, **options)
    total = cpu() - t0
    return total, inside[0], load, int(inside[1])


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--spec", default=str(ROOT / "specs" / "jepa.lean"))
    parser.add_argument("--name", default="jepaLoss")
    parser.add_argument("--example", default=str(ROOT / "examples" / "jepa_sum.py") +
                        ":jepa_loss")
    parser.add_argument("--timeouts", type=float, metavar="SECONDS",
                        help="instead: time per law of never-returning implementations")
    args = parser.parse_args()
    if args.timeouts is not None:
        timeouts(args.spec, args.name, args.timeouts)
        return
    options = {"functions": "array"}
    best: tuple[float, float, float, int] | None = None
    for _ in range(args.repeat):
        got = measure(args.spec, args.name, args.example, args.max_examples, options)
        if best is None or got[0] < best[0]:
            best = got
    assert best is not None
    total, inside, load, calls = best
    loop = total - load
    print(f"{args.example} against {args.spec} ({args.max_examples} instances per law, "
          f"best of {args.repeat})")
    print(f"calls of the user's function: {calls}, {inside / max(calls, 1) * 1e6:.1f} µs each")
    print(f"whole run: {total:.3f} s, inside the function {inside:.3f} s: "
          f"{100 * (1 - inside / total):.1f} % outside")
    print(f"law loop (spec read in {load:.3f} s excluded): {loop:.3f} s: "
          f"{100 * (1 - inside / loop):.1f} % outside")


if __name__ == "__main__":
    main()
