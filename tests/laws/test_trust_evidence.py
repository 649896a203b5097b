"""Every corpus checked end to end (the mutants' strategy errors are asserted by
``test_soundness.py``, which proves each one): each ``proved``/``bounded`` verdict names the
engine that confirmed its closing steps (identical normal form or Z3), and no proof strategy
raised an exception (issue 9: no verdict rests on one engine; no silent failure inside the
prover)."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import (
    FALSE_STATEMENTS,
    SEED_SPEC,
    TORCHLEAN_DIR,
    TORCHLEAN_ROOT,
    TRUE_LAWS,
    spec_files,
)
from law_runs import describe, run

from jepa_formal.prove.confirm import COMPILED, CONCRETE, IDENTICAL, Z3
from jepa_formal.verdict import Status

ENGINES = {IDENTICAL, Z3, CONCRETE, COMPILED}  # the last two only together (closed statements)

CORPORA: dict[str, tuple[tuple[Path, ...], Path | None]] = {
    "specs": (spec_files(), None),
    "true_laws": ((TRUE_LAWS,), None),
    "false_statements": ((FALSE_STATEMENTS,), None),
    "torchlean_style": ((TORCHLEAN_DIR,), TORCHLEAN_ROOT),
}


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_every_proof_names_its_confirming_engine(corpus: str) -> None:
    paths, root = CORPORA[corpus]
    check_run = run(paths, root)
    unconfirmed = [
        describe(v)
        for v in check_run.verdicts
        if (v.status in (Status.PROVED, Status.BOUNDED)
        and not v.confirmed_by)
        or any(part not in ENGINES for part in v.confirmed_by.split(" + ") if v.confirmed_by)
    ]
    assert unconfirmed == []


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_no_strategy_raised(corpus: str) -> None:
    paths, root = CORPORA[corpus]
    check_run = run(paths, root)
    errors = [(v.name, e) for v in check_run.verdicts for e in v.prover_errors]
    assert errors == []


def test_seed_laws_are_proved_and_confirmed() -> None:
    check_run = run((SEED_SPEC,))
    assert len(check_run.verdicts) == 4
    for v in check_run.verdicts:
        assert v.status is Status.PROVED, describe(v)
        assert v.confirmed_by, describe(v)


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_every_proof_is_audited_without_a_failure(corpus: str) -> None:
    """The corpora run with ``--audit`` (``law_runs.options``): every proof's rewrite steps are
    replayed on concrete instances, and none is contradicted."""
    paths, root = CORPORA[corpus]
    check_run = run(paths, root)
    assert not [describe(v) for v in check_run.verdicts if v.method == "audit"]
    proofs = [v for v in check_run.verdicts if v.status in (Status.PROVED, Status.BOUNDED)]
    unaudited = [v.name for v in proofs if not any(n.startswith("audit:") for n in v.notes)]
    assert unaudited == []
