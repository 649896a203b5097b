"""The PyTorch twins of the examples find what their NumPy originals find (skipped when torch
is not installed: jepa-formal never needs it)."""

from __future__ import annotations

from typing import Any

import pytest
from conform_helpers import EXAMPLES, ROOT

from jepa_formal.conform.binding import load_callable, parse_bind
from jepa_formal.conform.runner import run_conformance

TWINS: list[tuple[str, str, str, str, dict[str, Any]]] = [
    ("jepa.lean", "jepaLoss", "ijepa_loss_torch.py:ijepa_loss", "ijepa_loss.py:ijepa_loss",
     {"functions": "array", "rep_loss": "smooth_l1"}),
    ("jepa.lean", "jepaLoss", "vjepa_loss_torch.py:vjepa_loss", "vjepa_loss.py:vjepa_loss",
     {"functions": "array", "rep_loss": "l1"}),
    ("jepa.lean", "jepaLoss", "jepa_mean_torch.py:jepa_loss", "jepa_mean.py:jepa_loss",
     {"functions": "array", "rep_loss": "smooth_l1"}),
    ("mae.lean", "maeLoss", "mae_loss_torch.py:mae_loss", "mae_loss.py:mae_loss",
     {"functions": "array"}),
    ("mae.lean", "maeLoss", "mae_loss_torch.py:mae_loss_sum", "mae_loss.py:mae_loss_sum",
     {"functions": "array"}),
    ("collapse.lean", "varianceTerm", "vicreg_variance_torch.py:variance_term_vicreg",
     "vicreg_variance.py:variance_term_vicreg", {"lists": "numpy"}),
    ("collapse.lean", "varianceTerm", "vicreg_variance_torch.py:variance_term",
     "vicreg_variance.py:variance_term", {"lists": "numpy"}),
    ("masking.lean", "maskedSum", "masked_sum_torch.py:masked_sum", "masked_sum.py:masked_sum",
     {"functions": "array"}),
    ("masking.lean", "maskedSum", "masked_sum_torch.py:masked_sum_dedup",
     "masked_sum.py:masked_sum_dedup", {"functions": "array"}),
]


@pytest.mark.parametrize("case", TWINS, ids=[c[2] for c in TWINS])
def test_the_torch_twin_finds_what_the_numpy_original_finds(case: Any) -> None:
    pytest.importorskip("torch")
    spec, name, twin, original, options = case
    reports = []
    for target in (twin, original):
        func = load_callable(parse_bind(f"{name}={EXAMPLES / target}"))
        reports.append(run_conformance(str(ROOT / "specs" / spec), [(name, func, target)],
                                       max_examples=80, **options))
    torch_rep, numpy_rep = reports
    for a, b in zip(torch_rep.results, numpy_rep.results, strict=True):
        fails = ("fails", "error")
        assert (a.status in fails) == (b.status in fails), (a.name, a.status, b.status)
        assert {f.kind for f in a.findings} == {f.kind for f in b.findings}, a.name
