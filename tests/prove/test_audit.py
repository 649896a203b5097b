"""``--audit``: rewrite steps replayed on concrete instances; a false step is caught, a true
one passes, hypothesis steps are not replayed, and definitions are computed by the concrete
evaluator."""

from __future__ import annotations

from pathlib import Path

import sympy

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.prove.audit import audit_steps
from jepa_formal.prove.rewrite import RawStep
from jepa_formal.verdict import Status

x = sympy.Symbol("x", integer=True, nonnegative=True)
xs, ys = L.ListSymbol("xs"), L.ListSymbol("ys")


class _Ctx:
    """The two fields of a translation context the audit reads."""

    def __init__(self) -> None:
        from jepa_formal.mirror.core.terms import TNat

        self.list_types = {xs: TNat(), ys: TNat()}
        self.defs: dict[str, object] = {}


def _ctx() -> _Ctx:
    return _Ctx()


def test_a_true_step_is_replayed_and_a_false_one_fails() -> None:
    total = L.ListSum(L.Fn(x, x), L.Append(xs, ys))
    good = RawStep("List.sum_append", total,
                   L.ListSum(L.Fn(x, x), xs) + L.ListSum(L.Fn(x, x), ys))
    bad = RawStep("List.sum_append", total,
                  L.ListSum(L.Fn(x, x), xs) * L.ListSum(L.Fn(x, x), ys))
    report = audit_steps([good], _ctx(), None, seed=1)
    assert (report.replayed, report.failures) == (1, ())
    report = audit_steps([bad], _ctx(), None, seed=1)
    assert len(report.failures) == 1 and "List.sum_append" in report.failures[0]


def test_hypothesis_steps_are_not_replayed() -> None:
    step = RawStep("congruence", L.ListSum(L.Fn(x, x), xs), sympy.Integer(0), "h : …")
    report = audit_steps([step], _ctx(), None)
    assert (report.replayed, report.skipped, report.failures) == (0, 1, ())


LAWS = """
def sumTo : ℕ → ℕ
  | 0 => 0
  | n + 1 => sumTo n + (n + 1)
def sq (x : ℕ) : ℕ := x * x
theorem sum_sq (xs ys : List ℕ) : ((xs ++ ys).map sq).sum = (xs.map sq).sum + (ys.map sq).sum := by
  sorry
theorem gauss (n : ℕ) : sumTo n * 2 = n * (n + 1) := by sorry
"""


def test_check_audit_replays_the_proofs(tmp_path: Path) -> None:
    spec = tmp_path / "laws.lean"
    spec.write_text(LAWS)
    run = check_paths([str(spec)], CheckOptions(max_examples=100, audit=True))
    for v in run.verdicts:
        assert v.status is Status.PROVED, v
        notes = [n for n in v.notes if n.startswith("audit:")]
        assert notes and not notes[0].startswith("audit: 0 rewrite"), v.notes
    plain = check_paths([str(spec)], CheckOptions(max_examples=100))
    assert not any(n.startswith("audit:") for v in plain.verdicts for n in v.notes)


def test_a_definition_returning_pairs_replays_its_unfolding(tmp_path: Path) -> None:
    """The concrete value of ``pairs rs`` (a list of pairs) comes back as lists of lists; the
    unfolding step ``pairs rs → Zip rs rs`` is still recognised as true."""
    path = tmp_path / "Pairs.lean"
    path.write_text("def pairs (rs : List ℕ) : List (ℕ × ℕ) := rs.zip rs\n"
                    "theorem pairs_length (rs : List ℕ) : (pairs rs).length = rs.length := "
                    "by simp [pairs]\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, audit=True))
    (verdict,) = run.verdicts
    assert verdict.status is Status.PROVED, verdict.detail
    assert any("audit:" in n and "replayed" in n for n in verdict.notes)
