"""Checking the theorems of a workload in worker processes (``--jobs N``), verdicts in file order.

Why processes forked after the imports: the prover is CPU-bound Python (SymPy), so threads
would share one core; and each theorem's check is independent (its search seed is derived from
its name, never from the order of checking), so a worker's verdict is the verdict ``-j 1``
gives. The parent imports the checking layers *before* forking, so workers start with SymPy
loaded and the loaded workload (files read, environments built) already in memory: they are
handed indices, in chunks (``chunks``), and send back verdicts (small frozen values), which
``workers.guarded_map`` returns in submission order, so the caller streams them in file order.
A worker that dies (a segfault in Z3, the out-of-memory killer) costs only the theorem it was
checking: that one is ``inconclusive`` with the cause (``lost_verdict``), the run goes on.
The statements of the theorems are read by the workers, each its own share
(``check.load_workload(defer=True)``): read by the parent, they were ~0.2 s of the serial part
of a run of 400 theorems.

Cached verdicts are answered in the parent first (without importing SymPy); only the misses
go to workers, and the parent stores their verdicts. A lookup elaborates the statement for
its key, so on a cold cache (the first ``COLD_PROBE`` lookups all miss) the parent stops
looking up and the workers look up and store each verdict themselves, in parallel, instead
of the parent elaborating every theorem once more before the first fork. Where ``fork`` is
not available, or the workload is small, the theorems are checked in this process.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from jepa_formal.verdict import WORKER_DIED, Status, Verdict
from jepa_formal.workers import can_fork, guarded_map

if TYPE_CHECKING:
    from jepa_formal.ahead import QuickFn, Records
    from jepa_formal.cache import VerdictCache
    from jepa_formal.check import CheckOptions, Workload

MIN_PER_WORKER = 4
"""Fewer theorems than this per worker are checked in the parent (forking costs more)."""

COLD_PROBE = 8
"""Lookups without a hit after which the cache counts as cold (see the module docstring)."""
MAX_CHUNK = 16
"""Most theorems handed to a worker at once (see ``chunks``)."""

_STATE: dict[str, Any] = {}
"""The workload and options the forked workers inherit (set only around a pool's life)."""


def available_cores() -> int:
    """The cores this process may run on (``--jobs`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - platforms without affinity
        return max(1, os.cpu_count() or 1)


CheckFn = Callable[..., Any]
"""``check_deferred(workload, index, options, cache=…)`` of ``check.py`` (passed in:
``check`` imports this module, never the other way round): a verdict, or the parse errors of
a deferred statement that does not parse (kept in ``workload.late_errors``, no verdict)."""
LookupFn = Callable[[Any, int, Any, Any], "Verdict | str | None"]
"""``lookup(workload, index, options, cache)``: the cached verdict, else the entry's key
(None when the entry has no key)."""


def parallel_verdicts(
    workload: Workload, options: CheckOptions, cache: VerdictCache | None, check: CheckFn,
    lookup: LookupFn, quick: QuickFn | None = None
) -> Iterator[Verdict]:
    """The verdicts of ``workload`` in file order, misses checked by ``options.jobs`` forked
    workers (see the module docstring); ``quick`` runs ``auto``'s quick passes ahead while
    SymPy is imported (``ahead.py``)."""
    entries = workload.entries
    answered: dict[int, Verdict] = {}
    keys: dict[int, str] = {}
    cold = False
    if cache is not None:
        for count, entry in enumerate(entries, 1):
            found = lookup(workload, entry.index, options, cache)
            if isinstance(found, Verdict):
                answered[entry.index] = found
            elif found is not None:
                keys[entry.index] = found
            if count == COLD_PROBE and not answered and count < len(entries):
                cold = True
                break
    todo = [e.index for e in entries if e.index not in answered]
    jobs = min(options.jobs, len(todo) // MIN_PER_WORKER)
    if jobs < 2 or not can_fork():
        for entry in entries:
            if entry.index in answered:
                yield answered[entry.index]
                continue
            verdict = check(workload, entry.index, options, cache=cache)
            if isinstance(verdict, Verdict):
                yield verdict
            else:  # a deferred statement that does not parse: its errors, no verdict
                workload.late_errors.extend(verdict)
        return
    ahead = _preload_ahead(workload, options, todo, quick)
    # cold: the workers look up and store (``check`` with the cache), the parent does not
    _STATE.update(workload=workload, options=options, check=check, cache=cache if cold else None,
                  ahead=ahead)
    # the objects alive now (SymPy, the workload) move out of the collector's reach, so a
    # worker's collections never touch, and copy, the pages it shares with the parent
    gc.freeze()
    results = guarded_map(_check_one, chunks(todo, jobs), jobs,
                          lambda index, how: lost_verdict(workload, index, options, how))
    try:
        for entry in entries:
            if entry.index in answered:
                yield answered[entry.index]
                continue
            verdict = next(results)
            if not isinstance(verdict, Verdict):  # a deferred statement that does not parse
                workload.late_errors.extend(verdict)
                continue
            key = keys.get(entry.index)
            if key is not None and not cold:
                cache.put(key, verdict)
            yield verdict
    finally:
        results.close()  # an interrupt or an early stop: the workers are killed
        gc.unfreeze()
        _STATE.clear()


def lost_verdict(workload: Workload, index: int, options: CheckOptions, how: str) -> Verdict:
    """The verdict of a theorem whose worker died while checking it (``how``: ``was killed by
    signal 9 (SIGKILL)``, ``exited with status 3``): ``inconclusive``, the cause named; it
    fails the run (``check.CheckRun.failures``); like every inconclusive verdict it
    is never cached."""
    entry = workload.entries[index]
    hint = (" (signal 9 is what the out-of-memory killer sends)" if "signal 9 " in how
            else "")
    return Verdict(
        name=entry.name, status=Status.INCONCLUSIVE, method=WORKER_DIED,
        detail=(f"worker died: the worker process checking this theorem {how}{hint}; "
                "this theorem was not checked (the others were, each in a live worker)"),
        seed=options.seed, path=entry.path, line=entry.line, column=entry.column,
    )


def _preload_ahead(workload: Workload, options: CheckOptions, todo: list[int],
                   quick: QuickFn | None) -> Records:
    """``_preload``, with the quick passes of ``todo`` run meanwhile by a child (``ahead.py``)
    when the preload imports the prover (once per process): the ``Ahead`` of each entry
    whose quick pass the child completed (``ahead.Records``)."""
    from jepa_formal.ahead import QuickAhead

    _preload_numeric()  # the child's quick passes need these: imported once, before it forks
    child = QuickAhead()
    if quick is not None and options.method == "auto" and _imports_pending():
        child.start(workload, options, todo, quick)
    try:
        _preload(options)
    finally:
        found = child.collect()
    return found


def _preload_numeric() -> None:
    """The concrete evaluator and search, with the modules every search imports on first use
    (the compiled evaluator, the batch planner; not NumPy)."""
    import jepa_formal.mirror.concrete
    import jepa_formal.numeric
    import jepa_formal.numeric.batch
    import jepa_formal.numeric.compiled  # noqa: F401


def _imports_pending() -> bool:
    """Whether ``_preload`` imports the prover now (~0.3 s, time for quick passes to pay for
    the child's fork): not in a process that has it already (a notebook, a test session)."""
    return "jepa_formal.prove" not in sys.modules


def _preload(options: CheckOptions) -> None:
    """Import what every worker needs once, in the parent, so forks share it."""
    _preload_numeric()
    if options.method != "numeric":
        # SymPy imports these two on first use (every ``Add`` of three or more terms
        # imports sympy.tensor.tensor and with it sympy.combinatorics; ``Max`` the
        # assumptions wrapper), ~0.1 s: imported here once, not once per worker
        import sympy.assumptions.wrapper
        import sympy.tensor.tensor  # noqa: F401

        import jepa_formal.prove  # noqa: F401


def chunks(todo: list[int], jobs: int) -> list[list[int]]:
    """``todo`` cut into the tasks handed to the workers, in order: each a ``1 / (2 * jobs)``
    share of what remains, at most ``MAX_CHUNK``, at least one theorem ("guided" scheduling).

    Why: every task costs the parent a message through the pool's threads, and measured that
    is not the ~0.1 ms of a pipe round trip but ~1-2 ms of the parent's CPU time (the pool's
    result and task threads waking the main one): 0.15-0.2 s for 100 chunks of 4 of 400
    theorems, CPU taken from the two cores the workers use. Large first tasks make few
    messages (~30 for 400 theorems: 0.02 s); the last tasks, single theorems, decide when the
    run ends, so neither worker is left with a long task when the other runs out of work."""
    out: list[list[int]] = []
    start = 0
    while start < len(todo):
        size = max(1, min(MAX_CHUNK, (len(todo) - start) // (jobs * 2)))
        out.append(todo[start : start + size])
        start += size
    return out


def _check_one(index: int) -> Any:
    """Worker side: check an entry of the inherited workload (never raises); the statement of
    a deferred entry is read here, in parallel with the other worker's."""
    return _STATE["check"](_STATE["workload"], index, _STATE["options"], cache=_STATE["cache"],
                           quick=_STATE["ahead"].get(index))
