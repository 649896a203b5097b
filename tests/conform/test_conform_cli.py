"""``jepa-formal conform`` through ``cli.main``: exit statuses, JSON, and clear messages (never a
traceback) for every kind of bad binding."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conform_helpers import EXAMPLES, SPEC

from jepa_formal.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["conform", SPEC, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_report_of_a_conforming_implementation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--bind", f"jepaLoss={EXAMPLES / 'jepa_sum.py'}:jepa_loss",
                       "--functions", "array", "--values", "int", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["version"] == 1
    assert [r["name"] for r in doc["results"]] == [
        f"NN.MLTheory.SelfSupervised.jepaLoss_{s}" for s in ("nil", "append", "reverse",
                                                              "target_ext")]
    for r in doc["results"]:
        assert set(r) >= {"name", "status", "max_deviation", "counterexample", "detail"}
        assert r["status"] == "holds" and r["max_deviation"] == 0 and r["counterexample"] is None


def test_failing_law_exits_1_and_json_stays_valid(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--bind", f"jepaLoss={EXAMPLES / 'jepa_mean.py'}:jepa_loss",
                       "--functions", "array", "--format", "json", "--law", "jepaLoss_nil")
    assert code == 1
    (r,) = json.loads(out)["results"]
    assert r["status"] == "fails" and r["max_deviation"] == "inf"
    assert r["counterexample"]["lhs"] == "NaN" and r["counterexample"]["rhs"] == "0"


def test_text_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--bind", f"jepaLoss={EXAMPLES / 'jepa_mask01.py'}:jepa_loss",
                       "--functions", "array", "--no-color")
    assert code == 1
    assert "jepaLoss_append" in out and "fails" in out and "holds" in out
    assert "xs = [0]" in out and "\x1b[" not in out


def test_not_applicable_laws(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "two.lean"
    spec.write_text(textwrap.dedent("""
        def double (xs : List ℕ) : ℕ := (xs.map fun x => 2 * x).sum
        def other (xs : List ℕ) : ℕ := xs.length
        theorem double_nil : double [] = 0 := by simp
        theorem other_nil : other [] = 0 := by simp
    """))
    impl = tmp_path / "impl.py"
    impl.write_text("def double(xs):\n    return 2.0 * sum(xs)\n")
    code = main(["conform", str(spec), "--bind", f"double={impl}:double", "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    status = {r["name"]: (r["status"], r["detail"]) for r in doc["results"]}
    assert status["double_nil"][0] == "holds"
    assert status["other_nil"] == ("not-applicable", "does not mention double")


BAD = textwrap.dedent("""
    import numpy as np

    def two_args(a, b):
        return 0.0

    def vector(target_idxs, context, target, predict, rep_loss):
        return np.zeros(3)

    def text(target_idxs, context, target, predict, rep_loss):
        return "0"

    not_a_function = 3
""")


@pytest.mark.parametrize(("bind", "message"), [
    ("jepaLoss", "bad --bind"),
    ("jepaLoss=examples", "bad --bind"),
    ("=mod:f", "bad --bind"),
    ("jepaLoss=no_such_module_xyz:f", "module 'no_such_module_xyz' not found"),
    ("jepaLoss={bad}:missing", "has no attribute 'missing'"),
    ("jepaLoss={bad}:not_a_function", "not a function"),
    ("jepaLoss={bad}:two_args", "must accept 5 positional argument"),
    ("jepaLoss={bad}:vector", "array of shape (3,)"),
    ("jepaLoss={bad}:text", "not a number"),
    ("jepaLos={sum}:jepa_loss", "unknown Lean definition 'jepaLos'"),
    ("jepaLoss={tmp}/nowhere.py:f", "no such file"),
])
def test_bad_bindings_exit_2_with_a_message(bind: str, message: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad_impl.py"
    bad.write_text(BAD)
    arg = bind.format(bad=bad, sum=EXAMPLES / "jepa_sum.py", tmp=tmp_path)
    code, out, err = run(capsys, "--bind", arg)
    assert code == 2
    assert message in err
    assert "Traceback" not in err and "Traceback" not in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    bind = f"jepaLoss={EXAMPLES / 'jepa_sum.py'}:jepa_loss"
    assert main(["conform", "missing.lean", "--bind", bind]) == 2
    assert main(["conform", SPEC, "--bind", bind, "--dtype", "float16"]) == 2
    assert main(["conform", SPEC, "--bind", bind, "--bind", bind]) == 2
    assert main(["conform", SPEC, "--bind", bind, "--law", "nope*"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "no such spec file" in err


def test_module_binding_from_the_current_directory(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    pkg = tmp_path / "mypkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "losses.py").write_text((EXAMPLES / "jepa_sum.py").read_text())
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    code, out, _ = run(capsys, "--bind", "jepaLoss=mypkg.losses:jepa_loss", "--functions",
                       "array", "--lists", "numpy", "--values", "int", "--format", "json")
    assert code == 0
    assert {r["status"] for r in json.loads(out)["results"]} == {"holds"}


def test_the_reproduce_line_replays_the_same_counterexample(
        capsys: pytest.CaptureFixture[str]) -> None:
    import shlex

    code, out, _ = run(capsys, "--bind", f"jepaLoss={EXAMPLES / 'jepa_mask01.py'}:jepa_loss",
                       "--functions", "array", "--seed", "7", "--no-color")
    assert code == 1
    (line,) = [x for x in out.splitlines() if x.startswith("reproduce: ")]
    argv = shlex.split(line.removeprefix("reproduce: "))
    assert argv[:2] == ["jepa-formal", "conform"] and "--seed" in argv
    first = [x for x in out.splitlines() if x.startswith("    ")]
    assert main([*argv[1:], "--no-color"]) == 1
    again = [x for x in capsys.readouterr().out.splitlines() if x.startswith("    ")]
    assert again == first
