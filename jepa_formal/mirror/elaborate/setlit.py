"""Set literals ``{a, b, c}`` (``insert a (insert b (singleton c))``, as the reader reads them).

Why this meaning: as a ``Finset`` the literal is the finite set of its elements, duplicates
merged (``({1, 1} : Finset ℕ).card = 1``, ``∑ i ∈ {1, 2, 2}, i = 3``): the list of the
elements through ``List.toFinset``, whose concrete value is a frozen set and which the
symbolic side reports as not modelled (so such laws are decided on concrete instances).
A ``Set`` is no value the mirror computes with; membership in a literal is rewritten as Lean's
``Set.mem_insert_iff``/``Set.mem_singleton_iff`` (``a ∈ {x, y} ↔ a = x ∨ a = y``) before the
type ``Set`` is ever read, for a ``Finset`` as for a ``Set``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import Expr, Prim, TArray, TFinset, TList, Ty
from jepa_formal.mirror.core.unify import TMeta, show_ty
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.elaborate.context import Ctx
    from jepa_formal.mirror.elaborate.elaborator import Elaborator


def elab_set_literal(el: Elaborator, elems: tuple[syntax.Term, ...], expected: Ty | None,
                     ctx: Ctx, span: Any) -> Expr:
    """``{a, b, …}`` at ``Finset α`` (also when nothing fixes the type yet: a ``∑`` domain or
    ``.card``); at any other type unsupported, naming it."""
    want = el.s.ty(expected) if expected is not None else None
    if want is not None and not isinstance(want, (TFinset, TMeta)):
        raise Unsupported(f"set literal at {show_ty(want)}", span,
                          reason="only a Finset literal is a value the mirror computes with")
    elem = want.elem if isinstance(want, TFinset) else el.s.fresh_ty()
    xs = el.elab(syntax.ListLit(elems, span=span), TList(elem), ctx)
    lty = el.s.ty(xs.ty)
    elem = lty.elem if isinstance(lty, TList) else elem
    out = Prim("List.toFinset", (xs,), TFinset(elem), span=span)
    if isinstance(want, TMeta):
        el.s.unify(want, out.ty, span)
    return out


def elab_empty(el: Elaborator, expected: Ty | None, ctx: Ctx, span: Any) -> Expr:
    """``∅`` (``EmptyCollection.emptyCollection``) at the type its position asks for: at
    ``List α`` Lean's instance is ``[]``, at ``Array α`` ``#[]``, at ``Finset α`` the empty
    finite set. Anywhere else (a ``Set``, or a type its context does not fix) refused, named:
    the instance is chosen by the type, so guessing one would guess the meaning."""
    want = el.s.ty(expected) if expected is not None else None
    if isinstance(want, TList):
        return el.elab(syntax.ListLit((), span=span), want, ctx)
    if isinstance(want, TArray):
        return el.elab(syntax.ArrayLit((), span=span), want, ctx)
    if isinstance(want, TFinset):
        return elab_set_literal(el, (), want, ctx, span)
    shown = "a type its context does not fix" if want is None or isinstance(want, TMeta) \
        else show_ty(want)
    raise Unsupported(f"∅ at {shown}", span,
                      reason="the empty collection is modelled at List, Array and Finset "
                      "(its meaning is its type's EmptyCollection instance)")


def rewrite_literal_mem(t: syntax.BinOp) -> syntax.Term | None:
    """``a ∈ {x, y}`` (also ``a ∈ ({x, y} : Set T)``/``Finset T``) as ``a = x ∨ a = y``, each
    side ascribed to ``T`` when the literal is; ``∉`` negated. None for any other ``∈``."""
    rhs, elem_ty = t.rhs, None
    if isinstance(rhs, syntax.Ascription) and isinstance(rhs.type, syntax.App) \
            and isinstance(rhs.type.fn, syntax.Ident) \
            and rhs.type.fn.name in ("Set", "Finset") and len(rhs.type.args) == 1:
        rhs, elem_ty = rhs.term, rhs.type.args[0]
    elems = syntax.set_literal_elems(rhs)
    if elems is None:
        return None

    def typed(e: syntax.Term) -> syntax.Term:
        return e if elem_ty is None else syntax.Ascription(e, elem_ty, span=t.span)

    out: syntax.Term | None = None
    for x in reversed(elems):
        eq = syntax.BinOp("=", typed(t.lhs), typed(x), span=t.span)
        out = eq if out is None else syntax.BinOp("∨", eq, out, span=t.span)
    assert out is not None
    return out if t.op == "∈" else syntax.UnOp("¬", out, span=t.span)


__all__ = ["elab_empty", "elab_set_literal", "rewrite_literal_mem"]
