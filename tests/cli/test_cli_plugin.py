"""The pytest plugin, run with ``pytester`` on fake lower layers (installed by a conftest in the
test project, so that xdist workers get them too)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

HERE = Path(__file__).parent

CONFTEST = f"""
import sys
sys.path.insert(0, {str(HERE)!r})
import cli_fakes
import pytest

def pytest_configure(config):
    patch = pytest.MonkeyPatch()
    cli_fakes.install(patch)
    config.add_cleanup(patch.undo)
"""

SPEC = "theorem T.good\ntheorem T.refuted\ntheorem T.unsup\ntheorem T.inconc\nexample\n"


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\ntestpaths = tests\n")
    (pytester.path / "specs").mkdir()
    (pytester.path / "specs" / "laws.lean").write_text(SPEC, encoding="utf-8")
    (pytester.path / "tests" / "corpus").mkdir(parents=True)
    (pytester.path / "tests" / "corpus" / "broken.lean").write_text("!!\n", encoding="utf-8")
    (pytester.path / "tests" / "test_py.py").write_text("def test_ok():\n    pass\n")
    return pytester


def test_theorems_become_items_pass_fail_skip(project: pytest.Pytester) -> None:
    result = project.runpytest("specs", "-rs")
    result.assert_outcomes(passed=2, failed=1, skipped=2)
    out = result.stdout.str()
    assert "specs/laws.lean:2:1: refuted: T.refuted (concrete search)" in out
    assert "false when xs = [0], ys = [1] (left side = 1, right side = 2)" in out
    assert "reproduce: jepa-formal check specs/laws.lean -k T.refuted --seed 0\n" in out
    assert "SKIPPED [1] specs/laws.lean:3: unsupported: Finset.filter" in out
    assert "SKIPPED [1] specs/laws.lean:4: inconclusive: hypotheses never held" in out
    assert "Traceback" not in out


def test_items_are_named_after_theorems(project: pytest.Pytester) -> None:
    result = project.runpytest("specs", "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "specs/laws.lean::T.good",
            "specs/laws.lean::T.refuted",
            "specs/laws.lean::T.unsup",
            "specs/laws.lean::T.inconc",
            "specs/laws.lean::example@laws.lean:5",
        ]
    )


def test_plain_pytest_and_testpaths_dirs_do_not_collect_lean(project: pytest.Pytester) -> None:
    project.runpytest().assert_outcomes(passed=1)
    project.runpytest("tests").assert_outcomes(passed=1)


def test_lean_flag_and_explicit_file_collect(project: pytest.Pytester) -> None:
    result = project.runpytest("tests/corpus/broken.lean")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broken.lean:1:1: error: unexpected '!!'*"])
    project.runpytest("--lean").assert_outcomes(passed=1, failed=1)  # testpaths only
    project.runpytest("--lean", "specs", "tests").assert_outcomes(passed=3, failed=2, skipped=2)


def test_lean_collect_never(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\ntestpaths = tests\nlean_collect = never\n")
    project.runpytest("specs").assert_outcomes()


def test_seed_option_reaches_the_reproduce_command(project: pytest.Pytester) -> None:
    result = project.runpytest("specs", "--lean-seed", "9", "--lean-timeout", "2")
    result.stdout.fnmatch_lines(["*-k T.refuted --seed 9 --timeout 2*"])


def test_junitxml(project: pytest.Pytester) -> None:
    result = project.runpytest("specs", "--junitxml=out.xml")
    result.assert_outcomes(passed=2, failed=1, skipped=2)
    root = ET.parse(project.path / "out.xml").getroot()
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert set(cases) == {"T.good", "T.refuted", "T.unsup", "T.inconc", "example@laws.lean:5"}
    assert "false when xs = [0]" in cases["T.refuted"].find("failure").text
    assert cases["T.unsup"].find("skipped") is not None


def test_a_file_that_crashes_the_reader_fails_one_item(project: pytest.Pytester) -> None:
    (project.path / "specs" / "broken.lean").write_text("CRASH_LOAD\n", encoding="utf-8")
    result = project.runpytest("specs")
    result.assert_outcomes(passed=2, failed=2, skipped=2)
    assert "RuntimeError: reader exploded" in result.stdout.str()


def test_lean_method_numeric_never_proves(project: pytest.Pytester) -> None:
    result = project.runpytest("specs", "--lean-method", "numeric", "-v")
    result.assert_outcomes(passed=2, failed=1, skipped=2)
    assert "--method numeric" in result.stdout.str()  # in the reproduce command
