"""Notebooks: ``examples/teaching.ipynb`` runs cell by cell in IPython's ``InteractiveShell``
(what a kernel runs), its cells show cards, and the objects have ``_repr_html_``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.verdict import Status

IPython = pytest.importorskip("IPython")

NOTEBOOK = Path(__file__).parents[2] / "examples" / "teaching.ipynb"
HOLDS = {Status.PROVED, Status.BOUNDED, Status.TESTED}


@pytest.fixture
def shell() -> Any:
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shell.reset(new_session=True)
    if "jepa_formal" in shell.extension_manager.loaded:  # a fresh store of %%lean cells
        shell.run_line_magic("reload_ext", "jepa_formal")
    yield shell
    shell.reset(new_session=True)


def _html(shell: Any, value: Any) -> str:
    """The text/html part of ``value``'s display bundle, as a notebook front end gets it."""
    bundle, _ = shell.display_formatter.format(value)
    return bundle.get("text/html", "")


def _run_notebook(shell: Any) -> list[Any]:
    """Run every code cell in order; return each cell's displayed value."""
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    shown = []
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        result = shell.run_cell("".join(cell["source"]), store_history=True)
        assert result.success, result.error_in_exec or result.error_before_exec
        shown.append(result.result)
    return shown


def test_the_teaching_notebook_runs_and_shows_the_cards(shell):
    load, laws, false_law, explained, summary, verdict = _run_notebook(shell)
    assert load is None

    assert [v.name for v in laws.verdicts] == [
        "jepaLoss_nil", "jepaLoss_append", "jepaLoss_reverse", "jepaLoss_target_ext"]
    assert {v.status for v in laws.verdicts} <= HOLDS
    html = _html(shell, laws)
    assert html.count('<article class="card"') == 4
    assert "List.sum_append" in html and 'data-count="proved"' in html
    assert laws.verdicts[0].location == "cell[1]:6:9"  # positions relative to the cell

    (refuted,) = false_law.verdicts  # only the new cell's theorem; jepaLoss is in scope
    assert refuted.status is Status.REFUTED and refuted.counterexample is not None
    assert "<th>left side</th>" in _html(shell, false_law)

    assert explained.verdict.status in HOLDS
    html = _html(shell, explained)
    assert "a worked instance" in html and "what each hypothesis is for" in html

    assert summary["proved"] == 4
    assert verdict.name.endswith("jepaLoss_append")
    assert 'data-status="proved"' in _html(shell, verdict)


def test_an_invalid_cell_and_a_redefinition(shell):
    shell.run_line_magic("reload_ext", "jepa_formal")
    first = shell.run_cell_magic("lean", "", "def f (x : ℕ) : ℕ := x + 1\n")
    assert first.verdicts == ()
    typo = shell.run_cell_magic("lean", "--timeout 2", "theorem t (x : ℕ) : g x = x := by sorry\n")
    (verdict,) = typo.verdicts
    assert verdict.status is Status.INVALID
    assert verdict.detail == "cell[2]:1:21: unknown identifier 'g'"
    # Re-running an edited definition replaces it: f now doubles.
    shell.run_cell_magic("lean", "", "def f (x : ℕ) : ℕ := 2 * x\n")
    law = shell.run_cell_magic(
        "lean", "--timeout 2", "theorem twice (x : ℕ) : f x = x + x := by sorry\n"
    )
    assert law.verdicts[0].status in HOLDS
    assert "invalid: t" in repr(typo)  # the plain-text form is the terminal report


def test_repr_html_of_run_verdict_and_explanation(tmp_path):
    spec = tmp_path / "laws.lean"
    spec.write_text(
        "theorem bad (xs ys : List ℕ) : (xs ++ ys).length = xs.length := by sorry\n",
        encoding="utf-8",
    )
    run = check_paths([str(spec)], CheckOptions(timeout=2))
    assert 'data-count="refuted">1<' in run._repr_html_()
    assert run.verdicts[0]._repr_html_().count('<article class="card"') == 1

    from jepa_formal.teach import explain

    explanation = explain(str(spec), "bad", CheckOptions(timeout=2))
    assert "counterexample" in explanation._repr_html_()
