"""The places of a definition body a mutation operator may rewrite, each with its context.

Why syntax, not the core language: a mutant is shown to the user as Lean and must be one Lean
would accept, so operators rewrite the reader's syntax tree and every candidate is then
elaborated like any definition (ill-typed candidates are dropped, see ``generate.py``). A
``Site`` is one subterm in *term* position (binder types, ascribed types and patterns are
never mutated) together with a function that rebuilds the whole body around a replacement,
the names bound around it, and its type when the elaborator can tell it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from typing import Any

from jepa_formal.errors import JepaFormalError
from jepa_formal.mirror import Env, elaborate_term
from jepa_formal.mirror.core.terms import BigOp, DefInfo, Lam, Let, Quant, Ty, subterms
from jepa_formal.reader import syntax

Rebuild = Callable[[syntax.Term], syntax.Term]

_TYPE_FIELDS = frozenset({"type", "binder", "binders", "pattern", "span"})
"""Fields of syntax nodes that hold types, binders or patterns, never mutated."""


@dataclass(frozen=True, slots=True)
class Site:
    """One subterm of a body: ``term``; ``rebuild(new)`` is the body with ``new`` in its place;
    ``scope`` the local names visible there (parameters and enclosing binders); ``parent`` the
    enclosing term (None at the root); ``role`` how the parent uses it (``root``, ``fn`` of an
    application, ``arg``, ``body`` of a ``fun``/big operator, ``cond``/``branch`` of an ``if``,
    ``operand`` of an operator, ``other``)."""

    term: syntax.Term
    rebuild: Rebuild
    scope: frozenset[str]
    parent: syntax.Term | None
    role: str


def sites(body: syntax.Term, params: frozenset[str]) -> Iterator[Site]:
    """Every term position of ``body``, outermost first."""
    yield from _walk(body, lambda t: t, params, None, "root")


def _walk(
    t: syntax.Term, rebuild: Rebuild, scope: frozenset[str], parent: syntax.Term | None,
    role: str,
) -> Iterator[Site]:
    yield Site(t, rebuild, scope, parent, role)
    inner = scope | _bound_here(t)
    for f in fields(t):
        if f.name in _TYPE_FIELDS:
            continue
        value = getattr(t, f.name)
        if isinstance(value, syntax.Term):
            yield from _walk(value, _set_field(t, f.name, rebuild), inner, t, _role(t, f.name))
        elif isinstance(value, tuple):
            for k, item in enumerate(value):
                if isinstance(item, syntax.Term):
                    yield from _walk(
                        item, _set_item(t, f.name, k, rebuild), inner, t, _role(t, f.name)
                    )


def _set_field(t: syntax.Term, name: str, rebuild: Rebuild) -> Rebuild:
    return lambda new: rebuild(replace(t, **{name: new}))  # type: ignore[arg-type]


def _set_item(t: syntax.Term, name: str, k: int, rebuild: Rebuild) -> Rebuild:
    def put(new: syntax.Term) -> syntax.Term:
        items = list(getattr(t, name))
        items[k] = new
        return rebuild(replace(t, **{name: tuple(items)}))  # type: ignore[arg-type]

    return put


def _role(parent: syntax.Term, name: str) -> str:
    if isinstance(parent, syntax.App):
        return "fn" if name == "fn" else "arg"
    if isinstance(parent, (syntax.Lambda, syntax.BigOp, syntax.Let)) and name == "body":
        return "body"
    if isinstance(parent, syntax.If):
        return "cond" if name == "cond" else "branch"
    if isinstance(parent, (syntax.BinOp, syntax.UnOp)):
        return "operand"
    return "other"


def _bound_here(t: syntax.Term) -> frozenset[str]:
    """Names a node binds for its children (``fun i =>``, ``∑ j ∈ s,``, ``let x :=``)."""
    names: set[str] = set()
    if isinstance(t, (syntax.Lambda, syntax.Quant)):
        for b in t.binders:
            names.update(b.names)
    elif isinstance(t, syntax.BigOp):
        names.update(t.binder.names)
    elif isinstance(t, syntax.Let) and isinstance(t.pattern, syntax.Ident):
        names.add(t.pattern.name)
    return frozenset(names)


# --------------------------------------------------------------------------------------------
# Types of sites
# --------------------------------------------------------------------------------------------


def local_types(info: DefInfo) -> dict[str, Ty]:
    """Every name of the elaborated definition with its type: the parameters, then the
    variables its body binds (``fun i``, ``∑ j``, ``let x``), by name."""
    out: dict[str, Ty] = {p.name: p.ty for p in info.params}
    for e in subterms(info.body):
        if isinstance(e, Lam):
            for p in e.params:
                out.setdefault(p.name, p.ty)
        elif isinstance(e, (BigOp, Quant, Let)):
            var = e.var
            out.setdefault(var.name, var.ty)
    return out


class Typer:
    """The type of a site's term, by elaborating it alone with its scope's names typed
    (None when it does not elaborate alone, e.g. a bare function head)."""

    def __init__(self, env: Env, info: DefInfo, decl: syntax.Decl | None = None) -> None:
        self.env = env
        self.decl = decl
        self.names = local_types(info)
        self._cache: dict[tuple[syntax.Term, frozenset[str]], Ty | None] = {}

    def type_of(self, site: Site) -> Ty | None:
        key = (site.term, site.scope)
        if key not in self._cache:
            self._cache[key] = self._elaborate(site)
        return self._cache[key]

    def _elaborate(self, site: Site) -> Ty | None:
        binders = {n: self.names[n] for n in site.scope if n in self.names}
        try:
            return elaborate_term(self._qualified(site.term, site.scope), self.env,
                                  binders=binders).ty
        except (JepaFormalError, RecursionError, ValueError, TypeError, KeyError,
                AttributeError, AssertionError):
            return None  # not typeable on its own: operators needing a type skip it

    def _qualified(self, t: syntax.Term, scope: frozenset[str]) -> syntax.Term:
        """``t`` with the global names it uses written in full (``jepaLossR`` as
        ``NN.….jepaLossR``): a term elaborated alone has no namespace to resolve them in."""
        if self.decl is None:
            return t
        if isinstance(t, syntax.Ident):
            if t.name.split(".", 1)[0] in scope:
                return t
            full = self.env.resolve(t.name, self.decl)
            return replace(t, name=full) if full is not None else t
        changes: dict[str, Any] = {}
        for f in fields(t):
            if f.name == "span":
                continue
            value = getattr(t, f.name)
            if isinstance(value, syntax.Term):
                changes[f.name] = self._qualified(value, scope | _bound_here(t))
            elif isinstance(value, tuple) and any(isinstance(v, syntax.Term) for v in value):
                changes[f.name] = tuple(
                    self._qualified(v, scope | _bound_here(t)) if isinstance(v, syntax.Term)
                    else v for v in value)
        return replace(t, **changes) if changes else t

    def type_of_name(self, name: str) -> Ty | None:
        return self.names.get(name)


def param_names(info: DefInfo) -> frozenset[str]:
    return frozenset(p.name for p in info.params)


__all__ = ["Site", "Typer", "local_types", "param_names", "sites"]
