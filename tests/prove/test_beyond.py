"""Past the bounded expansion: Z3's models at longer lists refute laws that are false only there.

A red team found false laws reported ``bounded`` (exit 0): every list up to the bound satisfies
them, and the random search beyond it misses the one shape that fails (five values with a given
sum and sum of squares, seven 2s multiplying to 128, five distinct naturals with a small sum).
Z3 now solves the denied law at the next lengths; a model is only a candidate, refuted by the
concrete evaluator or dropped. Each false law has a true twin that must not be refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.numeric.search import CANDIDATE_METHOD
from jepa_formal.verdict import Status

FALSE_PAST_BOUND = {
    "pi5": "(xs : List ℕ) : xs.length ≠ 5 ∨ (xs.map fun x => x * x).sum ≠ 52 ∨ xs.sum ≠ 14",
    "nodup5": "(xs : List ℕ) (h : xs.Nodup) : xs.length ≤ 4 ∨ 11 ≤ xs.sum",
    "sorted6": "(xs : List ℕ) (h : xs.Pairwise (· < ·)) : xs.length ≤ 5 ∨ 7 ≤ xs.getLast!",
    "twos7": "(xs : List ℕ) : xs.prod ≠ 128 ∨ xs.length ≠ 7",
    "nodup_ten_unnamed": "(xs : List ℤ) (h : xs.Nodup) (h2 : ∀ x ∈ xs, 0 < x ∧ x < 11) : "
                         "xs.length ≤ 9",
    "nodup12": "(xs : List ℕ) (h : xs.Nodup) (hl : 12 ≤ xs.length) : 66 < xs.sum",
    "two_lists": "(xs ys : List ℤ) : xs.length + ys.length ≤ 4 ∨ xs.sum + 3 * ys.sum ≠ 17 ∨ "
                 "xs.length ≠ 5",
}

TRUE_TWINS = {
    "pi5_true": "(xs : List ℕ) : xs.length ≠ 5 ∨ (xs.map fun x => x * x).sum ≠ 52 ∨ "
                "xs.sum ≠ 17",
    "nodup5_true": "(xs : List ℕ) (h : xs.Nodup) : xs.length ≤ 4 ∨ 10 ≤ xs.sum",
    "sorted6_true": "(xs : List ℕ) (h : xs.Pairwise (· < ·)) : xs.length ≤ 5 ∨ "
                    "5 ≤ xs.getLast!",
}

VACUOUS_UP_TO_THE_BOUND = {
    "nodup12_true": "(xs : List ℕ) (h : xs.Nodup) (hl : 12 ≤ xs.length) : 65 < xs.sum",
}
"""True laws whose hypotheses fail at every length up to the bound: nothing is decided there,
so they are never ``bounded`` (a red team found such false laws passing as bounded on
"0 cases decided, 5 vacuous")."""


def _check(tmp_path: Path, laws: dict[str, str]) -> dict[str, object]:
    source = "\n".join(f"theorem {name} {text} := by sorry" for name, text in laws.items())
    path = tmp_path / "Beyond.lean"
    path.write_text(source + "\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(jobs=1))
    return {v.name: v for v in run.verdicts}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return _check(tmp_path_factory.mktemp("beyond"),
                  {**FALSE_PAST_BOUND, **TRUE_TWINS, **VACUOUS_UP_TO_THE_BOUND})


@pytest.mark.parametrize("name", sorted(FALSE_PAST_BOUND))
def test_false_past_the_bound_is_refuted(verdicts: dict[str, object], name: str) -> None:
    v = verdicts[name]
    assert v.status is Status.REFUTED, (v.status, v.detail)
    assert v.counterexample is not None


def test_refutation_names_z3_and_the_bound(verdicts: dict[str, object]) -> None:
    """At least the laws no literal or random draw reaches are Z3's, and say so."""
    by_z3 = [n for n in FALSE_PAST_BOUND if verdicts[n].method == CANDIDATE_METHOD]
    assert "pi5" in by_z3
    for n in by_z3:
        if verdicts[n].bound is not None:  # refuted past a bounded expansion that held
            assert any("Z3 proposed" in note for note in verdicts[n].notes), verdicts[n].notes
        assert not any("internal error" in note for note in verdicts[n].notes)


@pytest.mark.parametrize("name", sorted(TRUE_TWINS))
def test_true_twin_is_not_refuted(verdicts: dict[str, object], name: str) -> None:
    v = verdicts[name]
    assert v.status in (Status.PROVED, Status.BOUNDED, Status.TESTED), (v.status, v.detail)


@pytest.mark.parametrize("name", sorted(VACUOUS_UP_TO_THE_BOUND))
def test_vacuous_cases_alone_are_no_bounded_pass(verdicts: dict[str, object], name: str) -> None:
    v = verdicts[name]
    assert v.status in (Status.TESTED, Status.INCONCLUSIVE, Status.PROVED), (v.status, v.detail)


def test_a_refutation_past_the_bound_raises_no_internal_error_flag(
        verdicts: dict[str, object]) -> None:
    for name in FALSE_PAST_BOUND:
        assert not any("internal error" in n for n in verdicts[name].notes), verdicts[name]


def test_a_candidate_that_holds_is_only_an_instance(tmp_path: Path) -> None:
    """A candidate is confirmed concretely or dropped: on a true law it is one more instance
    that passed, never a refutation."""
    from jepa_formal import reader
    from jepa_formal.mirror import Env
    from jepa_formal.mirror.core.terms import Law
    from jepa_formal.numeric import search

    path = tmp_path / "t.lean"
    path.write_text("theorem t (xs : List ℕ) : xs.sum = xs.reverse.sum := by sorry\n",
                    encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    [law] = [law for _, law in env.laws() if isinstance(law, Law)]
    out = search(law, env, seed=1, max_examples=10,
                 candidates=[{"xs": (0, 0, 0, 0, 0)}, {"xs": (1, 2, 3, 4, 5, 6)}])
    assert out.status is Status.TESTED
    assert out.examples == 10
