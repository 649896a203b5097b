"""The parser cached as a pickle (``reader.parser_cache``) reads every file as a built one does.

Why it matters: a check of the bundled specs loads the parser before anything else (a tenth of
the run when it is rebuilt from lark's own cache); the pickle must be the same parser, its
key must change with the grammar, and a stale or corrupt file must never be used.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from jepa_formal.reader import parser as reader_parser
from jepa_formal.reader import parser_cache
from jepa_formal.reader.project import load

REPO = Path(__file__).resolve().parents[2]
FOLDERS = ("tests/reader/corpus", "specs", "tests/laws")
_PLACEHOLDER = re.compile(r"\\ue000\d+\\ue001")  # as repr writes the private-use marks


def _modules(monkeypatch: pytest.MonkeyPatch, parser) -> list:
    monkeypatch.setattr(reader_parser, "lark_parser", lambda: parser)
    out = []
    for folder in FOLDERS:
        for path in sorted((REPO / folder).rglob("*.lean")):
            project = load([str(path)])
            # repr: a ParseError compares by identity, and its fields are all in its repr;
            # an infix notation's placeholder numbers count the notations of the process
            out.append((str(path), _PLACEHOLDER.sub("#", repr(project.modules))))
    return out


def test_the_pickled_parser_reads_every_file_as_the_built_one(monkeypatch, tmp_path):
    built = reader_parser._build_parser()
    digest = b"k" * 32
    path = str(tmp_path / "parser.pickle")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    parser_cache._write(path, digest, built)
    cached = parser_cache._read(path, digest)
    assert cached is not None and cached is not built
    assert cached.lexer_conf.postlex.keywords == built.lexer_conf.postlex.keywords
    read_cached = _modules(monkeypatch, cached)
    read_built = _modules(monkeypatch, built)
    assert len(read_built) > 40
    assert read_cached == read_built


def test_the_key_follows_the_grammar_the_options_and_the_sources():
    grammar = b"start: NAME\n"
    base = parser_cache.key(grammar, {"parser": "lalr"}, (parser_cache,))
    assert base == parser_cache.key(grammar, {"parser": "lalr"}, (parser_cache,))
    assert base != parser_cache.key(grammar + b"\n", {"parser": "lalr"}, (parser_cache,))
    assert base != parser_cache.key(grammar, {"parser": "earley"}, (parser_cache,))
    assert base != parser_cache.key(grammar, {"parser": "lalr"}, (parser_cache, reader_parser))


def test_a_stale_or_corrupt_cache_is_rebuilt_and_replaced(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = str(tmp_path / "parser.pickle")
    builds = []

    def build():
        builds.append(1)
        return reader_parser._build_parser()

    digest = b"a" * 32
    Path(path).write_bytes(digest + b"not a pickle")
    first = parser_cache.cached_parser(digest, build, path)
    assert len(builds) == 1
    again = parser_cache.cached_parser(digest, build, path)  # now a good file
    assert len(builds) == 1 and again is not first
    parser_cache.cached_parser(b"b" * 32, build, path)  # another key: stale
    assert len(builds) == 2
    Path(path).write_bytes(Path(path).read_bytes()[:1000])  # cut short
    parser_cache.cached_parser(b"b" * 32, build, path)
    assert len(builds) == 3


def test_nothing_is_written_when_bytecode_writing_is_off(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "parser.pickle"
    parser_cache.cached_parser(b"c" * 32, reader_parser._build_parser, str(path))
    assert not path.exists()
