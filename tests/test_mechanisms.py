"""One mechanism per concept: the package spells the relation set once, types its seams, and
dispatches through one walker.

Why greps: these are properties of the source (a copy of the relation set, an ``env: Any``)
that no behaviour test sees until the copies drift apart.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import jepa_formal
from jepa_formal.errors import TypeMismatch, Unsupported
from jepa_formal.mirror.core.terms import (
    RELATION_TABLE,
    RELATIONS,
    Lit,
    Prim,
    TNat,
    TProp,
    Var,
    children,
    map_children,
    subterms,
)
from jepa_formal.mirror.core.walker import Handlers, Walker
from jepa_formal.reader.syntax import Span

PACKAGE = Path(jepa_formal.__file__).parent
TABLE_MODULE = PACKAGE / "mirror" / "core" / "terms.py"
_NAME = r"\"(?:eq|ne|lt|le|gt|ge)\""
LITERAL_SET = re.compile(rf"[\(\[\{{]\s*{_NAME}\s*,\s*{_NAME}")


def _sources() -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")]


def test_the_relation_names_are_spelled_only_in_the_table() -> None:
    offenders = [f"{p.relative_to(PACKAGE)}:{n}" for p, text in _sources() if p != TABLE_MODULE
                 for n, line in enumerate(text.splitlines(), 1) if LITERAL_SET.search(line)]
    assert offenders == []
    assert LITERAL_SET.search('x in ("lt", "le")')  # the grep finds what it looks for


def test_the_relation_table_is_consistent() -> None:
    assert RELATIONS == ("eq", "ne", "lt", "le", "gt", "ge")
    for op, rel in RELATION_TABLE.items():
        assert RELATION_TABLE[rel.negation].negation == op
        assert RELATION_TABLE[rel.flipped].flipped == op
        assert RELATION_TABLE[rel.weakened].strict is False


def test_no_seam_is_typed_any_for_the_environment() -> None:
    offenders = [f"{p.relative_to(PACKAGE)}:{n}" for p, text in _sources()
                 for n, line in enumerate(text.splitlines(), 1) if re.search(r"\benv: Any\b", line)]
    assert offenders == []


def test_children_and_map_children_agree() -> None:
    x = Var("x", TNat())
    e = Prim("le", (Prim("add", (x, Lit(1, TNat())), TNat()), x), TProp())
    assert children(e) == (e.args[0], x)
    assert [type(s).__name__ for s in subterms(e)] == ["Prim", "Prim", "Var", "Lit", "Var"]
    assert map_children(e, lambda c: c) is e  # unchanged subtrees keep their identity
    swapped = map_children(e, lambda c: Lit(0, TNat()) if isinstance(c, Var) else c)
    assert swapped.args[1] == Lit(0, TNat()) and swapped.args[0] is e.args[0]


class _Walk(Walker):
    def visit_Lit(self, node: Lit) -> int:
        raise TypeMismatch("a literal", None, "no position below")

    def visit_Var(self, node: Var) -> str:
        return node.name


def test_the_walker_dispatches_by_node_class_and_keeps_the_error_class() -> None:
    span = Span("f.lean", 3, 5, 3, 6)
    assert _Walk().dispatch(Var("y", TNat())) == "y"
    with pytest.raises(TypeMismatch) as err:
        _Walk().dispatch(Lit(1, TNat(), span=span))
    assert err.value.span == span and err.value.reason == "no position below"
    with pytest.raises(Unsupported, match="Prim"):
        _Walk().dispatch(Prim("add", (), TNat()))
    assert _Walk.handled_names() == {"Lit", "Var"}


def test_the_three_meanings_share_the_walker() -> None:
    from jepa_formal.mirror.concrete.evaluate import _Compiler
    from jepa_formal.mirror.elaborate.elaborator import Elaborator
    from jepa_formal.mirror.symbolic.translator import SymContext

    for walker in (_Compiler, Elaborator, SymContext):
        assert issubclass(walker, Walker) and len(walker.handled_names()) > 8


_PART = Handlers("part")
"""A part registering a handler for ``Lit``, for the tests below."""


@_PART.on(Lit)
def _lit(walker: Walker, node: Lit) -> object:
    return node.value


def test_a_part_registers_handlers_by_node_type_and_a_second_handler_is_refused() -> None:
    class WithPart(Walker):
        PARTS = (_PART,)

        def visit_Var(self, node: Var) -> str:
            return node.name

    assert WithPart().dispatch(Lit(7, TNat())) == 7
    assert WithPart().dispatch(Var("z", TNat())) == "z"
    assert WithPart.handled_names() == {"Lit", "Var"}
    with pytest.raises(TypeError, match="two handlers for Lit"):
        class Twice(Walker):  # the class statement itself is refused
            PARTS = (_PART,)

            def visit_Lit(self, node: Lit) -> int:
                return 0
    with pytest.raises(TypeError, match="two handlers for Lit"):
        _PART.on(Lit)(lambda walker, node: None)


ELABORATE = PACKAGE / "mirror" / "elaborate"
PARTS = ("read_types", "apps", "binders", "data")


def _part_tree(name: str) -> ast.Module:
    return ast.parse((ELABORATE / f"{name}.py").read_text(encoding="utf-8"))


def _declared_by_elaborator() -> set[str]:
    """Everything the ``Elaborator`` class declares: its attributes (methods and those of its
    bases) and the instance attributes its ``__init__`` assigns."""
    from jepa_formal.mirror.elaborate.elaborator import Elaborator

    tree = ast.parse((ELABORATE / "elaborator.py").read_text(encoding="utf-8"))
    init = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)
                and n.name == "__init__")
    assigned = {t.attr for n in ast.walk(init) for t in
                (n.targets if isinstance(n, ast.Assign) else [n.target]
                 if isinstance(n, ast.AnnAssign) else [])
                if isinstance(t, ast.Attribute)}
    return set(dir(Elaborator)) | assigned


def test_the_elaborator_parts_are_functions_of_a_typed_elaborator_not_mixins() -> None:
    from jepa_formal.mirror.elaborate import apps, binders, data
    from jepa_formal.mirror.elaborate.elaborator import Elaborator

    assert Elaborator.__mro__ == (Elaborator, Walker, object)
    declared = _declared_by_elaborator()
    assert {"elab", "coerce", "join", "s", "env", "decl", "auto_bound"} <= declared
    for name in PARTS:
        tree = _part_tree(name)
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            # no class with stand-in attributes typed Any for what the elaborator provides
            stand_ins = [s.target.id for s in cls.body if isinstance(s, ast.AnnAssign)
                         and isinstance(s.target, ast.Name) and ast.unparse(s.annotation) == "Any"]
            assert stand_ins == [], f"{name}.{cls.name}: {stand_ins}"
            assert not cls.name.endswith("Mixin"), f"{name}.{cls.name}"
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        takes_el = [f for f in functions if f.args.args and f.args.args[0].arg == "el"]
        assert takes_el, name
        for f in takes_el:  # the elaborator argument is typed, and only what it declares is used
            assert ast.unparse(f.args.args[0].annotation) == "Elaborator", f"{name}.{f.name}"
        used = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
                and isinstance(n.value, ast.Name) and n.value.id == "el"}
        assert used - declared == set(), f"{name} uses undeclared {used - declared}"
    registered = {t for part in (apps, binders, data) for t in part.HANDLERS.table}
    assert set(Elaborator.PARTS) == {apps.HANDLERS, binders.HANDLERS, data.HANDLERS}
    for part in Elaborator.PARTS:
        for node_type, fn in part.table.items():
            assert Elaborator.handler_for(node_type) is fn
    assert {t.__name__ for t in registered} <= Elaborator.handled_names()
    assert len(registered) >= 12


def test_a_registered_part_handler_elaborates_and_keeps_the_span_path() -> None:
    from jepa_formal.mirror.elaborate.entry import elaborate_term
    from jepa_formal.reader import parse_term

    e = elaborate_term(parse_term("[1, 2].map (fun x => x + 1)"), None, {})
    assert type(e).__name__ == "Prim" and e.op == "List.map"
    with pytest.raises(Unsupported) as err:  # raised inside the data part, span attached
        elaborate_term(parse_term("⟨1, 2, 3⟩"), None, {})
    assert err.value.span is not None and "anonymous constructor" in str(err.value)


def test_outcomes_and_compiled_laws_are_read_through_declared_types_not_probed() -> None:
    probe = re.compile(r"getattr\(\s*(outcome|spot|proof|compiled|fast|project|module)\b")
    for path in (PACKAGE / "check.py", PACKAGE / "numeric" / "search.py"):
        found = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if probe.search(line)]
        assert found == [], f"{path.name}: {found}"
    assert probe.search('getattr(outcome, "examples", 0)')  # the grep finds what it looks for


def test_both_compiled_evaluators_provide_what_the_search_uses() -> None:
    from jepa_formal.mirror.concrete import compile_law
    from jepa_formal.mirror.core.terms import Law
    from jepa_formal.numeric.backend import Compiled
    from jepa_formal.numeric.compiled import compile_fast

    x = Var("x", TNat())
    law = Law("t", (x,), (), Prim("le", (x, Prim("add", (x, Lit(1, TNat())), TNat())), TProp()))
    slow = compile_law(law, None)
    fast = compile_fast(law, None, slow)
    assert fast is not None
    wanted = {n for n in dir(Compiled) if not n.startswith("_")}
    assert wanted == {"frame", "hypotheses", "conclusion", "hypotheses_hold",
                      "conclusion_holds", "sides"}
    for compiled in (slow, fast):
        assert all(hasattr(compiled, n) for n in wanted), type(compiled).__name__
        frame = compiled.frame({"x": 3})
        assert compiled.hypotheses == () and compiled.conclusion(frame) is True
        assert compiled.conclusion_holds({"x": 3}) and compiled.sides({"x": 3}) == (3, 4)


def test_unfolded_predicates_number_their_binders_per_law(tmp_path: Path) -> None:
    """The names ``unfold_law`` gives the binders of a predicate's body are numbered per law:
    unfolding other laws first does not change them (they appear in printed proofs)."""
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.core.terms import Law, Quant
    from jepa_formal.mirror.core.unfold import unfold_law
    from jepa_formal.reader import load

    spec = tmp_path / "preds.lean"
    spec.write_text("def allPos (xs : List ℕ) : Prop := ∀ x ∈ xs, 0 < x\n"
                    "theorem t (xs : List ℕ) (h : allPos xs) : allPos (xs ++ xs) := sorry\n"
                    "theorem u (x_u1 : ℕ) (ys : List ℕ) (h : allPos ys) : allPos (x_u1 :: ys)"
                    " := sorry\n", encoding="utf-8")
    env = Env.from_project(load([str(spec)]))
    laws = {t.name: law for t, law in env.laws() if isinstance(law, Law)}
    first, names = unfold_law(laws["t"], env)
    assert names == ("allPos",)
    for _ in range(3):
        unfold_law(laws["u"], env)
    assert unfold_law(laws["t"], env)[0] == first
    bound = {v.name for v in subterms(first) if isinstance(v, Var)}
    assert {"x_u1", "x_u2"} <= bound
    unfolded_u = unfold_law(laws["u"], env)[0]  # the law's own x_u1 is never reused
    quantified = [q.var.name for q in subterms(unfolded_u) if isinstance(q, Quant)]
    assert quantified and "x_u1" not in quantified and "x_u2" in quantified
