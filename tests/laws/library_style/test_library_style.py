"""The library-style corpus: statements written like Lean's List/Nat/Int/Fin lemma files
(namespaces, `open`, `variable` with instance binders, `include`, auto-bound implicits, untyped
binders, the sublist family, `~`, `⊆ ∪ ∩`, `≡ [MOD n]`, `-[n+1]`, shifts…), each with the
verdict it must get written above it (`-- expect: pass|refuted|unsupported`), and false twins
(the same statement without its instance hypothesis, its `include`, its namespace) that must be
refuted. Every theorem here is true or false in Lean 4 (+ Mathlib) as its comment says.
``-- expect: proved`` is stricter than ``pass``: the law must be decided symbolically, the
verdict the prover's rules exist to give (a family that falls back to ``tested`` is a loss).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from jepa_formal.check import CheckOptions, CheckRun, check_paths

HERE = Path(__file__).resolve().parent
FILES = sorted(HERE.glob("*.lean"))
PASS = {"proved", "bounded", "tested"}
_EXPECT = re.compile(r"--\s*expect:\s*(pass|proved|refuted|unsupported)\b")
_THEOREM = re.compile(r"(?:@\[[^\]]*\]\s*)?(?:theorem|lemma)\s+(\S+?)(?:\.\{[^}]*\})?(?:\s|$)")


def expectations(path: Path) -> list[tuple[str, str]]:
    """``(theorem short name, expected)`` for every tagged theorem of ``path``, in order."""
    out: list[tuple[str, str]] = []
    pending: str | None = None
    for line in path.read_text().splitlines():
        tag = _EXPECT.search(line)
        if tag:
            pending = tag.group(1)
            continue
        found = _THEOREM.match(line.strip())
        if found:
            assert pending is not None, f"{path.name}: {found.group(1)} has no `-- expect:`"
            out.append((found.group(1), pending))
            pending = None
    return out


@cache
def checked(path: Path) -> CheckRun:
    return check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=500))


CASES = [(path, name, want) for path in FILES for name, want in expectations(path)]


def test_every_file_reads_without_parse_errors() -> None:
    for path in FILES:
        run = checked(path)
        assert run.parse_errors == (), [str(e) for e in run.parse_errors]
        assert len(run.verdicts) == len(expectations(path)), path.name


@pytest.mark.parametrize(("path", "name", "want"), CASES,
                         ids=[f"{p.stem}:{n}" for p, n, _ in CASES])
def test_library_style_verdict(path: Path, name: str, want: str) -> None:
    verdicts = {v.name.rsplit(".", 1)[-1]: v for v in checked(path).verdicts}
    verdict = verdicts[name]
    got = verdict.status.value
    detail = f"{name}: {got} ({verdict.detail}) {verdict.construct or ''}"
    if want == "pass":
        assert got in PASS, detail
    else:
        assert got == want, detail


@cache
def proved_first(path: Path) -> CheckRun:
    """The file checked with the prover before any search (``--method prove``): a false twin
    refuted by the quick search would otherwise never reach the prover's rules."""
    return check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=200,
                                                 method="prove"))


FALSE = [(path, name) for path, name, want in CASES if want == "refuted"]


@pytest.mark.parametrize(("path", "name"), FALSE, ids=[f"{p.stem}:{n}" for p, n in FALSE])
def test_false_twin_is_never_proved(path: Path, name: str) -> None:
    verdicts = {v.name.rsplit(".", 1)[-1]: v for v in proved_first(path).verdicts}
    verdict = verdicts[name]
    assert verdict.status.value not in ("proved", "bounded"), (name, verdict.detail)


def test_each_file_has_false_twins_and_true_laws() -> None:
    for path in FILES:
        wants = [w for _, w in expectations(path)]
        passing = wants.count("pass") + wants.count("proved")
        assert wants.count("refuted") >= 3 and passing >= 5, path.name


SKIPPED = """prelude
import Init.Data.List.Basic
namespace List
theorem a (xs : List ℕ) : xs.reverse.length = xs.length := by simp
@[deprecated a (since := "2025-01-01")] alias a' := a
alias a'' := a
grind_pattern a => xs.reverse.length
grind_pattern a => xs.length
infixl:65 " +++ " => HAppend.hAppend
notation "∃ᶠ " x ", " r:(scoped p => p) => r
end List
"""


def test_skipped_commands_get_one_note_per_kind_in_text_and_json(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]
                                                                 ) -> None:
    import json

    from jepa_formal.cli import main

    path = tmp_path / "Skipped.lean"
    path.write_text(SKIPPED)
    second = tmp_path / "More.lean"
    second.write_text("alias b := List.a\n")
    main(["check", str(path), str(second), "--format", "json", "--max-examples", "50"])
    notes = json.loads(capsys.readouterr().out)["notes"]
    skipped = [n for n in notes if n.startswith("skipped")]
    assert len(skipped) == 4, notes  # prelude, alias (3 over two files), grind_pattern, notation
    assert any(n.startswith("skipped `prelude` at") for n in skipped)
    assert any(n.startswith("skipped 3 `alias` commands (first at") for n in skipped)
    assert any(n.startswith("skipped 2 `grind_pattern` commands") for n in skipped)
    assert any(n.startswith("skipped `notation`") for n in skipped)
    main(["check", str(path), "--max-examples", "50"])
    text = [line for line in capsys.readouterr().out.splitlines() if " skipped " in line]
    assert len(text) == 4 and all(line.startswith("note: skipped") for line in text), text
