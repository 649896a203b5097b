"""Benchmark of the prover: proof time of ``L (x₁ ++ … ++ x_K) = L x₁ + … + L x_K`` for growing
K (L = ``jepaLoss`` from specs/jepa.lean, and a plain ``List.sum``), the fitted growth exponent
in K, and the proof time of every theorem of the bundled specs.

Run: ``python benchmarks/prove.py`` (``--quick`` for K = 10, 50 only). Prints ratios measured
in the same run; the exponent is the slope of log(time) against log(K).
"""

from __future__ import annotations

import argparse
import glob
import math
import os
import sys
import tempfile
import time

import jepa_formal.reader as reader
from jepa_formal.mirror import Env
from jepa_formal.prove import prove_law

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JEPA = os.path.join(ROOT, "specs", "jepa.lean")


def chain_theorem(k: int, kind: str) -> str:
    names = [f"x{i}" for i in range(1, k + 1)]
    joined = " ++ ".join(names)
    if kind == "jepa":
        args = "context target predict repLoss"
        lhs = f"jepaLoss ({joined}) {args}"
        rhs = " + ".join(f"jepaLoss {x} {args}" for x in names)
        return (f"theorem bench_chain_{k} {{n : ℕ}} {{Context Target Pred : Type}} "
                f"({' '.join(names)} : List (Fin n)) (context : Context) "
                "(target : Fin n → Target) (predict : Context → Fin n → Pred) "
                f"(repLoss : Target → Pred → ℕ) :\n    {lhs} = {rhs} := by\n  simp\n")
    lhs = f"({joined}).sum"
    rhs = " + ".join(f"{x}.sum" for x in names)
    return (f"theorem bench_sum_{k} ({' '.join(names)} : List ℕ) :\n    {lhs} = {rhs} := by\n"
            "  simp\n")


def load_laws(text: str) -> tuple[Env, list]:
    with tempfile.NamedTemporaryFile("w", suffix=".lean", delete=False) as fh:
        fh.write(text)
        path = fh.name
    try:
        env = Env.from_project(reader.load([path]))
        return env, [law for _, law in env.laws() if hasattr(law, "conclusion")]
    finally:
        os.unlink(path)


def time_chain(k: int, kind: str, repeats: int) -> float:
    base = open(JEPA, encoding="utf-8").read()
    extra = chain_theorem(k, kind)
    if kind == "jepa":
        text = base.replace("end NN.MLTheory.SelfSupervised", extra +
                            "\nend NN.MLTheory.SelfSupervised")
    else:
        text = extra
    env, laws = load_laws(text)
    law = next(x for x in laws if "bench_" in x.name)
    best = math.inf
    for _ in range(repeats):
        start = time.perf_counter()
        out = prove_law(law, env, timeout=120.0)
        best = min(best, time.perf_counter() - start)
        if out.status is None or out.status.value != "proved":
            raise SystemExit(f"K={k} ({kind}) not proved: {out.reason}")
    return best


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
    ks = [10, 50] if args.quick else [10, 50, 200]
    for kind in ("jepa", "sum"):
        times = [time_chain(k, kind, args.repeats) for k in ks]
        for k, t in zip(ks, times, strict=True):
            print(f"{kind:5s} K={k:4d}: {t * 1000:9.1f} ms  ({t / times[0]:6.1f}× K={ks[0]})")
        print(f"{kind:5s} fitted exponent of time in K: {fitted_exponent(ks, times):.2f}")
    print()
    for path in sorted(glob.glob(os.path.join(ROOT, "specs", "*.lean"))):
        env = Env.from_project(reader.load([path]))
        for _, law in env.laws():
            if not hasattr(law, "conclusion"):
                continue
            out = prove_law(law, env)
            status = out.status.value if out.status else "undecided"
            print(f"{os.path.basename(path):22s} {law.name.rsplit('.', 1)[-1]:36s} "
                  f"{status:10s} {out.seconds * 1000:8.1f} ms  {out.method}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
