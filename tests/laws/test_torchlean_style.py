"""TorchLean-style files: a folder laid out like ``NN/MLTheory/SelfSupervised/`` in TorchLean,
with the module system header, ``public import``s between the files, module docs,
``@[expose] public section``, section ``variable``s, structures with defaults, definitions by
pattern matching and ``@[simp]`` theorems. Reading the folder gives no parse error and resolves
the imports across files; checking it gives no ``refuted`` and no ``error``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from corpus import TORCHLEAN_DIR, TORCHLEAN_FILES, TORCHLEAN_ROOT, Expected, LawCase, rows
from law_runs import describe, run, verdict_for

from jepa_formal.verdict import Status

CASES = [r for r in rows(expected=Expected.TRUE) if r.path in TORCHLEAN_FILES]


def test_folder_reads_without_parse_errors_and_resolves_imports() -> None:
    from jepa_formal.reader import load

    project = load([str(TORCHLEAN_DIR)], root=str(TORCHLEAN_ROOT))
    assert [str(e) for m in project.modules for e in m.errors] == []
    local = [i for m in project.modules for i in m.imports if i.module.startswith("NN.")]
    assert len(local) == 5  # MAE→Masking, JEPA→Masking, PredictiveView→JEPA and →Masking,
    # Averages→LossNotation
    assert [i.module for i in local if i.resolved is None] == []


def test_a_single_file_sees_the_definitions_it_imports() -> None:
    """PredictiveView uses ``jepaLoss`` from JEPA.lean, which uses nothing it does not import."""
    view = TORCHLEAN_DIR / "PredictiveView.lean"
    check_run = run((view,), TORCHLEAN_ROOT)
    assert check_run.parse_errors == ()
    assert check_run.verdicts
    assert [describe(v) for v in check_run.verdicts if v.status is Status.ERROR] == []


def test_folder_summary_has_no_failure(record_property: Callable[[str, object], None]) -> None:
    check_run = run((TORCHLEAN_DIR,), TORCHLEAN_ROOT)
    summary = check_run.summary()
    record_property("torchlean_summary", summary)
    theorems = [v for v in check_run.verdicts if not v.name.startswith("#guard_msgs@")]
    assert len(theorems) == len(CASES)
    assert summary["refuted"] == 0 and summary["error"] == 0, summary


@pytest.mark.parametrize("row", CASES, ids=lambda r: r.id)
def test_torchlean_law_is_never_refuted(row: LawCase) -> None:
    verdict = verdict_for(run((TORCHLEAN_DIR,), TORCHLEAN_ROOT), row)
    assert verdict is not None, f"no verdict for {row.name}"
    assert verdict.status not in (Status.REFUTED, Status.ERROR), describe(verdict)
