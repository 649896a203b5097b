"""Application elaboration: signatures, implicit-argument inference, dot notation, names.

Why its own module: Lean's application rules are the heart of the mirror's small type
inference. A callee (prelude function, user definition, structure field) has a ``Sig``; its
implicit parameters become metavariables solved by unifying argument types (``jepaLoss xs
c t p r`` finds ``n`` from ``xs : List (Fin n)``); lambdas and numerals are elaborated last,
once the types they need are known; named ``(d := d)`` and default arguments are filled in;
a missing explicit argument eta-expands; dot notation ``xs.map f`` puts the receiver at the
first explicit parameter whose type is a ``List``.

A part of the ``Elaborator``: functions taking it as their first argument, the handlers of
application nodes registered in ``HANDLERS``.
"""

from __future__ import annotations

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
    uncurry,
)
from jepa_formal.mirror.core.unify import EMeta, TMeta
from jepa_formal.mirror.core.walker import Handlers
from jepa_formal.mirror.elaborate.binders import finset_bigop
from jepa_formal.mirror.elaborate.names import (
    PROTECTED,
    namespace_chain,
    refuse_unparsed_name,
    resolve_name,
    where_local,
)
from jepa_formal.mirror.elaborate.subst import field_ty, subst_ty
from jepa_formal.reader import syntax
from jepa_formal.reader.scopes import free_names

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.elaborate.context import Ctx
    from jepa_formal.mirror.elaborate.elaborator import Elaborator

HANDLERS = Handlers("apps")
"""The application nodes (``f a b``, ``x.f``) this part elaborates for the ``Elaborator``."""


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
    decl: syntax.Decl | None = None  # where default-argument terms are resolved


def prelude_sig(fn: PreludeFn) -> Sig:
    """The Sig of a prelude function (type variables become implicit type parameters)."""
    defaults = {n: syntax.NatLit(v) for n, v in fn.defaults}
    params = (tuple(SigParam(v, v, TSort(), False) for v in fn.tyvars)
              + tuple(SigParam(n, n, t, False) for n, t in fn.implicit)
              + tuple(SigParam(n, n, t, True, defaults.get(n)) for n, t in fn.params))
    ntv = len(fn.tyvars)

    def build(actuals: tuple[Expr, ...], ty: Ty) -> Expr:
        return fn.build(actuals[ntv:], ty)

    return Sig(fn.name, params, fn.result, build)


def def_sig(name: str, params: tuple[tuple[Var, bool, syntax.Term | None, str], ...],
            result: Ty, decl: syntax.Decl | None) -> Sig:
    """The Sig of a user definition: params are (Var, explicit, default, Lean name)."""
    sps = tuple(SigParam(lean, v.name, v.ty, explicit, default)
                for v, explicit, default, lean in params)

    def build(actuals: tuple[Expr, ...], ty: Ty) -> Expr:
        return DefCall(name, actuals, ty)

    return Sig(name, sps, result, build, decl)


def ctor_sig(env: Env, ind: str, ctor: str) -> Sig:
    """The Sig of a constructor: its fields are its explicit parameters."""
    info = env.inductive(ind)
    fields = info.ctor(ctor)
    nparams = len(info.params)
    sps = tuple(SigParam(p.name, p.name, p.ty, False) for p in info.params) + tuple(
        SigParam(n, n, t, True) for n, t in fields)

    def build(actuals: tuple[Expr, ...], ty: Ty) -> Expr:
        return MkStruct(ctor, tuple(zip([n for n, _ in fields], actuals[nparams:],
                                        strict=True)), ty)

    return Sig(ctor, sps, info.self_type(), build)


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


@HANDLERS.on(syntax.App)
def elab_application(el: Elaborator, t: syntax.App, expected: Ty | None, ctx: Ctx) -> Expr:
    return el.elab_app(t.fn, t.args, expected, ctx, t.span)


@HANDLERS.on(syntax.Proj)
def elab_proj(el: Elaborator, t: syntax.Proj, expected: Ty | None, ctx: Ctx) -> Expr:
    obj = el.elab(t.obj, None, ctx)
    return method(el, obj, t.field, (), ctx, t.span, expected)


def apply_sig(el: Elaborator, sig: Sig, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any,
              receiver: Expr | None = None, expected: Ty | None = None) -> Expr:
    """Elaborate ``sig`` applied to ``args`` (``receiver``: a dot-notation object)."""
    positional = [a for a in args if not isinstance(a, syntax.NamedArg)]
    named = {a.name: a.value for a in args if isinstance(a, syntax.NamedArg)}
    tmap: dict[str, Ty] = {}
    emap: dict[str, Expr] = {}
    actuals: list[Expr | None] = [None] * len(sig.params)
    later: list[tuple[int, syntax.Term, Ty]] = []
    missing: list[int] = []
    recv_slot = _receiver_slot(el, sig, receiver) if receiver is not None else None
    pos = 0
    for i, p in enumerate(sig.params):
        pty = el.s.ty(subst_ty(p.ty, tmap, emap))
        if isinstance(p.ty, TSort):
            if p.explicit and p.name not in named and pos < len(positional):
                t = el.elab_type(positional[pos], ctx)
                pos += 1
            elif p.name in named:
                t = el.elab_type(named.pop(p.name), ctx)
            else:
                t = el.s.fresh_ty(p.name)
            tmap[p.key] = t
            actuals[i] = TypeArg(t)
            continue
        if i == recv_slot:
            assert receiver is not None
            actual: Expr = el.coerce(receiver, pty, span)
        elif p.name in named:
            term = named.pop(p.name)
            if isinstance(term, _POSTPONE):
                actual = _postpone(el, i, term, pty, later, p.name)
            else:
                actual = el.coerce(el.elab(term, pty, ctx), pty, span)
        elif not p.explicit:
            actual = el.s.fresh_expr(pty, p.name)
        elif pos < len(positional):
            term = positional[pos]
            pos += 1
            if isinstance(term, _POSTPONE) or (
                isinstance(term, (syntax.NatLit, syntax.DecimalLit)) and isinstance(pty, TMeta)
            ):
                actual = _postpone(el, i, term, pty, later, p.name)
            else:
                actual = el.coerce(el.elab(term, pty, ctx), pty, span)
        elif p.default is not None:
            actual = _default(el, sig, p, pty, tmap, emap, actuals)
        else:
            missing.append(i)
            actual = el.fresh_var(p.name, pty)
        actuals[i] = actual
        emap[p.key] = actual
    if named:
        raise Unsupported(f"named argument ({next(iter(named))} := …)", span,
                          reason=f"{sig.name} has no such parameter")
    for i, term, pty in later:
        value = el.coerce(el.elab(term, el.s.ty(pty), ctx), pty, span)
        placeholder = actuals[i]
        assert isinstance(placeholder, EMeta)
        el.s.exprs[placeholder.id] = value
        actuals[i] = value
    result_ty = subst_ty(sig.result, tmap, emap)
    el.note_call(sig.name)
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
        return apply_value(el, built, tuple(rest), ctx, span)
    return built


def _postpone(el: Elaborator, i: int, term: syntax.Term, pty: Ty, later: list[Any],
              hint: str) -> EMeta:
    later.append((i, term, pty))
    return el.s.fresh_expr(pty, hint)


def _default(el: Elaborator, sig: Sig, p: SigParam, pty: Ty, tmap: dict[str, Ty],
             emap: dict[str, Expr], actuals: list[Expr | None]) -> Expr:
    inner: dict[str, Any] = {}
    for q, a in zip(sig.params, actuals, strict=False):
        if a is None:
            continue
        inner[q.name] = tmap[q.key] if isinstance(q.ty, TSort) else a
    saved = el.decl
    el.decl = sig.decl or el.decl
    try:
        assert p.default is not None
        return el.coerce(el.elab(p.default, pty, inner), pty)  # type: ignore[arg-type]
    finally:
        el.decl = saved


def _receiver_slot(el: Elaborator, sig: Sig, receiver: Expr) -> int:
    rty = el.s.ty(receiver.ty)
    for i, p in enumerate(sig.params):
        if p.explicit and not isinstance(p.ty, TSort) and _head_matches(p.ty, rty):
            return i
    raise Unsupported(f"dot notation .{sig.name.rsplit('.', 1)[-1]}",
                      getattr(receiver, "span", None),
                      reason=f"{sig.name} has no explicit parameter of the receiver's type")


def apply_value(el: Elaborator, fn: Expr, args: tuple[syntax.Term, ...], ctx: Ctx,
                span: Any) -> Expr:
    """Apply a function-valued expression (a binder, a lambda, a field) to arguments."""
    if any(isinstance(a, syntax.NamedArg) for a in args):
        raise Unsupported("named argument to a function value", span)
    fty = el.s.ty(fn.ty)
    doms = list(uncurry(fty)[0])
    if isinstance(fty, TMeta) or len(doms) < len(args):
        if isinstance(fty, TMeta):
            metas = [el.s.fresh_ty() for _ in args]
            cod: Ty = el.s.fresh_ty()
            target = cod
            for m in reversed(metas):
                target = TFun(m, target)
            el.s.unify(fty, target, span)
            fty, doms = el.s.ty(fn.ty), metas
        else:
            raise TypeMismatch("function applied to too many arguments", span)
    vals = tuple(
        el.coerce(el.elab(a, el.s.ty(d), ctx), d, span)
        for a, d in zip(args, doms, strict=False)
    )
    return Call(fn, vals, cod_after(fty, len(args)), span=span)

# --- names ----------------------------------------------------------------------------


def resolve_global(el: Elaborator, name: str, span: Any) -> Sig | str | None:
    """A Sig for a prelude/user function, ``"structure:<full>"`` for a structure name, or
    None when ``name`` is not a global."""
    full = resolve_name(name, el.decl, lambda full: _global_exists(el, full),
                        lambda full: _global_protected(el, full), span)
    if full is None:
        if el.env is None:
            return None
        found = el.env.constructor(name, el.decl)
        return ctor_sig(el.env, *found) if found is not None else None
    if full in PRELUDE:
        return prelude_sig(PRELUDE[full])
    if full in UNSUPPORTED_NAMES:
        raise Unsupported(full, span, reason=UNSUPPORTED_NAMES[full])
    kind = el.env.kind(full)
    if kind == "inductive":
        return "inductive:" + full
    if kind == "definition":
        return el.env.signature(full)
    if kind == "structure":
        return "structure:" + full
    if kind == "alias":
        raise Unsupported(f"type abbreviation {full} used as a value", span)
    raise Unsupported(f"{kind} {full}", span, reason=f"a {kind} has no value to compute")


def _global_exists(el: Elaborator, full: str) -> bool:
    if full in PRELUDE or full in UNSUPPORTED_NAMES:
        return True
    return el.env is not None and full in el.env.decls and declared_before(el, full)


def declared_before(el: Elaborator, full: str) -> bool:
    """Whether the declaration ``full`` exists where the statement being elaborated stands.

    Why: Lean reads a file top to bottom; a theorem cannot use a definition written after it
    (``theorem t : c * 2 = 10`` before ``def c : ℕ := 5``: with autoImplicit ``c`` is a bound
    variable, and the statement is false at ``c = 0``), nor a definition (``def useMax := max
    a b`` before a ``def max`` of its namespace means the library's ``max``), except the
    helpers of its own ``where`` clause and the members of a ``mutual`` block (read as: a
    later definition that calls this one back)."""
    user = el.decl
    if not isinstance(user, syntax.Theorem | syntax.Definition) or el.env is None:
        return True
    decl = el.env.decls.get(full)
    here, there = getattr(user, "span", None), getattr(decl, "span", None)
    if here is None or there is None or here.path != there.path:
        return True
    if (there.line, there.column) <= (here.line, here.column):
        return True
    if isinstance(user, syntax.Theorem):
        return False
    # a definition sees the `where` helpers of its group, and a later definition that calls
    # it back (the two are a `mutual` block, the only way Lean lets them see each other)
    if _where_root(el.env, user.name) == _where_root(el.env, full):
        return True
    later = el.env.decls.get(full)
    short = user.name.rsplit(".", 1)[-1]
    return isinstance(later, syntax.Definition) and short in free_names(
        later.body, later.equations, later.where_decls)


def _where_root(env: Any, name: str) -> str:
    """The declaration whose ``where`` clause declares ``name`` (``name`` itself if none)."""
    while "." in name:
        owner = env.decls.get(name.rsplit(".", 1)[0])
        if not any(getattr(w, "name", None) == name for w in getattr(owner, "where_decls", ())):
            break
        name = owner.name
    return name


def builtin_shadowed(el: Elaborator, name: str, span: Any) -> bool:
    """Whether a declaration in scope takes ``name`` from its library meaning (``max``,
    ``abs``, ``id``, ``decide``…), by Lean's ``resolveGlobalName``: a declaration in the
    namespace in force (or a parent) wins outright; one reached at the root or through an
    ``open`` competes with the library's and Lean reports the ambiguity (refused here)."""
    if el.env is None:
        return False
    refuse_unparsed_name(el.env, name, span)  # a `def abs` the reader could not parse

    def exists(full: str) -> bool:
        return full in el.env.decls and declared_before(el, full)

    if any(exists(f"{p}.{name}") and not _global_protected(el, f"{p}.{name}")
           for p in namespace_chain(el.decl)):  # a `protected def Nat.max` is not `max`
        return True
    if where_local(name, el.decl) is not None:
        return True
    found = resolve_name(name, el.decl, exists, lambda full: _global_protected(el, full), span)
    if found is not None:
        raise TypeMismatch(f"ambiguous name '{name}'", span,
                           reason=f"Lean reports an ambiguity: possible interpretations "
                           f"{found} and the library's {name}")
    return False


def user_global_at_root(el: Elaborator, name: str) -> bool:
    """Whether ``_root_.name`` is a declaration of the specs (else the library's ``name``)."""
    return el.env is not None and name in el.env.decls and declared_before(el, name)


def _global_protected(el: Elaborator, full: str) -> bool:
    if full in PROTECTED:
        return True
    decl = el.env.decls.get(full) if el.env is not None else None
    return decl is not None and "protected" in getattr(decl, "modifiers", ())


def method(el: Elaborator, obj: Expr, name: str, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any,
           expected: Ty | None) -> Expr:
    """Dot notation ``obj.name args``: a field, a projection, or a namespaced function."""
    ty = el.s.ty(obj.ty)
    if isinstance(ty, TMeta):
        raise Unsupported(f"dot notation .{name} on a value of unknown type", span)
    if isinstance(ty, TStruct):
        info = el.env.structure(ty.name)
        fields = dict(info.fields)
        if name in fields:
            fty = field_ty(info, ty, fields[name])
            val: Expr = Field(obj, name, fty, span=span)
            return apply_value(el, val, args, ctx, span) if args else val
    if isinstance(ty, TProd) and name in ("1", "2", "fst", "snd"):
        first = name in ("1", "fst")
        val = Prim("Prod.fst" if first else "Prod.snd", (obj,), ty.fst if first else ty.snd)
        return apply_value(el, val, args, ctx, span) if args else val
    if isinstance(ty, TFin) and name in ("val", "1"):
        val = Prim("cast", (obj,), TNat())
        return apply_value(el, val, args, ctx, span) if args else val
    if isinstance(ty, TFinset) and name in ("sum", "prod"):
        return finset_bigop(el, name, obj, args, ctx, span)
    ns = namespace_of(ty)
    full = f"{ns}.{name}"
    if ns is None or (full not in PRELUDE and full not in UNSUPPORTED_NAMES and (
            el.env is None or el.env.kind(full) != "definition")):
        if name in ("val", "1", "coe"):
            # no such field on the type: the value is an erased subtype `{x : T // p}` (its
            # value is the T; Lean accepted the statement, so nothing else has `.val` here)
            return apply_value(el, obj, args, ctx, span) if args else obj
        if name in ("property", "2", "prop"):
            raise Unsupported(f".{name} (the proof carried by a subtype value)", span)
    if ns is None:
        raise Unsupported(f"dot notation .{name} on {type(ty).__name__}", span)
    if full in PRELUDE:
        return apply_sig(el, prelude_sig(PRELUDE[full]), args, ctx, span, obj, expected)
    if full in UNSUPPORTED_NAMES:
        raise Unsupported(full, span, reason=UNSUPPORTED_NAMES[full])
    if el.env is not None and el.env.kind(full) == "definition":
        return apply_sig(el, el.env.signature(full), args, ctx, span, obj, expected)
    raise Unsupported(f"{full}", span, reason="not in the prelude and not defined in the specs")
