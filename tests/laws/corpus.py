"""The law corpora of ``tests/laws`` and the one table of expected verdicts that drives their tests.

Why one table (pySMT's ``examples.py`` style): every corpus file (the bundled specs, the extra
true laws, the false statements, the soundness mutants, the TorchLean-style folder) contributes
rows ``(file, theorem, expected)``, and the tests of this folder only iterate over rows. Adding a
law to a ``.lean`` file without a row, or a row without a law, fails ``test_table.py``.

Theorem names are found here with a plain regular expression, independently of the reader, so
that the reader's output can be checked against it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from expectations import FALSE_LAWS, Expect

LAWS_DIR = Path(__file__).resolve().parent
REPO = LAWS_DIR.parents[1]
SPECS_DIR = REPO / "specs"
BUNDLED_SPECS_DIR = REPO / "jepa_formal" / "specs"
SEED_SPEC = SPECS_DIR / "jepa.lean"
TRUE_LAWS = LAWS_DIR / "true_laws.lean"
FALSE_STATEMENTS = LAWS_DIR / "false_statements.lean"
MUTANTS = LAWS_DIR / "mutants.lean"
TORCHLEAN_ROOT = LAWS_DIR / "torchlean_style"
TORCHLEAN_DIR = TORCHLEAN_ROOT / "NN" / "MLTheory" / "SelfSupervised"
TORCHLEAN_FILES = tuple(
    TORCHLEAN_DIR / f"{name}.lean"
    for name in ("Masking", "MAE", "JEPA", "VICReg", "PredictiveView", "Predicates", "Generic",
                 "Shapes", "Scans", "Softmax", "VarianceFloor", "Codebook", "ReplayReturns",
                 "Trees", "Averages", "LossNotation")
)

SEED = 0
"""The fixed seed of every check run in these tests (reproducible counterexamples)."""


class Expected(Enum):
    """What a corpus row claims about its theorem."""

    PROVED = "proved"  # the seed laws: the prover must prove them
    TRUE = "true"  # true in Lean: never refuted, never an error
    FALSE = "false"  # false in Lean: refuted, with the counterexample of ``cex``
    MUTANT = "mutant"  # false in Lean: the prover never answers proved or bounded


@dataclass(frozen=True, slots=True)
class LawCase:
    """One row: a theorem (short name as written, ``example@FILE:LINE`` for ``example``) of a
    file."""

    path: Path
    name: str
    expected: Expected
    cex: Expect | None = None

    @property
    def id(self) -> str:
        return f"{self.path.stem}:{self.name}"


_DECL = re.compile(
    r"^(?:@\[[^\]]*\]\s*)?(?:(?:private|protected|noncomputable)\s+)*"
    r"(?P<kw>theorem|lemma|example)\b\s*(?P<name>[^\s:({\[⦃]*)",
    re.MULTILINE,
)


def theorem_names(path: Path) -> list[str]:
    """Short names of the theorems of a file, in order (comments are not skipped: the corpus
    files keep ``theorem`` out of comments at the start of a line)."""
    names = []
    text = path.read_text(encoding="utf-8")
    for match in _DECL.finditer(text):
        if match.group("kw") == "example":
            line = text.count("\n", 0, match.start()) + 1
            names.append(f"example@{path.name}:{line}")
        else:
            names.append(match.group("name").rsplit(".", 1)[-1])
    return names


def short_name(full_name: str) -> str:
    """The last component of a full Lean name (``NN.X.Contract.loss_empty`` → ``loss_empty``);
    an example's name (``example@FILE:LINE``) is kept whole."""
    if full_name.startswith("example@"):
        return full_name
    return full_name.rsplit(".", 1)[-1]


def same_file(a: str | Path, b: str | Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def spec_files() -> tuple[Path, ...]:
    return tuple(sorted(SPECS_DIR.glob("*.lean")))


def _rows() -> tuple[LawCase, ...]:
    rows: list[LawCase] = []
    for path in spec_files():
        expected = Expected.PROVED if path == SEED_SPEC else Expected.TRUE
        rows.extend(LawCase(path, name, expected) for name in theorem_names(path))
    rows.extend(LawCase(TRUE_LAWS, name, Expected.TRUE) for name in theorem_names(TRUE_LAWS))
    for path in TORCHLEAN_FILES:
        rows.extend(LawCase(path, name, Expected.TRUE) for name in theorem_names(path))
    rows.extend(
        LawCase(FALSE_STATEMENTS, name, Expected.FALSE, FALSE_LAWS.get(name))
        for name in theorem_names(FALSE_STATEMENTS)
    )
    rows.extend(LawCase(MUTANTS, name, Expected.MUTANT) for name in theorem_names(MUTANTS))
    return tuple(rows)


LAW_TABLE: tuple[LawCase, ...] = _rows()
"""Every theorem of every corpus file with its expected verdict."""


def rows(*, path: Path | None = None, expected: Expected | None = None) -> list[LawCase]:
    """The rows of one file and/or one expectation, in table order."""
    return [
        row
        for row in LAW_TABLE
        if (path is None or row.path == path) and (expected is None or row.expected is expected)
    ]
