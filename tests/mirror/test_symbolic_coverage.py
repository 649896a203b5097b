"""Every ``PRIM_OPS`` op and every core node has a symbolic meaning or is listed unsupported."""

from __future__ import annotations

import inspect

from jepa_formal.mirror.core import terms as core
from jepa_formal.mirror.symbolic.translator import (
    PRIM_HANDLERS,
    SYMBOLIC_NODES,
    UNSUPPORTED_PRIMS,
    SymContext,
)


def test_every_prim_op_is_translated_or_declared_unsupported() -> None:
    ops = set(core.PRIM_OPS)
    assert ops == set(PRIM_HANDLERS) | set(UNSUPPORTED_PRIMS)
    assert not set(PRIM_HANDLERS) & set(UNSUPPORTED_PRIMS)


def test_every_core_node_has_a_visitor() -> None:
    nodes = {c for _, c in inspect.getmembers(core, inspect.isclass)
             if issubclass(c, core.Expr) and c is not core.Expr}
    assert nodes == set(SYMBOLIC_NODES)
    for node in nodes:
        assert callable(getattr(SymContext, "visit_" + node.__name__, None)), node


def test_the_translator_parts_are_re_exported_from_symbolic() -> None:
    from jepa_formal.mirror import symbolic
    from jepa_formal.mirror.symbolic import arith, defs, ops, sorts, translator

    assert set(symbolic.__all__) == set(translator.__all__)

    for part in (defs, arith, ops, sorts):
        for name in part.__all__:
            if name != "spine":
                assert name in symbolic.__all__, (part.__name__, name)
            assert getattr(translator, name) is getattr(part, name), (part.__name__, name)
