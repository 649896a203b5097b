"""Small read-only helpers over core expressions: free variables and cheap evaluation closures.

Why here: hypothesis analysis must know which binders a side of ``a ≤ b`` mentions (to draw
the later binder inside the bound) and must evaluate such sides many times per second; the
common shapes (a literal, a binder, ``f i``) get a closure that skips the general evaluator.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from jepa_formal.mirror.core.terms import (
    BigOp,
    Call,
    Expr,
    Lam,
    Let,
    Lit,
    Quant,
    Ty,
    Var,
    children,
    node_types,
    type_exprs,
    type_parts,
)
from jepa_formal.numeric.backend import Backend

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

Side = Callable[[Mapping[str, Any]], Any]


def free_vars(expr: Expr) -> frozenset[str]:
    """Names of the variables ``expr`` uses but does not bind (types included: ``Fin n``)."""
    out: set[str] = set()
    _free(expr, frozenset(), out)
    return frozenset(out)


def _free(node: Any, bound: frozenset[str], out: set[str]) -> None:
    if isinstance(node, Var):
        if node.name not in bound:
            out.add(node.name)
        _free(node.ty, bound, out)
        return
    if isinstance(node, Lam):
        inner = bound | {p.name for p in node.params}
        for p in node.params:
            _free(p.ty, bound, out)
        _free(node.body, inner, out)
        return
    if isinstance(node, (Quant, BigOp)):
        _free(node.var.ty, bound, out)
        dom = node.bound if isinstance(node, Quant) else node.domain
        if dom is not None:
            _free(dom, bound, out)
        _free(node.body, bound | {node.var.name}, out)
        return
    if isinstance(node, Let):
        _free(node.value, bound, out)
        _free(node.body, bound | {node.var.name}, out)
        return
    if isinstance(node, tuple):
        for item in node:
            _free(item, bound, out)
        return
    if isinstance(node, Ty):
        for part in (*type_parts(node), *type_exprs(node)):
            _free(part, bound, out)
        return
    if isinstance(node, Expr):
        for part in (*node_types(node), *children(node)):
            _free(part, bound, out)


def compile_side(expr: Expr, backend: Backend, env: Env, names: tuple[str, ...] = ()) -> Side:
    """A closure computing ``expr`` from bindings; fast for literals, binders and ``f x``;
    other expressions are compiled once over ``names`` when the backend can compile."""
    if isinstance(expr, Lit):
        value = expr.value
        return lambda b: value
    if isinstance(expr, Var):
        name = expr.name
        return lambda b: b[name]
    if (
        isinstance(expr, Call)
        and isinstance(expr.fn, Var)
        and all(isinstance(a, Var) for a in expr.args)
    ):
        fname = expr.fn.name
        anames = tuple(a.name for a in expr.args if isinstance(a, Var))
        if len(anames) == 1:
            (aname,) = anames
            return lambda b: b[fname](b[aname])
        return lambda b: b[fname](*(b[a] for a in anames))
    if backend.compile_expr is not None and names:
        fn = backend.compile_expr(expr, env, names)
        return lambda b: fn(tuple(b.get(n) for n in names))
    evaluate = backend.evaluate
    return lambda b: evaluate(expr, env, b)
