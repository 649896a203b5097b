"""One mechanism per concept: the package spells the relation set once, types its seams, and
dispatches through one walker.

Why greps: these are properties of the source (a copy of the relation set, an ``env: Any``)
that no behaviour test sees until the copies drift apart.
"""

from __future__ import annotations

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
from jepa_formal.mirror.core.walker import Walker
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
