"""Red teams 11 and 12 (session 12): each case was an unsound verdict or a silently skipped
declaration; each test fails without its fix.

- Function values compared by form: a table keyed by functions, ``Nodup`` or a ``Finset`` of
  functions told ``g`` from ``fun b => g b`` (true laws refuted).
- Irrational reals hashed by their bounds: ``{√2 * √2, 2}`` had two elements.
- Float ``=`` was IEEE ``==`` (``0.0 = -0.0``); Lean's ``=`` is on the bits.
- Float literals rounded as Python's ``float()``; Lean cuts to 64 bits first.
- A word made a keyword by a ``macro``/``syntax``/``notation3`` was read as the definition of
  the same name.
- A command after a comment at the start of its line, or on the ``import`` line, was lost.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.errors import Undecided
from jepa_formal.mirror.concrete.ops import float_same
from jepa_formal.mirror.concrete.transcendental import sqrt_interval
from jepa_formal.mirror.core.floats import lean_float
from jepa_formal.verdict import Status


def _verdicts(tmp_path: Path, text: str, **options: object) -> dict[str, object]:
    spec = tmp_path / "laws.lean"
    spec.write_text(text)
    run = check_paths([str(spec)], CheckOptions(max_examples=300, **options))  # type: ignore[arg-type]
    return {v.name.split(".")[-1]: v for v in run.verdicts}


FUNCTIONS = """
theorem eta_key (F : (Bool → Bool) → ℕ) (g : Bool → Bool) : F g = F (fun b => g b) := rfl
theorem unit_key (F : (Unit → ℕ) → ℕ) (g h : Unit → ℕ) (H : g () = h ()) : F g = F h := by
  sorry
theorem fun_nodup (g : Bool → ℕ) : ¬ [g, fun b => g b].Nodup := by simp
theorem fun_finset (g : Unit → ℕ) : ({g, fun _ => g ()} : Finset (Unit → ℕ)).card = 1 := by
  simp
theorem fun_mem (g : Bool → ℕ) : (fun b => g b) ∈ [g] := by simp
"""


def test_functions_are_never_told_apart_by_form(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, FUNCTIONS)
    for name, v in got.items():
        assert v.status is not Status.REFUTED, (name, v.detail)  # type: ignore[attr-defined]
    assert len(got) == 5


def test_tables_out_of_functions_are_constant() -> None:
    from jepa_formal.mirror.core.terms import TBool, TFun, TNat
    from jepa_formal.numeric.generate import drawer

    draw = drawer(TFun(TFun(TBool(), TBool()), TNat()))
    rng = random.Random(3)
    assert all(not draw(rng, 8).table for _ in range(200))


def test_irrational_reals_are_not_hashed() -> None:
    root = sqrt_interval(Fraction(2))
    try:
        hash(root)
    except Undecided:
        pass
    else:  # pragma: no cover - the bug
        raise AssertionError("an irrational real was hashed by its bounds")


REALS = """
theorem sqrt_key (F : ℝ → ℕ) : F (Real.sqrt 2 * Real.sqrt 2) = F 2 := by
  rw [Real.mul_self_sqrt (by norm_num)]
theorem sqrt_finset : ({Real.sqrt 2 * Real.sqrt 2, 2} : Finset ℝ).card = 1 := by
  rw [Real.mul_self_sqrt (by norm_num)]; simp
theorem explog_finset (x : ℝ) (hx : 0 < x) : ({Real.exp (Real.log x), x} : Finset ℝ).card = 1 := by
  rw [Real.exp_log hx]; simp
"""


def test_reals_in_sets_are_not_refuted(tmp_path: Path) -> None:
    for name, v in _verdicts(tmp_path, REALS).items():
        assert v.status is not Status.REFUTED, (name, v.detail)  # type: ignore[attr-defined]


def test_float_equality_is_on_bits() -> None:
    assert float_same(1.5, 1.5)
    assert not float_same(0.0, -0.0)
    assert float_same(-0.0, -0.0)
    assert float_same(math.nan, math.nan)
    assert not float_same(math.nan, 1.0)
    try:
        float_same(math.nan, -math.nan)
    except Undecided:
        pass
    else:  # pragma: no cover
        raise AssertionError("NaNs of different bits were decided")


FLOATS = """
theorem zero_ne_negzero : (0.0 : Float) ≠ -0.0 := by sorry
theorem zero_eq_negzero_bad : (0.0 : Float) = -0.0 := by sorry
theorem list_negzero_bad : [(0.0 : Float)] = [-0.0] := by sorry
theorem beq_negzero : ((0.0 : Float) == -0.0) = true := by sorry
theorem lit_big_beq : ((9007199254740993.0001 : Float) == 9007199254740992.0) = true := by sorry
theorem lit_big_bad : (9007199254740993.0001 : Float) = 9007199254740994.0 := by sorry
theorem natlit_beq : ((18446744073709553665 : Float) == 18446744073709551616) = true := by sorry
theorem natlit_bad : (18446744073709553665 : Float) > 18446744073709551616 := by sorry
"""


def test_float_laws_follow_lean(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, FLOATS)
    for name, v in got.items():
        if name.endswith("_bad"):
            assert v.status in (Status.REFUTED, Status.TESTED, Status.INCONCLUSIVE), name  # type: ignore[attr-defined]
            assert v.status is not Status.PROVED  # type: ignore[attr-defined]
        else:
            assert v.status is not Status.REFUTED, (name, v.detail)  # type: ignore[attr-defined]
    assert got["lit_big_bad"].status is Status.REFUTED  # type: ignore[attr-defined]
    assert got["natlit_bad"].status is Status.REFUTED  # type: ignore[attr-defined]


def _lean_of_scientific(m: int, neg: bool, e: int) -> float:
    """Lean's ``Float.ofScientific`` written as Lean's source does (``Nat`` subtraction
    truncated), independently of ``lean_float``."""

    def of_binary(m: int, e: int) -> float:
        s = max(max(m.bit_length() - 1, 0) - 63, 0)
        top = (m >> s) % (1 << 64)
        try:
            return math.ldexp(float(top), e + s)
        except OverflowError:
            return math.inf

    if neg:
        s = max(64 - max(m.bit_length() - 1, 0), 0)
        return of_binary((m << (3 * e + s)) // 5**e, -4 * e - s)
    return of_binary(m * 5**e, e)


@settings(max_examples=400, deadline=None)
@given(st.integers(1, 10**30), st.integers(0, 40), st.booleans())
def test_lean_float_is_of_scientific(m: int, e: int, neg: bool) -> None:
    value = Fraction(m, 10**e) if neg else Fraction(m * 10**e)
    assert lean_float(value) == _lean_of_scientific(m, neg, e)


def test_lean_float_differs_from_python_where_lean_does() -> None:
    assert lean_float(Fraction("9007199254740993.0001")) == 9007199254740992.0
    assert float(Fraction("9007199254740993.0001")) == 9007199254740994.0
    assert lean_float(18446744073709553665) == 2.0**64
    assert lean_float(Fraction("0.1")) == 0.1


MACROS = """
def dbl (x : ℕ) : ℕ := x * 3
macro "dbl" x:term:max : term => `(($x + $x : ℕ))
theorem macro_true : dbl 2 = 4 := rfl
theorem macro_false : dbl 2 = 6 := by sorry
def trp (x : ℕ) : ℕ := x * 5
syntax "trp" term:max : term
macro_rules
  | `(trp $x) => `(($x * 3 : ℕ))
theorem syntax_true : trp 2 = 6 := rfl
theorem syntax_false : trp 2 = 10 := by sorry
macro "twice" x:term:max : term => `(($x + $x : ℕ))
def h (x : ℕ) : ℕ := twice x
theorem through_def (x : ℕ) : h x = 2 * x := by unfold h; omega
def sq (x : ℕ) : ℕ := x * x
notation3 "sq" x => (x * x * x : ℕ)
theorem n3_false : sq 2 = 4 := by sorry
theorem unrelated (n : ℕ) : n + 0 = n := rfl
"""


def test_words_of_unread_syntax_are_refused_named(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, MACROS)
    for name in ("macro_true", "macro_false", "syntax_true", "syntax_false", "through_def",
                 "n3_false"):
        v = got[name]
        assert v.status is Status.UNSUPPORTED, (name, v.status, v.detail)  # type: ignore[attr-defined]
    assert "`dbl` is a keyword" in got["macro_true"].detail  # type: ignore[attr-defined]
    assert got["unrelated"].status is Status.PROVED  # type: ignore[attr-defined]


HIDDEN = """import Mathlib.Tactic
/- c -/ theorem hidden_bad : 1 = 2 := rfl
/-! doc -/
theorem after_doc_bad : 2 = 3 := rfl
theorem t_x (n : Nat) : n + 0 = n := rfl
"""


def test_a_command_after_a_comment_is_read(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, HIDDEN)
    assert got["hidden_bad"].status is Status.REFUTED  # type: ignore[attr-defined]
    assert got["after_doc_bad"].status is Status.REFUTED  # type: ignore[attr-defined]
    assert got["t_x"].status is Status.PROVED  # type: ignore[attr-defined]


def test_a_command_on_the_import_line_is_read(tmp_path: Path) -> None:
    text = "import Mathlib.Tactic /-! d -/ theorem on_import_bad : 1 = 2 := rfl\n"
    got = _verdicts(tmp_path, text)
    assert got["on_import_bad"].status is Status.REFUTED  # type: ignore[attr-defined]


CHARACTERISTIC = """
theorem five_ne_zero_bad {K : Type} [Field K] : (5 : K) ≠ 0 := by sorry
theorem div5_bad {K : Type} [Field K] (a : K) : a / 5 * 5 = a := by sorry
theorem seven_bad {K : Type} [Field K] (a : K) (h : 7 * a = 0) : a = 0 := by sorry
theorem div_mul_true {K : Type} [Field K] (a b : K) (hb : b ≠ 0) : a / b * b = a := by sorry
"""


def test_fields_of_characteristic_five_and_seven_refute(tmp_path: Path) -> None:
    """Red team 12: no test field had characteristic 5 or more, so these stayed `tested`."""
    got = _verdicts(tmp_path, CHARACTERISTIC)
    for name in ("five_ne_zero_bad", "div5_bad", "seven_bad"):
        assert got[name].status is Status.REFUTED, name  # type: ignore[attr-defined]
    assert got["div_mul_true"].status is not Status.REFUTED  # type: ignore[attr-defined]


SECTION_RECURSION = """
namespace M
section
variable (c : Int)
def addAll : List Int → Int
  | [] => 0
  | x :: rest => x + c + addAll rest
theorem addAll_nil : addAll c [] = 0 := rfl
theorem addAll_one (x : Int) : addAll c [x] = x + c := by simp [addAll]
theorem addAll_one_bad (x : Int) : addAll c [x] = x := by sorry
end
section
variable {α : Type} (f : α → Int)
def listMasked : List (α × Bool) → Int
  | [] => 0
  | (a, true) :: rest => f a + listMasked rest
  | (_, false) :: rest => listMasked rest
theorem listMasked_nil : listMasked f [] = 0 := rfl
end
end M
"""


def test_recursive_calls_leave_out_the_fixed_section_variables(tmp_path: Path) -> None:
    """Red team 16: Lean fixes the section variables a definition uses, so its recursive
    calls leave them out (`addAll rest`); they were read against the outside signature
    (`invalid` on valid Lean, and `proved` for the call Lean rejects)."""
    got = _verdicts(tmp_path, SECTION_RECURSION)
    for name in ("addAll_nil", "addAll_one", "listMasked_nil"):
        assert got[name].status is Status.PROVED, (name, got[name].detail)  # type: ignore[attr-defined]
    assert got["addAll_one_bad"].status is Status.REFUTED  # type: ignore[attr-defined]


INLINE_COMMANDS = """theorem t_a : (2 : ℕ) = 2 := sorry theorem f_b_bad : (2 : ℕ) = 4 := sorry
theorem t_c : True := by
  trivial
  theorem f_d_bad : (2 : ℕ) = 4 := sorry
namespace Foo
  theorem f_e_bad : (3 : ℕ) = 4 := sorry
end Foo
mutual
  def isEven : ℕ → Bool
    | 0 => true
    | n + 1 => isOdd n
  def isOdd : ℕ → Bool
    | 0 => false
    | n + 1 => isEven n
end
theorem even_two : isEven 2 = true := rfl
theorem even_three_bad : isEven 3 = true := rfl
open Nat in theorem t_in : (2 : ℕ) + 0 = 2 := rfl
@[simp] theorem t_attr : (1 : ℕ) = 1 := rfl
"""


def test_a_command_inside_a_line_or_indented_is_read(tmp_path: Path) -> None:
    """Red team 15: a command after another on its line, or indented (after a tactic block,
    in a namespace, the `def`s of a `mutual` block), was silently lost (exit 0)."""
    got = _verdicts(tmp_path, INLINE_COMMANDS)
    for name in ("f_b_bad", "f_d_bad", "f_e_bad", "even_three_bad"):
        assert got[name].status is Status.REFUTED, (name, got[name].status)  # type: ignore[attr-defined]
    for name in ("t_a", "t_c", "even_two", "t_in", "t_attr"):
        assert got[name].status is Status.PROVED, (name, got[name].status)  # type: ignore[attr-defined]


FIN_SIZED_DEFINITION = """
namespace M
def bump {K : ℕ} (k : Fin K) (s : Fin K) : Fin K := k + s
theorem bump_succ (n : ℕ) (k : Fin n.succ) : bump k 0 = k := by simp [bump]
theorem bump_two (n : ℕ) (k : Fin (2 * n + 1)) : bump k 0 = k := by simp [bump]
theorem bump_bad (n : ℕ) (k : Fin (n + 2)) : bump k 1 = k := by sorry
end M
"""


def test_a_parameter_that_only_sizes_a_fin_is_passed(tmp_path: Path) -> None:
    """Red team 16: the compiled evaluator inlined `bump k 0` with `K` as None, since `K`
    occurs only in the types (`Fin K`'s wrap-around): an internal error."""
    got = _verdicts(tmp_path, FIN_SIZED_DEFINITION)
    assert got["bump_bad"].status is Status.REFUTED  # type: ignore[attr-defined]
    for name in ("bump_succ", "bump_two"):
        assert got[name].status in (Status.PROVED, Status.TESTED), (name, got[name].detail)  # type: ignore[attr-defined]


LONG_LISTS = """
theorem f_rev_bad (xs : List Bool) : xs.length ≤ 30 ∨ xs.reverse = xs := sorry
theorem f_idx_bad (xs : List ℕ) : xs[30]? = none ∨ xs[30]? = xs[0]? := sorry
"""


def test_lists_one_past_a_named_length_with_two_values_are_tried(tmp_path: Path) -> None:
    """Red team 15: both laws were `bounded` (lists up to 4): they fail only on 31 elements
    that are not all equal, and the literal scope tried lists of exactly 30 equal values."""
    got = _verdicts(tmp_path, LONG_LISTS)
    for name in ("f_rev_bad", "f_idx_bad"):
        assert got[name].status is Status.REFUTED, (name, got[name].status)  # type: ignore[attr-defined]


CHUNKER_EDGES = """structure S where
  protected x : ℕ
  y : ℕ
theorem s_eq_bad (s t : S) : s = t := by sorry
def k : ℕ := 3
theorem a : k = 3 := rfl open Nat in theorem b_bad : 2 + 2 = 5 := rfl
#guard_msgs in theorem g_bad : 1 + 1 = 3 := rfl
namespace Foo
  def g (n : ℕ) : ℕ := n + 1
  open Nat
  theorem u : g 1 = 2 := rfl
end Foo
section
  variable {α : Type} (xs : List α)
  theorem rev_rev : xs.reverse.reverse = xs := by simp
end
"""


def test_chunker_edges(tmp_path: Path) -> None:
    """Red team 17: a `protected` structure field started a command (its fields were lost and
    `s = t` was proved); a declaration after `… open Nat in` on a line, or after a one-line
    `#guard_msgs in`, was lost; an indented `open Nat` was read into a definition's body;
    an indented `variable` after `section` was taken for the section's name."""
    got = _verdicts(tmp_path, CHUNKER_EDGES)
    for name in ("s_eq_bad", "b_bad", "g_bad"):
        assert got[name].status is Status.REFUTED, (name, got[name].status)  # type: ignore[attr-defined]
    for name in ("a", "u", "rev_rev"):
        assert got[name].status is Status.PROVED, (name, got[name].status)  # type: ignore[attr-defined]


FIXED_VARIABLE_SHADOWED = """
variable (c : ℤ)
def addAll.helper (x : ℤ) : ℤ := x * 2
def addAll : List ℤ → ℤ
  | [] => 0
  | x :: rest => addAll.helper x + c + addAll rest
theorem one : addAll 5 [1] = 7 := by simp [addAll, addAll.helper]
theorem one_bad : addAll 5 [1] = 8 := by simp [addAll, addAll.helper]
def total : List ℤ → ℤ
  | [] => 0
  | x :: rest =>
    let total := x + c
    total + 0 * rest.length
theorem total_one : total 5 [1] = 6 := by simp [total]
"""


def test_fixed_section_variables_leave_other_names_alone(tmp_path: Path) -> None:
    """Red team 17: `addAll.helper` and a `let total` were rewritten as calls of the
    definition itself."""
    got = _verdicts(tmp_path, FIXED_VARIABLE_SHADOWED)
    assert got["one"].status is Status.PROVED  # type: ignore[attr-defined]
    assert got["total_one"].status is Status.PROVED  # type: ignore[attr-defined]
    assert got["one_bad"].status is Status.REFUTED  # type: ignore[attr-defined]


CAPTURE = """
open Finset
theorem sum_bad : (∑ y ∈ (range 5).filter (fun x => ∃ y ∈ range 5, y < x), y) = 0 := by sorry
theorem card_ok : ((range 5).filter (fun x => ∃ y ∈ range 5, y < x)).card = 4 := by decide
theorem proj_bad : ∀ p q : (ℕ × ℕ) × ℕ, q ∈ {p : (ℕ × ℕ) × ℕ | p.1.2 = 3} ↔ p.1.2 = 3 := by
  sorry
section S
variable (k : ℕ)
def g : ℕ → ℕ
  | 0 => k
  | m + 1 => (fun k => g m + k) 1
theorem g_bad : g 5 2 = 3 := by sorry
end S
structure P where
  protected a : ℕ
  private b : ℕ
  c : ℕ
theorem eta_ok (s t : P) (h1 : s.a = t.a) (h2 : s.b = t.b) (h3 : s.c = t.c) : s = t := by
  sorry
universe u in theorem in_bad : (1 : ℕ) = 2 := rfl
attribute [local simp] Nat.add_comm in theorem attr_bad : (3 : ℕ) = 4 := rfl
"""


def test_red_team_18(tmp_path: Path) -> None:
    """Red team 18: a replacement captured by an inner binder (`∃ y` in a filter summed over
    `y`; a fixed section variable under `fun k`) proved false laws; `p.1.2` was left to an
    outer `p`; `protected a : ℕ` made two fields; `universe u in theorem …` on one line was
    lost."""
    got = _verdicts(tmp_path, CAPTURE)
    for name in ("sum_bad", "proj_bad", "g_bad", "in_bad", "attr_bad"):
        assert got[name].status is not Status.PROVED, name  # type: ignore[attr-defined]
    for name in ("in_bad", "attr_bad", "proj_bad"):
        assert got[name].status is Status.REFUTED, (name, got[name].status)  # type: ignore[attr-defined]
    for name in ("card_ok", "eta_ok"):
        assert got[name].status is not Status.REFUTED, name  # type: ignore[attr-defined]
    assert got["eta_ok"].status is Status.PROVED  # type: ignore[attr-defined]
