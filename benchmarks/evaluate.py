"""Benchmark: concrete evaluations per second of ``jepaLoss_append`` beside plain Python.

Run: ``python benchmarks/evaluate.py [--instances N] [--seed S] [--rounds R]``. Every version
evaluates the same random instances in the same run (generation excluded): the mirror's
closures and the law compiled to Python source (``numeric/compiled.py``), both on the values
the search draws (frames of binder values; tables built by the search's own ``full_table``,
so the ones over ``Fin`` domains carry their ``dense`` form as in the random search), and plain
Python list code on the same instances with tables as nested lists. The ratio compiled time /
plain time is the figure to watch (aim: at most 2). Two more rows, same instances: the compiled
source on the same tables without their ``dense`` form (how it reads a table that was not
drawn in full: the small scope's, a repaired one), and the search's whole test of one
instance (``search._Run``: the frame built from the binder dictionary, the budget counters,
the hypotheses and conclusion). Times are the process's CPU time; ``--rounds`` repeats the
timings, interleaved, and prints every round (on a shared machine compare rounds, not single
figures).
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
from jepa_formal.numeric.generate import full_table
from jepa_formal.numeric.search import _Run

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
            "target": _drawn([(i,) for i in range(n)], rng, k, (n,)),
            "predict": _drawn([(c, i) for c in range(k) for i in range(n)], rng, k, (k, n)),
            "repLoss": _drawn([(a, b) for a in range(k) for b in range(k)], rng, 10, (k, k)),
        })
    return out


def _drawn(keys: list[tuple[int, ...]], rng: random.Random, results: int,
           sizes: tuple[int, ...]) -> TableFn:
    """A table over ``Fin`` domains, results below ``results``, as the search's drawer builds
    it (``full_table``). Its dictionary, which the search builds only when something reads
    it, is built here at once: built later, inside ``plain``, it scattered the plain lists
    among the dictionaries and the plain loop ran ~20 % slower on the same data."""
    fn = full_table(len(sizes), keys, [rng.randrange(results) for _ in keys], 0, sizes,
                    plain=True)
    len(fn.table)  # (no evaluation is timed here)
    return fn


def without_dense(b: dict[str, Any]) -> dict[str, Any]:
    """The same instance, its tables without their ``dense`` form (read through the dict)."""
    return {k: TableFn(v.arity, v.table, v.default) if isinstance(v, TableFn) else v
            for k, v in b.items()}


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


def timed(check: Callable[[Any], bool], data: list[Any]) -> float:
    """CPU seconds of this process to check every instance (on a shared machine the wall
    clock also counts the time other processes held the core)."""
    start = time.process_time()
    for b in data:
        if not check(b):
            raise SystemExit("the law failed on an instance: the benchmark is broken")
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=1)
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
    lists = [plain(b) for b in data]
    frames = [compiled.frame(b) for b in data]
    sparse = [compiled.frame(without_dense(b)) for b in data]
    closures, source = compiled.conclusion, fast.conclusion
    n = len(data)
    out = sys.stdout
    out.write(f"law: {LAW}  instances: {n}  seed: {args.seed}\n")
    for r in range(args.rounds):
        t_closures = timed(closures, frames)
        t_source = timed(source, frames)
        t_sparse = timed(source, sparse)
        t_search = timed(_search_test(fast), data)
        t_hand = timed(hand_written, lists)
        if args.rounds > 1:
            out.write(f"round {r + 1}\n")
        out.write(f"mirror closures:         {n / t_closures:12,.0f} evaluations/s\n")
        out.write(f"compiled Python source:  {n / t_source:12,.0f} evaluations/s\n")
        out.write(f"  tables without dense:  {n / t_sparse:12,.0f} evaluations/s\n")
        out.write(f"  the search's test:     {n / t_search:12,.0f} instances/s\n")
        out.write(f"plain Python lists:      {n / t_hand:12,.0f} evaluations/s\n")
        out.write(f"ratio closures/plain:    {t_closures / t_hand:12.2f}x\n")
        out.write(f"ratio compiled/plain:    {t_source / t_hand:12.2f}x (aim: ≤ 2x)\n")
        out.write(f"  without dense/plain:   {t_sparse / t_hand:12.2f}x\n")
        out.write(f"  search's test/plain:   {t_search / t_hand:12.2f}x\n")
    return 0


def _search_test(fast: Any) -> Callable[[dict[str, Any]], bool]:
    """Whether an instance (a binder dictionary) passes the search's own test of it."""
    fails = _Run(fast).fails
    return lambda b: not fails(b)


if __name__ == "__main__":
    raise SystemExit(main())
