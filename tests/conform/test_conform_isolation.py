"""Isolation of the user's code (issue 10): a per-call time limit, stdout kept clean down to
file descriptor 1, and a bug of the tool on one law reported as that law's error."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conform_helpers import SPEC, example

from jepa_formal.cli import main
from jepa_formal.conform import check_conformance
from jepa_formal.conform.result import ERROR, HOLDS, HOLDS_TOL

LOSS = ("    idx = list(idxs)\n"
        "    return rep_loss(target[idx], predict(context)[idx]).sum()\n")


def _bind(path: Path, attr: str = "jepa_loss"):  # type: ignore[no-untyped-def]
    from jepa_formal.conform.binding import load_callable, parse_bind

    return load_callable(parse_bind(f"jepaLoss={path}:{attr}"))


@pytest.mark.parametrize("body", [
    "    return sum(range(10**12))\n",  # a loop in C: no signal can interrupt it
    "    import signal\n    signal.signal(signal.SIGALRM, signal.SIG_IGN)\n"
    "    while True:\n        pass\n",
    "    import time\n    time.sleep(10**6)\n",
], ids=["c-loop", "sigalrm-ignored", "sleep"])
def test_a_call_stuck_anywhere_is_an_error_and_the_run_goes_on(tmp_path: Path,
                                                                body: str) -> None:
    impl = tmp_path / "stuck.py"
    impl.write_text("def jepa_loss(idxs, context, target, predict, rep_loss):\n" + body)
    rep = check_conformance(SPEC, "jepaLoss", _bind(impl), functions="array",
                            call_timeout=0.3)
    assert [r.status for r in rep.results] == [ERROR] * 4
    for r in rep.results:
        assert "did not return within 0.3 s" in r.detail
        cex = r.counterexample
        assert cex is not None and cex.inputs and cex.call and ":jepa_loss(" in cex.call
        assert "TimeoutError" in (cex.error or "")
        assert not r.internal


def test_a_call_that_hangs_on_some_inputs_keeps_the_findings_of_the_others(
        tmp_path: Path) -> None:
    impl = tmp_path / "some.py"
    impl.write_text("def jepa_loss(idxs, context, target, predict, rep_loss):\n"
                    "    if len(idxs) == 4:\n        sum(range(10**12))\n" + LOSS)
    rep = check_conformance(SPEC, "jepaLoss", _bind(impl), functions="array",
                            call_timeout=0.3, max_examples=100)
    nil = rep.result("jepaLoss_nil")
    assert nil.status in (HOLDS, HOLDS_TOL)  # never called with four indices
    rev = rep.result("jepaLoss_reverse")
    assert rev.status == ERROR and rev.counterexample is not None
    assert rev.counterexample.call is not None
    shown = dict(rev.counterexample.inputs)["idxs"]
    assert len(shown.strip("[]").split(",")) == 4  # the input that hung, not another one


def test_a_worker_that_dies_in_a_call_costs_that_law_only(tmp_path: Path) -> None:
    impl = tmp_path / "crash.py"
    impl.write_text("import os\n"
                    "def jepa_loss(idxs, context, target, predict, rep_loss):\n"
                    "    if len(idxs) == 2:\n        os._exit(3)\n" + LOSS)
    rep = check_conformance(SPEC, "jepaLoss", _bind(impl), functions="array",
                            max_examples=50)
    assert rep.result("jepaLoss_nil").status in (HOLDS, HOLDS_TOL)
    app = rep.result("jepaLoss_append")
    assert app.status == ERROR and not app.internal
    assert "exited with status 3" in app.detail
    assert app.counterexample is not None and app.counterexample.call is not None


def test_a_thread_started_by_a_call_does_not_outlive_the_run(tmp_path: Path) -> None:
    impl = tmp_path / "threads.py"
    impl.write_text("import threading\n"
                    "def _spin():\n    while True:\n        pass\n"
                    "def jepa_loss(idxs, context, target, predict, rep_loss):\n"
                    "    if threading.active_count() == 1:\n"
                    "        threading.Thread(target=_spin, name='user-spin').start()\n"
                    + LOSS)
    rep = check_conformance(SPEC, "jepaLoss", _bind(impl), functions="array",
                            max_examples=20)
    assert {r.status for r in rep.results} <= {HOLDS, HOLDS_TOL}
    assert not any(t.name == "user-spin" for t in threading.enumerate())


def test_a_module_with_a_non_daemon_thread_does_not_keep_the_program_alive(
        tmp_path: Path) -> None:
    impl = tmp_path / "daemonless.py"
    impl.write_text("import threading, time\n"
                    "def _tick():\n    while True:\n        time.sleep(0.01)\n"
                    "threading.Thread(target=_tick).start()\n"
                    "def jepa_loss(idxs, context, target, predict, rep_loss):\n" + LOSS)
    done = subprocess.run(
        [sys.executable, "-m", "jepa_formal", "conform", SPEC, "--functions", "array",
         "--bind", f"jepaLoss={impl}:jepa_loss", "--max-examples", "10", "--format", "json"],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["results"]) == 4


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
    monkeypatch.setattr(runner, "_PREPARED", {})  # laws prepared by earlier tests: again
    rep = check_conformance(SPEC, "jepaLoss", example("jepa_sum.py"), functions="array",
                            max_examples=30)
    bad = rep.result("jepaLoss_append")
    assert bad.status == ERROR and bad.internal and "injected bug" in bad.detail
    assert rep.result("jepaLoss_reverse").status in (HOLDS, HOLDS_TOL)
