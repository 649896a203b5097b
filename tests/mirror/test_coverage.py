"""Closed vocabularies are covered: every AST term type is elaborated or declared unsupported,
every core node and every PRIM_OPS op has a concrete meaning."""

from __future__ import annotations

import inspect

from jepa_formal.mirror.concrete.evaluate import CONCRETE_NODES, _Compiler
from jepa_formal.mirror.concrete.ops import _BUILDERS
from jepa_formal.mirror.core import terms as core
from jepa_formal.mirror.elaborate.elaborator import UNSUPPORTED_SYNTAX, Elaborator
from jepa_formal.reader import syntax


def _subclasses(module: object, base: type) -> set[type]:
    return {
        obj for _, obj in inspect.getmembers(module, inspect.isclass)
        if issubclass(obj, base) and obj is not base and obj.__module__ == module.__name__  # type: ignore[attr-defined]
    }


def test_every_ast_term_is_elaborated_or_declared_unsupported() -> None:
    terms = _subclasses(syntax, syntax.Term)
    assert len(terms) > 20  # the reader's closed set of term nodes
    missing = [
        t.__name__ for t in terms
        if t not in UNSUPPORTED_SYNTAX and Elaborator.handler_for(t) is None
    ]
    assert missing == []


def test_unsupported_syntax_entries_have_reasons_and_no_handler() -> None:
    for t, reason in UNSUPPORTED_SYNTAX.items():
        assert reason
        assert Elaborator.handler_for(t) is None


def test_every_core_node_has_a_concrete_meaning() -> None:
    nodes = _subclasses(core, core.Expr)
    assert nodes == set(CONCRETE_NODES)
    for node in nodes:
        assert hasattr(_Compiler, "visit_" + node.__name__), node.__name__


def test_every_prim_op_has_a_concrete_meaning() -> None:
    assert set(_BUILDERS) == set(core.PRIM_OPS)
