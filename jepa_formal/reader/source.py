"""Source text preparation: decoding bytes, and masking comments and strings out of Lean text.

Why a hand-written pass before lark: comments nest (``/- /- -/ -/``), doc comments must be
kept for the declarations they precede, and the chunker, the proof skipper and the tactic
blanker all need to find brackets and keywords without being fooled by a ``(`` inside a
comment or a string. Masking replaces those characters by spaces (newlines kept), so every
offset, line and column stays the same as in the file and lark never sees a comment.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

MAX_FILE_BYTES = 4 * 1024 * 1024
"""Files larger than this are refused with a clear error (a spec file is a few KB)."""

_INTERESTING = re.compile(r"/-|--|\"|'")
_BLOCK_TOKEN = re.compile(r"/-|-/")
_STRING_END = re.compile(r'\\.|"', re.DOTALL)
_CHAR_LIT = re.compile(r"'(?:\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)|[^'\\\n])'")
_ID_CHAR = re.compile(r"[\w'!?\u2080-\u209c\u1d62-\u1d6a\u2c7c.»]")
_NOT_NEWLINE = re.compile(r"[^\n]")


def blank(text: str) -> str:
    """``text`` with every character but newlines replaced by a space (positions preserved)."""
    return _NOT_NEWLINE.sub(" ", text)


@dataclass(frozen=True, slots=True)
class DocComment:
    """A ``/-- … -/`` or ``/-! … -/`` comment: offsets of the whole comment and its text."""

    start: int
    end: int
    text: str
    module_doc: bool


@dataclass(frozen=True, slots=True)
class Problem:
    """A lexical problem found while masking (offset, message, what was expected)."""

    offset: int
    message: str
    expected: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded file with its masked views.

    ``text`` is the file; ``masked`` has comments blanked (what the lexer reads); ``flat`` has
    string and character literal contents blanked too (what bracket scans read). All three
    have the same length, so offsets, lines and columns agree.
    """

    path: str
    text: str
    masked: str
    flat: str
    docs: tuple[DocComment, ...]
    problems: tuple[Problem, ...]
    line_starts: tuple[int, ...]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline (invalid bytes shown as U+FFFD)."""
        if line < 1 or line > len(self.line_starts):
            return ""
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        shown = self.text[start : end if end >= 0 else len(self.text)]
        return "".join("\ufffd" if "\udc80" <= ch <= "\udcff" else ch for ch in shown)

    def offset(self, line: int, column: int) -> int:
        """The offset of a 1-based line and column."""
        return self.line_starts[line - 1] + column - 1


def decode(data: bytes) -> str:
    """Decode UTF-8; invalid bytes become lone surrogates (U+DC80…U+DCFF) reported later."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", errors="surrogateescape")


def bad_char(text: str, start: int = 0, end: int | None = None) -> tuple[int, str] | None:
    """The first invalid-UTF-8 or binary character in ``text[start:end]`` and why, if any."""
    match = _BAD_CHAR.search(text, start, len(text) if end is None else end)
    if match is None:
        return None
    ch = match.group()
    if "\udc80" <= ch <= "\udcff":
        return match.start(), f"invalid UTF-8 byte 0x{ord(ch) - 0xDC00:02x}"
    return match.start(), f"binary byte 0x{ord(ch):02x} (this does not look like a text file)"


_BAD_CHAR = re.compile("[\udc80-\udcff\x00-\x08\x0b\x0e-\x1f\x7f]")


def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return tuple(starts)


def scan(text: str, path: str) -> Source:
    """Mask comments, strings and character literals of ``text``; collect doc comments."""
    masked: list[str] = []
    flat: list[str] = []
    docs: list[DocComment] = []
    problems: list[Problem] = []
    pos = 0
    n = len(text)
    while pos < n:
        match = _INTERESTING.search(text, pos)
        if match is None:
            masked.append(text[pos:])
            flat.append(text[pos:])
            break
        start = match.start()
        token = match.group()
        masked.append(text[pos:start])
        flat.append(text[pos:start])
        if token == "--":
            end = text.find("\n", start)
            end = n if end < 0 else end
            masked.append(" " * (end - start))
            flat.append(" " * (end - start))
            pos = end
        elif token == "/-":
            end = _block_comment_end(text, start)
            if end < 0:
                problems.append(
                    Problem(start, "unterminated comment: `/-` is never closed", ("`-/`",))
                )
                end = n
            comment = text[start:end]
            if comment.startswith(("/--", "/-!")) and end - start >= 5:
                body = comment[3:-2] if comment.endswith("-/") else comment[3:]
                docs.append(DocComment(start, end, _clean_doc(body), comment[2] == "!"))
            blanked = blank(comment)
            masked.append(blanked)
            flat.append(blanked)
            pos = end
        elif token == '"':
            end = _string_end(text, start)
            if end < 0:
                problems.append(
                    Problem(start, "unterminated string literal", ('`"`',))
                )
                end = n
            masked.append(text[start:end])
            flat.append('"' + blank(text[start + 1 : end - 1]) + '"' if end - start >= 2 else '"')
            pos = end
        else:  # "'": a character literal, unless it is a prime in an identifier
            lit = None if _after_name(text, start) else _CHAR_LIT.match(text, start)
            if lit is None:
                masked.append("'")
                flat.append("'")
                pos = start + 1
            else:
                masked.append(lit.group())
                flat.append(" " * (lit.end() - start))
                pos = lit.end()
    masked_text = "".join(masked)
    flat_text = "".join(flat)
    return Source(
        path=path,
        text=text,
        masked=masked_text,
        flat=flat_text,
        docs=tuple(docs),
        problems=tuple(problems),
        line_starts=_line_starts(text),
    )


def _after_name(text: str, start: int) -> bool:
    """Whether the ``'`` at ``start`` continues a name (``x'``, ``get!'``): a name character
    before it, where ``!``/``?`` count only after one (``!'a'`` is ``!`` and a character)."""
    i = start - 1
    while i >= 0 and text[i] in "!?":
        i -= 1
    return i >= 0 and text[i] not in "!?" and _ID_CHAR.match(text, i) is not None


def _block_comment_end(text: str, start: int) -> int:
    """Offset just after the ``-/`` closing the (nested) block comment at ``start``, or -1."""
    depth = 0
    pos = start
    while True:
        match = _BLOCK_TOKEN.search(text, pos)
        if match is None:
            return -1
        if match.group() == "/-":
            depth += 1
            pos = match.end()
        else:
            depth -= 1
            pos = match.end()
            if depth == 0:
                return pos


def _string_end(text: str, start: int) -> int:
    pos = start + 1
    while True:
        match = _STRING_END.search(text, pos)
        if match is None:
            return -1
        if match.group() == '"':
            return match.end()
        pos = match.end()


def _clean_doc(body: str) -> str:
    """A doc comment's text with the common indentation of its continuation lines removed."""
    lines = body.strip("\n").split("\n")
    first = lines[0].strip()
    rest = lines[1:]
    indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    cut = min(indents, default=0)
    cleaned = [first] + [line[cut:].rstrip() for line in rest]
    return "\n".join(cleaned).strip()
