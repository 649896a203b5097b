"""``inductive`` declarations read into ``InductiveInfo``: constructors and their fields.

Why here and from the declaration's text: the reader keeps an ``inductive`` as an
``OtherDecl`` with its source; the constructors are ``| name (a b : T) (c : U)`` or
``| name : T → U → Self`` lines, whose binders and types the reader's own term parser reads.
Modelled: enumerations, recursive inductives, and parameters (``inductive Tree (α : Type)``,
``(n : ℕ)``) used uniformly; fields of modelled types, the inductive itself included (for
recursion) but not nested inside another type. Indexed families (``: ℕ → Type``) are
``unsupported``, named.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import ParseError, TypeMismatch, Unsupported
from jepa_formal.mirror.core.terms import (
    Expr,
    TInd,
    TSort,
    TVar,
    Ty,
    TypeArg,
    Var,
    type_parts,
)
from jepa_formal.mirror.core.unfold import bind_params, subst_type
from jepa_formal.mirror.elaborate.ind_header import HEAD, ctor_lines, header_params, split_type
from jepa_formal.reader import parse_decl, parse_term, syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env



@dataclass(frozen=True, slots=True)
class InductiveInfo:
    """An inductive type: its full name, constructors in order (full name, field names and
    types), the classes it derives, and its parameters (``inductive Tree (α : Type)``: a
    ``Var`` of type ``TSort`` named ``α``; field types mention it as ``TVar("α")``)."""

    name: str
    ctors: tuple[tuple[str, tuple[tuple[str, Ty], ...]], ...]
    deriving: tuple[str, ...] = ()
    params: tuple[Var, ...] = ()

    def ctor(self, full: str) -> tuple[tuple[str, Ty], ...]:
        for name, fields in self.ctors:
            if name == full:
                return fields
        raise KeyError(full)

    def ctor_at(self, full: str, ty: Ty) -> tuple[tuple[str, Ty], ...]:
        """The fields of constructor ``full`` with their types at the arguments of ``ty``
        (``Tree ℕ``: the ``v : α`` field of ``node`` is a natural)."""
        fields = self.ctor(full)
        if not self.params or not isinstance(ty, TInd) or not ty.args:
            return fields
        tmap, emap = bind_params(self.params, ty.args)
        return tuple((n, subst_type(t, tmap, emap)) for n, t in fields)

    def self_type(self) -> TInd:
        """The type at its own parameters: ``Tree α`` inside the declaration."""
        return TInd(self.name, param_args(self.params))

    @property
    def is_enum(self) -> bool:
        return all(not fields for _, fields in self.ctors)

    def recursive(self, fields: tuple[tuple[str, Ty], ...]) -> bool:
        return any(isinstance(ty, TInd) and ty.name == self.name for _, ty in fields)


def param_args(params: tuple[Var, ...]) -> tuple[Expr, ...]:
    """The parameters as arguments: a type parameter as ``TypeArg(TVar)``, a value one as
    itself."""
    return tuple(TypeArg(TVar(p.name)) if isinstance(p.ty, TSort) else p for p in params)


def is_inductive(decl: syntax.Decl) -> bool:
    return isinstance(decl, syntax.OtherDecl) and HEAD.search(decl.text or "") is not None


def inductive_info(decl: syntax.OtherDecl, env: Env) -> InductiveInfo:
    """Elaborate the parameters and constructors of ``decl`` (raises ``Unsupported`` for what
    is not modelled: indexed families, nested or non-uniform recursion, fields of unmodelled
    types)."""
    from jepa_formal.mirror.elaborate.elaborator import Elaborator

    full = decl.name
    ctors_text, deriving, _ = ctor_lines(decl.text)
    binders, type_text = header_params(decl)
    if type_text and " ".join(type_text.split()) not in ("Type", "Type 0", "Type u", "Type _",
                                                           "Type*", "Type _"):
        raise Unsupported(f"indexed inductive family {full} : {type_text}", decl.span,
                          reason="only inductive types with parameters are modelled, not "
                          "families indexed by values")
    if not ctors_text:
        raise Unsupported(f"inductive {full} without constructors", decl.span)
    el = Elaborator(env, decl)
    ctx: dict[str, Any] = {}
    params: list[Var] = []
    for b in binders:
        if b.kind == syntax.BinderKind.INSTANCE:
            raise Unsupported(f"inductive {full} with an instance parameter", decl.span)
        if b.type is None:
            raise Unsupported(f"inductive {full} parameter without a type", decl.span)
        pty = el.elab_type(b.type, dict(ctx))
        for n in b.names:
            if isinstance(pty, TSort):
                ctx[n] = TVar(n)
            params.append(Var(n, pty))
            if not isinstance(pty, TSort):
                ctx[n] = params[-1]
    if not params:
        ctx[decl.short_name or full.rsplit(".", 1)[-1]] = TInd(full)
    me = TInd(full, param_args(tuple(params)))
    ctors = []
    env.building_inductives.add(full)
    try:
        for name, rest in ctors_text:
            ctors.append((f"{full}.{name}", _ctor_fields(el, decl, name, rest, ctx, me)))
    finally:
        env.building_inductives.discard(full)
    return InductiveInfo(full, tuple(ctors), deriving, tuple(params))


def _ctor_fields(el: Any, decl: syntax.OtherDecl, name: str, rest: str, ctx: dict[str, Any],
                 me: TInd) -> tuple[tuple[str, Ty], ...]:
    full = me.name
    fields: list[tuple[str, Ty]] = []
    binders_text, _, type_text = split_type(rest)
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
            if el.elab_type(ty_term, dict(ctx)) != me:
                raise Unsupported(f"constructor {name} of an indexed type", decl.span)
            fields.extend((f"a{len(fields) + i + 1}", el.elab_type(d, dict(ctx)))
                          for i, d in enumerate(doms))
    except ParseError as err:
        raise Unsupported(f"constructor {name} of {full}", decl.span,
                          reason=f"not read: {err}") from err
    except TypeMismatch as err:  # NotAType: a proof field `(h : xs.length ≤ n)`, `(α := α)`
        raise Unsupported(f"constructor {name} of {full}", decl.span,
                          reason=f"a field whose type is not a modelled type ({err.construct}; "
                          "proof fields are not modelled)") from err
    for _, ty in fields:
        if isinstance(ty, TInd) and ty.name == full:
            if ty != me:
                raise Unsupported(f"constructor {name} of {full} at other arguments",
                                  decl.span, reason="non-uniform parameters are not modelled")
        elif _mentions(ty, full):
            raise Unsupported(f"constructor {name} of the nested inductive {full}", decl.span,
                              reason="a field holding the type inside another type "
                              "(List, Option, a function) is not modelled")
    return tuple(fields)


def _mentions(ty: Ty, full: str) -> bool:
    if isinstance(ty, TInd) and ty.name == full:
        return True
    return any(_mentions(t, full) for t in type_parts(ty))


__all__ = ["InductiveInfo", "ctor_lines", "header_params", "inductive_info", "is_inductive",
           "param_args"]
