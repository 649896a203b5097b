"""``--format sarif`` validates against the SARIF 2.1.0 schema (``sarif-2.1.0.schema.json``
beside this file, written from the OASIS standard's structure) and ``--format github`` prints
one workflow command per verdict that needs a look, at its line and column."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.cli import main
from jepa_formal.report.github import escape_data, escape_property
from jepa_formal.report.sarif import run_sarif

jsonschema = pytest.importorskip("jsonschema")
SCHEMA = json.loads((Path(__file__).parent / "sarif-2.1.0.schema.json").read_text("utf-8"))

MIXED = ("theorem T.good", "theorem T.refuted", "theorem T.unsup", "theorem T.inconc",
         "theorem T.crash", "!!")


def _validate(log: dict) -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    jsonschema.Draft7Validator(SCHEMA).validate(log)


def test_sarif_validates_and_has_one_result_per_verdict_that_needs_a_look(fake_layers, toy):
    run = check_paths([toy("my laws.lean", *MIXED)], CheckOptions())
    log = run_sarif(run)
    _validate(log)
    (sarif_run,) = log["runs"]
    rules = [r["id"] for r in sarif_run["tool"]["driver"]["rules"]]
    assert set(rules) >= {"proved", "refuted", "invalid", "unsupported", "error", "parse-error"}
    levels = {r["ruleId"]: r["level"] for r in sarif_run["results"]}
    assert levels == {
        "parse-error": "error",
        "refuted": "error",
        "unsupported": "note",
        "inconclusive": "note",
        "error": "error",
    }
    for result in sarif_run["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert " " not in uri and urlsplit(uri).path.endswith("my%20laws.lean")
        assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1
    refuted = next(r for r in sarif_run["results"] if r["ruleId"] == "refuted")
    assert "false when xs = [0], ys = [1]" in refuted["message"]["text"]
    assert refuted["locations"][0]["physicalLocation"]["region"]["startLine"] == 2


def test_sarif_of_real_laws_from_the_command_line(tmp_path, capsys):
    spec = tmp_path / "laws.lean"
    spec.write_text(
        "theorem bad (xs ys : List ℕ) : (xs ++ ys).length = xs.length := by sorry\n"
        "theorem typo (xs : List ℕ) : (xs.map g).sum = 0 := by sorry\n"
        "theorem good (xs ys : List ℕ) : (xs ++ ys).length = xs.length + ys.length := by simp\n",
        encoding="utf-8",
    )
    out = tmp_path / "report.sarif"
    assert main(["check", str(spec), "--format", "sarif", "--output", str(out)]) == 1
    log = json.loads(out.read_text("utf-8"))
    _validate(log)
    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
            for r in results] == [("refuted", 1), ("invalid", 2)]
    assert "false when" in results[0]["message"]["text"]
    assert "unknown identifier 'g'" in results[1]["message"]["text"]
    assert log["runs"][0]["invocations"][0]["exitCode"] == 1


def test_a_broken_log_fails_the_schema() -> None:
    """The schema is not a rubber stamp: a missing message, a bad level, a line 0 all fail."""
    good = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": []}]}
    _validate(good)
    broken = [
        {"version": "2.0.0", "runs": []},
        {"version": "2.1.0", "runs": [{"tool": {}}]},
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
                                       "results": [{"ruleId": "r"}]}]},
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
                                       "results": [{"message": {"text": "m"},
                                                    "level": "fatal"}]}]},
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
            {"message": {"text": "m"}, "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "a"}, "region": {"startLine": 0}}}]}]}]},
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "colour": 1}}}]},
    ]
    for log in broken:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.Draft7Validator(SCHEMA).validate(log)


def test_github_prints_one_error_per_refuted_law_with_line_and_column(fake_layers, toy, capsys):
    path = toy("gh.lean", "theorem T.good", "theorem T.refuted", "theorem T.unsup",
               "theorem U.refuted")
    assert main(["check", path, "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 2
    assert errors[0].startswith(f"::error file={path},line=2,col=1,title=jepa-formal%3A refuted::")
    assert "false when xs = [0], ys = [1]" in errors[0]
    assert "\n" not in errors[0] and "%0A" in errors[0]  # one annotation per verdict
    assert errors[1].startswith(f"::error file={path},line=4,col=1,")
    assert next(line for line in lines if line.startswith("::notice ")).startswith(
        f"::notice file={path},line=3,col=1,title=jepa-formal%3A unsupported::"
    )
    assert lines[-1].startswith("1 proved, 2 refuted, 1 unsupported in")


def test_github_escaping() -> None:
    assert escape_data("50% a\nb\r") == "50%25 a%0Ab%0D"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_json_report_validates_against_its_documented_schema(fake_layers, toy):
    """``docs/check-report.schema.json`` is the JSON report's contract (additive changes only)."""
    from jepa_formal.report.json import run_dict

    schema = json.loads(
        (Path(__file__).parents[2] / "docs" / "check-report.schema.json").read_text("utf-8")
    )
    jsonschema.Draft7Validator.check_schema(schema)
    data = run_dict(check_paths([toy("all.lean", *MIXED)], CheckOptions()))
    jsonschema.Draft7Validator(schema).validate(data)
    assert set(schema["properties"]["summary"]["required"]) == set(data["summary"])
    data["results"][0]["status"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(schema).validate(data)
