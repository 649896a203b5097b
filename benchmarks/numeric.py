"""Benchmark: instances per second of every way to test the JEPA append law, side by side.

Why: the numeric layer must be the fastest way to test a finite-index law in Python, and the
figures must be honest: every contender checks the same law (``jepaLoss_append``:
``L (xs ++ ys) = L xs + L ys``) in the same run, generation included, and ratios are taken
against Hypothesis measured in that run. The contenders:

* Hypothesis: a ``@given`` test written directly in Python (``st.lists``, tables as lists),
  ``settings(database=None, deadline=None)``;
* a plain Python loop: ``random`` draws and the same hand-written loss;
* a hand-written NumPy batch: padded index arrays, tables as arrays, one gather per call;
* jepa-formal's search on the law as read from ``specs/jepa.lean``, random instances only, with
  each evaluator: ``scalar`` (the mirror's closures), ``compiled`` (the law compiled to Python
  source) and ``batched`` (NumPy batches, the default for large budgets);
* ``check --method numeric --max-examples N`` end to end (reader, elaboration, small scope,
  batches): instances per second of the verdict's own ``seconds``.

Run: ``python benchmarks/numeric.py [--examples N] [--hypothesis-examples M] [--check-examples K]``.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "..", "specs", "jepa.lean")
LAW = "NN.MLTheory.SelfSupervised.jepaLoss_append"


def jepa_loss(
    idxs: list[int], context: int, target: list[int], predict: list[list[int]], rep: list[list[int]]
) -> int:
    return sum(rep[target[i]][predict[context][i]] for i in idxs)


# --------------------------------------------------------------------------------------------
# Hypothesis
# --------------------------------------------------------------------------------------------


@st.composite
def jepa_instance(draw: Any) -> tuple[Any, ...]:
    n = draw(st.integers(0, 6))
    kc, kt, kp = (draw(st.integers(1, 3)) for _ in range(3))
    idx = st.integers(0, max(n - 1, 0))
    xs = draw(st.lists(idx, max_size=20 if n else 0))
    ys = draw(st.lists(idx, max_size=20 if n else 0))
    context = draw(st.integers(0, kc - 1))
    target = draw(st.lists(st.integers(0, kt - 1), min_size=n, max_size=n))
    predict = draw(
        st.lists(st.lists(st.integers(0, kp - 1), min_size=n, max_size=n), min_size=kc, max_size=kc)
    )
    rep = draw(
        st.lists(st.lists(st.integers(0, 20), min_size=kp, max_size=kp), min_size=kt, max_size=kt)
    )
    return xs, ys, context, target, predict, rep


def hypothesis_run(examples: int) -> int:
    count = [0]

    @settings(
        max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(jepa_instance())
    def test(inst: tuple[Any, ...]) -> None:
        xs, ys, ctx, t, pr, rep = inst
        count[0] += 1
        assert jepa_loss(xs + ys, ctx, t, pr, rep) == (
            jepa_loss(xs, ctx, t, pr, rep) + jepa_loss(ys, ctx, t, pr, rep)
        )

    test()
    return count[0]


# --------------------------------------------------------------------------------------------
# A plain Python loop and a hand-written NumPy batch
# --------------------------------------------------------------------------------------------


def plain_loop(examples: int) -> int:
    rng = random.Random(0)
    rand = rng.random
    for _ in range(examples):
        n = int(rand() * 7)
        kc, kt, kp = (1 + int(rand() * 3) for _ in range(3))
        xs = [int(rand() * n) for _ in range(int(rand() * 21))] if n else []
        ys = [int(rand() * n) for _ in range(int(rand() * 21))] if n else []
        ctx = int(rand() * kc)
        target = [int(rand() * kt) for _ in range(n)]
        predict = [[int(rand() * kp) for _ in range(n)] for _ in range(kc)]
        rep = [[int(rand() * 21) for _ in range(kp)] for _ in range(kt)]
        if jepa_loss(xs + ys, ctx, target, predict, rep) != (
            jepa_loss(xs, ctx, target, predict, rep) + jepa_loss(ys, ctx, target, predict, rep)
        ):
            raise SystemExit("the law failed: the benchmark is broken")
    return examples


def numpy_batch(examples: int, rows: int = 100_000) -> int:
    import numpy as np

    gen = np.random.default_rng(0)
    done = 0
    while done < examples:
        b = min(rows, examples - done)
        n = gen.integers(1, 7, b)
        k = gen.integers(1, 4, (3, b))
        width = 20
        lx, ly = gen.integers(0, 21, b), gen.integers(0, 21, b)
        pos = np.arange(width)
        xs = (gen.random((b, width)) * n[:, None]).astype(np.int64)
        ys = (gen.random((b, width)) * n[:, None]).astype(np.int64)
        mx, my = pos < lx[:, None], pos < ly[:, None]
        ctx = (gen.random(b) * k[0]).astype(np.int64)
        target = (gen.random((b, 6)) * k[1][:, None]).astype(np.int64)
        predict = (gen.random((b, 3, 6)) * k[2][:, None, None]).astype(np.int64)
        rep = gen.integers(0, 21, (b, 3, 3))
        tables = (np.arange(b)[:, None], ctx[:, None], target, predict, rep)
        both = _np_loss(tables, np.concatenate([xs, ys], axis=1), np.concatenate([mx, my], 1))
        if not (both == _np_loss(tables, xs, mx) + _np_loss(tables, ys, my)).all():
            raise SystemExit("the law failed: the benchmark is broken")
        done += b
    return done


def _np_loss(tables: tuple[Any, ...], idx: Any, mask: Any) -> Any:
    import numpy as np

    r, ctx, target, predict, rep = tables
    vals = rep[r, target[r, idx], predict[r, ctx, idx]]
    return np.where(mask, vals, 0).sum(axis=1)


# --------------------------------------------------------------------------------------------
# jepa-formal
# --------------------------------------------------------------------------------------------


def jepa_formal_runs(examples: int) -> dict[str, Callable[[], int]]:
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.numeric import search
    from jepa_formal.numeric.backend import Backend, concrete_backend
    from jepa_formal.reader import load

    env = Env.from_project(load([SPEC]))
    law = next(law for thm, law in env.laws() if thm.name == LAW)
    full = concrete_backend()
    backends = {
        "scalar (closures)": Backend(full.compile_law, full.evaluate, full.compile_expr),
        "compiled (Python source)": Backend(
            full.compile_law, full.evaluate, full.compile_expr, full.compile_fast
        ),
        "batched (NumPy)": full,
    }

    def runner(backend: Backend, n: int) -> Callable[[], int]:
        def run() -> int:
            out = search(law, env, seed=0, max_examples=n, timeout=3600.0, backend=backend,
                         small_scope_share=0.0)
            if out.status.value != "tested":
                raise SystemExit(f"unexpected outcome: {out.detail}")
            return out.examples

        return run

    for backend in backends.values():  # warm: compiled definitions, drawers, NumPy import
        runner(backend, 12_000 if backend is full else 200)()
    return {
        label: runner(backend, examples if backend is full else max(examples // 20, 2000))
        for label, backend in backends.items()
    }


def check_numeric(examples: int) -> tuple[float, int]:
    """``check --method numeric --max-examples N`` on the law: instances/s of its verdict."""
    from jepa_formal.check import CheckOptions, check_paths

    options = CheckOptions(method="numeric", max_examples=examples, timeout=3600.0,
                           pattern="jepaLoss_append")
    verdict = check_paths([SPEC], options).verdicts[0]
    return verdict.examples / verdict.seconds, verdict.examples


def rate(fn: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    n = fn()
    return n / (time.perf_counter() - start), n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--examples", type=int, default=200_000, help="instances for batched runs")
    ap.add_argument("--hypothesis-examples", type=int, default=1_000)
    ap.add_argument("--check-examples", type=int, default=200_000)
    args = ap.parse_args(argv)
    rows: list[tuple[str, float, int]] = []
    hyp, n = rate(lambda: hypothesis_run(args.hypothesis_examples))
    rows.append(("Hypothesis @given", hyp, n))
    rows.append(("plain Python loop", *rate(lambda: plain_loop(max(args.examples // 10, 1000)))))
    rows.append(("hand-written NumPy batch", *rate(lambda: numpy_batch(args.examples))))
    for label, run in jepa_formal_runs(args.examples).items():
        rows.append((f"jepa-formal search, {label}", *rate(run)))
    rows.append((f"check --method numeric --max-examples {args.check_examples}",
                 *check_numeric(args.check_examples)))
    plain = rows[1][1]
    print(f"law: {LAW} (random instances; generation included)")
    print(f"{'method':58} {'instances':>10} {'inst/s':>12} {'× Hypothesis':>13} {'× plain':>8}")
    for label, speed, count in rows:
        print(f"{label:58} {count:10,} {speed:12,.0f} {speed / hyp:12.1f}x {speed / plain:7.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
