"""Isolating the user's code: its output kept off stdout, and every call counted where a
supervising process can see it.

Why file descriptors and not only ``sys.stdout``: a module that prints through C code, a
subprocess or ``os.write(1, …)`` bypasses ``sys.stdout``; with ``--format json`` any byte on
stdout corrupts the document. ``quiet_stdout`` points descriptor 1 at descriptor 2 for the
whole run (imports and calls) and restores it before the report is written. It is entered
once per run, never per call.

Why a call counter in shared memory and not a timer signal: a ``SIGALRM`` cannot interrupt a
callable stuck in C code (``sum(range(10**12))``), is lost when the callable ignores the
signal, and arming it twice per call costs two system calls. ``CallGuard`` writes an odd
number into a shared word when a call starts and the next even number when it returns (two
stores per call); the parent process (``supervise.py``) reads the word while it waits and
kills the worker when the same odd number stays there longer than the time limit. The
re-started worker replays the law and, at the call that hung, raises ``CallStopped`` instead
of calling: the law gets its ``error`` with the input shown, and the run goes on.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any


class CallStopped(Exception):
    """Raised in place of a call that an earlier worker saw hang (``reason`` "timeout") or
    die (``reason`` names the signal or exit status)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


LAW, CALL = 0, 1
"""Slots of the shared words: the index of the law being checked, the call state (``2k - 1``
while call ``k`` of that law runs, ``2k`` once it returned)."""


class CallGuard:
    """Counts the calls of one law; ``stops`` maps call numbers to the reason a previous
    worker could not finish them (those calls are not made again)."""

    __slots__ = ("calls", "stops", "words")

    def __init__(self, words: Any = None) -> None:
        self.words = words
        self.calls = 0
        self.stops: Mapping[int, str] = {}

    def begin(self, law: int, stops: Mapping[int, str] | None = None) -> None:
        """A new law: calls are numbered from 1 again."""
        self.calls = 0
        self.stops = stops or {}
        if self.words is not None:
            self.words[CALL] = 0
            self.words[LAW] = law

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        n = self.calls = self.calls + 1
        if self.stops and n in self.stops:
            raise CallStopped(self.stops[n])
        words = self.words
        if words is None:
            return fn(*args)
        words[CALL] = 2 * n - 1
        try:
            return fn(*args)
        finally:
            words[CALL] = 2 * n


@contextlib.contextmanager
def quiet_stdout() -> Iterator[None]:
    """Everything written to stdout (Python or file descriptor 1) goes to stderr meanwhile."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    saved = None
    try:
        saved = os.dup(1)
        os.dup2(2, 1)
    except OSError:
        saved = None
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        if saved is not None:
            os.dup2(saved, 1)
            os.close(saved)
