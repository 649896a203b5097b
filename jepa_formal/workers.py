"""Forked workers that outlive each other's deaths: a worker that dies costs the item it was
running, never the run.

Why not ``multiprocessing.Pool``: when one of its workers dies (a segfault in Z3, the
out-of-memory killer's ``SIGKILL``, an ``os._exit`` somewhere below), the pool quietly starts
another, but the task the dead one held is never answered, and ``imap`` waits for it forever.
Here the parent holds every worker's pipes itself: each worker sends one message per item as
soon as it has the result, so when its pipe closes early the parent knows exactly which item
it was running (the first one of its task not answered). That item gets ``lost(item, cause)``
("was killed by signal 9 (SIGKILL)", "exited with status 3"), the rest of the task is handed out
again (each item is checked from scratch, so its result is the one it would have had), a new
worker is forked in place of the dead one, and results still come back in submission order.

Each death costs one item, so a run ends even when every item kills its worker. There are no
threads in the parent (``Pool`` runs three): a message costs a ``select`` and a ``read``.
Workers ignore ``SIGINT`` (Ctrl-C reaches the whole process group): the parent decides what
an interrupt does, and kills them. They leave with ``os._exit``: nothing the parent buffered
or registered at exit runs twice.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import signal
import struct
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

EXIT_GRACE = 2.0
"""Seconds the workers get to exit after their last task before they are killed."""

Run = Callable[[int], Any]
Lost = Callable[[int, str], Any]


def guarded_map(run: Run, tasks: Sequence[Sequence[int]], jobs: int, lost: Lost
                ) -> Iterator[Any]:
    """``run(item)`` for every item of every task, in order, computed by ``jobs`` forked
    workers, a task at a time; an item whose worker died yields ``lost(item, cause)`` instead
    (called in this process). Items must be distinct. ``run`` is the function the workers
    inherit: it should not raise (an exception ends the worker, and costs its item)."""
    order = [item for task in tasks for item in task]
    pool = _Pool(run, lost, jobs, deque(list(task) for task in tasks if task))
    try:
        pool.fill()
        for item in order:
            while item not in pool.results:
                pool.wait()
            yield pool.results.pop(item)
        pool.close()
    finally:
        pool.kill()


@dataclass
class _Worker:
    pid: int
    tasks: int
    """Write end of the pipe that carries tasks to the worker (closed: no more work)."""
    results: int
    """Read end of the pipe that carries ``(item, result)`` back."""
    pending: deque[int] = field(default_factory=deque)
    """Items handed to the worker and not answered yet, in the order it runs them."""
    inbox: bytes = b""


class _Pool:
    def __init__(self, run: Run, lost: Lost, jobs: int, queue: deque[list[int]]) -> None:
        self.run = run
        self.lost = lost
        self.jobs = jobs
        self.queue = queue
        self.results: dict[int, Any] = {}
        self.workers: dict[int, _Worker] = {}  # by the read end of its result pipe

    def fill(self) -> None:
        """Hand queued tasks to idle workers, then fork workers (up to ``jobs``) for the
        rest."""
        for worker in self.workers.values():
            if self.queue and not worker.pending:
                self._hand(worker)
        while self.queue and len(self.workers) < self.jobs:
            self.spawn()

    def spawn(self) -> None:
        """Fork a worker and hand it the next task."""
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        held = [fd for w in self.workers.values() for fd in (w.tasks, w.results)]
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the worker; its effects are what the tests see
            for fd in (*held, task_write, result_read):
                os.close(fd)
            _child(self.run, task_read, result_write)
        os.close(task_read)
        os.close(result_write)
        worker = _Worker(pid, task_write, result_read)
        self.workers[result_read] = worker
        self._hand(worker)

    def _hand(self, worker: _Worker) -> None:
        task = self.queue.popleft()
        worker.pending.extend(task)
        _send(worker.tasks, task)

    def wait(self) -> None:
        """Read what the workers sent; replace the dead ones."""
        if not self.workers:  # every unanswered item is queued or held by a live worker
            raise RuntimeError("internal error: items left and no worker to run them")
        ready, _, _ = select.select(list(self.workers), [], [])
        for fd in ready:
            worker = self.workers[fd]
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                self._ended(worker)
                continue
            worker.inbox += chunk
            for item, result in _messages(worker):
                if worker.pending and worker.pending[0] == item:
                    worker.pending.popleft()
                self.results[item] = result
            if not worker.pending and self.queue:
                self._hand(worker)

    def _ended(self, worker: _Worker) -> None:
        """``worker`` closed its pipe: it exited or died. Its current item is lost, the rest
        of its task goes back to the front of the queue for a new worker."""
        del self.workers[worker.results]
        _close(worker)
        how = _reap(worker.pid)
        if not worker.pending:
            return
        item = worker.pending.popleft()
        self.results[item] = self.lost(item, how)
        if worker.pending:
            self.queue.appendleft(list(worker.pending))
        self.fill()

    def close(self) -> None:
        """No more work: the workers read the end of their task pipe and exit."""
        for worker in self.workers.values():
            _close(worker, results=False)
        deadline = time.monotonic() + EXIT_GRACE
        for key, worker in list(self.workers.items()):
            while time.monotonic() < deadline:
                try:
                    done, _ = os.waitpid(worker.pid, os.WNOHANG)
                except ChildProcessError:
                    done = worker.pid
                if done:
                    _close(worker)
                    del self.workers[key]
                    break
                time.sleep(0.005)

    def kill(self) -> None:
        """Stop every worker still running (an interrupt, an error, or one that did not exit
        in time) and collect it."""
        for worker in self.workers.values():
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker.pid, signal.SIGKILL)
            _close(worker)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(worker.pid, 0)
        self.workers.clear()


def _close(worker: _Worker, results: bool = True) -> None:
    """Close the worker's task pipe (and its result pipe), once: a closed descriptor is
    set to -1, so a number the system has since handed to another file is never closed."""
    names = ("tasks", "results") if results else ("tasks",)
    for name in names:
        fd = getattr(worker, name)
        if fd >= 0:
            setattr(worker, name, -1)
            with contextlib.suppress(OSError):
                os.close(fd)


def _messages(worker: _Worker) -> Iterator[tuple[int, Any]]:
    """The complete length-prefixed messages in ``worker.inbox`` (a partial one stays)."""
    while len(worker.inbox) >= 8:
        (size,) = struct.unpack("<Q", worker.inbox[:8])
        if len(worker.inbox) < 8 + size:
            return
        message = pickle.loads(worker.inbox[8:8 + size])
        worker.inbox = worker.inbox[8 + size:]
        yield message


def _send(fd: int, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(struct.pack("<Q", len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _receive(fd: int) -> Any:
    """The next message on ``fd``, or None at its end."""
    head = _read_exactly(fd, 8)
    if head is None:
        return None
    (size,) = struct.unpack("<Q", head)
    body = _read_exactly(fd, size)
    return None if body is None else pickle.loads(body)


def _read_exactly(fd: int, size: int) -> bytes | None:
    out = b""
    while len(out) < size:
        chunk = os.read(fd, size - len(out))
        if not chunk:
            return None
        out += chunk
    return out


def can_fork() -> bool:
    """Whether workers can be forked here (POSIX). ``"fork" in
    multiprocessing.get_all_start_methods()`` says the same, but importing ``multiprocessing``
    costs ~9 ms of every run's serial start, which no worker shares."""
    return hasattr(os, "fork")


WORKER_GC_THRESHOLD = 20_000
"""A worker's youngest-generation collection threshold (CPython's default is 700). A worker
lives for one run and allocates fast (SymPy expressions, instances): at the default, its
collections were ~3.5 % of its CPU; fewer of them only delay freeing cyclic garbage."""


def _child(run: Run, tasks: int, results: int) -> None:  # pragma: no cover - in the worker
    """The worker: run each item of each task, send its result, leave at the end of tasks."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
        while (task := _receive(tasks)) is not None:
            for item in task:
                _send(results, (item, run(item)))
        code = 0
    finally:
        os._exit(code)


def describe_end(status: int) -> str:
    """A worker's ``waitpid`` status in words: ``was killed by signal 9 (SIGKILL)``, ``exited
    with status 3``."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = f" ({signal.Signals(number).name})"
        except ValueError:
            name = ""
        return f"was killed by signal {number}{name}"
    if os.WIFEXITED(status):
        return f"exited with status {os.WEXITSTATUS(status)}"
    return f"ended (wait status {status})"  # pragma: no cover - stopped/continued


def _reap(pid: int) -> str:
    """Collect a worker whose pipe closed (it has exited or is exiting; one that closed the
    pipe and lives on is killed after ``EXIT_GRACE``); how it ended."""
    deadline = time.monotonic() + EXIT_GRACE
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return "ended (already collected)"
        if done:
            return describe_end(status)
        if time.monotonic() >= deadline:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            deadline = float("inf")
        time.sleep(0.002)


__all__ = ["describe_end", "guarded_map"]
