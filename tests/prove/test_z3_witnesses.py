"""Z3's models of goals it cannot confirm are candidate counterexamples (red team, session 10).

``n * n + n ≠ 9900`` is not confirmed because Z3 finds ``n = 99`` at once; the random search
(naturals up to 20) and the literal scope (9900, its neighbours, roots and quotients) never
reach it. The prover keeps such models (``ProofOutcome.witnesses``) and the search tries them
first, replaying each in the concrete evaluator like any instance: a model is never evidence
by itself (a model of an induction step, or of an abstraction of ``xs.sum``, fails to replay
and is dropped)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from jepa_formal import reader
from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.numeric.search import witness_instances
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

SOURCE = """
theorem quad_ne (n : ℕ) : n * n + n ≠ 9900 := by sorry
theorem linear_ne (x : ℚ) : 5 * x + 3 * x ≠ 1 / 7 := by sorry
theorem system_true (x y : ℤ) : 3 * x + 5 * y ≠ 1001 ∨ x - y ≠ 7 := by sorry
theorem sum_ne (xs : List ℕ) : xs.sum ≠ 12345 ∨ xs.length < 3 := by sorry
"""


@pytest.fixture(scope="module")
def laws(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, dict[str, Law]]:
    path: Path = tmp_path_factory.mktemp("witness") / "W.lean"
    path.write_text(SOURCE, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    return env, {law.name: law for _, law in env.laws() if isinstance(law, Law)}


def test_the_prover_keeps_z3_models_of_what_it_cannot_confirm(laws) -> None:
    env, found = laws
    out = prove_law(found["quad_ne"], env, timeout=5.0)
    assert out.status is None
    assert (("n", 99),) in out.witnesses
    proved = prove_law(found["system_true"], env, timeout=5.0)
    assert proved.status is Status.PROVED and proved.witnesses == ()


def test_models_become_instances_only_when_they_fit_the_binders(laws) -> None:
    _, found = laws
    quad, linear = found["quad_ne"], found["linear_ne"]
    assert witness_instances(quad, [(("n", 99),)]) == ({"n": 99},)
    assert witness_instances(quad, [(("n", -3),)]) == ()  # not a natural number
    assert witness_instances(quad, [(("m", 4),)]) == ()  # not the law's binder
    assert witness_instances(quad, [(("n", Fraction(1, 2)),)]) == ()
    assert witness_instances(linear, [(("x", Fraction(1, 56)),)]) == ({"x": Fraction(1, 56)},)
    assert witness_instances(found["sum_ne"], [(("xs", 3),)]) == ()  # a list is no number


def test_models_refute_what_the_search_alone_did_not(tmp_path: Path) -> None:
    path = tmp_path / "W.lean"
    path.write_text(SOURCE, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(timeout=5.0, cache_dir=None))
    got = {v.name: v for v in run.verdicts}
    for name, binding in (("quad_ne", ("n", "99")), ("linear_ne", ("x", "1/56"))):
        verdict = got[name]
        assert verdict.status is Status.REFUTED, verdict.detail
        assert verdict.counterexample is not None
        assert binding in verdict.counterexample.bindings
        assert "Z3" in verdict.detail
    assert got["system_true"].status is Status.PROVED
    assert got["sum_ne"].status is Status.REFUTED
