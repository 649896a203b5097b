"""The IPython extension: ``%load_ext jepa_formal`` gives the ``%%lean`` cell magic and the
``%lean_explain`` line magic, for teaching with Jupyter.

Why cells are kept: a notebook builds a spec cell by cell (a definition, then laws about it), so
each ``%%lean`` cell is checked with every earlier ``%%lean`` cell in scope, as if they were one
file, and only the new cell's theorems get verdicts. A cell that redefines a name replaces the
earlier cell that defined it (re-running an edited cell must not leave two definitions).
Positions are shown relative to the cell (``cell[2]:3:9``). The result displays as the same
cards as the HTML report; its plain-text form is the terminal report.
"""

from __future__ import annotations

import argparse
import re
import shlex
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jepa_formal import defaults
from jepa_formal.check import CheckOptions, CheckRun, check_entry, load_workload
from jepa_formal.errors import JepaFormalError, UsageError
from jepa_formal.report.html import run_fragment
from jepa_formal.report.text import render_text
from jepa_formal.teach import Explanation, explain_entry, find_entry
from jepa_formal.verdict import Verdict

_DECLARED = re.compile(
    r"^\s*(?:@\[[^\]]*\]\s*)?(?:(?:private|protected|noncomputable|partial)\s+)*"
    r"(?:theorem|lemma|def|abbrev|structure|instance)\s+([^\s(:{\[]+)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class CellResult:
    """What a ``%%lean`` cell shows: its run (cards in Jupyter, the text report elsewhere)."""

    run: CheckRun
    explanations: dict[int, Explanation] = field(default_factory=dict)

    @property
    def verdicts(self) -> tuple[Verdict, ...]:
        return self.run.verdicts

    def _repr_html_(self) -> str:
        return run_fragment(self.run, self.explanations)

    def __repr__(self) -> str:
        return render_text(self.run).rstrip("\n")


@dataclass
class LeanCells:
    """The ``%%lean`` cells run so far, written to a scratch folder as one file per check."""

    cells: list[str] = field(default_factory=list)
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="jepa-formal-")))
    count: int = 0

    def _scope(self, text: str) -> list[str]:
        """Earlier cells, minus those that define a name this cell defines again."""
        names = set(_DECLARED.findall(text))
        return [c for c in self.cells if not names & set(_DECLARED.findall(c))]

    def _write(self, earlier: list[str], text: str) -> tuple[Path, int]:
        prefix = "".join(c if c.endswith("\n") else c + "\n" for c in earlier)
        path = self.folder / f"cell{self.count}.lean"
        path.write_text(prefix + text, encoding="utf-8")
        return path, prefix.count("\n")

    def check(self, text: str, options: CheckOptions, *, explain: bool = False) -> CellResult:
        """Check the theorems of ``text`` with the earlier cells in scope; keep the cell."""
        self.count += 1
        earlier = self._scope(text)
        path, offset = self._write(earlier, text)
        label = f"cell[{self.count}]"
        workload = load_workload([str(path)], options)
        entries = [e for e in workload.entries if e.line > offset]
        verdicts, explanations = [], {}
        for entry in entries:
            verdict = _relabel(check_entry(workload, entry.index, options), path, label, offset)
            if explain:
                explanations[len(verdicts)] = explain_entry(entry, verdict, options)
            verdicts.append(verdict)
        errors = tuple(
            replace(e, path=label, line=e.line - offset)
            for e in workload.parse_errors
            if e.line > offset
        )
        self.cells = [*earlier, text]
        run = CheckRun(
            verdicts=tuple(verdicts),
            parse_errors=errors,
            seed=options.seed,
            files=(label,),
            options=options,
        )
        return CellResult(run, explanations)

    def explain(self, name: str, options: CheckOptions) -> Explanation:
        """The explanation of theorem ``name`` from the cells run so far."""
        if not self.cells:
            raise UsageError("no %%lean cell has been run yet")
        self.count += 1
        path, _ = self._write(self.cells, "")
        workload = load_workload([str(path)], options)
        entry = find_entry(workload, name)
        verdict = check_entry(workload, entry.index, options)
        explanation = explain_entry(entry, verdict, options)
        line = entry.line
        cell, first = self._cell_of(line)
        shown = replace(
            _relabel(verdict, path, f"cell[{cell}]", first),
            line=line - first,
        )
        return replace(explanation, verdict=shown, path=f"cell[{cell}]", line=line - first)

    def _cell_of(self, line: int) -> tuple[int, int]:
        """Which kept cell (1-based among those kept) holds ``line``, and its line offset."""
        offset = 0
        for number, cell in enumerate(self.cells, start=1):
            size = cell.count("\n") + (0 if cell.endswith("\n") else 1)
            if line <= offset + size:
                return number, offset
            offset += size
        return len(self.cells), offset


def _relabel(verdict: Verdict, path: Path, label: str, offset: int) -> Verdict:
    """Positions relative to the cell, in the verdict and in the texts that mention them."""
    where = re.compile(re.escape(str(path)) + r":(\d+)")

    def shift(text: str) -> str:
        return where.sub(lambda m: f"{label}:{int(m.group(1)) - offset}", text)

    return replace(
        verdict,
        path=label,
        line=verdict.line - offset,
        detail=shift(verdict.detail),
        notes=tuple(shift(n) for n in verdict.notes),
    )


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, add_help=False, exit_on_error=False)
    parser.add_argument("--seed", type=int, default=defaults.SEED)
    parser.add_argument("--timeout", type=float, default=defaults.TIMEOUT)
    parser.add_argument("--max-examples", type=int, default=defaults.MAX_EXAMPLES)
    parser.add_argument("--bound", type=int, default=defaults.BOUND)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("name", nargs="?")
    return parser


def _options(line: str, prog: str) -> argparse.Namespace:
    try:
        return _parser(prog).parse_args(shlex.split(line))
    except (argparse.ArgumentError, ValueError) as exc:
        raise UsageError(f"{prog}: {exc}") from None


def _check_options(args: argparse.Namespace) -> CheckOptions:
    return CheckOptions(seed=args.seed, timeout=args.timeout, max_examples=args.max_examples,
                        bound=args.bound)


def load_ipython_extension(ipython: Any) -> None:
    """Register ``%%lean`` and ``%lean_explain`` on ``ipython`` (one cell store per shell)."""
    cells = LeanCells()

    def lean(line: str, cell: str) -> CellResult | None:
        """%%lean [--seed N] [--timeout S] [--max-examples N] [--bound K] [--explain]:
        check this cell's theorems, with the earlier %%lean cells in scope."""
        try:
            args = _options(line, "%%lean")
            return cells.check(cell, _check_options(args), explain=args.explain)
        except JepaFormalError as exc:
            print(f"jepa-formal: error: {exc}")
            return None

    def lean_explain(line: str) -> Explanation | None:
        """%lean_explain NAME [--seed N] [--timeout S]: the law, its verdict, the proof, a
        worked instance and what each hypothesis is for."""
        try:
            args = _options(line, "%lean_explain")
            if not args.name:
                raise UsageError("%lean_explain NAME: which theorem?")
            return cells.explain(args.name, _check_options(args))
        except JepaFormalError as exc:
            print(f"jepa-formal: error: {exc}")
            return None

    ipython.register_magic_function(lean, magic_kind="cell", magic_name="lean")
    ipython.register_magic_function(lean_explain, magic_kind="line", magic_name="lean_explain")
    ipython.user_ns.setdefault("jepa_formal_cells", cells)
