"""Benchmark: the share of a conformance run spent outside the user's function.

Run: ``python benchmarks/conform.py [--max-examples N] [--repeat R] [--example FILE:FUNC]``.
The JEPA example (``examples/jepa_sum.py:jepa_loss`` against ``specs/jepa.lean``, array
convention) is run through ``run_conformance`` with the callable wrapped in a timer; the
figure is ``1 - inside / total`` (aim: at most 20 %). Two figures, measured side by side in
each round (medians printed): a command-line run (the spec is read and elaborated by the run)
and a run in a process that read the spec before (``load_env`` keeps it: a test suite calling
``assert_conforms`` once per implementation). Both include forking the worker process, the
law preparation, drawing, the law's own evaluation, argument conversion, comparison and
shrinking. Time inside the callable includes the ``predict`` and
``rep_loss`` it calls (they are its arguments, run on its behalf). Times are the process's
CPU time (``time.process_time``, plus the CPU time of the worker process the laws run in),
which other work on a shared machine disturbs far less than wall-clock time.
"""

from __future__ import annotations

import argparse
import inspect
import mmap
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


def measure(spec: str, name: str, target: str, max_examples: int, options: dict[str, Any],
            cold: bool) -> tuple[float, float, int]:
    """(CPU seconds of the run, seconds inside the callable, calls). ``cold``: the spec is
    read and elaborated by the run (a command-line run); otherwise it was read before in this
    process (``load_env`` keeps it: a test suite calling ``assert_conforms`` repeatedly)."""
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
    spec_module._ENVS.clear()
    if not cold:
        load_env(spec).laws()
    t0 = cpu()
    run_conformance(spec, [(name, timed, target)], max_examples=max_examples, **options)
    total = cpu() - t0
    return total, inside[0], int(inside[1])


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
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
    rows: dict[bool, list[tuple[float, float, int]]] = {True: [], False: []}
    for _ in range(args.repeat):  # cold and warm side by side in each round
        for cold in (True, False):
            rows[cold].append(measure(args.spec, args.name, args.example, args.max_examples,
                                      options, cold))
    print(f"{args.example} against {args.spec} ({args.max_examples} instances per law, "
          f"median of {args.repeat})")
    for cold, what in ((True, "command-line run (spec read and elaborated)"),
                       (False, "spec already read in the process")):
        got = rows[cold]
        share = statistics.median(1 - inside / total for total, inside, _ in got)
        total = statistics.median(t for t, _, _ in got)
        inside = statistics.median(i for _, i, _ in got)
        calls = got[0][2]
        print(f"{what}: {total:.3f} s CPU, inside the function {inside:.3f} s "
              f"({calls} calls, {inside / max(calls, 1) * 1e6:.1f} µs each): "
              f"{100 * share:.1f} % outside")


if __name__ == "__main__":
    main()
