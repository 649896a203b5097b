"""The compiled evaluator of conform (laws written to Python source once, ``compiled.py``; the
adapters' calls written out for their signature; the drawing written out per plan; the
search loop with the evaluation of an instance written in place) gives the same reports as
the mirror's closures instance by instance and the method-by-method drawing: same statuses, the
same instances tested, the same deviations, the same shrunk counterexamples, on every example
of every bundled spec (the runs of the README tables)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
from conform_helpers import EXAMPLES, ROOT

from jepa_formal.conform import runner
from jepa_formal.conform.binding import load_callable, parse_bind
from jepa_formal.conform.compiled import ConformLaw, compile_conform
from jepa_formal.conform.convention import Adapter
from jepa_formal.conform.generate import Drawer, analyse
from jepa_formal.conform.options import ConformOptions
from jepa_formal.conform.rewrite import bound_var_name, mentions_any, rewrite_law
from jepa_formal.conform.runner import run_conformance
from jepa_formal.conform.spec import bound_def, load_env, resolve_name
from jepa_formal.errors import Unsupported


def _table_module() -> Any:
    spec = importlib.util.spec_from_file_location("readme_table", EXAMPLES / "readme_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TABLE = _table_module()
RUNS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("jepa.lean", "jepaLoss", target, flags) for _, target, flags in _TABLE.JEPA
] + [(spec, name, target, flags) for _, spec, name, target, flags in _TABLE.OTHERS]


def _report(evaluator: str, spec: str, name: str, target: str, flags: dict[str, Any],
            monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(runner, "EVALUATOR", evaluator)
    monkeypatch.setattr(runner, "FUSED", evaluator == "compiled")  # the loop written out too
    func = load_callable(parse_bind(f"{name}={EXAMPLES / target}"))
    return run_conformance(str(ROOT / "specs" / spec), [(name, func, target)],
                           **{"functions": "array", "max_examples": 60, **flags})


@pytest.mark.parametrize("run", RUNS, ids=[f"{r[0]}:{r[2]}:{sorted(r[3].items())}"
                                           for r in RUNS])
def test_compiled_and_mirror_evaluators_report_the_same(
        run: tuple[str, str, str, dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    spec, name, target, flags = run
    mirror = _report("mirror", spec, name, target, flags, monkeypatch)
    compiled = _report("compiled", spec, name, target, flags, monkeypatch)
    assert [r.status for r in compiled.results] == [r.status for r in mirror.results]
    # every field, counterexamples and findings included (repr: NaN equals NaN there)
    for a, b in zip(compiled.results, mirror.results, strict=True):
        assert repr(a) == repr(b), a.name


def _laws_of(spec: str, name: str) -> list[tuple[Any, Any, Adapter]]:
    env = load_env(str(ROOT / "specs" / spec))
    bound = bound_def(env, resolve_name(env, name))
    opts = ConformOptions.make(ConformOptions(), functions="array")
    adapter = Adapter(bound, lambda *args: 0.0, opts, "f")
    out = []
    for thm, law in env.laws():
        if isinstance(law, Unsupported) or not mentions_any(law, frozenset({bound.full_name}),
                                                            env):
            continue
        out.append((thm, law, adapter))
    return out


SPECS = sorted({(r[0], r[1]) for r in RUNS})


@pytest.mark.parametrize("spec_name", SPECS, ids=[s[0] for s in SPECS])
def test_every_law_of_the_bundled_specs_is_compiled(spec_name: tuple[str, str]) -> None:
    """The compiled path is the one the runs take (no law falls back to the closures)."""
    from jepa_formal.mirror.concrete.evaluate import compile_law

    spec, name = spec_name
    env = load_env(str(ROOT / "specs" / spec))
    laws = _laws_of(spec, name)
    assert laws
    for thm, law, adapter in laws:
        var = bound_var_name(adapter.bound.full_name)
        rewritten = rewrite_law(law, {adapter.bound.full_name: var}, env)
        plan = analyse(rewritten.law, env)
        slow = compile_law(rewritten.law, env)
        frame = {var: adapter.direct, **dict(rewritten.helpers)}
        fast = compile_conform(rewritten.law, env, slow, frame)
        assert isinstance(fast, ConformLaw), thm.name
        assert (fast.lhs is None) == (slow.lhs is None)
        assert plan.slots


@pytest.mark.parametrize("flags", [{}, {"dtype": "float32"}, {"values": "int"},
                                   {"dtype": "bfloat16"}])
def test_the_written_out_draw_draws_what_the_methods_draw(flags: dict[str, Any]) -> None:
    from jepa_formal.conform.instance import Affine, Table

    def canon(v: Any) -> Any:
        if isinstance(v, Table):
            return ("table", v.rows)
        if isinstance(v, Affine):
            return ("affine", v.w, v.e)
        return v

    opts = ConformOptions.make(ConformOptions(), **flags)
    seen = 0
    for spec, name in SPECS:
        env = load_env(str(ROOT / "specs" / spec))
        for thm, law, _ in _laws_of(spec, name):
            plan = analyse(rewrite_law(law, {}, env).law, env)
            fast, slow = Drawer(plan, opts, 11), Drawer(plan, opts, 11)
            for index in range(40):
                a, b = fast.draw(index), Drawer.draw(slow, index)  # written out / methods
                assert list(a) == list(b), thm.name
                assert repr({k: canon(v) for k, v in a.items()}) == \
                    repr({k: canon(v) for k, v in b.items()}), (thm.name, index)
                seen += 1
    assert seen > 1000


def test_a_callable_that_raises_is_reported_the_same_by_both(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    impl = tmp_path / "impl.py"
    impl.write_text(
        "def f(idxs, context, target, predict, rep_loss):\n"
        "    if len(idxs) > 1:\n"
        "        raise ValueError('too long')\n"
        "    return float(rep_loss(target[idxs], predict(context)[idxs]).sum())\n")
    reports = []
    for evaluator in ("mirror", "compiled"):
        monkeypatch.setattr(runner, "EVALUATOR", evaluator)
        monkeypatch.setattr(runner, "FUSED", evaluator == "compiled")
        func = load_callable(parse_bind(f"jepaLoss={impl}:f"))
        reports.append(run_conformance(str(ROOT / "specs" / "jepa.lean"),
                                       [("jepaLoss", func, None)], functions="array",
                                       max_examples=40))
    mirror, compiled = reports
    assert {r.status for r in compiled.results} >= {"error"}
    def text(rep: Any) -> list[str]:  # function addresses in the call differ
        return [re.sub(r" at 0x[0-9a-f]+", "", repr(r)) for r in rep.results]

    assert text(compiled) == text(mirror)


@pytest.mark.parametrize("target", ["jepa_sum.py", "jepa_mean.py", "jepa_mask01.py"])
@pytest.mark.parametrize("timeout", [10.0, 0.0], ids=["worker", "in-process"])
def test_a_second_run_reuses_the_drawn_instances_and_reports_the_same(
        target: str, timeout: float, monkeypatch: pytest.MonkeyPatch) -> None:
    """Instances are drawn once per process (``runner._DRAWN``, filled before the worker is
    forked): a second run draws nothing (a ``Drawer`` would raise) and its report, shrunk
    counterexamples included, is the first run's."""
    monkeypatch.setattr(runner, "_DRAWN", {})
    func = load_callable(parse_bind(f"jepaLoss={EXAMPLES / target}:jepa_loss"))
    spec = str(ROOT / "specs" / "jepa.lean")
    options = {"functions": "array", "max_examples": 40, "call_timeout": timeout}
    first = run_conformance(spec, [("jepaLoss", func, target)], **options)
    assert len(runner._DRAWN) == len(first.results)

    def drawer(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("drawn again")

    monkeypatch.setattr(runner, "Drawer", drawer)
    second = run_conformance(spec, [("jepaLoss", func, target)], **options)
    assert repr(second.results) == repr(first.results)
    assert not any(r.internal for r in second.results)


def test_the_kept_instances_are_bounded_and_the_least_recently_used_go_first(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "_DRAWN", {})
    monkeypatch.setattr(runner, "MAX_DRAWN", 100)  # two laws of 40 instances
    func = load_callable(parse_bind(f"jepaLoss={EXAMPLES / 'jepa_sum.py'}:jepa_loss"))
    spec = str(ROOT / "specs" / "jepa.lean")
    options = {"functions": "array", "max_examples": 40, "call_timeout": 0}
    whole = run_conformance(spec, [("jepaLoss", func, None)], **options)
    assert sum(len(d.raws) for d in runner._DRAWN.values()) == 80
    last = [d.raws for d in runner._DRAWN.values()]
    assert len(last) == 2
    one = run_conformance(spec, [("jepaLoss", func, None)], laws=("jepaLoss_nil",), **options)
    assert repr(one.results) == repr(whole.results[:1])
    kept = [d.raws for d in runner._DRAWN.values()]
    assert kept[0] is last[1] and kept[1] is not last[0]  # the oldest went, nil came last
