"""The command line in process (``cli.main``) on fake lower layers: options, exit statuses,
formats, output files, and no traceback ever."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from jepa_formal import cli
from jepa_formal.check import CheckRun
from jepa_formal.cli import main


def test_check_clean_file_exits_0(fake_layers, toy, capsys):
    path = toy("ok.lean", "theorem T.good", "theorem T.tested")
    assert main(["check", path]) == 0
    out = capsys.readouterr().out
    assert f"{path}:1:1: proved: T.good (normal form)" in out
    assert "1 proved, 1 tested in" in out


def test_refuted_exits_1_with_counterexample_and_reproduce(fake_layers, toy, capsys):
    path = toy("bad.lean", "theorem T.refuted")
    assert main(["check", path, "--seed", "3"]) == 1
    out = capsys.readouterr().out
    assert "false when xs = [0], ys = [1] (left side = 1, right side = 2)" in out
    assert f"reproduce: jepa-formal check {path} -k T.refuted --seed 3" in out


def test_error_verdict_exits_1(fake_layers, toy, capsys):
    assert main(["check", toy("c.lean", "theorem T.crash")]) == 1
    assert "please report" in capsys.readouterr().out


def test_parse_error_exits_2_and_goes_to_stderr(fake_layers, toy, capsys):
    path = toy("p.lean", "theorem T.good", "!!")
    assert main(["check", path]) == 2
    captured = capsys.readouterr()
    assert f"{path}:2:1: error: unexpected '!!'" in captured.err
    assert "    ^" in captured.err
    assert "proved: T.good" in captured.out


def test_strict_fails_on_inconclusive_and_unsupported(fake_layers, toy, capsys):
    path = toy("s.lean", "theorem T.inconc", "theorem T.unsup")
    assert main(["check", path]) == 0
    assert main(["check", path, "--strict"]) == 1


def test_k_selects_theorems(fake_layers, toy, capsys):
    path = toy("k.lean", "theorem T.good", "theorem T.refuted")
    assert main(["check", path, "-k", "good", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in data["results"]] == ["T.good"]


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--seed", "x"],
        ["check", "--timeout", "0"],
        ["check", "--timeout", "nan"],
        ["check", "--max-examples", "-1"],
        ["check", "--format", "pdf"],
        ["check", "--bound", "-2"],
        ["frobnicate"],
        [],
    ],
)
def test_bad_usage_exits_2(argv, capsys):
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_missing_file_exits_2_without_traceback(fake_layers, tmp_path, capsys):
    assert main(["check", str(tmp_path / "missing.lean")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jepa-formal: error: no such file or directory")
    assert "Traceback" not in err


def test_json_and_junit_to_output_file(fake_layers, toy, tmp_path, capsys):
    path = toy("o.lean", "theorem T.good", "theorem T.refuted")
    out_json = tmp_path / "r.json"
    assert main(["check", path, "--format", "json", "--output", str(out_json)]) == 1
    assert capsys.readouterr().out == ""
    assert json.loads(out_json.read_text(encoding="utf-8"))["summary"]["refuted"] == 1
    out_xml = tmp_path / "r.xml"
    assert main(["check", path, "--format", "junit", "-o", str(out_xml)]) == 1
    assert ET.parse(out_xml).getroot().get("failures") == "1"


def test_unwritable_output_is_a_usage_error(fake_layers, toy, tmp_path, capsys):
    path = toy("o.lean", "theorem T.good")
    assert main(["check", path, "--output", str(tmp_path / "no" / "dir" / "r.txt")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_same_seed_gives_same_json_modulo_seconds(fake_layers, toy, capsys):
    path = toy("d.lean", "theorem T.good", "theorem T.refuted", "theorem T.tested")

    def run() -> dict:
        main(["check", path, "--format", "json", "--seed", "11"])
        data = json.loads(capsys.readouterr().out)
        data.pop("seconds")
        for result in data["results"]:
            result.pop("seconds")
        return data

    assert run() == run()


def test_unexpected_exception_exits_3_with_a_report_request(monkeypatch, capsys):
    def explode(paths, options, **kwargs) -> CheckRun:
        raise RuntimeError("kaboom")

    monkeypatch.setattr("jepa_formal.check.check_paths", explode)
    monkeypatch.delenv("JEPA_FORMAL_TRACEBACK", raising=False)
    assert main(["check"]) == 3
    err = capsys.readouterr().err
    assert "internal error" in err and "please report" in err and "kaboom" in err
    assert "Traceback" not in err


def test_no_color_and_piped_output_have_no_ansi(fake_layers, toy, capsys):
    path = toy("c.lean", "theorem T.good")
    main(["check", path])
    assert "\x1b[" not in capsys.readouterr().out


def test_subcommand_registry_is_extensible(monkeypatch, capsys):
    import argparse

    def add(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("word")

    def run(args: argparse.Namespace) -> int:
        print(f"hello {args.word}")
        return 0

    extra = cli.Subcommand("hello", "say hello", add, run)
    monkeypatch.setattr(cli, "SUBCOMMANDS", (*cli.SUBCOMMANDS, extra))
    assert main(["hello", "lean"]) == 0
    assert capsys.readouterr().out == "hello lean\n"


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("jepa-formal ")


def test_only_the_script_freezes_the_collector_before_exit(fake_layers, toy, capsys,
                                                          monkeypatch):
    """``gc.freeze`` at the end of ``main`` saves the interpreter's final collections, but a
    program or test calling ``main(argv)`` goes on living: its garbage must stay collectable."""
    import gc

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    path = toy("f.lean", "theorem T.good")
    assert main(["check", path]) == 0
    assert frozen == []
    monkeypatch.setattr("sys.argv", ["jepa-formal", "check", path])
    assert main() == 0
    assert frozen == [True]
