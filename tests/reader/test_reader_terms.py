"""Terms: precedences, every construct's AST shape, newline sensitivity, and that nothing from
lark ever leaves the reader."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from lark import Token, Tree

from jepa_formal.reader import (
    AnonCtor,
    App,
    ArrayLit,
    Ascription,
    BigOp,
    Binder,
    BinderKind,
    BinOp,
    CDot,
    CDotFun,
    CharLit,
    DecimalLit,
    EllipsisArg,
    FieldAssign,
    Hole,
    Ident,
    If,
    Index,
    Lambda,
    Let,
    ListLit,
    Match,
    MatchAlt,
    NamedArg,
    NatLit,
    Proj,
    Quant,
    Show,
    Sort,
    StrLit,
    StructInst,
    Tactic,
    Tuple,
    UnOp,
    load,
    parse_decl,
    parse_term,
    print_term,
)
from jepa_formal.reader.syntax import CARD, EMPTY

x, y, z, f, g = (Ident(n) for n in "xyzfg")


def op(o: str, a: object, b: object) -> BinOp:
    return BinOp(o, a, b)  # type: ignore[arg-type]


PRECEDENCE = [
    ("a + b * c", op("+", Ident("a"), op("*", Ident("b"), Ident("c")))),
    ("a - b - c", op("-", op("-", Ident("a"), Ident("b")), Ident("c"))),
    ("a ^ b ^ c", op("^", Ident("a"), op("^", Ident("b"), Ident("c")))),
    ("-x ^ 2", UnOp("-", op("^", x, NatLit(2)))),
    ("-x * y", op("*", UnOp("-", x), y)),
    ("x :: y ++ z", op("++", op("::", x, y), z)),
    ("x + y :: z", op("+", x, op("::", y, z))),
    ("a → b → c", op("→", Ident("a"), op("→", Ident("b"), Ident("c")))),
    ("a ∧ b ∨ c", op("∨", op("∧", Ident("a"), Ident("b")), Ident("c"))),
    ("a ∧ b → c ↔ d", op("↔", op("→", op("∧", Ident("a"), Ident("b")), Ident("c")), Ident("d"))),
    ("¬a = b ∧ c", op("∧", UnOp("¬", op("=", Ident("a"), Ident("b"))), Ident("c"))),
    ("a ≤ b + 1", op("≤", Ident("a"), op("+", Ident("b"), NatLit(1)))),
    ("f x y + g z", op("+", App(f, (x, y)), App(g, (z,)))),
    ("f ∘ g ∘ h", op("∘", f, op("∘", g, Ident("h")))),
    ("f ∘ g x", op("∘", f, App(g, (x,)))),
    ("2 • v + w", op("+", op("•", NatLit(2), Ident("v")), Ident("w"))),
    ("α × β → γ", op("→", op("×", Ident("α"), Ident("β")), Ident("γ"))),
    ("∑ i, f i + g i", op("+", BigOp("∑", Binder(("i",)), App(f, (Ident("i"),))),
                             App(g, (Ident("i"),)))),
    ("∑ i, f i * c", BigOp("∑", Binder(("i",)), op("*", App(f, (Ident("i"),)), Ident("c")))),
    ("x |> f |> g", App(g, (App(f, (x,)),))),
    ("f <| g <| x", App(f, (App(g, (x,)),))),
    ("f $ g x", App(f, (App(g, (x,)),))),
    ("!b && c || d", op("||", op("&&", UnOp("!", Ident("b")), Ident("c")), Ident("d"))),
    ("↑x * y⁻¹", op("*", UnOp("↑", x), UnOp("⁻¹", y))),
    ("|x| + |y - z|", op("+", UnOp("abs", x), UnOp("abs", op("-", y, z)))),
    ("a ∈ s ∧ a ∉ t", op("∧", op("∈", Ident("a"), Ident("s")), op("∉", Ident("a"), Ident("t")))),
    ("a ∣ b", op("∣", Ident("a"), Ident("b"))),
    ("(x = y) = z", op("=", op("=", x, y), z)),
    # `h ▸ e` is Lean's trailing parser at 75: tighter than `*`/`+`, looser than application
    ("h ▸ x * y", op("*", op("▸", Ident("h"), x), y)),
    ("x + h ▸ f y", op("+", x, op("▸", Ident("h"), App(f, (y,))))),
    ("h ▸ g ▸ x", op("▸", Ident("h"), op("▸", g, x))),
]


@pytest.mark.parametrize(("text", "expected"), PRECEDENCE, ids=[p[0] for p in PRECEDENCE])
def test_operator_precedence_and_associativity(text: str, expected: object) -> None:
    assert parse_term(text) == expected
    assert parse_term(print_term(expected)) == expected  # type: ignore[arg-type]


ASCII = [
    ("a -> b", "a → b"), ("a <-> b", "a ↔ b"), ("a /\\ b", "a ∧ b"), ("a \\/ b", "a ∨ b"),
    ("a <= b", "a ≤ b"), ("a >= b", "a ≥ b"),
    ("a != b", "a != b"),  # `bne a b` (Bool), not the proposition `a ≠ b`
    ("forall x, p x", "∀ x, p x"), ("exists x, p x", "∃ x, p x"),
    ("fun x => x", "fun x => x"), ("λ x ↦ x", "fun x => x"),
    ("fun (x : Nat) => x", "fun (x : Nat) => x"),
]


@pytest.mark.parametrize(("ascii", "unicode"), ASCII, ids=[a[0] for a in ASCII])
def test_ascii_spellings_are_normalised(ascii: str, unicode: str) -> None:
    assert parse_term(ascii) == parse_term(unicode)
    assert print_term(parse_term(ascii)) == unicode


CONSTRUCTS = [
    ("f (d := d) x", App(f, (NamedArg("d", Ident("d")), x))),
    ("@f x", App(Ident("f", explicit=True), (x,))),
    ("fun ⟨a, b⟩ => a", Lambda((Binder((), pattern=AnonCtor((Ident("a"), Ident("b")))),),
                               Ident("a"))),
    ("fun (acc : α × List α) x => acc", Lambda(
        (Binder(("acc",), op("×", Ident("α"), App(Ident("List"), (Ident("α"),)))),
         Binder(("x",))), Ident("acc"))),
    ("fun x y : ℕ => x", Lambda((Binder(("x", "y"), Ident("ℕ")),), x)),
    ("(· + 1)", CDotFun(op("+", CDot(), NatLit(1)))),
    ("(·.1)", CDotFun(Proj(CDot(), "1"))),
    ("(· + ·)", CDotFun(op("+", CDot(), CDot()))),
    ("(idxs.map f).sum", Proj(App(Ident("idxs.map"), (f,)), "sum")),
    ("(f x).1", Proj(App(f, (x,)), "1")),
    ("edge.1", Ident("edge.1")),
    ("(xs).length", Ident("xs.length")),
    ("xs.map f |>.sum", Proj(App(Ident("xs.map"), (f,)), "sum")),
    ("∀ i ∈ idxs, P i", Quant("∀", (Binder(("i",)),), App(Ident("P"), (Ident("i"),)),
                              ("∈", Ident("idxs")))),
    ("∀ (x : α) (y : β), p", Quant("∀", (Binder(("x",), Ident("α")), Binder(("y",), Ident("β"))),
                                  Ident("p"))),
    ("∀ {x : α} [inst : C x], p", Quant("∀", (
        Binder(("x",), Ident("α"), BinderKind.IMPLICIT),
        Binder(("inst",), App(Ident("C"), (x,)), BinderKind.INSTANCE)), Ident("p"))),
    ("∃ x y, p", Quant("∃", (Binder(("x", "y")),), Ident("p"))),
    ("∃ x > 0, p", Quant("∃", (Binder(("x",)),), Ident("p"), (">", NatLit(0)))),
    ("(x : α) → β x", Quant("∀", (Binder(("x",), Ident("α")),), App(Ident("β"), (x,)))),
    ("∑ j : Fin d, f j", BigOp("∑", Binder(("j",), App(Ident("Fin"), (Ident("d"),))),
                               App(f, (Ident("j"),)))),
    ("∏ j ∈ s, f j", BigOp("∏", Binder(("j",)), App(f, (Ident("j"),)), Ident("s"))),
    ("∑ j in s, f j", BigOp("∑", Binder(("j",)), App(f, (Ident("j"),)), Ident("s"))),
    ("2.5", DecimalLit("2.5")), ("0x1F", NatLit(31)), ('"a\\"b\\n"', StrLit('a"b\n')),
    ("[]", ListLit(())), ("#[x, y]", ArrayLit((x, y))), ("()", Tuple(())),
    ("(x, y, z)", Tuple((x, y, z))),
    ("{ x := 1, y := 2 }", StructInst((
        FieldAssign("x", NatLit(1)),
        FieldAssign("y", NatLit(2))))),
    ("{ s with y := 3 }", StructInst((
        FieldAssign("y", NatLit(3)),),
        base=Ident("s"))),
    ("if h : x < 3 then a else b", If(op("<", x, NatLit(3)), Ident("a"), Ident("b"), "h")),
    ("let x := 1; x", Let(x, NatLit(1), x)),
    ("let (_, acc) := e; acc", Let(Tuple((Hole(), Ident("acc"))), Ident("e"), Ident("acc"))),
    ("let f x := x; f", Let(f, Lambda((Binder(("x",)),), x), f)),
    ("have h : p := e\nh", Let(Ident("h"), Ident("e"), Ident("h"), Ident("p"))),
    ("match xs with | [] => 0 | _ :: t => 1", Match((Ident("xs"),), (
        MatchAlt((ListLit(()),), NatLit(0)),
        MatchAlt(
            (op("::", Hole(), Ident("t")),), NatLit(1))))),
    ("(x : ℝ)", Ascription(x, Ident("ℝ"))),
    ("show p from h", Show(Ident("p"), Ident("h"))),
    ("xs[i]!", Index(Ident("xs"), Ident("i"), "!")),
    ("xs[i]?", Index(Ident("xs"), Ident("i"), "?")),
    ("f [i]", App(f, (ListLit((Ident("i"),)),))),
    ("«weird name» + x'", op("+", Ident("weird name"), Ident("x'"))),
    ("target₁ γ", App(Ident("target₁"), (Ident("γ"),))),
    ("Type*", Sort("Type*")), ("Sort u", Sort("Sort u")), ("Type u", Sort("Type u")),
    ("⟨x, by simp [h]⟩", AnonCtor(
        (x, Tactic("simp [h]")))),
    ("True ∧ false", op("∧", Ident("True"), Ident("false"))),
    # library-file spellings: the ASCII cdot, universe arguments, `..`
    ("(. + 1)", CDotFun(op("+", CDot(), NatLit(1)))),
    ("xs.map (f . y)", App(Ident("xs.map"), (CDotFun(App(f, (CDot(), y))),))),
    ("List.nil.{0}", Ident("List.nil")),
    ("@List.nil.{u} α", App(Ident("List.nil", explicit=True), (Ident("α"),))),
    ("List.{u} α", App(Ident("List"), (Ident("α"),))),
    ("Sort.{u}", Sort("Sort u")), ("Type.{0}", Sort("Type 0")),
    ("f x ..", App(f, (x, EllipsisArg()))),
    ("⟨x, ..⟩", AnonCtor((x, EllipsisArg()))),
    ("{ s with .. }", StructInst((), base=Ident("s"), ellipsis=True)),
    ("{ x := 1, .. }", StructInst((FieldAssign("x", NatLit(1)),), ellipsis=True)),
    ("{ x := 1 .. }", StructInst((FieldAssign("x", NatLit(1)),), ellipsis=True)),
    # `+1]` closes `-[n+1]` only: `xs[i+1]` is an index
    ("xs[i+1]", Index(Ident("xs"), op("+", Ident("i"), NatLit(1)), "")),
    ("xs[i+1]!", Index(Ident("xs"), op("+", Ident("i"), NatLit(1)), "!")),
    ("-[n+1]", App(Ident("Int.negSucc"), (Ident("n"),))),
    ("-[xs[i+1]+1]", App(Ident("Int.negSucc"), (Index(Ident("xs"), op("+", Ident("i"),
                                                                       NatLit(1)), ""),))),
    # notations of Lean core and Mathlib (once parse errors)
    ("l ++ ∅", op("++", Ident("l"), Ident(EMPTY))),
    ("s \\ t ∩ u", op("∩", op("\\", Ident("s"), Ident("t")), Ident("u"))),
    ("s ∪ t \\ u", op("∪", Ident("s"), op("\\", Ident("t"), Ident("u")))),
    ("a && b ^^ c || d", op("||", op("^^", op("&&", Ident("a"), Ident("b")), Ident("c")),
                            Ident("d"))),
    ("a ^^ b ^^ c", op("^^", op("^^", Ident("a"), Ident("b")), Ident("c"))),
    ("l₁ <+~ l₂ ∧ l₂ <+ l₃", op("∧", op("<+~", Ident("l₁"), Ident("l₂")),
                                 op("<+", Ident("l₂"), Ident("l₃")))),
    ("if let some x := o then x else 0", Match((Ident("o"),), (
        MatchAlt((App(Ident("some"), (x,)),), x), MatchAlt((Hole(),), NatLit(0))))),
    ("if let (a, b) := p then a + b else 0", Match((Ident("p"),), (
        MatchAlt((Tuple((Ident("a"), Ident("b"))),), op("+", Ident("a"), Ident("b"))),
        MatchAlt((Hole(),), NatLit(0))))),
    ("if let x :: xs := l then x else 0", Match((Ident("l"),), (
        MatchAlt((op("::", x, Ident("xs")),), x), MatchAlt((Hole(),), NatLit(0))))),
    ("s ×ˢ t ×ˢ u", op("×ˢ", Ident("s"), op("×ˢ", Ident("t"), Ident("u")))),
    ("'a'", CharLit("a")), ("'\\n'", CharLit("\n")), ("'\\''", CharLit("'")),
    ("'\\x41'", CharLit("A")), ("'λ'", CharLit("λ")),
    ("c = '\"'", op("=", Ident("c"), CharLit('"'))),
    ("f x' 'b'", App(f, (Ident("x'"), CharLit("b")))),
    ("xs[i]'h'", Index(Ident("xs"), Ident("i"), "")),
    ("∑ k ∈ s with p k, f k", BigOp("∑", Binder(("k",)), App(f, (Ident("k"),)), App(
        Ident("Finset.filter"), (Lambda((Binder(("k",)),), App(Ident("p"), (Ident("k"),))),
                                 Ident("s"))))),
    ("∑ k : Fin n with p k, f k", BigOp("∑", Binder(("k",)), App(f, (Ident("k"),)), App(
        Ident("Finset.filter"), (Lambda((Binder(("k",), App(Ident("Fin"), (Ident("n"),))),),
                                        App(Ident("p"), (Ident("k"),))),
                                 Ident("Finset.univ"))))),
    ("∑ k ∈ s with |f k| ≤ 1, |f k|", BigOp("∑", Binder(("k",)),
        UnOp("abs", App(f, (Ident("k"),))), App(Ident("Finset.filter"), (Lambda(
            (Binder(("k",)),), op("≤", UnOp("abs", App(f, (Ident("k"),))), NatLit(1))),
            Ident("s"))))),
    ("⌊x / 2⌋ + ⌈y⌉", op("+", App(Ident("Int.floor"), (op("/", x, NatLit(2)),)),
                        App(Ident("Int.ceil"), (y,)))),
    ("⌊x⌋₊ ≤ ⌈x⌉₊", op("≤", App(Ident("Nat.floor"), (x,)), App(Ident("Nat.ceil"), (x,)))),
    # Mathlib's `prefix:100 "√"`: an application is its operand, `*` is not
    ("√f x * 2", op("*", App(Ident("Real.sqrt"), (App(f, (x,)),)), NatLit(2))),
    ("√x⁻¹", App(Ident("Real.sqrt"), (UnOp("⁻¹", x),))),
    ("#s + #(s ∪ t)", op("+", App(Ident(CARD), (Ident("s"),)),
                         App(Ident(CARD), (op("∪", Ident("s"), Ident("t")),)))),
    ("f '' s ⊆ t", op("⊆", op("''", f, Ident("s")), Ident("t"))),
    ("f ⁻¹' s", op("⁻¹'", f, Ident("s"))),
    ("s = {}", op("=", Ident("s"), StructInst(()))),
    # Mathlib's binder predicates in big operators: `∑ i < n` is `∑ i ∈ Finset.Iio n`
    ("∑ i < n, f i", BigOp("∑", Binder(("i",)), App(f, (Ident("i"),)),
                           App(Ident("Finset.Iio"), (Ident("n"),)))),
    ("∏ i ≤ n, f i", BigOp("∏", Binder(("i",)), App(f, (Ident("i"),)),
                           App(Ident("Finset.Iic"), (Ident("n"),)))),
    ("∑ i ≠ k, f i", BigOp("∑", Binder(("i",)), App(f, (Ident("i"),)), App(
        Ident("Finset.erase"), (Ident("Finset.univ"), Ident("k"))))),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTS, ids=[c[0] for c in CONSTRUCTS])
def test_every_construct_has_its_ast_shape(text: str, expected: object) -> None:
    assert parse_term(text) == expected


NEWLINES = [
    # a field list with no commas: `1` does not take `y` as an argument
    ("{ x := 1\n  y := 2 }", 2),
    ("{ s with\n    x := f 1\n    y := 2 }", 2),
]


@pytest.mark.parametrize(("text", "fields"), NEWLINES)
def test_structure_instance_fields_without_commas(text: str, fields: int) -> None:
    term = parse_term(text)
    assert isinstance(term, StructInst) and len(term.fields) == fields
    assert term.fields[0].value in (NatLit(1), App(f, (NatLit(1),)))


def test_let_body_on_the_next_line_is_not_an_argument() -> None:
    term = parse_term("let a := f x\nlet b := a\na + b")
    assert term == Let(Ident("a"), App(f, (x,)), Let(Ident("b"), Ident("a"),
                                                      op("+", Ident("a"), Ident("b"))))
    # a continuation line to the right of `let` *is* part of the value
    assert parse_term("let a := f\n    x\na") == Let(Ident("a"), App(f, (x,)), Ident("a"))


def test_application_continues_on_more_indented_lines() -> None:
    decl = parse_decl("def d : ℕ :=\n  f x\n    y\n")
    assert decl.body == App(f, (x, y))


def test_match_alternatives_on_their_own_lines_and_def_equations() -> None:
    decl = parse_decl("def f : List ℕ → ℕ\n  | [] => 0\n  | x :: xs => x + f xs\n")
    assert len(decl.equations) == 2
    term = parse_term("match n with\n| 0 => |x|\n| _ => 1")
    assert isinstance(term, Match) and term.alts[0].rhs == UnOp("abs", x)


def test_a_statement_line_starting_with_an_absolute_value_is_no_equation() -> None:
    # after `:` (or an operator) a line-start `|` opens `|x|`; after a complete type it
    # starts the theorem's equations
    decl = parse_decl("theorem t (x : ℚ) :\n    |(if x < 1 then x else 1) - x| ≤ 1 := sorry\n")
    assert isinstance(decl.statement, BinOp) and decl.statement.op == "≤"
    assert isinstance(decl.statement.lhs, UnOp) and decl.statement.lhs.op == "abs"
    decl = parse_decl("theorem t (x : ℚ) : 0 ≤\n    |x| := abs_nonneg x\n")
    assert decl.statement == op("≤", NatLit(0), UnOp("abs", x))
    decl = parse_decl("theorem t : ∀ n : ℕ, n + 0 = n\n  | 0 => rfl\n  | n + 1 => rfl\n")
    assert isinstance(decl.statement, Quant)


def test_where_fields_and_structure_fields_split_on_lines() -> None:
    decl = parse_decl("def c : S where\n  x := f 1\n  y := 2\n")
    assert [(a.name, a.value) for a in decl.where_fields] == [("x", App(f, (NatLit(1),))),
                                                              ("y", NatLit(2))]
    struct = parse_decl("structure S where\n  mk ::\n  x : List ℕ\n  y : ℕ := 0\n")
    assert struct.ctor == "mk"
    assert [(fl.name, print_term(fl.type)) for fl in struct.fields] == [("x", "List ℕ"),
                                                                        ("y", "ℕ")]


def test_comments_and_strings_do_not_confuse_the_reader() -> None:
    term = parse_term('f "-- not a comment" /- (( -/ x -- trailing )\n')
    assert term == App(f, (StrLit("-- not a comment"), x))


def _walk(node: object, seen: list[object]) -> None:
    assert not isinstance(node, Tree | Token), f"lark object leaked: {node!r}"
    seen.append(node)
    if isinstance(node, tuple):
        for item in node:
            _walk(item, seen)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for fld in dataclasses.fields(node):
            _walk(getattr(node, fld.name), seen)


def test_nothing_from_lark_leaves_the_reader() -> None:
    corpus = Path(__file__).parent / "corpus"
    project = load([str(corpus)])
    seen: list[object] = []
    for module in project.modules:
        _walk(module, seen)
    assert len(seen) > 5000  # the walk really went through the trees
    assert not any(isinstance(n, str) and type(n) is not str for n in seen)  # Token is a str


def test_every_term_node_has_a_span() -> None:
    term = parse_term("∀ i ∈ xs, f (i + 1) = ⟨i, [i]⟩.1")
    stack: list[object] = [term]
    count = 0
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            stack.extend(node)
        elif dataclasses.is_dataclass(node):
            if hasattr(node, "span") and not isinstance(node, Binder):
                assert node.span is not None, node
                count += 1
            stack.extend(getattr(node, fl.name) for fl in dataclasses.fields(node))
    assert count >= 10


def test_a_rule_without_a_transformer_method_is_a_loud_bug() -> None:
    from jepa_formal.reader.transform import Builder

    with pytest.raises(NotImplementedError, match="no transformer method for rule"):
        Builder("<t>", 0).transform(Tree("no_such_rule", [Token("IDENT", "x")]))
