"""The prover's budget: work counts that make verdicts deterministic, and a far wall-clock net.

Why work, not time: a time budget gives ``proved`` on a quiet machine and ``tested`` on a
loaded one. So what a proof may spend is counted in units that do not depend on the machine:
rewrite steps, the size of the terms handed to SymPy's ``expand``/``cancel``, Z3 queries (each
under its own ``rlimit``), bounded-expansion cases. The wall clock remains only as a safety net
far beyond what the work budget allows, so that a pathological input cannot hang a run, and
the per-theorem time limit (``jepa_formal.timelimit``: ``--timeout`` plus a grace, in CPU
time) is checked at the same points; a proof cut by either says so (``BudgetExceeded`` naming
the net or the limit), and that is the only verdict that may differ between a quiet and a
loaded machine.

No signal handler is involved (the SIGALRM alarm that could fire inside a garbage-collector
callback is gone): SymPy calls are bounded by the size of their input instead.
"""

from __future__ import annotations

import time

from jepa_formal import timelimit
from jepa_formal.errors import BudgetExceeded
from jepa_formal.mirror.symbolic.size import MAX_TERMS, expanded_terms

WORK_LIMIT = 400_000
"""Work units one law may spend (a rewrite step is 1, a Z3 query 200, an ``expand`` its input
size): every bundled law needs a few thousand at most."""

SAFETY_FACTOR = 20.0
"""The wall-clock safety net is this many times the nominal time budget."""

MIN_SAFETY_SECONDS = 30.0
"""The safety net is never shorter than this."""

Z3_QUERY_COST = 200
"""Work units charged per Z3 query (its own ``rlimit`` bounds what it does)."""

MAX_SYMPY_SIZE = MAX_TERMS
"""Largest term (``count_ops``) handed to ``expand``/``cancel``; larger ones stay undecided."""


class Deadline:
    """What one proof attempt may still spend: work units, and the far wall-clock net.

    ``seconds`` is the nominal budget (the CLI's ``--timeout`` share); the net is
    ``max(SAFETY_FACTOR * seconds, MIN_SAFETY_SECONDS)``. ``check`` raises ``BudgetExceeded``
    when the work is spent or the net is reached.
    """

    __slots__ = ("_end", "safety", "seconds", "work", "work_limit")

    def __init__(self, seconds: float, work_limit: int = WORK_LIMIT) -> None:
        self.seconds = seconds
        self.safety = max(SAFETY_FACTOR * seconds, MIN_SAFETY_SECONDS)
        self._end = time.monotonic() + self.safety
        self.work = 0
        self.work_limit = work_limit

    def remaining(self) -> float:
        """Seconds left before the safety net."""
        return self._end - time.monotonic()

    def expired(self) -> bool:
        return self.work > self.work_limit or self.remaining() <= 0 or timelimit.expired()

    def spend(self, units: int) -> None:
        """Charge ``units`` of work, then ``check``."""
        self.work += units
        self.check()

    def check(self) -> None:
        if self.work > self.work_limit:
            raise BudgetExceeded(f"work budget of {self.work_limit} units spent")
        if timelimit.expired():
            lim = timelimit.current()
            raise BudgetExceeded(lim.note() if lim is not None else "time limit reached")
        if self.remaining() <= 0:
            raise BudgetExceeded(
                f"wall-clock safety net of {self.safety:g} s reached (the machine is slow or "
                "loaded: this verdict may differ from a run on a quieter machine)"
            )


def sized(e: object) -> int:
    """The size SymPy work on ``e`` is charged by: the larger of its size and the number of
    terms ``expand`` would produce (``expanded_terms``); raises ``BudgetExceeded`` past
    ``MAX_SYMPY_SIZE`` (the call would not be made). ``(x + 1) ^ (10 ^ 100)`` has size 2 but
    would expand to ``10 ^ 100 + 1`` terms: it is refused before SymPy starts."""
    from sympy import count_ops

    terms = expanded_terms(e, MAX_SYMPY_SIZE)
    if terms > MAX_SYMPY_SIZE:
        raise BudgetExceeded(f"expanding a term would give more than {MAX_SYMPY_SIZE} terms")
    size = int(count_ops(e)) if hasattr(e, "args") else 1
    if size > MAX_SYMPY_SIZE:
        raise BudgetExceeded(f"a term of size {size} is too large for SymPy's expand")
    return max(size, terms)


__all__ = ["MAX_SYMPY_SIZE", "WORK_LIMIT", "Z3_QUERY_COST", "Deadline", "expanded_terms", "sized"]
