"""Time budgets for proofs: a deadline checked between steps, and guarded single SymPy calls.

Why both: the rewrite engine is a loop, so it checks the deadline between rules; but one SymPy
call (``simplify`` of a large difference) can run for minutes on its own. Such calls run under
``guarded``: in the main thread a ``SIGALRM`` timer interrupts the call; elsewhere (no signals
off the main thread) the call runs in a daemon thread that is abandoned when time is up.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from jepa_formal.errors import BudgetExceeded

T = TypeVar("T")


class Deadline:
    """A point in time after which a proof attempt gives up (``check`` raises)."""

    __slots__ = ("_end", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def check(self) -> None:
        if self.expired():
            raise BudgetExceeded(f"time budget of {self.seconds:g} s spent")


def guarded(fn: Callable[..., T], *args: Any, seconds: float) -> T:
    """``fn(*args)``, or ``BudgetExceeded`` when it does not return within ``seconds``."""
    if seconds <= 0:
        raise BudgetExceeded("time budget spent before a SymPy call")
    if _can_use_alarm():
        return _with_alarm(fn, args, seconds)
    return _with_thread(fn, args, seconds)


def _can_use_alarm() -> bool:
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    current = signal.getsignal(signal.SIGALRM)
    # Only borrow the alarm when nobody else uses it (pytest-timeout and the like may).
    return current in (signal.SIG_DFL, signal.SIG_IGN, None) or current is _on_alarm


class _Alarm(BaseException):
    """Raised inside the guarded call by the timer; a BaseException so SymPy's own
    ``except Exception`` blocks cannot swallow it."""


_armed = False
"""True only while a guarded call runs: a SIGALRM whose Python handler runs later (during the
clean-up after the call returned) must not raise where nobody catches it."""


def _on_alarm(signum: int, frame: Any) -> None:
    if _armed:
        raise _Alarm()


def _with_alarm(fn: Callable[..., T], args: tuple[Any, ...], seconds: float) -> T:
    global _armed
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    outer = signal.getitimer(signal.ITIMER_REAL)
    was_armed = _armed
    try:
        _armed = True
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return fn(*args)
        finally:  # an alarm landing here (the call just returned) is caught below
            _armed = was_armed
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Alarm:
        raise BudgetExceeded(f"a SymPy call ran over {seconds:.2g} s") from None
    finally:
        signal.signal(signal.SIGALRM, previous)
        if outer[0] > 0:  # leave an outer timer as we found it (approximately)
            signal.setitimer(signal.ITIMER_REAL, *outer)


def _with_thread(fn: Callable[..., T], args: tuple[Any, ...], seconds: float) -> T:
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # handed back to the caller below
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True, name="jepa-formal-sympy")
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise BudgetExceeded(f"a SymPy call ran over {seconds:.2g} s (abandoned)")
    if "error" in box:
        raise box["error"]
    return box["value"]
