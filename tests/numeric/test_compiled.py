"""The source-compiled evaluator (``numeric/compiled.py``) agrees with the mirror's closures.

Differential: every law of the bundled specs and of the laws corpus (true laws, false
statements, soundness mutants) is evaluated by both on random instances drawn the way the
search draws them; hypotheses and conclusion must agree on each (or both must give up). The
compiled evaluator runs each instance twice: as drawn (a table over ``Fin`` domains applied by
subscripts of its ``dense`` form) and with its tables' ``dense`` forms removed (applied
through the table's dictionary, as a repaired or enumerated table is).
"""

from __future__ import annotations

import glob
import os
from random import Random
from typing import Any

import pytest

from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.mirror import compile_law
from jepa_formal.mirror.core.env import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.mirror.core.values import TableFn
from jepa_formal.numeric.backend import concrete_backend
from jepa_formal.numeric.compiled import compile_fast
from jepa_formal.numeric.generate import MAX_TABLE
from jepa_formal.numeric.search import build_space
from jepa_formal.reader import load

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
FILES = sorted(
    glob.glob(os.path.join(ROOT, "specs", "*.lean"))
    + [
        os.path.join(ROOT, "tests", "laws", name)
        for name in ("true_laws.lean", "false_statements.lean", "mutants.lean")
    ]
)


def _outcome(fn: Any, frame: tuple[Any, ...]) -> Any:
    try:
        return bool(fn(frame))
    except (BudgetExceeded, Unsupported, RecursionError) as exc:
        return type(exc).__name__


@pytest.mark.parametrize("path", FILES, ids=os.path.basename)
def test_compiled_and_closure_evaluators_agree(path: str) -> None:
    assert _agree_on(path) > 0


CLASS_LAWS = """
theorem add_comm' {α : Type} [AddCommMonoid α] (a b : α) : a + b = b + a := sorry
theorem add_zero' {α : Type} [Add α] [Zero α] (a : α) : a + 0 = a := sorry
theorem le_add {α : Type} [OrderedAddCommMonoid α] (a b c : α) (h : a ≤ b) :
    a + c ≤ b + c := sorry
theorem sum_rev {α : Type} [AddMonoid α] (f : ℕ → α) (xs : List ℕ) :
    (xs.reverse.map f).sum = (xs.map f).sum := sorry
theorem two_mul' {α : Type} [Mul α] [Add α] [One α] (a : α) : (1 + 1) * a = a + a := sorry
theorem mem_eq {α : Type} [Add α] (a : α) (xs : List α) (h : a ∈ xs) :
    (xs.map (fun x => x + a)).length = xs.length := sorry
"""


def test_laws_over_class_constrained_type_variables_compile_and_agree(tmp_path: Any) -> None:
    """The instance's operations (its ``0``, ``+``, ``≤``, ``=``) are the mirror's closures
    inside the generated source, so such a law is compiled like any other and agrees."""
    path = tmp_path / "classes.lean"
    path.write_text(CLASS_LAWS, encoding="utf-8")
    assert _agree_on(str(path)) == 6


def _agree_on(path: str) -> int:
    """How many laws of ``path`` compile; asserts both evaluators agree on each instance."""
    env = Env.from_project(load([path]))
    backend = concrete_backend()
    compiled_laws = 0
    for _, law in env.laws():
        if not isinstance(law, Law):
            continue
        try:
            slow = compile_law(law, env)
        except Unsupported:
            continue
        fast = compile_fast(law, env, slow)
        if fast is None:
            continue
        compiled_laws += 1
        space = build_space(law, env, backend)
        rng = Random(law.name)
        for j in range(60):
            inst = space.draw(rng, 1 + j % 8)
            if inst is None:
                continue
            frame = slow.frame(inst)
            for fast_frame in (frame, tuple(map(_without_dense, frame))):
                for h_fast, h_slow in zip(fast.hypotheses, slow.hypotheses, strict=True):
                    assert _outcome(h_fast, fast_frame) == _outcome(h_slow, frame), (
                        law.name, inst)
                assert _outcome(fast.conclusion, fast_frame) == _outcome(
                    slow.conclusion, frame), (law.name, inst)
    return compiled_laws


def _without_dense(value: Any) -> Any:
    if isinstance(value, TableFn):
        return TableFn(value.arity, value.table, value.default)
    return value


def test_the_append_law_compiles_to_plain_python() -> None:
    env = Env.from_project(load([os.path.join(ROOT, "specs", "jepa.lean")]))
    law = next(law for t, law in env.laws() if t.name.endswith("jepaLoss_append"))
    fast = compile_fast(law, env)
    assert fast is not None
    assert "sum([" in fast.source and "_k" not in fast.source  # no closure fallback
    # drawn tables by subscripts, any other table through its dictionary
    assert "v10_t[v8_t[" in fast.source and "_table(v10)" in fast.source


def test_the_search_draws_the_append_laws_tables_with_their_dense_form() -> None:
    """What ``benchmarks/evaluate.py`` times (tables with ``dense``) is what the random
    search draws for this law, and both variants of its source give the mirror's answer."""
    env = Env.from_project(load([os.path.join(ROOT, "specs", "jepa.lean")]))
    law = next(law for t, law in env.laws() if t.name.endswith("jepaLoss_append"))
    slow = compile_law(law, env)
    fast = compile_fast(law, env, slow)
    assert fast is not None
    space = build_space(law, env, concrete_backend())
    rng = Random(3)
    drawn = [inst for inst in (space.draw(rng, 1 + j % 10) for j in range(200)) if inst]
    small = [inst for inst in drawn if inst["n"] * 3 <= MAX_TABLE]  # drawn in full
    assert len(small) > 100
    tables = [v for inst in small for v in inst.values() if isinstance(v, TableFn)]
    assert all(t.dense is not None for t in tables)
    for inst in drawn:
        frame = slow.frame(inst)
        assert fast.conclusion(frame) is True
        assert fast.conclusion(tuple(map(_without_dense, frame))) is True
