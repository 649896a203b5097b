"""SymPy's assumptions propose, never decide (issue 9, point 1; session 9 red team).

Each test makes SymPy's assumption system *lie* the way it once did (a sum of non-integers
reported as a non-integer, a sum of negatives reported nonnegative) and checks that no false
law is proved through it, while the true twin still is: a relation SymPy evaluated at
construction must be confirmed by Z3 (``prove/assumed.py``), and a rule's side condition reads
Z3's sorts and answers (``confirm.surely``, ``confirm.integer_valued``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sympy
from sympy.core.cache import clear_cache

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.prove import prove_law
from jepa_formal.prove.assumed import decisions, watching
from jepa_formal.prove.confirm import integer_valued, surely
from jepa_formal.verdict import Status

SOURCE = """
theorem not_one_f (xs : List ℕ) :
    ¬ ((xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum = 1) := by sorry
theorem not_neg_t (xs : List ℕ) :
    ¬ ((xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum = -1) := by sorry
theorem ne_two_f (xs : List ℕ) :
    (xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum ≠ 2 := by sorry
theorem decide_f (xs : List ℕ) :
    decide ((xs.map fun _ => (1/2 : ℚ)).sum = 1) = false := by sorry
theorem nat_not_neg_t (x : ℕ) : ¬ (x + 1 = 0) := by sorry
"""


@pytest.fixture(scope="module")
def laws(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, dict[str, Law]]:
    path: Path = tmp_path_factory.mktemp("assumed") / "Assumed.lean"
    path.write_text(SOURCE, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    return env, {law.name: law for _, law in env.laws() if isinstance(law, Law)}


def _copied_false(fact: str):  # the behaviour before issue 9: a False summand fact copied
    def handler(self: sympy.Basic) -> bool | None:
        body = self.args[0].expr if isinstance(self.args[0], sympy.Lambda) else None
        return None if body is None else getattr(body, "is_" + fact)

    return handler


@pytest.fixture
def lying_sums(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """ListSum reports its summand's ``is_integer`` (False included) and claims every sum
    nonnegative: two lies SymPy would act on."""
    handlers = dict(L.ListSum._prop_handler)
    handlers["integer"] = _copied_false("integer")
    handlers["extended_nonnegative"] = lambda self: True
    monkeypatch.setattr(L.ListSum, "_prop_handler", handlers)
    clear_cache()
    yield
    clear_cache()


def test_a_lie_in_the_assumptions_proves_no_false_law(laws, lying_sums) -> None:
    env, by = laws
    x = sympy.Symbol("x", integer=True, nonnegative=True)
    s = L.ListSum(L.Fn((x,), sympy.Rational(1, 2)), L.ListSymbol("xs"))
    assert sympy.Eq(s, 1) is sympy.false  # the lie is in force: SymPy "knows" s ≠ 1
    for name in ("not_one_f", "ne_two_f", "decide_f"):
        out = prove_law(by[name], env)
        assert out.status not in (Status.PROVED, Status.BOUNDED), (name, out.method)
    assert "Z3 does not confirm" in prove_law(by["not_one_f"], env).reason


def test_the_true_twins_are_still_proved(laws) -> None:
    env, by = laws
    for name in ("not_neg_t", "nat_not_neg_t"):
        out = prove_law(by[name], env)
        assert out.status is Status.PROVED, (name, out.reason)


def test_assumption_decisions_are_recorded_plain_algebra_is_not() -> None:
    x = sympy.Symbol("x", integer=True, nonnegative=True)
    with watching() as record:
        assert sympy.Eq(x, -1) is sympy.false  # from x ≥ 0: an assumption
        assert sympy.Lt(x + 1, 0) is sympy.false
        assert sympy.Eq(x + 1, x) is sympy.false  # one apart: algebra
        assert sympy.Le(x, x) is sympy.true  # one term
    met = decisions(record)
    assert ("eq", x, sympy.Integer(-1), False) in met
    assert ("lt", x + 1, sympy.Integer(0), False) in met
    assert len(met) == 2
    assert sympy.Eq(x, -2) is sympy.false  # outside the block nothing is recorded
    assert len(decisions(record)) == 2


def test_side_conditions_need_z3_too(lying_sums) -> None:
    x = sympy.Symbol("x", integer=True, nonnegative=True)
    negative = L.ListSum(L.Fn((x,), sympy.Integer(-1)), L.ListSymbol("xs"))
    half = L.ListSum(L.Fn((x,), sympy.Rational(1, 2)), L.ListSymbol("xs"))
    assert negative.is_nonnegative  # the lie
    assert not surely("nonnegative", negative)  # Z3: a sum of -1s is ≤ 0, not ≥ 0
    assert not integer_valued(half)  # Z3's sort of a sum of halves is Real
    whole = L.ListSum(L.Fn((x,), x), L.ListSymbol("xs"))
    assert surely("nonnegative", whole) and integer_valued(whole)
