"""Running the laws in a worker process that the parent watches: a call that never returns,
even inside C code, costs one law an ``error``, not the run.

Why a process: only the operating system can stop code that never returns to the Python
interpreter (``sum(range(10**12))``, a C extension's loop) or that ignores ``SIGALRM``. The
parent forks a worker (which inherits the spec, the bindings and the user's modules, so
nothing is imported or elaborated again), and the worker checks the laws in order and sends
each law's result through a pipe as soon as it has it: one message per law, no round trip
per call. Each call of the user's callable writes two words of shared memory
(``isolation.CallGuard``); the parent, waiting on the pipe, reads them every few hundredths
of a second. When the same call has been running for ``call_timeout`` seconds, the parent
kills the worker and forks a new one, which checks that law again from its first instance
(the draw is seeded, so it is the same instance) and, at the call that hung, raises
``CallStopped`` instead of calling: the law's result is an ``error`` showing that input and
the call, exactly as for an exception. A worker that dies inside a call (a segfault, an
``os._exit`` in the user's code) is handled the same way. The worker ends with ``os._exit``,
so a non-daemon thread started by the user's code cannot keep the run alive.

Without ``fork`` (Windows) or with ``call_timeout=0`` the laws run in this process, unguarded.
"""

from __future__ import annotations

import contextlib
import gc
import io
import mmap
import os
import pickle
import select
import signal
import struct
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from jepa_formal.conform.isolation import CALL, LAW, CallGuard
from jepa_formal.conform.result import LawResult

MAX_STOPS = 3
"""Calls of one law that may hang or die before the law is given up (each replay re-checks
the law from its first instance)."""

EXIT_GRACE = 1.0
"""Seconds a worker that sent its last result may take to exit before it is killed."""

Work = Callable[[int], LawResult]
GiveUp = Callable[[int, str], LawResult]


class Supervisor:
    """Runs ``work(i)`` for every law index in a watched worker; ``guard`` is the call counter
    the adapters of the run must use."""

    def __init__(self, call_timeout: float) -> None:
        self.timeout = float(call_timeout)
        self.isolated = self.timeout > 0 and hasattr(os, "fork")
        words = None
        if self.isolated:
            self._memory = mmap.mmap(-1, 16)  # anonymous and shared with forked children
            words = memoryview(self._memory).cast("q")
        self.guard = CallGuard(words)
        self.workers = 0
        """Workers started by ``run`` (1 when nothing hung)."""

    def run(self, count: int, work: Work, give_up: GiveUp) -> list[LawResult]:
        if not self.isolated:
            out = []
            for i in range(count):
                self.guard.begin(i)
                out.append(work(i))
            return out
        results: list[LawResult | None] = [None] * count
        stops: dict[int, dict[int, str]] = {}
        start = 0
        while start < count:
            start = self._worker(start, count, work, give_up, results, stops)
        return [r if r is not None else give_up(i, "no result from the worker process")
                for i, r in enumerate(results)]

    # -- one worker ---------------------------------------------------------------------------

    def _worker(self, start: int, count: int, work: Work, give_up: GiveUp,
                results: list[LawResult | None], stops: dict[int, dict[int, str]]) -> int:
        """Run laws ``start…`` in a new worker; returns the index to start the next one at."""
        words = self.guard.words
        words[LAW], words[CALL] = start, 0
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()  # or the child would write the parent's buffers again
        read, write = os.pipe()
        pid = _fork()
        if pid == 0:  # pragma: no cover - the worker; its effects are what the tests see
            os.close(read)
            _child(write, start, count, work, self.guard, stops)
        os.close(write)
        self.workers += 1
        try:
            return self._watch(pid, read, start, count, give_up, results, stops)
        finally:
            os.close(read)
            _reap(pid)

    def _watch(self, pid: int, read: int, start: int, count: int, give_up: GiveUp,
               results: list[LawResult | None], stops: dict[int, dict[int, str]]) -> int:
        words = self.guard.words
        poll = max(0.01, min(0.05, self.timeout / 4))
        inbox = _Inbox()
        seen: tuple[int, int] | None = None
        since = 0.0
        next_law = start
        while True:
            ready, _, _ = select.select([read], [], [], poll)
            if ready:
                chunk = os.read(read, 1 << 16)
                if not chunk:
                    return self._died(pid, next_law, give_up, results, stops)
                for msg in inbox.feed(chunk):
                    if msg[0] == "law":
                        results[msg[1]] = msg[2]
                        next_law = msg[1] + 1
                    elif msg[0] == "done":
                        return count
                    elif msg[0] == "raise":
                        raise msg[1]
                    elif msg[0] == "out":
                        _echo(msg[1])
            state = words[CALL]
            if not state & 1:
                seen = None
                continue
            key = (int(words[LAW]), int(state))
            now = time.monotonic()
            if key != seen:
                seen, since = key, now
            elif now - since >= self.timeout:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                return self._stop(key[0], (key[1] + 1) // 2, "timeout", give_up, results,
                                  stops)

    def _died(self, pid: int, law: int, give_up: GiveUp, results: list[LawResult | None],
              stops: dict[int, dict[int, str]]) -> int:
        """The worker closed the pipe without finishing: it died (or exited) at ``law``."""
        how = _reap(pid, wait=True)
        words = self.guard.words
        law = int(words[LAW]) if int(words[LAW]) >= law else law
        state = int(words[CALL])
        if state & 1:  # inside a call of the user's code
            return self._stop(law, (state + 1) // 2, f"the process running it {how}",
                              give_up, results, stops)
        results[law] = give_up(law, f"internal error in jepa-formal (a bug, please report "
                                    f"it): the worker process {how} outside a call of the "
                                    "callable")
        return law + 1

    def _stop(self, law: int, call: int, reason: str, give_up: GiveUp,
              results: list[LawResult | None], stops: dict[int, dict[int, str]]) -> int:
        """Record that call ``call`` of law ``law`` cannot finish; re-check that law (or give
        it up after ``MAX_STOPS`` such calls)."""
        mine = stops.setdefault(law, {})
        mine[call] = reason
        if len(mine) >= MAX_STOPS:
            what = (f"did not return within {self.timeout:g} s" if reason == "timeout"
                    else reason)
            results[law] = give_up(law, f"the callable {what} on {len(mine)} calls of this "
                                        "law; the law was given up")
            return law + 1
        return law


def _fork() -> int:
    """``os.fork`` with the parent's objects frozen for the child's garbage collector: a
    collection in the worker would otherwise walk every object the parent holds (the spec,
    SymPy, NumPy), writing to each and so copying every page of the heap (tens of
    milliseconds, more than the laws of a small spec cost). The parent unfreezes at once."""
    gc.freeze()
    try:
        pid = os.fork()
    except BaseException:
        gc.unfreeze()
        raise
    if pid != 0:
        gc.unfreeze()
    return pid


class _Inbox:
    """Length-prefixed pickles read back from the pipe."""

    def __init__(self) -> None:
        self.buf = b""

    def feed(self, chunk: bytes) -> list[Any]:
        self.buf += chunk
        out = []
        while len(self.buf) >= 8:
            (size,) = struct.unpack("<Q", self.buf[:8])
            if len(self.buf) < 8 + size:
                break
            out.append(pickle.loads(self.buf[8:8 + size]))
            self.buf = self.buf[8 + size:]
        return out


_SENDING = threading.Lock()
"""One message at a time on the pipe (a thread of the user's code may print meanwhile)."""


def _send(fd: int, msg: Any) -> None:
    data = pickle.dumps(msg)
    data = struct.pack("<Q", len(data)) + data
    view = memoryview(data)
    with _SENDING:
        while view:
            view = view[os.write(fd, view):]


def _child(write: int, start: int, count: int, work: Work, guard: CallGuard,
           stops: dict[int, dict[int, str]]) -> None:  # pragma: no cover - runs in the worker
    """The worker: check laws ``start…``, send each result, and leave with ``os._exit``."""
    code = 0
    try:
        sys.stdout = sys.stderr = _Forward(write)
        _one_thread_per_library()
        for i in range(start, count):
            guard.begin(i, stops.get(i))
            result = work(i)
            try:
                _send(write, ("law", i, result))
            except (pickle.PicklingError, TypeError, AttributeError) as exc:
                _send(write, ("law", i, LawResult(result.name, "error", detail=(
                    f"internal error in jepa-formal (a bug, please report it): the result "
                    f"could not be sent back ({type(exc).__name__}: {exc})"), internal=True)))
        _send(write, ("done",))
    except Exception as exc:  # a bad binding (BindingError, UsageError) ends the run
        try:
            _send(write, ("raise", exc))
        except Exception:
            from jepa_formal.errors import UsageError

            _send(write, ("raise", UsageError(f"{type(exc).__name__}: {exc}")))
    except BaseException:
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


class _Forward(io.TextIOBase):
    """The worker's ``sys.stdout``/``sys.stderr``: text the user's code prints is sent to the
    parent, which writes it to its own ``sys.stderr`` (a pytest ``capsys``, a notebook's
    stream: objects a forked child cannot write to). Bytes written to file descriptors 1
    and 2 go straight to the parent's descriptor 2."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if text:
            _send(self._fd, ("out", str(text)))
        return len(text)

    def fileno(self) -> int:
        return 2

    def isatty(self) -> bool:
        return False


def _echo(text: str) -> None:
    with contextlib.suppress(Exception):
        sys.stderr.write(text)
        sys.stderr.flush()


def _one_thread_per_library() -> None:  # pragma: no cover - runs in the worker
    """A forked child must not enter an OpenMP pool its parent started (GNU OpenMP hangs):
    PyTorch, when the user's code imported it, runs single-threaded in the worker (what
    PyTorch's own DataLoader workers do)."""
    torch = sys.modules.get("torch")
    if torch is not None:
        with contextlib.suppress(Exception):
            torch.set_num_threads(1)


def _reap(pid: int, wait: bool = False) -> str:
    """Collect the worker (killing it if it outlives ``EXIT_GRACE``); how it ended, in words."""
    deadline = time.monotonic() + EXIT_GRACE
    while True:
        try:
            done, status = os.waitpid(pid, 0 if wait else os.WNOHANG)
        except ChildProcessError:
            return "ended"
        if done:
            if os.WIFSIGNALED(status):
                sig = os.WTERMSIG(status)
                try:
                    name = signal.Signals(sig).name
                except ValueError:
                    name = str(sig)
                return f"was killed by signal {name}"
            return f"exited with status {os.WEXITSTATUS(status)}"
        if time.monotonic() >= deadline:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            wait = True
            continue
        time.sleep(0.005)
