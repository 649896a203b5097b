"""A comment after a user notation changes nothing (red team, session 10).

The chunk of a ``notation``/``infixl`` command runs to the next command, so a ``--`` line or a
``/- -/`` block right after it belonged to the text its body was read from: the body did not
parse, the notation was silently not registered, and every later use was a parse error that
failed the file. The body is now read with comments masked out."""

from __future__ import annotations

import pytest

from jepa_formal.check import CheckOptions, check_paths

NOTATION = 'infixl:65 " +++ " => fun (a b : ℕ) => a + 2 * b'
LAWS = """
theorem u (a b : ℕ) : a +++ b = a + b + b := by sorry
theorem v (a b : ℕ) : a +++ b = b +++ a := by sorry
"""
BETWEEN = {
    "nothing": "\n",
    "blank line": "\n\n",
    "line comment": "\n-- a comment\n",
    "trailing comment": "  -- a comment\n",
    "block comment": "\n/- a block\n   comment -/\n",
    "doc comment": "\n/-- a doc comment -/\n",
}


def _verdicts(tmp_path, between: str, head: str = NOTATION) -> tuple[tuple[str, str], ...]:
    path = tmp_path / "notation.lean"
    path.write_text(head + between + LAWS, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(timeout=5.0, max_examples=200, cache_dir=None))
    assert not run.parse_errors, run.parse_errors
    return tuple((v.name, v.status.value) for v in run.verdicts)


@pytest.mark.parametrize("between", sorted(BETWEEN))
def test_the_verdicts_do_not_depend_on_what_stands_between(tmp_path, between: str) -> None:
    got = _verdicts(tmp_path, BETWEEN[between])
    assert got == (("u", "proved"), ("v", "refuted")), got


def test_mixfix_and_postfix_notations_followed_by_comments(tmp_path) -> None:
    path = tmp_path / "mixfix.lean"
    path.write_text(
        'notation "‖" x "‖₂" => x * x /- block\ncomment -/\n-- another\n'
        "theorem sq (a : ℕ) : ‖a‖₂ = a * a := by sorry\n"
        'postfix:max "⁺" => Nat.succ  -- trailing comment\n'
        "theorem succ_bad (a : ℕ) : a⁺ = a + 2 := by sorry\n",
        encoding="utf-8",
    )
    run = check_paths([str(path)], CheckOptions(timeout=5.0, max_examples=200, cache_dir=None))
    assert not run.parse_errors, run.parse_errors
    assert [(v.name, v.status.value) for v in run.verdicts] == [
        ("sq", "proved"), ("succ_bad", "refuted")]


def test_a_string_with_dashes_in_a_notation_is_kept(tmp_path) -> None:
    """Masking blanks comments only: ``"--"`` inside the notation's literal is its token."""
    path = tmp_path / "dashes.lean"
    path.write_text('infixl:65 " -+- " => fun (a b : ℕ) => a * b\n-- note\n'
                    "theorem m (a b : ℕ) : a -+- b = b * a := by sorry\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(timeout=5.0, max_examples=200, cache_dir=None))
    assert not run.parse_errors, run.parse_errors
    assert [(v.name, v.status.value) for v in run.verdicts] == [("m", "proved")]


def test_a_scoped_notation_is_in_force_in_its_namespace_and_where_opened(tmp_path) -> None:
    """``scoped notation`` declared in ``namespace N`` of this file stayed in force after
    ``end N`` (red team 7: a statement Lean does not parse was proved)."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "Scoped.lean"
    path.write_text(
        "namespace N\ndef g (n : ℕ) : ℕ := n + 7\nscoped notation \"⟪\" a \"⟫\" => g a\n"
        "theorem in1 (n : ℕ) : ⟪n⟫ = n + 7 := by sorry\nend N\n"
        "theorem out1 (n : ℕ) : ⟪n⟫ = n + 7 := by sorry\n"
        "open N in\ntheorem opened (n : ℕ) : ⟪n⟫ = n + 7 := by sorry\n"
        "namespace N\ntheorem again (n : ℕ) : ⟪n⟫ = n + 7 := by sorry\nend N\n",
        encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, max_examples=50))
    assert [e.line for e in run.parse_errors] == [6]
    assert {v.name: v.status.value for v in run.verdicts} == {
        "N.in1": "proved", "opened": "proved", "N.again": "proved"}


def test_a_notation_means_the_declarations_of_where_it_is_declared(tmp_path) -> None:
    """Lean's notations are hygienic: ``g`` in a notation declared in ``namespace A`` is
    ``A.g`` wherever the notation is used, even inside a namespace with its own ``g`` (red
    team 7: ``⟪n⟫ = 0`` was proved with B's ``g``)."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "Hygiene.lean"
    path.write_text(
        "namespace A\ndef g (n : ℕ) : ℕ := n + 7\nnotation \"⟪\" a \"⟫\" => g a\n"
        "infixl:65 \" +++ \" => fun x y => g x + y\nend A\n"
        "namespace B\ndef g (n : ℕ) : ℕ := n * 0\n"
        "theorem h1 (n : ℕ) : ⟪n⟫ = n + 7 := by sorry\n"
        "theorem h1_bad (n : ℕ) : ⟪n⟫ = 0 := by sorry\n"
        "theorem h2 (n m : ℕ) : n +++ m = n + 7 + m := by sorry\n"
        "theorem h3 (n : ℕ) : g n = 0 := by sorry\nend B\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, max_examples=50))
    assert {v.name: v.status.value for v in run.verdicts} == {
        "B.h1": "proved", "B.h1_bad": "refuted", "B.h2": "proved", "B.h3": "proved"}


def test_a_later_declaration_does_not_capture_a_notations_library_name(tmp_path) -> None:
    """A notation's ``max`` means the library's where it is declared; a ``def max`` made
    later, in the namespace where the notation is used, must not capture it (red team 9), for
    a mixfix notation and for an infix operator alike."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "Late.lean"
    path.write_text(
        'notation "mx[" a "," b "]" => max a b\ninfixl:65 " +++ " => min\n'
        "namespace C\ndef max (a b : ℕ) : ℕ := a + b\ndef min (a b : ℕ) : ℕ := a + b\n"
        "theorem g14 : mx[2, 3] = 3 := by sorry\ntheorem g15_bad : mx[2, 3] = 5 := by sorry\n"
        "theorem l3 : (2 : ℕ) +++ 3 = 2 := by sorry\n"
        "theorem l4_bad : (2 : ℕ) +++ 3 = 5 := by sorry\nend C\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, max_examples=50))
    assert {v.name: v.status.value for v in run.verdicts} == {
        "C.g14": "proved", "C.g15_bad": "refuted", "C.l3": "proved", "C.l4_bad": "refuted"}


def test_no_binder_of_a_notation_captures_and_no_local_captures_it(tmp_path) -> None:
    """Red team 10: the body's own binders in patterns, match arms and ``let f x`` are renamed
    apart too, and a local variable named like a library function the body uses (a ``fun
    max`` binder) does not capture it."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "Binders.lean"
    path.write_text(
        'notation "fp[" x "]" => (fun | 0 => x | n+1 => n + x : ℕ → ℕ) 5\n'
        "theorem a8_bad : (fun n : ℕ => fp[n]) 10 = 8 := by sorry\n"
        "theorem a8 : (fun n : ℕ => fp[n]) 10 = 14 := by sorry\n"
        'notation "lf[" a "]" => let f x := x + a; f 1\n'
        "theorem a10_bad : (fun x : ℕ => lf[x]) 10 = 2 := by sorry\n"
        "theorem a10 : (fun x : ℕ => lf[x]) 10 = 11 := by sorry\n"
        'notation "mx3[" a "]" => max a 1\n'
        "theorem e6_bad : (fun (max : ℕ → ℕ → ℕ) => mx3[(2 : ℕ)]) (fun a b => a + b) = 3 := "
        "by sorry\n"
        "theorem e6 : (fun (max : ℕ → ℕ → ℕ) => mx3[(2 : ℕ)]) (fun a b => a + b) = 2 := "
        "by sorry\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, max_examples=50))
    got = {v.name: v.status.value for v in run.verdicts}
    assert {n for n, s in got.items() if s == "refuted"} == {"a8_bad", "a10_bad", "e6_bad"}
    assert all(s in ("proved", "tested") for n, s in got.items() if not n.endswith("_bad"))


def test_scoped_in_a_named_namespace(tmp_path) -> None:
    """``scoped[Y] notation``/``scoped[Y] instance`` were dropped without an error (red team
    10); the notation is in force inside ``Y`` and where ``Y`` is opened, the instance on ℕ
    makes the laws after it unsupported."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "ScopedY.lean"
    path.write_text(
        'scoped[Y] notation "⟪" a "⟫" => a + 1\n'
        "theorem out1 (n : ℕ) : ⟪n⟫ = n + 1 := by sorry\n"
        "open Y in\ntheorem in1 (n : ℕ) : ⟪n⟫ = n + 1 := by sorry\n"
        "namespace Y\ntheorem in2 (n : ℕ) : ⟪n⟫ = n + 1 := by sorry\nend Y\n"
        "scoped[Y] instance : Add ℕ := ⟨fun a b => a * b⟩\nopen Y\n"
        "theorem i14 : (2 : ℕ) + 3 = 5 := by sorry\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, max_examples=50))
    assert [e.line for e in run.parse_errors] == [2]
    assert {v.name: v.status.value for v in run.verdicts} == {
        "in1": "proved", "Y.in2": "proved", "i14": "unsupported"}


def test_a_last_argument_without_precedence_is_the_rest_of_the_term(tmp_path) -> None:
    """``notation "inc " x => x + 1``: Lean parses ``x`` as a whole term (precedence 0), so
    ``(inc (2 : ℕ) * 3) = 7`` is ``inc ((2 : ℕ) * 3) = 7``, not ``(inc 2) * 3 = 7`` (red team
    9 found one reading proved, the other refuted), and ``inc (2 : ℕ) * 3 = 7`` is
    ``inc (2 * 3 = 7)``, which Lean rejects (``Prop + 1``). Where this reader cannot tell the
    extent (``|x|`` follows) the use is refused, named."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "Prec.lean"
    path.write_text(
        'notation "inc " x => x + 1\nnotation "dbl " x:max => x + x\n'
        "theorem z1 : inc (2 : ℕ) * 3 = 7 := by sorry\n"
        "theorem z2 : (inc (2 : ℕ) * 3) = 7 := by sorry\n"
        "theorem z2_false : (inc (2 : ℕ) * 3) = 9 := by sorry\n"
        "theorem z3 : (inc (2 : ℕ)) * 3 = 9 := by sorry\n"
        "theorem z4 (n : ℕ) (h : n = inc 2) : n = 3 := by sorry\n"
        "theorem z5 : dbl (2 : ℕ) * 3 = 12 := by sorry\n"
        "theorem z6 (x : ℤ) : (inc (2 : ℤ) * |x|) = 1 := by sorry\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, max_examples=50))
    got = {v.name: v for v in run.verdicts}
    assert got["z1"].status.value == "invalid", got["z1"]
    assert got["z6"].status.value == "unsupported" and "precedence" in got["z6"].detail
    assert {n: got[n].status.value for n in ("z2", "z2_false", "z3", "z4", "z5")} == {
        "z2": "proved", "z2_false": "refuted", "z3": "proved", "z4": "proved", "z5": "proved"}


def test_an_argument_with_a_precedence_is_the_term_lean_parses_there(tmp_path) -> None:
    """``x:66`` takes ``2 * 3`` (``*`` is 70) but stops before ``+ 3`` (65); an infix
    ``notation:65 a " ⊕⊕ " b:66`` reads its right side at 66, and one without precedences
    (``notation a " ⊗⊗ " b``) takes the rest of the expression on its right. Before, every
    such argument was one atom: ``inc 2 * 3 = 7`` was refuted (it was read ``(inc 2) * 3``)."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / "Prec66.lean"
    path.write_text(
        "def f (a b : ℕ) : ℕ := a * 10 + b\n"
        'notation:max "inc " x:66 => x + 1\n'
        'notation:65 a " ⊕⊕ " b:66 => f a b\n'
        'notation a " ⊗⊗ " b => f a b\n'
        'prefix:100 "√√" => Nat.sqrt\n'
        "theorem p1 : inc 2 * 3 = 7 := by rfl\n"
        "theorem p1_false : inc 2 * 3 = 9 := by sorry\n"
        "theorem p2 : inc 2 + 3 = 6 := by rfl\n"
        "theorem p2_false : inc 2 + 3 = 7 := by sorry\n"
        "theorem p3 : 1 ⊕⊕ 2 * 3 = 16 := by rfl\n"
        "theorem p3_false : 1 ⊕⊕ 2 * 3 = 36 := by sorry\n"
        "theorem p4 : 1 ⊕⊕ 2 ⊕⊕ 3 = 123 := by rfl\n"
        "theorem p5 : (1 ⊗⊗ 2 * 3) = 16 := by rfl\n"
        "theorem p5_false : (1 ⊗⊗ 2 * 3) = 36 := by sorry\n"
        "theorem p6 : √√ Nat.succ 8 = 3 := by rfl\n"
        "theorem p6_false : √√ Nat.succ 8 = 2 := by sorry\n", encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, max_examples=50))
    assert not run.parse_errors, run.parse_errors
    got = {v.name: v.status.value for v in run.verdicts}
    assert got.pop("p6") in ("proved", "tested")  # Nat.sqrt: evaluated concretely
    assert got == {"p1": "proved", "p1_false": "refuted", "p2": "proved",
                   "p2_false": "refuted", "p3": "proved", "p3_false": "refuted",
                   "p4": "proved", "p5": "proved", "p5_false": "refuted",
                   "p6_false": "refuted"}, got
