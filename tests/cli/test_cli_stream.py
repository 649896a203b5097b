"""Streaming and Ctrl-C, in a real process: verdict lines come out as they are decided, and
SIGINT leaves the report of what was decided (exit 130).

The third theorem of the toy file blocks until the test opens a gate file (``cli_fakes``'s
``wait`` scenario), so "the first line arrives before the last verdict is decided" is observed,
not timed. The waits below are failsafes against a hung child, not measurements.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import cli_fakes
import pytest

DRIVER = Path(cli_fakes.__file__)
FAILSAFE = 60.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _start(args: list[str], gate: Path, cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, cli_fakes.GATE_ENV: str(gate), "PYTHONUNBUFFERED": "1"}
    env.pop("FORCE_COLOR", None)
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
    )


def _wait_for(path: Path, child: subprocess.Popen[str]) -> None:
    give_up = time.monotonic() + FAILSAFE
    while not path.exists():
        if child.poll() is not None or time.monotonic() > give_up:
            child.kill()
            out, err = child.communicate()
            pytest.fail(f"the child never reached {path.name}:\n{out}\n{err}")
        time.sleep(0.02)


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "three.lean"
    spec.write_text("theorem T.good\ntheorem T.refuted\ntheorem T.wait\n", encoding="utf-8")
    return spec


def test_each_verdict_line_is_printed_before_the_last_theorem_is_decided(tmp_path):
    spec = _spec(tmp_path)
    gate = tmp_path / "gate"
    child = _start(["check", str(spec)], gate, tmp_path)
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        # The last theorem is still blocked on the gate: it has not been decided yet.
        assert not gate.exists()
        assert first.startswith(f"{spec}:1:1: proved: T.good")
        second = child.stdout.readline()
        assert second.startswith(f"{spec}:2:1: refuted: T.refuted")
        _wait_for(Path(str(gate) + ".started"), child)
        gate.write_text("go", encoding="utf-8")
        rest, err = child.communicate(timeout=FAILSAFE)
    finally:
        if child.poll() is None:
            child.kill()
    assert f"{spec}:3:1: tested: T.wait" in rest
    assert rest.rstrip().splitlines()[-1].startswith("1 proved, 1 tested, 1 refuted in")
    assert child.returncode == 1, err


@pytest.mark.parametrize("fmt", ["json", "text", "junit", "sarif", "github", "html"])
def test_sigint_writes_the_report_of_what_was_decided_and_exits_130(fmt, tmp_path):
    spec = _spec(tmp_path)
    gate = tmp_path / "gate"  # never opened: the third theorem is stopped by Ctrl-C
    report = tmp_path / f"r.{fmt}"
    child = _start(["check", str(spec), "--format", fmt, "--output", str(report)], gate, tmp_path)
    try:
        _wait_for(Path(str(gate) + ".started"), child)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=FAILSAFE)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130, err
    assert out == ""  # the report went to --output only
    assert "interrupted" in err and "Traceback" not in err
    text = report.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(text)
        assert data["interrupted"] is True
        assert data["exit_code"] == 130
        assert [r["name"] for r in data["results"]] == ["T.good", "T.refuted"]
        assert data["summary"]["proved"] == 1 and data["summary"]["refuted"] == 1
    elif fmt == "text":
        assert "proved: T.good" in text and "refuted: T.refuted" in text
        assert "T.wait" not in text
        assert text.rstrip().splitlines()[-1].startswith("interrupted after 2 theorems of 3:")
    elif fmt == "junit":
        import xml.etree.ElementTree as ET

        root = ET.fromstring(text)
        assert root.get("tests") == "2" and root.get("failures") == "1"
    elif fmt == "sarif":
        (sarif_run,) = json.loads(text)["runs"]
        assert [r["ruleId"] for r in sarif_run["results"]] == ["refuted"]
        assert sarif_run["invocations"][0]["exitCode"] == 130
    elif fmt == "github":
        assert [line.split(" ")[0] for line in text.splitlines()] == ["::error", "interrupted"]
    else:
        assert text.count('<article class="card"') == 2 and "T.wait" not in text


def test_verdicts_finishing_out_of_order_are_released_in_file_order() -> None:
    """What ``-j`` needs: each verdict is handed on as soon as all earlier ones are."""
    from jepa_formal.check import InOrder
    from jepa_formal.verdict import Status, Verdict

    seen: list[str] = []
    ordered = InOrder(lambda v: seen.append(v.name))
    verdicts = [Verdict(name=f"t{i}", status=Status.PROVED) for i in range(4)]
    ordered.add(2, verdicts[2])
    assert seen == []
    ordered.add(0, verdicts[0])
    assert seen == ["t0"]
    ordered.add(1, verdicts[1])
    assert seen == ["t0", "t1", "t2"]
    assert [v.name for v in ordered.decided()] == ["t0", "t1", "t2"]
    ordered.add(3, verdicts[3])
    assert seen == ["t0", "t1", "t2", "t3"]
