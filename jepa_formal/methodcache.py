"""Compiled dataclass methods cached beside the package's bytecode (``__pycache__``).

Why: this package defines ~200 frozen, slotted dataclasses (the syntax tree, the core terms,
verdicts…), and on Python 3.11 ``@dataclass`` writes the source of every generated method
(``__init__``, ``__eq__``, ``__hash__``, ``__repr__``, ``__setattr__``, ``__delattr__``) and
compiles it with ``exec`` at import time: half of the dataclass decorator's cost, and about a
tenth of a ``check`` run on the bundled specs (measured by ``benchmarks/startup.py``). Python
caches the bytecode of modules, never of these strings.

What it does: ``install()`` gives the ``dataclasses`` module an ``exec`` (a module global that
shadows the builtin only there) which looks the source text up in a table of code objects
before compiling it. The table is read from one ``marshal`` file at start-up and written back
(atomically, only when something new was compiled) at exit. A code object is keyed by the
*whole* source text it was compiled from and the file by the interpreter's bytecode tag, so a
hit executes exactly what ``exec(text)`` would have compiled: the generated methods are the
same functions, only not recompiled. Like Python's own ``.pyc`` files the table is not
written when bytecode writing is off (``PYTHONDONTWRITEBYTECODE``) or the folder is read-only;
a missing, stale or corrupt file is ignored (everything is compiled as before).
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import marshal
import os
import sys
import types
from typing import Any

OWNER = __name__.partition(".")[0]
"""The package whose dataclasses are cached (``jepa_formal``)."""

MAX_ENTRIES = 4000
"""More texts than this (a long-lived process creating many dataclasses of its own) and only
those used by this process are written back."""

_FILE = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "__pycache__",
    f"dataclass_methods.{sys.implementation.cache_tag}.marshal",
)


class _Table:
    """The code objects by source text; ``new`` counts texts compiled in this process."""

    def __init__(self, path: str, owners: tuple[str, ...] = (OWNER,)) -> None:
        self.path = path
        self.owners = owners  # modules whose dataclasses go through the table
        self.codes: dict[str, types.CodeType] = _read(path)
        self.used: set[str] = set()
        self.new = 0

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """``exec`` as the dataclasses module calls it, compiling a text at most once."""
        if not isinstance(source, str) or not self._owned(globals):
            return builtins.exec(source, globals, locals)
        code = self.codes.get(source)
        if code is None:
            # dont_inherit: compiled as exec() in dataclasses.py would (no __future__ flags)
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self.codes[source] = code
            self.new += 1
        self.used.add(source)
        return builtins.exec(code, globals, locals)

    def _owned(self, globals: Any) -> bool:
        """The class being made is defined in one of ``owners`` (``dataclasses`` passes the
        defining module's namespace): the dataclasses of a program that imports this package
        (a test suite using the pytest plugin, a training script calling ``conform``) are
        compiled as Python always does and never written to this package's folder."""
        name = globals.get("__name__") if isinstance(globals, dict) else None
        return isinstance(name, str) and any(
            name == owner or name.startswith(owner + ".") for owner in self.owners)

    def save(self) -> None:
        """Write the table back if this process compiled something (never raises)."""
        if not self.new or sys.dont_write_bytecode:
            return
        codes = self.codes
        if len(codes) > MAX_ENTRIES:
            codes = {text: codes[text] for text in self.used}
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as handle:
                marshal.dump(codes, handle)
            os.replace(temporary, self.path)  # atomic: concurrent runs never see half a file
        except (OSError, ValueError):
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _read(path: str) -> dict[str, types.CodeType]:
    """The table of ``path``; empty when it is missing, unreadable or not a table."""
    try:
        with open(path, "rb") as handle:
            data = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items()
            if isinstance(k, str) and isinstance(v, types.CodeType)}


_installed: _Table | None = None


def install(path: str = _FILE) -> None:
    """Route ``dataclasses``' ``exec`` through the table (once per process)."""
    global _installed
    if _installed is not None:
        return
    table = _Table(path)
    dataclasses.exec = table.exec  # type: ignore[attr-defined]
    atexit.register(table.save)
    _installed = table


def uninstall() -> None:
    """Give ``dataclasses`` back the builtin ``exec`` (tests)."""
    global _installed
    if _installed is None:
        return
    vars(dataclasses).pop("exec", None)
    atexit.unregister(_installed.save)
    _installed = None
