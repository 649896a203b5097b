"""Predicate definitions (``def selected … : Prop``): unfolded by the prover, decided by the
evaluator, and closed by an instance of a hypothesis only when the goal really is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.mirror.core.env import Env
from jepa_formal.mirror.core.terms import DefCall, Quant, subterms
from jepa_formal.mirror.core.unfold import unfold_law
from jepa_formal.mirror.elaborate import elaborate_theorem
from jepa_formal.reader import parse_text
from jepa_formal.verdict import Status

PRELUDE = """
abbrev Mask (n : ℕ) := Fin n → Bool
def selected {n : ℕ} (m : Mask n) (i : Fin n) : Prop := m i = true
def AllSelected {n : ℕ} (m : Mask n) : Prop := ∀ i, selected m i
def SomeSelected {n : ℕ} (m : Mask n) : Prop := ∃ i, selected m i
def Collapsed {n : ℕ} (z : Fin n → ℝ) : Prop := ∀ i j, z i = z j
def Floor {d : ℕ} (v : Fin d → ℝ) (γ : ℝ) : Prop := ∀ j, γ ≤ v j
"""


def _check(tmp_path: Path, body: str) -> dict[str, tuple[Status, str]]:
    path = tmp_path / "Pred.lean"
    path.write_text(PRELUDE + body, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=10.0, max_examples=500))
    assert run.parse_errors == ()
    return {v.name: (v.status, v.method) for v in run.verdicts}


def test_a_prop_definition_is_a_definition_not_a_type_alias() -> None:
    module = parse_text(PRELUDE + "theorem t {n : ℕ} (m : Mask n) (h : AllSelected m) "
                        "(i : Fin n) : selected m i := h i\n")
    env = Env.from_decls(module.decls)
    law = elaborate_theorem(module.decls[-1], env)
    assert isinstance(law.conclusion, DefCall) and law.conclusion.name == "selected"
    unfolded, names = unfold_law(law, env)
    assert names == ("AllSelected", "selected")
    assert not any(isinstance(e, DefCall) for e in subterms(unfolded.conclusion))
    assert isinstance(unfolded.hypotheses[0][1], Quant)


def test_unfolding_avoids_capture(tmp_path: Path) -> None:
    """``Collapsed`` binds ``i j``; a law whose own variables are called ``i j`` must not
    be captured by them (``∀ i j, (fun k => z i) i = …`` would be a different statement)."""
    got = _check(tmp_path, """
theorem shifted {n : ℕ} (z : Fin n → ℝ) (i j : Fin n) (h : Collapsed (fun k => z (k + i - j)))
    (a b : Fin n) : z (a + i - j) = z (b + i - j) := h a b
theorem captured_false {n : ℕ} (z : Fin n → ℝ) (i : Fin n) :
    Collapsed (fun k => z i + z k) := sorry
""")
    assert got["shifted"] == (Status.PROVED, "hypothesis instance")
    assert got["captured_false"][0] is Status.REFUTED


@pytest.mark.parametrize("theorem", [
    "theorem t {n : ℕ} (m : Mask n) (h : AllSelected m) (i : Fin n) : selected m i := h i",
    "theorem t {n : ℕ} (z : Fin n → ℝ) (h : Collapsed z) (i j : Fin n) : z i = z j := h i j",
    "theorem t {n : ℕ} (z : Fin n → ℝ) (h : Collapsed z) (i j : Fin n) : z j = z i := sorry",
    "theorem t {n : ℕ} (z : Fin n → ℝ) (h : Collapsed z) (i j : Fin n) : z i ≤ z j := sorry",
    "theorem t {n : ℕ} (c : ℝ) : Collapsed (fun (_ : Fin n) => c) := fun _ _ => rfl",
    "theorem t {d : ℕ} (v : Fin d → ℝ) (γ : ℝ) (h : Floor v γ) (j : Fin d) : γ ≤ v j := h j",
])
def test_true_predicate_laws_are_proved(tmp_path: Path, theorem: str) -> None:
    assert _check(tmp_path, theorem + "\n")["t"][0] is Status.PROVED


@pytest.mark.parametrize("theorem", [
    # strict order from an equation, the wrong predicate, a floor at another level
    "theorem t {n : ℕ} (z : Fin n → ℝ) (h : Collapsed z) (i j : Fin n) : z i < z j := sorry",
    "theorem t {n : ℕ} (m : Mask n) (h : SomeSelected m) (i : Fin n) : selected m i := sorry",
    "theorem t {d : ℕ} (v : Fin d → ℝ) (γ δ : ℝ) (h : Floor v γ) : Floor v δ := sorry",
    "theorem t {n : ℕ} (m : Mask n) : SomeSelected m := sorry",
    "theorem t {n : ℕ} (z w : Fin n → ℝ) (h : Collapsed z) (i j : Fin n) : w i = w j := sorry",
])
def test_false_predicate_laws_are_refuted_never_proved(tmp_path: Path, theorem: str) -> None:
    assert _check(tmp_path, theorem + "\n")["t"][0] is Status.REFUTED


def test_existential_and_negated_predicates_are_decided(tmp_path: Path) -> None:
    got = _check(tmp_path, """
def NoneSelected {n : ℕ} (m : Mask n) : Prop := ∀ i, ¬ selected m i
theorem some_not_none {n : ℕ} (m : Mask n) (h : SomeSelected m) : ¬ NoneSelected m := sorry
theorem floor_mono {d : ℕ} (v : Fin d → ℝ) (γ δ : ℝ) (h : Floor v γ) (hδ : δ ≤ γ) :
    Floor v δ := sorry
""")
    assert got["some_not_none"][0] in (Status.PROVED, Status.TESTED)
    assert got["floor_mono"][0] in (Status.PROVED, Status.TESTED)


def test_le_of_eq_is_not_used_where_le_is_not_reflexive(tmp_path: Path) -> None:
    """At Float, ``x = y`` holds for NaN but ``NaN ≤ NaN`` does not."""
    got = _check(tmp_path, "theorem t (x y : Float) (h : x = y) : x ≤ y := sorry\n")
    assert got["t"][0] is not Status.PROVED
