"""Isolating the user's code: its output kept off stdout, and a time limit per call.

Why file descriptors and not only ``sys.stdout``: a module that prints through C code, a
subprocess or ``os.write(1, …)`` bypasses ``sys.stdout``; with ``--format json`` any byte on
stdout corrupts the document. ``quiet_stdout`` points descriptor 1 at descriptor 2 for the
whole run (imports and calls) and restores it before the report is written.

Why ``SIGALRM``: a callable that never returns must cost one law an ``error``, not the run.
An interval timer raises ``CallTimeout`` inside the call (pure-Python loops and most NumPy
code are interruptible between bytecodes); it is armed once per call, which costs a system
call, not a thread. Outside the main thread (or without ``SIGALRM``) calls run unguarded.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any


class CallTimeout(BaseException):
    """The user's callable ran past the per-call time limit. A ``BaseException`` so that a
    callable's own ``except Exception`` cannot swallow it."""


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


class Watchdog:
    """Calls with a time limit (``seconds`` > 0) while entered; unguarded otherwise."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.armed = False
        self._previous: Any = None

    def __enter__(self) -> Watchdog:
        if (self.seconds > 0 and hasattr(signal, "setitimer")
                and threading.current_thread() is threading.main_thread()):
            self._previous = signal.signal(signal.SIGALRM, _raise_timeout)
            self.armed = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
            self.armed = False

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        if not self.armed:
            return fn(*args)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            return fn(*args)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _raise_timeout(signum: int, frame: Any) -> None:
    raise CallTimeout()
