"""Verdict counts of the library-style corpora: how much of Lean's own library the checker
decides, and whether it ever contradicts Lean on it.

Two folders: ``tests/laws/library_style`` (tagged ``-- expect: pass|proved|refuted|unsupported``)
and ``tests/laws/library_batch`` (tagged ``-- lean: true|false``: what Lean says, not what the
tool gives). For each, the count of every verdict among the true statements and among the false
ones, and the statements where the tool contradicts Lean: a true one refuted, a false one
proved or bounded. Every file is checked twice: as ``check`` runs (search first) and with the
prover first (``--method prove``), so that a false statement the quick search refutes still
meets the prover's rules.

Run: ``python benchmarks/library_batch.py`` (``--files NAME…`` to restrict, ``--show`` to list
each undecided statement with its detail).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from jepa_formal.check import CheckOptions, check_paths

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "tests" / "laws" / "library_style", ROOT / "tests" / "laws" / "library_batch")
ORDER = ("proved", "bounded", "tested", "refuted", "inconclusive", "unsupported", "error",
         "unread")
"""``unread``: a tagged theorem with no verdict (its statement did not parse)."""
_TAG = re.compile(r"--\s*(?:expect|lean):\s*(pass|proved|refuted|unsupported|true|false)\b")
_THEOREM = re.compile(r"(?:@\[[^\]]*\]\s*)?(?:theorem|lemma)\s+(\S+?)(?:\.\{[^}]*\})?(?:\s|$)")


def truth(path: Path) -> dict[str, bool]:
    """Theorem short name → whether Lean proves it (``refuted`` tags are false statements;
    an ``unsupported`` tag says nothing about truth and is left out)."""
    out: dict[str, bool] = {}
    pending: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        tag = _TAG.search(line)
        if tag:
            pending = tag.group(1)
            continue
        found = _THEOREM.match(line.strip())
        if found and pending is not None:
            if pending != "unsupported":
                out[found.group(1).rsplit(".", 1)[-1]] = pending not in ("refuted", "false")
            pending = None
    return out


def measure(paths: list[Path], show: bool) -> tuple[Counter[tuple[bool, str]], list[str]]:
    counts: Counter[tuple[bool, str]] = Counter()
    wrong: list[str] = []
    for path in paths:
        want = truth(path)
        run = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=500))
        first = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=200,
                                                      method="prove"))
        proved_first = {v.name.rsplit(".", 1)[-1]: v.status.value for v in first.verdicts}
        seen = {v.name.rsplit(".", 1)[-1] for v in run.verdicts}
        for name in sorted(set(want) - seen):
            counts[(want[name], "unread")] += 1
            if show:
                print(f"  {path.stem}:{name} [{'T' if want[name] else 'F'}] unread")
        for verdict in run.verdicts:
            name = verdict.name.rsplit(".", 1)[-1]
            if name not in want:
                continue
            got = verdict.status.value
            counts[(want[name], got)] += 1
            again = proved_first.get(name, got)
            if want[name] and "refuted" in (got, again):
                wrong.append(f"TRUE REFUTED {path.name}:{name}: {verdict.detail}")
            if not want[name] and ({got, again} & {"proved", "bounded"}):
                wrong.append(f"FALSE PROVED {path.name}:{name}: {got}/{again}")
            if show and got not in ("proved", "refuted"):
                print(f"  {path.stem}:{name} [{'T' if want[name] else 'F'}] {got}: "
                      f"{verdict.construct or ''} {verdict.detail[:150]}")
    return counts, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", nargs="*", help="file stems to restrict to")
    parser.add_argument("--show", action="store_true", help="list undecided statements")
    args = parser.parse_args(argv)
    bad = 0
    for folder in FOLDERS:
        paths = sorted(p for p in folder.glob("*.lean")
                       if not args.files or p.stem in args.files)
        if not paths:
            continue
        counts, wrong = measure(paths, args.show)
        print(f"{folder.name}: {len(paths)} files")
        for side in (True, False):
            row = "  ".join(f"{s} {counts[(side, s)]}" for s in ORDER if counts[(side, s)])
            total = sum(n for (t, _), n in counts.items() if t is side)
            print(f"  {'true ' if side else 'false'} ({total}): {row}")
        for line in wrong:
            print("  " + line)
        bad += len(wrong)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
