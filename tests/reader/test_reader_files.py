"""Whole files: the seed, the specs, the TorchLean-style corpus, ``load`` and name resolution,
and the ``jepa-formal list`` rendering."""

from __future__ import annotations

import glob
import os
from pathlib import Path

import pytest

from jepa_formal.reader import (
    App,
    BigOp,
    BinderKind,
    BinOp,
    Definition,
    Ident,
    Instance,
    Lambda,
    Let,
    Match,
    OtherDecl,
    Quant,
    StructInst,
    Structure,
    Theorem,
    Tuple,
    load,
    parse_file,
    parse_term,
    parse_text,
    print_term,
)
from jepa_formal.report.listing import render_listing

HERE = Path(__file__).parent
REPO = HERE.parent.parent
CORPUS = HERE / "corpus"
SSL = CORPUS / "NN" / "MLTheory" / "SelfSupervised"
SEED = "/work/shared/seed/jepa-statements.lean"
NS = "NN.MLTheory.SelfSupervised"


def _decls(path: Path | str) -> dict[str, object]:
    module = parse_file(str(path))
    assert module.errors == (), [e.render() for e in module.errors]  # type: ignore[attr-defined]
    return {d.name: d for d in module.decls}


def _seed_path() -> str:
    return SEED if os.path.exists(SEED) else str(REPO / "specs" / "jepa.lean")


def test_seed_has_one_def_and_four_theorems() -> None:
    module = parse_file(_seed_path())
    assert module.errors == ()
    kinds = [(d.kind, d.name) for d in module.decls]
    assert kinds == [
        ("def", f"{NS}.jepaLoss"),
        ("theorem", f"{NS}.jepaLoss_nil"),
        ("theorem", f"{NS}.jepaLoss_append"),
        ("theorem", f"{NS}.jepaLoss_reverse"),
        ("theorem", f"{NS}.jepaLoss_target_ext"),
    ]
    append = module.decls[2]
    assert isinstance(append, Theorem)
    assert print_term(append.statement) == (
        "jepaLoss (xs ++ ys) context target predict repLoss = jepaLoss xs context target "
        "predict repLoss + jepaLoss ys context target predict repLoss"
    )
    assert [b.names for b in append.binders][:3] == [("n",), ("Context", "Target", "Pred"),
                                                     ("xs", "ys")]
    assert append.proof_span is not None and append.proof_span.line > append.span.line
    ext = module.decls[4]
    hyp = ext.binders[-1]
    assert isinstance(hyp.type, Quant) and hyp.type.bound is not None
    assert hyp.type.bound[0] == "∈" and hyp.type.bound[1] == Ident("idxs")
    assert module.decls[1].attributes == ("simp",)
    assert module.decls[3].docstring is not None and "reversing" in module.decls[3].docstring


def test_listing_of_the_seed_shows_every_declaration_with_its_statement() -> None:
    text = render_listing(load([_seed_path()]))
    for short in ("jepaLoss_nil", "jepaLoss_append", "jepaLoss_reverse", "jepaLoss_target_ext"):
        assert f": theorem {NS}.{short}" in text
    assert f": def {NS}.jepaLoss" in text
    assert "jepaLoss idxs.reverse context target predict repLoss = jepaLoss idxs context" in text
    assert "(h : ∀ i ∈ idxs, target₁ i = target₂ i)" in text
    assert ":= (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum" in text
    assert text.splitlines()[-1] == (
        "1 file, 5 declarations (1 def, 4 theorems), 0 parse errors")


def test_listing_renders_parse_errors_with_caret(tmp_path: Path) -> None:
    path = tmp_path / "bad.lean"
    path.write_text("theorem ok : 1 = 1 := rfl\ntheorem bad : 1 + = 1 := rfl\n")
    text = render_listing(load([str(path)]))
    assert f"{path}:1: theorem ok" in text
    assert f"{path}:2:19: error: unexpected `=`" in text
    assert "                      ^" in text  # 2 (listing) + 4 (render) + 18 columns
    assert text.endswith("1 declaration (1 theorem), 1 parse error")


SPECS = sorted(glob.glob(str(REPO / "specs" / "*.lean")) + glob.glob(
    str(REPO / "jepa_formal" / "specs" / "*.lean")))


@pytest.mark.parametrize("path", SPECS, ids=[os.path.relpath(p, REPO) for p in SPECS])
def test_every_spec_parses_without_errors(path: str) -> None:
    module = parse_file(path)
    assert module.errors == (), "\n".join(e.render() for e in module.errors)  # type: ignore[attr-defined]
    assert any(isinstance(d, Theorem) for d in module.decls)


def test_corpus_masking_declarations() -> None:
    decls = _decls(SSL / "Masking.lean")
    assert list(decls) == [f"{NS}.{n}" for n in (
        "Mask", "selected", "countTrue", "Mask.compl", "Mask.compl_compl", "countTrue_append",
        "Contract", "LabeledContract", "Contract.trivial", "instInhabitedContractNUnit",
        "instReprMask", "selected_nil", "Contract.guard_default", "selected_sublist")]
    mask = decls[f"{NS}.Mask"]
    assert isinstance(mask, Definition) and mask.kind == "abbrev"
    assert print_term(mask.body) == "Fin n → Bool"
    selected = decls[f"{NS}.selected"]
    # `variable {n : ℕ}` is attached because the binders mention `n`
    assert [(b.names, b.kind) for b in selected.section_binders] == [(("n",), BinderKind.IMPLICIT)]
    count = decls[f"{NS}.countTrue"]
    assert count.body is None and len(count.equations) == 3
    assert print_term(count.equations[1].patterns[0]) == "true :: bs"
    assert count.section_binders == ()
    compl = decls[f"{NS}.Mask.compl_compl"]
    assert compl.attributes == ("simp", "grind =")
    assert print_term(compl.statement) == "m.compl.compl = m"
    contract = decls[f"{NS}.Contract"]
    assert isinstance(contract, Structure)
    assert [(f.name, f.docstring) for f in contract.fields] == [
        ("targetIdxs", "indices of the target block"),
        ("context", "the context the predictor sees"),
        ("guard", None),
    ]
    assert print_term(contract.fields[2].default) == "0"
    assert contract.deriving == ("Repr",)
    labeled = decls[f"{NS}.LabeledContract"]
    assert labeled.ctor == "mk'" and print_term(labeled.extends[0]) == "Contract n Context"
    trivial = decls[f"{NS}.Contract.trivial"]
    assert [f.name for f in trivial.where_fields] == ["targetIdxs", "context", "guard"]
    inst = decls[f"{NS}.instInhabitedContractNUnit"]
    assert isinstance(inst, Instance) and print_term(inst.type) == "Inhabited (Contract n Unit)"
    assert print_term(inst.body) == "⟨{ targetIdxs := [], context := () }⟩"
    repr_inst = decls[f"{NS}.instReprMask"]
    assert isinstance(repr_inst.body, StructInst)
    assert print_term(repr_inst.body.fields[0].value) == 'fun _ _ => "mask"'
    assert decls[f"{NS}.selected_nil"].modifiers == ("private",)
    assert decls[f"{NS}.Contract.guard_default"].modifiers == ("protected",)
    assert decls[f"{NS}.selected_sublist"].kind == "lemma"
    module = parse_file(str(SSL / "Masking.lean"))
    assert [i.module for i in module.imports] == ["Mathlib.Data.Real.Basic",
                                                  "Mathlib.Algebra.BigOperators.Group.List"]
    assert module.imports[0].public and not module.imports[1].public
    assert module.docstrings[0].startswith("# Masking")
    assert all(d.opens == ("BigOperators",) for d in module.decls)


def test_corpus_jepa_declarations() -> None:
    decls = _decls(SSL / "JEPA.lean")
    loss = decls[f"{NS}.jepaLoss"]
    # section variables used by name (context, repLoss) and the types they need, in order;
    # `[Add Target]` because `Target` is used
    assert [b.names for b in loss.section_binders] == [
        ("Context", "Target", "Pred"), (), ("context",), ("repLoss",)]
    assert loss.section_binders[1].kind is BinderKind.INSTANCE
    assert [b.names for b in loss.all_binders][-3:] == [("targetIdxs",), ("target",),
                                                        ("predict",)]
    assert loss.opens == ("BigOperators", "List")
    sq = decls[f"{NS}.sqDist"]
    assert sq.modifiers == ("noncomputable",)
    assert print_term(sq.binders[-1].default) == "1"
    body = sq.body
    assert isinstance(body, BinOp) and isinstance(body.rhs, BigOp)
    assert print_term(body.rhs) == "∑ j : Fin d, (z j - w j) ^ 2"
    assert sq.section_binders == ()  # mentions none of the section variables
    runs = decls[f"{NS}.runningSums"]
    assert isinstance(runs.body, Let) and isinstance(runs.body.pattern, Tuple)
    folder = runs.body.value.args[0]
    assert isinstance(folder, Lambda)
    assert print_term(folder.binders[0].type) == "ℕ × List ℕ"
    countdown = decls[f"{NS}.countdown"]
    assert len(countdown.equations) == 2
    lines = (SSL / "JEPA.lean").read_text().splitlines()
    assert lines[countdown.termination_span.line - 1].startswith("termination_by n => n")
    assert decls[f"{NS}.weighted"].termination_span is None
    weighted = decls[f"{NS}.weighted"]
    assert [w.name for w in weighted.where_decls] == [f"{NS}.weighted.go", f"{NS}.weighted.helper"]
    assert len(weighted.where_decls[0].equations) == 2
    assert f"{NS}.weighted.go" in decls
    nil = decls[f"{NS}.weighted_nil"]
    assert print_term(nil.statement) == "weighted [] (g := g) = 0"
    assert decls[f"{NS}.sum_univ_const"].opens == ("BigOperators", "List", "Finset")
    assert decls["List.sum_twice"].short_name == "_root_.List.sum_twice"
    example = next(d for d in decls.values() if d.kind == "example")
    assert example.name.startswith("example@JEPA.lean:")
    assert isinstance(example.statement, BinOp)


def test_corpus_syntax_file_covers_the_term_language() -> None:
    decls = _decls(CORPUS / "Syntax.lean")
    stmt = {d.short_name: d for d in decls.values()}

    def printed(name: str) -> str:
        d = stmt[name]
        return print_term(d.statement if isinstance(d, Theorem) else d.body)

    assert printed("app_named") == "named (d := d) (g := fun _ => 0) = 0"
    assert printed("app_explicit") == "@applyTwice (fun x => x + 1) 0 = 2"
    assert "[1, 2].map (· + 1) = [2, 3]" in printed("lambdas")
    assert "(fun (acc : α × List α) x => (x, acc.2))" in printed("lambdas")
    assert "xs.map fun p => p.1 + p.2" in printed("lambdas")
    assert "(List.replicate d 0).length + Nat.succ n" in printed("dots")
    ops = printed("operators")
    for piece in ("a ^ 2 * b / c % 3 + a - b = c", "s ++ t = a :: t", "(¬p) ∨ q ↔ p → q",
                  "(f ∘ g) a = f (g a)", "f a = f a", "(2 : ℝ) • v = v", "u⁻¹ = -u",
                  "-x = ↑a", "|x - y| = |y - x|", "((!bb) && bb || bb) = false", "a ∉ t"):
        assert piece in ops, piece
    binders = printed("binders_in_terms")
    for piece in ("∀ i ∈ idxs, P i", "∀ (x : ℕ) (y : ℕ), x + y = y + x", "∃ x, P x",
                  "(∑ j : Fin d, f j) = ∑ j ∈ s, g j", "(∏ j ∈ s, g j) = 1"):
        assert piece in binders, piece
    lits = printed("literals")
    for piece in ("(2.5 : ℝ)", "([] : List ℕ) = [a, b]", "(#[] : Array ℕ) = #[a, b]",
                  "() = s", "(a, b) = ⟨a, b⟩", "true = false", "True", "¬False"):
        assert piece in lits, piece
    assert printed("struct_literals") == "({ x := 1, y := 2 } : Point) = { s with y := 3 }"
    assert printed("classify") == "if h : n < 3 then 0 else if n = 3 then 1 else 2"
    assert printed("lets") == "let a := n + 1; let b := a * 2; let c := b - 1; a + b + c"
    first = stmt["firstOr"].body
    assert isinstance(first, Match) and len(first.alts) == 2
    assert printed("ascribe_show") == "((n : ℤ) : ℤ) = n"
    assert stmt["ascribe_show"].proof_span is not None
    assert printed("ascii") == (
        "(p → q) ∧ (p ↔ p) ∨ (∀ x : Nat, ∃ y, x ≤ y) ∧ a ≥ b ∧ a != b")  # `!=` is `bne`
    weird = stmt["weird name"]
    assert weird.name == "Corpus.Terms.weird name"
    assert [b.names for b in weird.binders] == [("target₁", "x'", "γ"), ("hγ",), ("hμ",)]
    assert print_term(stmt["pushAll"].binders[0].type) == "Type*"
    assert print_term(stmt["sortId"].binders[0].type) == "Sort u"
    assert printed("lookup") == "xs[i]!"
    assert printed("ones") == "Array.replicate d 1"
    assert printed("finsum") == "Finset.univ.sum f = ∑ j, f j"
    auto = stmt["auto_bound"]
    assert [b.names for b in auto.binders] == [("xs",)]  # `α` is auto-bound: no binder
    assert printed("auto_bound") == "xs.reverse.length = xs.length"
    point = stmt["mkPoint"].body
    assert isinstance(point, StructInst) and [f.name for f in point.fields] == ["x", "y"]
    strict = stmt["strict_binder"]
    assert [(b.names, b.kind) for b in strict.section_binders] == [
        (("α",), BinderKind.IMPLICIT), ((), BinderKind.INSTANCE), (("x",), BinderKind.STRICT)]


def test_load_follows_imports_and_infers_the_root() -> None:
    project = load([str(SSL / "JEPA.lean")])
    assert [os.path.basename(m.path) for m in project.modules] == ["JEPA.lean", "Masking.lean"]
    assert project.root == str(CORPUS)
    assert [m.module_name for m in project.modules] == [f"{NS}.JEPA", f"{NS}.Masking"]
    imports = project.modules[0].imports
    assert imports[0].resolved == str(SSL / "Masking.lean")
    assert imports[1].resolved is None
    notes = "\n".join(project.notes)
    assert "Mathlib.Algebra.BigOperators.Group.Finset" in notes
    assert "Mathlib.Data.Real.Basic" in notes
    assert project.errors == ()


def test_load_with_explicit_root_a_folder_and_a_cycle(tmp_path: Path) -> None:
    (tmp_path / "A").mkdir()
    (tmp_path / "A" / "One.lean").write_text("import A.Two\ndef one : ℕ := 1\n")
    (tmp_path / "A" / "Two.lean").write_text("import A.One\ndef two : ℕ := 2\n")
    project = load([str(tmp_path / "A" / "One.lean")], root=str(tmp_path))
    assert [d.name for d in project.decls] == ["one", "two"]
    project = load([str(tmp_path / "A")], root=str(tmp_path))
    assert len(project.modules) == 2  # each file once, even though both import each other
    assert load([str(tmp_path / "empty_dir_missing")]).modules[0].errors


def test_resolve_follows_lean_name_resolution() -> None:
    project = load([str(SSL / "JEPA.lean")])
    theorem = project.get(f"{NS}.jepaLoss_contract")
    assert theorem is not None
    assert project.resolve("jepaLoss", theorem).name == f"{NS}.jepaLoss"
    assert project.resolve("Contract", theorem).name == f"{NS}.Contract"
    assert project.resolve("Contract.trivial", theorem).name == f"{NS}.Contract.trivial"
    assert project.resolve(f"{NS}.Mask", theorem).name == f"{NS}.Mask"
    assert project.resolve("_root_.List.sum_twice", theorem).name == "List.sum_twice"
    assert project.resolve("List.sum_twice", theorem).name == "List.sum_twice"
    assert project.resolve("List.sum", theorem) is None
    assert project.resolve("nonexistent", theorem) is None
    guard = project.get(f"{NS}.Contract.guard_default")
    # inside `Contract.guard_default`, `trivial` means `Contract.trivial` (own name prefix)
    assert project.resolve("trivial", guard).name == f"{NS}.Contract.trivial"


def test_resolve_uses_opens(tmp_path: Path) -> None:
    path = tmp_path / "opens.lean"
    path.write_text(
        "namespace Lib\ndef helper : ℕ := 1\nend Lib\n"
        "namespace App\nopen Lib\ntheorem t : helper = 1 := rfl\nend App\n"
        "theorem u : Lib.helper = 1 := rfl\n")
    project = load([str(path)])
    t = project.get("App.t")
    assert t.opens == ("Lib",)
    assert project.resolve("helper", t).name == "Lib.helper"
    assert project.resolve("helper", project.get("u")) is None


def test_other_declarations_are_kept_by_name(tmp_path: Path) -> None:
    path = tmp_path / "other.lean"
    path.write_text("inductive Color where\n  | red\n  | green\n"
                    "axiom choice_ax : True\nclass Foo (α : Type) where\n  op : α → α\n"
                    "notation \"‖\" x \"‖\" => x\n")
    module = parse_file(str(path))
    assert module.errors == ()
    assert [(d.kind, d.name) for d in module.decls][:3] == [
        ("inductive", "Color"), ("axiom", "choice_ax"), ("class", "Foo")]
    assert all(isinstance(d, OtherDecl) for d in module.decls)
    assert module.decls[0].text.startswith("inductive Color where")


def test_crlf_and_bom_files_parse_like_lf(tmp_path: Path) -> None:
    text = (SSL / "Masking.lean").read_text()
    path = tmp_path / "crlf.lean"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    crlf = parse_file(str(path))
    assert crlf.errors == ()
    assert crlf.decls == parse_file(str(SSL / "Masking.lean")).decls


def test_term_spans_point_into_the_file() -> None:
    module = parse_file(_seed_path())
    append = module.decls[2]
    lines = Path(_seed_path()).read_text().splitlines()
    lhs = append.statement.lhs
    assert isinstance(lhs, App)
    span = lhs.span
    assert lines[span.line - 1][span.column - 1 :].startswith("jepaLoss (xs ++ ys)")
    arg = lhs.args[0]  # the parentheses leave no node: the span is that of `xs ++ ys`
    assert lines[arg.span.line - 1][arg.span.column - 1 : arg.span.end_column - 1] == "xs ++ ys"
    assert str(append.span) == f"{_seed_path()}:{append.span.line}:1"
    assert parse_term("a +\n  b").span.end_line == 2


def test_scoped_command_forms() -> None:
    module = parse_text(
        "variable (n : ℕ) in\ntheorem v : n = n := rfl\ntheorem w (m : ℕ) : m = m := rfl\n"
        "variable (k : ℕ) in theorem u : k = k := rfl\n"
        "mutual\ndef even : ℕ → Bool\n  | 0 => true\n  | n + 1 => odd n\n"
        "def odd : ℕ → Bool\n  | 0 => false\n  | n + 1 => even n\nend\n"
        "deriving instance Repr for Nat\n"
        "set_option maxHeartbeats 400000 in\nopen List in\ntheorem o : [1].length = 1 := rfl\n"
        "@[expose] public section\nnoncomputable section Inner\nend Inner\nend\n",
        "cmds.lean")
    assert module.errors == ()
    decls = {d.name: d for d in module.decls}
    assert [b.names for b in decls["v"].section_binders] == [("n",)]
    assert decls["w"].section_binders == ()  # `variable … in` held for one command only
    assert [b.names for b in decls["u"].section_binders] == [("k",)]
    assert len(decls["even"].equations) == 2 and len(decls["odd"].equations) == 2
    assert decls["o"].opens == ("List",)


def test_proof_skipping_finds_the_right_boundary() -> None:
    module = parse_text(
        "theorem m (n : ℕ) : match n with\n  | 0 => True\n  | _ => True := by\n"
        "  cases n <;> trivial\n"
        "theorem e : ∀ n : ℕ, n = n\n  | 0 => rfl\n  | n + 1 => rfl\n"
        "theorem l : let k := 2; k = 2 := rfl\n"
        "theorem d (h : ℕ := 3) : h = h := by\n  calc h = h := rfl\n    _ = h := rfl\n")
    assert module.errors == ()
    printed = [print_term(d.statement) for d in module.decls]
    assert printed == ["match n with | 0 => True | _ => True", "∀ n : ℕ, n = n",
                       "let k := 2; k = 2", "h = h"]
    spans = [d.proof_span.line for d in module.decls]
    assert spans == [3, 6, 8, 9]


def test_loads_sharing_a_parse_cache_read_an_imported_file_once(tmp_path, monkeypatch) -> None:
    """The checker loads each requested file on its own; two files importing the same module
    must not parse it twice when the loads share their cache."""
    import jepa_formal.reader.project as project_module
    from jepa_formal.reader import load

    pkg = tmp_path / "Pkg"
    pkg.mkdir()
    (pkg / "Base.lean").write_text("def base : ℕ := 1\n", encoding="utf-8")
    for name in ("A", "B"):
        (pkg / f"{name}.lean").write_text(
            f"import Pkg.Base\ntheorem t{name} : base = 1 := rfl\n", encoding="utf-8")
    calls: list[str] = []
    real_parse = project_module.parse_file

    def counting_parse(path: str):
        calls.append(os.path.basename(path))
        return real_parse(path)

    monkeypatch.setattr(project_module, "parse_file", counting_parse)
    parsed: dict = {}
    first = load([str(pkg / "A.lean")], parsed=parsed)
    second = load([str(pkg / "B.lean")], parsed=parsed)
    assert sorted(calls) == ["A.lean", "B.lean", "Base.lean"]
    for project in (first, second):
        assert [m.module_name for m in project.modules][1] == "Pkg.Base"
        assert project.modules[0].imports[0].resolved == str(pkg / "Base.lean")
