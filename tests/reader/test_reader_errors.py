"""Malformed input: every case gives a ParseError with path:line:col, the line, a caret and
what was expected; no exception escapes ``parse_file``; good declarations around it survive."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.errors import ParseError
from jepa_formal.reader import parse_decl, parse_file, parse_term, parse_text
from jepa_formal.reader.source import MAX_FILE_BYTES

GOOD = "theorem good_one (a b : ℕ) : a + b = b + a := by\n  omega\n"
GOOD_AFTER = "\ntheorem good_two (xs : List ℕ) : xs.reverse.length = xs.length := by simp\n"

# (id, text placed between GOOD and GOOD_AFTER, line of the error in that text (1-based),
#  a word the message must contain, whether good_two must survive)
CASES: list[tuple[str, str, int, str, bool]] = [
    ("unclosed_comment", "/- never closed\ntheorem hidden : True := trivial\n", 1,
     "unterminated comment", False),
    ("unclosed_nested_comment", "/- outer /- inner -/ still open\n", 1, "unterminated comment",
     False),
    ("unterminated_string", 'def s : String := "abc\n', 1, "unterminated string", False),
    ("binder_missing_type", "theorem bad (x : ) : x = x := rfl\n", 1, "unexpected", True),
    # `(x)` without a type is Lean (the type comes from use); two colons are not
    ("binder_two_colons", "theorem bad (x : : ℕ) : True := trivial\n", 1, "unexpected", True),
    ("stray_paren", ")\n", 1, "start of a line", True),
    ("stray_word", "foo bar baz\n", 1, "start of a line", True),
    ("theorem_missing_assign", "theorem bad : 1 = 1\n", 1, "expected `:=`", True),
    ("def_missing_assign", "def bad (x : ℕ) : ℕ\n  x + 1 x\n", 2, "unexpected", True),
    ("unbalanced_open", "theorem bad (a b : ℕ) : (a = b := rfl\n", 1, "unexpected", True),
    ("unbalanced_close", "theorem bad (a b : ℕ) : a = b) := rfl\n", 1, "unexpected", True),
    ("operator_missing_operand", "theorem bad : 1 + = 2 := rfl\n", 1, "unexpected `=`", True),
    ("unknown_character", "theorem bad : 1 § 2 := rfl\n", 1, "unexpected character", True),
    ("end_without_scope", "end\n", 1, "without an open", True),
    ("end_wrong_name", "namespace A\nend B\nend A\n", 2, "invalid `end`", True),
    ("unclosed_attribute", "@[simp theorem bad : True := trivial\n", 1, "attribute", True),
    ("doc_without_decl", "/-- a doc comment before a namespace -/\nnamespace A\nend A\n", 1,
     "not followed", True),
    ("bad_fun_parameter", "def bad : ℕ → ℕ := fun 3 => 3\n", 1, "not a parameter", True),
    ("bad_let_pattern", "def bad : ℕ := let f.x y := 1; y\n", 1, "cannot be bound", True),
    ("structure_bad_field", "structure S where\n  x ℕ\n", 2, "unexpected", True),
    ("instance_missing_type", "instance : := ⟨⟩\n", 1, "unexpected `:=`", True),
    ("namespace_without_name", "namespace\n", 1, "namespace name", True),
    ("if_without_else", "def bad (b : Bool) : ℕ := if b then 1\n", 1, "end of declaration",
     True),
    ("def_without_body", "def bad :=\n", 1, "end of declaration", True),
    # the notations of Lean core and Mathlib, malformed
    ("if_let_without_else", "def bad (o : Option ℕ) : ℕ :=\n  if let some x := o then x\n", 2,
     "end of declaration", True),
    ("char_of_two_letters", "theorem bad : 'ab' = 'a' := rfl\n", 1, "unexpected", True),
    ("bigop_with_nothing", "theorem bad (s : Finset ℕ) : ∑ k ∈ s with, k = 0 := rfl\n", 1,
     "unexpected `,`", True),
    ("floor_unclosed", "theorem bad (x : ℝ) : ⌊x + 1 = 0 := rfl\n", 1, "unexpected", True),
    ("sdiff_missing_operand", "theorem bad (s : Finset ℕ) : s \\ = s := rfl\n", 1,
     "unexpected `=`", True),
    ("match_without_alternatives", "def bad (n : ℕ) : ℕ := match n with\n", 1,
     "end of declaration", True),
    ("let_without_body", "def bad : ℕ :=\n  let x := 1\n", 2, "end of declaration", True),
    ("deep_parentheses", "theorem deep : " + "(" * 10_000 + "1" + ")" * 10_000 + " = 1 := rfl\n",
     1, "nested too deeply", True),
]


def _check_rendered(err: ParseError, path: str, lines: list[str]) -> None:
    rendered = err.render().splitlines()
    assert rendered[0] == f"{path}:{err.line}:{err.column}: error: {err.message}"
    assert err.expected, "every parse error says what was expected"
    assert rendered[-1].startswith("expected one of: ")
    if err.line_text:
        assert err.line_text == lines[err.line - 1]
        caret = rendered[2]
        assert caret.strip() == "^"
        if len(err.line_text) <= 200:
            assert caret.index("^") - 4 == err.column - 1


@pytest.mark.parametrize(("text", "line", "word", "survives"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_declaration_gives_one_located_error(
    tmp_path: Path, text: str, line: int, word: str, survives: bool
) -> None:
    source = GOOD + text + GOOD_AFTER
    path = tmp_path / "bad.lean"
    path.write_text(source, encoding="utf-8")
    module = parse_file(str(path))
    assert module.errors, "a malformed input must give an error"
    err = module.errors[0]
    assert isinstance(err, ParseError)
    assert err.line == GOOD.count("\n") + line
    assert word in err.message
    _check_rendered(err, str(path), source.splitlines())
    names = [d.name for d in module.decls]
    assert names[0] == "good_one"
    assert ("good_two" in names) == survives


def test_there_are_at_least_25_malformed_cases() -> None:
    assert len(CASES) + 5 >= 25 + 5  # the byte-level cases below add five more


def test_invalid_utf8_is_an_error_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "latin1.lean"
    path.write_bytes(GOOD.encode() + b"def bad : String := \"caf\xe9\"\n" + GOOD_AFTER.encode())
    module = parse_file(str(path))
    assert [e.message for e in module.errors] == ["invalid UTF-8 byte 0xe9"]
    err = module.errors[0]
    assert (err.line, err.column) == (3, 25)
    assert "\ufffd" in err.line_text
    assert [d.name for d in module.decls] == ["good_one", "good_two"]
    assert err.render().splitlines()[2].index("^") == 4 + 24


def test_binary_bytes_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "binary.lean"
    path.write_bytes(GOOD.encode() + b"\x00\x01\x02\x89PNG\r\n" + GOOD_AFTER.encode())
    module = parse_file(str(path))
    assert module.errors[0].message.startswith("binary byte 0x00")
    assert module.errors[0].line == 3
    assert [d.name for d in module.decls] == ["good_one", "good_two"]


def test_empty_file_is_reported_as_empty(tmp_path: Path) -> None:
    for content in (b"", b"   \n\n\t\n"):
        path = tmp_path / "empty.lean"
        path.write_bytes(content)
        module = parse_file(str(path))
        assert module.decls == ()
        assert len(module.errors) == 1
        assert "file is empty" in module.errors[0].message
        assert module.errors[0].render().startswith(f"{path}:1:1: error: file is empty")


def test_file_over_the_size_limit_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.lean"
    chunk = GOOD.encode()
    path.write_bytes(chunk * (5 * 1024 * 1024 // len(chunk) + 1))
    assert path.stat().st_size > 5 * 1024 * 1024 > MAX_FILE_BYTES
    module = parse_file(str(path))
    assert module.decls == ()
    assert "too large" in module.errors[0].message
    assert module.errors[0].expected


def test_missing_file_is_an_error_not_an_exception(tmp_path: Path) -> None:
    module = parse_file(str(tmp_path / "nope.lean"))
    assert "cannot read file" in module.errors[0].message


def test_very_long_operator_chain_is_refused_with_a_message() -> None:
    chain = " + ".join(["x"] * (sys.getrecursionlimit() * 2))
    module = parse_text(GOOD + f"theorem long (x : ℕ) : {chain} = 0 := rfl\n" + GOOD_AFTER)
    assert [d.name for d in module.decls] == ["good_one", "good_two"]
    assert "too many operators" in module.errors[0].message
    assert module.errors[0].line == 3


def test_deeply_nested_lambdas_do_not_blow_the_stack() -> None:
    nested = "fun x => " * (sys.getrecursionlimit() * 2) + "x"
    module = parse_text(GOOD + f"def deep : ℕ → ℕ := {nested}\n" + GOOD_AFTER)
    assert [d.name for d in module.decls] == ["good_one", "good_two"]
    assert "nested too deeply" in module.errors[0].message
    assert module.errors[0].expected


def test_errors_in_several_declarations_are_all_reported_in_order() -> None:
    text = "theorem a : 1 + = 2 := rfl\n" + GOOD + "theorem b (x : ) : True := trivial\n"
    module = parse_text(text, "f.lean")
    assert [e.line for e in module.errors] == [1, 4]
    assert [e.decl_name for e in module.errors] == ["a", "b"]
    assert [d.name for d in module.decls] == ["good_one"]


def test_expected_list_names_the_missing_token() -> None:
    err = parse_text("theorem bad (a : ℕ : a = a := rfl\n").errors[0]
    assert "`)`" in err.expected


def test_parse_term_and_parse_decl_raise_parse_error() -> None:
    with pytest.raises(ParseError) as info:
        parse_term("(xs ++ ys")
    assert info.value.path == "<term>"
    assert "`)`" in info.value.expected
    with pytest.raises(ParseError):
        parse_term("caf\udce9")
    with pytest.raises(ParseError):
        parse_decl("theorem t : 1 = := rfl")
    with pytest.raises(ParseError, match="no declaration"):
        parse_decl("namespace A\nend A\n")


LEANISH = st.sampled_from(
    ["theorem", "def", "t", " ", "\n", "\n  ", ":", ":=", "(", ")", "{", "}", "[", "]", "⟨",
     "⟩", "|", "=>", "fun", "x", "∀", ",", "+", "=", "by", "simp", "where", "/-", "-/", "--",
     '"', "namespace", "end", "let", "match", "with", "·", "ℕ", "@[", "1", "\x00", "\udcff"])


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(LEANISH, max_size=40).map("".join))
def test_token_soup_never_raises_and_every_error_renders(text: str) -> None:
    module = parse_text(text, "soup.lean")
    for err in module.errors:
        assert isinstance(err, ParseError)
        assert err.render().startswith(f"soup.lean:{err.line}:{err.column}: error: ")
        assert err.expected


def test_an_unclosed_comment_does_not_hide_an_earlier_error_of_the_same_command() -> None:
    """The comment swallows the rest of the file into the bad binder's command: both errors
    must be reported, in order, and the good declaration before them still read."""
    text = GOOD + "theorem b (x : ℕ : x = x := rfl\n/- never closed\ntheorem c : True := trivial\n"
    module = parse_text(text, "f.lean")
    assert [(e.line, e.column) for e in module.errors] == [(3, 18), (4, 1)]
    assert "unterminated comment" in module.errors[1].message
    assert [d.name for d in module.decls] == ["good_one"]


@pytest.mark.parametrize(("text", "line", "word", "survives"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_list_command_exits_2_and_still_lists_the_good_declarations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, line: int, word: str,
    survives: bool,
) -> None:
    """Through the front door: exit status 2, the error on stderr with its location and caret,
    the readable declarations on stdout, and no traceback anywhere."""
    from jepa_formal.cli import main

    path = tmp_path / "bad.lean"
    path.write_text(GOOD + text + GOOD_AFTER, encoding="utf-8")
    assert main(["list", str(path)]) == 2
    out, err = capsys.readouterr()
    assert f"{path}:{GOOD.count(chr(10)) + line}:" in err
    assert "^" in err and "expected one of:" in err
    assert "Traceback" not in out + err
    assert "theorem good_one" in out
    assert ("theorem good_two" in out) == survives
