"""The text of an ``inductive`` declaration split into its header parameters, its constructor
lines and its ``deriving`` clause.

Why apart from ``inductives.py``: reading a type ``Tree α`` while ``Tree``'s own constructors
are being elaborated needs the parameters from the header alone; this module reads text only
and imports no elaborator, so ``read_types`` can use it without an import cycle.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jepa_formal.errors import ParseError, Unsupported
from jepa_formal.reader import parse_decl, syntax

HEAD = re.compile(r"\binductive\s+(\S+)")
_CTOR = re.compile(r"^\s*\|\s*(\S+)(.*)$")


def ctor_lines(text: str) -> tuple[list[tuple[str, str]], tuple[str, ...], str]:
    """``(name, rest)`` of each constructor line, the derived classes, and the header's
    parameters text (``(α : Type) : ℕ → Type``: everything between the name and ``where`` or
    the first constructor)."""
    head = HEAD.search(text)
    rest = text[head.end():] if head else text
    cut_at = _header_end(rest)
    params = rest[:cut_at].strip()
    body = rest[cut_at:]
    if body.lstrip().startswith("where"):
        body = body.lstrip()[len("where"):]
    deriving: tuple[str, ...] = ()
    cut = re.search(r"\bderiving\b", body)
    if cut is not None:
        deriving = tuple(w for w in body[cut.end():].replace(",", " ").split() if w)
        body = body[:cut.start()]
    ctors: list[tuple[str, str]] = []
    for chunk in _bars(body):
        chunk = " ".join(chunk.split())
        m = _CTOR.match("| " + chunk)
        if m:
            ctors.append((m.group(1), m.group(2).strip()))
    return ctors, deriving, params


def _top_level(text: str) -> Iterator[tuple[int, str]]:
    """The characters of ``text`` outside every bracket pair, with their positions."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([{⦃⟨":
            depth += 1
        elif ch in ")]}⦄⟩":
            depth -= 1
        elif depth == 0:
            yield i, ch


def _header_end(rest: str) -> int:
    """Where the header ends: at the keyword ``where`` or the first ``|`` outside brackets."""
    for i, ch in _top_level(rest):
        if ch == "|" or (rest.startswith("where", i) and (
                i == 0 or not (rest[i - 1].isalnum() or rest[i - 1] in "_.'"))
                and not (rest[i + 5:i + 6].isalnum() or rest[i + 5:i + 6] in ("_", "'"))):
            return i
    return len(rest)


def _bars(body: str) -> list[str]:
    """The constructor texts: ``body`` split at each ``|`` outside brackets (one constructor
    per line, or several on one line: ``| warmup | train | eval``)."""
    out: list[str] = []
    depth, start = 0, None
    for i, ch in enumerate(body):
        if ch in "([{⦃⟨":
            depth += 1
        elif ch in ")]}⦄⟩":
            depth -= 1
        elif ch == "|" and depth == 0:
            if start is not None:
                out.append(body[start:i])
            start = i + 1
    if start is not None:
        out.append(body[start:])
    return out


def header_params(decl: syntax.OtherDecl) -> tuple[list[syntax.Binder], str]:
    """The parameter binders of an inductive's header and the text of its declared type
    (``inductive Vec (α : Type) : ℕ → Type``: ``[(α : Type)]`` and ``ℕ → Type``)."""
    _, _, params = ctor_lines(decl.text)
    binders_text, _, type_text = split_type(params)
    if not binders_text:
        return [], type_text
    try:
        var = parse_decl(f"def ctorFields {binders_text} : Unit := ()")
    except ParseError as err:
        raise Unsupported(f"inductive {decl.name} with parameters {binders_text}", decl.span,
                          reason=f"not read: {err}") from err
    return list(getattr(var, "binders", ())), type_text


def split_type(rest: str) -> tuple[str, str, str]:
    """``(n : ℕ) (s : Shape) : Shape`` → binders text and the type after the top-level ``:``."""
    for i, ch in _top_level(rest):
        if ch == ":":
            return rest[:i].strip(), ":", rest[i + 1:].strip()
    return rest.strip(), "", ""


__all__ = ["HEAD", "ctor_lines", "header_params", "split_type"]
