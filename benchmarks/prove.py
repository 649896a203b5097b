"""Benchmark of the prover: proof time of ``L (x₁ ++ … ++ x_K) = L x₁ + … + L x_K`` for growing
K (L = ``jepaLoss`` from specs/jepa.lean, and a plain ``List.sum``), the fitted growth exponent
in K, the proof time of every theorem of the bundled specs, the cost of confirming each
proof with Z3 (median and max per proof, and its share of the proof time), and how fast
``check`` refutes a false law next to how fast it proves the true one.

Every proof time is given cold (SymPy's cache cleared just before) and warm (the same proof
again right after): SymPy caches the results of its own operations, so a warm figure alone
flatters the prover.

Run: ``python benchmarks/prove.py`` (``--quick`` for K = 10, 50 only). Prints ratios measured
in the same run; the exponent is the slope of log(time) against log(K).
"""

from __future__ import annotations

import argparse
import glob
import math
import os
import statistics
import sys
import time

import jepa_formal.reader as reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import DefCall, Expr, Law, Prim, TList, TNat, TProp, Var
from jepa_formal.prove import prove_law
from jepa_formal.prove.confirm import STATS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JEPA = os.path.join(ROOT, "specs", "jepa.lean")


def chain_law(k: int, kind: str) -> tuple[Env | None, Law]:
    """``L (x₁ ++ … ++ x_K) = L x₁ + … + L x_K`` as a core law (built directly, so that the
    benchmark measures the prover and not the reader on very long terms). ``++`` and ``+``
    nest to the left, as Lean parses them."""
    if kind == "jepa":
        env = Env.from_project(reader.load([JEPA]))
        template = next(law for _, law in env.laws()
                        if isinstance(law, Law) and law.name.endswith("jepaLoss_append"))
        xs = next(b for b in template.binders if b.name == "xs")
        call = template.conclusion.args[1].args[0]  # jepaLoss xs … (the rhs's first term)
        slot = call.args.index(xs)
        elem_ty, total_ty = xs.ty, call.ty

        def reduce(lst: Expr) -> Expr:
            return DefCall(call.name, (*call.args[:slot], lst, *call.args[slot + 1:]),
                           total_ty)

        others = [b for b in template.binders if b.name not in ("xs", "ys")]
        cut = template.binders.index(xs)
    else:
        env = None
        elem_ty, total_ty = TList(TNat()), TNat()

        def reduce(lst: Expr) -> Expr:
            return Prim("List.sum", (lst,), total_ty)

        others, cut = [], 0
    names = [Var(f"x{i}", elem_ty) for i in range(1, k + 1)]
    chain: Expr = names[0]
    total: Expr = reduce(names[0])
    for x in names[1:]:
        chain = Prim("List.append", (chain, x), elem_ty)
        total = Prim("add", (total, reduce(x)), total_ty)
    binders = tuple(others[:cut]) + tuple(names) + tuple(others[cut:])
    law = Law(f"bench_{kind}_{k}", binders, (), Prim("eq", (reduce(chain), total), TProp()))
    return env, law


def timed_proof(law: Law, env: Env | None, *, cold: bool) -> tuple[float, object]:
    from sympy.core.cache import clear_cache

    if cold:
        clear_cache()
    start = time.perf_counter()
    out = prove_law(law, env, timeout=120.0)
    return time.perf_counter() - start, out


def time_chain(k: int, kind: str, repeats: int) -> tuple[float, float]:
    """Best cold and best warm proof time of the chain law with K lists."""
    env, law = chain_law(k, kind)
    cold = warm = math.inf
    for _ in range(repeats):
        seconds, out = timed_proof(law, env, cold=True)
        cold = min(cold, seconds)
        if out.status is None or out.status.value != "proved":  # type: ignore[attr-defined]
            raise SystemExit(f"K={k} ({kind}) not proved: {out.reason}")  # type: ignore[attr-defined]
        warm = min(warm, timed_proof(law, env, cold=False)[0])
    return cold, warm


def refute_versus_prove() -> None:
    """``check`` of the false mean law beside the true append law, in one process, from the
    verdicts' own ``seconds`` (as ``--format json`` reports them): the first one checked also
    pays the lazy imports of its layers, so both orders are shown."""
    from jepa_formal.check import CheckOptions, check_paths

    false = os.path.join(ROOT, "tests", "laws", "false_statements.lean")
    cases = (("true jepaLoss_append", JEPA, "jepaLoss_append"),
             ("false meanLoss_append", false, "meanLoss_append"))
    for order in (cases, cases[::-1]):
        seconds = {}
        for label, path, pattern in order:
            verdict = check_paths([path], CheckOptions(pattern=pattern)).verdicts[0]
            seconds[label] = verdict.seconds
            print(f"  {label:24s} {verdict.status.value:8s} {verdict.seconds * 1000:9.1f} ms")
        ratio = seconds["false meanLoss_append"] / seconds["true jepaLoss_append"]
        print(f"  refuting the false law takes {ratio:.2f}× proving the true one")


def fitted_exponent(ks: list[int], times: list[float]) -> float:
    xs, ys = [math.log(k) for k in ks], [math.log(t) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / \
        sum((x - mx) ** 2 for x in xs)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    ks = [10, 50] if args.quick else [10, 50, 200, 400]
    print("check: refuting a false law next to proving a true one")
    refute_versus_prove()
    print()
    for kind in ("jepa", "sum"):
        times = [time_chain(k, kind, args.repeats) for k in ks]
        for k, (cold, warm) in zip(ks, times, strict=True):
            print(f"{kind:5s} K={k:4d}: cold {cold * 1000:9.1f} ms  warm {warm * 1000:9.1f} ms  "
                  f"(cold {cold / times[0][0]:6.1f}× K={ks[0]})")
        print(f"{kind:5s} fitted exponent of cold time in K: "
              f"{fitted_exponent(ks, [c for c, _ in times]):.2f}")
    print()
    colds: list[float] = []
    costs: list[float] = []
    totals: list[float] = []
    for path in sorted(glob.glob(os.path.join(ROOT, "specs", "*.lean"))):
        env = Env.from_project(reader.load([path]))
        for _, law in env.laws():
            if not isinstance(law, Law):
                continue
            before = (STATS.seconds, STATS.queries)
            cold, out = timed_proof(law, env, cold=True)
            z3_seconds, queries = STATS.seconds - before[0], STATS.queries - before[1]
            warm, _ = timed_proof(law, env, cold=False)
            colds.append(cold)
            status = out.status.value if out.status else "undecided"  # type: ignore[attr-defined]
            if out.status is not None:  # type: ignore[attr-defined]
                costs.append(z3_seconds)
                totals.append(cold)
            print(f"{os.path.basename(path):22s} {law.name.rsplit('.', 1)[-1]:36s} "
                  f"{status:10s} cold {cold * 1000:8.1f} ms  warm {warm * 1000:8.1f} ms  "
                  f"(Z3 {z3_seconds * 1000:6.1f} ms, {queries} queries)  "
                  f"{out.method}; confirmed by {out.confirmed_by or '-'}")  # type: ignore[attr-defined]
    colds.sort()
    print(f"spec laws: cold proof time median {colds[len(colds) // 2] * 1000:.1f} ms, "
          f"max {colds[-1] * 1000:.1f} ms")
    if costs:
        share = sum(costs) / sum(totals) if sum(totals) else 0.0
        print(f"\ncost of confirmation per proof (Z3, {len(costs)} proofs): median "
              f"{statistics.median(costs) * 1000:.1f} ms, max {max(costs) * 1000:.1f} ms; "
              f"{share:.0%} of the proof time")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
