"""Splitting a masked Lean file into top-level commands, and reading each command's header.

Why by hand and before lark: a Lean file is a sequence of commands that start at column 0
(a keyword, an attribute ``@[…]``, a modifier or a doc comment). Cutting the file there lets
each declaration be parsed on its own, so one bad declaration gives one ``ParseError`` and
the rest of the file is still read. The chunker works on ``Source.flat`` (comments and string
contents blanked), so a keyword inside a comment never starts a command.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from jepa_formal.reader.source import DocComment, Source

DECL_KEYWORDS = frozenset(
    {
        "theorem", "lemma", "example", "def", "abbrev", "instance", "structure", "class",
        "inductive", "axiom", "axioms", "opaque", "irreducible_def",
    }
)
COMMAND_KEYWORDS = DECL_KEYWORDS | {
    "namespace", "section", "end", "open", "variable", "variables", "universe", "universes",
    "import", "module", "set_option", "attribute", "mutual", "export", "notation", "notation3",
    "macro",
    "macro_rules", "syntax", "elab", "elab_rules", "infix", "infixl", "infixr", "prefix",
    "postfix", "declare_syntax_cat", "initialize", "builtin_initialize", "deriving",
    "add_decl_doc", "omit", "include", "suppress_compilation", "assert_not_exists",
    "unseal", "seal", "compile_inductive", "run_cmd", "alias", "grind_pattern", "prelude",
}
MODIFIERS = frozenset(
    {"private", "protected", "noncomputable", "partial", "unsafe", "public", "nonrec", "local",
     "scoped", "meta"}
)
CONTINUATIONS = frozenset(
    {"where", "deriving", "|", "termination_by", "decreasing_by", "with", "then", "else", ":=",
     "by", "in", "from", ":"}
)
_OPEN_CHARS = "([{⟨⦃"
_CLOSE_CHARS = ")]}⟩⦄"
_WORD = re.compile(
    # `notation:65 …`, `infixl:70 …`, `syntax:max …`: the command word without its precedence
    r"(?:notation|infixl|infixr|infix|prefix|postfix|syntax|macro|elab)(?=:\w)"
    r"|@\[|#[A-Za-z_]+|[^\s()\[\]{}⟨⟩⦃⦄,]+"
)
_SPACE = re.compile(r"\s*")
_BLANKS = re.compile(r"[ \t\r]*")


@dataclass(frozen=True, slots=True)
class Chunk:
    """One top-level command: ``[start, end)`` offsets in the file, and its first word."""

    start: int
    end: int
    word: str


@dataclass(frozen=True, slots=True)
class Header:
    """What precedes a command's keyword: doc comment, attributes, modifiers."""

    doc: str | None
    attributes: tuple[str, ...]
    modifiers: tuple[str, ...]
    keyword: str
    keyword_start: int
    keyword_end: int


def _depth(flat: str, start: int, end: int) -> int:
    segment = flat[start:end]
    return sum(segment.count(c) for c in _OPEN_CHARS) - sum(segment.count(c) for c in _CLOSE_CHARS)


def split(src: Source) -> list[Chunk]:
    """The commands of ``src`` in order (text before the first command is a chunk too)."""
    flat = src.flat
    n = len(flat)
    doc_starts = {d.start for d in src.docs if not d.module_doc}
    starts: list[tuple[int, str]] = []
    for ls in src.line_starts:
        if ls >= n:
            continue
        if ls in doc_starts:
            starts.append((ls, "/--"))
            continue
        ch = flat[ls]
        if ch.isspace():
            if not src.text[ls].isspace():  # a comment opens the line: `/- c -/ theorem …`
                ls += len(_BLANKS.match(flat, ls).group())  # type: ignore[union-attr]
                if ls >= n or flat[ls] == "\n":
                    continue
                ch = flat[ls]
                match = _WORD.match(flat, ls)
                word = match.group() if match else ch
                if word in COMMAND_KEYWORDS or word in MODIFIERS or word == "@[":
                    starts.append((ls, word))  # a command after it, as Lean reads it
            continue
        match = _WORD.match(flat, ls)
        word = match.group() if match else ch
        if word in COMMAND_KEYWORDS or word in MODIFIERS or word == "@[" or word.startswith("#"):
            if word != "deriving" or _next_word(flat, ls + len(word)) == "instance":
                starts.append((ls, word))
                continue
        if word in CONTINUATIONS or word.split(".")[0] in CONTINUATIONS:
            continue
        if starts and _depth(flat, starts[-1][0], ls) > 0:
            continue  # inside brackets opened by the command above (`}` of a structure …)
        starts.append((ls, "?"))
    starts = _with_inline_starts(flat, starts)
    chunks: list[Chunk] = []
    if not starts:
        return [Chunk(0, n, "?")] if flat.strip() else []
    if flat[: starts[0][0]].strip():
        chunks.append(Chunk(0, starts[0][0], "?"))
    # a doc comment, attribute or modifier line belongs to the command it precedes
    docs = docs_by_start(src)
    merged: list[tuple[int, str]] = []
    skip_until = -1
    for offset, word in starts:
        if offset <= skip_until:
            continue
        if word in ("/--", "@[") or word in MODIFIERS:
            head = header(src, offset, n, docs)
            if head is not None:
                skip_until = head.keyword_start
                word = head.keyword or "?"
        merged.append((offset, word))
    for i, (offset, word) in enumerate(merged):
        end = merged[i + 1][0] if i + 1 < len(merged) else n
        chunks.append(Chunk(offset, end, word))
    return chunks


_DECL_WORDS = ("theorem|lemma|def|example|abbrev|instance|structure|inductive|class|axiom|"
               "opaque|namespace|section|end|mutual")
_MODIFIER_WORDS = "private|protected|noncomputable|partial|unsafe|nonrec"
_INLINE = re.compile(
    rf"(?<![\w.'@«])(?:({_DECL_WORDS}|{_MODIFIER_WORDS}|open|set_option|variable|universe)"
    r"(?![\w'!?])|@\[)"
)
"""Keywords that can start a command wherever they stand: Lean ends a command where a token
that cannot continue it begins one (`… := sorry theorem t …`, an indented `theorem` after
a tactic block, the indented `def`s of a `mutual` block). Which of them do, here, is
``_starts_command``'s decision."""
_DECL_AHEAD = re.compile(
    rf"(?:(?:{_MODIFIER_WORDS}|public|local|scoped|meta)\s+|@\[[^\]]*\]\s*)*"
    rf"(?:{_DECL_WORDS})(?![\w'!?])")
"""A declaration keyword, after any modifiers and attribute lists."""
_JOINED = re.compile(r"(?:@\[[^\]]*\]|(?<![\w'])(?:in|class|deriving|private|protected|"
                     r"noncomputable|partial|unsafe|nonrec|public|local|scoped|meta))\s*$")
"""What ends the text before a keyword that belongs to the same command: an attribute list,
a modifier, `class` (`class inductive`), `deriving` (`deriving instance`), `… in`."""
_IN_AHEAD = re.compile(r"[^\n]*?(?<![\w'.])in(?![\w'!?])\s*")
"""The first ``in`` on the rest of a line (and the blanks after it)."""


def _starts_command(flat: str, pos: int, word: str, line_first: bool) -> bool:
    """Whether the keyword ``word`` at ``pos`` (not at a line start the line walk saw) starts
    a command. A declaration keyword does. A modifier or an attribute list does when a
    declaration keyword follows (``protected x : ℕ`` is a structure field, ``unsafe (…)`` a
    term). ``open``/``set_option``/``variable``/``universe`` do when they open their line
    and are no ``… in`` prefix of a term or tactic, or when their ``… in`` is followed by a
    declaration (``… := rfl open Nat in theorem b …``)."""
    if word in ("open", "set_option", "variable", "universe"):
        found = _IN_AHEAD.match(flat, pos + len(word))  # an `in` on the same line
        if found is None:
            return line_first  # a command of its own (`open Nat`), on a line of its own
        return _DECL_AHEAD.match(flat, found.end()) is not None
    if word in _DECL_WORDS.split("|"):
        return True
    return _DECL_AHEAD.match(flat, pos) is not None  # a modifier or `@[`


def _with_inline_starts(flat: str, starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``starts`` with the commands that begin inside a line or on an indented line (see
    ``_INLINE``), found outside brackets of the command they would otherwise extend."""
    if not starts:
        return starts
    known = {offset for offset, _ in starts}
    offsets = [offset for offset, _ in starts]
    extra: list[tuple[int, str]] = []
    for m in _INLINE.finditer(flat):
        pos = m.start()
        if pos in known or pos < offsets[0]:
            continue
        line_start = flat.rfind("\n", 0, pos) + 1
        line_first = not flat[line_start:pos].strip()
        if line_first and line_start in known:
            continue  # the keyword that opens its line: a start already
        owner = offsets[bisect.bisect_right(offsets, pos) - 1]
        last = extra[-1][0] if extra and extra[-1][0] > owner else owner
        before = flat[last:pos]
        if not before.strip() or _JOINED.search(before) or _depth(flat, last, pos) != 0:
            continue
        word = m.group(1) or "@["
        if _starts_command(flat, pos, word, line_first):
            extra.append((pos, word))
    if not extra:
        return starts
    return sorted(starts + extra)


def docs_by_start(src: Source) -> dict[int, DocComment]:
    """The doc comments of ``src`` by start offset."""
    return {d.start: d for d in src.docs}


def _next_word(flat: str, pos: int) -> str:
    pos = _SPACE.match(flat, pos).end()  # type: ignore[union-attr]
    match = _WORD.match(flat, pos)
    return match.group() if match else ""


def header(
    src: Source, start: int, end: int, docs: dict[int, DocComment]
) -> Header | None:
    """Read doc comment, ``@[…]`` attributes and modifiers from ``start``; None if unclosed."""
    flat = src.flat
    pos = start
    attributes: list[str] = []
    modifiers: list[str] = []
    doc: DocComment | None = None
    while True:
        nxt = _SPACE.match(flat, pos, end).end()  # type: ignore[union-attr]
        # doc comments are blank in ``flat``: stop at one if it starts in the gap
        if nxt > pos:
            found = src.text.find("/-", pos, nxt)
            while found >= 0 and found not in docs:
                found = src.text.find("/-", found + 2, nxt)
            pos = nxt if found < 0 else found
        if pos >= end:
            return Header(doc.text if doc else None, tuple(attributes), tuple(modifiers), "",
                          pos, pos)
        if pos in docs:
            found = docs[pos]
            if not found.module_doc:
                doc = found
            pos = found.end
            continue
        if flat.startswith("@[", pos):
            close = _matching(flat, pos + 1, end)
            if close < 0:
                return None
            attributes.extend(_split_attrs(src.masked[pos + 2 : close]))
            pos = close + 1
            continue
        match = _WORD.match(flat, pos, end)
        word = match.group() if match else flat[pos]
        if word in MODIFIERS:
            modifiers.append(word)
            pos += len(word)
            if word == "scoped" and flat.startswith("[", pos):  # `scoped[NS] instance …`
                close = _matching(flat, pos, end)
                if close < 0:
                    return None
                modifiers[-1] = f"scoped[{flat[pos + 1:close].strip()}]"
                pos = close + 1
            continue
        return Header(doc.text if doc else None, tuple(attributes), tuple(modifiers), word,
                      pos, pos + len(word))


def _matching(flat: str, open_pos: int, end: int) -> int:
    """Offset of the bracket closing the one at ``open_pos`` (nesting counted), or -1."""
    depth = 0
    for i in range(open_pos, end):
        ch = flat[i]
        if ch in _OPEN_CHARS:
            depth += 1
        elif ch in _CLOSE_CHARS:
            depth -= 1
            if depth == 0:
                return i
    return -1


def _split_attrs(text: str) -> list[str]:
    out = []
    depth = 0
    current = []
    for ch in text:
        if ch in _OPEN_CHARS:
            depth += 1
        elif ch in _CLOSE_CHARS:
            depth -= 1
        if ch == "," and depth == 0:
            out.append(" ".join("".join(current).split()))
            current = []
        else:
            current.append(ch)
    last = " ".join("".join(current).split())
    if last:
        out.append(last)
    return [a for a in out if a]
