"""Every bundled spec has a definition conform checks end to end: a correct implementation in
``examples/`` keeps every law that mentions it, a wrong one fails with a shrunk counterexample
(issue 10), and no example implementation makes any bundled spec end in an internal error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conform_helpers import EXAMPLES, ROOT

from jepa_formal.cli import main
from jepa_formal.conform.binding import load_callable, parse_bind
from jepa_formal.conform.result import FAILS, HOLDS, HOLDS_TOL, NOT_APPLICABLE
from jepa_formal.conform.runner import run_conformance

SPECS = ROOT / "specs"

# spec, definition, correct, wrong, options, the law the wrong one fails, a finding kind
CASES: list[tuple[str, str, str, str, dict[str, Any], str, str]] = [
    ("jepa.lean", "jepaLoss", "jepa_sum.py:jepa_loss", "ijepa_loss.py:ijepa_loss",
     {"functions": "array", "rep_loss": "smooth_l1"}, "jepaLoss_append", "mismatch"),
    ("jepa_array.lean", "jepaLossArr", "jepa_sum.py:jepa_loss", "jepa_mask01.py:jepa_loss",
     {"functions": "array"}, "jepaLossArr_append", "mismatch"),
    ("jepa_real.lean", "jepaLossR", "jepa_sum.py:jepa_loss", "vjepa_loss.py:vjepa_loss",
     {"functions": "array", "rep_loss": "l1"}, "jepaLossR_smul", "mismatch"),
    ("mae.lean", "maeLoss", "mae_loss.py:mae_loss_sum", "mae_loss.py:mae_loss",
     {"functions": "array"}, "maeLoss_append", "mismatch"),
    ("masking.lean", "maskedSum", "masked_sum.py:masked_sum", "masked_sum.py:masked_sum_dedup",
     {"functions": "array"}, "maskedSum_append", "mismatch"),
    ("collapse.lean", "varianceTerm", "vicreg_variance.py:variance_term",
     "vicreg_variance.py:variance_term_vicreg", {"lists": "numpy"}, "varianceTerm_append",
     "mismatch"),
    ("predictive_view.lean", "contractLoss", "contract_loss.py:contract_loss",
     "contract_loss.py:contract_loss_no_guard", {"functions": "array"}, "contractLoss_widen",
     "mismatch"),
]


def _func(name: str, target: str) -> Any:
    return load_callable(parse_bind(f"{name}={EXAMPLES / target}"))


def _run(spec: str, name: str, target: str, **options: Any) -> Any:
    return run_conformance(str(SPECS / spec), [(name, _func(name, target), target)],
                           max_examples=80, **options)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_correct_implementation_keeps_every_law_that_mentions_it(case: Any) -> None:
    spec, name, good, _, options, _, _ = case
    rep = _run(spec, name, good, **options)
    checked = [r for r in rep.results if r.status != NOT_APPLICABLE]
    assert checked, "nothing was checked"
    for r in rep.results:
        if r.status == NOT_APPLICABLE:  # only laws that do not mention it
            assert r.detail.startswith("does not mention"), (r.name, r.detail)
        else:
            assert r.status in (HOLDS, HOLDS_TOL), (r.name, r.status, r.detail)
            assert r.examples > 0


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_wrong_implementation_fails_with_a_shrunk_counterexample(case: Any) -> None:
    spec, name, _, bad, options, law, kind = case
    rep = _run(spec, name, bad, **options)
    r = rep.result(law)
    assert r.status == FAILS, (law, r.status, r.detail)
    assert r.counterexample is not None and r.counterexample.inputs
    assert kind in {f.kind for f in r.findings}
    assert r.diagnosis
    assert rep.exit_code == 1


def test_definitions_that_use_the_bound_one_are_unfolded() -> None:
    rep = _run("jepa_real.lean", "jepaLossR", "jepa_sum.py:jepa_loss", functions="array")
    for law in ("jepaMeanLoss_nil", "jepaMeanLoss_replicate", "jepaLossR_smul",
                "jepaLossR_weighted", "jepaLossR_scale_div", "jepaLossR_div_zero"):
        assert rep.result(law).status in (HOLDS, HOLDS_TOL), (law, rep.result(law).detail)
    assert "x / 0 = 0 at ℝ" in rep.result("jepaLossR_div_zero").notes


def test_structures_are_passed_as_dicts_on_request() -> None:
    rep = _run("predictive_view.lean", "contractLoss", "contract_loss.py:contract_loss_dict",
               functions="array", structs="dict")
    assert {r.status for r in rep.results if r.status != NOT_APPLICABLE} == {HOLDS}


def test_masks_and_callables_in_callable_mode(tmp_path: Path) -> None:
    impl = tmp_path / "calls.py"
    impl.write_text("def masked(idxs, loss):\n    return float(sum(loss(i) for i in idxs))\n")
    rep = run_conformance(str(SPECS / "masking.lean"),
                          [("maskedSum", _func("maskedSum", str(impl) + ":masked"), None)],
                          max_examples=60)
    assert {r.status for r in rep.results} == {HOLDS}


def test_two_bindings_at_once(tmp_path: Path) -> None:
    impl = tmp_path / "pair.py"
    impl.write_text(
        "import numpy as np\n"
        "def loss_sum(idxs, context, target, predict, rep_loss):\n"
        "    idx = np.asarray(idxs, dtype=np.int64)\n"
        "    return rep_loss(target[idx], predict(context)[idx]).sum()\n"
        "def loss_mean(idxs, context, target, predict, rep_loss):\n"
        "    return loss_sum(idxs, context, target, predict, rep_loss) / len(idxs) "
        "if len(idxs) else 0.0\n")
    rep = run_conformance(str(SPECS / "jepa_real.lean"), [
        ("jepaLossR", _func("jepaLossR", f"{impl}:loss_sum"), None),
        ("jepaMeanLoss", _func("jepaMeanLoss", f"{impl}:loss_mean"), None),
    ], functions="array", max_examples=60)
    assert [b.definition.rsplit(".", 1)[-1] for b in rep.bindings] == ["jepaLossR",
                                                                       "jepaMeanLoss"]
    assert {r.status for r in rep.results} <= {HOLDS, HOLDS_TOL}


EXAMPLE_CALLABLES = [
    "jepa_sum.py:jepa_loss", "jepa_mean.py:jepa_loss", "jepa_mean_times_count.py:jepa_loss",
    "jepa_mask01.py:jepa_loss", "jepa_mask01.py:jepa_loss_normalized",
    "jepa_float32_sum.py:jepa_loss", "ijepa_loss.py:ijepa_loss", "vjepa_loss.py:vjepa_loss",
    "masked_sum.py:masked_sum", "masked_sum.py:masked_sum_dedup",
    "vicreg_variance.py:variance_term", "vicreg_variance.py:variance_term_vicreg",
    "mae_loss.py:mae_loss", "mae_loss.py:mae_loss_sum", "mae_loss.py:sq_dist",
    "contract_loss.py:contract_loss", "contract_loss.py:contract_loss_no_guard",
]


@pytest.mark.parametrize("spec,name", [(c[0], c[1]) for c in CASES], ids=[c[0] for c in CASES])
def test_no_example_makes_a_bundled_spec_end_in_an_internal_error(
        spec: str, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    for target in EXAMPLE_CALLABLES:
        for flags in (["--functions", "array"], ["--lists", "numpy"]):
            code = main(["conform", str(SPECS / spec), "--bind",
                         f"{name}={EXAMPLES / target}", "--max-examples", "6",
                         "--format", "json", "--call-timeout", "5", *flags])
            out, err = capsys.readouterr()
            assert code in (0, 1, 2), (spec, target, flags, code, err)
            assert "internal error" not in err, (spec, target, err)
            if code != 2:
                doc = json.loads(out)
                assert not any(r["internal"] for r in doc["results"]), (spec, target)


def test_the_laws_own_arithmetic_is_leans_around_the_users_numbers(tmp_path: Path) -> None:
    spec = tmp_path / "arith.lean"
    spec.write_text(
        "def f (x : ℕ) : ℕ := x\n"
        "theorem f_sub (x : ℕ) : f x - (x + 1) = 0 := by simp [f]\n"
        "def g (x : ℤ) : ℤ := x\n"
        "theorem g_div (x : ℤ) : g x / 0 = 0 := by simp\n"
        "theorem g_ediv (x : ℤ) : g 7 / (-2) = -3 := by decide\n")
    impl = tmp_path / "ident.py"
    impl.write_text("def ident(x):\n    return float(x)\n")
    f = _func("f", f"{impl}:ident")
    rep = run_conformance(str(spec), [("f", f, None), ("g", f, None)], max_examples=40)
    for law in ("f_sub", "g_div", "g_ediv"):
        assert rep.result(law).status == HOLDS, (law, rep.result(law).detail)
    assert "ℕ subtraction truncates at 0" in rep.result("f_sub").notes
    assert "ℤ division is Euclidean, x / 0 = 0" in rep.result("g_ediv").notes
