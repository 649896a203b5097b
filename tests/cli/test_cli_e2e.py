"""End to end, on the real layers: the bundled specs, a false law, a malformed file, options,
formats, ``explain``, the installed console script and ``python -m jepa_formal``."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jepa_formal.cli import main

pytest_plugins = ["pytester"]


REPO = Path(__file__).resolve().parents[2]
SEED_SPEC = REPO / "specs" / "jepa.lean"
NS = "NN.MLTheory.SelfSupervised."
SEED_LAWS = [
    NS + "jepaLoss_nil",
    NS + "jepaLoss_append",
    NS + "jepaLoss_reverse",
    NS + "jepaLoss_target_ext",
]

FALSE_LAW = """\
namespace Demo

/-- Plausible but false: the sum of a concatenation is not the product of the sums. -/
theorem sum_append_mul (xs ys : List ℕ) : (xs ++ ys).sum = xs.sum * ys.sum := by
  sorry

theorem sum_append (xs ys : List ℕ) : (xs ++ ys).sum = xs.sum + ys.sum := by
  simp

end Demo
"""

UNSUPPORTED = """\
theorem log_self (x : ℝ) : Real.cos x = Real.cos x := by
  rfl

theorem rev_rev (xs : List ℕ) : xs.reverse.reverse = xs := by
  simp
"""

MALFORMED = """\
theorem ok (xs : List ℕ) : xs.reverse.reverse = xs := by simp

theorem broken (xs : List ℕ) : xs.sum = = 0 := by
  sorry
"""


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(["check", *argv, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def statuses(data: dict) -> dict[str, str]:
    return {r["name"]: r["status"] for r in data["results"]}


@pytest.fixture
def false_law(tmp_path: Path) -> str:
    path = tmp_path / "false_law.lean"
    path.write_text(FALSE_LAW, encoding="utf-8")
    return str(path)


def test_bundled_specs_prove_the_four_seed_laws(capsys):
    code, data = run_json(capsys)
    got = statuses(data)
    assert {name: got.get(name) for name in SEED_LAWS} == dict.fromkeys(SEED_LAWS, "proved")
    assert data["parse_errors"] == []
    assert code in (0, 1) and code == data["exit_code"]
    seed_results = [r for r in data["results"] if r["name"] in SEED_LAWS]
    assert all(r["file"].endswith("jepa.lean") and r["line"] > 0 for r in seed_results)
    assert all(r["steps"] and r["method"] for r in seed_results)


def test_seed_spec_file_exits_0_with_text_lines(capsys):
    assert main(["check", str(SEED_SPEC)]) == 0
    out = capsys.readouterr().out
    for name in SEED_LAWS:
        assert f": proved: {name} (" in out
    assert out.splitlines()[-1].startswith("4 proved in ")


def test_false_law_is_refuted_with_a_shrunk_counterexample(capsys, false_law):
    code = main(["check", false_law, "--seed", "4"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{false_law}:4:9: refuted: Demo.sum_append_mul" in out
    assert "false when xs = " in out and "(left side = " in out
    assert f"reproduce: jepa-formal check {false_law} -k Demo.sum_append_mul --seed 4" in out
    assert f"{false_law}:7:9: proved: Demo.sum_append" in out


def test_json_counterexample_and_k(capsys, false_law):
    code, data = run_json(capsys, false_law, "-k", "*_mul")
    assert code == 1
    (result,) = data["results"]
    assert result["name"] == "Demo.sum_append_mul"
    assert result["status"] == "refuted"
    assert set(result["counterexample"]) == {"xs", "ys"}
    assert data["summary"]["refuted"] == 1


def test_malformed_file_exits_2_and_still_checks_the_rest(capsys, tmp_path):
    path = tmp_path / "malformed.lean"
    path.write_text(MALFORMED, encoding="utf-8")
    code = main(["check", str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert f"{path}:3:" in captured.err and "^" in captured.err
    assert "ok (" in captured.out and ": proved: ok" in captured.out


def test_same_seed_same_json_modulo_seconds(capsys, false_law):
    def once() -> dict:
        _, data = run_json(capsys, false_law, "--seed", "12", "--max-examples", "300")
        data.pop("seconds")
        for result in data["results"]:
            result.pop("seconds")
        return data

    assert once() == once()


def test_junit_report_parses(capsys, false_law):
    assert main(["check", false_law, "--format", "junit"]) == 1
    root = ET.fromstring(capsys.readouterr().out)
    (suite,) = root.findall("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert cases["Demo.sum_append_mul"].find("failure") is not None
    assert cases["Demo.sum_append"].find("failure") is None


def test_explain_shows_steps_instance_and_the_hypothesis(capsys):
    code = main(["explain", str(SEED_SPEC), "jepaLoss_target_ext"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith(NS + "jepaLoss_target_ext")
    assert "verdict: proved" in out
    assert "proof, step by step:" in out and "1. " in out and "→ " in out
    assert "a worked instance:" in out and "left side  = " in out
    assert "what each hypothesis is for:" in out
    assert "without it the law is refuted: false when" in out


def test_explain_unknown_theorem_is_a_usage_error(capsys):
    assert main(["explain", str(SEED_SPEC), "no_such_law"]) == 2
    assert "no theorem 'no_such_law'" in capsys.readouterr().err


def test_list_prints_declarations_and_fails_on_parse_errors(capsys, tmp_path):
    assert main(["list", str(SEED_SPEC)]) == 0
    assert "jepaLoss_append" in capsys.readouterr().out
    bad = tmp_path / "bad.lean"
    bad.write_text(MALFORMED, encoding="utf-8")
    assert main(["list", str(bad)]) == 2
    assert f"{bad}:3:" in capsys.readouterr().err


def _script() -> str:
    return str(Path(sys.executable).parent / "jepa-formal")


@pytest.mark.parametrize("command", [[sys.executable, "-m", "jepa_formal"], [_script()]])
def test_as_a_process(command, tmp_path):
    done = subprocess.run(
        [*command, "check", str(SEED_SPEC), "--no-color"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": proved: ") == 4
    assert done.stderr == ""
    bad = subprocess.run(
        [*command, "check", "--seed", "nope"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_strict_fails_on_unsupported(capsys, tmp_path):
    path = tmp_path / "unsupported.lean"
    path.write_text(UNSUPPORTED, encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}:1:9: unsupported: log_self" in out
    assert f"Real.cos at {path}:1:" in out
    assert main(["check", str(path), "--strict"]) == 1


PLUGIN_SPEC = SEED_SPEC.read_text(encoding="utf-8") + "\n" + FALSE_LAW + "\n" + UNSUPPORTED


def test_pytest_plugin_on_real_layers_with_xdist_and_junitxml(pytester):
    (pytester.path / "specs").mkdir()
    (pytester.path / "specs" / "laws.lean").write_text(PLUGIN_SPEC, encoding="utf-8")
    result = pytester.runpytest_subprocess(
        "specs", "-p", "xdist", "-n", "2", "--junitxml=out.xml", "-rs"
    )
    result.assert_outcomes(passed=6, failed=1, skipped=1)
    out = result.stdout.str()
    assert "refuted: Demo.sum_append_mul" in out and "false when xs = " in out
    assert "-k Demo.sum_append_mul --seed 0" in out
    assert "unsupported: Real.cos" in out
    root = ET.parse(pytester.path / "out.xml").getroot()
    names = {case.get("name") for case in root.iter("testcase")}
    assert {*SEED_LAWS, "Demo.sum_append_mul", "log_self", "rev_rev"} <= names
