"""The one lark parser (built once, cached) and ``parse_region``: text → AST or ``ParseError``.

Why the edge is here: this is the only module that calls lark, so it is the only place that
must turn lark's exceptions (``UnexpectedInput``, ``VisitError``) and Python's
``RecursionError`` into our ``ParseError`` with ``path:line:col``, the line, a caret and what
was expected. Nothing from lark leaves this function.
"""

from __future__ import annotations

import functools
import re
import sys
from importlib import resources
from typing import Any

from lark import Lark, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken
from lark.exceptions import VisitError

from jepa_formal.reader.layout import LayoutPostLex
from jepa_formal.reader.notation import expand
from jepa_formal.reader.transform import BadSyntax, Builder

START_RULES = (
    "term",
    "theorem_decl",
    "example_decl",
    "def_decl",
    "instance_decl",
    "structure_decl",
    "variable_decl",
)

_FRIENDLY = {
    "IDENT": "identifier",
    "NAT": "number",
    "DECIMAL": "decimal number",
    "STRING": "string",
    "CHAR": "character literal",
    "PROJ": "`.field`",
    "HOLE": "`_`",
    "BY": "`by`",
    "TYPE_KW": "`Type`",
    "SORT_KW": "`Sort`",
    "PROP_KW": "`Prop`",
    "TYPE_STAR": "`Type*`",
    "SORT_STAR": "`Sort*`",
    "ABS_OPEN": "`|`",
    "ABS_CLOSE": "closing `|`",
    "ALT_BAR": "`| pattern => …`",
    "IDX_LSQB": "`[` (index)",
    "_SEP": "a new line at the block's column",
    "$END": "end of declaration",
    "BAR": "`|`",
    "NORM_OPEN": "`‖`",
    "NORM_CLOSE": "closing `‖`",
    "INNER_CLOSE": "`⟫`",
}
_RANK = ("`:=`", "`:`", "`)`", "`]`", "`}`", "`⟩`", "`,`", "`=>`", "identifier", "`(`", "`{`")
MAX_EXPECTED = 12
_WORDLIKE = re.compile(r"[A-Za-z_][A-Za-z_0-9*]*")


_OPTIONS: dict[str, Any] = {
    "parser": "lalr",
    "lexer": "contextual",
    "propagate_positions": True,
    "maybe_placeholders": True,
    "start": list(START_RULES),
}


@functools.cache
def lark_parser() -> Lark:
    """The LALR parser with the contextual lexer and the layout post-lexer (built once per
    process; read from ``parser_cache`` when a build of the same grammar is cached)."""
    from jepa_formal.reader import layout, parser_cache, transform

    grammar = (resources.files("jepa_formal.reader") / "grammar.lark").read_bytes()
    digest = parser_cache.key(grammar, _OPTIONS, (layout, transform, sys.modules[__name__]))
    return parser_cache.cached_parser(digest, _build_parser)


def _build_parser() -> Lark:
    postlex = LayoutPostLex()
    parser = Lark.open_from_package(
        "jepa_formal.reader",
        "grammar.lark",
        ("",),
        postlex=postlex,
        cache=True,  # LALR tables cached in the temp dir: saves ~0.4 s per process
        **_OPTIONS,
    )
    postlex.keywords = {
        t.pattern.value: t.name
        for t in parser.terminals
        if t.pattern.type == "str" and _WORDLIKE.fullmatch(t.pattern.value)
    }
    return parser


@functools.cache
def _terminal_names() -> dict[str, str]:
    names = dict(_FRIENDLY)
    for term in lark_parser().terminals:
        if term.name not in names and term.pattern.type == "str":
            names[term.name] = f"`{term.pattern.value}`"
    return names


def expected_display(expected: set[str] | frozenset[str]) -> tuple[str, ...]:
    """Readable, deduplicated, sorted names of the terminals lark expected."""
    names = _terminal_names()
    shown = sorted(
        {names.get(e, e) for e in expected if e not in ("BAR", "NORM_BAR")},
        key=lambda s: (_RANK.index(s) if s in _RANK else len(_RANK), s),
    )
    if len(shown) > MAX_EXPECTED:
        shown = [*shown[:MAX_EXPECTED], f"… ({len(shown) - MAX_EXPECTED} more)"]
    return tuple(shown)


class RegionError(Exception):
    """A parse failure inside a region, in region coordinates (line is region-relative)."""

    def __init__(self, message: str, line: int, column: int, expected: tuple[str, ...] = ()):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.expected = expected


def parse_region(
    text: str,
    start: str,
    *,
    path: str,
    line_offset: int = 0,
    tactics: dict[tuple[int, int], str] | None = None,
    docs: dict[tuple[int, int], str] | None = None,
) -> Any:
    """Parse ``text`` (whose line 1 is file line ``line_offset + 1``) from rule ``start``.

    Raises ``RegionError`` with *file* line numbers; never a lark exception.
    """
    text = expand(text)  # user notations in force (reader/notation.py)
    try:
        tree = lark_parser().parse(text, start=start)
        return Builder(path, line_offset, tactics, docs).transform(tree)
    except UnexpectedInput as err:
        raise _region_error(err, text, line_offset) from None
    except VisitError as err:
        inner = err.orig_exc
        if isinstance(inner, BadSyntax):
            raise RegionError(inner.message, inner.line, inner.column, inner.expected) from None
        if isinstance(inner, RecursionError):
            raise RegionError(_TOO_DEEP, line_offset + 1, 1, _SHALLOWER) from None
        raise
    except BadSyntax as inner:  # raised outside a lark callback: a documented limit, not a bug
        raise RegionError(inner.message, inner.line, inner.column, inner.expected) from None
    except RecursionError:
        raise RegionError(_TOO_DEEP, line_offset + 1, 1, _SHALLOWER) from None


_TOO_DEEP = "expression nested too deeply for jepa-formal to read"
_SHALLOWER = ("a less deeply nested expression (split it with `let` or a helper def)",)


def _region_error(err: UnexpectedInput, text: str, line_offset: int) -> RegionError:
    if isinstance(err, UnexpectedCharacters):
        ch = text[err.pos_in_stream] if err.pos_in_stream < len(text) else "?"
        expected = expected_display(err.allowed or set())
        return RegionError(f"unexpected character `{ch}`", err.line + line_offset, err.column,
                           expected)
    if isinstance(err, UnexpectedToken):
        tok = err.token
        expected = expected_display(err.accepts or err.expected)
        if tok.type == "$END":
            line, col = _end_position(text)
            return RegionError("unexpected end of declaration", line + line_offset, col,
                               expected)
        shown = tok.value if tok.type != "_SEP" else "new line"
        what = f"unexpected `{shown}`" if tok.type != "_SEP" else (
            "unexpected new line at the column of the enclosing block"
        )
        return RegionError(what, tok.line + line_offset, tok.column, expected)  # type: ignore[operator]
    if isinstance(err, UnexpectedEOF):
        line, col = _end_position(text)
        return RegionError("unexpected end of declaration", line + line_offset, col,
                           expected_display(set(err.expected)))
    line = getattr(err, "line", 1) or 1
    col = getattr(err, "column", 1) or 1
    return RegionError(str(err).splitlines()[0], line + line_offset, col)


def _end_position(text: str) -> tuple[int, int]:
    """Line and column just after the last non-blank character of ``text``."""
    stripped = text.rstrip()
    line = stripped.count("\n") + 1
    col = len(stripped) - (stripped.rfind("\n") + 1) + 1
    return line, col
