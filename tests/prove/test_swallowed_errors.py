"""Red-team regressions: exceptions raised inside the prover's strategies.

A strategy that raises is caught (it decides nothing), so these never gave a wrong verdict, but
each cost the proof and time: nested ``Fin`` sums recursed without end in the Z3 abstraction
(``RecursionError`` after minutes), and a masked mean broke SymPy's ``Piecewise`` (an ``if``
inside a condition: ``AttributeError … _eval_as_set``, ``KeyError: pop from an empty set``).
Each law must now be decided without any strategy failing; the false twins stay refuted.
"""

from __future__ import annotations

import sympy
from sympy import Piecewise, Symbol

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.mirror.symbolic.arith import bool_function
from jepa_formal.mirror.symbolic.lists import Fn, ListSum, ListSymbol
from jepa_formal.mirror.symbolic.piecewise import IfThen, fold, piecewise, split_condition
from jepa_formal.numeric.search import search
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

SOURCE = """
theorem diag (n : ℕ) : ∑ i : Fin n, ∑ j : Fin n, (if i = j then 1 else 0) = n := by sorry
theorem upper (n : ℕ) :
    ∑ i : Fin n, ∑ j : Fin n, (if i < j then 1 else 0) = n * (n - 1) / 2 := by sorry
theorem upper_le_F (n : ℕ) :
    ∑ i : Fin n, ∑ j : Fin n, (if i ≤ j then 1 else 0) = n * (n - 1) / 2 := by sorry
theorem masked_mean (n : ℕ) (m : Fin n → Bool) (l : Fin n → ℝ) :
    (∑ i, if m i then l i else 0) / (∑ i, if m i then (1 : ℝ) else 0) ≤ ∑ i, |l i| := by sorry
theorem masked_mean_F (n : ℕ) (m : Fin n → Bool) (l : Fin n → ℝ) :
    (∑ i, if m i then l i else 0) / (∑ i, if m i then (1 : ℝ) else 0) ≤ (∑ i, l i) / n := by
  sorry
theorem masked_ratio_nonneg (xs : List ℝ) :
    (xs.map (fun x => if x > 2 then x else 0)).sum /
      (xs.map (fun x => if x > 2 then (1 : ℝ) else 0)).sum ≥ 0 := by sorry
theorem masked_ratio_F (xs : List ℝ) :
    (xs.map (fun x => if x > 2 then x else 0)).sum /
      (xs.map (fun x => if x > 2 then (1 : ℝ) else 0)).sum ≥ 3 := by sorry
theorem count_if (n : ℕ) (m : Fin n → Bool) :
    (if (∑ i, if m i then 1 else 0) = 0 then 0 else 1) ≤ 1 := by sorry
"""

TRUE = ("diag", "upper", "masked_mean", "masked_ratio_nonneg", "count_if")
FALSE = ("upper_le_F", "masked_mean_F", "masked_ratio_F")


def _laws(tmp_path) -> tuple[Env, dict[str, Law]]:
    path = tmp_path / "errors.lean"
    path.write_text(SOURCE, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    return env, {law.name: law for _, law in env.laws() if isinstance(law, Law)}


def test_no_strategy_fails_and_true_laws_pass(tmp_path) -> None:
    env, laws = _laws(tmp_path)
    for name in TRUE:
        out = prove_law(laws[name], env, timeout=3.0, bound=3)
        assert out.strategy_errors == (), (name, out.strategy_errors)
        assert "Error(" not in out.reason, (name, out.reason)
        assert out.status in (Status.PROVED, Status.BOUNDED), (name, out.reason)


def test_false_twins_are_not_passed_and_are_refuted(tmp_path) -> None:
    env, laws = _laws(tmp_path)
    for name in FALSE:
        out = prove_law(laws[name], env, timeout=3.0, bound=3)
        assert out.status not in (Status.PROVED, Status.BOUNDED), (name, out.method)
        assert out.strategy_errors == (), (name, out.strategy_errors)
        found = search(laws[name], env, seed=1, max_examples=300, timeout=5.0)
        assert found.status is Status.REFUTED, (name, found.status)


def test_split_condition_is_the_condition() -> None:
    a, b = bool_function("a"), bool_function("b")  # Bool-valued applications, as ``m i``
    x = Symbol("x", integer=True)
    p = Piecewise((1, a(x)), (0, True)) + Piecewise((1, b(x)), (0, True))
    cond = sympy.Eq(p, 0)
    cases = split_condition(cond)
    assert cases is not None and not any(c.has(Piecewise) for c in cases)
    for va in (True, False):
        for vb in (True, False):
            at = {a(x): sympy.true if va else sympy.false,
                  b(x): sympy.true if vb else sympy.false}
            want = (int(va) + int(vb)) == 0
            assert bool(sympy.Or(*cases).xreplace(at)) is want


def test_an_if_on_the_bound_variable_stays_under_its_binder() -> None:
    xs = ListSymbol("xs")
    i = Symbol("i", integer=True)
    inner = ListSum(Fn(i, Piecewise((1, i > 2), (0, True))), xs)
    cases = split_condition(sympy.Eq(inner, 0))
    assert cases is not None and not any(c.has(Piecewise) for c in cases)
    assert i not in sympy.Or(*cases).free_symbols  # the bound variable did not escape
    assert sympy.Or(*cases).has(IfThen)
    assert IfThen(sympy.true, 1, 0) == 1 and IfThen(sympy.false, 1, 0) == 0
    assert piecewise([(0, sympy.Eq(inner, 0)), (1, True)]) is not None
    y = Symbol("y", integer=True)
    folded = fold(Piecewise((1, y > 0), (0, True)) + inner)
    assert i not in folded.free_symbols
    assert folded.has(inner)


def test_an_if_free_of_the_bound_variable_is_split_out_of_a_binder() -> None:
    xs = ListSymbol("xs")
    i, a = Symbol("i", integer=True), Symbol("a", integer=True)
    inner = ListSum(Fn(i, Piecewise((1, a > 2), (0, True))), xs)
    cases = split_condition(sympy.Eq(inner, 0))
    assert cases is not None and not any(c.has(Piecewise) for c in cases)
    assert i not in sympy.Or(*cases).free_symbols
