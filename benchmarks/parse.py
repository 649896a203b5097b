"""Benchmark: parsing throughput of the reader (KB/s) on a generated corpus of realistic Lean.

Why: ``jepa-formal check`` reads whole projects before checking anything, so reading must be
cheap next to checking. The corpus is TorchLean-style text (header comment, module docs,
namespaces, section variables, structures with field docs, defs by pattern matching, defs
with ``where``, theorems with multi-line tactic proofs, ``calc``, ``∑``), made by varying a
set of declaration templates until it reaches the requested size (default 1 MB). Printed:
size, declarations read, best parse time of ``--repeat`` runs, and KB/s by wall clock and by
CPU time (the machine may be shared). Reported from the same run; no thresholds.

Run: ``python benchmarks/parse.py [--kb 1024] [--repeat 2]``.
"""

from __future__ import annotations

import argparse
import sys
import time

from jepa_formal.reader import parse_text
from jepa_formal.reader.parser import lark_parser

HEADER = """/-
Copyright (c) 2026 benchmark corpus. Released under Apache 2.0 license.
-/
module

public import Mathlib.Algebra.BigOperators.Group.Finset
public import NN.MLTheory.SelfSupervised.Masking

/-! # Generated objectives

Markdown with `code`, ∑ and → (a module doc the reader keeps).
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Bench

open scoped BigOperators

variable {Context Target Pred : Type} [Add Target]
"""

TEMPLATES = [
    """
/-- JEPA loss number {i}: the sum of the representation loss over the target indices. -/
def jepaLoss{i} {{n : ℕ}} (targetIdxs : List (Fin n)) (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) : ℕ :=
  (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum

@[simp]
theorem jepaLoss{i}_append {{n : ℕ}} (xs ys : List (Fin n)) (context : Context)
    (target : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) :
    jepaLoss{i} (xs ++ ys) context target predict repLoss =
      jepaLoss{i} xs context target predict repLoss +
        jepaLoss{i} ys context target predict repLoss := by
  simp [jepaLoss{i}, List.sum_append]
""",
    """
theorem jepaLoss{i}_target_ext {{n : ℕ}} (idxs : List (Fin n)) (context : Context)
    (target₁ target₂ : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) (h : ∀ i ∈ idxs, target₁ i = target₂ i) :
    jepaLoss{i} idxs context target₁ predict repLoss =
      jepaLoss{i} idxs context target₂ predict repLoss := by
  induction idxs with
  | nil => rfl
  | cons i rest ih =>
    simp only [jepaLoss{i}, List.map_cons, List.sum_cons] at *
    rw [h i (by simp), ih (fun j hj => h j (by simp [hj]))]
""",
    """
/-- A masking contract with a guard (number {i}). -/
structure Contract{i} (n : ℕ) (Context : Type) where
  /-- indices of the target block -/
  targetIdxs : List (Fin n)
  /-- the context the predictor sees -/
  context : Context
  guard : ℕ := {i}
  deriving Repr

def countTrue{i} : List Bool → ℕ
  | [] => 0
  | true :: bs => countTrue{i} bs + 1
  | false :: bs => countTrue{i} bs
""",
    """
noncomputable def sqDist{i} {{d : ℕ}} (z w : Fin d → ℝ) (weight : ℝ := 1) : ℝ :=
  weight * ∑ j : Fin d, (z j - w j) ^ 2

theorem sqDist{i}_nonneg {{d : ℕ}} (z w : Fin d → ℝ) : 0 ≤ sqDist{i} z w := by
  unfold sqDist{i}
  calc (0 : ℝ) = 1 * 0 := by ring
    _ ≤ 1 * ∑ j : Fin d, (z j - w j) ^ 2 := by
      gcongr
      · exact Finset.sum_nonneg fun j _ => sq_nonneg _

def weighted{i} (xs : List ℕ) (g : ℕ → ℕ := fun _ => 0) : ℕ :=
  let base := {i}
  go xs base
where
  go : List ℕ → ℕ → ℕ
    | [], acc => acc
    | x :: rest, acc => go rest (acc + g x)
""",
]

FOOTER = "\nend NN.MLTheory.SelfSupervised.Bench\n"


def corpus(kb: int) -> str:
    """TorchLean-style Lean text of at least ``kb`` kilobytes (UTF-8)."""
    parts = [HEADER]
    size = len(HEADER.encode())
    i = 0
    while size < kb * 1024:
        block = TEMPLATES[i % len(TEMPLATES)].format(i=i)
        parts.append(block)
        size += len(block.encode())
        i += 1
    parts.append(FOOTER)
    return "".join(parts)


def _time(text: str, repeat: int) -> tuple[float, float, int]:
    """Best wall-clock and CPU seconds over ``repeat`` parses, and the declarations read."""
    best_wall = best_cpu = float("inf")
    decls = 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        module = parse_text(text, "bench.lean")
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        if module.errors:
            raise SystemExit(f"benchmark corpus did not parse: {module.errors[0]}")
        decls = len(module.decls)
    return best_wall, best_cpu, decls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=1024, help="corpus size in KB (default 1024)")
    parser.add_argument("--repeat", type=int, default=2, help="runs; the best is reported")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    lark_parser()
    build = time.perf_counter() - start
    text = corpus(args.kb)
    size_kb = len(text.encode()) / 1024
    wall, cpu, decls = _time(text, args.repeat)
    print(f"parser build (once per process): {build * 1000:.0f} ms")
    print(f"corpus: {size_kb:.0f} KB, {text.count(chr(10))} lines, {decls} declarations")
    print(f"parse (wall): {wall:.2f} s  ->  {size_kb / wall:.0f} KB/s "
          f"({decls / wall:.0f} declarations/s)")
    print(f"parse (CPU):  {cpu:.2f} s  ->  {size_kb / cpu:.0f} KB/s "
          "(wall-clock suffers when other processes share the cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
