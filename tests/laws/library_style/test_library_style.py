"""The library-style corpus: statements written like Lean's List/Nat/Int/Fin lemma files
(namespaces, `open`, `variable` with instance binders, `include`, auto-bound implicits, untyped
binders, the sublist family, `~`, `⊆ ∪ ∩`, `≡ [MOD n]`, `-[n+1]`, shifts…), each with the
verdict it must get written above it (`-- expect: pass|refuted|unsupported`), and false twins
(the same statement without its instance hypothesis, its `include`, its namespace) that must be
refuted. Every theorem here is true or false in Lean 4 (+ Mathlib) as its comment says.
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
_EXPECT = re.compile(r"--\s*expect:\s*(pass|refuted|unsupported)\b")
_THEOREM = re.compile(r"(?:@\[[^\]]*\]\s*)?(?:theorem|lemma)\s+(\S+)")


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


def test_each_file_has_false_twins_and_true_laws() -> None:
    for path in FILES:
        wants = [w for _, w in expectations(path)]
        assert wants.count("refuted") >= 3 and wants.count("pass") >= 5, path.name
