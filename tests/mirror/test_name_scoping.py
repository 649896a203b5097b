"""Which declaration a name means, as Lean 4 resolves it (a red team found these unsound).

- A declaration in the namespace in force takes a name from its library meaning: ``def max``
  inside ``namespace Foo`` is what ``max`` means there (``max a a = a`` was proved with the
  library's ``max`` while the file's ``max`` adds). One reached at the root or through ``open``
  competes with the library's, and Lean reports the ambiguity: refused, never picked.
- ``_root_.max`` is the library's, whatever the namespace declares.
- A theorem cannot use a definition written after it: Lean auto-binds the name (``c * 2 =
  10`` is ``∀ c``, false at 0) or rejects it; it was proved with the later ``c := 5``.
- A type whose declaration the reader could not parse is not an arbitrary type variable.
"""

from __future__ import annotations

from typing import Any

from jepa_formal.check import CheckOptions, check_paths

from ._lean import statuses

SHADOW = """
namespace Sh
def max (a b : ℕ) : ℕ := a + b
theorem max_self_bad (a : ℕ) : max a a = a := by sorry
theorem max_ok : max 1 1 = 2 := rfl
def min (a b : ℕ) : ℕ := a * b
theorem min_le_left_bad (a b : ℕ) : min a b ≤ a := by sorry
def id (n : ℕ) : ℕ := n + 1
theorem id_eq_bad (n : ℕ) : id n = n := by sorry
def abs (x : ℤ) : ℤ := x * x * x
theorem abs_nonneg_bad (x : ℤ) : 0 ≤ abs x := by sorry
theorem map_abs_eta (xs : List ℤ) : xs.map abs = xs.map (fun x => abs x) := rfl
def decide (b : Bool) : Bool := !b
theorem decide_bad (b : Bool) : decide b = b := by sorry
theorem root_max_ok (a b : ℕ) : _root_.max a b = Nat.max a b := rfl
theorem root_max_bad (a b : ℕ) : _root_.max a b = a + b := by sorry
end Sh

namespace Sh2
def max (a b : ℕ) : ℕ := a + b
end Sh2

open Sh2 in
theorem ambiguous (a b : ℕ) : max a b = a + b := by sorry
theorem library_max (a b : ℕ) : max a b = b := by sorry

namespace Order
theorem early_use_bad : m + 1 = 6 := by sorry
def m : ℕ := 5
theorem late_use_ok : m + 1 = 6 := rfl
end Order

structure U2 where
  u : Unit := ()
  w : ℕ := 0
  v : ℕ := ‹ℕ› + 1
theorem u1_subsingleton (x y : U2) : x.u = y.u := by cases x; cases y; rfl
"""


def test_names_resolve_as_lean_resolves_them(tmp_path: Any) -> None:
    path = tmp_path / "Shadow.lean"
    path.write_text(SHADOW, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=300))
    got = {v.name.rsplit(".", 1)[-1]: str(v.status.value) for v in run.verdicts}
    refuted = {n for n, s in got.items() if s == "refuted"}
    assert refuted == {"max_self_bad", "min_le_left_bad", "id_eq_bad", "abs_nonneg_bad",
                       "decide_bad", "root_max_bad", "library_max", "early_use_bad"}
    assert {n for n, s in got.items() if s == "proved"} >= {"max_ok", "map_abs_eta",
                                                            "root_max_ok", "late_use_ok"}
    assert got["ambiguous"] == "unsupported" and got["u1_subsingleton"] == "unsupported"
    reasons = {v.name.rsplit(".", 1)[-1]: f"{v.construct} {v.detail}" for v in run.verdicts}
    assert "ambiguous" in str(reasons["ambiguous"])
    assert "could not be read" in str(reasons["u1_subsingleton"])


ETA = """
theorem m1 (xs : List ℕ) : ∀ x ∈ xs, x ≤ xs.foldr max 0 := by sorry
theorem m3 (xs : List ℕ) : xs.foldr min 0 = 0 := by sorry
theorem m4_bad (xs : List ℕ) : xs.foldr min 1 = 1 := by sorry
theorem m5 (a : ℕ) (xs : List ℕ) : (xs.map (max a)).length = xs.length := by sorry
theorem m6_bad (a : ℕ) (xs : List ℕ) : ∀ y ∈ xs.map (max a), a < y := by sorry
theorem a2_bad (xs : List ℤ) : (xs.map abs).sum = xs.sum := by sorry
theorem a3 (xs : List ℤ) : xs.map abs = xs.map (fun x => |x|) := by sorry
"""


def test_max_min_abs_as_function_values(tmp_path: Any) -> None:
    """``xs.foldr max 0`` passes the library's ``max`` as a value (Lean eta-expands it): it
    was an unknown name."""
    path = tmp_path / "Eta.lean"
    path.write_text(ETA, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=300))
    got = {v.name: str(v.status.value) for v in run.verdicts}
    assert {n for n, s in got.items() if s == "refuted"} == {"m4_bad", "m6_bad", "a2_bad"}
    assert all(s in ("proved", "bounded", "tested") for n, s in got.items()
               if not n.endswith("_bad"))


EXTENDS = """
structure U0 where
  u : Unit := ()
structure U1 extends U0 where
  u := ()
theorem u1_subsingleton (x y : U1) : x = y := by cases x; cases y; rfl

structure A where
  a : ℕ := 1
  b : ℕ := 2
structure B extends A where
  a := 10
  c := 3
def mkB : B := {}
theorem b_a : mkB.a = 10 := rfl
theorem b_b : mkB.b = 2 := rfl
theorem b_c : mkB.c = 3 := rfl
theorem b_a_bad : mkB.a = 1 := rfl
"""


def test_a_field_without_type_overrides_or_is_typed_by_its_default(tmp_path: Any) -> None:
    """``structure B extends A where a := 10`` gives the inherited ``a`` a new default, and
    ``c := 3`` is a new field of its default's type (it was a parse error)."""
    path = tmp_path / "Extends.lean"
    path.write_text(EXTENDS, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=300))
    assert not run.parse_errors
    got = {v.name: str(v.status.value) for v in run.verdicts}
    assert got == {"u1_subsingleton": "proved", "b_a": "proved", "b_b": "proved",
                   "b_c": "proved", "b_a_bad": "refuted"}


RED_TEAM_7 = """
namespace R
def max (a b : ℕ) : ℕ := a + b
theorem r9_bad : [1, 1].foldl _root_.max 0 = 2 := by sorry
theorem r4 (xs : List ℕ) : xs.foldr _root_.max 0 = xs.foldr Nat.max 0 := by sorry
end R

namespace F
def useMax (a b : ℕ) : ℕ := max a b
def max (a b : ℕ) : ℕ := a + b
theorem t1_bad (a b : ℕ) : useMax a b = a + b := by sorry
theorem t1_ok (a b : ℕ) : useMax a b = Nat.max a b := by sorry
mutual
def isEven : ℕ → Bool
  | 0 => true
  | n + 1 => isOdd n
def isOdd : ℕ → Bool
  | 0 => false
  | n + 1 => isEven n
end
theorem even4 : isEven 4 = true := by decide
end F

namespace B
def abs (x : ℤ) : ℤ := x * (
theorem b1 (x : ℤ) : abs x = |x| := by sorry
end B
"""


def test_root_values_forward_references_and_unread_definitions(tmp_path: Any) -> None:
    """Red team 7: ``_root_.max`` passed as a value is the library's (the eta-expansion
    resolved ``max`` again inside the namespace); a definition cannot see a later one of its
    namespace (``useMax`` means the library's ``max``), except in a ``mutual`` block; a
    ``def abs`` the reader could not parse does not fall back to the library's ``abs``."""
    path = tmp_path / "Rt7.lean"
    path.write_text(RED_TEAM_7, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=300))
    got = {v.name.rsplit(".", 1)[-1]: str(v.status.value) for v in run.verdicts}
    assert got == {"r9_bad": "refuted", "r4": "proved", "t1_bad": "refuted",
                   "t1_ok": "proved", "even4": "proved", "b1": "unsupported"}


def test_a_protected_declaration_does_not_take_the_library_name(tmp_path: Any) -> None:
    """``protected def max`` in ``namespace N`` is reached as ``N.max`` only: a bare ``max``
    there is the library's (Lean core declares ``protected def Nat.max``)."""
    path = tmp_path / "Prot.lean"
    path.write_text("namespace N\nprotected def max (a b : ℕ) : ℕ := a + b\n"
                    "theorem m3 (a : ℕ) : max a a = a := by sorry\n"
                    "theorem m4 (a : ℕ) : N.max a a = 2 * a := by sorry\nend N\n",
                    encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=300))
    assert {v.name: str(v.status.value) for v in run.verdicts} == {"N.m3": "proved",
                                                                   "N.m4": "proved"}


FIN_NAT = """
theorem s1 (a : Fin 3) (n : ℕ) (h : n = 3) : a < n := by sorry
theorem s8 (a : Fin 3) (n : ℕ) (h : n = 3) : a + n = a := by sorry
theorem first_nat (a : Fin 3) (n : ℕ) (h : n = 3) : n ≠ a := by sorry
theorem first_nat_bad (a : Fin 3) (n : ℕ) (h : n = 0) : n = a := by sorry
theorem written (a : Fin 3) (n : ℕ) (h : n = 3) : (a : ℕ) < n := by sorry
theorem up (a : Fin 3) (n : ℕ) (h : n = 3) : ↑a < n := by sorry
"""


def test_a_fin_value_before_a_natural_is_refused(tmp_path: Any) -> None:
    """``a < n`` (``a : Fin 3``, ``n : ℕ``): Lean's binop% keeps the first leaf's type when
    the other coerces into it, so where ``NatCast (Fin n)`` is an instance (Mathlib's, or
    ``open Fin.NatCast``) it is ``a < ↑n`` (wrapping: false at n = 3), where it is not (Lean
    core scopes it) ``↑a < n``. Red team 8 found one reading proved and the other refuted.
    With the natural first both read ℕ; a written cast decides it too."""
    path = tmp_path / "FinNat.lean"
    path.write_text(FIN_NAT, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=300))
    got = {v.name: str(v.status.value) for v in run.verdicts}
    assert got == {"s1": "unsupported", "s8": "unsupported", "first_nat": "proved",
                   "first_nat_bad": "refuted", "written": "proved", "up": "proved"}


RED_TEAM_9 = """
theorem c6_bad (b : Fin 6) (h : (4 : Fin 6) ∣ b) : b ≠ 2 := by sorry
theorem c7_bad (a b : Fin 6) (h : a ∣ b) : a ≤ b ∨ b = 0 := by sorry
notation "twice " x => let y := 2; x * y
theorem w1 : (fun y : ℕ => twice y) 3 = 6 := by sorry
theorem w2_bad : (fun y : ℕ => twice y) 3 = 4 := by sorry
notation "addk " n => ∑ k ∈ Finset.range 3, (k + n)
theorem w3 : ∑ k ∈ Finset.range 2, (addk k) = 9 := by sorry
theorem w4_bad : ∑ k ∈ Finset.range 2, (addk k) = 12 := by sorry
theorem before : (2 : ℕ) + 3 = 5 := by sorry
instance : Add ℕ := ⟨fun a b => a * b⟩
theorem r1 : (2 : ℕ) + 3 = 6 := by sorry
"""


def test_red_team_9(tmp_path: Any) -> None:
    """``a ∣ b`` at ``Fin 6`` wraps (4 ∣ 2: 4 * 2 = 2): it is no ``b := a * c`` substitution;
    a notation's own binders are renamed apart (``twice y`` with the argument ``y``); an
    instance of a library class on ℕ declared in the file overrides Lean's (refused after
    it)."""
    got = {n: s for n, s in statuses(tmp_path, RED_TEAM_9).items()}
    assert got["c6_bad"] not in ("proved", "bounded") and got["c7_bad"] not in ("proved",
                                                                               "bounded")
    assert (got["w1"], got["w2_bad"], got["w3"], got["w4_bad"]) == ("proved", "refuted",
                                                                   "proved", "refuted")
    assert (got["before"], got["r1"]) == ("proved", "unsupported")


RED_TEAM_10 = """
abbrev N := ℕ
theorem c0 : (2 : ℕ) + 3 = 5 := by sorry
instance : Add N := ⟨fun a b => a * b⟩
theorem c2 : (2 : ℕ) + 3 = 5 := by sorry
def myMul : Mul ℤ := ⟨fun a b => a + b⟩
attribute [instance] myMul
theorem c4 : (2 : ℤ) * 3 = 6 := by sorry
@[instance] def myInh : Inhabited ℤ := ⟨5⟩
instance : OfNat (Fin 3) 0 := ⟨1⟩
theorem j7 : (0 : Fin 3).val = 0 := by sorry
"""


def test_instances_declared_in_other_forms_are_refused_too(tmp_path: Any) -> None:
    """Red team 10: an instance on an ``abbrev`` of ℕ, a definition made an instance by
    ``attribute [instance]`` or ``@[instance]``, and ``OfNat (Fin 3) 0`` all override Lean's
    own; the laws after them are refused."""
    got = statuses(tmp_path, RED_TEAM_10)
    assert got == {"c0": "proved", "c2": "unsupported", "c4": "unsupported",
                   "j7": "unsupported"}
