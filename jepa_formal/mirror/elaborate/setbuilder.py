"""Set-builder notation and ``Finset.filter`` in the two places ML statements use them: as the
domain of ``∑``/``∏`` and on the right of ``∈``.

Why a syntax rewrite: a ``Set`` is not a value the mirror computes with, but Mathlib's own
lemmas turn both uses into what it does model:

* ``∑ i ∈ {i | p i}, f i`` (the ``Finset`` set-builder over a ``Fintype``, i.e.
  ``univ.filter p``) and ``∑ i ∈ s.filter p, f i`` are ``∑ i, if p i then f i else 0`` and
  ``∑ i ∈ s, if p i then f i else 0`` (``Finset.sum_filter``; ``1`` for ``∏``,
  ``Finset.prod_filter``); ``{i ∈ s | p i}`` is ``s.filter p``;
* ``a ∈ {x | p x}`` is ``p a`` (``Set.mem_setOf_eq``) and ``a ∈ s.filter p`` is
  ``a ∈ s ∧ p a`` (``Finset.mem_filter``).

As a value, ``{x ∈ s | p x}`` is ``s.filter p`` and ``{x : T | p x}`` at a ``Finset`` type is
``Finset.univ.filter p`` (the elaborator builds them); ``{x | p x} ⊆ {x | q x}`` is
``∀ x, p x → q x``. A set-builder ``Set`` of an infinite type used as a value is reported as
not modelled.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from jepa_formal.errors import Unsupported
from jepa_formal.reader import syntax
from jepa_formal.reader.scopes import mentioned_names


def _set_of(term: syntax.Term) -> tuple[str, syntax.Term | None, syntax.Term] | None:
    """``setOf (fun x : T => P)`` (what ``{x : T | P}`` reads as): (x, T, P)."""
    if isinstance(term, syntax.App) and isinstance(term.fn, syntax.Ident) \
            and term.fn.name in ("setOf", "Set.setOf") and len(term.args) == 1:
        lam = term.args[0]
        if isinstance(lam, syntax.Lambda) and len(lam.binders) == 1 \
                and len(lam.binders[0].names) == 1:
            return lam.binders[0].names[0], lam.binders[0].type, lam.body
    return None


def _filter(term: syntax.Term) -> tuple[syntax.Term, syntax.Term] | None:
    """``Finset.filter p s``, ``s.filter p``, ``(e).filter p``: (p, s)."""
    if not isinstance(term, syntax.App):
        return None
    fn, args = term.fn, term.args
    if isinstance(fn, syntax.Ident) and fn.name == "Finset.filter" and len(args) == 2:
        return args[0], args[1]
    if isinstance(fn, syntax.Ident) and fn.name.endswith(".filter") and len(args) == 1 \
            and fn.name != "Finset.filter":
        base = fn.name[: -len(".filter")]
        return args[0], syntax.Ident(base, span=fn.span)
    if isinstance(fn, syntax.Proj) and fn.field == "filter" and len(args) == 1:
        return args[0], fn.obj
    return None


def substitute(term: Any, name: str, value: syntax.Term, fields: bool = True) -> Any:
    """``term`` with the free identifier ``name`` (and, with ``fields``, ``name.f.g`` as
    projections of ``value``) replaced by ``value``; binders of the same name (``fun``,
    quantifiers, big operators, ``let``, match arms) stop the replacement below them. A
    binder of a name ``value`` mentions, around a use of ``name``, would capture it: that
    raises ``Unsupported`` (a capture-avoiding renaming is not attempted)."""
    return _substitute(term, name, value, fields, frozenset(mentioned_names(value)))


def _substitute(term: Any, name: str, value: syntax.Term, fields: bool,
                free: frozenset[str]) -> Any:
    if isinstance(term, syntax.Ident):
        if term.name == name:
            return value
        if fields and term.name.startswith(name + "."):
            out: Any = value
            for field in term.name[len(name) + 1:].split("."):
                out = syntax.Proj(out, field, span=term.span)
            return out
        return term
    if isinstance(term, tuple):
        return tuple(_substitute(t, name, value, fields, free) for t in term)
    bound = _bound_names(term)
    if name in bound:
        if isinstance(term, syntax.BigOp):
            return dataclasses.replace(term, domain=_substitute(term.domain, name, value,
                                                                fields, free))
        if isinstance(term, syntax.Let):
            return dataclasses.replace(term, value=_substitute(term.value, name, value,
                                                               fields, free))
        return term
    captured = bound & free
    if captured and name in mentioned_names(term):
        raise Unsupported(f"'{name}' replaced under a binder of {sorted(captured)[0]}",
                          getattr(term, "span", None),
                          reason="the binder would capture a name of the replacement")
    return syntax.map_fields(term, lambda child: _substitute(child, name, value, fields, free))


def _bound_names(term: Any) -> set[str]:
    """The names a binding node binds (none for any other node)."""
    if isinstance(term, syntax.Lambda | syntax.Quant):
        return {n for b in term.binders for n in b.names} | (
            set(mentioned_names(tuple(b.pattern for b in term.binders if b.pattern)))
            if any(b.pattern for b in term.binders) else set())
    if isinstance(term, syntax.BigOp):
        return set(term.binder.names)
    if isinstance(term, syntax.Let):
        return set(mentioned_names(term.pattern))
    if isinstance(term, syntax.MatchAlt):
        return set(mentioned_names(term.patterns))
    return set()


def _applied(pred: syntax.Term, arg: syntax.Term) -> syntax.Term:
    """``pred arg``, β-reduced when ``pred`` is ``fun x => …``."""
    if isinstance(pred, syntax.Lambda) and len(pred.binders) == 1 \
            and len(pred.binders[0].names) == 1:
        return substitute(pred.body, pred.binders[0].names[0], arg)
    return syntax.App(pred, (arg,), span=getattr(pred, "span", None))


def rewrite_bigop(t: syntax.BigOp) -> syntax.BigOp | None:
    """``∑ i ∈ {i | p i}, f i`` / ``∑ i ∈ s.filter p, f i`` as a sum of ``if p i then f i
    else 0`` (``∏``: ``else 1``); None when the domain is neither."""
    if t.domain is None or len(t.binder.names) != 1:
        return None
    var = t.binder.names[0]
    here = syntax.Ident(var, span=t.span)
    unit = syntax.NatLit(0 if t.op == "∑" else 1, span=t.span)
    built = _set_of(t.domain)
    if built is not None:
        x, ty, pred = built
        cond = substitute(pred, x, here) if x != var else pred
        domain: syntax.Term | None = None
        if isinstance(cond, syntax.BinOp) and cond.op == "∧" and isinstance(
                cond.lhs, syntax.BinOp) and cond.lhs.op == "∈" and isinstance(
                cond.lhs.lhs, syntax.Ident) and cond.lhs.lhs.name == var:
            domain, cond = cond.lhs.rhs, cond.rhs  # {i ∈ s | p i} is s.filter p
        binder = t.binder if t.binder.type is not None or ty is None else dataclasses.replace(
            t.binder, type=ty)
        body = syntax.If(cond, t.body, unit, span=t.span)
        return dataclasses.replace(t, binder=binder, body=body, domain=domain)
    filtered = _filter(t.domain)
    if filtered is not None:
        pred, base = filtered
        body = syntax.If(_applied(pred, here), t.body, unit, span=t.span)
        binder = t.binder
        if binder.type is None and isinstance(pred, syntax.Lambda) and len(pred.binders) == 1 \
                and pred.binders[0].type is not None and len(pred.binders[0].names) == 1:
            # `∑ k : Fin 4 with p k, f k` (`filter (fun k : Fin 4 => p k) univ`): the
            # predicate's binder says what `univ` ranges over
            binder = dataclasses.replace(binder, type=pred.binders[0].type)
        return dataclasses.replace(t, binder=binder, body=body, domain=base)
    return None


def rewrite_mem(t: syntax.BinOp) -> syntax.Term | None:
    """``a ∈ {x | p x}`` as ``p a``, ``a ∈ s.filter p`` as ``a ∈ s ∧ p a`` (``∉``: negated);
    None for any other membership."""
    built = _set_of(t.rhs)
    out: syntax.Term | None = None
    if built is not None:
        x, _, pred = built
        out = substitute(pred, x, t.lhs)
    else:
        filtered = _filter(t.rhs)
        if filtered is not None:
            pred, base = filtered
            out = syntax.BinOp("∧", syntax.BinOp("∈", t.lhs, base, span=t.span),
                               _applied(pred, t.lhs), span=t.span)
    if out is None:
        return None
    return out if t.op == "∈" else syntax.UnOp("¬", out, span=t.span)


def _strip(term: syntax.Term) -> tuple[syntax.Term, syntax.Term | None]:
    """A term and the element type its ascription gives (``({x | p} : Set ℕ)``: ``ℕ``)."""
    if isinstance(term, syntax.Ascription):
        ty = term.type
        if isinstance(ty, syntax.App) and isinstance(ty.fn, syntax.Ident) \
                and ty.fn.name in ("Set", "Finset") and len(ty.args) == 1:
            return term.term, ty.args[0]
    return term, None


def rewrite_subset(t: syntax.BinOp) -> syntax.Term | None:
    """``{x | p x} ⊆ {y | q y}`` as ``∀ x, p x → q x`` (``Set.setOf_subset_setOf``), the
    element type from a binder or an ascription; None for any other ``⊆``."""
    lhs, lty = _strip(t.lhs)
    rhs, rty = _strip(t.rhs)
    a, b = _set_of(lhs), _set_of(rhs)
    if a is None or b is None:
        return None
    x, xty, p = a
    y, _, q = b
    ty = xty or lty or rty
    if ty is None:
        return None
    here = syntax.Ident(x, span=t.span)
    body = syntax.BinOp("→", p, substitute(q, y, here) if y != x else q, span=t.span)
    binder = syntax.Binder((x,), ty, syntax.BinderKind.EXPLICIT)
    return syntax.Quant("∀", (binder,), body, span=t.span)


def set_builder_parts(term: syntax.Term
                      ) -> tuple[str, syntax.Term | None, syntax.Term, syntax.Term | None] | None:
    """``{x : T | p}`` → (x, T, p, None); ``{x ∈ s | p}`` (read as ``{x | x ∈ s ∧ p}``) →
    (x, None, p, s); None when ``term`` is no set-builder."""
    built = _set_of(term)
    if built is None:
        return None
    x, ty, pred = built
    if isinstance(pred, syntax.BinOp) and pred.op == "∧" and isinstance(
            pred.lhs, syntax.BinOp) and pred.lhs.op == "∈" and isinstance(
            pred.lhs.lhs, syntax.Ident) and pred.lhs.lhs.name == x:
        return x, ty, pred.rhs, pred.lhs.rhs
    return x, ty, pred, None


__all__ = ["rewrite_bigop", "rewrite_mem", "rewrite_subset", "set_builder_parts", "substitute"]
