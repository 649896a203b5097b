"""Benchmark: concrete evaluations per second of ``jepaLoss_append`` beside plain Python.

Run: ``python benchmarks/evaluate.py [--instances N] [--seed S]``. Every version evaluates the
same random instances in the same run (generation excluded): the mirror's closures and the law
compiled to Python source (``numeric/compiled.py``), both on the values the search draws
(``TableFn`` tables, frames of binder values), and plain Python list code on the same
instances with tables as nested lists. The ratio compiled time / plain time is the figure to
watch (aim: at most 2).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jepa_formal import reader
from jepa_formal.mirror import Env, TableFn, compile_law
from jepa_formal.numeric.compiled import compile_fast

ROOT = Path(__file__).resolve().parent.parent
LAW = "NN.MLTheory.SelfSupervised.jepaLoss_append"


def instances(count: int, seed: int) -> list[dict[str, Any]]:
    """Random instances of the law's binders (types instantiated as small ``Fin k``)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, 5)
        k = rng.randint(1, 3)
        out.append({
            "n": n, "Context": k, "Target": k, "Pred": k,
            "xs": tuple(rng.randrange(n) for _ in range(rng.randint(0, 8))),
            "ys": tuple(rng.randrange(n) for _ in range(rng.randint(0, 8))),
            "context": rng.randrange(k),
            "target": TableFn(1, {(i,): rng.randrange(k) for i in range(n)}, 0),
            "predict": TableFn(2, {(c, i): rng.randrange(k) for c in range(k)
                                   for i in range(n)}, 0),
            "repLoss": TableFn(2, {(a, b): rng.randrange(10) for a in range(k)
                                   for b in range(k)}, 0),
        })
    return out


def plain(b: dict[str, Any]) -> dict[str, Any]:
    """The same instance as plain Python data: tables as nested lists."""
    n, k = b["n"], b["Context"]
    return {
        "xs": list(b["xs"]), "ys": list(b["ys"]), "context": b["context"],
        "target": [b["target"](i) for i in range(n)],
        "predict": [[b["predict"](c, i) for i in range(n)] for c in range(k)],
        "repLoss": [[b["repLoss"](t, p) for p in range(k)] for t in range(k)],
    }


def hand_written(b: dict[str, Any]) -> bool:
    """The law as a Python programmer would write it, on lists."""
    rep, target, predict, ctx = b["repLoss"], b["target"], b["predict"], b["context"]

    def jepa_loss(idxs: list[int]) -> int:
        return sum(rep[target[i]][predict[ctx][i]] for i in idxs)

    xs, ys = b["xs"], b["ys"]
    return jepa_loss(xs + ys) == jepa_loss(xs) + jepa_loss(ys)


def timed(check: Callable[[dict[str, Any]], bool], data: list[dict[str, Any]]) -> float:
    start = time.perf_counter()
    for b in data:
        if not check(b):
            raise SystemExit("the law failed on an instance: the benchmark is broken")
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    env = Env.from_project(reader.load([str(ROOT / "specs" / "jepa.lean")]))
    law = next(law for thm, law in env.laws() if thm.name == LAW)
    if not hasattr(law, "conclusion"):
        raise SystemExit(f"{LAW} did not elaborate: {law}")
    compiled = compile_law(law, env)  # type: ignore[arg-type]
    fast = compile_fast(law, env, compiled)  # type: ignore[arg-type]
    if fast is None:
        raise SystemExit("the law did not compile to Python source")
    data = instances(args.instances, args.seed)
    frames = [compiled.frame(b) for b in data]
    lists = [plain(b) for b in data]
    closures, source = compiled.conclusion, fast.conclusion
    t_closures = timed(closures, frames)
    t_source = timed(source, frames)
    t_hand = timed(hand_written, lists)
    n = len(data)
    out = sys.stdout
    out.write(f"law: {LAW}  instances: {n}  seed: {args.seed}\n")
    out.write(f"mirror closures:         {n / t_closures:12,.0f} evaluations/s\n")
    out.write(f"compiled Python source:  {n / t_source:12,.0f} evaluations/s\n")
    out.write(f"plain Python lists:      {n / t_hand:12,.0f} evaluations/s\n")
    out.write(f"ratio closures/plain:    {t_closures / t_hand:12.2f}x\n")
    out.write(f"ratio compiled/plain:    {t_source / t_hand:12.2f}x (aim: ≤ 2x)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
