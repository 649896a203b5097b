"""Exit statuses that never pass an empty or broken run: nothing to check is a usage error
(2), a statement Lean itself rejects is ``invalid`` (1), a bug escaping any subcommand is 3."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pytest

from jepa_formal import cli
from jepa_formal.cli import main
from jepa_formal.errors import InternalError
from jepa_formal.verdict import Status

# --- a bug escaping any subcommand exits 3 ------------------------------------------------


def _argv(name: str, tmp_path: Path) -> list[str]:
    spec = tmp_path / "a.lean"
    spec.write_text("theorem t (x : ℕ) : x + 0 = x := by simp\n", encoding="utf-8")
    return {
        "list": ["list", str(spec)],
        "check": ["check", str(spec)],
        "explain": ["explain", str(spec), "t"],
        "conform": ["conform", str(spec), "--bind", "f=os:getcwd"],
        "mutate": ["mutate", str(spec)],
    }.get(name, [name])


@pytest.mark.parametrize("bug", [InternalError("the sides disagree"), RuntimeError("boom")])
@pytest.mark.parametrize("name", [sub.name for sub in cli.subcommands()])
def test_a_bug_escaping_any_subcommand_exits_3(name, bug, tmp_path, monkeypatch, capsys):
    def broken(args: argparse.Namespace) -> int:
        raise bug

    patched = tuple(
        cli.Subcommand(s.name, s.help, s.add_arguments, broken if s.name == name else s.run)
        for s in cli.subcommands()
    )
    monkeypatch.setattr(cli, "subcommands", lambda: patched)
    assert main(_argv(name, tmp_path)) == 3
    err = capsys.readouterr().err
    assert "bug in jepa-formal" in err and "Traceback" not in err


def test_an_internal_error_inside_explain_exits_3_not_2(tmp_path, monkeypatch, capsys):
    """``InternalError`` used to subclass the usage-error root, so explain exited 2."""
    import jepa_formal.teach

    def explode(*args: object, **kwargs: object) -> None:
        raise InternalError("symbolic and concrete meanings disagree")

    monkeypatch.setattr(jepa_formal.teach, "explain", explode)
    assert main(_argv("explain", tmp_path)) == 3
    assert "symbolic and concrete meanings disagree" in capsys.readouterr().err


def test_internal_error_is_not_a_usage_error() -> None:
    from jepa_formal.errors import JepaFormalError

    assert not issubclass(InternalError, JepaFormalError)


# --- nothing to check: exit 2 with one line ------------------------------------------------


def test_empty_folder_exits_2(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", str(empty)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"jepa-formal: error: no .lean file in {empty}"]


def test_folder_without_lean_files_exits_2(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("theorem t : True := trivial\n", encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", "json"]) == 2
    assert capsys.readouterr().out == ""


def test_k_matching_nothing_exits_2(tmp_path, capsys):
    spec = tmp_path / "a.lean"
    spec.write_text("theorem t (x : ℕ) : x + 0 = x := by simp\n", encoding="utf-8")
    assert main(["check", str(spec), "-k", "nomatch*"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["jepa-formal: error: -k 'nomatch*' matched no theorem in the 1 file read"]


def test_file_without_theorems_exits_2(tmp_path, capsys):
    spec = tmp_path / "defs.lean"
    spec.write_text("def f (x : ℕ) : ℕ := x + 1\n", encoding="utf-8")
    assert main(["check", str(spec)]) == 2
    assert "no theorem or example to check" in capsys.readouterr().err


def test_unreadable_folder_exits_2(tmp_path, monkeypatch, capsys):
    """Root can read any folder, so the refusal is injected where the folder is listed."""
    folder = tmp_path / "locked"
    folder.mkdir()

    def walk(top: object, onerror: object = None, **kwargs: object) -> object:
        onerror(PermissionError(13, "Permission denied", str(folder)))
        return iter(())

    monkeypatch.setattr(os, "walk", walk)
    assert main(["check", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"cannot read folder {folder}: Permission denied" in err


# --- invalid: what Lean itself would reject ------------------------------------------------

TYPO = """\
def f (x : ℕ) : ℕ := x + 1

theorem typo (xs : List ℕ) : (xs.map g).sum = (xs.map f).sum := by
  sorry

theorem wrong_type (x : ℕ) : x = "a" := by sorry

theorem fine (x : ℕ) : f x = x + 1 := by rfl
"""


def test_unknown_identifier_with_every_import_read_is_invalid(tmp_path, capsys):
    spec = tmp_path / "typo.lean"
    spec.write_text(TYPO, encoding="utf-8")
    assert main(["check", str(spec), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    by_name = {r["name"]: r for r in data["results"]}
    assert by_name["typo"]["status"] == "invalid"
    assert by_name["typo"]["detail"] == f"{spec}:3:38: unknown identifier 'g'"
    assert (by_name["typo"]["line"], by_name["typo"]["column"]) == (3, 9)
    assert by_name["wrong_type"]["status"] == "invalid"
    assert "type mismatch" in by_name["wrong_type"]["detail"]
    assert by_name["fine"]["status"] == "proved"
    assert data["summary"]["invalid"] == 2 and data["exit_code"] == 1


def test_invalid_text_line_points_at_the_name_and_the_identifier(tmp_path, capsys):
    spec = tmp_path / "typo.lean"
    spec.write_text(TYPO, encoding="utf-8")
    assert main(["check", str(spec), "-k", "typo"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{spec}:3:9: invalid: typo (elaboration)"
    assert out[1] == f"    {spec}:3:38: unknown identifier 'g'"


def test_unknown_name_that_an_unread_import_may_define_stays_unsupported(tmp_path, capsys):
    spec = tmp_path / "imports.lean"
    spec.write_text("import Mathlib.Data.Real.Basic\n" + TYPO, encoding="utf-8")
    assert main(["check", str(spec), "-k", "typo", "--format", "json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)["results"]
    assert result["status"] == "unsupported"
    assert result["notes"] == [
        "'g' may be defined by an import that was not read (Mathlib.Data.Real.Basic)"
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "(xs.map List.frobnicate).length = xs.length",  # Lean's core library may define it
        "(xs.map Nat.frobnicate).length = xs.length",
    ],
)
def test_names_lean_core_may_define_stay_unsupported(statement, tmp_path, capsys):
    spec = tmp_path / "core.lean"
    spec.write_text(f"theorem t (xs : List ℕ) : {statement} := by sorry\n", encoding="utf-8")
    main(["check", str(spec), "--format", "json"])
    (result,) = json.loads(capsys.readouterr().out)["results"]
    assert result["status"] == "unsupported", result


def test_an_open_namespace_from_lean_core_keeps_unknown_names_unsupported(tmp_path, capsys):
    spec = tmp_path / "open.lean"
    spec.write_text(
        "open List in\ntheorem t (xs : List ℕ) : frobnicate xs = xs := by sorry\n",
        encoding="utf-8",
    )
    main(["check", str(spec), "--format", "json"])
    (result,) = json.loads(capsys.readouterr().out)["results"]
    assert result["status"] == "unsupported", result


def test_mismatches_a_coercion_may_bridge_are_not_invalid() -> None:
    from jepa_formal.mirror.core.terms import TBool, TFun, TList, TNat, TProp, TReal, TString
    from jepa_formal.validity import unbridgeable

    assert unbridgeable(TString(), TNat())
    assert unbridgeable(TList(TNat()), TNat())
    assert unbridgeable(TFun(TNat(), TNat()), TBool())
    assert not unbridgeable(TNat(), TReal())  # ↑ coercion
    assert not unbridgeable(TBool(), TProp())  # Bool → Prop
    assert not unbridgeable(TNat(), TNat())


def test_invalid_fails_the_run_and_is_a_failure_status() -> None:
    assert Status.INVALID.is_failure
    assert Status.INVALID.value == "invalid"
