"""The true corpora: no law of ``specs/`` (nor of ``true_laws.lean``) is ever refuted or an
error, and the four seed laws of ``specs/jepa.lean`` are proved.

The specs are the project's claims, true in Lean; a ``refuted`` verdict on one of them is a
bug in the mirror (or the numeric search), never in the law.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import BUNDLED_SPECS_DIR, TRUE_LAWS, Expected, LawCase, rows, spec_files
from law_runs import describe, run, verdict_for

from jepa_formal.verdict import Status

SPEC_ROWS = [r for r in rows() if r.path in spec_files()]
TRUE_ROWS = rows(path=TRUE_LAWS)
NEVER = (Status.REFUTED, Status.ERROR)


def test_specs_parse_without_errors() -> None:
    assert [e.render() for e in run(spec_files()).parse_errors] == []


def test_true_laws_parse_without_errors() -> None:
    assert [e.render() for e in run((TRUE_LAWS,)).parse_errors] == []


@pytest.mark.parametrize("row", SPEC_ROWS, ids=lambda r: r.id)
def test_spec_law_is_never_refuted(row: LawCase) -> None:
    verdict = verdict_for(run(spec_files()), row)
    assert verdict is not None, f"no verdict for {row.name}"
    assert verdict.status not in NEVER, describe(verdict)
    if row.expected is Expected.PROVED:
        assert verdict.status is Status.PROVED, describe(verdict)


@pytest.mark.parametrize("row", TRUE_ROWS, ids=lambda r: r.id)
def test_true_law_is_never_refuted(row: LawCase) -> None:
    verdict = verdict_for(run((TRUE_LAWS,)), row)
    assert verdict is not None, f"no verdict for {row.name}"
    assert verdict.status not in NEVER, describe(verdict)


@pytest.mark.parametrize("path", spec_files(), ids=lambda p: p.name)
def test_bundled_specs_are_the_specs(path: Path) -> None:
    """``jepa-formal check`` with no path checks the copy shipped in the package: it must be
    the same text as ``specs/``."""
    bundled = BUNDLED_SPECS_DIR / path.name
    assert bundled.exists(), f"{path.name} is not bundled in jepa_formal/specs/"
    assert bundled.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
