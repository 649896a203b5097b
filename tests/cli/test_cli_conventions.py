"""Conventions a new user trips over: colour variables, binary input, documented limits as
usage errors, one ``example`` name everywhere, plurals, and explanations in the user's words."""

from __future__ import annotations

import argparse
import io
import re
from pathlib import Path

import pytest

from jepa_formal.cli import main, use_color
from jepa_formal.report.common import readable_steps
from jepa_formal.verdict import Counterexample, Step, counted


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "tty", "expected"),
    [
        ({}, True, True),
        ({}, False, False),
        ({"NO_COLOR": "1"}, True, False),
        ({"FORCE_COLOR": "1"}, False, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False, False),
        ({"TERM": "dumb"}, True, False),
        ({"TERM": "dumb", "FORCE_COLOR": "1"}, True, True),
    ],
)
def test_colour_follows_no_color_force_color_and_term(env, tty, expected, monkeypatch):
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    stream = _Tty() if tty else io.StringIO()
    args = argparse.Namespace(no_color=False, output=None)
    assert use_color(args, stream) is expected
    assert use_color(argparse.Namespace(no_color=True, output=None), stream) is False


def test_binary_input_is_one_line_without_its_bytes(tmp_path, capsys):
    blob = tmp_path / "blob.lean"
    blob.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 3)
    assert main(["check", str(blob)]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{blob}:1:1: error: not a text file: 6 NUL bytes in the first 1 KB"
    ]
    assert "\x00" not in captured.out + captured.err and "\x7f" not in captured.out


def test_control_bytes_in_a_text_file_never_reach_the_terminal(tmp_path, capsys):
    spec = tmp_path / "ctl.lean"
    spec.write_bytes(b"theorem t : 1 = 1 := by rfl\n\x01\x1b[2J junk\n")
    assert main(["check", str(spec)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x01" not in err and f"{spec}:2:1: error:" in err


def test_a_documented_limit_is_a_parse_error_not_a_bug(tmp_path, capsys):
    spec = tmp_path / "big.lean"
    terms = " + ".join(["x"] * 3000)
    spec.write_text(f"theorem big (x : ℕ) : {terms} = 3000 * x := by sorry\n", "utf-8")
    assert main(["check", str(spec)]) == 2
    err = capsys.readouterr().err
    assert "too many operators in one expression (3001; at most" in err
    assert "internal error" not in err and "bug" not in err


def test_one_example_name_everywhere(tmp_path, capsys):
    spec = tmp_path / "evals.lean"
    spec.write_text("def f (x : ℕ) : ℕ := x\n\nexample (x : ℕ) : f x = x := by rfl\n", "utf-8")
    assert main(["list", str(spec)]) == 0
    listed = capsys.readouterr().out
    assert "example example@evals.lean:3" in listed
    assert main(["check", str(spec), "-k", "example@evals.lean:3"]) == 0
    out = capsys.readouterr().out
    assert f"{spec}:3:1: proved: example@evals.lean:3" in out


def test_counts_read_right() -> None:
    assert counted(1, "instance") == "1 instance"
    assert counted(0, "instance") == "0 instances"
    assert counted(3, "parse error") == "3 parse errors"


def test_a_failed_comparison_restates_the_relation(tmp_path, capsys):
    spec = tmp_path / "le.lean"
    spec.write_text(
        "theorem le_wrong (xs : List ℕ) (f : ℕ → ℕ) : (xs.map f).sum ≤ xs.length := by sorry\n",
        "utf-8",
    )
    assert main(["check", str(spec)]) == 1
    out = capsys.readouterr().out
    found = re.search(r"left side (\d+) is not ≤ right side (\d+)", out)
    assert found and int(found[1]) > int(found[2])
    assert "after 1 instances" not in out
    eq = Counterexample((("x", "0"),), lhs="1", rhs="2", relation="=")
    assert eq.describe() == "false when x = 0 (left side = 1, right side = 2)"


def test_introduced_names_are_written_as_what_they_stand_for() -> None:
    steps = (
        Step("hypothesis", "h", "γ := s + d₁′ with d₁′ > 0"),
        Step("unfold varHinge", "varHinge (d₁′ + s) s", "d₁′"),
    )
    shown = readable_steps(steps)
    assert shown[0].after == "γ = s + (γ - s), where γ - s > 0"
    assert shown[1].before == "varHinge ((γ - s) + s) s" and shown[1].after == "(γ - s)"
    assert not any("′" in s.before + s.after for s in shown)
    inductive = readable_steps((
        Step("step case › hypothesis", "x", "d₁₂′ + γ", "h : d₁₂′ + γ = x"),
        Step("step case › unfold varHinge", "varHinge γ (d₁₂′ + γ)", "0"),
    ))
    assert inductive[0].after == "γ + (x - γ)" and inductive[0].note == "h : (x - γ) + γ = x"
    assert inductive[1].before == "varHinge γ ((x - γ) + γ)"
    functions = readable_steps((
        Step("congruence", "idxs.map (fun i => loss i)", "idxs.map gap₁", "h : 0 ≤ loss i"),
        Step("decide (SymPy)", "0 ≤ (idxs.map gap₁).sum", "True"),
    ))
    assert functions[1].before == "0 ≤ (idxs.map (fun i => loss i)).sum"
    assert not any("gap" in s.before + s.after for s in functions)


def test_explain_speaks_in_the_users_words(capsys):
    spec = Path(__file__).parents[2] / "specs" / "collapse.lean"
    assert main(["explain", str(spec), "varHinge_of_lt"]) == 0
    out = capsys.readouterr().out
    proof = out.split("proof, step by step:")[1].split("a worked instance:")[0]
    assert "′" not in proof and "γ - s" in proof


def test_explain_says_why_a_tested_law_is_not_proved(tmp_path, capsys):
    """Float arithmetic is never reasoned about as reals, so this law can only be tested."""
    spec = tmp_path / "float.lean"
    spec.write_text("theorem add_comm' (x y : Float) : x + y = y + x := by sorry\n", "utf-8")
    assert main(["explain", str(spec), "add_comm'", "--timeout", "2"]) == 0
    out = capsys.readouterr().out
    assert "verdict: tested" in out
    reasons = out.split("why it is tested, not proved:\n")[1].split("\n\n")[0]
    assert reasons.startswith("  - ")
    note = next(line for line in out.splitlines() if "note: symbolic: " in line)
    first = note.split("note: symbolic: ", 1)[1].split("; ")[0]
    assert reasons.splitlines()[0] == f"  - {first}"  # the prover's own reason, itemised
