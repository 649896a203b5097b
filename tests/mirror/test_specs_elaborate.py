"""Every spec file elaborates: all definitions, all laws, and every law compiles and runs."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from jepa_formal.errors import Unsupported
from jepa_formal.mirror import Env, compile_law
from jepa_formal.mirror.core.terms import (
    Law,
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TRat,
    TReal,
    TSort,
    TStruct,
    TVar,
    Ty,
    uncurry,
)
from jepa_formal.mirror.core.values import StructValue, TableFn
from jepa_formal.reader import load

SPECS = sorted((Path(__file__).resolve().parents[2] / "specs").glob("*.lean"))


def _env(path: Path) -> Env:
    project = load([str(path)])
    assert not project.errors
    return Env.from_project(project)


@pytest.fixture(scope="module", params=SPECS, ids=[p.name for p in SPECS])
def spec_env(request: pytest.FixtureRequest) -> Env:
    return _env(request.param)


def test_there_are_specs() -> None:
    assert any(p.name == "jepa.lean" for p in SPECS)


def test_every_definition_elaborates(spec_env: Env) -> None:
    for name in spec_env.definitions():
        info = spec_env.definition(name)
        assert info.body is not None or info.equations


def test_every_law_elaborates(spec_env: Env) -> None:
    laws = spec_env.laws()
    assert laws
    failed = [(t.name, str(law)) for t, law in laws if isinstance(law, Unsupported)]
    assert failed == []


def _sample(ty: Ty, env: Env) -> Any:
    """A small, valid value of ``ty`` (bindings: every ℕ binder is 2, every α is Fin 2)."""
    if isinstance(ty, (TNat, TInt, TFin, TVar)):
        return 1
    if isinstance(ty, (TReal, TRat)):
        return Fraction(1, 2)
    if isinstance(ty, TFloat):
        return 0.5
    if isinstance(ty, TBool):
        return True
    if isinstance(ty, (TList, TArray)):
        return (_sample(ty.elem, env), _sample(ty.elem, env))
    if isinstance(ty, TFinset):
        return frozenset({_sample(ty.elem, env)})
    if isinstance(ty, TProd):
        return (_sample(ty.fst, env), _sample(ty.snd, env))
    if isinstance(ty, TOption):
        return None
    if isinstance(ty, TFun):
        cod: Ty = ty
        while isinstance(cod, TFun):
            cod = cod.cod
        return TableFn(len(uncurry(ty)[0]), {}, _sample(cod, env))
    if isinstance(ty, TStruct):
        info = env.structure(ty.name)
        return StructValue(ty.name, tuple((f, _sample(t, env)) for f, t in info.fields))
    raise AssertionError(f"no sample for {ty}")


def test_every_law_compiles_and_runs_on_an_instance(spec_env: Env) -> None:
    for _, law in spec_env.laws():
        assert isinstance(law, Law)
        compiled = compile_law(law, spec_env)
        bindings = {v.name: (2 if isinstance(v.ty, (TNat, TSort)) else _sample(v.ty, spec_env))
                    for v in law.binders}
        held = compiled.hypotheses_hold(bindings)
        result = compiled.conclusion_holds(bindings)
        assert isinstance(held, bool) and isinstance(result, bool)
