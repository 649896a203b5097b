"""Idioms of real Lean files (lean-syntax.md) through load → Env.from_project → laws."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from jepa_formal.mirror import Env, compile_law
from jepa_formal.mirror.core.terms import Law, TArray, TNat
from jepa_formal.mirror.core.values import StructValue, TableFn
from jepa_formal.reader import load

IDIOMS = Path(__file__).parent / "data" / "idioms.lean"


@pytest.fixture(scope="module")
def env() -> Env:
    project = load([str(IDIOMS)])
    assert not project.errors
    return Env.from_project(project)


@pytest.fixture(scope="module")
def laws(env: Env) -> dict[str, Law]:
    out = {}
    for thm, law in env.laws():
        assert isinstance(law, Law), f"{thm.name}: {law}"
        short = thm.name if thm.name.startswith("example") else thm.name.rsplit(".", 1)[-1]
        out[short] = law
    return out


def sides(env: Env, law: Law, **bindings: object) -> tuple[object, object] | None:
    return compile_law(law, env).sides(bindings)


def test_every_idiom_elaborates(laws: dict[str, Law]) -> None:
    assert len(laws) == 17


def test_structure_valued_def_with_where_fields(env: Env, laws: dict[str, Law]) -> None:
    example = next(law for name, law in laws.items() if name.startswith("example"))
    assert compile_law(example, env).conclusion_holds({"xs": (0, 2)})
    assert sides(env, laws["root_ref"], xs=(1,)) == ((1,), (1,))


def test_tuple_let_and_typed_tuple_lambda(env: Env, laws: dict[str, Law]) -> None:
    assert sides(env, laws["lastAcc_cons"], x=5, xs=(1, 2)) == (5, 5)


def test_arrays_push_and_replicate(env: Env, laws: dict[str, Law]) -> None:
    assert laws["push_size"].binders[0].ty == TArray(TNat())
    assert sides(env, laws["push_size"], xs=(1, 2), x=3) == (3, 3)
    assert sides(env, laws["ones_sum"], d=4) == (4, 4)


def test_sum_over_fin_and_finset_univ(env: Env, laws: dict[str, Law]) -> None:
    z = TableFn(1, {(0,): Fraction(1, 2)}, Fraction(-1))
    assert sides(env, laws["sqDist_self"], d=3, z=z) == (0, 0)
    f = TableFn(1, {(0,): 1}, 0)
    c = compile_law(laws["total_le"], env)
    assert c.hypotheses_hold({"n": 3, "f": f})
    assert c.sides({"n": 3, "f": f}) == (1, 3)
    assert not c.hypotheses_hold({"n": 3, "f": TableFn(1, {(1,): 2}, 0)})


def test_default_and_named_function_arguments(env: Env, laws: dict[str, Law]) -> None:
    assert sides(env, laws["withG_default"], x=5) == (5, 5)
    assert sides(env, laws["withG_named"], x=5) == (10, 10)


def test_recursion_with_termination_by(env: Env, laws: dict[str, Law]) -> None:
    assert env.definition("T.countdown").recursive
    assert sides(env, laws["countdown_len"], k=6) == (6, 6)


def test_misc_statements(env: Env, laws: dict[str, Law]) -> None:
    assert sides(env, laws["mean_zero"]) == (0, 0)
    assert compile_law(laws["fin_ext"], env).conclusion_holds({"i": 2})
    chain = laws["implies_chain"]
    assert [n for n, _ in chain.hypotheses] == ["h₁", "_h2"]
    c = compile_law(laws["exists_idx"], env)
    assert c.hypotheses_hold({"xs": (3, 1)}) and c.conclusion_holds({"xs": (3, 1)})
    assert not c.hypotheses_hold({"xs": ()})
    assert sides(env, laws["zipped"], xs=(1, 2, 3), ys=(4,)) == (1, 1)
    assert compile_law(laws["iff_law"], env).conclusion_holds({"b": False})
    assert sides(env, laws["open_in"], xs=(1, 2)) == (2, 2)


def test_struct_values_from_the_evaluator_are_struct_values(env: Env) -> None:
    info = env.structure("T.Contract")
    assert info.defaults and info.defaults[0][0] == "guard"
    assert StructValue("T.Contract", (("targetIdxs", ()), ("guard", 0))).get("guard") == 0
