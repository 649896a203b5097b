"""Red-team regressions: valid Lean the reader or the elaborator once refused.

Each construct is read and modelled as Lean means it: true laws pass (proved, bounded or
tested), their false twins are refuted. The concrete values are pinned against Lean's own
definitions (quoted beside each case).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.reader import parse_term
from jepa_formal.reader.printer import print_term
from jepa_formal.verdict import Status

from ._lean import value

PASS = {Status.PROVED, Status.BOUNDED, Status.TESTED}
FAIL = {Status.REFUTED}

SOURCE = """
inductive Color
  | red
  | green
  | blue

def Color.next : Color → Color
  | .red => .green
  | .green => .blue
  | .blue => .red

inductive Tone
  | low | high

theorem col_cycle (c : Color) : c.next.next.next = c := by sorry
theorem col_cycle_F (c : Color) : c.next.next = c := by sorry
theorem tone_two (t : Tone) : t = .low ∨ t = .high := by sorry
theorem tone_F (t : Tone) : t = .low := by sorry

theorem range_step : List.range' 0 3 2 = [0, 2, 4] := by sorry
theorem range_step_F : List.range' 0 3 2 = [0, 1, 2] := by sorry
theorem range_step_len (s n k : ℕ) : (List.range' s n k).length = n := by sorry
theorem range_step_one (s n : ℕ) : List.range' s n 1 = List.range' s n := by sorry
theorem range_step_any_F (s n k : ℕ) : List.range' s n k = List.range' s n := by sorry

theorem zmod_rem (a : ℤ) : a ≡ a % 5 [ZMOD 5] := by sorry
theorem zmod_rem_F (a : ℤ) : a ≡ a % 5 + 1 [ZMOD 5] := by sorry
theorem zmod_neg_mod : (-1 : ℤ) ≡ 3 [ZMOD -4] := by sorry
theorem zmod_neg_mod_F : (-1 : ℤ) ≡ 2 [ZMOD -4] := by sorry
theorem zmod_shift (a : ℤ) : a ≡ a + 4 [ZMOD -4] := by sorry
theorem zmod_shift_F (a : ℤ) : a ≡ a + 2 [ZMOD -4] := by sorry
theorem zmod_zero (a b : ℤ) (h : a ≡ b [ZMOD 0]) : a = b := by sorry
theorem zmod_one_F (a b : ℤ) (h : a ≡ b [ZMOD 1]) : a = b := by sorry
theorem zmod_neg_rhs : (7 : ℤ) ≡ -1 [ZMOD 4] := by sorry
theorem zmod_pow (y : ℤ) : y ^ 2 ≡ y * y [ZMOD 3] := by sorry
theorem mod_nat (a : ℕ) : a + 6 ≡ a [MOD 3] := by sorry
theorem mod_nat_F (a : ℕ) : a + 5 ≡ a [MOD 3] := by sorry

theorem sup_max (a b : ℕ) : a ⊔ b = max a b := by sorry
theorem inf_le_sup (a b : ℤ) : a ⊓ b ≤ a ⊔ b := by sorry
theorem sup_le_inf_F (a b : ℤ) : a ⊔ b ≤ a ⊓ b := by sorry
theorem sup_bool (a b : Bool) : a ⊔ b = (a || b) := by sorry
theorem sup_bool_F (a b : Bool) : a ⊔ b = (a && b) := by sorry
theorem sup_inf_real (x y : ℝ) : x ⊔ y + x ⊓ y = x + y := by sorry
theorem sup_prec (a b c : ℕ) : a ⊔ b ⊓ c = max a (min b c) := by sorry
theorem sup_prec_F (a b c : ℕ) : a ⊔ b ⊓ c = min (max a b) c := by sorry
theorem sup_binds_tighter_than_add_F (a b : ℕ) : a + 1 ⊔ b = max (a + 1) b := by sorry
theorem sup_linear {α : Type} [LinearOrder α] (a b : α) : a ⊔ b = b ⊔ a := by sorry
theorem sup_lattice {α : Type} [Lattice α] (a b c : α) :
    a ⊔ (b ⊓ c) = (a ⊔ b) ⊓ (a ⊔ c) := by sorry
theorem sup_no_class {α : Type} (a b : α) : a ⊔ b = b ⊔ a := by sorry

def helper (n : ℕ) : ℕ := go n 0
where
  go : ℕ → ℕ → ℕ
    | 0, acc => acc
    | k + 1, acc => go k (acc + k + 1)
theorem helper_tri (n : ℕ) : helper n * 2 = n * (n + 1) := by sorry
theorem helper_F (n : ℕ) : helper n = n := by sorry
def count (n : ℕ) : ℕ := go n 0 where go : ℕ → ℕ → ℕ | 0, acc => acc | k+1, acc => go k (acc+1)
theorem count_id (n : ℕ) : count n = n := by sorry
theorem count_F (n : ℕ) : count n = n + 1 := by sorry
def dbl (n : ℕ) : ℕ := go n
where
  go : ℕ → ℕ
  | 0 => 0
  | k + 1 => go k + 2
theorem dbl_two (n : ℕ) : dbl n = 2 * n := by sorry
theorem dbl_F (n : ℕ) : dbl n = n := by sorry
def twiceInc (n : ℕ) : ℕ := twice (inc n)
where
  inc (k : ℕ) : ℕ := k + 1
  twice (k : ℕ) : ℕ := k * 2
theorem twiceInc_eq (n : ℕ) : twiceInc n = 2 * n + 2 := by sorry
theorem twiceInc_F (n : ℕ) : twiceInc n = 2 * n + 1 := by sorry

theorem fs_sum : ∑ i ∈ ({1, 2, 3} : Finset ℕ), i = 6 := by sorry
theorem fs_sum_dedup : ∑ i ∈ ({1, 2, 2, 3} : Finset ℕ), i = 6 := by sorry
theorem fs_sum_dedup_F : ∑ i ∈ ({1, 2, 2, 3} : Finset ℕ), i = 8 := by sorry
theorem fs_card : ({1, 1} : Finset ℕ).card = 1 := by sorry
theorem fs_card_F : ({1, 1} : Finset ℕ).card = 2 := by sorry
theorem fs_mem : (2 : ℕ) ∈ ({1, 2} : Finset ℕ) := by sorry
theorem fs_mem_F : (3 : ℕ) ∈ ({1, 2} : Finset ℕ) := by sorry
theorem fs_notmem (x : ℤ) (h : x ∉ ({0} : Finset ℤ)) : x ≠ 0 := by sorry
theorem fs_domain : ∑ i ∈ {1, 2}, i = 3 := by sorry
theorem fs_fun (f : ℕ → ℤ) : ∑ i ∈ ({0, 1} : Finset ℕ), f i = f 0 + f 1 := by sorry
theorem fs_fun_dup_F (f : ℕ → ℤ) : ∑ i ∈ ({0, 0} : Finset ℕ), f i = f 0 + f 0 := by sorry
theorem fs_vars_F (a b : ℕ) : ∑ i ∈ ({a, b} : Finset ℕ), i = a + b := by sorry
theorem set_mem : (2 : ℕ) ∈ ({1, 2, 3} : Set ℕ) := by sorry
theorem set_mem_F : (4 : ℕ) ∈ ({1, 2, 3} : Set ℕ) := by sorry
theorem set_mem_hyp (x : ℕ) (h : x ∈ ({1, 2} : Set ℕ)) : x ≤ 2 := by sorry
theorem set_mem_hyp_F (x : ℕ) (h : x ∈ ({1, 2} : Set ℕ)) : x ≤ 1 := by sorry
theorem set_mem_real : (0.5 : ℝ) ∈ ({1/2, 3} : Set ℝ) := by sorry
theorem set_ncard : ({1, 2} : Set ℕ).ncard = 2 := by sorry
"""

EXPECT = {
    "col_cycle": PASS, "col_cycle_F": FAIL, "tone_two": PASS, "tone_F": FAIL,
    "range_step": PASS, "range_step_F": FAIL, "range_step_len": PASS,
    "range_step_one": PASS, "range_step_any_F": FAIL,
    "zmod_rem": PASS, "zmod_rem_F": FAIL, "zmod_neg_mod": PASS, "zmod_neg_mod_F": FAIL,
    "zmod_shift": PASS, "zmod_shift_F": FAIL, "zmod_zero": PASS, "zmod_one_F": FAIL,
    "zmod_neg_rhs": PASS, "zmod_pow": PASS, "mod_nat": PASS, "mod_nat_F": FAIL,
    "sup_max": PASS, "inf_le_sup": PASS, "sup_le_inf_F": FAIL, "sup_bool": PASS,
    "sup_bool_F": FAIL, "sup_inf_real": PASS, "sup_prec": PASS, "sup_prec_F": FAIL,
    "sup_binds_tighter_than_add_F": FAIL, "sup_linear": PASS,
    # a lattice that is not linear (M3) has no max: refused by name, never a verdict
    "sup_lattice": {Status.UNSUPPORTED}, "sup_no_class": {Status.UNSUPPORTED},
    "helper_tri": PASS, "helper_F": FAIL, "count_id": PASS, "count_F": FAIL,
    "dbl_two": PASS, "dbl_F": FAIL, "twiceInc_eq": PASS, "twiceInc_F": FAIL,
    "fs_sum": PASS, "fs_sum_dedup": PASS, "fs_sum_dedup_F": FAIL, "fs_card": PASS,
    "fs_card_F": FAIL, "fs_mem": PASS, "fs_mem_F": FAIL, "fs_notmem": PASS, "fs_domain": PASS,
    "fs_fun": PASS, "fs_fun_dup_F": FAIL, "fs_vars_F": FAIL, "set_mem": PASS,
    "set_mem_F": FAIL, "set_mem_hyp": PASS, "set_mem_hyp_F": FAIL, "set_mem_real": PASS,
    # a Set is no computed value: its cardinality is refused by name
    "set_ncard": {Status.UNSUPPORTED},
}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("redteam") / "Readers.lean"
    path.write_text(SOURCE, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=5.0, max_examples=300))
    assert run.parse_errors == ()
    return {v.name.rsplit(".", 1)[-1]: v for v in run.verdicts}


def test_every_law_is_read(verdicts: dict) -> None:
    assert set(verdicts) == set(EXPECT)


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_law_gets_its_verdict(verdicts: dict, name: str) -> None:
    assert verdicts[name].status in EXPECT[name], (verdicts[name].status, verdicts[name].detail)


@pytest.mark.parametrize(("text", "want"), [
    # List.range' s n step = [s, s + step, …] (n elements); step defaults to 1
    ("List.range' 0 3 2", [0, 2, 4]),
    ("List.range' 5 3", [5, 6, 7]),
    ("List.range' 1 4 0", [1, 1, 1, 1]),
    ("List.range' 2 0 7", []),
    # Int.ModEq n a b := a % n = b % n (Euclidean %, % 0 is the identity)
    ("decide ((-1 : ℤ) ≡ 3 [ZMOD -4])", True),
    ("decide ((-1 : ℤ) ≡ -5 [ZMOD -4])", True),
    ("decide ((5 : ℤ) ≡ -5 [ZMOD 0])", False),
    ("decide ((5 : ℤ) ≡ 5 [ZMOD 0])", True),
    ("decide ((2 : ℤ) ≡ 3 + 4 [ZMOD 5])", True),
])
def test_values(text: str, want: object) -> None:
    got = value(text)
    assert (list(got) if isinstance(want, list) else got) == want


@pytest.mark.parametrize("text", ["({1, 2} : Finset ℕ)", "{a}", "x ∈ ({1, 2, 3} : Set ℕ)",
                                  "{ x := 1 }", "{ s with x := 1 }", "{x | x > 1}", "{ .. }"])
def test_braces_roundtrip(text: str) -> None:
    term = parse_term(text)
    assert parse_term(print_term(term)) == term
    if "{1" in text or "{a" in text:  # set literals print back as written
        assert print_term(term).replace(" ", "") == text.replace(" ", "")


def test_where_less_inductive_in_a_file_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "One.lean"
    path.write_text("inductive Bit | zero | one\n"
                    "theorem bit_F (b : Bit) : b = .zero := by sorry\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=5.0, max_examples=100))
    assert [v.status for v in run.verdicts] == [Status.REFUTED]
