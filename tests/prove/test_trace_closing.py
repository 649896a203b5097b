"""Proof traces as the user reads them: every proof ends with the step that closes its goal
(the arithmetic normal form or SymPy's decision), induction shows labelled base and step
groups, and definition calls print only their explicit arguments."""

from __future__ import annotations

import os

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.prove import ProofOutcome, prove_law
from jepa_formal.verdict import Status

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JEPA = os.path.join(ROOT, "specs", "jepa.lean")

SUMF = """
def sumF (f : ℕ → ℕ) : List ℕ → ℕ
  | [] => 0
  | x :: xs => f x + sumF f xs
"""


def prove_text(text: str, name: str, tmp_path: object) -> ProofOutcome:
    path = os.path.join(str(tmp_path), "t.lean")
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    env = Env.from_project(reader.load([path]))
    law = next(law for _, law in env.laws() if isinstance(law, Law) and law.name == name)
    out = prove_law(law, env)
    assert out.status is Status.PROVED, out.reason
    return out


def test_nat_hypothesis_proof_ends_with_the_arithmetic_normal_form(tmp_path) -> None:
    out = prove_text("theorem sub_ok (a b : ℕ) (h : b ≤ a) : a - b + b = a := by omega\n",
                     "sub_ok", tmp_path)
    assert [s.rule for s in out.steps] == ["hypothesis", "arithmetic normal form"]
    last = out.steps[-1]
    d = last.after.split(" + ")[1]  # the fresh d₁′ (its subscript depends on earlier proofs)
    assert last.after == f"b + {d}" and d.startswith("d")
    assert last.before == f"b + ((b + {d}) - b) = b + {d}"  # ℕ subtraction parenthesised
    assert "max" in last.note


def test_real_inequality_proof_ends_with_the_sympy_decision(tmp_path) -> None:
    out = prove_text("theorem le_ok (a b : ℝ) (h : 0 < a) : b ≤ b + a := by linarith\n",
                     "le_ok", tmp_path)
    last = out.steps[-1]
    assert last.rule == "decide (SymPy)"
    assert last.before == "b ≤ a + b" and last.after == "True"
    assert "≤ 0" in last.note


def test_powers_print_with_a_caret(tmp_path) -> None:
    out = prove_text("theorem sq (x y : ℝ) : 0 ≤ (x - y) ^ 2 := by positivity\n", "sq",
                     tmp_path)
    assert out.steps[-1].before == "0 ≤ (x - y)^2"


def test_identical_sides_need_no_closing_step() -> None:
    env = Env.from_project(reader.load([JEPA]))
    law = next(law for _, law in env.laws()
               if isinstance(law, Law) and law.name.endswith("jepaLoss_append"))
    out = prove_law(law, env)
    assert out.steps[-1].rule == "unfold jepaLoss"


def test_induction_shows_labelled_base_and_step_groups(tmp_path) -> None:
    text = SUMF + ("theorem sumF_append (f : ℕ → ℕ) (xs ys : List ℕ) :\n"
                   "    sumF f (xs ++ ys) = sumF f xs + sumF f ys := by sorry\n")
    out = prove_text(text, "sumF_append", tmp_path)
    assert out.method == "induction on xs"
    rules = [s.rule for s in out.steps]
    base, step = rules.index("base case"), rules.index("step case")
    assert base < step
    assert out.steps[base].before == "xs = []"
    assert out.steps[step].before == "xs = x :: xs"
    assert out.steps[step].after == "sumF f ((x :: xs) ++ ys) = sumF f ys + sumF f (x :: xs)"
    assert all(r.startswith("base case › ") for r in rules[base + 1:step])
    assert all(r.startswith("step case › ") for r in rules[step + 1:])
    assert "step case › induction hypothesis" in rules


def test_induction_step_closes_with_a_decision(tmp_path) -> None:
    text = SUMF + ("theorem sumF_ge (f : ℕ → ℕ) (xs : List ℕ) :\n"
                   "    sumF f xs ≤ sumF (fun i => f i + 1) xs := by sorry\n")
    out = prove_text(text, "sumF_ge", tmp_path)
    assert out.method == "induction on xs"
    rules = [s.rule for s in out.steps]
    assert rules[-2:] == ["step case › induction hypothesis", "step case › decide (SymPy)"]
    assert "base case › decide (SymPy)" in rules
    assert out.steps[-1].after == "True"


def test_closing_step_shows_the_common_normal_form(tmp_path) -> None:
    text = SUMF + ("theorem sumF_sq (f : ℕ → ℕ) (xs : List ℕ) :\n"
                   "    sumF (fun i => (f i + 1) ^ 2) xs = sumF (fun i => f i ^ 2 + 2 * f i + 1) xs"
                   " := by sorry\n")
    last = prove_text(text, "sumF_sq", tmp_path).steps[-1]
    assert last.rule == "arithmetic normal form"
    assert last.after == "sumF (fun i => f i^2 + 2*f i + 1) xs"


def test_seed_law_steps_show_only_explicit_arguments() -> None:
    env = Env.from_project(reader.load([JEPA]))
    befores = []
    for _, law in env.laws():
        if isinstance(law, Law) and law.name.rsplit(".", 1)[-1].startswith("jepaLoss_"):
            out = prove_law(law, env)
            befores += [s.before for s in out.steps if s.rule == "unfold jepaLoss"]
    assert "jepaLoss (xs ++ ys) context target predict repLoss" in befores
    assert "jepaLoss [] context target predict repLoss" in befores
    assert not any(b.startswith("jepaLoss n ") for b in befores)
