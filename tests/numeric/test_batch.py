"""Batched NumPy evaluation (``numeric/batch.py``): agreement with the mirror, int64 overflow,
failing rows shrunk, NumPy imported only when a batch runs."""

from __future__ import annotations

import glob
import os
import subprocess
import sys
import time

import numpy as np
import pytest

from jepa_formal.mirror import compile_law
from jepa_formal.mirror.core.env import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.numeric import search
from jepa_formal.numeric.batch import (
    draw_batch,
    evaluate_batch,
    plan,
    row_instance,
    run_batches,
)
from jepa_formal.reader import load, parse_text
from jepa_formal.verdict import Status

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
FILES = sorted(
    glob.glob(os.path.join(ROOT, "specs", "*.lean"))
    + [
        os.path.join(ROOT, "tests", "laws", name)
        for name in ("true_laws.lean", "false_statements.lean", "mutants.lean")
    ]
)


def laws_of(text: str) -> tuple[dict[str, Law], Env]:
    env = Env.from_decls(parse_text(text).decls)
    return {t.name: law for t, law in env.laws() if isinstance(law, Law)}, env


def test_every_batched_row_agrees_with_the_mirror() -> None:
    batchable = 0
    for path in FILES:
        env = Env.from_project(load([path]))
        for thm, law in env.laws():
            if not isinstance(law, Law) or (p := plan(law, env)) is None:
                continue
            batchable += 1
            slow = compile_law(law, env)
            batch = draw_batch(p, np, np.random.default_rng(len(thm.name)), 200)
            holds = evaluate_batch(p, np, env, batch)
            for row in np.flatnonzero(batch.valid):
                inst = row_instance(p, batch, int(row))
                assert bool(holds[row]) == slow.conclusion_holds(inst), (thm.name, inst)
    assert batchable >= 20  # the JEPA laws, masking, the ℕ/Fin traps…


def test_laws_outside_the_fragment_have_no_plan() -> None:
    laws, env = laws_of(
        "theorem real_sum (xs : List ℝ) : xs.sum = xs.reverse.sum := sorry\n"
        "theorem hyp (a : ℕ) (h : 0 < a) : 1 ≤ a := sorry\n"
        "theorem take (xs : List (Fin 3)) : (xs.take 2).length ≤ 2 := sorry\n"
    )
    assert all(plan(law, env) is None for law in laws.values())


def test_a_batch_that_could_overflow_int64_is_redone_exactly() -> None:
    # a * 2^62 * 4 wraps to 0 in int64; the law is true in ℕ and must stay tested
    laws, env = laws_of(
        "theorem big (a : ℕ) (f : Fin 2 → ℕ) : "
        "a * 4611686018427387904 * 4 + f 0 ≠ f 0 ∨ a = 0 := sorry\n"
    )
    law = laws["big"]
    p = plan(law, env)
    assert p is not None
    slow = compile_law(law, env)
    out = run_batches(
        p, env, seed=1, examples=3000, deadline=time.perf_counter() + 60,
        fails=lambda inst: not slow.conclusion_holds(inst), clock=time.perf_counter,
    )
    assert out.found is None and out.examples == 3000
    assert out.exact_rows == 3000
    assert search(law, env, seed=0, max_examples=15_000, timeout=60).status is Status.TESTED


def test_a_failing_row_is_confirmed_and_shrunk() -> None:
    # lists of length 15 are out of the small scope's reach; the batches find one (the
    # literal scope, which would build a list of the literal length 15, is left out here)
    laws, env = laws_of(
        "theorem short {n : ℕ} (xs : List (Fin n)) (f : Fin n → ℕ) : "
        "xs.length < 15 ∨ (xs.map f).sum = 0 := sorry\n"
    )
    out = search(laws["short"], env, seed=3, max_examples=40_000, timeout=60, literal_share=0)
    assert out.status is Status.REFUTED
    cex = dict(out.counterexample.bindings)
    assert cex["xs"] == "[" + ", ".join(["0"] * 15) + "]"
    assert cex["n"] == "1"
    assert "random search" in out.detail


def test_batches_are_deterministic_for_a_seed() -> None:
    env = Env.from_project(load([os.path.join(ROOT, "specs", "jepa.lean")]))
    law = next(law for t, law in env.laws() if t.name.endswith("jepaLoss_append"))
    a = search(law, env, seed=5, max_examples=25_000, timeout=120)
    b = search(law, env, seed=5, max_examples=25_000, timeout=120)
    assert a.status is b.status is Status.TESTED
    assert a.detail == b.detail and "NumPy batches" in a.detail


@pytest.mark.parametrize("examples, imported", [(2000, False), (25_000, True)])
def test_numpy_is_imported_only_when_a_batch_runs(examples: int, imported: bool) -> None:
    code = (
        "import sys\n"
        "from jepa_formal.cli import main\n"
        f"main(['check', {os.path.join(ROOT, 'specs', 'jepa.lean')!r}, '-k', 'append', "
        f"'--method', 'numeric', '--max-examples', '{examples}', '-j', '1', '--no-cache'])\n"
        "print('numpy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, timeout=600)
    assert done.stdout.strip().splitlines()[-1] == str(imported), done.stderr
