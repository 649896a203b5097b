"""The built lark parser cached beside the package's bytecode (``__pycache__``), as one pickle.

Why: lark's own cache (``cache=True``) keeps the LALR tables in its serialized form and
rebuilds the parser's objects from it in every process (deserializing every state's actions,
then the contextual lexers): ~0.08 s, a tenth of a ``check`` of the bundled specs, all of it
before the workers of a ``--jobs`` run can fork. A pickle of the built parser loads in
~0.01 s.

What it holds and when it is used: the whole ``Lark`` object after it was built (tables,
lexers, the layout post-lexer with its keywords), written once and read by later processes
only when its key matches: a digest of the grammar text, lark's version, the interpreter's
bytecode tag, the parser's options, and the source of the modules whose objects are in it
(the post-lexer's, the tree builder's) and of this one. Like Python's own ``.pyc`` files it
sits in the package's ``__pycache__``, is not written when bytecode writing is off
(``PYTHONDONTWRITEBYTECODE``) or the folder is read-only, is replaced atomically, and a
missing, stale or unreadable file is ignored (the parser is built as before).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import io
import os
import pickle
import sys
import types
from collections.abc import Callable, Sequence
from typing import Any

from lark import Lark
from lark.parsers import lalr_analysis
from lark.parsers.lalr_analysis import Action

FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__",
                    f"lark_parser.{sys.implementation.cache_tag}.pickle")


def key(grammar: bytes, options: dict[str, Any], modules: Sequence[types.ModuleType]) -> bytes:
    """The digest a cached parser must carry to be used (see the module docstring)."""
    import lark

    digest = hashlib.blake2b(digest_size=32)
    for part in (grammar, lark.__version__.encode(), sys.implementation.cache_tag.encode(),
                 repr(sorted((k, repr(v)) for k, v in options.items())).encode()):
        digest.update(len(part).to_bytes(8, "little") + part)
    for module in (*modules, sys.modules[__name__]):  # this module: how it was pickled
        with open(module.__file__ or "", "rb") as handle:
            source = handle.read()
        digest.update(len(source).to_bytes(8, "little") + source)
    return digest.digest()


def cached_parser(digest: bytes, build: Callable[[], Lark], path: str = FILE) -> Lark:
    """The parser cached at ``path`` under ``digest``, else ``build()`` (then cached)."""
    found = _read(path, digest)
    if found is not None:
        return found
    parser = build()
    _write(path, digest, parser)
    return parser


def _read(path: str, digest: bytes) -> Lark | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if data[: len(digest)] != digest:
        return None
    try:
        found = pickle.loads(data[len(digest):])
    except Exception:  # a file cut short, or written by another version of a class
        return None
    return found if isinstance(found, Lark) else None


_SINGLETONS = ("Shift", "Reduce")
"""lark's parse actions, compared by identity (``action is Shift``): pickled by name."""


class _Pickler(pickle.Pickler):
    """Pickles the references a built parser holds to modules (lark keeps ``re``) and to
    lark's action singletons by name, so that they are the loading process's own."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, types.ModuleType):
            return importlib.import_module, (obj.__name__,)
        if isinstance(obj, Action):
            for name in _SINGLETONS:
                if obj is getattr(lalr_analysis, name):
                    return getattr, (lalr_analysis, name)
        return NotImplemented


def _write(path: str, digest: bytes, parser: Lark) -> None:
    """Write the cache atomically; never raises (a parser that does not pickle is not cached)."""
    if sys.dont_write_bytecode:
        return
    buffer = io.BytesIO()
    try:
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(parser)
    except Exception:
        return
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as handle:
            handle.write(digest + buffer.getvalue())
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
