"""Every ``PRIM_OPS`` op and every core node has a symbolic meaning or is listed unsupported."""

from __future__ import annotations

import inspect

from jepa_formal.mirror import core
from jepa_formal.mirror.symbolic import (
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


def test_the_split_modules_are_re_exported_from_symbolic() -> None:
    from jepa_formal.mirror import (
        symbolic,
        symbolic_defs,
        symbolic_numbers,
        symbolic_ops,
        symbolic_types,
    )

    for part in (symbolic_defs, symbolic_numbers, symbolic_ops, symbolic_types):
        for name in part.__all__:
            if name != "spine":
                assert name in symbolic.__all__, (part.__name__, name)
            assert getattr(symbolic, name) is getattr(part, name), (part.__name__, name)
