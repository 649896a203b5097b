"""Lean's name resolution for global constants, the library's (the prelude) and the specs' alike.

Why: ``length`` inside ``namespace List`` is ``List.length``; after ``open Nat`` inside
``namespace Int`` a bare ``div`` is ``Int.div``, not ``Nat.div``; ``open X (a b)`` exposes only
``a`` and ``b``, ``open X hiding a`` everything but ``a``; ``protected`` names are never reached
by their last component; and two candidates that survive are Lean's ambiguity error, never a
silent pick. The rule (Lean 4's ``resolveGlobalName``): the namespace in force and each of its
parents are tried first, and if any matches, those matches are the answer; only when none does
are the exact name and every ``open`` namespace tried together. More than one distinct match is
ambiguous (Lean would try each and usually report the ambiguity; the mirror refuses).

``open`` entries are the reader's strings (``reader/opens.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import TypeMismatch, UnknownName, Unsupported
from jepa_formal.reader import syntax
from jepa_formal.reader.opens import open_spec

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

PROTECTED: frozenset[str] = frozenset({
    "Nat.add", "Nat.sub", "Nat.mul", "Nat.div", "Nat.mod", "Nat.pow", "Nat.min", "Nat.max",
    "Nat.le", "Nat.lt", "Int.add", "Int.sub", "Int.mul", "Int.neg", "Int.pow", "Int.min",
    "Int.max", "Int.le", "Int.lt",
})
"""Library constants declared ``protected``: ``open Nat`` does not make ``sub`` mean
``Nat.sub`` (so ``-`` and ``Nat.sub`` stay distinct from a user's ``sub``)."""


def namespace_chain(decl: syntax.Decl | None) -> list[str]:
    """The namespaces ``decl`` is elaborated in, innermost first (its own name's prefix, as in
    ``theorem List.foo``, counts like a ``namespace List``)."""
    spaces: list[str] = []
    if decl is None:
        return spaces
    name = getattr(decl, "name", "") or ""
    own = name.rsplit(".", 1)[0] if "." in name else ""
    for base in (own, getattr(decl, "namespace", "") or ""):
        parts = base.split(".") if base else []
        for i in range(len(parts), 0, -1):
            prefix = ".".join(parts[:i])
            if prefix not in spaces:
                spaces.append(prefix)
    return spaces


def resolve_name(name: str, decl: syntax.Decl | None, exists: Callable[[str], bool],
                 protected: Callable[[str], bool], span: Any = None) -> str | None:
    """The full name ``name`` denotes inside ``decl`` (None: no global of that name).

    ``exists(full)`` says whether a global constant is declared under ``full``;
    ``protected(full)`` whether it is ``protected``. Raises ``TypeMismatch`` (Lean would
    reject the statement) when the root level leaves two candidates."""
    if name.startswith("_root_."):
        bare = name[len("_root_."):]
        return bare if exists(bare) else None
    atomic = "." not in name
    local = where_local(name, decl)
    if local is not None and exists(local):
        return local

    def visible(full: str) -> bool:
        # a protected constant is never reached by its last component alone
        return exists(full) and not (protected(full) and full.endswith("." + name) and atomic)

    levels = [f"{p}.{name}" for p in namespace_chain(decl) if visible(f"{p}.{name}")]
    if levels:
        _unique(name, levels, span)
        return levels[0]
    found: list[str] = []
    if exists(name):
        found.append(name)
    for entry in getattr(decl, "opens", ()) or ():
        spec = open_spec(entry)
        full = spec.candidate(name)
        if full is None or full in found:
            continue
        if exists(full) and not (protected(full) and atomic and spec.only is None
                                 and not spec.renaming):
            found.append(full)
        else:
            for prefix in namespace_chain(decl):  # `open B` inside namespace A can mean A.B
                nested = f"{prefix}.{full}"
                if visible(nested) and nested not in found:
                    found.append(nested)
                    break
    _unique(name, found, span)
    return found[0] if found else None


def where_local(name: str, decl: syntax.Decl | None) -> str | None:
    """``go`` inside ``def f … := go n 0 where go …``: a ``where`` helper is a local of the
    body it follows (Lean elaborates it as a ``let rec``), under the full name ``f.go``; it
    is seen before any global. (Inside ``f.go`` itself, and its siblings, the namespace
    ``f`` of its own name already resolves them.)"""
    if decl is None or "." in name:
        return None
    full = f"{getattr(decl, 'name', '')}.{name}"
    for w in getattr(decl, "where_decls", ()) or ():
        if getattr(w, "name", None) == full:
            return full
    return None


def _unique(name: str, found: list[str], span: Any) -> None:
    if len(found) > 1:
        raise TypeMismatch(f"ambiguous name '{name}'", span,
                           reason="Lean reports an ambiguity: possible interpretations "
                           + ", ".join(found))


VARIABLE_NAME = re.compile(r"(?:[^\W\d_]|[a-z]{1,2}s)[0-9₀-₉_'ᵢⱼₖₗₘₙ]*")
"""Variable-shaped names: one letter (Greek included), or a short plural (``xs``, ``as``,
``ls``), then digits, subscripts or primes. Only these are bound automatically when a file has
imports that were not read."""


def unread_imports_of(env: Env | None, decl: Any) -> tuple[str, ...]:
    """The imports not on disk that could define a name ``decl`` uses: those written in
    ``decl``'s own file first, then the rest of the project's (the reader records each as
    ``(module, "path:line:col")``)."""
    unread = getattr(getattr(env, "project", None), "unread_imports", ()) or ()
    span = getattr(decl, "span", None)
    path = getattr(span, "path", None)
    own = [m for m, where in unread if path is not None and str(where).startswith(f"{path}:")]
    return tuple(dict.fromkeys([*own, *(m for m, _ in unread)]))


def refuse_unread_type_name(env: Env | None, decl: Any, name: str, span: Any) -> None:
    """Raise ``UnknownName`` for an unknown, not variable-shaped name used as a type
    (``(x : Model)``) when the file has imports that were not read.

    Lean binds it automatically (``relaxedAutoImplicit``) only when no import defines it; bound
    here as an arbitrary type it could refute a law that is true of the imported type, so the
    law is refused instead, naming where the name may come from."""
    if VARIABLE_NAME.fullmatch(name):
        return
    origin = unread_imports_of(env, decl)
    if not origin:
        return
    where = (f"the unread import `{origin[0]}`" if len(origin) == 1 else
             "one of the unread imports " + ", ".join(f"`{m}`" for m in origin[:3])
             + (", …" if len(origin) > 3 else ""))
    raise UnknownName(f"unknown name `{name}` (not in any file read; perhaps from {where})",
                      span, reason="not bound as a type variable: an import that was not "
                      "read may define it", name=name)


def refuse_unparsed_name(env: Env | None, name: str, span: Any) -> None:
    """Raise ``Unsupported`` when ``name`` is declared by a declaration the reader could not
    parse (``structure U1 extends U0 where u := ()``).

    Why: the reader's failure is not Lean's. Bound automatically as an arbitrary type (or an
    arbitrary value), a declared structure with one value refuted ``x = y``; the law is
    refused instead, naming the declaration's parse error."""
    modules = getattr(getattr(env, "project", None), "modules", ()) or ()
    last = name.rsplit(".", 1)[-1]
    for module in modules:
        for err in getattr(module, "errors", ()) or ():
            declared = getattr(err, "decl_name", None)
            if declared and declared.rsplit(".", 1)[-1] == last:
                raise Unsupported(name, span, reason=f"its declaration could not be read "
                                  f"({err.path}:{err.line}:{err.column}: {err.message})")


__all__ = ["PROTECTED", "VARIABLE_NAME", "namespace_chain", "refuse_unparsed_name",
           "refuse_unread_type_name", "resolve_name", "unread_imports_of"]
