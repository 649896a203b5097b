"""Failures classified by kind, each shrunk on its own, with a diagnosis (issue 16): a real
mismatch is never hidden behind a NaN on the empty selection."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from conform_helpers import SPEC, example

from jepa_formal.conform import check_conformance
from jepa_formal.conform.result import ConformReport, Finding
from jepa_formal.report.conform import as_json


@cache
def mean_report() -> ConformReport:
    return check_conformance(SPEC, "jepaLoss", example("jepa_mean.py"), functions="array",
                             rep_loss="smooth_l1", max_examples=150)


def kinds(rep: ConformReport, law: str) -> dict[str, Finding]:
    return {f.kind: f for f in rep.result(law).findings}


def test_the_mean_is_not_additive_on_non_empty_lists_and_nan_on_the_empty_one() -> None:
    found = kinds(mean_report(), "jepaLoss_append")
    mismatch = found["mismatch"]
    inputs = dict(mismatch.counterexample.inputs)
    assert inputs["xs"] != "[]" and inputs["ys"] != "[]"
    assert mismatch.lhs is not None and mismatch.rhs is not None
    assert abs(mismatch.lhs - mismatch.rhs) > 0.1  # finite sides that really differ
    assert found["nan"].input_class == "an empty selection"
    r = mean_report().result("jepaLoss_append")
    assert r.findings[0].kind == "mismatch"  # the primary finding is the most informative
    assert r.counterexample == mismatch.counterexample
    assert r.diagnosis.startswith("not additive over ++: for xs = ")


def test_reverse_and_ext_of_the_mean_only_fail_on_the_empty_selection() -> None:
    for law in ("jepaLoss_reverse", "jepaLoss_target_ext"):
        r = mean_report().result(law)
        assert set(kinds(mean_report(), law)) == {"nan"}, law
        assert "holds on every non-empty input" in r.diagnosis, r.diagnosis
        assert "NaN on an empty selection" in r.diagnosis


def test_the_mask_cannot_count_a_repeated_index() -> None:
    rep = check_conformance(SPEC, "jepaLoss", example("jepa_mask01.py"), functions="array",
                            max_examples=150)
    mismatch = kinds(rep, "jepaLoss_append")["mismatch"]
    inputs = dict(mismatch.counterexample.inputs)
    assert set(json.loads(inputs["xs"])) & set(json.loads(inputs["ys"]))
    assert mismatch.input_class == "a repeated index"


def test_a_float32_sum_at_float64_tolerance_is_a_tolerance_finding() -> None:
    rep = check_conformance(SPEC, "jepaLoss", example("jepa_float32_sum.py"),
                            functions="array", dtype="float64", max_examples=150)
    found = kinds(rep, "jepaLoss_append")
    assert set(found) == {"tolerance"}
    assert "rounding" in rep.result("jepaLoss_append").diagnosis


def _impl(tmp_path: Path, body: str) -> Any:
    from jepa_formal.conform.binding import load_callable, parse_bind

    impl = tmp_path / "impl.py"
    impl.write_text("import numpy as np\n"
                    "def jepa_loss(idxs, context, target, predict, rep_loss):\n"
                    "    idx = np.asarray(idxs, dtype=np.int64)\n"
                    "    s = rep_loss(target[idx], predict(context)[idx]).sum()\n" + body)
    return load_callable(parse_bind(f"jepaLoss={impl}:jepa_loss"))


def test_an_exception_is_an_error_finding(tmp_path: Path) -> None:
    func = _impl(tmp_path, "    if len(idxs) == 0:\n        raise ValueError('empty')\n"
                           "    return s\n")
    rep = check_conformance(SPEC, "jepaLoss", func, functions="array", max_examples=60)
    found = kinds(rep, "jepaLoss_nil")
    assert set(found) == {"error"}
    assert "ValueError: empty" in (found["error"].counterexample.error or "")


def test_an_infinite_result_is_an_inf_finding(tmp_path: Path) -> None:
    func = _impl(tmp_path, "    return s if len(idxs) != 1 else np.inf\n")
    rep = check_conformance(SPEC, "jepaLoss", func, functions="array", max_examples=60)
    assert "inf" in kinds(rep, "jepaLoss_append")


def test_json_has_findings_and_a_diagnosis() -> None:
    doc = as_json(mean_report())
    json.dumps(doc, allow_nan=False)  # strict JSON
    r = next(r for r in doc["results"] if r["name"].endswith("jepaLoss_append"))
    assert [f["kind"] for f in r["findings"]][:1] == ["mismatch"]
    assert r["counterexample"] == r["findings"][0]["counterexample"]
    assert r["diagnosis"].startswith("not additive")
    assert {"kind", "counterexample", "lhs", "rhs", "deviation"} <= set(r["findings"][0])


def test_inputs_read_as_arrays_rounded_for_display_exact_in_json() -> None:
    cex = mean_report().result("jepaLoss_append").counterexample
    assert cex is not None
    shown = dict(cex.inputs)
    assert shown["target"].startswith("[[") and "fun" not in shown["target"]
    exact = dict(cex.exact)
    assert set(exact) == set(shown)
