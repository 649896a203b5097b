"""The search draws the statement's numbers: literals, their neighbours, closed subterms, the
literals of the definitions it reaches, and lists built from them with repeated elements.

Each false law here fails only at a value the statement names (or next to it), far outside the
small scope (numbers up to 3, lists up to three elements) and unlikely for random sizes; the
search must find it, within the quick pass's 200 instances or the spot check's 20, and the
shrinker must keep the failing literal while simplifying everything else.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from jepa_formal import reader
from jepa_formal.mirror import Env, concrete
from jepa_formal.mirror.core.terms import Law, TFin, TFloat, TInt, TList, TNat, TRat
from jepa_formal.numeric import search, spot_check
from jepa_formal.numeric.literals import law_literals
from jepa_formal.verdict import Status

SOURCE = """
def weight (x : ℕ) : ℚ := if x = 7 then 1/2 else 3/2

theorem half_ne_one (xs : List ℕ) :
    (xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum ≠ 1 := by sorry
theorem half_ne_one_def (xs : List ℕ) : (xs.map weight).sum ≠ 1 := by sorry
theorem half_ne_quarter (xs : List ℕ) :
    (xs.map fun x => if x = 7 then (1/2 : ℚ) else 3/2).sum ≠ 1/4 := by sorry
theorem nat_ne (x : ℕ) : x ≠ 1000 := by sorry
theorem nat_neighbour (x : ℕ) : x + 1 ≠ 1000 := by sorry
theorem int_ne (x : ℤ) : x ≠ -1000 := by sorry
theorem rat_ne (q : ℚ) : q ≠ 7/3 := by sorry
theorem real_ne (r : ℝ) : r * 3 ≠ 22 := by sorry
theorem float_ne (x : Float) : x ≠ 1e308 := by sorry
theorem fin_ne (i : Fin 20) : i.val ≠ 17 := by sorry
theorem count_three (xs : List ℕ) : xs.count 9 ≠ 3 := by sorry
theorem pair_ne (p : ℕ × ℕ) : p.1 + p.2 ≠ 200 := by sorry
theorem length_ne (xs : List ℕ) : xs.length ≠ 50 := by sorry
theorem length_lt (xs : List ℕ) : xs.length < 50 ∨ xs.length > 50 := by sorry
theorem length_true (xs : List ℕ) : xs.length ≠ 50 ∨ xs.sum ≥ 0 := by sorry
theorem sevenths (xs : List ℤ) : (xs.map fun x => if x = -3 then (1:ℚ)/7 else 0).sum ≠ 1 := by sorry
theorem twenty_threes (xs : List ℕ) : xs.sum ≠ 60 ∨ xs.length ≠ 20 := by sorry
theorem sevenths_true (xs : List ℕ) :
    (xs.map fun x => if x = 11 then (1:ℚ)/7 else 0).sum ≠ -1 := by sorry
theorem small_only (xs : List ℕ) (n : ℕ) : (xs.map fun x => x + n).length = xs.length := by sorry
"""


@pytest.fixture(scope="module")
def env() -> Env:
    return Env.from_project(_load(SOURCE))


def _load(text: str) -> object:
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    path = folder / "Literals.lean"
    path.write_text(text, encoding="utf-8")
    return reader.load([str(path)])


def law(env: Env, name: str) -> Law:
    for _, found in env.laws():
        if isinstance(found, Law) and found.name == name:
            return found
    raise KeyError(name)


def test_literals_neighbours_and_closed_subterms_are_collected(env: Env) -> None:
    pool = law_literals(law(env, "half_ne_one"), env, concrete.evaluate)
    nat = pool.scalars(TNat())
    assert nat[:3] == (7, 6, 8) or set(nat) >= {6, 7, 8}
    assert 0 not in nat and 1 not in nat  # the small scope has those already
    rat = pool.scalars(TRat())
    # 3/2 (the closed subterm's value) is a small fraction already; its neighbour 5/2 is not
    assert Fraction(5, 2) in rat and Fraction(7) in rat and Fraction(3, 2) not in rat
    assert -7 in pool.scalars(TInt()) and -7 not in nat


def test_literals_of_reached_definitions_count(env: Env) -> None:
    pool = law_literals(law(env, "half_ne_one_def"), env, concrete.evaluate)
    assert 7 in pool.scalars(TNat())


def test_lists_from_literals_repeat_them(env: Env) -> None:
    pool = law_literals(law(env, "half_ne_one"), env, concrete.evaluate)
    options = pool.options(TList(TNat()))
    assert options[:2] == ((7,), (7, 7))
    assert (7, 7, 7) in options and any(len(set(o)) > 1 for o in options)


def test_fin_literals_are_fitted_into_the_type(env: Env) -> None:
    pool = law_literals(law(env, "fin_ne"), env, concrete.evaluate)
    assert 17 in pool.scalars(TFin(_lit(20)))
    small = pool.scalars(TFin(_lit(10)))
    assert all(0 <= v < 10 for v in small) and 9 in small  # 17 clamped, and 17 mod 10 = 7
    assert 7 in small


def _lit(n: int) -> object:
    from jepa_formal.mirror.core.terms import Lit

    return Lit(n, TNat())


def test_float_literals_and_their_float_neighbours(env: Env) -> None:
    import math

    pool = law_literals(law(env, "float_ne"), env, concrete.evaluate)
    floats = pool.scalars(TFloat())
    assert 1e308 in floats and math.nextafter(1e308, math.inf) in floats


@pytest.mark.parametrize("name, binding", [
    ("half_ne_one", ("xs", "[7, 7]")),
    ("half_ne_one_def", ("xs", "[7, 7]")),
    ("nat_ne", ("x", "1000")),
    ("nat_neighbour", ("x", "999")),
    ("int_ne", ("x", "-1000")),
    ("rat_ne", ("q", "7/3")),
    ("real_ne", ("r", "22/3")),
    ("fin_ne", ("i", "17")),
    ("count_three", ("xs", "[9, 9, 9]")),
])
def test_quick_pass_refutes_at_the_literal_and_shrinks_keeping_it(
        env: Env, name: str, binding: tuple[str, str]) -> None:
    out = search(law(env, name), env, seed=0, max_examples=200)
    assert out.status is Status.REFUTED, out.detail
    assert out.counterexample is not None
    assert binding in out.counterexample.bindings
    assert out.examples <= 200


def test_a_length_the_law_names_is_drawn(env: Env) -> None:
    """``xs.length ≠ 50`` fails only for lists of 50 elements: the bounded expansion (lists
    up to length 4) and the small scope never reach one, so the literal scope builds lists of
    each literal length (and its neighbours) from the simplest element."""
    pool = law_literals(law(env, "length_ne"), env, concrete.evaluate)
    lengths = {len(o) for o in pool.options(TList(TNat()))}
    assert {49, 50, 51} <= lengths
    for name in ("length_ne", "length_lt"):
        out = search(law(env, name), env, seed=0, max_examples=200)
        assert out.status is Status.REFUTED, (name, out.detail)
        assert out.counterexample is not None
        assert dict(out.counterexample.bindings)["xs"] == "[" + ", ".join(["0"] * 50) + "]"
    assert search(law(env, "length_true"), env, seed=0, max_examples=200).status is Status.TESTED


@pytest.mark.parametrize("name, xs", [
    ("sevenths", "[" + ", ".join(["-3"] * 7) + "]"),
    ("twenty_threes", "[" + ", ".join(["3"] * 20) + "]"),
])
def test_lengths_from_denominators_and_quotients(env: Env, name: str, xs: str) -> None:
    """A sum of sevenths reaches 1 at seven elements; a sum of 60 over 20 elements at twenty
    3s: the literal scope repeats the law's values to the lengths it names."""
    out = search(law(env, name), env, seed=0, max_examples=200)
    assert out.status is Status.REFUTED, out.detail
    assert out.counterexample is not None
    assert dict(out.counterexample.bindings)["xs"] == xs
    assert search(law(env, "sevenths_true"), env, seed=0, max_examples=200).status \
        is Status.TESTED


def test_float_literal_is_drawn(env: Env) -> None:
    out = search(law(env, "float_ne"), env, seed=0, max_examples=200)
    assert out.status is Status.REFUTED
    assert out.counterexample is not None
    assert dict(out.counterexample.bindings)["x"] in ("1e308", "1.000000e+308", "1e+308")


def test_pairs_mix_literals(env: Env) -> None:
    out = search(law(env, "pair_ne"), env, seed=0, max_examples=2000)
    assert out.status is Status.REFUTED, out.detail


def test_spot_check_of_a_proof_would_catch_the_literal_counterexample(env: Env) -> None:
    """The 20 instances that confirm every ``proved`` include the literal scope."""
    out = spot_check(law(env, "half_ne_one"), env, seed=0, examples=20)
    assert out.status is Status.REFUTED


def test_true_twin_is_tested_with_literal_instances(env: Env) -> None:
    out = search(law(env, "half_ne_quarter"), env, seed=0, max_examples=500)
    assert out.status is Status.TESTED
    assert "from its literals" in out.detail


def test_law_without_new_literals_is_searched_as_before(env: Env) -> None:
    out = search(law(env, "small_only"), env, seed=0, max_examples=300)
    assert out.status is Status.TESTED
    assert "literals" not in out.detail


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_draws_mix_literals_into_long_lists(env: Env, seed: int) -> None:
    """With the literal scope off (no examples for it), random draws still put literal values
    into lists, repeats included."""
    out = search(law(env, "count_three"), env, seed=seed, max_examples=2000,
                 small_scope_share=0.0, literal_share=0.0)
    assert out.status is Status.REFUTED
    assert out.counterexample is not None
    assert ("xs", "[9, 9, 9]") in out.counterexample.bindings


ROOTS = """
theorem square_ne (n : ℕ) : n * n ≠ 152399025 := by sorry
theorem coeff_ne (q : ℚ) : 13 * q ≠ 7 := by sorry
theorem count_ne (xs : List ℕ) : xs.count 5 ≠ 9 := by sorry
theorem square_pow_ne (x : ℤ) : x * x ≠ 2 ^ 64 := by sorry
theorem square_next_ne (n : ℕ) : n * n + 1 ≠ 152399026 := by sorry
theorem cube_ne (n : ℤ) : n * n * n ≠ -343 := by sorry
theorem affine_ne (x : ℝ) : 3 * x + 1 ≠ 8 := by sorry
theorem square_true (n : ℕ) : n * n ≠ 152399026 := by sorry
theorem coeff_true (x : ℤ) : 13 * x ≠ 7 := by sorry
"""


@pytest.fixture(scope="module")
def roots_env() -> Env:
    return Env.from_project(_load(ROOTS))


@pytest.mark.parametrize("name, binding", [
    ("square_ne", ("n", "12345")),
    ("coeff_ne", ("q", "7/13")),
    ("count_ne", ("xs", "[" + ", ".join(["5"] * 9) + "]")),
    ("square_pow_ne", ("x", "4294967296")),
    ("square_next_ne", ("n", "12345")),
    ("cube_ne", ("n", "-7")),
    ("affine_ne", ("x", "7/3")),
])
def test_roots_and_quotients_of_literals_are_drawn(
        roots_env: Env, name: str, binding: tuple[str, str]) -> None:
    """Red team (session 10): false laws whose only counterexample is a root or a quotient of
    a literal passed 2000 instances; the literal scope now holds the exact roots of the
    literals (and of their neighbours and quotients) and, at ℚ/ℝ, their quotients."""
    out = search(law(roots_env, name), env=roots_env, seed=0, max_examples=200)
    assert out.status is Status.REFUTED, out.detail
    assert out.counterexample is not None
    assert binding in out.counterexample.bindings or (
        name == "square_pow_ne" and ("x", "-4294967296") in out.counterexample.bindings)


def test_roots_only_when_exact(roots_env: Env) -> None:
    pool = law_literals(law(roots_env, "square_true"), roots_env, concrete.evaluate)
    nat = pool.scalars(TNat())
    assert 12345 in nat  # 152399026 - 1 is a square
    assert all(v * v != 152399026 for v in nat)
    assert search(law(roots_env, "square_true"), roots_env, seed=0,
                  max_examples=300).status is Status.TESTED
    ints = law_literals(law(roots_env, "coeff_true"), roots_env, concrete.evaluate)
    assert all(isinstance(v, int) for v in ints.scalars(TInt()))  # 7/13 only at ℚ/ℝ
    assert search(law(roots_env, "coeff_true"), roots_env, seed=0,
                  max_examples=300).status is Status.TESTED
