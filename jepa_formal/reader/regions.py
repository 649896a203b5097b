"""Bracket-aware scans over one command: where the proof starts, what to skip, tactic blocks.

Why: proofs are never read (only their span is kept), ``termination_by``/``decreasing_by``
are skipped, and a ``by`` block inside a term (``⟨x, by simp⟩``) is kept as text. All three
are found by scanning ``Source.flat`` at bracket depth 0, which lark cannot do for us because
tactic text is not in our grammar. Skipped text is blanked (spaces, newlines kept) so that
lines and columns in the parsed text stay those of the file.
"""

from __future__ import annotations

import re

from jepa_formal.reader.source import Source, blank

OPENERS = frozenset("([{⟨⦃")
CLOSERS = frozenset(")]}⟩⦄")
_TOP = re.compile(r":=|[()\[\]{}⟨⟩⦃⦄]|\n[ \t]*\||(?<![\w.'])(?:let|have|match|fun)(?![\w'])")
_SKIP_KW = re.compile(
    r"[()\[\]{}⟨⟩⦃⦄]|(?<![\w.'])(?:termination_by|decreasing_by|where|deriving)(?![\w'])"
)
_BY = re.compile(r"(?<![\w.'])by(?![\w'!?])")
_BY_STOP = re.compile(r"[()\[\]{}⟨⟩⦃⦄,]|\n")
_NEXT_LINE = re.compile(r"\n[ \t\r]*(?=\S)")
_BRACKETS = re.compile(r"[()\[\]{}⟨⟩⦃⦄]")

MAX_DEPTH = 100
"""Deeper bracket nesting is refused before parsing (the transformer recurses per level)."""


def find_proof(flat: str, start: int, end: int) -> int | None:
    """Offset of the ``:=`` (or line-start ``|``) that ends a theorem statement, if any."""
    depth = 0
    pending_lets = 0
    alternatives = False  # a `match`/`fun` in the statement owns the line-start `|`s
    for match in _TOP.finditer(flat, start, end):
        token = match.group()
        first = token[0]
        if first in OPENERS:
            depth += 1
        elif first in CLOSERS:
            depth -= 1
        elif depth != 0:
            continue
        elif token == ":=":
            if pending_lets:
                pending_lets -= 1
            else:
                return match.start()
        elif token in ("let", "have"):
            pending_lets += 1
        elif token in ("match", "fun"):
            alternatives = True
        elif not alternatives and _term_before(flat, start, match.start()):
            return match.end() - 1  # "\n  |": equations after the statement
    return None


_OPERAND_END = re.compile(r"[\w'!?)\]}⟩⦄|‖⌋⌉₊¹∅\"·]")


def _term_before(flat: str, start: int, pos: int) -> bool:
    """Whether the statement before ``pos`` ends with a complete term (a name, a number, a
    closing bracket…): only then does a line-start ``|`` begin equations. After ``:``, an
    operator or ``(`` it opens an absolute value (``:\n    |x - y| ≤ 1``)."""
    text = flat[start:pos].rstrip()
    return bool(text) and _OPERAND_END.match(text[-1]) is not None


def find_keyword(flat: str, start: int, end: int, words: tuple[str, ...]) -> int | None:
    """Offset of the first of ``words`` at bracket depth 0 in ``flat[start:end]``."""
    depth = 0
    for match in _SKIP_KW.finditer(flat, start, end):
        token = match.group()
        if token[0] in OPENERS:
            depth += 1
        elif token[0] in CLOSERS:
            depth -= 1
        elif depth == 0 and token in words:
            return match.start()
    return None


def too_deep(flat: str, start: int, end: int) -> int | None:
    """Offset of the first bracket nested deeper than ``MAX_DEPTH``, if any."""
    depth = 0
    for match in _BRACKETS.finditer(flat, start, end):
        if match.group() in OPENERS:
            depth += 1
            if depth > MAX_DEPTH:
                return match.start()
        else:
            depth -= 1
    return None


class Region:
    """A slice ``[start, end)`` of a file prepared for lark: skipped parts blanked, ``by``
    blocks reduced to the keyword (their text kept in ``tactics``)."""

    def __init__(self, src: Source, start: int, end: int) -> None:
        self.src = src
        self.start = start
        self.end = end
        self.chars = list(src.masked[start:end])
        self.tactics: dict[tuple[int, int], str] = {}

    def blank(self, start: int, end: int) -> None:
        """Blank ``[start, end)`` (file offsets)."""
        lo, hi = max(start, self.start) - self.start, min(end, self.end) - self.start
        for i in range(lo, hi):
            if self.chars[i] != "\n":
                self.chars[i] = " "

    def blank_tactics(self) -> None:
        """Replace every ``by`` block by the bare keyword; remember its text."""
        flat = self.src.flat
        pos = self.start
        while True:
            match = _BY.search(flat, pos, self.end)
            if match is None:
                return
            stop = self._tactic_end(match.end())
            line, col = self.src.line_col(match.start())
            text = " ".join(self.src.masked[match.end() : stop].split())
            self.tactics[(line, col)] = text
            self.blank(match.end(), stop)
            pos = max(stop, match.end())

    def _tactic_end(self, pos: int) -> int:
        flat = self.src.flat
        line_start = flat.rfind("\n", 0, pos) + 1
        indent = len(flat[line_start:pos]) - len(flat[line_start:pos].lstrip())
        depth = 0
        for match in _BY_STOP.finditer(flat, pos, self.end):
            ch = match.group()
            if ch in OPENERS:
                depth += 1
            elif ch in CLOSERS:
                if depth == 0:
                    return match.start()
                depth -= 1
            elif depth != 0:
                continue
            elif ch == ",":
                return match.start()
            else:
                nxt = _NEXT_LINE.match(flat, match.start(), self.end)
                if nxt is not None and nxt.end() - nxt.start() - 1 <= indent:
                    return match.start()
        return self.end

    def text(self) -> tuple[str, int]:
        """The text to hand to lark (first line padded to its column) and its line offset."""
        line, col = self.src.line_col(self.start)
        return " " * (col - 1) + "".join(self.chars), line - 1


__all__ = ["MAX_DEPTH", "Region", "blank", "find_keyword", "find_proof", "too_deep"]
