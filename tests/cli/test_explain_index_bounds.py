"""``explain`` never calls a hypothesis "not needed" when it may be what proves an index in
range: ``xs[i]`` (no ``!``/``?``) needs that proof, which Lean finds among the hypotheses (or
``xs[i]'(… h)`` names). The mirror reads the index by its value, so the law without the
hypothesis is one Lean may reject, and checking it said "still proved" (the library corpus's
``getElem_cons_succ'``)."""

from __future__ import annotations

from pathlib import Path

from jepa_formal.check import CheckOptions
from jepa_formal.report.explain import dropped_text
from jepa_formal.teach import explain
from jepa_formal.verdict import Status

LIBRARY = Path(__file__).resolve().parents[1] / "laws" / "library_style" / "List.lean"

LAWS = """
theorem pick (xs : List ℕ) (i : ℕ) (h : i < xs.length) (k : 0 < 5) : xs[i] = xs[i]! := by sorry
theorem bang (xs : List ℕ) (i : ℕ) (h : i < xs.length) : xs[i]! = xs[i]! := by sorry
"""


def test_the_library_law_does_not_call_its_index_bound_unneeded() -> None:
    explanation = explain(str(LIBRARY), "getElem_cons_succ'", CheckOptions(jobs=1))
    assert explanation.verdict.status is Status.PROVED
    (dropped,) = explanation.dropped
    assert dropped.name == "h" and dropped.verdict.status is Status.INCONCLUSIVE
    text = dropped_text(dropped)
    assert "not needed" not in text
    assert "h may be what proves that the index (a :: as)[i + 1] is in range" in text


def test_only_hypotheses_that_may_bound_an_index_are_set_aside(tmp_path: Path) -> None:
    spec = tmp_path / "idx.lean"
    spec.write_text(LAWS, encoding="utf-8")
    pick = {d.name: d for d in explain(str(spec), "pick", CheckOptions(jobs=1)).dropped}
    assert pick["h"].verdict.method == "index bound"
    # 0 < 5 mentions nothing of the index: re-checked, and indeed not needed
    assert pick["k"].verdict.status is Status.PROVED
    assert "this hypothesis is not needed" in dropped_text(pick["k"])
    # xs[i]! needs no proof: the hypothesis is re-checked as before
    (bang,) = explain(str(spec), "bang", CheckOptions(jobs=1)).dropped
    assert bang.verdict.method != "index bound"
