"""``auto``'s quick concrete passes run ahead, in a forked child, while the parent imports SymPy.

Why: before a ``--jobs`` run forks its workers, the parent imports SymPy and the prover
(~0.3 s, one core busy and the other idle), and the quick pass of every theorem (``check.py``,
``QUICK_EXAMPLES`` instances before the prover) needs no SymPy at all: it is half of the
checking work of the bundled specs. A child forked before that import runs the quick passes
in file order on the idle core; when the parent is done importing, it stops the child and
hands the outcomes received to its workers, which then go straight to the prover (or report
the refutation) for those theorems. Nothing is waited for: a theorem the child had not
finished is checked by a worker as before.

Why the verdicts are the same: a quick pass is a function of the law and its seed (derived
from the theorem's name), whichever process runs it; its CPU time is charged to the
theorem's time limit in the worker (``timelimit.charge``) and its wall time added to the
verdict's ``seconds``, as if the worker had run it.

The child writes length-prefixed pickles to an unlinked temporary file (a pipe would fill
up and block it while the parent imports), is killed (``SIGKILL``: no clean-up of the
parent's state may run in it) and reaped; a record cut short by the kill is ignored.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import struct
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jepa_formal.mirror.core.terms import Law
    from jepa_formal.numeric.outcome import NumericOutcome
    from jepa_formal.reader.syntax import Theorem

_HEADER = struct.Struct("<iI")
"""A record's header: the entry index and the size of the pickle that follows."""


@dataclass(frozen=True, slots=True)
class Ahead:
    """A quick pass run ahead: its outcome (None: the search could not run it, as
    ``check._quick_search`` returns), the CPU and wall seconds it took in the child, and
    what the child read to run it: the statement of a deferred entry (``theorem``, None when
    the entry had it already) and the elaborated law (``law``). Unpickling those costs a
    sixth of reading and elaborating the statement again in the worker."""

    outcome: NumericOutcome | None
    cpu: float
    wall: float
    theorem: Theorem | None = None
    law: Law | None = None


QuickFn = Callable[[Any, int, Any], "Ahead | None"]
"""``quick(workload, index, options)``: the entry's quick pass with its CPU and wall seconds
(those of the search alone: the worker reads and elaborates the statement itself), or None
when it has none (not ``auto``, a statement that does not read or elaborate: the worker
decides as before)."""


class QuickAhead:
    """The child running quick passes of ``indices`` in order (``start`` forks it,
    ``collect`` stops it and returns what it finished)."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.file: IO[bytes] | None = None

    def start(self, workload: Any, options: Any, indices: Sequence[int], quick: QuickFn) -> None:
        """Fork the child (nothing happens where ``fork`` is unavailable or fails)."""
        if not hasattr(os, "fork") or not indices:
            return
        try:
            self.file = tempfile.TemporaryFile()
            pid = os.fork()
        except OSError:
            self._close()
            return
        if pid:
            self.pid = pid
            return
        _child(self.file, workload, options, indices, quick)  # never returns

    def collect(self) -> Records:
        """Stop the child and read the quick passes it completed (none if it never ran)."""
        if self.pid is None or self.file is None:
            self._close()
            return Records({})
        self.stop(self.pid)
        self.pid = None
        try:
            self.file.seek(0)
            data = self.file.read()
        except OSError:
            data = b""
        self._close()
        return Records.of(data)

    @staticmethod
    def stop(pid: int) -> None:
        """End the child now and reap it (what it has not finished is the workers' job)."""
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)

    def _close(self) -> None:
        if self.file is not None:
            with contextlib.suppress(OSError):
                self.file.close()
            self.file = None


class Records:
    """The child's complete records by entry index, each unpickled when a worker asks for it
    (``get``): unpickled by the parent, ~0.15 ms a record, they were serial time before the
    workers fork; a worker unpickles only its own share, in parallel with the other."""

    __slots__ = ("_raw",)

    def __init__(self, raw: dict[int, bytes]) -> None:
        self._raw = raw

    @classmethod
    def of(cls, data: bytes) -> Records:
        """The records of the child's file (a last one cut short by the kill is dropped)."""
        raw: dict[int, bytes] = {}
        at = 0
        view = memoryview(data)
        while at + _HEADER.size <= len(data):
            index, size = _HEADER.unpack_from(data, at)
            body = view[at + _HEADER.size : at + _HEADER.size + size]
            if len(body) < size:
                break
            raw[index] = body  # type: ignore[assignment]
            at += _HEADER.size + size
        return cls(raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __iter__(self) -> Iterator[int]:
        return iter(self._raw)

    def get(self, index: int) -> Ahead | None:
        """The quick pass of entry ``index`` run ahead, or None (not run, or unreadable: the
        worker runs it as before)."""
        body = self._raw.get(index)
        if body is None:
            return None
        try:
            found = pickle.loads(body)
        except Exception:
            return None
        return found if isinstance(found, Ahead) else None


def read_records(data: bytes) -> dict[int, Ahead]:
    """Every complete, readable record of ``data`` by entry index (``Records``, unpickled)."""
    records = Records.of(data)
    return {i: found for i in records if (found := records.get(i)) is not None}


def write_record(handle: IO[bytes], index: int, ahead: Ahead) -> None:
    """One record, written with a single ``write`` of the header and the pickle."""
    body = pickle.dumps(ahead, protocol=pickle.HIGHEST_PROTOCOL)
    handle.write(_HEADER.pack(index, len(body)) + body)
    handle.flush()


def _child(handle: IO[bytes], workload: Any, options: Any, indices: Sequence[int],
           quick: QuickFn) -> None:
    """The child's life: quick passes in order, each record flushed, then ``_exit`` (never
    the parent's exit handlers, never an exception into the parent's code)."""
    status = 0
    try:
        # a Ctrl-C reaches the whole process group: the parent handles it, the child just ends
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        gc.freeze()  # collections never touch (and copy) the pages shared with the parent
        for index in indices:
            try:
                done = quick(workload, index, options)
            except Exception:
                done = None  # the worker checks this one as before (and reports any bug)
            if done is not None:
                write_record(handle, index, done)
    except BaseException:
        status = 1
    finally:
        os._exit(status)
