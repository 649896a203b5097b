"""The Python front door: the three-line use in a user's own pytest suite, ``@conforms_to``,
and ``assert_conforms`` failure messages."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import numpy as np
import pytest
from conform_helpers import EXAMPLES, SPEC, example

from jepa_formal.conform import assert_conforms, conformance, conforms_to
from jepa_formal.conform.api import recorded
from jepa_formal.errors import UsageError

pytest_plugins = ["pytester"]


def test_the_three_lines_of_a_user_test() -> None:
    jepa_loss = example("jepa_sum.py")
    report = assert_conforms(SPEC, "jepaLoss", jepa_loss, functions="array")
    assert report.exit_code == 0 and len(report.results) == 4


def test_assert_conforms_raises_with_the_counterexample() -> None:
    with pytest.raises(AssertionError) as info:
        assert_conforms(SPEC, "jepaLoss", example("jepa_mean.py"), functions="array",
                        rep_loss="smooth_l1")
    text = str(info.value)
    assert "jepaLoss_nil: fails" in text and "left side = NaN" in text
    assert "jepaLoss_append: fails" in text


def test_tolerance_can_be_refused() -> None:
    sum_ = example("jepa_sum.py")
    assert_conforms(SPEC, "jepaLoss", sum_, functions="array")
    with pytest.raises(AssertionError, match="holds-within-tolerance"):
        assert_conforms(SPEC, "jepaLoss", sum_, functions="array", allow_tolerance=False)


def test_decorator_records_the_binding_and_its_options() -> None:
    @conforms_to(SPEC, "jepaLoss", values="int")
    def total(target_idxs, context, target, predict, rep_loss):  # type: ignore[no-untyped-def]
        return float(sum(rep_loss(target(i), predict(context, i)) for i in target_idxs))

    rec = recorded(total)
    assert rec is not None and rec.name == "jepaLoss" and rec.options == {"values": "int"}
    report = assert_conforms(total)
    assert {r.status for r in report.results} == {"holds"}
    assert total([], np.zeros(2), None, None, None) == 0.0  # still the plain function


def test_decorator_validates_options_at_once() -> None:
    with pytest.raises(UsageError):
        conforms_to(SPEC, "jepaLoss", functions="tensor")
    with pytest.raises(UsageError, match="has no @conforms_to"):
        conformance(example("jepa_sum.py"))


def test_a_users_pytest_suite(pytester: pytest.Pytester) -> None:
    (pytester.path / "specs").mkdir()
    shutil.copy(SPEC, pytester.path / "specs" / "jepa.lean")
    shutil.copy(EXAMPLES / "jepa_sum.py", pytester.path / "mylosses.py")
    shutil.copy(EXAMPLES / "jepa_mean.py", pytester.path / "meanlosses.py")
    pytester.makepyfile(test_losses=textwrap.dedent("""
        from jepa_formal.conform import assert_conforms
        from mylosses import jepa_loss
        def test_sum(): assert_conforms("specs/jepa.lean", "jepaLoss", jepa_loss, functions="array")

        from meanlosses import jepa_loss as mean
        def test_mean(): assert_conforms("specs/jepa.lean", "jepaLoss", mean, functions="array")
    """))
    result = pytester.runpytest("-q", "-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*jepaLoss_nil: fails*", "*left side = NaN*"])


def test_recorded_relative_spec_is_found_from_the_functions_folder(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    pkg = tmp_path / "proj"
    (pkg / "specs").mkdir(parents=True)
    (pkg / "src").mkdir()
    shutil.copy(SPEC, pkg / "specs" / "jepa.lean")
    (pkg / "src" / "losses.py").write_text(textwrap.dedent("""
        from jepa_formal.conform import conforms_to
        import numpy as np

        @conforms_to("specs/jepa.lean", "jepaLoss", functions="array", values="int")
        def jepa_loss(target_idxs, context, target, predict, rep_loss):
            idx = np.asarray(target_idxs, dtype=np.int64)
            return rep_loss(target[idx], predict(context)[idx]).sum()
    """))
    monkeypatch.chdir(tmp_path)  # not the project folder: the spec is found upwards
    from jepa_formal.conform.binding import load_callable, parse_bind

    func = load_callable(parse_bind(f"jepaLoss={pkg / 'src' / 'losses.py'}:jepa_loss"))
    assert {r.status for r in assert_conforms(func).results} == {"holds"}
