"""Regenerate the conformance tables of the README and docs/conform.md from real runs.

Run from the repository root: ``python examples/readme_table.py`` (seed 0, 300 instances per
law, the same runs as ``jepa-formal conform SPEC --bind NAME=examples/FILE:FUNC FLAGS``).
Prints two Markdown tables: the JEPA examples law by law, and one row per example of the
other bundled specs.
"""

from __future__ import annotations

import sys
from typing import Any

from jepa_formal.conform.binding import load_callable, parse_bind
from jepa_formal.conform.result import ConformReport, Finding, LawResult
from jepa_formal.conform.runner import run_conformance

JEPA = [  # label, file:func, flags
    ("(a) `jepa_sum.py` sum over gathered indices", "jepa_sum.py:jepa_loss",
     {"values": "int"}),
    ("(a) `jepa_sum.py`", "jepa_sum.py:jepa_loss", {}),
    ("I-JEPA `ijepa_loss.py`: `smooth_l1_loss`, reduction mean", "ijepa_loss.py:ijepa_loss",
     {"rep_loss": "smooth_l1"}),
    ("V-JEPA `vjepa_loss.py`: `mean(abs(z - h) ** p) / p`", "vjepa_loss.py:vjepa_loss",
     {"rep_loss": "l1"}),
    ("(b) `jepa_mean.py` mean of per-patch smooth-L1", "jepa_mean.py:jepa_loss",
     {"rep_loss": "smooth_l1"}),
    ("(c) `jepa_mean_times_count.py`", "jepa_mean_times_count.py:jepa_loss", {}),
    ("(d) `jepa_mask01.py` 0/1 mask", "jepa_mask01.py:jepa_loss", {}),
    ("(d) `jepa_mask01.py:jepa_loss_normalized` `/ mask.sum()`",
     "jepa_mask01.py:jepa_loss_normalized", {}),
    ("(e) `jepa_float32_sum.py` float32 sequential sum", "jepa_float32_sum.py:jepa_loss", {}),
    ("(e) `jepa_float32_sum.py`", "jepa_float32_sum.py:jepa_loss", {"dtype": "float32"}),
]

OTHERS = [  # label, spec, definition, file:func, flags
    ("`jepa_sum.py`", "jepa_array.lean", "jepaLossArr", "jepa_sum.py:jepa_loss", {}),
    ("`jepa_sum.py`", "jepa_real.lean", "jepaLossR", "jepa_sum.py:jepa_loss", {}),
    ("V-JEPA `vjepa_loss.py`", "jepa_real.lean", "jepaLossR", "vjepa_loss.py:vjepa_loss",
     {"rep_loss": "l1"}),
    ("`mae_loss.py:mae_loss_sum`", "mae.lean", "maeLoss", "mae_loss.py:mae_loss_sum", {}),
    ("MAE `mae_loss.py:mae_loss` (`forward_loss`)", "mae.lean", "maeLoss",
     "mae_loss.py:mae_loss", {}),
    ("`masked_sum.py:masked_sum`", "masking.lean", "maskedSum", "masked_sum.py:masked_sum", {}),
    ("`masked_sum.py:masked_sum_dedup` (a set of indices)", "masking.lean", "maskedSum",
     "masked_sum.py:masked_sum_dedup", {}),
    ("`vicreg_variance.py:variance_term`", "collapse.lean", "varianceTerm",
     "vicreg_variance.py:variance_term", {"lists": "numpy"}),
    ("VICReg `vicreg_variance.py:variance_term_vicreg` (`mean(relu(γ - std))`)",
     "collapse.lean", "varianceTerm", "vicreg_variance.py:variance_term_vicreg",
     {"lists": "numpy"}),
    ("`contract_loss.py:contract_loss`", "predictive_view.lean", "contractLoss",
     "contract_loss.py:contract_loss", {}),
    ("`contract_loss.py:contract_loss_no_guard`", "predictive_view.lean", "contractLoss",
     "contract_loss.py:contract_loss_no_guard", {}),
]


def run(spec: str, name: str, target: str, flags: dict[str, Any]) -> ConformReport:
    func = load_callable(parse_bind(f"{name}=examples/{target}"))
    options = {"functions": "array", **flags}
    return run_conformance(f"specs/{spec}", [(name, func, target)], **options)


def flag_text(flags: dict[str, Any]) -> str:
    parts = [f"--{k.replace('_', '-')} {v}" for k, v in flags.items()]
    return "`" + " ".join(parts) + "`" if parts else "(defaults)"


def finding_text(f: Finding) -> str:
    short = ", ".join(f"{k} = {v}" for k, v in f.counterexample.inputs if k in f.focus)
    sides = ""
    if f.counterexample.lhs is not None:
        digits = 10 if f.kind == "tolerance" else 6  # rounding shows in the last digits
        sides = (f", {_num(f.lhs, f.counterexample.lhs, digits)} vs "
                 f"{_num(f.rhs, f.counterexample.rhs, digits)}")
    where = f" {short}" if short else ""
    return f"{f.kind}{where}{sides}"


def _num(x: float | None, text: str | None, digits: int = 6) -> str:
    """``digits`` significant digits (the exact values are in ``--format json``)."""
    if x is None or x != x or x in (float("inf"), float("-inf")):
        return text or "?"
    return f"{x:.{digits}g}"


def cell(r: LawResult) -> str:
    if r.status == "holds-within-tolerance":
        return f"holds-within-tolerance ({r.max_deviation:.2g})"
    if r.findings:
        return f"{r.status}: " + "; ".join(finding_text(f) for f in r.findings)
    return r.status


def main() -> None:
    out = sys.stdout
    laws = ("jepaLoss_nil", "jepaLoss_append", "jepaLoss_reverse", "jepaLoss_target_ext")
    out.write("| example | flags | nil | append | reverse | target_ext |\n")
    out.write("| --- | --- | --- | --- | --- | --- |\n")
    for label, target, flags in JEPA:
        rep = run("jepa.lean", "jepaLoss", target, flags)
        cells = " | ".join(cell(rep.result(law)) for law in laws)
        out.write(f"| {label} | {flag_text(flags)} | {cells} |\n")
    out.write("\n| example | spec: definition | flags | laws that mention it | findings |\n")
    out.write("| --- | --- | --- | --- | --- |\n")
    for label, spec, name, target, flags in OTHERS:
        rep = run(spec, name, target, flags)
        checked = [r for r in rep.results if r.status != "not-applicable"]
        counts: dict[str, int] = {}
        for r in checked:
            counts[r.status] = counts.get(r.status, 0) + 1
        summary = ", ".join(f"{n} {s}" for s, n in counts.items())
        failing = [r for r in checked if r.findings]
        bad = "; ".join(f"`{r.short_name}` " + ", ".join(finding_text(f) for f in r.findings)
                        for r in failing[:3])
        if len(failing) > 3:
            bad += f"; and {len(failing) - 3} more"
        out.write(f"| {label} | `{spec}`: `{name}` | {flag_text(flags)} | {summary} | "
                  f"{bad or '-'} |\n")


if __name__ == "__main__":
    main()
