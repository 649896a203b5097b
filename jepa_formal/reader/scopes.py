"""Names a piece of syntax uses: every identifier's head, or only those not bound inside it.

Why a module of its own: section variables (``module.py``) and ``where`` helpers that capture
their declaration's parameters (``captures.py``) both ask which names a declaration's terms
refer to freely, and neither may import the other.
"""

from __future__ import annotations

from jepa_formal.reader import syntax


def mentioned_names(*nodes: object) -> set[str]:
    """First components of every identifier in ``nodes`` (``xs.length`` mentions ``xs``)."""
    out: set[str] = set()
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            stack.extend(node)
        elif isinstance(node, syntax.Ident):
            out.add(node.name.split(".", 1)[0])
        elif isinstance(node, syntax.Term | syntax.Binder | syntax.MatchAlt | syntax.FieldAssign
                        | syntax.StructField):
            for name in type(node).__slots__:
                if name != "span":
                    stack.append(getattr(node, name))
    return out


def free_names(*nodes: object) -> set[str]:
    """Like ``mentioned_names``, but names bound inside the terms do not count.

    Why: a section ``variable {n : ℕ}`` belongs to a declaration only when the declaration
    refers to it; ``fun n x => n + x``, ``| n + 1 => …``, ``∀ n, …`` or ``let n := …`` bind
    a new ``n`` and do not (attaching the variable gave the def a spurious implicit argument).
    """
    out: set[str] = set()
    stack: list[tuple[object, frozenset[str]]] = [(n, frozenset()) for n in nodes]
    while stack:
        node, bound = stack.pop()
        if node is None:
            continue
        if isinstance(node, tuple):
            stack.extend((child, bound) for child in node)
        elif isinstance(node, syntax.Ident):
            head = node.name.split(".", 1)[0]
            if head not in bound:
                out.add(head)
        elif isinstance(node, syntax.Lambda | syntax.Quant):
            if isinstance(node, syntax.Quant) and node.bound is not None:
                stack.append((node.bound[1], bound))
            inner = _bind_binders(node.binders, bound, stack)
            stack.append((node.body, inner))
        elif isinstance(node, syntax.BigOp):
            stack.append((node.domain, bound))
            stack.append((node.body, _bind_binders((node.binder,), bound, stack)))
        elif isinstance(node, syntax.Let):
            stack += [(node.value, bound), (node.type, bound)]
            stack.append((node.body, bound | mentioned_names(node.pattern)))
        elif isinstance(node, syntax.MatchAlt):
            stack.append((node.rhs, bound | mentioned_names(node.patterns)))
        elif isinstance(node, syntax.Term | syntax.Binder | syntax.FieldAssign
                        | syntax.StructField):
            for name in type(node).__slots__:
                if name != "span":
                    stack.append((getattr(node, name), bound))
    return out


def _bind_binders(binders: tuple[syntax.Binder, ...], bound: frozenset[str],
                  stack: list[tuple[object, frozenset[str]]]) -> frozenset[str]:
    """Queue each binder's type and default (seeing the earlier binders) and return the
    names in scope after all of them."""
    for binder in binders:
        stack += [(binder.type, bound), (binder.default, bound)]
        bound = bound | set(binder.names)
        if binder.pattern is not None:
            bound = bound | mentioned_names(binder.pattern)
    return bound
