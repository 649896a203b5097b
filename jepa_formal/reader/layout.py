"""The post-lexer that gives the LALR grammar Lean's whitespace sensitivity.

Why: Lean's application continues onto the next line only when that line starts to the right
of the enclosing block, and ``|`` means three things (``|x|`` abs, alternatives, ``||``). An
LALR grammar cannot see columns, so this pass rewrites the token stream between lark's
contextual lexer and its parser:

* a line that starts exactly at the column of an open layout block (the first field of a
  structure instance ``{ … }`` or after ``with``, the first item after ``where``, a ``let``)
  gets a ``_SEP`` token in front, at the same bracket depth: fields without commas, ``let``
  bodies on the next line and ``where`` items are separated that way;
* ``[`` glued to the end of a term is ``IDX_LSQB`` (``xs[i]!``), otherwise a list literal;
* ``|`` becomes ``ABS_CLOSE`` when an ``|x|`` is open and a term just ended, ``ALT_BAR`` at the
  start of a line, after ``with``/``fun`` or between match alternatives, and ``ABS_OPEN``
  otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator

from lark import Token

OPEN = frozenset("([{⟨⦃") | {"#["}
CLOSE = frozenset(")]}⟩⦄")
TERM_END_TYPES = frozenset(
    {"IDENT", "NAT", "DECIMAL", "STRING", "CHAR", "HOLE", "BY", "PROJ", "DOT_IDENT", "TYPE_KW",
     "SORT_KW",
     "UNIV_ARGS",
     "PROP_KW",
     "TYPE_STAR", "SORT_STAR", "ABS_CLOSE", "NORM_CLOSE", "INNER_CLOSE"}
)
TERM_END_VALUES = frozenset({")", "]", "}", "⟩", "⦄", "·", ".", "..", "⁻¹", "⌋", "⌉", "⌋₊",
                             "⌉₊", "∅"})
BIGOPS = frozenset({"∑", "∏"})
NO_SEP_AFTER = frozenset({",", ";", "{", "(", "[", "⟨", ":=", "with", "where", "=>", "↦"})


class _Anchor:
    """An open layout block: its column (None until its first token), depth and kind."""

    __slots__ = ("col", "depth", "kind", "seen_assign", "seen_match", "seen_set", "seen_with")

    def __init__(self, depth: int, kind: str, col: int | None = None) -> None:
        self.col = col
        self.depth = depth
        self.kind = kind
        self.seen_assign = False
        self.seen_match = False
        self.seen_with = False
        self.seen_set = False


def _at(tok: Token, kind: str, value: str, offset: int) -> Token:
    """A one-character token ``offset`` characters into ``tok`` (on its line)."""
    return Token(kind, value, (tok.start_pos or 0) + offset, tok.line, (tok.column or 0) + offset,
                 tok.line, (tok.column or 0) + offset + 1, (tok.start_pos or 0) + offset + 1)


def split_neg_succ(stream: Iterator[Token]) -> Iterator[Token]:
    """``+1]`` closes a ``-[n+1]`` (``Int.negSucc n``); anywhere else it is ``+``, ``1``, ``]``
    (``xs[i+1]``), which the contextual lexer cannot tell apart: LALR states after a term are
    shared by both brackets, so it lexes the longest match."""
    depth = 0
    neg: list[int] = []  # depths just inside an open `-[`
    for tok in stream:
        value = tok.value
        if tok.type in ("IDENT", "STRING"):
            yield tok
            continue
        if value == "-[":
            depth += 1
            neg.append(depth)
        elif value == "+1]":
            if neg and neg[-1] == depth:
                neg.pop()
                depth -= 1
            else:
                depth -= 1
                yield _at(tok, "PLUS", "+", 0)
                yield _at(tok, "NAT", "1", 1)
                yield _at(tok, "RSQB", "]", 2)
                continue
        elif value in OPEN:
            depth += 1
        elif value in CLOSE:
            depth -= 1
            while neg and neg[-1] > depth:
                neg.pop()
        yield tok


class LayoutPostLex:
    """A lark ``postlex`` object: see the module docstring for what it rewrites."""

    always_accept = ("BAR", "LSQB", "NORM_BAR", "PROJ")

    def __init__(self) -> None:
        # keyword text → terminal name; filled in once the parser is built (parser.py)
        self.keywords: dict[str, str] = {}

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        depth = 0
        anchors: list[_Anchor] = []
        abs_open: list[int] = []  # depths at which an |x| is open
        norm_open: list[int] = []  # depths at which a ‖x‖ is open
        alt_depths: list[int] = []  # depths with match alternatives in progress
        bigops: list[list[int]] = []  # [depth, `match`es open] of each `∑ x ∈ s` whose
        # `,` has not come yet: a `with` there closes such a `match`, or else is a filter
        filter_with = False  # the previous token is the `with` of `∑ x ∈ s with p x, …`
        prev: Token | None = None
        prev_term_end = False
        for tok in split_neg_succ(stream):
            value = tok.value
            after_filter, filter_with = filter_with, False
            first_on_line = prev is None or tok.line > prev.end_line  # type: ignore[operator]
            if anchors and anchors[-1].col is None and anchors[-1].depth == depth:
                anchors[-1].col = tok.column
            elif first_on_line and anchors:
                col = tok.column
                while anchors and (
                    anchors[-1].depth > depth
                    or (anchors[-1].col is not None and anchors[-1].col > col)
                ):
                    anchors.pop()
                if (
                    anchors
                    and anchors[-1].col == col
                    and anchors[-1].depth == depth
                    and value not in CLOSE
                    and (prev is None or prev.value not in NO_SEP_AFTER)
                    # `where go : ℕ → ℕ` with `| 0 => …` below at go's column: its equations
                    and not (value == "|" and anchors[-1].kind == "where")
                ):
                    top = anchors[-1]
                    if top.kind == "let":
                        anchors.pop()
                    if top.kind == "where":  # a new `where` item: its equations come anew
                        top.seen_assign = False
                        while alt_depths and alt_depths[-1] >= depth:
                            alt_depths.pop()
                    yield Token.new_borrow_pos("_SEP", "", tok)
                    # the contextual lexer read this token in the state *before* _SEP, where a
                    # keyword such as `let` was not expected: give it its keyword type back
                    if tok.type == "IDENT" and value in self.keywords:
                        tok = Token.new_borrow_pos(self.keywords[value], value, tok)
                    if top.kind == "brace":
                        top.seen_assign = False
            kind = tok.type
            brace = anchors[-1] if anchors and anchors[-1].kind == "brace" else None
            # `where go : ℕ → ℕ | 0 => …` on one line: a `|` after the helper's type (no `:=`
            # yet in this item) starts its equations, not an absolute value
            where_head = (kind == "BAR" and prev_term_end and bool(anchors)
                          and anchors[-1].kind == "where" and anchors[-1].depth == depth
                          and not anchors[-1].seen_assign
                          and not (abs_open and abs_open[-1] == depth)
                          and not (alt_depths and alt_depths[-1] == depth))
            if kind == "BAR" and brace is not None and brace.depth == depth and prev_term_end \
                    and not (brace.seen_assign or brace.seen_with or brace.seen_set
                             or brace.seen_match) and not (abs_open and abs_open[-1] == depth):
                brace.seen_set = True  # `{x | p x}`, `{x : α | p x}`, `{x ∈ s | p x}`
                tok = Token.new_borrow_pos("SET_BAR", value, tok)
            elif kind == "BAR":
                if abs_open and abs_open[-1] == depth and prev_term_end:
                    abs_open.pop()
                    tok = Token.new_borrow_pos("ABS_CLOSE", value, tok)
                elif (prev is not None and prev.value in ("with", "fun", "λ")
                      and not after_filter) or (
                    prev_term_end and (first_on_line or (alt_depths and alt_depths[-1] == depth))
                ) or where_head:
                    if (prev is not None and prev.value in ("fun", "λ")) or where_head:
                        alt_depths.append(depth)  # `fun | p => a | q => b` on one line
                    tok = Token.new_borrow_pos("ALT_BAR", value, tok)
                else:
                    abs_open.append(depth)
                    tok = Token.new_borrow_pos("ABS_OPEN", value, tok)
            elif kind == "NORM_BAR":
                if norm_open and norm_open[-1] == depth and prev_term_end:
                    norm_open.pop()
                    tok = Token.new_borrow_pos("NORM_CLOSE", value, tok)
                else:
                    norm_open.append(depth)
                    tok = Token.new_borrow_pos("NORM_OPEN", value, tok)
            elif kind == "PROJ" and not (
                prev is not None and (prev.value == "|>" or (
                    prev_term_end and prev.end_pos == tok.start_pos))
            ):
                # `.scalar` not glued to a term: Lean's leading-dot constructor `(.dim n .scalar)`
                tok = Token.new_borrow_pos("DOT_IDENT", value, tok)
            elif kind == "LSQB" and prev_term_end and prev is not None and (
                prev.end_pos == tok.start_pos
            ):
                tok = Token.new_borrow_pos("IDX_LSQB", value, tok)
            if value in OPEN and kind not in ("IDENT", "STRING"):
                depth += 1
                if value == "{":
                    anchors.append(_Anchor(depth, "brace"))
            elif value in CLOSE and kind not in ("IDENT", "STRING"):
                depth -= 1
                while anchors and anchors[-1].depth > depth:
                    anchors.pop()
                while abs_open and abs_open[-1] > depth:
                    abs_open.pop()
                while alt_depths and alt_depths[-1] > depth:
                    alt_depths.pop()
                while bigops and bigops[-1][0] > depth:
                    bigops.pop()
            elif kind != "IDENT" and kind != "STRING":
                bigop = bigops[-1] if bigops and bigops[-1][0] == depth else None
                if value in BIGOPS:
                    bigops.append([depth, 0])
                elif value == "," and bigop is not None:
                    bigops.pop()
                elif value == "match" and bigop is not None:
                    bigop[1] += 1
                if value in ("let", "have") and not (prev is not None and prev.value == "if"):
                    # (`if let p := e then …` is a match, no layout block)
                    anchors.append(_Anchor(depth, "let", tok.column))
                elif value == "where":
                    anchors.append(_Anchor(depth, "where"))
                elif value == "with" and bigop is not None and not bigop[1]:
                    filter_with = True  # `∑ x ∈ s with p x, …`: no match alternatives follow
                elif value == "with":
                    if bigop is not None:
                        bigop[1] -= 1  # the `with` of a `match` inside the binder
                    top = anchors[-1] if anchors else None
                    if top is not None and top.kind == "brace" and top.depth == depth and not (
                        top.seen_assign or top.seen_with or top.seen_match
                    ):
                        top.col = None  # `{ s with` : fields align on what follows
                        top.seen_with = True
                    else:
                        alt_depths.append(depth)
                elif value == "::":
                    top = anchors[-1] if anchors else None
                    if top is not None and top.kind == "where" and prev is not None and (
                        prev.column == top.col and prev.line == tok.line
                    ):
                        top.col = None  # `where mk ::` : fields align on what follows
                elif value == ":=" and anchors and anchors[-1].depth == depth:
                    anchors[-1].seen_assign = True
                elif value == "match" and anchors and anchors[-1].depth == depth:
                    anchors[-1].seen_match = True
            prev = tok
            prev_term_end = tok.type in TERM_END_TYPES or (
                value in TERM_END_VALUES and kind not in ("IDENT", "STRING")
            ) or (value in ("!", "?") and prev_term_end)
            yield tok
