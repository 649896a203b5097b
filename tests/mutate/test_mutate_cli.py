"""``jepa-formal mutate``: the report, the JSON document, ``--fail-under`` and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jepa_formal.cli import main

ROOT = Path(__file__).resolve().parents[2]

SPEC = str(ROOT / "specs" / "masking.lean")
FAST = ["--max-examples", "150", "--timeout", "3"]


@pytest.fixture(scope="module")
def document(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("mutate") / "report.json"
    code = main(["mutate", SPEC, "--format", "json", "-o", str(out), "-j", "2", *FAST])
    assert code == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_json_has_the_documented_shape(document) -> None:
    assert document["version"] == 1 and document["spec"] == SPEC
    (d,) = document["definitions"]
    assert d["name"].endswith("maskedSum")
    assert set(d["score"]) == {"killed", "survived", "equivalent", "unknown", "ratio"}
    statuses = {m["status"] for m in d["mutants"]}
    assert statuses <= {"killed", "survived", "equivalent", "unknown"}
    for m in d["mutants"]:
        assert {"id", "operator", "description", "body", "status", "killed_by",
                "counterexample"} <= set(m)
        if m["status"] == "killed":
            assert m["killed_by"] and m["counterexample"] and m["replayed"]
        else:
            assert m["killed_by"] == [] and m["counterexample"] is None
        assert (m["proof"] is not None) == (m["status"] == "equivalent")
    s = d["score"]
    assert s["killed"] + s["survived"] + s["equivalent"] + s["unknown"] == len(d["mutants"])
    assert s["ratio"] == pytest.approx(s["killed"] / (s["killed"] + s["survived"]))


def test_the_masking_laws_kill_the_reductions(document) -> None:
    (d,) = document["definitions"]
    by_op = {m["operator"]: m for m in d["mutants"]}
    for op in ("sum→mean", "sum→max", "sum-dedup", "sum→prod"):
        assert by_op[op]["status"] == "killed", op
    assert by_op["sum-reverse"]["status"] == "equivalent"


def test_fail_under(capsys) -> None:
    weak = ["mutate", str(ROOT / "specs" / "jepa.lean"), "--def", "jepaLoss", *FAST]
    assert main([*weak, "--fail-under", "0.9"]) == 1  # the seed's four laws: about 50%
    assert "mutation score below 0.9: jepaLoss" in capsys.readouterr().err
    assert main([*weak, "--fail-under", "0.2"]) == 0
    text = capsys.readouterr().out
    assert "jepaLoss: 18 mutants" in text and "survivors (9): what the spec fails to say" in text
    # masking's laws kill every mutant that is not equivalent: 100% is not below 1.0
    assert main(["mutate", SPEC, *FAST, "--fail-under", "1.0"]) == 0


@pytest.mark.parametrize("argv", [
    ["mutate", "no/such/file.lean"],
    ["mutate", SPEC, "--def", "noSuchDefinition"],
    ["mutate", SPEC, "--fail-under", "1.5"],
    ["mutate", SPEC, "-j", "0"],
])
def test_usage_errors_exit_2(argv, capsys) -> None:
    assert main(argv) == 2


def test_html_page_has_one_card_per_mutant(tmp_path) -> None:
    out = tmp_path / "mutants.html"
    assert main(["mutate", SPEC, "--format", "html", "-o", str(out), *FAST]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<article") == 15
    assert page.count('data-status="killed"') == 14
    assert page.count('data-status="equivalent"') == 1
    assert "counterexample to maskedSum_" in page and "src=" not in page
