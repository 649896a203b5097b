"""Benchmark: instances per second of the numeric checker against a Hypothesis ``@given`` test.

Why: the numeric layer must be the fastest way to test a finite-index law in Python. Both
sides check the same law (``jepaLoss_append`` and ``jepaLoss_target_ext``) in the same run:
jepa-formal's ``numeric.search`` on the law as read from Lean, and a Hypothesis test written
directly in Python (a hand-written loss, ``st.lists(...)``, tables as lists) run for a fixed
number of examples with ``settings(database=None, deadline=None)``. Printed: instances/s of
each and their ratio, for the default search (half small scope, half random) and for random
instances only (the Hypothesis side draws ``n ≤ 6``; ours draws sizes up to 20).

Run: ``python benchmarks/numeric.py [--examples N] [--hypothesis-examples M]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jepa_formal.mirror.core.terms import Law
from jepa_formal.numeric import search

SPEC = os.path.join(os.path.dirname(__file__), "..", "specs", "jepa.lean")
NS = "NN.MLTheory.SelfSupervised."


def load_laws() -> tuple[dict[str, Law], Any, str]:
    """The seed laws read from ``specs/jepa.lean``; hand-built core laws if the reader or the
    elaborator are not usable yet."""
    try:
        from jepa_formal.mirror.core.env import Env
        from jepa_formal.reader import load

        env = Env.from_project(load([SPEC]))
        laws = {t.name.rsplit(".", 1)[-1]: law for t, law in env.laws() if isinstance(law, Law)}
        if {"jepaLoss_append", "jepaLoss_target_ext"} <= set(laws):
            return laws, env, "specs/jepa.lean via reader + elaborator"
    except Exception:  # the front end is still being written: fall back to the core laws
        pass
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "numeric"))
    import numeric_laws as hand

    laws = {"jepaLoss_append": hand.jepa_append(), "jepaLoss_target_ext": hand.jepa_target_ext()}
    return laws, hand.env(), "hand-built core laws (tests/numeric/numeric_laws.py)"


# --------------------------------------------------------------------------------------------
# The same laws written directly for Hypothesis
# --------------------------------------------------------------------------------------------


def jepa_loss(
    idxs: list[int], context: int, target: list[int], predict: list[list[int]], rep: list[list[int]]
) -> int:
    return sum(rep[target[i]][predict[context][i]] for i in idxs)


@st.composite
def jepa_instance(draw: Any, lists: int, targets: int) -> tuple[Any, ...]:
    n = draw(st.integers(0, 6))
    kc, kt, kp = (draw(st.integers(1, 3)) for _ in range(3))
    idx = st.integers(0, max(n - 1, 0))
    xs = [draw(st.lists(idx, max_size=20 if n else 0)) for _ in range(lists)]
    context = draw(st.integers(0, kc - 1))
    tgt = st.lists(st.integers(0, kt - 1), min_size=n, max_size=n)
    ts = [draw(tgt) for _ in range(targets)]
    predict = draw(
        st.lists(st.lists(st.integers(0, kp - 1), min_size=n, max_size=n), min_size=kc, max_size=kc)
    )
    rep = draw(
        st.lists(st.lists(st.integers(0, 20), min_size=kp, max_size=kp), min_size=kt, max_size=kt)
    )
    return xs, context, ts, predict, rep


def hypothesis_append(examples: int) -> Callable[[], int]:
    count = [0]

    @settings(
        max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(jepa_instance(lists=2, targets=1))
    def test(inst: tuple[Any, ...]) -> None:
        (xs, ys), ctx, (t,), pr, rep = inst
        count[0] += 1
        assert jepa_loss(xs + ys, ctx, t, pr, rep) == (
            jepa_loss(xs, ctx, t, pr, rep) + jepa_loss(ys, ctx, t, pr, rep)
        )

    def run() -> int:
        count[0] = 0
        test()
        return count[0]

    return run


def hypothesis_target_ext(examples: int) -> Callable[[], int]:
    count = [0]

    @settings(
        max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(jepa_instance(lists=1, targets=2))
    def test(inst: tuple[Any, ...]) -> None:
        (idxs,), ctx, (t1, t2), pr, rep = inst
        count[0] += 1
        if all(t1[i] == t2[i] for i in idxs):  # the hypothesis h, by filtering
            assert jepa_loss(idxs, ctx, t1, pr, rep) == jepa_loss(idxs, ctx, t2, pr, rep)

    def run() -> int:
        count[0] = 0
        test()
        return count[0]

    return run


def rate(fn: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    n = fn()
    return n / (time.perf_counter() - start), n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=20_000)
    ap.add_argument("--hypothesis-examples", type=int, default=1_000)
    args = ap.parse_args(argv)
    laws, env, source = load_laws()
    print(f"laws from {source}")
    print(f"{'law':24} {'run':22} {'inst/s':>10} {'Hypothesis inst/s':>18} {'ratio':>8}")
    for name, hyp in (
        ("jepaLoss_append", hypothesis_append),
        ("jepaLoss_target_ext", hypothesis_target_ext),
    ):
        law = laws[name]

        def ours(law: Law = law, share: float = 0.5) -> int:
            out = search(
                law, env, seed=0, max_examples=args.examples, timeout=600.0, small_scope_share=share
            )
            return out.examples

        search(law, env, seed=1, max_examples=200)  # warm caches (compiled defs, drawers)
        theirs, _ = rate(hyp(args.hypothesis_examples))
        for label, share in (("search (default)", 0.5), ("random instances only", 0.0)):
            mine, _ = rate(lambda share=share: ours(share=share))
            print(f"{name:24} {label:22} {mine:10,.0f} {theirs:18,.0f} {mine / theirs:7.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
