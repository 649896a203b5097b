"""The verdict cache: an unchanged theorem is answered from disk, without SymPy.

Why: re-checking an unchanged file redoes every proof and search (32 s for 5,000 theorems).
A verdict depends only on the tool, the statement, the definitions it reaches and the options
that steer the check, so those form the key (a BLAKE2 digest):

* the tool: its version and a digest of its own source files (a development checkout that
  changes the prover must not reuse verdicts of the old prover);
* the statement's elaborated form (the typed core ``Law``; source positions do not count, so
  moving a theorem does not invalidate it);
* every definition and structure the statement reaches, transitively, in elaborated form;
* the theorem's name (its search seed is derived from it) and the options that affect a
  verdict: seed, examples, time budget, list bound, method, ``--audit``.

Entries are small JSON files under ``.jepa_formal_cache/`` (like ``.pytest_cache``): safe to
delete, written atomically (a temporary file then ``os.replace``, so concurrent runs never see
half an entry), and an entry that cannot be read or decoded is ignored (and rewritten). JSON,
not pickle: a cache directory can be committed or copied from elsewhere, and reading it must
never run code. ``error`` and ``inconclusive`` verdicts are not stored: the first is a bug to
be retried, the second usually a budget that a quieter run may not exhaust.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jepa_formal.verdict import Counterexample, Status, Step, Verdict

if TYPE_CHECKING:
    from jepa_formal.check import CheckOptions
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.core.terms import Law

CACHE_DIR = ".jepa_formal_cache"
"""The default cache folder, relative to the working directory."""

FORMAT = 1
"""Version of the entry layout; part of every key."""

NOT_STORED = frozenset({Status.ERROR, Status.INCONCLUSIVE})

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """A digest of the package's sources and grammar (read once): its version is among them
    (``__init__.py``), and so is every change to the checker."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"format {FORMAT}".encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".lark") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


# --------------------------------------------------------------------------------------------
# Keys
# --------------------------------------------------------------------------------------------


def law_key(law: Law, env: Env | None, name: str, options: CheckOptions) -> str:
    """The cache key of checking ``law`` (named ``name``) in ``env`` with ``options``."""
    refs: dict[str, None] = {}
    parts = [tool_fingerprint(), name, canonical(law, refs)]
    parts.extend(_reached(env, refs))
    parts.append(
        f"seed={options.seed} examples={options.max_examples} timeout={options.timeout!r} "
        f"bound={options.bound} method={getattr(options, 'method', 'prove')} "
        f"audit={getattr(options, 'audit', False)}"
    )
    digest = hashlib.blake2b("\x1e".join(parts).encode(), digest_size=20)
    return digest.hexdigest()


def _reached(env: Env | None, refs: dict[str, None]) -> list[str]:
    """The canonical forms of every definition and structure reached from ``refs``
    (transitively), in a stable order; an unreadable one contributes its error text."""
    memo = _memo(env)
    out: list[str] = []
    seen: set[str] = set()
    queue = sorted(refs)
    while queue:
        ref = queue.pop()
        if ref in seen:
            continue
        seen.add(ref)
        hit = memo.get(ref)
        if hit is None:
            inner: dict[str, None] = {}
            hit = (_describe(env, ref, inner), tuple(inner))
            memo[ref] = hit
        text, more = hit
        out.append(text)
        queue.extend(m for m in more if m not in seen)
    out.sort()
    return out


def _describe(env: Env | None, ref: str, refs: dict[str, None]) -> str:
    kind, _, name = ref.partition(":")
    lookup = getattr(env, "definition" if kind == "def" else "structure", None)
    try:
        info = lookup(name) if lookup is not None else None
    except Exception as exc:  # Unsupported, unknown name: the message is part of the key
        return f"{ref}!{type(exc).__name__}:{exc}"
    return f"{ref}={canonical(info, refs)}"


def _memo(env: Env | None) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Canonical forms of definitions, per Env (definitions are shared by many theorems)."""
    store = getattr(env, "concrete_cache", None)
    if isinstance(store, dict):
        memo: dict[str, tuple[str, tuple[str, ...]]] = store.setdefault("verdict_cache_defs", {})
        return memo
    return {}


def canonical(obj: Any, refs: dict[str, None]) -> str:
    """A stable text of a core value: dataclass fields that take part in equality (so no
    source spans), tuples, literals with their Python type. Names of user definitions and
    structures met on the way are added to ``refs`` (``def:NAME`` / ``struct:NAME``)."""
    out: list[str] = []
    _canon(obj, out, refs)
    return "".join(out)


def _canon(obj: Any, out: list[str], refs: dict[str, None]) -> None:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        cls = type(obj).__name__
        out.append(cls + "(")
        for f in dataclasses.fields(obj):
            if not f.compare:
                continue
            value = getattr(obj, f.name)
            out.append(f.name + "=")
            _canon(value, out, refs)
            out.append(",")
        out.append(")")
        if cls == "DefCall":
            refs[f"def:{obj.name}"] = None
        elif cls in ("TStruct", "MkStruct"):
            refs[f"struct:{obj.name}"] = None
        return
    if isinstance(obj, (tuple, list)):
        out.append("(")
        for item in obj:
            _canon(item, out, refs)
            out.append(",")
        out.append(")")
        return
    if isinstance(obj, (frozenset, set)):
        out.append("{" + ",".join(sorted(canonical(x, refs) for x in obj)) + "}")
        return
    if isinstance(obj, dict):
        items = sorted((canonical(k, refs), canonical(v, refs)) for k, v in obj.items())
        out.append("{" + ",".join(f"{k}:{v}" for k, v in items) + "}")
        return
    if obj is None or isinstance(obj, (bool, int, float, str, Fraction, complex)):
        out.append(f"{type(obj).__name__}:{obj!r}")
        return
    out.append(f"{type(obj).__module__}.{type(obj).__qualname__}:{obj!r}")


# --------------------------------------------------------------------------------------------
# Entries
# --------------------------------------------------------------------------------------------

_CLASSES: dict[str, type] = {"Step": Step, "Counterexample": Counterexample}


def _encode(value: Any) -> Any:
    if isinstance(value, Status):
        return {"__status__": value.value}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if name not in _CLASSES:
            raise TypeError(f"cannot store {name}")
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"__class__": name, "fields": fields}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"cannot store a {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    if isinstance(value, dict):
        if "__status__" in value:
            return Status(value["__status__"])
        cls = _CLASSES[value["__class__"]]
        return cls(**{k: _decode(v) for k, v in value["fields"].items()})
    return value


def encode_verdict(verdict: Verdict) -> str:
    """A verdict as JSON text (every field but its location and statement text, which the
    caller fills in from the theorem as it reads now)."""
    fields = {
        f.name: _encode(getattr(verdict, f.name))
        for f in dataclasses.fields(verdict)
        if f.name not in ("path", "line", "column", "statement", "cached")
    }
    return json.dumps({"format": FORMAT, "verdict": fields}, ensure_ascii=False)


def decode_verdict(text: str) -> Verdict:
    """The verdict of an entry; raises on anything malformed (the caller ignores the entry)."""
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError("other entry format")
    fields = {k: _decode(v) for k, v in data["verdict"].items()}
    verdict = Verdict(**fields)
    if not isinstance(verdict.status, Status):
        raise ValueError("no status")
    return verdict


class VerdictCache:
    """Verdicts stored by key under ``directory`` (created on first write)."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key[2:]}.json"

    def get(self, key: str) -> Verdict | None:
        """The stored verdict, or None when absent or unreadable (a corrupt entry is ignored)."""
        try:
            text = self._path(key).read_text(encoding="utf-8")
            verdict = decode_verdict(text)
        except Exception:
            self.misses += 1
            return None
        self.hits += 1
        return verdict

    def put(self, key: str, verdict: Verdict) -> None:
        """Store ``verdict`` atomically; never fails the run (an unwritable cache is skipped)."""
        if verdict.status in NOT_STORED:
            return
        path = self._path(key)
        try:
            text = encode_verdict(verdict)
            path.parent.mkdir(parents=True, exist_ok=True)
            self._ensure_tag()
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except (OSError, TypeError, ValueError):
            return

    def _ensure_tag(self) -> None:
        """A CACHEDIR.TAG and a .gitignore, as .pytest_cache has, so backups and git skip it."""
        tag = self.directory / "CACHEDIR.TAG"
        if tag.exists():
            return
        tag.write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This file is a cache directory tag created by jepa-formal.\n",
            encoding="utf-8",
        )
        (self.directory / ".gitignore").write_text("# created by jepa-formal\n*\n",
                                                   encoding="utf-8")
