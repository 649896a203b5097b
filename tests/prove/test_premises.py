"""The hypotheses as Z3 premises (``prove/premises.py``).

Laws that ``omega``/``linarith`` close from a relation between terms (``a + 1 = b + 1 ⊢ a =
b``, ``a ≤ b, b ≤ a ⊢ a = b``) were only ``tested``: the other strategies use a hypothesis
only as a substitution, a rewrite, a sign fact or an instance of the goal. Every law of
``premises_laws.lean`` is known true or false in Lean (false ones end in ``b`` or are listed);
Lean's ℕ subtraction, ℤ Euclidean division, ``x / 0 = 0``, Fin wrap-around and Float's lack of
arithmetic laws must all survive the premises.
"""

from __future__ import annotations

from pathlib import Path

from jepa_formal.check import CheckOptions, check_paths

LAWS = Path(__file__).with_name("premises_laws.lean")

FALSE = {"f1", "f2", "f3", "n1b", "n2", "n3b", "z1b", "i3b", "c1b", "q2b", "r1", "l2b", "m1b"}
BY_PREMISES = {"n1", "n3", "z1", "z2", "z3", "i2", "c1", "q2", "r2", "r3", "l2", "m1"}


def test_hypotheses_prove_what_they_imply_and_nothing_false() -> None:
    run = check_paths([str(LAWS)], CheckOptions(seed=0, timeout=5.0, max_examples=300))
    assert not run.parse_errors
    got = {v.name: v for v in run.verdicts}
    assert set(got) > FALSE | BY_PREMISES
    for name in FALSE:
        assert got[name].status.value not in ("proved", "bounded"), name
    for name in BY_PREMISES:
        assert (got[name].status.value, got[name].method) == ("proved", "hypotheses (Z3)"), name
    for name, verdict in got.items():
        if name not in FALSE:
            assert verdict.status.value != "refuted", name


FUNCTION_PROPERTIES = """
theorem i1 : Function.Injective (fun n : ℕ => n + 1) := by sorry
theorem i2 (f : Fin 3 → Fin 3) (h : Function.Injective f) : Function.Surjective f := by sorry
theorem i3_bad : Function.Injective (fun n : ℕ => n / 2) := by sorry
theorem i4 (f : Fin 3 → Fin 3) (h : Function.Injective f) : Function.Bijective f := by sorry
theorem i5_bad (f : Fin 3 → Fin 4) (h : Function.Injective f) : Function.Surjective f := by sorry
theorem i6 (f g : Fin 3 → Fin 3) (h : Function.LeftInverse g f) :
    Function.RightInverse g f := by sorry
theorem i8_bad : Function.Injective (fun i : Fin 4 => i * 2) := by sorry
theorem i9 : Function.Injective (fun i : Fin 5 => i * 2) := by sorry
theorem i10 (a₁ : ℕ) : Function.Injective (fun n : ℕ => n + a₁) := by sorry
"""


def test_function_properties_are_mathlibs_statements(tmp_path: Path) -> None:
    """``Function.Injective f`` is ``∀ a₁ a₂, f a₁ = f a₂ → a₁ = a₂`` (as the statement its
    binders are the law's, so they may range over ℕ); the names it binds never capture one
    of the function's (``i10``). It was an unknown name."""
    path = tmp_path / "Fn.lean"
    path.write_text(FUNCTION_PROPERTIES, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=5.0, max_examples=300))
    got = {v.name: v.status.value for v in run.verdicts}
    assert {n for n, s in got.items() if s == "refuted"} == {"i3_bad", "i5_bad", "i8_bad"}
    assert {n for n, s in got.items() if s == "proved"} >= {"i1", "i9", "i10"}
    assert all(s in ("proved", "bounded", "tested") for n, s in got.items()
               if not n.endswith("_bad"))
