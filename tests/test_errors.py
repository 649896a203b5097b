"""The error types: rendering with a caret, and raising through Python's own machinery."""

from __future__ import annotations

import contextlib

import pytest

from jepa_formal.errors import InternalError, ParseError, Unsupported
from jepa_formal.reader.syntax import Span


def test_parse_error_renders_location_line_caret_and_expected() -> None:
    err = ParseError("a.lean", 2, 5, "unexpected token ')'", "  f (x))", ("IDENT", "'('"))
    lines = err.render().splitlines()
    assert lines[0] == "a.lean:2:5: error: unexpected token ')'"
    assert lines[1] == "      f (x))"
    assert lines[2].index("^") == 4 + 4  # four spaces of indent, column 5
    assert lines[3] == "expected one of: IDENT, '('"


def test_parse_error_on_a_very_long_line_shows_a_window_around_the_column() -> None:
    text = "x" * 5000 + "?" + "y" * 5000
    rendered = ParseError("big.lean", 1, 5001, "stray '?'", text).render().splitlines()
    assert len(rendered[1]) < 300
    assert rendered[1][rendered[2].index("^")] == "?"


def test_unsupported_names_the_construct_and_position() -> None:
    err = Unsupported("Real.exp", Span("s.lean", 3, 7, 3, 15))
    assert str(err) == "s.lean:3:7: unsupported: Real.exp"


def test_errors_pass_through_context_managers() -> None:
    """contextlib assigns ``__traceback__``; a frozen exception would turn into another error."""

    @contextlib.contextmanager
    def scope():
        yield

    with pytest.raises(Unsupported):
        with scope():
            raise Unsupported("List.bind")
    with pytest.raises(ParseError):
        with scope():
            raise ParseError("f.lean", 1, 1, "bad")


def test_internal_error_says_it_is_a_bug() -> None:
    assert "bug in jepa-formal" in str(InternalError("sides disagree"))
