"""The printer and the parser agree: ``parse(print(ast)) == ast`` for generated canonical
terms and declarations (Hypothesis), and for every statement of the corpus and the specs."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from reader_strategies import declarations, terms

from jepa_formal.reader import (
    Decl,
    Definition,
    Theorem,
    load,
    parse_term,
    parse_text,
    print_decl,
    print_term,
)

HERE = Path(__file__).parent
# large generated trees make Hypothesis warn about the size of their repr; that is expected
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")
SETTINGS = settings(max_examples=600, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(terms)
def test_term_roundtrip(term: object) -> None:
    text = print_term(term)  # type: ignore[arg-type]
    assert parse_term(text) == term, text


@SETTINGS
@given(declarations)
def test_declaration_roundtrip(decl: Decl) -> None:
    text = print_decl(decl, proof="by simp") if isinstance(decl, Theorem) else print_decl(decl)
    module = parse_text(text, "<generated>")
    assert module.errors == (), text
    assert module.decls[0] == decl, text
    if isinstance(decl, Definition):
        assert module.decls[1:] == decl.where_decls


def test_every_statement_and_body_of_the_corpus_and_specs_roundtrips() -> None:
    repo = HERE.parent.parent
    paths = [str(HERE / "corpus"), *glob.glob(str(repo / "specs" / "*.lean"))]
    checked = 0
    for decl in load(paths).decls:
        for term in (getattr(decl, "statement", None), getattr(decl, "body", None),
                     getattr(decl, "type", None)):
            if term is not None:
                assert parse_term(print_term(term)) == term, print_term(term)
                checked += 1
        for binder in decl.binders:
            if binder.type is not None:
                assert parse_term(print_term(binder.type)) == binder.type
    assert checked > 100
