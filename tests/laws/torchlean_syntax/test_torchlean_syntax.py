"""TorchLean-style files written with the Lean the reader once refused: `∅`, `s \\ t`, `∪`/`∩`
on `Finset`, `^^`, `<+~`, `if let`, `∑ x ∈ s with p x, f x`, `⌊x⌋`/`⌈x⌉₊`, character
literals, notations whose arguments have precedences (`x:66`, `b:71`, `prefix:100`), `open X
in` for an inductive's constructors inside a namespace, and the commands around them (module
header, `deriving`, `instance … where`, `macro`/`syntax`, `termination_by`/`decreasing_by`,
`set_option … in`, `private`/`protected`/`noncomputable`).

Each theorem carries the verdict it must get (`-- expect: pass|proved|refuted|unsupported`);
every true law has a false twin that must be refuted, never proved.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from jepa_formal.check import CheckOptions, CheckRun, check_paths

ROOT = Path(__file__).resolve().parent
FILES = sorted((ROOT / "NN" / "MLTheory" / "SelfSupervised").glob("*.lean"))
PASS = {"proved", "bounded", "tested"}
_EXPECT = re.compile(r"--\s*expect:\s*(pass|proved|refuted|unsupported)\b")
_THEOREM = re.compile(r"(?:@\[[^\]]*\]\s*)?(?:theorem|lemma)\s+(\S+)")


def expectations(path: Path) -> list[tuple[str, str]]:
    """``(theorem short name, expected)`` for every theorem of ``path``, in order."""
    out: list[tuple[str, str]] = []
    pending: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
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
    return check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=500,
                                                 root=str(ROOT)))


CASES = [(path, name, want) for path in FILES for name, want in expectations(path)]


def test_every_file_reads_without_parse_errors() -> None:
    assert len(FILES) >= 2
    for path in FILES:
        run = checked(path)
        assert run.parse_errors == (), [str(e) for e in run.parse_errors]
        assert len(run.verdicts) == len(expectations(path)), path.name


@pytest.mark.parametrize(("path", "name", "want"), CASES,
                         ids=[f"{p.stem}:{n}" for p, n, _ in CASES])
def test_torchlean_syntax_verdict(path: Path, name: str, want: str) -> None:
    verdicts = {v.name.rsplit(".", 1)[-1]: v for v in checked(path).verdicts}
    verdict = verdicts[name]
    got = verdict.status.value
    detail = f"{name}: {got} ({verdict.detail}) {verdict.construct or ''}"
    if want == "pass":
        assert got in PASS, detail
    else:
        assert got == want, detail


def test_every_true_law_has_a_refuted_twin() -> None:
    for path in FILES:
        tags = [want for _, want in expectations(path)]
        assert tags.count("refuted") * 3 >= len(tags) - tags.count("unsupported"), path.name
