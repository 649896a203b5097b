"""The findings of the conformance check on the NumPy examples (a)–(e) of ``examples/``.

Every assertion reads the tool's own result; nothing about the examples is hard-coded except
the claims the docs make about them.
"""

from __future__ import annotations

import ast
import math
from functools import cache

import pytest
from conform_helpers import SPEC, example

from jepa_formal.conform import check_conformance
from jepa_formal.conform.result import ERROR, FAILS, HOLDS, HOLDS_TOL, ConformReport

LAWS = ("jepaLoss_nil", "jepaLoss_append", "jepaLoss_reverse", "jepaLoss_target_ext")


@cache
def report(file: str, attr: str = "jepa_loss", **options: object) -> ConformReport:
    return check_conformance(SPEC, "jepaLoss", example(file, attr), functions="array",
                             **options)


def inputs(rep: ConformReport, law: str) -> dict[str, str]:
    cex = rep.result(law).counterexample
    assert cex is not None
    return dict(cex.inputs)


def as_list(text: str) -> list[int]:
    return list(ast.literal_eval(text))


# --- (a) sum over gathered indices ----------------------------------------------------------


def test_sum_keeps_every_law_exactly_on_integer_valued_inputs() -> None:
    rep = report("jepa_sum.py", values="int")
    assert [r.short_name for r in rep.results] == list(LAWS)
    for law in LAWS:
        r = rep.result(law)
        assert r.status == HOLDS, (law, r.detail)
        assert r.max_deviation == 0.0
        assert r.examples > 100


def test_sum_keeps_every_law_within_tolerance_on_general_floats() -> None:
    rep = report("jepa_sum.py")
    assert {rep.result(law).status for law in LAWS} <= {HOLDS, HOLDS_TOL}
    append = rep.result("jepaLoss_append")
    assert append.status == HOLDS_TOL  # pairwise summation rounds differently on xs ++ ys
    assert append.max_deviation is not None and 0 < append.max_deviation < 1e-9
    assert rep.exit_code == 0


# --- (b) mean ---------------------------------------------------------------------------------


def test_mean_breaks_nil_with_nan_on_the_empty_list() -> None:
    rep = report("jepa_mean.py", rep_loss="smooth_l1")
    nil = rep.result("jepaLoss_nil")
    assert nil.status == FAILS
    assert "NaN" in nil.detail
    assert nil.counterexample is not None
    assert nil.counterexample.lhs == "NaN" and nil.counterexample.rhs == "0"
    assert rep.exit_code == 1


def test_mean_breaks_append_with_a_shrunk_counterexample() -> None:
    rep = report("jepa_mean.py", rep_loss="smooth_l1")
    got = inputs(rep, "jepaLoss_append")
    assert rep.result("jepaLoss_append").status == FAILS
    assert len(as_list(got["xs"])) + len(as_list(got["ys"])) <= 2
    assert int(got["n"]) == 1  # shrunk down to one patch


def test_mean_breaks_append_on_non_empty_lists_too() -> None:
    # the finite failure (a mean is not additive) is found once empty lists are out of the way
    from jepa_formal.conform import conformance

    def mean_nonempty(target_idxs, context, target, predict, rep_loss):  # type: ignore[no-untyped-def]
        if len(target_idxs) == 0:
            return 0.0
        return example("jepa_mean.py")(target_idxs, context, target, predict, rep_loss)

    rep = conformance(SPEC, "jepaLoss", mean_nonempty, functions="array",
                      laws=("jepaLoss_append",))
    r = rep.result("jepaLoss_append")
    assert r.status == FAILS
    assert r.max_deviation is not None and r.max_deviation > 1e-3
    got = inputs(rep, "jepaLoss_append")
    assert as_list(got["xs"]) and as_list(got["ys"])


# --- (c) mean times count --------------------------------------------------------------------


def test_mean_times_count_keeps_append_only_within_tolerance() -> None:
    rep = report("jepa_mean_times_count.py")
    append = rep.result("jepaLoss_append")
    assert append.status == HOLDS_TOL
    assert append.max_deviation is not None and append.max_deviation > 0
    exact = check_conformance(SPEC, "jepaLoss", example("jepa_mean_times_count.py"),
                              functions="array", exact=True, laws=("jepaLoss_append",))
    assert exact.result("jepaLoss_append").status == FAILS


# --- (d) 0/1 mask -----------------------------------------------------------------------------


def test_mask_breaks_append_only_through_shared_or_repeated_indices() -> None:
    rep = report("jepa_mask01.py")
    append = rep.result("jepaLoss_append")
    assert append.status == FAILS
    got = inputs(rep, "jepaLoss_append")
    xs, ys = as_list(got["xs"]), as_list(got["ys"])
    both = xs + ys
    assert len(set(both)) < len(both)  # an index shared by xs and ys, or repeated
    assert len(both) == 2  # shrunk: xs = [0], ys = [0] (or [0, 0] and [])


def test_mask_breaks_target_ext_with_nan_outside_the_selection() -> None:
    rep = report("jepa_mask01.py")
    ext = rep.result("jepaLoss_target_ext")
    assert ext.status == FAILS
    assert "NaN" in ext.detail
    got = inputs(rep, "jepaLoss_target_ext")
    assert "NaN" in got["target₂"] or "NaN" in got["target₁"]
    selected = set(as_list(got["idxs"]))
    rows = ast.literal_eval(got["target₂"].removeprefix("fun i => ").removesuffix("[i]")
                            .replace("NaN", "None"))
    nan_rows = {i for i, row in enumerate(rows) if None in row}
    assert nan_rows and not (nan_rows & selected)


def test_mask_keeps_nil_and_reverse_exactly() -> None:
    rep = report("jepa_mask01.py")
    assert rep.result("jepaLoss_nil").status == HOLDS
    assert rep.result("jepaLoss_reverse").status == HOLDS


def test_normalized_mask_breaks_nil_with_nan() -> None:
    rep = report("jepa_mask01.py", "jepa_loss_normalized")
    nil = rep.result("jepaLoss_nil")
    assert nil.status == FAILS and nil.counterexample is not None
    assert nil.counterexample.lhs == "NaN"


# --- (e) float32 sequential sum ---------------------------------------------------------------


def test_float32_sum_keeps_append_only_within_a_float32_tolerance() -> None:
    tight = report("jepa_float32_sum.py")
    assert tight.result("jepaLoss_append").status == FAILS
    dev = tight.result("jepaLoss_append").max_deviation
    assert dev is not None and 0 < dev < 1e-3
    f32 = report("jepa_float32_sum.py", dtype="float32")
    append = f32.result("jepaLoss_append")
    assert append.status == HOLDS_TOL
    assert append.max_deviation is not None and append.max_deviation > 0


def test_float32_sum_is_exact_on_integer_valued_inputs() -> None:
    rep = report("jepa_float32_sum.py", values="int", dtype="float32")
    assert rep.result("jepaLoss_append").status == HOLDS


# --- errors are findings, not crashes -------------------------------------------------------


def test_a_raising_callable_is_an_error_with_its_input() -> None:
    def picky(target_idxs, context, target, predict, rep_loss):  # type: ignore[no-untyped-def]
        if len(target_idxs) >= 2:
            raise IndexError("only one target block supported")
        return example("jepa_sum.py")(target_idxs, context, target, predict, rep_loss)

    rep = check_conformance(SPEC, "jepaLoss", picky, functions="array")
    r = rep.result("jepaLoss_append")
    assert r.status == ERROR
    cex = r.counterexample
    assert cex is not None and cex.error is not None and "IndexError" in cex.error
    assert cex.call is not None and "picky" in cex.call
    got = dict(cex.inputs)
    assert len(as_list(got["xs"])) + len(as_list(got["ys"])) == 2  # shrunk to the edge
    assert rep.result("jepaLoss_nil").status == HOLDS
    assert rep.exit_code == 1


def test_infinity_is_a_finding() -> None:
    def overflow(target_idxs, context, target, predict, rep_loss):  # type: ignore[no-untyped-def]
        return math.inf if target_idxs else 0.0

    rep = check_conformance(SPEC, "jepaLoss", overflow, laws=("jepaLoss_reverse",))
    r = rep.result("jepaLoss_reverse")
    assert r.status == FAILS and "infinite" in r.detail


@pytest.mark.parametrize("law", LAWS)
def test_the_definition_itself_conforms_in_callable_mode(law: str) -> None:
    def reference(target_idxs, context, target, predict, rep_loss):  # type: ignore[no-untyped-def]
        return sum(float(rep_loss(target(i), predict(context, i))) for i in target_idxs)

    rep = check_conformance(SPEC, "jepaLoss", reference, values="int", laws=(law,),
                            max_examples=100)
    assert rep.result(law).status == HOLDS


def test_pytorch_version_of_the_mean_breaks_nil() -> None:
    pytest.importorskip("torch")
    rep = report("jepa_mean_torch.py", rep_loss="smooth_l1")
    assert rep.result("jepaLoss_nil").status == FAILS
    assert rep.result("jepaLoss_append").status == FAILS


def test_conform_never_imports_torch() -> None:
    import subprocess
    import sys

    code = ("import sys, jepa_formal.conform, jepa_formal.conform.cli, jepa_formal.cli; "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_array_style_code_given_callables_is_an_error_with_a_hint() -> None:
    rep = check_conformance(SPEC, "jepaLoss", example("jepa_sum.py"), laws=("jepaLoss_nil",))
    r = rep.result("jepaLoss_nil")
    assert r.status == ERROR and "--functions array" in r.detail
    assert r.counterexample is not None and r.counterexample.call is not None
    assert "<function predict" in r.counterexample.call
