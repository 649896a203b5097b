"""Entry points of the elaborator: a term with typed free variables, and a theorem's law.

Why apart from ``elaborator.py``: a theorem is elaborated by ``decls.theorem_law``, which itself
builds ``Elaborator`` objects; keeping the entry points here lets both import downwards only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import Expr, Law, TSort, TVar, Ty, Var
from jepa_formal.mirror.elaborate.context import Ctx
from jepa_formal.mirror.elaborate.decls import theorem_law
from jepa_formal.mirror.elaborate.elaborator import Elaborator, span_of
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env


def elaborate_term(term: syntax.Term, env: Env | None = None, binders: dict[str, Ty] | None = None,
                   expected: Ty | None = None) -> Expr:
    """Elaborate a term with free variables of the given types (for tests and tools)."""
    el = Elaborator(env)
    ctx: Ctx = {}
    for name, ty in (binders or {}).items():
        if isinstance(ty, TSort):
            ctx[name] = TVar(name)
        else:
            ctx[name] = Var(name, ty)
        el.used.add(name)
    try:
        e = el.elab(term, expected, ctx)
        if expected is not None:
            e = el.coerce(e, expected)
        return el.finish(e)
    except RecursionError:
        raise too_deep(span_of(term)) from None


def elaborate_theorem(thm: syntax.Theorem, env: Env) -> Law:
    """The law a theorem states: binders, hypotheses, conclusion (all typed core)."""
    try:
        return theorem_law(thm, env)
    except RecursionError:
        raise too_deep(thm.span) from None


def too_deep(span: Any) -> Unsupported:
    """What Python's recursion limit means to the user: a term nested too deeply (a list
    literal of hundreds of elements is a cons chain that deep)."""
    return Unsupported("term nested too deeply", span,
                       reason="e.g. a list literal with hundreds of elements")


__all__ = ["elaborate_term", "elaborate_theorem", "too_deep"]

