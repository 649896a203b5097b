"""The per-theorem time limit: no theorem's check runs past ``--timeout`` by more than a second.

Why CPU time and not the wall clock: verdicts must not depend on the machine's load (eight
concurrent runs give the serial run's verdicts, ``tests/prove/test_concurrent_verdicts.py``).
A check's CPU time is what it would take on a quiet machine, where CPU time and wall time
agree; on a loaded machine a check gets the same CPU time (and so the same verdict) and only
its wall time stretches. The limit is ``timeout + GRACE`` seconds of this thread's CPU time,
so that the last step in flight (an instance, a shrink, a replay) ends within the second.

Why cooperative: no signal handler (an alarm that fires inside a garbage-collector callback or
another thread is unsafe, and Windows has none). The places where time goes check
``expired()`` between units of work (search instances, unfoldings, shrink candidates, rewrite
steps, Z3 queries, which get a timeout from ``z3_timeout_ms``); operations that cannot be
interrupted are refused up front by a size estimate (``prove.budget.sized``, the concrete
evaluator's power guard).

The limit is held in a context variable: each thread, and each worker process, has its own.
Outside ``limit(...)`` nothing is limited (``expired()`` is always False).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

GRACE = 0.6
"""CPU seconds past ``--timeout`` at which the limit fires: what is in flight then (one
instance, one shrink candidate, the replay of a counterexample) ends within the second."""


class Limit:
    """The time limit of one theorem's check: ``timeout + GRACE`` CPU seconds of this thread,
    less the time spent importing heavy libraries for the first time (``uncounted``)."""

    __slots__ = ("_cpu0", "_excluded", "_wall0", "fired_at", "fired_wall", "timeout")

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._cpu0 = time.thread_time()
        self._wall0 = time.perf_counter()
        self._excluded = 0.0
        self.fired_at: float | None = None
        """CPU seconds spent when the limit was first found passed (None: it never fired)."""
        self.fired_wall = 0.0

    @property
    def seconds(self) -> float:
        """The limit, in CPU seconds of this check."""
        return self.timeout + GRACE

    def spent(self) -> float:
        """CPU seconds this check has spent (imports excluded)."""
        return time.thread_time() - self._cpu0 - self._excluded

    def wall(self) -> float:
        """Wall seconds since the check started."""
        return time.perf_counter() - self._wall0

    def remaining(self) -> float:
        return self.seconds - self.spent()

    def expired(self) -> bool:
        """Whether the limit has passed (it stays passed once it has)."""
        if self.fired_at is not None:
            return True
        spent = self.spent()
        if spent <= self.seconds:
            return False
        self.fired_at, self.fired_wall = spent, self.wall()
        return True

    @property
    def fired(self) -> bool:
        return self.fired_at is not None

    def wall_budget(self) -> float:
        """Wall seconds the rest of the limit is worth at the CPU share this check has had so
        far (a thread that got a fifth of a core is given five wall seconds per CPU second):
        what a call that only knows the wall clock (Z3's ``timeout``) may be given."""
        left = self.remaining()
        if left <= 0:
            return 0.0
        wall = self.wall()
        share = self.spent() / wall if wall > 0.05 else 1.0
        return left / min(max(share, 0.05), 1.0)

    def note(self) -> str:
        """The evidence of a cut: when it fired and that the work budget had not run out."""
        at = self.fired_at if self.fired_at is not None else self.spent()
        return (f"stopped by the time limit at {at:.1f} s (--timeout {self.timeout:g}; CPU time "
                f"of this check, {self.fired_wall or self.wall():.1f} s of wall time); the "
                "work budget had not run out")


_CURRENT: ContextVar[Limit | None] = ContextVar("jepa_formal_time_limit", default=None)


@contextmanager
def limit(timeout: float) -> Iterator[Limit]:
    """Check one theorem within ``timeout`` (+ ``GRACE``) CPU seconds. A nested ``limit``
    (``explain`` re-checking a law inside a check) never extends the outer one."""
    outer = _CURRENT.get()
    inner = Limit(timeout)
    if outer is not None:
        inner.timeout = max(0.0, min(timeout, outer.remaining() - GRACE))
    token = _CURRENT.set(inner)
    try:
        yield inner
    finally:
        _CURRENT.reset(token)


def current() -> Limit | None:
    return _CURRENT.get()


def expired() -> bool:
    """Whether the current check is past its time limit (False outside any)."""
    lim = _CURRENT.get()
    return lim is not None and lim.expired()


def wall_budget() -> float:
    """Wall seconds left for an operation bounded only by the wall clock (inf outside any
    limit); see ``Limit.wall_budget``."""
    lim = _CURRENT.get()
    return math.inf if lim is None else lim.wall_budget()


@contextmanager
def uncounted() -> Iterator[None]:
    """Time spent in the block is not charged to the check: first imports of SymPy, NumPy or
    Z3 cost the first theorem of a process seconds that say nothing about the theorem."""
    lim = _CURRENT.get()
    if lim is None:
        yield
        return
    before = time.thread_time()
    try:
        yield
    finally:
        lim._excluded += time.thread_time() - before


def charge(seconds: float) -> None:
    """Count ``seconds`` of CPU time spent elsewhere for the current check as spent by it
    (a quick pass run ahead in another process, ``ahead.py``): the limit then fires where it
    would have had the check done that work itself."""
    lim = _CURRENT.get()
    if lim is not None:
        lim._excluded -= seconds


__all__ = ["GRACE", "Limit", "charge", "current", "expired", "limit", "uncounted",
           "wall_budget"]
