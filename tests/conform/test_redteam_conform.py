"""Regression tests from red-teaming ``jepa-formal conform`` as an ML user would: callables
that dedup, mutate, print, exit or return odd number types, and CLI edge cases."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conform_helpers import SPEC

from jepa_formal.cli import main
from jepa_formal.conform import check_conformance

IMPLS = textwrap.dedent("""
    import sys
    from fractions import Fraction
    import numpy as np

    def set_sum(idxs, context, target, predict, rep_loss):
        return sum(float(rep_loss(target(i), predict(context, i))) for i in set(idxs))

    def bincount(idxs, context, target, predict, rep_loss):
        w = np.bincount(np.asarray(idxs, dtype=np.int64), minlength=target.shape[0])
        return float((w * rep_loss(target, predict(context))).sum())

    def pop_sum(idxs, context, target, predict, rep_loss):
        total = 0.0
        while idxs:
            i = idxs.pop()
            total += float(rep_loss(target(i), predict(context, i)))
        return total

    def clear_then_raise(idxs, context, target, predict, rep_loss):
        n = len(idxs)
        idxs.clear()
        if n >= 2:
            raise ValueError("too many")
        return 0.0

    def noisy(idxs, context, target, predict, rep_loss):
        print("debug: batch", idxs)
        return sum(float(rep_loss(target(i), predict(context, i))) for i in idxs)

    def exits(idxs, context, target, predict, rep_loss):
        sys.exit(3)

    def fraction(idxs, context, target, predict, rep_loss):
        return Fraction(0)

    def one_arg(xs):
        return 0.0
""")


@pytest.fixture()
def impls(tmp_path: Path) -> Path:
    path = tmp_path / "rt_impls.py"
    path.write_text(IMPLS)
    return path


def conform(capsys: pytest.CaptureFixture[str], spec: str, bind: str,
            *args: str) -> tuple[int, str, str]:
    code = main(["conform", spec, "--bind", bind, "--max-examples", "60", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_set_dedup_fails_append_with_the_smallest_repeated_index(
        impls: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = conform(capsys, SPEC, f"jepaLoss={impls}:set_sum", "--format", "json")
    assert code == 1
    res = {r["name"].rsplit(".", 1)[-1]: r for r in json.loads(out)["results"]}
    assert res["jepaLoss_append"]["status"] == "fails"
    inputs = res["jepaLoss_append"]["counterexample"]["inputs"]
    assert (inputs["xs"], inputs["ys"]) == ("[0]", "[0]")
    assert res["jepaLoss_nil"]["status"] == "holds"


def test_bincount_weighting_is_caught_by_a_nan_outside_the_selection(
        impls: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = conform(capsys, SPEC, f"jepaLoss={impls}:bincount", "--functions", "array",
                           "--format", "json", "--law", "*target_ext")
    (r,) = json.loads(out)["results"]
    assert code == 1 and r["status"] == "fails" and r["max_deviation"] == "inf"
    # a NaN row outside the selection: on a non-empty selection, and on the empty one
    assert {f["kind"] for f in r["findings"]} == {"nan"}
    assert "[]" in {f["counterexample"]["inputs"]["idxs"] for f in r["findings"]}
    assert r["counterexample"] == r["findings"][0]["counterexample"]


def test_a_callable_that_consumes_its_list_does_not_corrupt_the_check(impls: Path) -> None:
    from jepa_formal.conform.binding import load_callable, parse_bind

    func = load_callable(parse_bind(f"jepaLoss={impls}:pop_sum"))
    report = check_conformance(SPEC, "jepaLoss", func, max_examples=60)
    assert {r.status for r in report.results} <= {"holds", "holds-within-tolerance"}


def test_the_reported_call_shows_the_arguments_before_the_callable_mutated_them(
        impls: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = conform(capsys, SPEC, f"jepaLoss={impls}:clear_then_raise", "--format",
                           "json", "--law", "*append")
    (r,) = json.loads(out)["results"]
    assert code == 1 and r["status"] == "error"
    cex = r["counterexample"]
    shown = json.loads(cex["inputs"]["xs"]) + json.loads(cex["inputs"]["ys"])
    assert len(shown) == 2
    assert cex["call"].split("(", 1)[1].startswith(repr(shown))


def test_prints_of_the_callable_do_not_break_the_json_on_stdout(
        impls: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = conform(capsys, SPEC, f"jepaLoss={impls}:noisy", "--format", "json")
    assert code == 0
    assert json.loads(out)["results"]
    assert "debug: batch" in err


def test_sys_exit_in_the_callable_is_an_error_result_not_the_exit_status(
        impls: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = conform(capsys, SPEC, f"jepaLoss={impls}:exits", "--format", "json",
                           "--law", "*nil")
    (r,) = json.loads(out)["results"]
    assert code == 1 and r["status"] == "error" and "SystemExit" in r["detail"]


def test_sys_exit_while_importing_the_module_is_a_binding_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = tmp_path / "train.py"
    script.write_text("import argparse\nargparse.ArgumentParser().parse_args(['--nope'])\n"
                      "def jepa_loss(*a):\n    return 0.0\n")
    code, _, err = conform(capsys, SPEC, f"jepaLoss={script}:jepa_loss")
    assert code == 2
    assert "called sys.exit(2)" in err and "Traceback" not in err


def test_a_fraction_result_is_a_number(impls: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = conform(capsys, SPEC, f"jepaLoss={impls}:fraction", "--law", "*nil")
    assert code == 0, err
    assert "1 holds" in out


def test_a_spec_with_no_law_mentioning_the_definition_is_a_usage_error(
        impls: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "nolaw.lean"
    spec.write_text(textwrap.dedent("""
        def f (xs : List ℕ) : ℕ := xs.sum
        def g (xs : List ℕ) : ℕ := xs.length
        theorem g_nil : g [] = 0 := by simp
    """))
    code, out, err = conform(capsys, str(spec), f"f={impls}:one_arg")
    assert code == 2 and out == ""
    assert "no law of" in err and "mentions f" in err and "Traceback" not in err


def test_a_law_filter_keeping_only_unrelated_laws_is_a_usage_error(
        impls: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "two.lean"
    spec.write_text(textwrap.dedent("""
        def f (xs : List ℕ) : ℕ := xs.sum
        def g (xs : List ℕ) : ℕ := xs.length
        theorem f_nil : f [] = 0 := by simp
        theorem g_nil : g [] = 0 := by simp
    """))
    code, _, err = conform(capsys, str(spec), f"f={impls}:one_arg", "--law", "g_*")
    assert code == 2 and "matching --law g_*" in err
    code, _, _ = conform(capsys, str(spec), f"f={impls}:one_arg", "--law", "f_*")
    assert code == 0


def test_same_seed_same_json(impls: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runs = [conform(capsys, SPEC, f"jepaLoss={impls}:set_sum", "--format", "json",
                    "--seed", "11")[1] for _ in range(2)]
    assert runs[0] == runs[1]


def test_a_one_element_tensor_is_rejected_like_a_one_element_array() -> None:
    import numpy as np

    from jepa_formal.conform.convention import to_number
    from jepa_formal.errors import BindingError

    class OneElementTensor:  # torch.zeros(1): .item() works, but it is not a scalar loss
        shape = (1,)

        def item(self) -> float:
            return 0.5

        def numel(self) -> int:
            return 1

    for value in (OneElementTensor(), np.zeros(1)):
        with pytest.raises(BindingError, match=r"shape \(1,\).*reduction"):
            to_number(value, "f")
    assert to_number(np.array(0.5), "f") == 0.5


@pytest.mark.parametrize("options", [{"seed": "1"}, {"seed": 1.5}, {"exact": "no"},
                                     {"max_examples": True}, {"laws": 5}, {"laws": [3]}])
def test_ill_typed_api_options_are_usage_errors(options: dict[str, object]) -> None:
    from jepa_formal.errors import UsageError

    def f(i: object, c: object, t: object, p: object, r: object) -> float:
        return 0.0

    with pytest.raises(UsageError, match="conform option"):
        check_conformance(SPEC, "jepaLoss", f, **options)


MAE = str(Path(SPEC).with_name("mae.lean"))


def test_a_run_where_every_law_is_not_applicable_is_not_green(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "opaque.lean"  # an ℕ → ℕ binder: conform cannot draw it
    spec.write_text("def total (f : ℕ → ℕ) (k : ℕ) : ℕ := f k\n"
                    "theorem total_nil (k : ℕ) : total (fun _ => 0) k = 0 := rfl\n"
                    "theorem total_append (f : ℕ → ℕ) (k : ℕ) :\n"
                    "    total f k = f k := rfl\n")
    impl = tmp_path / "total_impl.py"
    impl.write_text("def total(f, k):\n    return 0.0\n")
    code, out, err = conform(capsys, str(spec), f"total={impl}:total", "--law", "total_append",
                             "--format", "json")
    assert code == 2
    assert {r["status"] for r in json.loads(out)["results"]} == {"not-applicable"}
    assert "could be checked" in err
    from jepa_formal.conform import assert_conforms
    from jepa_formal.conform.binding import load_callable, parse_bind

    func = load_callable(parse_bind(f"total={impl}:total"))
    with pytest.raises(AssertionError, match="nothing was tested"):
        assert_conforms(str(spec), "total", func, laws="total_append", max_examples=10)


def test_the_signature_names_the_size_of_each_fin(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    impl = tmp_path / "sq.py"
    impl.write_text("def sq(x, y):\n    return float(((x - y) ** 2).sum())\n")
    code, out, _ = conform(capsys, MAE, f"sqDist={impl}:sq", "--functions", "array",
                           "--format", "json")
    doc = json.loads(out)
    assert code == 0
    assert doc["signature"] == "sqDist(x: ndarray[d], y: ndarray[d]) -> float"


def test_a_failure_that_does_not_replay_is_called_non_deterministic() -> None:
    """Red team 14: a callable with hidden state failed once (its 7th call) and the finding
    was reported as a violation of the law, with a counterexample that passes when called
    again. The failing instance is now called again, and a failure that does not replay is
    an error naming the callable's non-determinism."""
    calls = [0]

    def seventh_call_is_off(idxs, loss):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return sum(loss[i] for i in idxs) + (calls[0] == 7)

    masking = str(Path(SPEC).parent / "masking.lean")
    report = check_conformance(masking, "maskedSum", seventh_call_is_off, functions="array",
                               laws=("maskedSum_nil",), call_timeout=0)
    (result,) = report.results
    assert result.status == "error"
    assert "not deterministic" in result.detail


def test_a_matrix_past_the_last_chunk_is_drawn(capsys: pytest.CaptureFixture[str]) -> None:
    """Red team 14: `--dim 34` (a 34 × 34 matrix) never finished drawing."""
    root = Path(SPEC).parent.parent
    code = main(["conform", SPEC, "--functions", "array", "--dim", "40", "--max-examples", "2",
                 "--law", "jepaLoss_nil", "--bind",
                 f"jepaLoss={root / 'examples' / 'jepa_sum.py'}:jepa_loss"])
    assert code == 0, capsys.readouterr().out
