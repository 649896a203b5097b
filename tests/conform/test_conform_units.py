"""Unit tests of the conform pieces: options, comparison, calling convention, rewriting,
generation and shrinking."""

from __future__ import annotations

import math

import numpy as np
import pytest
from conform_helpers import SPEC
from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.conform.compare import Agreement, compare
from jepa_formal.conform.convention import describe, signature_text, to_number, to_python
from jepa_formal.conform.generate import Drawer, analyse, round_to
from jepa_formal.conform.instance import Affine, RepLoss, Table, materialize
from jepa_formal.conform.options import DEFAULT_TOLERANCE, ConformOptions
from jepa_formal.conform.rewrite import bound_var_name, mentions, rewrite_law
from jepa_formal.conform.shrink import shrink
from jepa_formal.conform.spec import bound_def, load_env, resolve_name
from jepa_formal.errors import BindingError, UsageError
from jepa_formal.mirror.concrete.evaluate import compile_law
from jepa_formal.mirror.core.terms import Call, DefCall, Prim, TFloat

FULL = "NN.MLTheory.SelfSupervised.jepaLoss"


@pytest.fixture(scope="module")
def env():  # type: ignore[no-untyped-def]
    return load_env(SPEC)


def law(env, short):  # type: ignore[no-untyped-def]
    return next(lw for t, lw in env.laws() if t.name.endswith("." + short))


# --- options ----------------------------------------------------------------------------------


def test_tolerance_defaults_follow_the_dtype() -> None:
    assert ConformOptions().tolerance == DEFAULT_TOLERANCE["float64"]
    f32 = ConformOptions(dtype="float32").tolerance
    bf16 = ConformOptions(dtype="bfloat16").tolerance
    assert ConformOptions().tolerance[0] < f32[0] < bf16[0]
    assert ConformOptions(dtype="float32", rtol=0.5).tolerance == (0.5, f32[1])
    assert ConformOptions(exact=True, rtol=0.5).tolerance == (0.0, 0.0)


@pytest.mark.parametrize("kw", [{"dtype": "float16"}, {"lists": "tuple"}, {"dim": 0},
                                {"rtol": -1.0}, {"rep_loss": "huber"}, {"colour": True}])
def test_bad_options_are_usage_errors(kw: dict[str, object]) -> None:
    with pytest.raises(UsageError):
        ConformOptions.make(**kw)


# --- comparison -------------------------------------------------------------------------------


def test_compare_outcomes() -> None:
    assert compare("eq", 1.0, 1.0, 1e-9, 0).agreement is Agreement.EXACT
    close = compare("eq", 1.0, 1.0 + 1e-12, 1e-9, 0)
    assert close.agreement is Agreement.CLOSE and close.deviation > 0
    assert compare("eq", 1.0, 1.1, 1e-9, 0).agreement is Agreement.APART
    nan = compare("eq", math.nan, 0, 1.0, 1.0)
    assert nan.agreement is Agreement.APART and "NaN" in nan.reason
    assert compare("eq", math.nan, math.nan, 1, 1).agreement is Agreement.APART
    assert "infinite" in compare("eq", 0.0, math.inf, 1, 1).reason
    assert compare("le", 1.0 + 1e-12, 1.0, 1e-9, 0).agreement is Agreement.CLOSE
    assert compare("le", 2.0, 1.0, 1e-9, 0).agreement is Agreement.APART
    assert compare("eq", (1, 2), (1, 2), 0, 0).agreement is Agreement.EXACT


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, width=64, min_value=-1e6, max_value=1e6),
       st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
       st.floats(min_value=0, max_value=1), st.floats(min_value=0, max_value=1))
def test_compare_is_symmetric_and_matches_the_tolerance(a: float, b: float, rtol: float,
                                                        atol: float) -> None:
    ab, ba = compare("eq", a, b, rtol, atol), compare("eq", b, a, rtol, atol)
    assert ab.agreement is ba.agreement and ab.deviation == ba.deviation
    within = abs(a - b) <= atol + rtol * max(abs(a), abs(b))
    assert (ab.agreement is not Agreement.APART) == within
    assert (ab.agreement is Agreement.EXACT) == (a == b)


# --- spec, names ------------------------------------------------------------------------------


def test_bare_names_resolve_and_unknown_names_are_binding_errors(env) -> None:  # type: ignore[no-untyped-def]
    assert resolve_name(env, "jepaLoss") == FULL
    assert resolve_name(env, FULL) == FULL
    with pytest.raises(BindingError, match=r"unknown Lean definition 'jepaLos'.*jepaLoss"):
        resolve_name(env, "jepaLos")


def test_explicit_parameters_follow_the_lean_signature(env) -> None:  # type: ignore[no-untyped-def]
    bound = bound_def(env, FULL)
    assert [p.name for p in bound.explicit_params] == [
        "targetIdxs", "context", "target", "predict", "repLoss"]
    assert [p.name for p in bound.implicit_params] == ["n", "Context", "Target", "Pred"]
    text = signature_text(bound, ConformOptions(functions="array", dim=3))
    assert text == ("jepaLoss(targetIdxs: list[int], context: ndarray[3], target: ndarray[n, 3], "
                    "predict: callable(ndarray[3]) -> ndarray[n, 3], "
                    "repLoss: callable(ndarray[3], ndarray[3]) -> float) -> float")


# --- calling convention -----------------------------------------------------------------------


def test_lists_and_functions_follow_the_chosen_modes(env) -> None:  # type: ignore[no-untyped-def]
    bound = bound_def(env, FULL)
    idxs, _context, target, predict, rep = (p.ty for p in bound.explicit_params)
    lean = {"n": 2}
    rows = Table(((1.0, 2.0), (3.0, 4.0)))
    aff = Affine(((1.0, 0.0), (0.0, 1.0)), ((0.0, 0.0), (10.0, 10.0)))
    opts = ConformOptions(dim=2)
    assert to_python(idxs, (1, 0, 1), lean, opts) == [1, 0, 1]
    arr = to_python(idxs, (1, 0), lean, ConformOptions(lists="numpy"))
    assert arr.dtype == np.int64 and arr.tolist() == [1, 0]
    assert to_python(idxs, (), lean, ConformOptions(lists="numpy")).shape == (0,)
    f = to_python(target, rows, lean, opts)
    assert f(1).tolist() == [3.0, 4.0]
    a = to_python(target, rows, lean, ConformOptions(functions="array", dtype="float32"))
    assert a.shape == (2, 2) and a.dtype == np.float32
    p = to_python(predict, aff, lean, opts)
    assert p(np.array([1.0, 2.0]), 1).tolist() == [11.0, 12.0]
    p_all = to_python(predict, aff, lean, ConformOptions(functions="array"))
    assert p_all(np.array([1.0, 2.0])).tolist() == [[1.0, 2.0], [11.0, 12.0]]
    loss = to_python(rep, RepLoss("sq"), lean, opts)
    assert loss(np.array([[1.0, 1.0], [0.0, 0.0]]), np.zeros((2, 2))).tolist() == [2.0, 0.0]
    assert describe(idxs, ConformOptions(lists="numpy")) == "int64 array"


@pytest.mark.parametrize("value", [3, 2.5, np.float32(1.5), np.array(2.0), np.int64(4)])
def test_numbers_are_accepted(value: object) -> None:
    assert to_number(value, "f") == float(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, True, "1.0", np.zeros(3), [1.0], 1 + 2j])
def test_non_numbers_are_binding_errors(value: object) -> None:
    with pytest.raises(BindingError, match="f returned"):
        to_number(value, "f")


def test_a_torch_like_scalar_is_read_through_item() -> None:
    class Scalar:
        def item(self) -> float:
            return 0.25

        def numel(self) -> int:
            return 1

    assert to_number(Scalar(), "f") == 0.25


# --- rewriting --------------------------------------------------------------------------------


def test_rewrite_replaces_the_definition_and_lifts_the_glue_to_float(env) -> None:  # type: ignore[no-untyped-def]
    append = law(env, "jepaLoss_append")
    assert mentions(append, FULL)
    out = rewrite_law(append, FULL).law
    assert not mentions(out, FULL)
    assert out.binders[-1].name == bound_var_name(FULL)
    lhs, rhs = out.conclusion.args
    assert isinstance(lhs, Call) and isinstance(lhs.ty, TFloat)
    assert isinstance(rhs, Prim) and rhs.op == "add" and isinstance(rhs.ty, TFloat)
    nil = rewrite_law(law(env, "jepaLoss_nil"), FULL).law
    assert nil.conclusion.args[1].value == 0.0 and isinstance(nil.conclusion.args[1].ty, TFloat)
    assert not any(isinstance(a, DefCall) for a in nil.conclusion.args)


# --- generation -------------------------------------------------------------------------------


def test_ext_hypothesis_is_imposed_and_nan_lands_outside_the_selection(env) -> None:  # type: ignore[no-untyped-def]
    ext = rewrite_law(law(env, "jepaLoss_target_ext"), FULL).law
    plan = analyse(ext)
    assert [(t.f, t.g, t.over) for t in plan.ties] == [("target₁", "target₂", "idxs")]
    compiled = compile_law(ext, env)
    drawer = Drawer(plan, ConformOptions(), seed=1)
    nan_seen = 0
    for i in range(200):
        values = materialize(drawer.draw(i), plan.ties)
        assert compiled.hypotheses_hold(values)
        rows = values["target₂"].rows
        bad = {j for j, row in enumerate(rows) if any(math.isnan(x) for x in row)}
        assert not (bad & set(values["idxs"]))
        nan_seen += bool(bad)
    assert nan_seen > 20


def test_adversarial_shapes_come_first(env) -> None:  # type: ignore[no-untyped-def]
    plan = analyse(rewrite_law(law(env, "jepaLoss_append"), FULL).law)
    drawer = Drawer(plan, ConformOptions(values="int"), seed=0)
    first, second, third = (drawer.draw(i) for i in range(3))
    assert first["xs"] == first["ys"] == ()
    assert second["xs"] == (0, 0)
    assert set(third["xs"]) & set(third["ys"])
    later = [drawer.draw(i) for i in range(3, 100)]
    assert all(float(x).is_integer() for d in later for x in d["context"])
    assert any(len(set(d["xs"])) < len(d["xs"]) for d in later)


def test_bfloat16_rounding_keeps_eight_significant_bits() -> None:
    assert round_to(1.0 + 2**-9, "bfloat16") == 1.0
    assert round_to(1.0 + 2**-7, "bfloat16") == 1.0 + 2**-7
    assert round_to(0.1, "float32") == float(np.float32(0.1))
    assert round_to(0.1, "float64") == 0.1


# --- shrinking --------------------------------------------------------------------------------


def test_shrinking_finds_the_simplest_repeated_index(env) -> None:  # type: ignore[no-untyped-def]
    plan = analyse(rewrite_law(law(env, "jepaLoss_append"), FULL).law)
    drawer = Drawer(plan, ConformOptions(), seed=3)
    raw = next(r for r in (drawer.draw(i) for i in range(3, 400))
               if len(r["xs"]) > 2 and len(set(r["xs"])) < len(r["xs"]))

    def fails(cand: dict[str, object]) -> bool:
        xs = cand["xs"]
        return len(set(xs)) < len(xs)  # type: ignore[arg-type]

    small = shrink(plan, raw, fails, max_steps=2000)
    assert small["xs"] == (0, 0) and small["ys"] == () and small["n"] == 1
    assert all(x == 0.0 for x in small["context"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 4), max_size=6), st.lists(st.integers(0, 4), max_size=6),
       st.integers(1, 8))
def test_shrinking_keeps_failing_and_never_grows(xs: list[int], ys: list[int], k: int) -> None:
    from jepa_formal.conform.generate import Plan, Slot
    from jepa_formal.conform.shrink import sort_key

    plan = Plan((Slot("n", "size"), Slot("xs", "list", "n"), Slot("ys", "list", "n")), ())
    raw = {"n": 5, "xs": tuple(xs), "ys": tuple(ys)}

    def fails(c: dict[str, object]) -> bool:  # "the loss of xs ++ ys reaches k"
        return sum(c["xs"]) + sum(c["ys"]) >= k  # type: ignore[call-overload]

    if not fails(raw):
        return
    small = shrink(plan, raw, fails, max_steps=500)
    assert fails(small)
    assert sort_key(plan, small) <= sort_key(plan, raw)
    assert all(0 <= i < small["n"] for i in small["xs"] + small["ys"])
    for name in ("xs", "ys"):  # locally minimal: no element can be dropped or lowered
        v = small[name]
        for i in range(len(v)):
            assert not fails({**small, name: v[:i] + v[i + 1:]})
            if v[i] > 0:
                assert not fails({**small, name: (*v[:i], v[i] - 1, *v[i + 1:])})
