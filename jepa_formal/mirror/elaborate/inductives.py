"""``inductive`` declarations read into ``InductiveInfo``: constructors and their fields.

Why here and from the declaration's text: the reader keeps an ``inductive`` as an
``OtherDecl`` with its source; the constructors are ``| name (a b : T) (c : U)`` or
``| name : T → U → Self`` lines, whose binders and types the reader's own term parser reads.
Only simple inductives are modelled: no parameters, no indices, fields of modelled types
(the inductive itself included, for recursion).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import ParseError, Unsupported
from jepa_formal.mirror.core.terms import TInd, Ty
from jepa_formal.reader import parse_decl, parse_term, syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

_HEAD = re.compile(r"\binductive\s+(\S+)(.*?)(?:\bwhere\b|$)", re.S)
_CTOR = re.compile(r"^\s*\|\s*(\S+)(.*)$")


@dataclass(frozen=True, slots=True)
class InductiveInfo:
    """An inductive type: its full name, constructors in order (full name, field names and
    types), and the classes it derives."""

    name: str
    ctors: tuple[tuple[str, tuple[tuple[str, Ty], ...]], ...]
    deriving: tuple[str, ...] = ()

    def ctor(self, full: str) -> tuple[tuple[str, Ty], ...]:
        for name, fields in self.ctors:
            if name == full:
                return fields
        raise KeyError(full)

    @property
    def is_enum(self) -> bool:
        return all(not fields for _, fields in self.ctors)

    def recursive(self, fields: tuple[tuple[str, Ty], ...]) -> bool:
        return any(ty == TInd(self.name) for _, ty in fields)


def is_inductive(decl: syntax.Decl) -> bool:
    return isinstance(decl, syntax.OtherDecl) and _HEAD.search(decl.text or "") is not None


def ctor_lines(text: str) -> tuple[list[tuple[str, str]], tuple[str, ...], str]:
    """``(name, rest)`` of each constructor line, the derived classes, and the header's
    parameters text."""
    head = _HEAD.search(text)
    params = head.group(2).strip() if head else ""
    body = text[head.end():] if head else text
    deriving: tuple[str, ...] = ()
    cut = re.search(r"\bderiving\b", body)
    if cut is not None:
        deriving = tuple(w for w in body[cut.end():].replace(",", " ").split() if w)
        body = body[:cut.start()]
    ctors: list[tuple[str, str]] = []
    for chunk in _bars(body):
        chunk = " ".join(chunk.split())
        m = _CTOR.match("| " + chunk)
        if m:
            ctors.append((m.group(1), m.group(2).strip()))
    return ctors, deriving, params


def _bars(body: str) -> list[str]:
    """The constructor texts: ``body`` split at each ``|`` outside brackets (one constructor
    per line, or several on one line: ``| warmup | train | eval``)."""
    out: list[str] = []
    depth, start = 0, None
    for i, ch in enumerate(body):
        if ch in "([{⦃⟨":
            depth += 1
        elif ch in ")]}⦄⟩":
            depth -= 1
        elif ch == "|" and depth == 0:
            if start is not None:
                out.append(body[start:i])
            start = i + 1
    if start is not None:
        out.append(body[start:])
    return out


def inductive_info(decl: syntax.OtherDecl, env: Env) -> InductiveInfo:
    """Elaborate the constructors of ``decl`` (raises ``Unsupported`` for what is not
    modelled: parameters, indices, fields of unmodelled types)."""
    from jepa_formal.mirror.elaborate.elaborator import Elaborator

    full = decl.name
    ctors_text, deriving, params = ctor_lines(decl.text)
    if params and not params.startswith(":"):
        raise Unsupported(f"inductive {full} with parameters", decl.span,
                          reason="only inductives without parameters are modelled")
    if params.startswith(":") and params[1:].strip() not in ("Type", "Type 0"):
        raise Unsupported(f"inductive {full} : {params[1:].strip()}", decl.span,
                          reason="inductive families are not modelled")
    if not ctors_text:
        raise Unsupported(f"inductive {full} without constructors", decl.span)
    el = Elaborator(env, decl)
    ctx: dict[str, Any] = {decl.short_name or full.rsplit(".", 1)[-1]: TInd(full)}
    ctors = []
    for name, rest in ctors_text:
        fields: list[tuple[str, Ty]] = []
        binders_text, _, type_text = _split_type(rest)
        try:
            if binders_text:
                var = parse_decl(f"def ctorFields {binders_text} : Unit := ()")
                for b in getattr(var, "binders", ()):
                    if b.type is None:
                        raise Unsupported(f"constructor {name} field without a type", decl.span)
                    ty = el.elab_type(b.type, dict(ctx))
                    fields.extend((n, ty) for n in b.names)
            if type_text:
                ty_term = parse_term(type_text)
                doms = []
                while isinstance(ty_term, syntax.BinOp) and ty_term.op == "→":
                    doms.append(ty_term.lhs)
                    ty_term = ty_term.rhs
                if el.elab_type(ty_term, dict(ctx)) != TInd(full):
                    raise Unsupported(f"constructor {name} of an indexed type", decl.span)
                fields.extend((f"a{len(fields) + i + 1}", el.elab_type(d, dict(ctx)))
                              for i, d in enumerate(doms))
        except ParseError as err:
            raise Unsupported(f"constructor {name} of {full}", decl.span,
                              reason=f"not read: {err}") from err
        ctors.append((f"{full}.{name}", tuple(fields)))
    return InductiveInfo(full, tuple(ctors), deriving)


def _split_type(rest: str) -> tuple[str, str, str]:
    """``(n : ℕ) (s : Shape) : Shape`` → binders text and the type after the top-level ``:``."""
    depth = 0
    for i, ch in enumerate(rest):
        if ch in "([{⦃⟨":
            depth += 1
        elif ch in ")]}⦄⟩":
            depth -= 1
        elif ch == ":" and depth == 0:
            return rest[:i].strip(), ":", rest[i + 1:].strip()
    return rest.strip(), "", ""


__all__ = ["InductiveInfo", "ctor_lines", "inductive_info", "is_inductive"]
