"""Isolation of the user's code (issue 10): a per-call time limit, stdout kept clean down to
file descriptor 1, and a bug of the tool on one law reported as that law's error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conform_helpers import SPEC, example

from jepa_formal.cli import main
from jepa_formal.conform import check_conformance
from jepa_formal.conform.result import ERROR, HOLDS, HOLDS_TOL


def test_a_looping_implementation_is_an_error_on_every_law(tmp_path: Path) -> None:
    impl = tmp_path / "loop.py"
    impl.write_text("def jepa_loss(idxs, context, target, predict, rep_loss):\n"
                    "    while True:\n        pass\n")
    from jepa_formal.conform.binding import load_callable, parse_bind

    func = load_callable(parse_bind(f"jepaLoss={impl}:jepa_loss"))
    rep = check_conformance(SPEC, "jepaLoss", func, functions="array", call_timeout=0.2)
    assert [r.status for r in rep.results] == [ERROR] * 4
    for r in rep.results:
        assert "did not return within 0.2 s" in r.detail
        assert r.counterexample is not None and r.counterexample.inputs
        assert r.findings[0].kind == "error"
    assert rep.exit_code == 1


def test_an_implementation_that_swallows_exceptions_still_times_out(tmp_path: Path) -> None:
    impl = tmp_path / "stubborn.py"
    impl.write_text("def jepa_loss(idxs, context, target, predict, rep_loss):\n"
                    "    while True:\n        try:\n            while True:\n                pass\n"
                    "        except Exception:\n            pass\n")
    from jepa_formal.conform.binding import load_callable, parse_bind

    func = load_callable(parse_bind(f"jepaLoss={impl}:jepa_loss"))
    rep = check_conformance(SPEC, "jepaLoss", func, functions="array", call_timeout=0.1,
                            laws="jepaLoss_nil")
    assert rep.result("jepaLoss_nil").status == ERROR


def test_a_printing_module_leaves_json_on_stdout_valid(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    impl = tmp_path / "noisy.py"
    impl.write_text(
        "import os, sys\n"
        "print('hello from import')\n"
        "os.write(1, b'raw bytes on fd 1\\n')\n"
        "import numpy as np\n"
        "def jepa_loss(idxs, context, target, predict, rep_loss):\n"
        "    print('called', idxs)\n"
        "    os.write(1, b'fd 1 in a call\\n')\n"
        "    sys.stdout.write('sys.stdout in a call\\n')\n"
        "    idx = np.asarray(idxs, dtype=np.int64)\n"
        "    return rep_loss(target[idx], predict(context)[idx]).sum()\n")
    code = main(["conform", SPEC, "--bind", f"jepaLoss={impl}:jepa_loss", "--functions",
                 "array", "--format", "json", "--max-examples", "20"])
    out, err = capfd.readouterr()
    assert code == 0
    doc = json.loads(out)  # nothing but the report on stdout
    assert {r["status"] for r in doc["results"]} <= {HOLDS, HOLDS_TOL}
    assert "hello from import" in err and "fd 1 in a call" in err


def test_a_bug_on_one_law_is_that_laws_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import jepa_formal.conform.runner as runner

    real = runner.analyse

    def broken(law, env=None):  # type: ignore[no-untyped-def]
        if "append" in law.name:
            raise RuntimeError("injected bug")
        return real(law, env)

    monkeypatch.setattr(runner, "analyse", broken)
    rep = check_conformance(SPEC, "jepaLoss", example("jepa_sum.py"), functions="array",
                            max_examples=30)
    bad = rep.result("jepaLoss_append")
    assert bad.status == ERROR and bad.internal and "injected bug" in bad.detail
    assert rep.result("jepaLoss_reverse").status in (HOLDS, HOLDS_TOL)
