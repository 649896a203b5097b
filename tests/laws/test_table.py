"""The corpus table itself: sizes, coverage of the expectations, the generated mutants file, and
agreement between the table's theorem names and what the reader reads."""

from __future__ import annotations

from pathlib import Path

import make_mutants
import pytest
from corpus import (
    FALSE_STATEMENTS,
    LAW_TABLE,
    MUTANTS,
    SEED_SPEC,
    TORCHLEAN_FILES,
    TORCHLEAN_ROOT,
    TRUE_LAWS,
    Expected,
    rows,
    short_name,
    spec_files,
    theorem_names,
)
from expectations import FALSE_LAWS

CORPUS_FILES = (*spec_files(), TRUE_LAWS, FALSE_STATEMENTS, MUTANTS, *TORCHLEAN_FILES)


def test_every_false_statement_has_exactly_one_expectation() -> None:
    names = theorem_names(FALSE_STATEMENTS)
    assert sorted(names) == sorted(FALSE_LAWS)


def test_corpus_sizes() -> None:
    own_specs = [r for r in rows(expected=Expected.TRUE) if r.path.parent == SEED_SPEC.parent]
    assert 25 <= len(own_specs) <= 40
    assert len(rows(path=SEED_SPEC, expected=Expected.PROVED)) == 4
    assert len(rows(expected=Expected.FALSE)) >= 50
    assert len(rows(expected=Expected.MUTANT)) >= 120


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_theorem_names_are_unique_per_file(path: Path) -> None:
    names = theorem_names(path)
    assert names, f"no theorem found in {path}"
    assert len(names) == len(set(names))


def test_mutants_file_is_up_to_date() -> None:
    assert make_mutants.main(["--check"]) == 0, "run python tests/laws/make_mutants.py"


def test_mutant_names_match_the_generator() -> None:
    generated = [m.name for m in make_mutants.all_mutants()]
    assert generated == theorem_names(MUTANTS)


def test_every_row_belongs_to_a_corpus_file() -> None:
    assert {row.path for row in LAW_TABLE} == set(CORPUS_FILES)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_reader_reads_every_theorem_of_the_table(path: Path) -> None:
    from jepa_formal.reader import load
    from jepa_formal.reader.syntax import Theorem

    # read with its imports (a file may use the notations of a file it imports)
    root = TORCHLEAN_ROOT if path.is_relative_to(TORCHLEAN_ROOT) else None
    project = load([str(path)], root=str(root) if root else None)
    module = next(m for m in project.modules if Path(m.path).resolve() == path.resolve())
    assert [str(e) for e in module.errors] == []
    read = []
    for decl in module.decls:
        if not isinstance(decl, Theorem):
            continue
        if decl.kind == "example":
            read.append(decl.name)
        else:
            read.append(short_name(decl.name))
    assert read == theorem_names(path)
