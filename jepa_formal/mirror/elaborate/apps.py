"""Application elaboration: signatures, implicit-argument inference, dot notation, names.

Why its own module: Lean's application rules are the heart of the mirror's small type
inference. A callee (prelude function, user definition, structure field) has a ``Sig``; its
implicit parameters become metavariables solved by unifying argument types (``jepaLoss xs
c t p r`` finds ``n`` from ``xs : List (Fin n)``); lambdas and numerals are elaborated last,
once the types they need are known; named ``(d := d)`` and default arguments are filled in;
a missing explicit argument eta-expands; dot notation ``xs.map f`` puts the receiver at the
first explicit parameter whose type is a ``List``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import TypeMismatch, Unsupported
from jepa_formal.mirror.core.prelude import PRELUDE, UNSUPPORTED_NAMES, PreludeFn
from jepa_formal.mirror.core.terms import (
    Call,
    DefCall,
    Expr,
    Field,
    Lam,
    MkStruct,
    Prim,
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInd,
    TInt,
    TList,
    TNat,
    TNNReal,
    TOption,
    TProd,
    TReal,
    TSort,
    TStruct,
    TVar,
    Ty,
    TypeArg,
    Var,
    cod_after,
    map_children,
    map_node_types,
    map_type,
    uncurry,
)
from jepa_formal.mirror.core.unify import EMeta, Subst, TMeta
from jepa_formal.mirror.elaborate.names import PROTECTED, resolve_name
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.elaborate.context import Ctx


@dataclass(frozen=True, slots=True)
class SigParam:
    """One parameter: Lean name, substitution key, type (TSort for a type parameter)."""

    name: str
    key: str
    ty: Ty
    explicit: bool
    default: syntax.Term | None = None


@dataclass(frozen=True, slots=True)
class Sig:
    """What the elaborator needs to apply a callee; ``build`` gets every actual in order."""

    name: str
    params: tuple[SigParam, ...]
    result: Ty
    build: Callable[[tuple[Expr, ...], Ty], Expr]
    decl: Any = None  # where default-argument terms are resolved


def prelude_sig(fn: PreludeFn) -> Sig:
    """The Sig of a prelude function (type variables become implicit type parameters)."""
    params = (tuple(SigParam(v, v, TSort(), False) for v in fn.tyvars)
              + tuple(SigParam(n, n, t, False) for n, t in fn.implicit)
              + tuple(SigParam(n, n, t, True) for n, t in fn.params))
    ntv = len(fn.tyvars)

    def build(actuals: tuple[Expr, ...], ty: Ty) -> Expr:
        return fn.build(actuals[ntv:], ty)

    return Sig(fn.name, params, fn.result, build)


def def_sig(name: str, params: tuple[tuple[Var, bool, syntax.Term | None, str], ...],
            result: Ty, decl: Any) -> Sig:
    """The Sig of a user definition: params are (Var, explicit, default, Lean name)."""
    sps = tuple(SigParam(lean, v.name, v.ty, explicit, default)
                for v, explicit, default, lean in params)

    def build(actuals: tuple[Expr, ...], ty: Ty) -> Expr:
        return DefCall(name, actuals, ty)

    return Sig(name, sps, result, build, decl)


# --------------------------------------------------------------------------------------------
# Substitution of parameters into types
# --------------------------------------------------------------------------------------------


def subst_ty(ty: Ty, tmap: dict[str, Ty], emap: dict[str, Expr]) -> Ty:
    """Replace type variables (by name) and value parameters inside ``Fin n`` (by Var name)."""
    if isinstance(ty, TVar):
        return tmap.get(ty.name, ty)
    return map_type(ty, lambda t: subst_ty(t, tmap, emap), lambda e: subst_expr(e, tmap, emap))


def subst_expr(e: Any, tmap: dict[str, Ty], emap: dict[str, Expr]) -> Any:
    """Replace free ``Var``s by name (and type variables in every ``ty``) in a core expr."""
    if isinstance(e, Var) and e.name in emap:
        return emap[e.name]
    if isinstance(e, Ty):
        return subst_ty(e, tmap, emap)
    if isinstance(e, tuple):
        return tuple(subst_expr(x, tmap, emap) for x in e)
    if not isinstance(e, Expr) or isinstance(e, EMeta) or not dataclasses.is_dataclass(e):
        return e
    e = map_children(e, lambda c: subst_expr(c, tmap, emap))
    return map_node_types(e, lambda t: subst_ty(t, tmap, emap))


def ctor_sig(env: Env, ind: str, ctor: str) -> Sig:
    """The Sig of a constructor: its fields are its explicit parameters."""
    fields = env.inductive(ind).ctor(ctor)
    sps = tuple(SigParam(n, n, t, True) for n, t in fields)

    def build(actuals: tuple[Expr, ...], ty: Ty) -> Expr:
        return MkStruct(ctor, tuple(zip([n for n, _ in fields], actuals, strict=True)), ty)

    return Sig(ctor, sps, TInd(ind), build)


_NAMESPACE_OF = {
    TList: "List", TArray: "Array", TFinset: "Finset", TNat: "Nat", TInt: "Int",
    TReal: "Real", TFloat: "Float", TOption: "Option", TBool: "Bool", TFin: "Fin",
    TProd: "Prod", TNNReal: "NNReal",
}


def namespace_of(ty: Ty) -> str | None:
    """The namespace searched by dot notation on a value of this type."""
    if isinstance(ty, (TStruct, TInd)):
        return ty.name
    return _NAMESPACE_OF.get(type(ty))


def _head_matches(param_ty: Ty, recv_ty: Ty) -> bool:
    if isinstance(recv_ty, TStruct):
        return isinstance(param_ty, TStruct) and param_ty.name == recv_ty.name
    return type(param_ty) is type(recv_ty) and not isinstance(param_ty, TVar)


_POSTPONE = (syntax.Lambda, syntax.CDotFun)


class AppMixin:
    """Applications, names and dot notation for the ``Elaborator``."""

    env: Env
    decl: Any
    s: Subst






    # --- applying a signature -------------------------------------------------------------

    def apply_sig(self, sig: Sig, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any,
                  receiver: Expr | None = None, expected: Ty | None = None) -> Expr:
        """Elaborate ``sig`` applied to ``args`` (``receiver``: a dot-notation object)."""
        positional = [a for a in args if not isinstance(a, syntax.NamedArg)]
        named = {a.name: a.value for a in args if isinstance(a, syntax.NamedArg)}
        tmap: dict[str, Ty] = {}
        emap: dict[str, Expr] = {}
        actuals: list[Expr | None] = [None] * len(sig.params)
        later: list[tuple[int, syntax.Term, Ty]] = []
        missing: list[int] = []
        recv_slot = self._receiver_slot(sig, receiver) if receiver is not None else None
        pos = 0
        for i, p in enumerate(sig.params):
            pty = self.s.ty(subst_ty(p.ty, tmap, emap))
            if isinstance(p.ty, TSort):
                if p.explicit and p.name not in named and pos < len(positional):
                    t = self.elab_type(positional[pos], ctx)
                    pos += 1
                elif p.name in named:
                    t = self.elab_type(named.pop(p.name), ctx)
                else:
                    t = self.s.fresh_ty(p.name)
                tmap[p.key] = t
                actuals[i] = TypeArg(t)
                continue
            if i == recv_slot:
                assert receiver is not None
                actual: Expr = self.coerce(receiver, pty, span)
            elif p.name in named:
                term = named.pop(p.name)
                if isinstance(term, _POSTPONE):
                    actual = self._postpone(i, term, pty, later, p.name)
                else:
                    actual = self.coerce(self.elab(term, pty, ctx), pty, span)
            elif not p.explicit:
                actual = self.s.fresh_expr(pty, p.name)
            elif pos < len(positional):
                term = positional[pos]
                pos += 1
                if isinstance(term, _POSTPONE) or (
                    isinstance(term, (syntax.NatLit, syntax.DecimalLit)) and isinstance(pty, TMeta)
                ):
                    actual = self._postpone(i, term, pty, later, p.name)
                else:
                    actual = self.coerce(self.elab(term, pty, ctx), pty, span)
            elif p.default is not None:
                actual = self._default(sig, p, pty, tmap, emap, actuals)
            else:
                missing.append(i)
                actual = self.fresh_var(p.name, pty)
            actuals[i] = actual
            emap[p.key] = actual
        if named:
            raise Unsupported(f"named argument ({next(iter(named))} := …)", span,
                              reason=f"{sig.name} has no such parameter")
        for i, term, pty in later:
            value = self.coerce(self.elab(term, self.s.ty(pty), ctx), pty, span)
            placeholder = actuals[i]
            assert isinstance(placeholder, EMeta)
            self.s.exprs[placeholder.id] = value
            actuals[i] = value
        result_ty = subst_ty(sig.result, tmap, emap)
        self.note_call(sig.name)
        built = sig.build(tuple(a for a in actuals if a is not None), result_ty)
        if missing:
            params = tuple(actuals[i] for i in missing)
            lam_ty = result_ty
            for v in reversed(params):
                assert isinstance(v, Var)
                lam_ty = TFun(v.ty, lam_ty)
            built = Lam(params, built, lam_ty)  # type: ignore[arg-type]
        rest = positional[pos:]
        if rest:
            return self.apply_value(built, tuple(rest), ctx, span)
        return built

    def _postpone(self, i: int, term: syntax.Term, pty: Ty, later: list[Any], hint: str) -> EMeta:
        later.append((i, term, pty))
        return self.s.fresh_expr(pty, hint)

    def _default(self, sig: Sig, p: SigParam, pty: Ty, tmap: dict[str, Ty],
                 emap: dict[str, Expr], actuals: list[Expr | None]) -> Expr:
        inner: dict[str, Any] = {}
        for q, a in zip(sig.params, actuals, strict=False):
            if a is None:
                continue
            inner[q.name] = tmap[q.key] if isinstance(q.ty, TSort) else a
        saved = self.decl
        self.decl = sig.decl or self.decl
        try:
            assert p.default is not None
            return self.coerce(self.elab(p.default, pty, inner), pty)  # type: ignore[arg-type]
        finally:
            self.decl = saved

    def _receiver_slot(self, sig: Sig, receiver: Expr) -> int:
        rty = self.s.ty(receiver.ty)
        for i, p in enumerate(sig.params):
            if p.explicit and not isinstance(p.ty, TSort) and _head_matches(p.ty, rty):
                return i
        raise Unsupported(f"dot notation .{sig.name.rsplit('.', 1)[-1]}",
                          getattr(receiver, "span", None),
                          reason=f"{sig.name} has no explicit parameter of the receiver's type")

    def apply_value(self, fn: Expr, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any) -> Expr:
        """Apply a function-valued expression (a binder, a lambda, a field) to arguments."""
        if any(isinstance(a, syntax.NamedArg) for a in args):
            raise Unsupported("named argument to a function value", span)
        fty = self.s.ty(fn.ty)
        doms = list(uncurry(fty)[0])
        if isinstance(fty, TMeta) or len(doms) < len(args):
            if isinstance(fty, TMeta):
                metas = [self.s.fresh_ty() for _ in args]
                cod: Ty = self.s.fresh_ty()
                target = cod
                for m in reversed(metas):
                    target = TFun(m, target)
                self.s.unify(fty, target, span)
                fty, doms = self.s.ty(fn.ty), metas
            else:
                raise TypeMismatch("function applied to too many arguments", span)
        vals = tuple(
            self.coerce(self.elab(a, self.s.ty(d), ctx), d, span)
            for a, d in zip(args, doms, strict=False)
        )
        return Call(fn, vals, cod_after(fty, len(args)), span=span)

    # --- names ----------------------------------------------------------------------------

    def resolve_global(self, name: str, span: Any) -> Sig | str | None:
        """A Sig for a prelude/user function, ``"structure:<full>"`` for a structure name, or
        None when ``name`` is not a global."""
        full = resolve_name(name, self.decl, self._global_exists, self._global_protected, span)
        if full is None:
            if self.env is None:
                return None
            found = self.env.constructor(name, self.decl)
            return ctor_sig(self.env, *found) if found is not None else None
        if full in PRELUDE:
            return prelude_sig(PRELUDE[full])
        if full in UNSUPPORTED_NAMES:
            raise Unsupported(full, span, reason=UNSUPPORTED_NAMES[full])
        kind = self.env.kind(full)
        if kind == "inductive":
            return "inductive:" + full
        if kind == "definition":
            return self.env.signature(full)
        if kind == "structure":
            return "structure:" + full
        if kind == "alias":
            raise Unsupported(f"type abbreviation {full} used as a value", span)
        raise Unsupported(f"{kind} {full}", span, reason=f"a {kind} has no value to compute")

    def _global_exists(self, full: str) -> bool:
        if full in PRELUDE or full in UNSUPPORTED_NAMES:
            return True
        return self.env is not None and full in self.env.decls

    def _global_protected(self, full: str) -> bool:
        if full in PROTECTED:
            return True
        decl = self.env.decls.get(full) if self.env is not None else None
        return decl is not None and "protected" in getattr(decl, "modifiers", ())

    def method(self, obj: Expr, name: str, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any,
               expected: Ty | None) -> Expr:
        """Dot notation ``obj.name args``: a field, a projection, or a namespaced function."""
        ty = self.s.ty(obj.ty)
        if isinstance(ty, TMeta):
            raise Unsupported(f"dot notation .{name} on a value of unknown type", span)
        if isinstance(ty, TStruct):
            info = self.env.structure(ty.name)
            fields = dict(info.fields)
            if name in fields:
                fty = self._field_ty(info, ty, fields[name])
                val: Expr = Field(obj, name, fty, span=span)
                return self.apply_value(val, args, ctx, span) if args else val
        if isinstance(ty, TProd) and name in ("1", "2", "fst", "snd"):
            first = name in ("1", "fst")
            val = Prim("Prod.fst" if first else "Prod.snd", (obj,), ty.fst if first else ty.snd)
            return self.apply_value(val, args, ctx, span) if args else val
        if isinstance(ty, TFin) and name in ("val", "1"):
            val = Prim("cast", (obj,), TNat())
            return self.apply_value(val, args, ctx, span) if args else val
        if isinstance(ty, TFinset) and name in ("sum", "prod"):
            return self.finset_bigop(name, obj, args, ctx, span)
        ns = namespace_of(ty)
        full = f"{ns}.{name}"
        if ns is None or (full not in PRELUDE and full not in UNSUPPORTED_NAMES and (
                self.env is None or self.env.kind(full) != "definition")):
            if name in ("val", "1", "coe"):
                # no such field on the type: the value is an erased subtype `{x : T // p}`
                # (its value is the T; Lean accepted the statement, nothing else has `.val`)
                return self.apply_value(obj, args, ctx, span) if args else obj
            if name in ("property", "2", "prop"):
                raise Unsupported(f".{name} (the proof carried by a subtype value)", span)
        if ns is None:
            raise Unsupported(f"dot notation .{name} on {type(ty).__name__}", span)
        if full in PRELUDE:
            return self.apply_sig(prelude_sig(PRELUDE[full]), args, ctx, span, obj, expected)
        if full in UNSUPPORTED_NAMES:
            raise Unsupported(full, span, reason=UNSUPPORTED_NAMES[full])
        if self.env is not None and self.env.kind(full) == "definition":
            return self.apply_sig(self.env.signature(full), args, ctx, span, obj, expected)
        raise Unsupported(f"{full}", span, reason="not in the prelude and not defined in the specs")

    def _field_ty(self, info: Any, sty: TStruct, fty: Ty) -> Ty:
        tmap: dict[str, Ty] = {}
        emap: dict[str, Expr] = {}
        for p, a in zip(info.params, sty.args, strict=False):
            if isinstance(a, TypeArg):
                tmap[p.name] = a.value
            else:
                emap[p.name] = a
        return subst_ty(fty, tmap, emap)

