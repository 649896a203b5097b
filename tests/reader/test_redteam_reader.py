"""Red-team regressions of the reader: real Lean 4 / Mathlib idioms read unmodified.

Each case is valid Lean that the reader once rejected or mis-read; the file-level test also
checks that every other declaration of a realistic file survives, and that each statement
printed back parses to the same tree.
"""

from __future__ import annotations

import pytest

from jepa_formal.reader import (
    Definition,
    Theorem,
    parse_term,
    parse_text,
    print_decl,
    print_term,
    syntax,
)

MATHLIB_FILE = '''\
/-
Copyright (c) 2025. /- nested -/ still a comment
-/
module

public import NN.MLTheory.SelfSupervised.Masking
import Mathlib.Analysis.InnerProductSpace.Basic

@[expose] public section
noncomputable section

namespace Foo.Bar

open Finset BigOperators
variable {α : Type*} [AddCommMonoid α]
variable {n : ℕ}

/-- A doc. -/
@[simp, norm_cast] lemma cast_add (a b : ℕ) : ((a + b : ℕ) : ℤ) = (a : ℤ) + (b : ℤ) := by
  push_cast
  ring

mutual
def isEven : ℕ → Bool
  | 0 => true
  | n + 1 => isOdd n
def isOdd : ℕ → Bool
  | 0 => false
  | n + 1 => isEven n
end

def fold (xs : List ℕ) : ℕ := xs.foldl (fun n x => n + x) 0

def headOr (xs : List ℕ) : ℕ :=
  match h : xs with
  | [] => 0
  | x :: _ => x

def getOr (xs : List ℕ) (i : ℕ) : ℕ :=
  if h : i < xs.length then xs[i]'h else 0

theorem nnreal_refl (x : ℝ≥0) : x = x := rfl

theorem norm_sq (x : ℝ) : ‖x‖ ^ 2 = |‖x‖| ^ 2 := by simp

theorem inner_comm (x y : ℝ) : ⟪x, y⟫_ℝ = ⟪y, x⟫_ℝ := real_inner_comm _ _

theorem fmap_id (xs : List ℕ) : (fun x ↦ x) <$> xs = xs := by simp

theorem fin_val (i : Fin n) : (i : ℕ) < n := i.isLt

theorem last_one (a : ℕ) : a * 0 = 0 := Nat.mul_zero a

end Foo.Bar
end
'''


def _decls() -> dict[str, syntax.Decl]:
    module = parse_text(MATHLIB_FILE, "Mathlib.lean")
    assert module.errors == ()
    return {d.name: d for d in module.decls}


def test_every_declaration_of_a_mathlib_style_file_is_read() -> None:
    names = set(_decls())
    assert {
        "Foo.Bar.cast_add", "Foo.Bar.isEven", "Foo.Bar.isOdd", "Foo.Bar.fold",
        "Foo.Bar.headOr", "Foo.Bar.getOr", "Foo.Bar.nnreal_refl", "Foo.Bar.norm_sq",
        "Foo.Bar.inner_comm", "Foo.Bar.fmap_id", "Foo.Bar.fin_val", "Foo.Bar.last_one",
    } <= names


@pytest.mark.parametrize("name", ["Foo.Bar.isEven", "Foo.Bar.isOdd", "Foo.Bar.fold"])
def test_bound_names_do_not_pull_in_a_section_variable(name: str) -> None:
    # `| n + 1 => …` and `fun n x => …` bind their own `n`: `variable {n : ℕ}` is not used
    assert _decls()[name].section_binders == ()


def test_a_used_section_variable_is_still_attached() -> None:
    decl = _decls()["Foo.Bar.fin_val"]
    assert [b.names for b in decl.section_binders] == [("n",)]


def test_nnreal_is_one_type_name_not_a_comparison() -> None:
    thm = _decls()["Foo.Bar.nnreal_refl"]
    assert isinstance(thm, Theorem)
    assert thm.binders[0].type == syntax.Ident("ℝ≥0")
    assert parse_term("(x : ℝ≥0∞)") == syntax.Ascription(syntax.Ident("x"), syntax.Ident("ℝ≥0∞"))
    assert parse_term("x ≥ 0") == syntax.BinOp("≥", syntax.Ident("x"), syntax.NatLit(0))
    assert parse_term("ℝ ≥ 0") == syntax.BinOp("≥", syntax.Ident("ℝ"), syntax.NatLit(0))


def test_match_with_a_named_discriminant() -> None:
    body = _decls()["Foo.Bar.headOr"]
    assert isinstance(body, Definition) and isinstance(body.body, syntax.Match)
    assert body.body.scrutinees == (syntax.Ident("xs"),)
    assert parse_term("match h : xs, k : ys with | a, b => a") == parse_term(
        "match xs, ys with | a, b => a")


def test_index_with_a_bound_proof_is_the_plain_index() -> None:
    assert parse_term("xs[i]'h") == parse_term("xs[i]")
    assert parse_term("xs[i]'(by omega) + 1") == parse_term("xs[i] + 1")


def test_norm_inner_product_and_functor_map_notation() -> None:
    assert parse_term("‖x‖") == parse_term("norm x")
    assert parse_term("‖x - ‖y‖‖ ^ 2") == parse_term("norm (x - norm y) ^ 2")
    assert parse_term("⟪x, y⟫_ℝ") == parse_term("inner x y")
    assert parse_term("f <$> g <$> xs") == parse_term("Functor.map f (Functor.map g xs)")
    assert parse_term("f <$> xs = ys") == parse_term("(Functor.map f xs) = ys")


def test_statements_print_back_to_the_same_tree() -> None:
    for decl in _decls().values():
        if not isinstance(decl, Theorem):
            continue
        text = print_decl(decl) + " := sorry"
        again = parse_text(text, "again.lean")
        assert again.errors == (), text
        (back,) = again.decls
        assert isinstance(back, Theorem)
        assert back.statement == decl.statement, print_term(decl.statement)
        assert back.binders == decl.binders


def test_a_numeral_beyond_python_digit_limit_is_read_and_printed() -> None:
    digits = "7" + "0" * 20000
    module = parse_text(f"theorem big : {digits} > 0 := by norm_num\ntheorem ok : 1 = 1 := rfl\n")
    assert module.errors == ()
    big, ok = module.decls
    assert isinstance(big, Theorem) and isinstance(big.statement, syntax.BinOp)
    assert big.statement.lhs == syntax.NatLit(7 * 10**20000)
    assert print_term(big.statement) == f"{digits} > 0"
    assert ok.name == "ok"


def test_unexpected_character_errors_name_only_real_alternatives() -> None:
    module = parse_text("theorem z\u0301 (a : ℕ) : a = a := rfl\n"
                        "theorem rtl (a : ℕ) : a = a \u202e := rfl\ntheorem ok : 1 = 1 := rfl\n")
    first, second = module.errors
    assert "`‖`" not in first.expected  # a norm cannot start a binder
    assert not [e for e in first.expected + second.expected if "NORM" in e or "INNER" in e]
    assert [d.name for d in module.decls] == ["ok"]


def test_notation_commands_with_a_precedence_are_commands() -> None:
    module = parse_text(
        'notation:65 a " ⊞ " b => a + b + 1\n'
        'scoped infixl:70 " ⊠ " => Nat.mul\n'
        "syntax:max \"foo\" term : term\n"
        "theorem ok (a : ℕ) : a + 0 = a := rfl\n"
    )
    assert module.errors == ()
    assert [d.name for d in module.decls if isinstance(d, Theorem)] == ["ok"]
