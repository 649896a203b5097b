"""The shrinker core shared by the numeric checker and conformance: ``consider`` plus passes.

Why one core (Hypothesis' ``internal/conjecture/shrinking/common.py`` has the same shape): the
two layers shrink different data (Lean values and refitted instances in ``numeric/shrink.py``;
raw ML arrays and index lists in ``conform/shrink.py``) but must agree on what a shrink step
is. ``consider`` is the only way to move: it skips a candidate seen before, rejects one that
is not strictly simpler by the layer's ``sort_key``, counts the evaluation, and accepts it
only when it still fails. A layer contributes passes, each a function that proposes
candidates through ``consider`` and says whether one was accepted; the loop ends at a
fixpoint of the passes (the key strictly decreases, so it ends) or when the budget is spent.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from jepa_formal import timelimit

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ShrinkPass(Generic[T]):
    """One pass: ``run(core)`` proposes candidates through ``core.consider`` and returns True
    when it accepted one. ``repeat``: run it again at once while it keeps improving."""

    name: str
    run: Callable[[ShrinkCore[T]], bool]
    repeat: bool = True


class ShrinkCore(Generic[T]):
    """The current best failing value, the seen set, and the budget."""

    def __init__(
        self,
        start: T,
        failing: Callable[[T], bool],
        *,
        key: Callable[[T], Any],
        ident: Callable[[T], Hashable],
        max_calls: int,
        deadline: float | None = None,
    ) -> None:
        self.best = start
        self.failing = failing
        self.key = key
        self.ident = ident
        self.best_key = key(start)
        self.seen: set[Hashable] = {ident(start)}
        self.max_calls = max_calls
        self.deadline = deadline
        self.calls = 0

    def consider(self, candidate: T) -> bool:
        """Accept ``candidate`` if unseen, strictly simpler, and still failing."""
        ident = self.ident(candidate)
        if ident in self.seen:
            return False
        self.seen.add(ident)
        key = self.key(candidate)
        if not key < self.best_key:
            return False
        self.calls += 1
        if not self.failing(candidate):
            return False
        self.best, self.best_key = candidate, key
        return True

    def out_of_budget(self) -> bool:
        return self.calls >= self.max_calls or timelimit.expired() or (
            self.deadline is not None and time.perf_counter() > self.deadline)

    def run(self, passes: Sequence[ShrinkPass[T]]) -> bool:
        """Run the passes in order until none improves (True) or the budget ends (False)."""
        changed = True
        while changed:
            changed = False
            for p in passes:
                if p.repeat:
                    while p.run(self):
                        changed = True
                elif p.run(self):
                    changed = True
                if self.out_of_budget():
                    return False
        return True
