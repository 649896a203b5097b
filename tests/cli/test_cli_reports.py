"""The text, JSON and JUnit renderings of a ``CheckRun`` (fake lower layers)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.check import CheckOptions, CheckRun, check_paths
from jepa_formal.report.common import reproduce_command, summary_line, verdict_line
from jepa_formal.report.json import render_json
from jepa_formal.report.junit import render_junit
from jepa_formal.report.text import render_text
from jepa_formal.verdict import Counterexample, Status, Verdict

RESULT_KEYS = {
    "file",
    "name",
    "line",
    "status",
    "method",
    "detail",
    "steps",
    "examples",
    "bound",
    "counterexample",
    "seconds",
}


def mixed_run(toy) -> CheckRun:
    path = toy(
        "mixed.lean",
        "theorem T.good",
        "theorem T.refuted",
        "theorem T.inconc",
        "theorem T.unsup",
        "theorem T.crash",
        "!!",
    )
    return check_paths([path], CheckOptions(seed=7))


def test_text_report_lines_counterexample_and_reproduce(fake_layers, toy):
    run = mixed_run(toy)
    text = render_text(run)
    path = run.files[0]
    lines = text.splitlines()
    assert f"{path}:1:1: proved: T.good (normal form)" in lines
    assert f"{path}:2:1: refuted: T.refuted (concrete search)" in lines
    assert "    false when xs = [0], ys = [1] (left side = 1, right side = 2)" in lines
    assert f"    reproduce: jepa-formal check {path} -k T.refuted --seed 7" in lines
    assert any(line.startswith(f"{path}:4:1: unsupported: T.unsup") for line in lines)
    assert "\x1b[" not in text
    assert lines[-1].startswith(
        "1 proved, 1 refuted, 1 inconclusive, 1 unsupported, 1 error, 1 parse error in "
    )
    assert lines[-1].endswith("s (seed 7)")


def test_text_report_colours_only_when_asked(fake_layers, toy):
    run = mixed_run(toy)
    assert "\x1b[" in render_text(run, color=True)
    # Lean brackets are text, never console markup.
    assert "[0]" in render_text(run, color=True)


def test_parse_errors_render_with_position_line_and_caret(fake_layers, toy):
    run = mixed_run(toy)
    text = "".join(error.render() + "\n" for error in run.parse_errors)
    assert f"{run.files[0]}:6:1: error: unexpected '!!'" in text
    assert "    !!\n    ^\n" in text
    assert "expected one of: theorem" in text


def test_json_has_the_documented_shape(fake_layers, toy):
    run = mixed_run(toy)
    data = json.loads(render_json(run))
    assert data["version"] == 1
    assert data["seed"] == 7
    assert len(data["results"]) == 5
    for result in data["results"]:
        assert RESULT_KEYS <= set(result)
        assert result["status"] in {s.value for s in Status}
        assert isinstance(result["line"], int)
        for step in result["steps"]:
            assert set(step) == {"rule", "before", "after", "note"}
    by_name = {r["name"]: r for r in data["results"]}
    assert by_name["T.refuted"]["counterexample"] == {"xs": "[0]", "ys": "[1]"}
    assert by_name["T.refuted"]["sides"] == {"left": "1", "right": "2"}
    assert by_name["T.good"]["counterexample"] is None
    assert by_name["T.good"]["steps"][0]["rule"] == "List.sum_append"
    assert by_name["T.unsup"]["construct"] == "Finset.filter"
    assert data["summary"] == {
        "proved": 1,
        "bounded": 0,
        "tested": 0,
        "refuted": 1,
        "invalid": 0,
        "inconclusive": 1,
        "unsupported": 1,
        "error": 1,
    }
    assert data["parse_errors"][0]["line"] == 6
    assert data["exit_code"] == 2


def test_junit_parses_with_suites_failures_and_skips(fake_layers, toy):
    run = mixed_run(toy)
    other = toy("other.lean", "theorem O.tested")
    run2 = check_paths([run.files[0], other])
    root = ET.fromstring(render_junit(run2))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [run.files[0], other]
    first = suites[0]
    cases = {c.get("name"): c for c in first.findall("testcase")}
    assert cases["T.refuted"].find("failure") is not None
    assert "false when xs = [0]" in cases["T.refuted"].find("failure").get("message")
    assert "reproduce: jepa-formal check" in cases["T.refuted"].find("failure").text
    assert cases["T.crash"].find("failure").get("type") == "error"
    assert cases["T.inconc"].find("skipped") is not None
    assert cases["T.unsup"].find("skipped") is not None
    assert cases["T.good"].find("failure") is None and cases["T.good"].find("skipped") is None
    assert cases["parse error at 6:1"].find("error") is not None
    assert (first.get("tests"), first.get("failures"), first.get("skipped")) == ("6", "2", "2")
    assert first.get("errors") == "1"
    assert root.get("tests") == "7"


def test_junit_drops_characters_xml_cannot_hold():
    verdict = Verdict(name="bad\x00name\x1b", status=Status.TESTED, path="x.lean", line=1)
    root = ET.fromstring(render_junit(CheckRun(verdicts=(verdict,), files=("x.lean",))))
    assert root.find("testsuite/testcase").get("name") == "badname"


def test_verdict_line_and_reproduce_command_quote_odd_names():
    cex = Counterexample(bindings=(("xs", "[0]"),))
    verdict = Verdict(
        name="weird name",
        status=Status.REFUTED,
        path="my specs/a.lean",
        line=3,
        column=9,
        seed=2,
        counterexample=cex,
        method="concrete search",
    )
    assert verdict_line(verdict) == "my specs/a.lean:3:9: refuted: weird name (concrete search)"
    assert reproduce_command(verdict) == (
        "jepa-formal check 'my specs/a.lean' -k 'weird name' --seed 2"
    )
    options = CheckOptions(max_examples=10, bound=2)
    assert reproduce_command(verdict, options).endswith("--max-examples 10 --bound 2")


def test_summary_line_of_an_empty_run():
    assert summary_line(CheckRun(verdicts=(), seed=3)) == "no theorem checked in 0.00 s (seed 3)"


def test_explanation_rendering_sections():
    from jepa_formal.report.explain import render_explanation
    from jepa_formal.teach import Dropped, Explanation, WorkedInstance
    from jepa_formal.verdict import Step

    proved = Verdict(
        name="A.law",
        status=Status.PROVED,
        method="normal form",
        steps=(Step("List.sum_append", "(xs ++ ys).sum", "xs.sum + ys.sum", "h used"),),
        examples=20,
        path="a.lean",
        line=3,
    )
    cex = Counterexample(bindings=(("xs", "[0]"),), lhs="1", rhs="0")
    dropped = (
        Dropped(
            "h",
            "h : 0 < n",
            Verdict(name="A.law without h", status=Status.REFUTED, counterexample=cex),
        ),
        Dropped(
            "g",
            "g : True",
            Verdict(name="A.law without g", status=Status.PROVED, method="normal form"),
        ),
    )
    text = render_explanation(
        Explanation(
            name="A.law",
            path="a.lean",
            line=3,
            statement="theorem law (xs ys : List ℕ) :\n    (xs ++ ys).sum = xs.sum + ys.sum",
            verdict=proved,
            instance=WorkedInstance((("xs", "[1]"), ("ys", "[2]")), "3", "3", "="),
            dropped=dropped,
        )
    )
    assert text.splitlines()[:3] == [
        "A.law  (a.lean:3)",
        "  theorem law (xs ys : List ℕ) :",
        "      (xs ++ ys).sum = xs.sum + ys.sum",
    ]
    assert "verdict: proved (normal form)" in text
    assert (
        "  1. List.sum_append\n       (xs ++ ys).sum\n     → xs.sum + ys.sum\n       (h used)"
        in text
    )
    assert (
        "  when xs = [1], ys = [2]\n  left side  = 3\n  right side = 3\n  and indeed 3 = 3" in text
    )
    assert (
        "without it the law is refuted: false when xs = [0] (left side = 1, right side = 0)" in text
    )
    assert "without it the law is still proved (normal form): this hypothesis is not needed" in text
    assert "\x1b[" not in text


def test_progress_bar_only_when_enabled_and_long(monkeypatch):
    from jepa_formal import cli

    quiet = cli._Progress(enabled=False)
    quiet.on_start(2)
    quiet.on_verdict(Verdict(name="a", status=Status.PROVED))
    assert quiet.bar is None and quiet.done == 1
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 0.0)
    shown = cli._Progress(enabled=True)
    shown.on_start(2)
    shown.on_verdict(Verdict(name="a", status=Status.PROVED))
    assert shown.bar is not None
    assert shown.bar.tasks[0].completed == 1 and shown.bar.tasks[0].total == 2
    shown.close()


_names = st.text(min_size=1, max_size=20)
_verdicts = st.builds(
    Verdict,
    name=_names,
    status=st.sampled_from(list(Status)),
    method=st.text(max_size=10),
    detail=st.text(max_size=30),
    path=st.sampled_from(["a.lean", "dir/b.lean"]),
    line=st.integers(0, 10_000),
    counterexample=st.none()
    | st.builds(
        Counterexample,
        bindings=st.lists(st.tuples(_names, st.text(max_size=10)), max_size=3).map(tuple),
        lhs=st.none() | st.text(max_size=5),
        rhs=st.none() | st.text(max_size=5),
    ),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_verdicts, max_size=5))
def test_any_run_renders_to_valid_json_junit_and_text(verdicts):
    run = CheckRun(verdicts=tuple(verdicts), files=("a.lean", "dir/b.lean"))
    data = json.loads(render_json(run))
    assert [r["name"] for r in data["results"]] == [v.name for v in verdicts]
    assert sum(data["summary"].values()) == len(verdicts)
    root = ET.fromstring(render_junit(run))
    assert int(root.get("tests")) == len(verdicts)
    failing = sum(v.status.is_failure for v in verdicts)
    assert int(root.get("failures")) == failing
    text = render_text(run)
    assert text.count(": ") >= len(verdicts)


def test_a_run_folds_imports_not_on_disk_into_one_note(tmp_path):
    """Each file is loaded on its own; the run words its unread imports once, not per file."""
    from jepa_formal.reader.project import unread_imports_note

    for name, module in (("a", "Mathlib.Data.Real.Basic"), ("b", "Mathlib.Data.List.Basic")):
        (tmp_path / f"{name}.lean").write_text(
            f"import {module}\ntheorem t_{name} (x : ℕ) : x + 0 = x := by simp\n",
            encoding="utf-8")
    run = check_paths([str(tmp_path / "a.lean"), str(tmp_path / "b.lean")], CheckOptions())
    text = render_text(run, color=False)
    note_lines = [line for line in text.splitlines() if line.startswith("note:")]
    assert note_lines == [
        "note: 2 imports are not on disk and were not read (the prelude models what the checker "
        "needs from them): Mathlib.Data.Real.Basic, Mathlib.Data.List.Basic",
    ]
    assert unread_imports_note([("Mathlib.X", "a.lean:1:8")]) == (
        "a.lean:1:8: import Mathlib.X is not on disk (not read; the prelude models what the "
        "checker needs from it)")
    assert unread_imports_note([]) is None
