"""Every row of lean-semantics.md on the concrete meaning, written as Lean text.

Each case goes through the whole mirror: the reader parses it, the elaborator gives numerals
their positional types and inserts coercions, the concrete evaluator computes it.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import pytest

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.values import Some, TableFn

from ._lean import parse_text, value

CASES: list[tuple[str, str | None, dict[str, tuple[str, Any]], Any]] = [
    # ℕ: truncated subtraction, floor division, x / 0 = 0, x % 0 = x
    ("(2 : ℕ) - 3", None, {}, 0),
    ("x - 1", None, {"x": ("ℕ", 0)}, 0),
    ("(7 : ℕ) / 2", None, {}, 3),
    ("(5 : ℕ) / 0", None, {}, 0),
    ("(5 : ℕ) % 0", None, {}, 5),
    ("1 / 2", None, {}, 0),
    # ℤ: Euclidean division and remainder
    ("(7 : ℤ) / -2", None, {}, -3),
    ("(-7 : ℤ) / 2", None, {}, -4),
    ("(-7 : ℤ) % 2", None, {}, 1),
    ("(7 : ℤ) % -2", None, {}, 1),
    ("(-7 : ℤ) % -2", None, {}, 1),
    ("(7 : ℤ) / 0", None, {}, 0),
    ("(-5 : ℤ) % 0", None, {}, -5),
    # ℝ: exact, division by zero is zero, sqrt of a negative is zero
    ("(1 : ℝ) / 2", None, {}, Fraction(1, 2)),
    ("(1 / 2 : ℝ)", None, {}, Fraction(1, 2)),
    ("x / 0", None, {"x": ("ℝ", Fraction(3))}, 0),
    ("(0 : ℝ)⁻¹", None, {}, 0),
    ("2⁻¹", "ℝ", {}, Fraction(1, 2)),
    ("Real.sqrt (-1)", None, {}, 0),
    ("Real.sqrt 4", None, {}, 2),
    ("(1 : ℚ) / 3 + 1 / 3", None, {}, Fraction(2, 3)),
    # numerals take the type their position asks for; ↑ casts before subtracting
    ("(n - m : ℝ)", None, {"n": ("ℕ", 2), "m": ("ℕ", 3)}, -1),
    ("((n - m : ℕ) : ℝ)", None, {"n": ("ℕ", 2), "m": ("ℕ", 3)}, 0),
    ("x + n", None, {"x": ("ℤ", -5), "n": ("ℕ", 2)}, -3),
    # Fin n: wrap-around; coercions to ℕ do not wrap
    ("(3 : Fin 5) + 4", None, {}, 2),
    ("(2 : Fin 5) - 4", None, {}, 3),
    ("(3 : Fin 5) * 4", None, {}, 2),
    ("(7 : Fin 5)", None, {}, 2),
    ("i + 1", None, {"i": ("Fin 5", 4)}, 0),
    ("(i : ℕ) + 4", None, {"i": ("Fin 5", 3)}, 7),
    ("i.val + 4", None, {"i": ("Fin 5", 3)}, 7),
    ("↑i + 4", "ℕ", {"i": ("Fin 5", 3)}, 7),
    ("∀ i : Fin 0, False", None, {}, True),
    ("∃ i : Fin 0, True", None, {}, False),
    ("∀ i : Fin 3, (i : ℕ) < 3", None, {}, True),
    ("f = g", None, {"f": ("Fin 0 → ℕ", TableFn(1, {}, 1)), "g": ("Fin 0 → ℕ", TableFn(1, {}, 2))},
     True),
    # Float: IEEE in written order, sums are right folds
    ("[a, b, c].sum", None, {"a": ("Float", 1.0), "b": ("Float", 1e16), "c": ("Float", -1e16)},
     1.0),
    ("(a + b) + c", None, {"a": ("Float", 1.0), "b": ("Float", 1e16), "c": ("Float", -1e16)},
     0.0),
    ("(1.0 : Float) / 0", None, {}, math.inf),
    ("2.5", None, {}, 2.5),
    ("(2.5 : ℝ)", None, {}, Fraction(5, 2)),
    # lists
    ("List.take 5 [1, 2, 3]", None, {}, (1, 2, 3)),
    ("List.drop 5 [1, 2, 3]", None, {}, ()),
    ("[1, 2, 3].take 2", None, {}, (1, 2)),
    ("List.zip [1, 2, 3] [4, 5]", None, {}, ((1, 4), (2, 5))),
    ("List.zipWith (· + ·) [1, 2, 3] [10, 20]", None, {}, (11, 22)),
    ("([2, 2].map f).sum", None, {"f": ("ℕ → ℕ", TableFn(1, {(2,): 5}, 0))}, 10),
    ("∑ x ∈ [2, 2].toFinset, f x", None, {"f": ("ℕ → ℕ", TableFn(1, {(2,): 5}, 0))}, 5),
    ("xs[5]!", None, {"xs": ("List ℕ", (1, 2))}, 0),
    ("xs[1]!", None, {"xs": ("List ℕ", (1, 2))}, 2),
    ("xs[1]?", None, {"xs": ("List ℕ", (1, 2))}, Some(2)),
    ("xs[2]?", None, {"xs": ("List ℕ", (1, 2))}, None),
    ("(xs[2]?).getD 9", None, {"xs": ("List ℕ", (1, 2))}, 9),
    ("xs.head!", None, {"xs": ("List ℤ", ())}, 0),
    ("List.replicate 3 7", None, {}, (7, 7, 7)),
    ("(List.replicate n 1).sum", None, {"n": ("ℕ", 4)}, 4),
    ("(xs ++ ys).length", None, {"xs": ("List ℕ", (1,)), "ys": ("List ℕ", (2, 3))}, 3),
    ("xs.reverse", None, {"xs": ("List ℕ", (1, 2, 3))}, (3, 2, 1)),
    ("1 :: [2]", None, {}, (1, 2)),
    ("List.range 3", None, {}, (0, 1, 2)),
    ("List.foldl (· - ·) 10 [1, 2]", None, {}, 7),
    ("List.foldr (· - ·) 0 [5, 3]", None, {}, 2),
    ("[1, 2, 3].filter (· > 1)", None, {}, (2, 3)),
    ("[2, 1, 2].count 2", None, {}, 2),
    ("(2 : ℕ) ∈ [1, 2]", None, {}, True),
    ("(3 : ℕ) ∉ [1, 2]", None, {}, True),
    ("∀ i ∈ [1, 2], i < 3", None, {}, True),
    ("∀ i < 3, i * i < 9", None, {}, True),
    ("∃ i ≤ n, i = n", None, {"n": ("ℕ", 2)}, True),
    ("∀ i < n, i + 1 < n", None, {"n": ("ℕ", 3)}, False),
    ("∃ i ∈ xs, i > 2", None, {"xs": ("List ℕ", (1, 2))}, False),
    ("xs.prod", None, {"xs": ("List ℕ", (2, 3))}, 6),
    ("xs.tail", None, {"xs": ("List ℕ", (2, 3))}, (3,)),
    ("xs.tail", None, {"xs": ("List ℕ", ())}, ()),
    ("xs.isEmpty", None, {"xs": ("List ℕ", ())}, True),
    ("xs.head?", None, {"xs": ("List ℕ", (5,))}, Some(5)),
    ("xs.head?", None, {"xs": ("List ℕ", ())}, None),
    ("xs.getLast!", None, {"xs": ("List ℕ", (5, 6))}, 6),
    ("xs.getLast!", None, {"xs": ("List ℕ", ())}, 0),
    ("xs.getD 5 9", None, {"xs": ("List ℕ", (5, 6))}, 9),
    ("[].sum", "ℕ", {}, 0),
    # arrays
    ("#[1, 2].size", None, {}, 2),
    ("#[1, 2].push 3", None, {}, (1, 2, 3)),
    ("(Array.replicate 2 (0 : ℕ))", None, {}, (0, 0)),
    ("#[1, 2, 3].sum", None, {}, 6),
    ("(#[1, 2].map (· * 2)).reverse", None, {}, (4, 2)),
    # max, min, abs, if, Bool, decide
    ("max (3 : ℤ) (-1)", None, {}, 3),
    ("min x 2", None, {"x": ("ℕ", 5)}, 2),
    ("|(-3 : ℤ)|", None, {}, 3),
    ("if x < 3 then x else 0", None, {"x": ("ℕ", 2)}, 2),
    ("if h : i < xs.length then xs[i] else 7", None, {"xs": ("List ℕ", (4,)), "i": ("ℕ", 1)},
     7),
    ("!true && false || true", None, {}, True),
    ("decide (1 < 2)", None, {}, True),
    ("m i = true", None, {"m": ("Fin 2 → Bool", TableFn(1, {(1,): True}, False)),
                          "i": ("Fin 2", 0)}, False),
    # Prop equality: Float values equal themselves (NaN too); functions are extensional
    ("x = x", None, {"x": ("Float", math.nan)}, True),
    ("x == x", None, {"x": ("Float", math.nan)}, False),
    ("[x] = [x]", None, {"x": ("Float", math.nan)}, True),
    ("(0.1 + 0.2 : Float) = 0.3", None, {}, False),
    ("f = g", None, {"f": ("Fin 2 → ℕ", TableFn(1, {(0,): 1}, 1)),
                     "g": ("Fin 2 → ℕ", TableFn(1, {}, 1))}, True),
    ("f = g", None, {"f": ("Fin 2 → ℕ", TableFn(1, {(0,): 2}, 1)),
                     "g": ("Fin 2 → ℕ", TableFn(1, {}, 1))}, False),
    ("(fun i : Fin 3 => (i : ℕ) + 0) = (fun i => (i : ℕ))", None, {}, True),
    ("f ≠ g", None, {"f": ("Bool → Bool → Bool", TableFn(2, {(True, True): True}, False)),
                     "g": ("Bool → Bool → Bool", TableFn(2, {}, False))}, True),
    # big operators
    ("∑ j : Fin 3, (j : ℕ)", None, {}, 3),
    ("∑ j ∈ Finset.range 4, j", None, {}, 6),
    ("Finset.univ.sum (fun j : Fin 3 => (j : ℕ) * 2)", None, {}, 6),
    ("Finset.sum (Finset.range 3) (fun j => j)", None, {}, 3),
    ("∏ j ∈ Finset.range 4, (j + 1)", None, {}, 24),
    ("∑ j : Fin d, (z j - w j) ^ 2", None,
     {"d": ("ℕ", 2), "z": ("Fin d → ℝ", TableFn(1, {(0,): Fraction(1)}, Fraction(0))),
      "w": ("Fin d → ℝ", TableFn(1, {(1,): Fraction(3)}, Fraction(0)))}, 10),
    # pairs, functions, misc
    ("(1, 2).1", None, {}, 1),
    ("p.2", None, {"p": ("ℕ × ℤ", (1, -2))}, -2),
    ("Nat.succ 3", None, {}, 4),
    ("id 3", None, {}, 3),
    ("((· + 1) ∘ (· * 2)) 3", None, {}, 7),
    ("3 |> (· + 1)", None, {}, 4),
    ("(fun x y => x * 10 + y) 1 2", None, {}, 12),
    ("let y := x + 1; y * y", None, {"x": ("ℕ", 2)}, 9),
    ("(2 : ℕ) ^ 10", None, {}, 1024),
    ("(2 : ℕ) ∣ 6", None, {}, True),
    # issue 11: range', Nodup, Option.map/bind, dotProduct, maps over pairs, Unit binders
    ("List.range' 2 3", None, {}, (2, 3, 4)),
    ("(List.range' 5 0).length", None, {}, 0),
    ("[1, 2, 1].Nodup", None, {}, False),
    ("[1, 2, 3].Nodup", None, {}, True),
    ("(some 2).map (· + 1)", None, {}, Some(3)),
    ("((none : Option ℕ).map (· + 1)).getD 7", None, {}, 7),
    ("(some 2).bind (fun x => if x > 1 then some (x * 10) else none)", None, {}, Some(20)),
    ("(some 0).bind (fun x => if x > 1 then some (x * 10) else none)", None, {}, None),
    ("Matrix.dotProduct v w", None,
     {"v": ("Fin 2 → ℝ", TableFn(1, {(0,): Fraction(3)}, Fraction(1))),
      "w": ("Fin 2 → ℝ", TableFn(1, {(1,): Fraction(5)}, Fraction(2)))}, Fraction(11)),
    ("((xs.zip ys).map (fun p => p.1 * p.2)).sum", None,
     {"xs": ("List ℕ", (1, 2, 3)), "ys": ("List ℕ", (4, 5))}, 14),
    ("(fun (_ : Unit) (i : ℕ) => i + 1) () 2", None, {}, 3),
    ("∑ i : Fin 3, |x i - 1|", None, {"x": ("Fin 3 → ℤ", TableFn(1, {(0,): -2}, 1))}, 3),
    ("‖x‖", None, {"x": ("Fin 3 → ℝ", TableFn(1, {(1,): Fraction(-5)}, Fraction(2)))},
     Fraction(5)),
    ("‖x‖", None, {"x": ("Fin 0 → ℝ", TableFn(1, {}, Fraction(2)))}, Fraction(0)),
    ("‖r‖", None, {"r": ("ℝ", Fraction(-3, 2))}, Fraction(3, 2)),
    ("(fun | 0 => 1 | _ => 2 : ℕ → ℕ) 0", None, {}, 1),
    ("(fun | 0 => 1 | _ => 2 : ℕ → ℕ) 5", None, {}, 2),
    ("(fun | 0 => (0 : ℤ) | _ => 1 : ℤ → ℤ) (-3)", None, {}, 1),
    ("∃! i : Fin 3, m i = true", None, {"m": ("Fin 3 → Bool", TableFn(1, {(1,): True}, False))},
     True),
    ("∃! i : Fin 3, m i = true", None, {"m": ("Fin 3 → Bool", TableFn(1, {(0,): False}, True))},
     False),
]


@pytest.mark.parametrize(("text", "at", "binds", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_concrete_meaning(text: str, at: str | None, binds: dict[str, tuple[str, Any]],
                          expected: Any) -> None:
    got = value(text, at, **binds)
    assert got == expected
    assert type(got) is type(expected) or isinstance(expected, (int, bool, tuple))


@pytest.mark.parametrize(
    ("text", "binds", "construct"),
    [
        ("Real.cos x", {"x": ("ℝ", Fraction(0))}, "Real.cos"),
        ("x + y", {"α": ("Type", 2), "x": ("α", 0), "y": ("α", 0)}, "type variable"),
        ("(1 : α)", {"α": ("Type", 2)}, "numeral"),
        ("∀ n : ℕ, n ≥ 0", {}, "∀ over ℕ"),
        ("-(1 : ℕ)", {}, "negation"),
        ("unknownThing 3", {}, "unknownThing"),
        ("[1, 2] + 3", {}, "type mismatch"),
        ("xs.foo", {"xs": ("List ℕ", ())}, "List.foo"),
        ("(fun x => x) 1 2", {}, "too many arguments"),
        ("∑ i ∈ xs, i", {"xs": ("List ℕ", ())}, "must be a Finset"),
        ("(1 : Fin 0)", {}, "Fin 0"),
        ("x ^ (1 / 2 : ℝ)", {"x": ("ℝ", Fraction(1))}, "exponent"),
        ("[] = []", {}, "could not infer"),
        ("by simp", {}, "Tactic"),
        ("(x : Set ℕ)", {"x": ("ℕ", 1)}, "Set"),
        ("∀ α : Type, True", {}, "quantifier over types"),
        ("Float.sin 1.0", {}, "Float.sin"),
        ("Real.pi", {}, "Real.pi"),
        ("(n : α)", {"α": ("Type", 2), "n": ("ℕ", 1)}, "Nat.cast"),
        ("x * y", {"α": ("Type", 2), "x": ("α", 0), "y": ("α", 0)}, "type variable"),
        ("f = g", {"f": ("ℕ → ℕ", None), "g": ("ℕ → ℕ", None)}, "functions over an infinite"),
    ],
)
def test_unsupported_constructs_are_named(text: str, binds: dict[str, tuple[str, Any]],
                                          construct: str) -> None:
    with pytest.raises(Unsupported, match=construct.replace("[", r"\[").replace("?", r"\?")):
        value(text, None, **binds)


def test_a_very_long_list_literal_is_unsupported_not_a_crash() -> None:
    text = "[" + ", ".join(["1"] * 2000) + "].sum"
    with pytest.raises(Unsupported, match="nested too deeply"):
        value(text)


def test_a_long_list_literal_still_evaluates() -> None:
    assert value("[" + ", ".join(["1"] * 150) + "].sum") == 150


# --------------------------------------------------------------------------------------------
# Whole theorems: instance binders, section variables, BEq (checked end to end)
# --------------------------------------------------------------------------------------------


def _verdicts(tmp_path: Any, text: str) -> dict[str, Any]:
    """Check a Lean file's theorems (small budgets) and return the verdicts by short name."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "Laws.lean"
    path.write_text(text)
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=300))
    assert not run.parse_errors, run.parse_errors
    return {v.name.rsplit(".", 1)[-1]: v for v in run.verdicts}


def _status(verdict: Any) -> str:
    return str(verdict.status.value)


PASSES = {"proved", "bounded", "tested"}

INSTANCE_LAWS = """
namespace Inst
theorem one_pos' [NeZero n] : (0 : Fin (n + 1)) < 1 := by sorry
theorem one_pos'_without (n : ℕ) : (0 : Fin (n + 1)) < 1 := by sorry
theorem fact_two_le (p : ℕ) [Fact (1 < p)] : 2 ≤ p := by sorry
theorem fact_two_le_without (p : ℕ) : 2 ≤ p := by sorry
section
variable {n : ℕ} [n.AtLeastTwo]
theorem one_lt : 1 < n := by sorry
end
theorem one_lt_without (n : ℕ) : 1 < n := by sorry
theorem pred_succ (n : ℕ) [Nonempty (Fin n)] : n - 1 + 1 = n := by sorry
theorem pred_succ_inhabited (n : ℕ) [Inhabited (Fin n)] : n - 1 + 1 = n := by sorry
theorem pred_succ_without (n : ℕ) : n - 1 + 1 = n := by sorry
theorem div_self' (x : ℤ) [NeZero x] : x / x = 1 := by sorry
theorem div_self'_without (x : ℤ) : x / x = 1 := by sorry
theorem two_le_card (n : ℕ) [Nontrivial (Fin n)] : 1 < n := by sorry
theorem rev_len {α : Type} [Fintype α] [DecidableEq α] [Repr α] (xs : List α) :
    xs.reverse.length = xs.length := by sorry
theorem named [h : NeZero n] : n ≠ 0 := by sorry
theorem unknown_class {α : Type} [Subsingleton α] (a b : α) : a = b := by sorry
theorem fun_like {F R : Type} [FunLike F ℕ R] (f g : F) : f = g := by sorry
theorem local_add [Add ℕ] (a b : ℕ) : a + b = b + a := by sorry
theorem fintype_nat [Fintype ℕ] (x : ℕ) : x = 0 := by sorry
end Inst
"""


def test_proposition_classes_are_hypotheses(tmp_path: Any) -> None:
    got = _verdicts(tmp_path, INSTANCE_LAWS)
    for name in ("one_pos'", "fact_two_le", "one_lt", "pred_succ", "pred_succ_inhabited",
                 "div_self'", "two_le_card", "rev_len", "named"):
        assert _status(got[name]) in PASSES, (name, got[name])
    for name in ("one_pos'_without", "fact_two_le_without", "one_lt_without",
                 "pred_succ_without", "div_self'_without"):
        assert _status(got[name]) == "refuted", (name, got[name])


def test_unknown_instance_classes_are_unsupported_and_named(tmp_path: Any) -> None:
    got = _verdicts(tmp_path, INSTANCE_LAWS)
    for name, construct in (("unknown_class", "Subsingleton"), ("fun_like", "FunLike"),
                            ("local_add", "Add ℕ"), ("fintype_nat", "Fintype")):
        assert _status(got[name]) == "unsupported", (name, got[name])
        assert construct in (got[name].construct or ""), got[name]


def test_instance_hypotheses_are_law_hypotheses() -> None:
    from jepa_formal.mirror import Env, elaborate_theorem
    from jepa_formal.reader.project import Project

    module = parse_text("theorem t (x : ℤ) [NeZero x] [DecidableEq ℤ] : x / x = 1 := by sorry")
    env = Env.from_project(Project((module,)))
    law = elaborate_theorem(module.decls[0], env)
    assert [name for name, _ in law.hypotheses] == ["inst✝1"]
    assert law.instance_constraints == ("NeZero x", "DecidableEq ℤ")


SECTION_LAWS = """
namespace Sec
section Pos
variable (n : ℕ) (hn : 0 < n)
include hn in
theorem pred_incl : n - 1 + 1 = n := by sorry
theorem pred_not_included : n - 1 + 1 = n := by sorry
end Pos
section Wide
variable (a b : ℕ) (hab : b ≤ a)
include hab
theorem sub_add_wide : a - b + b = a := by sorry
omit hab in
theorem sub_add_omitted : a - b + b = a := by sorry
end Wide
section After
variable (a b : ℕ)
theorem sub_add_after : a - b + b = a := by sorry
end After
section Inst
variable {n : ℕ} [NeZero n]
theorem inst_comes_along : n ≠ 0 := by sorry
omit [NeZero n] in
theorem inst_omitted : n ≠ 0 := by sorry
end Inst
end Sec
"""


def test_include_omit_and_section_variables(tmp_path: Any) -> None:
    got = _verdicts(tmp_path, SECTION_LAWS)
    for name in ("pred_incl", "sub_add_wide", "inst_comes_along"):
        assert _status(got[name]) in PASSES, (name, got[name])
    for name in ("pred_not_included", "sub_add_omitted", "sub_add_after", "inst_omitted"):
        assert _status(got[name]) == "refuted", (name, got[name])


def test_include_in_reaches_one_declaration_only() -> None:
    module = parse_text(
        "variable (n : ℕ) (hn : 0 < n)\n"
        "include hn in\n/-- doc -/\ntheorem a : n = n := rfl\n"
        "theorem b : n = n := rfl\n"
        "omit hn in\ntheorem c (h : 1 < n) : n = n := rfl\n"
    )
    names = {d.short_name: [n for b in d.section_binders for n in b.names] for d in module.decls}
    assert names == {"a": ["n", "hn"], "b": ["n"], "c": ["n"]}


NAN = ("Float", math.nan)

BEQ_CASES: list[tuple[str, dict[str, tuple[str, Any]], Any]] = [
    # BEq (==, count, contains, elem) at Float is IEEE: NaN matches nothing, 0.0 == -0.0
    ("[x].count x", {"x": NAN}, 0),
    ("[x, 1.0, x].count x", {"x": NAN}, 0),
    ("[x].contains x", {"x": NAN}, False),
    ("List.elem x [x]", {"x": NAN}, False),
    ("[x] == [x]", {"x": NAN}, False),
    ("(x, (1 : ℕ)) == (x, 1)", {"x": NAN}, False),
    ("some x == some x", {"x": NAN}, False),
    ("x != x", {"x": NAN}, True),  # `!=` is `bne`: the negation of IEEE ==
    ("[x].count (-x)", {"x": ("Float", 0.0)}, 1),
    ("[x].count x", {"x": ("Float", 1.5)}, 1),
    # ∈ and = stay propositional: NaN ∈ [NaN], [NaN] = [NaN]
    ("x ∈ [x]", {"x": NAN}, True),
    ("[x] = [x]", {"x": NAN}, True),
    # BEq at a lawful type is =
    ("[a, b, a].count a", {"a": ("ℕ", 2), "b": ("ℕ", 3)}, 2),
    ("[a].contains b", {"a": ("ℕ", 2), "b": ("ℕ", 3)}, False),
]


@pytest.mark.parametrize(("text", "binds", "expected"), BEQ_CASES,
                         ids=[c[0] for c in BEQ_CASES])
def test_beq_is_not_eq(text: str, binds: dict[str, tuple[str, Any]], expected: Any) -> None:
    assert value(text, None, **binds) == expected


@pytest.mark.parametrize(
    ("text", "binds", "construct"),
    [
        ("decide (x = y)", {"x": ("Float", 0.0), "y": ("Float", 0.0)}, "decide on = at Float"),
        ("if x = y then 1 else 0", {"x": ("Float", 0.0), "y": ("Float", 0.0)},
         "if on = at Float"),
        ("decide (x ∈ xs)", {"x": ("Float", 0.0), "xs": ("List Float", ())}, "∈ at Float"),
        ("xs.count a", {"α": ("Type", 2), "xs": ("List α", ()), "a": ("α", 0)},
         "type variable α"),
    ],
)
def test_statements_lean_rejects_are_refused(text: str, binds: dict[str, tuple[str, Any]],
                                             construct: str) -> None:
    with pytest.raises(Unsupported, match=construct):
        value(text, None, **binds)


BEQ_LAWS = """
namespace Beq
theorem nan_count : ([0.0/0.0] : List Float).count (0.0/0.0) = 0 := by sorry
theorem nan_mem : (0.0/0.0 : Float) ∈ ([0.0/0.0] : List Float) := by sorry
theorem nan_contains : ([0.0/0.0] : List Float).contains (0.0/0.0) = false := by sorry
theorem beq_refl (x : Float) : (x == x) = true := by sorry
theorem count_snoc (xs : List Float) (a : Float) :
    (xs ++ [a]).count a = xs.count a + 1 := by sorry
theorem count_snoc_nat (xs : List ℕ) (a : ℕ) : (xs ++ [a]).count a = xs.count a + 1 := by sorry
theorem tv_beq_only {α : Type} [BEq α] (xs : List α) (a : α) :
    (xs ++ [a]).count a = xs.count a + 1 := by sorry
theorem tv_lawful {α : Type} [BEq α] [LawfulBEq α] (xs : List α) (a : α) :
    (xs ++ [a]).count a = xs.count a + 1 := by sorry
theorem tv_dec {α : Type} [DecidableEq α] (xs : List α) (a : α) :
    (xs ++ [a]).count a = xs.count a + 1 := by sorry
theorem dec_float (x y : Float) : decide (x = y) = decide (y = x) := by sorry
structure Tag where
  id : ℕ
  note : ℕ
instance : BEq Tag where
  beq a b := a.id == b.id
theorem tag_beq : (Tag.mk 1 2 == Tag.mk 1 3) = true := by sorry
end Beq
"""


def test_beq_laws_end_to_end(tmp_path: Any) -> None:
    got = _verdicts(tmp_path, BEQ_LAWS)
    for name in ("nan_count", "nan_mem", "nan_contains", "count_snoc_nat", "tv_lawful",
                 "tv_dec"):
        assert _status(got[name]) in PASSES, (name, got[name])
    assert _status(got["beq_refl"]) == "refuted"
    # false at a = NaN: never proved (the search may or may not draw NaN in a small budget)
    assert _status(got["count_snoc"]) not in {"proved", "bounded"}
    for name, construct in (("tv_beq_only", "α"), ("dec_float", "at Float"),
                            ("tag_beq", "own BEq instance")):
        assert _status(got[name]) == "unsupported", (name, got[name])
        assert construct in (got[name].construct or ""), got[name]


LIBRARY_CASES: list[tuple[str, Any]] = [
    # Int: natAbs, toNat, sign, T-/F-rounding and balanced division, -[n+1]
    ("Int.natAbs (-5)", 5),
    ("(-3 : ℤ).toNat", 0),
    ("(3 : ℤ).toNat", 3),
    ("(-3 : ℤ).sign", -1),
    ("(0 : ℤ).sign", 0),
    ("Int.tdiv (-7) 2", -3),
    ("Int.tmod (-7) 2", -1),
    ("Int.div (-7) 2", -3),
    ("Int.fdiv 7 (-2)", -4),
    ("Int.fmod 7 (-2)", -1),
    ("(7 : ℤ) / -2", -3),
    ("Int.tdiv 7 0", 0),
    ("Int.bmod 7 4", -1),
    ("Int.bmod 5 4", 1),
    ("Int.bmod 7 0", 7),
    ("-[2+1]", -3),
    # ℕ: shifts and bitwise operators, ≡ [MOD n]
    ("(5 : ℕ) <<< 2", 20),
    ("(5 : ℕ) >>> 1", 2),
    ("(6 : ℕ) &&& 3", 2),
    ("(6 : ℕ) ||| 3", 7),
    ("(6 : ℕ) ^^^ 3", 5),
    ("(7 : ℕ) ≡ 1 [MOD 3]", True),
    ("(7 : ℕ) ≡ 2 [MOD 3]", False),
    ("(7 : ℕ) ≡ 7 [MOD 0]", True),
    ("(7 : ℤ) ≡ -2 [ZMOD 3]", True),
    ("bif true then (1 : ℕ) else 2", 1),
    ("(1 : ℕ) != 2", True),
    # lists: the sublist family, Perm, ⊆ ∪ ∩, Disjoint, erase, diff, find?, get?
    ("[1, 2] <+ [1, 3, 2]", True),
    ("[2, 1] <+ [1, 3, 2]", False),
    ("[1, 2] <+: [1, 2, 3]", True),
    ("[2, 3] <+: [1, 2, 3]", False),
    ("[2, 3] <:+ [1, 2, 3]", True),
    ("[2] <:+: [1, 2, 3]", True),
    ("[1, 3] <:+: [1, 2, 3]", False),
    ("[1, 2, 2] ~ [2, 1, 2]", True),
    ("[1, 2, 2] ~ [2, 1, 1]", False),
    ("[1, 1] ⊆ [1]", True),
    ("[1, 2] ∪ [2, 3]", (1, 2, 3)),
    ("[1, 2, 3, 1] ∩ [3, 1]", (1, 3, 1)),
    ("List.Disjoint [1] [2]", True),
    ("List.Disjoint [1, 2] [2]", False),
    # Mathlib's lattice `Disjoint` at finite sets
    ("Disjoint (Finset.range 2) (Finset.range 0)", True),
    ("Disjoint (Finset.range 2) (Finset.range 1)", False),
    ("_root_.Disjoint (Finset.range 0) (Finset.range 3)", True),
    ("[1, 2, 3, 2].erase 2", (1, 3, 2)),
    ("[1, 2, 3, 2].diff [2, 2, 5]", (1, 3)),
    ("[1, 2, 3].find? (· > 1)", Some(2)),
    ("[1, 2, 3].find? (· > 5)", None),
    ("[1, 2].get? 1", Some(2)),
    ("[1, 2].get? 2", None),
]


@pytest.mark.parametrize(("text", "expected"), LIBRARY_CASES, ids=[c[0] for c in LIBRARY_CASES])
def test_library_notations(text: str, expected: Any) -> None:
    assert value(text) == expected


def test_erase_and_union_compare_by_beq_at_float() -> None:
    nan = ("Float", math.nan)
    assert value("[x, 1.0].erase x", None, x=nan)[1] == 1.0  # NaN == NaN is false: kept
    assert len(value("[x, 1.0].erase x", None, x=nan)) == 2
    assert value("[x] ⊆ [x]", None, x=nan) is True  # ⊆ is propositional


NAME_LAWS = """
namespace List
theorem len_ns (xs ys : List ℕ) : length (xs ++ ys) = length xs + length ys := by sorry
end List
namespace Only
set_option autoImplicit false
open List (length)
theorem only_ok (xs : List ℕ) : length xs = xs.length := by sorry
theorem only_hidden (xs : List ℕ) : reverse xs = xs.reverse := by sorry
end Only
namespace Hid
set_option autoImplicit false
open List hiding reverse
theorem hid_ok (xs : List ℕ) : length xs = xs.length := by sorry
theorem hid_hidden (xs : List ℕ) : reverse xs = xs.reverse := by sorry
end Hid
namespace Prot
open Nat
theorem prot (a b : ℕ) : Nat.sub a b = a - b := by sorry
end Prot
def Nat.foo (n : ℕ) : ℕ := n + 1
def Int.foo (n : ℤ) : ℤ := n - 1
namespace Int
open Nat
theorem ns_first (n : ℤ) : foo n = n - 1 := by sorry
end Int
namespace Amb
open Nat Int
theorem amb (n : ℕ) : foo n = n + 1 := by sorry
end Amb
namespace Auto
theorem take_le : (List.take n l).length ≤ n := by sorry
theorem take_eq : (List.take n l).length = n := by sorry
theorem untyped (n) : n + 0 = n := by sorry
set_option autoImplicit false in
theorem no_auto : (List.take n l).length ≤ n := by sorry
open List in
theorem unknown_lib (l : List ℕ) (h : Palindrome l) : l.reverse = l := by sorry
end Auto
"""


def test_name_resolution_and_auto_bound_implicits(tmp_path: Any) -> None:
    """(``autoImplicit`` is off where a name must stay unknown: otherwise Lean binds it.)"""
    got = _verdicts(tmp_path, NAME_LAWS)
    for name in ("len_ns", "only_ok", "hid_ok", "prot", "ns_first", "take_le", "untyped"):
        assert _status(got[name]) in PASSES, (name, got[name])
    assert _status(got["take_eq"]) == "refuted"
    # autoImplicit off, every import read: Lean rejects the unknown `n`
    assert _status(got["no_auto"]) == "invalid", got["no_auto"]
    assert _status(got["amb"]) == "unsupported" and "ambiguous" in (got["amb"].construct or "")
    for name, construct in (("only_hidden", "reverse"), ("hid_hidden", "reverse"),
                            ("unknown_lib", "Palindrome")):
        assert _status(got[name]) == "unsupported", (name, got[name])
        assert construct in (got[name].construct or ""), got[name]


def test_no_auto_implicit_option(tmp_path: Any) -> None:
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "Auto.lean"
    path.write_text("theorem take_le : (List.take n l).length ≤ n := by sorry\n")
    off = check_paths([str(path)], CheckOptions(timeout=3.0, max_examples=100,
                                                auto_implicit=False))
    assert [v.status.value for v in off.verdicts] == ["invalid"]
    assert "unknown identifier 'n'" in off.verdicts[0].detail


def test_structure_extends_flattens_the_parent_fields(tmp_path: Any) -> None:
    from jepa_formal.check import CheckOptions, check_paths
    from jepa_formal.verdict import Status

    path = tmp_path / "Ext.lean"
    path.write_text("""
structure Base where
  a : ℕ
  scale : ℕ := 1
structure Ext extends Base where
  b : ℕ
def total (e : Ext) : ℕ := e.a * e.scale + e.b
theorem total_mk (a b : ℕ) : total { a := a, b := b } = a + b := by simp [total]
theorem total_bad (e : Ext) : total e = e.a + e.b := sorry
structure P (n : ℕ) where
  x : Fin n
structure Q extends P 3 where
  y : ℕ
theorem q (v : Q) : v.y = v.y := rfl
""", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=5.0, max_examples=200))
    got = {v.name: v.status for v in run.verdicts}
    assert got == {"total_mk": Status.PROVED, "total_bad": Status.REFUTED,
                   "q": Status.UNSUPPORTED}


def test_an_abbrev_type_family_is_a_definition_type(tmp_path: Any) -> None:
    from jepa_formal.check import CheckOptions, check_paths
    from jepa_formal.verdict import Status

    path = tmp_path / "Batch.lean"
    path.write_text("""
abbrev PatchBatch (n : ℕ) (α : Type) := Fin n → α
def patches : PatchBatch 4 ℕ := fun i => i.val
theorem patches_two : patches 2 = 2 := rfl
theorem patches_bad : patches 3 = 2 := sorry
""", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=5.0, max_examples=50))
    got = {v.name: v.status for v in run.verdicts}
    assert got == {"patches_two": Status.PROVED, "patches_bad": Status.REFUTED}


def test_user_instances_on_a_structure_are_honoured(tmp_path: Any) -> None:
    from jepa_formal.check import CheckOptions, check_paths
    from jepa_formal.verdict import Status

    path = tmp_path / "Inst.lean"
    path.write_text("""
structure V where
  x : ℤ
  y : ℤ
instance : Add V := ⟨fun a b => ⟨a.x + b.x, a.y + b.y⟩⟩
instance instMulV : Mul V where
  mul a b := ⟨a.x * b.x, a.y * b.y⟩
theorem v_add_x (a b : V) : (a + b).x = a.x + b.x := rfl
theorem v_mul_y (a b : V) : (a * b).y = a.y * b.y := rfl
theorem v_bad (a b : V) : (a * b).x = a.x + b.x := sorry
""", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=5.0, max_examples=200))
    got = {v.name: v.status for v in run.verdicts}
    assert got["v_bad"] is Status.REFUTED
    assert got["v_add_x"] in (Status.PROVED, Status.TESTED)
    assert got["v_mul_y"] in (Status.PROVED, Status.TESTED)


# --------------------------------------------------------------------------------------------
# Issue 11: Real.exp/Real.log (Mathlib's conventions, exact or rigorous bounds), Fin.succ…
# --------------------------------------------------------------------------------------------

TRANSCENDENTAL_CASES: list[tuple[str, dict[str, tuple[str, Any]], Any]] = [
    ("Real.exp 0", {}, Fraction(1)),
    ("Real.log 0", {}, Fraction(0)),  # Mathlib: log 0 = 0
    ("Real.log 1", {}, Fraction(0)),
    ("Real.log (-1)", {}, Fraction(0)),  # log (-x) = log x
    ("Real.exp (Real.log 0)", {}, Fraction(1)),  # so exp (log 0) = 1, not 0
    ("Real.log (-2) > 0", {}, True),
    ("Real.log (-2) < Real.log 3", {}, True),
    ("Real.exp 1 > 2.718", {}, True),
    ("Real.exp 1 < 2.7183", {}, True),
    ("Real.exp x > 0", {"x": ("ℝ", Fraction(-50))}, True),
    ("Real.log x < 0", {"x": ("ℝ", Fraction(1, 3))}, True),
    ("max (Real.exp 1) 3", {}, Fraction(3)),
    ("Real.sqrt 2 > 1.414", {}, True),
    ("Float.exp 0.0", {}, 1.0),
    ("Float.log 1.0", {}, 0.0),
    ("Float.log 0.0", {}, -math.inf),  # C's log, not Mathlib's
    ("Float.exp 1000.0", {}, math.inf),
]


@pytest.mark.parametrize(("text", "binds", "expected"), TRANSCENDENTAL_CASES,
                         ids=[c[0] for c in TRANSCENDENTAL_CASES])
def test_exp_and_log_follow_mathlib(text: str, binds: dict[str, tuple[str, Any]],
                                    expected: Any) -> None:
    got = value(text, None, **binds)
    assert got == expected and type(got) is type(expected)


def test_float_log_of_a_negative_is_nan() -> None:
    assert math.isnan(value("Float.log (-1.0)"))


@pytest.mark.parametrize("text", [
    "Real.exp 1 * Real.exp 1 = Real.exp 2",  # true, but bounds cannot show an equality
    "Real.exp 1 * Real.exp 1 ≠ Real.exp 2",
    "Real.sqrt 2 * Real.sqrt 2 = 2",
    "Real.log 2 + Real.log 3 ≤ Real.log 6",
])
def test_irrational_equalities_are_never_decided_by_rounding(text: str) -> None:
    from jepa_formal.errors import BudgetExceeded

    with pytest.raises(BudgetExceeded):
        value(text)


FIN_CASES: list[tuple[str, dict[str, tuple[str, Any]], Any]] = [
    ("(Fin.succ i : ℕ)", {"i": ("Fin 3", 2)}, 3),
    ("(i.castSucc : ℕ)", {"i": ("Fin 3", 2)}, 2),
    ("(Fin.last 3 : ℕ)", {}, 3),
    ("i.succ = Fin.last 3", {"i": ("Fin 3", 2)}, True),
    ("i.castSucc < Fin.last 3", {"i": ("Fin 3", 2)}, True),
]


@pytest.mark.parametrize(("text", "binds", "expected"), FIN_CASES, ids=[c[0] for c in FIN_CASES])
def test_fin_succ_cast_succ_last(text: str, binds: dict[str, tuple[str, Any]],
                                 expected: Any) -> None:
    assert value(text, None, **binds) == expected


EXP_LOG_LAWS = """
theorem exp_pos' (x : ℝ) : 0 < Real.exp x := sorry
theorem log_zero' : Real.log 0 = 0 := sorry
theorem log_neg (x : ℝ) : Real.log (-x) = Real.log x := sorry
theorem log_exp' (x : ℝ) : Real.log (Real.exp x) = x := sorry
theorem exp_add' (x y : ℝ) : Real.exp (x + y) = Real.exp x * Real.exp y := sorry
theorem add_one_le_exp' (x : ℝ) : x + 1 ≤ Real.exp x := sorry
theorem exp_log' (x : ℝ) (h : 0 < x) : Real.exp (Real.log x) = x := sorry
theorem log_le_sub_one (x : ℝ) (h : 0 < x) : Real.log x ≤ x - 1 := sorry
def softmax (z : Fin 3 → ℝ) (i : Fin 3) : ℝ := Real.exp (z i) / ∑ j, Real.exp (z j)
theorem softmax_sum (z : Fin 3 → ℝ) : ∑ i, softmax z i = 1 := sorry
theorem softplus_ge (x : ℝ) : x ≤ Real.log (1 + Real.exp x) := sorry
theorem bad_exp (x : ℝ) : Real.exp x ≤ x + 1 := sorry
theorem bad_exp_log (x : ℝ) : Real.exp (Real.log x) = x := sorry
theorem bad_log_mul (x y : ℝ) : Real.log (x * y) = Real.log x + Real.log y := sorry
theorem bad_log_lt (x : ℝ) : Real.log x < x - 1 := sorry
theorem finsucc (n : ℕ) (i : Fin n) : (i.succ : ℕ) = i + 1 := sorry
theorem finlast (n : ℕ) : (Fin.last n : ℕ) = n := sorry
theorem fin_bad (n : ℕ) (i : Fin (n + 1)) : i ≠ Fin.last n := sorry
"""


def test_exp_log_and_fin_laws_end_to_end(tmp_path: Any) -> None:
    got = {n: _status(v) for n, v in _verdicts(tmp_path, EXP_LOG_LAWS).items()}
    for name in ("exp_pos'", "log_zero'", "log_neg", "log_exp'", "exp_add'", "add_one_le_exp'",
                 "exp_log'", "log_le_sub_one", "softmax_sum", "finlast"):
        assert got[name] == "proved", (name, got[name])
    assert got["softplus_ge"] in PASSES and got["finsucc"] in PASSES
    for name in ("bad_exp", "bad_exp_log", "bad_log_mul", "bad_log_lt", "fin_bad"):
        assert got[name] == "refuted", (name, got[name])


SUBTYPE_NNREAL_SETS = """
def PosVec (d : ℕ) := {x : Fin d → ℝ // ∀ i, 0 < x i}
abbrev Prob := {p : ℚ // 0 ≤ p ∧ p ≤ 1}
theorem sub_val (x : {n : ℕ // 0 < n}) : x.val - 1 + 1 = x := sorry
theorem sub_bad (x : {n : ℕ // n < 5}) : x.val < 4 := sorry
theorem pos_sum (v : PosVec 3) : 0 < ∑ i, v.val i := sorry
theorem pos_bad (v : PosVec 3) : v.1 0 < 1 := sorry
theorem prob_compl (p : Prob) : 0 ≤ 1 - p.val := sorry
theorem prob_bad (p : Prob) : p.val < 1 := sorry
theorem nn_sub (a b : ℝ≥0) : a - b ≤ a := sorry
theorem nn_sub_add (a b : NNReal) : a - b + b ≥ a := sorry
theorem nn_bad (a b : ℝ≥0) : a - b + b = a := sorry
theorem nn_coe (a b : ℝ≥0) (h : a < b) : ((a - b : ℝ≥0) : ℝ) = 0 := sorry
theorem nn_real_sub_bad (a b : ℝ≥0) : ((a : ℝ) - (b : ℝ)) ≥ 0 := sorry
theorem to_nnreal (x : ℝ) : ((x.toNNReal : ℝ)) = max x 0 := sorry
theorem nn_fun (f : Fin 3 → ℝ≥0) : 0 ≤ ∑ i, f i := sorry
theorem set_sum (m : Fin 4 → Bool) (f : Fin 4 → ℕ) : ∑ i ∈ {i | m i = true}, f i ≤ ∑ i, f i := sorry
theorem set_sum_bad (m : Fin 4 → Bool) (f : Fin 4 → ℕ) :
    ∑ i ∈ {i | m i = true}, f i = ∑ i, f i := sorry
theorem filter_sum (s : Finset (Fin 4)) (f : Fin 4 → ℕ) :
    ∑ i ∈ s.filter (fun i => f i > 2), f i ≤ ∑ i ∈ s, f i := sorry
theorem sep_sum_bad (s : Finset (Fin 4)) (f : Fin 4 → ℕ) :
    ∑ i ∈ {i ∈ s | f i > 2}, f i + 1 ≤ ∑ i ∈ s, f i := sorry
theorem set_mem (i : ℕ) : i ∈ {x | x < 3} ↔ i < 3 := sorry
theorem set_not_mem (i : ℕ) (h : 3 ≤ i) : i ∉ {x : ℕ | x < 3} := sorry
"""


def test_subtypes_nnreal_and_set_builders_end_to_end(tmp_path: Any) -> None:
    got = {n: _status(v) for n, v in _verdicts(tmp_path, SUBTYPE_NNREAL_SETS).items()}
    for name in ("sub_val", "pos_sum", "prob_compl", "nn_sub", "nn_sub_add", "nn_coe",
                 "to_nnreal", "nn_fun", "set_sum", "filter_sum", "set_mem", "set_not_mem"):
        assert got[name] in PASSES, (name, got[name])
    for name in ("sub_bad", "pos_bad", "prob_bad", "nn_bad", "nn_real_sub_bad", "set_sum_bad",
                 "sep_sum_bad"):
        assert got[name] == "refuted", (name, got[name])


SET_VALUES = """
def PosNat := {n // 0 < n}
def evens : Finset ℕ := {x ∈ Finset.range 10 | x % 2 = 0}
theorem untyped_sub (x : {n // 0 < n}) : 1 ≤ x.val := x.2
theorem untyped_alias (x : PosNat) : 1 ≤ x.val := x.2
theorem untyped_rat (q : {q // (0 : ℚ) < q}) : 0 ≤ q.val := le_of_lt q.2
theorem untyped_bad (x : {n // 0 < n}) : 2 ≤ x.val := sorry
theorem evens_mem : 4 ∈ evens := by decide
theorem evens_bad : 5 ∈ evens := sorry
theorem sep_subset (s : Finset ℕ) : {x ∈ s | x < 3} ⊆ s := sorry
theorem sep_subset_bad (s : Finset ℕ) : s ⊆ {x ∈ s | x < 3} := sorry
theorem sep_card : ({x ∈ Finset.range 5 | x < 3} : Finset ℕ).card = 3 := by decide
theorem mask_card (m : Fin 4 → Bool) : ({i | m i = true} : Finset (Fin 4)).card ≤ 4 := sorry
theorem mask_card_bad (m : Fin 4 → Bool) : ({i | m i = true} : Finset (Fin 4)).card < 4 := sorry
theorem filter_card (m : Fin 4 → Bool) : (Finset.univ.filter (fun i => m i = true)).card ≤ 4 :=
  sorry
theorem mask_compl (m : Fin 4 → Bool) :
    ({i | m i = true} : Finset (Fin 4)).card + ({i | m i = false} : Finset (Fin 4)).card = 4 :=
  sorry
theorem set_subset : ({x | x < 3} : Set ℕ) ⊆ {x | x < 5} := sorry
theorem set_value_unsupported (s : Set ℕ) (h : s = {x | x < 3}) : 0 ∈ s := sorry
"""


def test_untyped_subtypes_and_set_builders_as_values(tmp_path: Any) -> None:
    """``{x // p}`` takes the type ``p`` fixes (ℕ for a bare numeral, Lean's default);
    ``{x ∈ s | p}`` is ``s.filter p`` and ``{x : T | p}`` at ``Finset T`` is
    ``Finset.univ.filter p``; ``⊆`` of two set-builders is ``∀ x, p x → q x``."""
    got = {n: _status(v) for n, v in _verdicts(tmp_path, SET_VALUES).items()}
    for name in ("untyped_sub", "untyped_alias", "untyped_rat", "evens_mem", "sep_subset",
                 "sep_card", "mask_card", "filter_card", "mask_compl"):
        assert got[name] in PASSES, (name, got[name])
    for name in ("untyped_bad", "evens_bad", "sep_subset_bad", "mask_card_bad"):
        assert got[name] == "refuted", (name, got[name])
    assert got["set_subset"] in PASSES | {"unsupported"}  # ∀ over ℕ: proved or named
    assert got["set_value_unsupported"] == "unsupported"


def test_nnreal_subtraction_truncates() -> None:
    assert value("a - b", None, a=("ℝ≥0", Fraction(1)), b=("ℝ≥0", Fraction(3))) == 0
    assert value("(a : ℝ) - b", None, a=("ℝ≥0", Fraction(1)), b=("ℝ≥0", Fraction(3))) == -2
    assert value("Real.toNNReal (-2)") == 0


NOTATION_LAWS = """
def sq (x : ℕ) : ℕ := x * x
section
local notation "‖" x "‖²" => sq x
theorem sq_norm (x : ℕ) : ‖x‖² = x * x := rfl
end
infixl:65 " +++ " => fun a b => a + b + 1
/-- A doc comment before a notation (common in Mathlib and TorchLean). -/
notation "σ" => (fun (x : ℕ) => x + 2)
notation "ℕ^" n => Fin n → ℕ
prefix:max "√√" => sq
notation:50 a " ≺ " b => a < b
theorem plus3_comm (a b : ℕ) : a +++ b = b +++ a := by omega
theorem plus3_left (a b c : ℕ) : a +++ b +++ c = (a + b + 1) + c + 1 := by omega
theorem plus3_prec (a b : ℕ) : a +++ b * 2 = a + 2 * b + 1 := by omega
theorem sigma_three : σ 3 = 5 := rfl
theorem vec_self (v : ℕ^3) : v 0 = v 0 := rfl
theorem prefix_sq (x : ℕ) : √√x = x * x := rfl
theorem prec_lt (a : ℕ) : a ≺ a + 1 := by omega
theorem plus3_bad (a b : ℕ) : a +++ b = a + b := sorry
"""


def test_user_notations_are_expanded_where_used(tmp_path: Any) -> None:
    got = {n: _status(v) for n, v in _verdicts(tmp_path, NOTATION_LAWS).items()}
    assert got.pop("plus3_bad") == "refuted"
    assert got == dict.fromkeys(got, "proved") and len(got) == 8, got


def test_a_local_notation_ends_with_its_section(tmp_path: Any) -> None:
    from jepa_formal.reader import parse_text

    module = parse_text(NOTATION_LAWS + "theorem after (x : ℕ) : ‖x‖² = x := rfl\n")
    assert [e.line for e in module.errors] == [NOTATION_LAWS.count("\n") + 1]


NOTATION_FILE = """
namespace NN.Spec
def hinge (x y : ℚ) : ℚ := max (x - y) 0
def sqNorm (xs : List ℚ) : ℚ := (xs.map (fun x => x * x)).sum
infixl:65 " ⊖ " => hinge
notation "‖" xs "‖²" => sqNorm xs
local notation "𝟙" => (1 : ℚ)
end NN.Spec
"""

USES_NOTATIONS = """
import NN.Spec.Notation
namespace NN.Model
theorem hinge_self (x : ℚ) : x ⊖ x = 0 := by simp [NN.Spec.hinge]
theorem hinge_nonneg (x y : ℚ) : 0 ≤ x ⊖ y := le_max_right _ _
theorem hinge_assoc (x y z : ℚ) : x ⊖ y ⊖ z = NN.Spec.hinge (NN.Spec.hinge x y) z := sorry
theorem sqNorm_nil : ‖([] : List ℚ)‖² = 0 := rfl
theorem hinge_bad (x y : ℚ) : x ⊖ y = y ⊖ x := sorry
end NN.Model
"""


def test_notations_of_imported_files_apply_where_they_are_used(tmp_path: Any) -> None:
    """Lean: a (non-local) notation declared in an imported file is in force in the importing
    file, and also in files importing that one; its body's names resolve where it was
    declared (``hinge`` is ``NN.Spec.hinge`` in ``namespace NN.Model``)."""
    from jepa_formal.check import CheckOptions, check_paths

    spec = tmp_path / "NN" / "Spec"
    spec.mkdir(parents=True)
    (spec / "Notation.lean").write_text(NOTATION_FILE, encoding="utf-8")
    (spec / "Use.lean").write_text(USES_NOTATIONS, encoding="utf-8")
    (spec / "Again.lean").write_text(
        "import NN.Spec.Use\ntheorem again (x : ℚ) : x ⊖ x = 0 := sorry\n", encoding="utf-8")
    (spec / "Local.lean").write_text(
        "import NN.Spec.Notation\ntheorem one : 𝟙 = 1 := rfl\n", encoding="utf-8")
    run = check_paths([str(spec / "Use.lean"), str(spec / "Again.lean")],
                      CheckOptions(seed=0, timeout=3.0, max_examples=300, root=str(tmp_path)))
    assert not run.parse_errors, run.parse_errors
    got = {v.name.rsplit(".", 1)[-1]: _status(v) for v in run.verdicts}
    assert got.pop("hinge_bad") == "refuted"
    assert set(got.values()) <= PASSES and len(got) == 5, got
    # a `local notation` stays in its file: Lean reads `𝟙` in another file as an error
    local = check_paths([str(spec / "Local.lean")],
                        CheckOptions(seed=0, timeout=3.0, max_examples=50, root=str(tmp_path)))
    assert local.parse_errors


def test_a_scoped_notation_of_an_imported_file_needs_its_namespace_open(tmp_path: Any) -> None:
    from jepa_formal.check import CheckOptions, check_paths

    spec = tmp_path / "NN" / "Spec"
    spec.mkdir(parents=True)
    (spec / "Scoped.lean").write_text(
        "namespace NN.Spec\ndef clip (x : ℚ) : ℚ := max x 0\n"
        'scoped notation "⌜" x "⌝₊" => clip x\nend NN.Spec\n', encoding="utf-8")
    (spec / "Open.lean").write_text(
        "import NN.Spec.Scoped\nopen NN.Spec\n"
        "theorem clip_nonneg (x : ℚ) : 0 ≤ ⌜x⌝₊ := le_max_right _ _\n"
        "theorem clip_bad (x : ℚ) : ⌜x⌝₊ = x := sorry\n", encoding="utf-8")
    (spec / "Closed.lean").write_text(
        "import NN.Spec.Scoped\ntheorem t (x : ℚ) : 0 ≤ ⌜x⌝₊ := sorry\n", encoding="utf-8")
    options = CheckOptions(seed=0, timeout=3.0, max_examples=200, root=str(tmp_path))
    run = check_paths([str(spec / "Open.lean")], options)
    assert not run.parse_errors
    assert {v.name: _status(v) for v in run.verdicts} == {"clip_nonneg": "proved",
                                                          "clip_bad": "refuted"}
    assert check_paths([str(spec / "Closed.lean")], options).parse_errors


LIST_MATRIX_LAWS = """
theorem zi_len (xs : List ℕ) : (xs.zipIdx).length = xs.length := sorry
theorem zi_val : [5, 7].zipIdx = [(5, 0), (7, 1)] := sorry
theorem en_val : [5, 7].enum = [(0, 5), (1, 7)] := sorry
theorem en_bad : [5, 7].enum = [(5, 0), (7, 1)] := sorry
theorem pw_nil : List.Pairwise (· < ·) ([] : List ℕ) := sorry
theorem pw_range (n : ℕ) : (List.range n).Pairwise (· < ·) := sorry
theorem pw_bad (xs : List ℕ) : xs.Pairwise (· ≤ ·) := sorry
theorem mv (M : Matrix (Fin 2) (Fin 2) ℝ) (v : Fin 2 → ℝ) :
    Matrix.mulVec M v 0 = M 0 0 * v 0 + M 0 1 * v 1 := sorry
theorem mv_bad (M : Matrix (Fin 2) (Fin 2) ℝ) (v : Fin 2 → ℝ) :
    Matrix.mulVec M v 0 = M 0 0 * v 0 := sorry
theorem vm (M : Matrix (Fin 2) (Fin 2) ℝ) (v : Fin 2 → ℝ) :
    Matrix.vecMul v M 1 = v 0 * M 0 1 + v 1 * M 1 1 := sorry
theorem dp_comm (v w : Fin 3 → ℝ) : Matrix.dotProduct v w = Matrix.dotProduct w v := sorry
"""


def test_zip_idx_enum_pairwise_and_matrices_end_to_end(tmp_path: Any) -> None:
    got = {n: _status(v) for n, v in _verdicts(tmp_path, LIST_MATRIX_LAWS).items()}
    for name in ("zi_len", "zi_val", "en_val", "pw_nil", "mv", "vm", "dp_comm"):
        assert got[name] == "proved", (name, got[name])
    assert got["pw_range"] in PASSES
    for name in ("en_bad", "pw_bad", "mv_bad"):
        assert got[name] == "refuted", (name, got[name])


# --------------------------------------------------------------------------------------------
# Notations of library statements: `(. + m)`, `.{u}`, `h ▸ e`, `..`
# --------------------------------------------------------------------------------------------

NOTATION_CASES: list[tuple[str, dict[str, tuple[str, Any]], Any]] = [
    # the ASCII cdot `.` is Lean's `·`
    ("[1, 2].map (. + m)", {"m": ("ℕ", 3)}, (4, 5)),
    ("[1, 2].map (· + m)", {"m": ("ℕ", 3)}, (4, 5)),
    ("[5, 2].map (m - .)", {"m": ("ℕ", 3)}, (0, 1)),
    # universe arguments change nothing about the value
    ("(List.nil.{0} : List ℕ).length", {}, 0),
    ("(List.replicate.{0} 2 (7 : ℕ))", {}, (7, 7)),
    # `h ▸ e` is the value of e, at the rewritten type (the proof h is never evaluated)
    ("((h ▸ v : Fin m) : ℕ)", {"n": ("ℕ", 3), "m": ("ℕ", 3), "v": ("Fin n", 2)}, 2),
    ("h ▸ x + 1", {"x": ("ℕ", 4)}, 5),
]


@pytest.mark.parametrize(("text", "binds", "expected"), NOTATION_CASES,
                         ids=[c[0] for c in NOTATION_CASES])
def test_library_statement_notations(text: str, binds: dict[str, tuple[str, Any]],
                                     expected: Any) -> None:
    assert value(text, None, **binds) == expected


def test_subst_only_rewrites_fin_bounds() -> None:
    with pytest.raises(Unsupported, match="▸"):
        value("(h ▸ x : List ℕ)", None, x=("ℕ", 4))


ELLIPSIS_LAWS = """
structure P where
  x : ℕ
  y : ℕ
def fstOf : ℕ × ℕ → ℕ
  | ⟨a, ..⟩ => a
def headOr : List ℕ → ℕ
  | .cons a .. => a
  | _ => 0
theorem fst_pat (p : ℕ × ℕ) : fstOf p = p.1 := by sorry
theorem fst_pat_false (p : ℕ × ℕ) : fstOf p = p.2 := by sorry
theorem head_pat (a : ℕ) (l : List ℕ) : headOr (a :: l) = a := by sorry
theorem head_pat_false (l : List ℕ) : headOr l = 0 := by sorry
theorem with_dots (s : P) : ({ s with .. } : P) = s := by sorry
theorem dots_missing : ({ x := 1, .. } : P).x = 1 := by sorry
theorem dots_term (f : ℕ → ℕ → ℕ) : f 1 .. = f 1 := by sorry
theorem subst_fin (n m : ℕ) (h : n = m) (v : Fin n) : ((h ▸ v : Fin m) : ℕ) = v := by sorry
theorem subst_fin_false (n m : ℕ) (h : n = m) (v : Fin n) (w : Fin m) :
    (h ▸ v : Fin m) = w := by sorry
theorem cdot_ascii (xs : List ℕ) (m : ℕ) : (xs.map (. + m)).length = xs.length := by simp
theorem cdot_ascii_false (xs : List ℕ) (m : ℕ) : (xs.map (. + m)).sum = xs.sum := by simp
theorem universe_nil : (List.nil.{0} : List ℕ) = [] := rfl
theorem universe_sort {α : Sort.{1}} (xs : List α) : xs.reverse.length = xs.length := by simp
"""


def test_ellipsis_subst_cdot_and_universes_end_to_end(tmp_path: Any) -> None:
    got = _verdicts(tmp_path, ELLIPSIS_LAWS)
    for name in ("fst_pat", "head_pat", "with_dots", "subst_fin", "cdot_ascii",
                 "universe_nil", "universe_sort"):
        assert _status(got[name]) in PASSES, (name, got[name])
    for name in ("fst_pat_false", "head_pat_false", "subst_fin_false", "cdot_ascii_false"):
        assert _status(got[name]) == "refuted", (name, got[name])
    for name, construct in (("dots_missing", "`..`"), ("dots_term", "EllipsisArg")):
        assert _status(got[name]) == "unsupported", (name, got[name])
        assert construct in (got[name].construct or ""), got[name]


def test_expanded_notations_get_no_skipped_note(tmp_path: Any) -> None:
    from jepa_formal.reader.notation import read

    assert read('infixl:65 " +++ " => fun a b => a + b', None) is not None
    assert read('local notation "‖" x "‖²" => x * x', None) is not None
    assert read('notation "∃ᶠ " x ", " r:(scoped p => p) => r', None) is None
    path = tmp_path / "N.lean"
    path.write_text(NOTATION_LAWS, encoding="utf-8")
    from jepa_formal.check import CheckOptions, check_paths

    run = check_paths([str(path)], CheckOptions(seed=0, max_examples=50))
    assert not [n for n in run.notes if "notation" in n], run.notes


UNTYPED_DEF_LAWS = """
def succ' (n) := n + 1
def cons' (a l) : List ℕ := a :: l
def scaledSum (xs) (k : ℕ) := (List.map (· * k) xs).sum
def pairUp (a l) := a :: l
def same (x) := x
def countdown (n : ℕ) := if n = 0 then 0 else countdown (n - 1)
theorem succ'_pos (n : ℕ) : 0 < succ' n := by simp [succ']
theorem succ'_false (n : ℕ) : succ' n = n := by simp [succ']
theorem cons'_len (a : ℕ) (l : List ℕ) : (cons' a l).length = l.length + 1 := rfl
theorem cons'_false (a : ℕ) (l : List ℕ) : (cons' a l).length = l.length := rfl
theorem scaledSum_nil (k : ℕ) : scaledSum [] k = 0 := rfl
theorem scaledSum_false (xs : List ℕ) : scaledSum xs 1 = 0 := by sorry
theorem pairUp_len (a : ℕ) (l : List ℕ) : (pairUp a l).length = l.length + 1 := rfl
theorem same_id (n : ℕ) : same n = n := rfl
theorem countdown_zero (n : ℕ) : countdown n = 0 := by sorry
"""


def test_untyped_definition_binders_are_typed_from_use(tmp_path: Any) -> None:
    got = _verdicts(tmp_path, UNTYPED_DEF_LAWS)
    for name in ("succ'_pos", "cons'_len", "scaledSum_nil"):
        assert _status(got[name]) in PASSES, (name, got[name])
    for name in ("succ'_false", "cons'_false", "scaledSum_false"):
        assert _status(got[name]) == "refuted", (name, got[name])
    # no use fixes the element type (Lean: "failed to infer binder type"): refused, named
    for name, construct in (("pairUp_len", "binder a without a type"),
                            ("same_id", "binder x without a type"),
                            ("countdown_zero", "countdown calls itself")):
        assert _status(got[name]) == "unsupported", (name, got[name])
        assert construct in (got[name].construct or ""), got[name]


UNREAD_TYPE_LAWS = """import NN.Spec.RL.Core
theorem model_eq (x y : Model) : x = y := by sorry
theorem fin_dim (i j : Fin dim) : i = j := by sorry
theorem greek_refl (x : β) : x = x := by sorry
theorem letter_len (x : α) (xs : List α) : (x :: xs).length = xs.length + 1 := by sorry
theorem letter_false (x y : α) : x = y := by sorry
"""


def test_unknown_type_names_with_unread_imports_are_refused(tmp_path: Any) -> None:
    """A capitalised name used as a type could come from the unread import (where the law may
    be true): refused, naming the import. Single letters and Greek letters are still bound."""
    got = _verdicts(tmp_path, UNREAD_TYPE_LAWS)
    for name, written in (("model_eq", "Model"), ("fin_dim", "dim")):
        assert _status(got[name]) == "unsupported", (name, got[name])
        assert got[name].construct == (
            f"unknown name `{written}` (not in any file read; perhaps from the unread import "
            "`NN.Spec.RL.Core`)"), got[name]
    for name in ("greek_refl", "letter_len"):
        assert _status(got[name]) in PASSES, (name, got[name])
    assert _status(got["letter_false"]) == "refuted"
    # every import read (here: none): Lean binds `Model` automatically, and so do we
    alone = _verdicts(tmp_path, UNREAD_TYPE_LAWS.split("\n", 1)[1])
    assert _status(alone["model_eq"]) == "refuted", alone["model_eq"]
    assert _status(alone["fin_dim"]) == "refuted", alone["fin_dim"]


@pytest.mark.parametrize("statement", [
    "theorem t (n : ℕ) : |n| = n := by sorry",
    "theorem t (a b : ℕ) : |a - b| = |b - a| := by sorry",
    "theorem t (xs : List ℕ) : (xs.map fun x => |x|).sum = xs.sum := by sorry",
])
def test_abs_at_nat_is_refused_as_lean_refuses_it(tmp_path, statement: str) -> None:
    """Mathlib's ``|a|`` needs ``[Lattice α] [AddGroup α]``; ℕ has no ``AddGroup``, so Lean
    rejects ``|n|`` (a red team saw ``|n| = n`` proved and ``|a - b| = |b - a|`` refuted,
    reading ``|·|`` at ℕ as the identity)."""
    from jepa_formal.check import CheckOptions, check_paths
    from jepa_formal.verdict import Status

    path = tmp_path / "Abs.lean"
    path.write_text(statement + "\n", encoding="utf-8")
    [v] = check_paths([str(path)], CheckOptions(jobs=1)).verdicts
    assert v.status is Status.UNSUPPORTED and "AddGroup" in v.detail
