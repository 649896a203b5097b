"""Declarations to core: theorem → ``Law``, def → signature and ``DefInfo``, structure →
``StructInfo``.

Why separate from term elaboration: declarations decide what is *bound* (theorem binders are
the law's variables, Prop-typed binders and leading premises its hypotheses, ``[Add α]`` its
instance constraints; a def's parameters and its pattern-matching equations), while terms only
use what is bound.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import TypeMismatch, Unsupported
from jepa_formal.mirror.core.terms import (
    DefCall,
    DefInfo,
    Equation,
    Expr,
    Law,
    StructInfo,
    TArray,
    TFun,
    TList,
    TNNReal,
    TProp,
    TSort,
    TVar,
    Ty,
    Var,
    subterms,
    type_parts,
)
from jepa_formal.mirror.core.unify import TMeta, metas_of, show_ty
from jepa_formal.mirror.elaborate.apps import Sig, builtin_shadowed, def_sig
from jepa_formal.mirror.elaborate.context import Ctx
from jepa_formal.mirror.elaborate.elaborator import (
    FUNCTION_PROPERTIES,
    Elaborator,
    function_property,
)
from jepa_formal.mirror.elaborate.instances import instance_fact, read_instance
from jepa_formal.mirror.elaborate.patterns import pattern
from jepa_formal.mirror.elaborate.read_types import BASE_TYPES, NotAType, subtype_parts
from jepa_formal.mirror.elaborate.setbuilder import substitute
from jepa_formal.reader import syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env


def _text(term: syntax.Term | None) -> str:
    if term is None:
        return ""
    try:
        from jepa_formal.reader import print_term  # type: ignore[attr-defined]

        return str(print_term(term))
    except Exception:  # the printer is optional here: fall back to a readable repr
        return type(term).__name__


class _Binding:
    """Accumulates the binders of a declaration in order (auto-bound ones included)."""

    def __init__(self, el: Elaborator) -> None:
        self.el = el
        self.ctx: Ctx = {}
        self.vars: list[Var] = []
        self.kinds: list[tuple[Var, bool, syntax.Term | None, str]] = []
        self.hyps: list[tuple[str, Expr]] = []
        self.instances: list[str] = []
        self.untyped: list[tuple[str, Var, Any]] = []  # a def's binders typed from use

    def flush_auto(self) -> None:
        assert self.el.auto_bound is not None
        for v in self.el.auto_bound:
            self.el.used.add(v.name)
            self.vars.append(v)
            self.kinds.append((v, False, None, v.name))
        self.el.auto_bound.clear()

    def binder(self, b: syntax.Binder, allow_hyps: bool) -> None:
        el = self.el
        if b.kind == syntax.BinderKind.INSTANCE:
            self.instances.append(_text(b.type))
            self.el.note_instance(b.type, self.ctx)
            if allow_hyps:  # a theorem's instance binder is an assumption (or refused)
                self.instance(b)
            fact = instance_fact(b, self.ctx)
            if fact is not None:
                self.el.instance_facts.add(fact)
            return
        if b.pattern is not None or not b.names:
            raise Unsupported("pattern binder", b.span)
        if b.type is None and allow_hyps:  # ∀ x, … in a statement: Lean infers the type
            for n in b.names:
                var = el.fresh_var(n, el.s.fresh_ty(n))
                self.ctx[n] = var
                self.vars.append(var)
                self.kinds.append((var, True, None, n))
            return
        if b.type is None:  # `def f (n) := n + 1`: the type comes from the body's uses
            for n in b.names:
                var = el.fresh_var(n, el.s.fresh_ty(n))
                self.ctx[n] = var
                self.vars.append(var)
                self.kinds.append((var, b.kind == syntax.BinderKind.EXPLICIT, None, n))
                self.untyped.append((n, var, b.span))
            return
        parts = subtype_parts(el, b.type, self.ctx) if allow_hyps else None
        try:
            ty = el.elab_type(b.type, self.ctx)
        except NotAType:
            if not allow_hyps:
                raise
            self.flush_auto()
            prop = el.as_prop(el.elab(b.type, TProp(), self.ctx), b.span)
            for n in b.names:
                self.hyps.append((n, prop))
            return
        self.flush_auto()
        explicit = b.kind == syntax.BinderKind.EXPLICIT
        for n in b.names:
            if isinstance(ty, TSort):
                var = Var(el.fresh_name(n), TSort())
                self.ctx[n] = TVar(var.name)
            elif isinstance(ty, TProp):
                raise Unsupported(f"binder {n} : Prop", b.span,
                                  reason="quantifying over propositions is not modelled")
            else:
                var = el.fresh_var(n, ty)
                self.ctx[n] = var
            self.vars.append(var)
            self.kinds.append((var, explicit, b.default, n))
            if parts is not None and isinstance(var, Var):
                self.subtype_hypothesis(n, var, parts, b.span)
            if allow_hyps and isinstance(var, Var) and _mentions_nnreal(ty):
                self.nnreal_hypothesis(n, ty, b.span)

    def nnreal_hypothesis(self, n: str, ty: Ty, span: Any) -> None:
        """A value of ``ℝ≥0`` is a real ``≥ 0``: the binder's values are reals, and this is the
        hypothesis that keeps them in ℝ≥0 (``x``, ``f i`` of ``f : α → ℝ≥0``, ``a ∈ xs``)."""
        from jepa_formal.reader import parse_term

        if isinstance(ty, TNNReal):
            text = f"0 ≤ {n}"
        elif isinstance(ty, TFun) and isinstance(ty.cod, TNNReal):
            text = f"∀ «i✝», 0 ≤ {n} «i✝»"
        elif isinstance(ty, (TList, TArray)) and isinstance(ty.elem, TNNReal):
            text = f"∀ «a✝» ∈ {n}, 0 ≤ «a✝»"
        else:
            raise Unsupported(f"ℝ≥0 inside the type of {n}", span,
                              reason="only ℝ≥0, α → ℝ≥0 and List ℝ≥0 binders are modelled")
        prop = self.el.as_prop(self.el.elab(parse_term(text), TProp(), self.ctx), span)
        self.hyps.append((f"{n}.nonneg", prop))

    def subtype_hypothesis(self, n: str, var: Var, parts: tuple[str, Any, Any, Any],
                           span: Any) -> None:
        """``(x : {y : T // p y})``: ``x`` ranges over T and ``p x`` is a hypothesis."""
        el = self.el
        bound, pred, pctx, pdecl = parts
        inner = dict(pctx)
        inner[bound] = var
        saved = el.decl, el.auto_bound
        el.decl, el.auto_bound = pdecl, None
        try:
            prop = el.as_prop(el.elab(pred, TProp(), inner), span)
        finally:
            el.decl, el.auto_bound = saved
        self.hyps.append((f"{n}.property", prop))


    def instance(self, b: syntax.Binder) -> None:
        reading = read_instance(self.el, b, self.ctx)
        self.flush_auto()
        for h in reading.hypotheses:
            name = b.names[0] if b.names else f"inst✝{len(self.hyps) + 1}"
            self.hyps.append((name, h))


_HARMLESS_CLASSES = frozenset({"Repr", "ToString", "Hashable", "Nonempty", "Fact", "NeZero",
                               "ToFormat", "Subsingleton"})
"""Classes whose instance changes no value a law computes."""

_LIBRARY_TYPES = frozenset({*BASE_TYPES, "List", "Array", "Option", "Finset", "Fin", "Prod"})


def refuse_library_instances(thm: syntax.Theorem, env: Env) -> None:
    """Raise ``Unsupported`` when the specs declare, before ``thm``, an instance of a library
    class on a library type (``instance : Add ℕ := ⟨(· * ·)⟩``, ``instance : Inhabited ℕ :=
    ⟨5⟩``): Lean tries the newest instance first, so it overrides Lean's own, which is the
    only one the mirror knows (a red team found ``(2 : ℕ) + 3 = 5`` proved under such an
    ``Add ℕ``)."""
    here = thm.span
    for d, what in _library_instances(env):
        there = d.span
        if here is not None and there is not None and here.path == there.path \
                and (there.line, there.column) > (here.line, here.column):
            continue
        raise Unsupported(f"instance {what} declared in the specs", d.span,
                          reason="it overrides Lean's own instance of a library type (the "
                          "newest is tried first); not modelled")


def _library_instances(env: Env) -> list[tuple[syntax.Decl, str]]:
    """The instances of the specs that override a library type's own (``Add ℕ``), with what
    they are an instance of; read once per environment (every theorem asks)."""
    cached = env.derived.get("library instances")
    if cached is not None:
        return cached
    found: list[tuple[syntax.Decl, str]] = []
    for d in _instances(env):
        assert isinstance(d.type, syntax.App)
        head = d.type.fn.name.rsplit(".", 1)[-1] if isinstance(d.type.fn, syntax.Ident) else ""
        if head in _HARMLESS_CLASSES:
            continue
        cores = [a.fn if isinstance(a, syntax.App) else a for a in d.type.args]
        types = [c for c in cores if not isinstance(c, syntax.NatLit)]  # `OfNat ℤ 7`
        if types and all(_library_type(env, c, d) for c in types):
            found.append((d, " ".join([head, *(getattr(c, "name", "?") for c in types)])))
    env.derived["library instances"] = found
    return found


def _instances(env: Env) -> list[syntax.Instance | syntax.Definition]:
    """The instances the specs declare: ``instance``, ``@[instance] def``, and a definition
    made one by ``attribute [instance] d``; each with a class application as its type."""
    out: list[Any] = []
    named: set[str] = set()
    for d in env.decls.values():
        if isinstance(d, syntax.OtherDecl) and d.kind == "attribute" and d.text:
            body = d.text.split("]", 1)[-1]
            named |= {w.strip() for w in body.split()}
    for d in env.decls.values():
        is_instance = isinstance(d, syntax.Instance) or (
            isinstance(d, syntax.Definition) and ("instance" in d.attributes
                                                  or d.short_name in named or d.name in named))
        if is_instance and isinstance(getattr(d, "type", None), syntax.App):
            out.append(d)
    return out


def _library_type(env: Env, t: syntax.Term, decl: syntax.Decl) -> bool:
    """``t`` names a library type (``ℕ``, ``List``…), directly or through an ``abbrev``/``def``
    of the specs that is one (Lean indexes the instance under the type it unfolds to)."""
    for _ in range(8):
        if not isinstance(t, syntax.Ident):
            return False
        full = env.resolve(t.name, decl)
        if full is None:
            return t.name in _LIBRARY_TYPES
        alias = env.decls.get(full)
        if not isinstance(alias, syntax.Definition) or alias.body is None \
                or env.kind(full) != "alias":
            return False
        t = alias.body.fn if isinstance(alias.body, syntax.App) else alias.body
    return False


def theorem_law(thm: syntax.Theorem, env: Env) -> Law:
    """The law of a theorem: ``∀ binders, hypotheses → conclusion``."""
    refuse_library_instances(thm, env)
    el = Elaborator(env, thm, auto_bound=True)
    bnd = _Binding(el)
    for b in thm.all_binders:
        bnd.binder(b, allow_hyps=True)
    stmt = thm.statement
    while True:
        if isinstance(stmt, syntax.Quant) and stmt.kind == "∀" and stmt.bound is None:
            for b in stmt.binders:
                bnd.binder(b, allow_hyps=True)
            stmt = stmt.body
            continue
        if isinstance(stmt, syntax.Quant) and stmt.kind == "∀" and stmt.bound is not None \
                and stmt.bound[0] in (">", "≥", "≠"):
            # `∀ n ≥ 1, P n` is `∀ n, n ≥ 1 → P n`: the binders are the law's, the bound a
            # hypothesis (no finite range to quantify over, unlike `∀ i < n`)
            rel, limit = stmt.bound
            body = stmt.body
            for b in reversed(stmt.binders):
                for n in reversed(b.names):
                    cond = syntax.BinOp(rel, syntax.Ident(n, span=stmt.span), limit,
                                        span=stmt.span)
                    body = syntax.BinOp("→", cond, body, span=stmt.span)
            stmt = syntax.Quant("∀", stmt.binders, body, span=stmt.span)
            continue
        if isinstance(stmt, syntax.App) and isinstance(stmt.fn, syntax.Ident) \
                and FUNCTION_PROPERTIES.get(stmt.fn.name) == len(stmt.args) \
                and stmt.fn.name != "Function.Bijective" \
                and not builtin_shadowed(el, stmt.fn.name, stmt.span):
            # `Function.Injective f` as the statement: its ∀ binders are the law's (as for a
            # written `∀ a₁ a₂, f a₁ = f a₂ → a₁ = a₂`), so they may range over ℕ
            stmt = function_property(stmt.fn.name, stmt.args, stmt.span)
            continue
        if isinstance(stmt, syntax.BinOp) and stmt.op == "→":
            saved = el.auto_bound
            el.auto_bound = None
            try:
                el.elab_type(stmt.lhs, dict(bnd.ctx))
                is_type = True
            except (NotAType, Unsupported):
                is_type = False
            finally:
                el.auto_bound = saved
            if is_type:
                raise Unsupported("anonymous ∀ binder (a type before →)", stmt.span)
            prop = el.as_prop(el.elab(stmt.lhs, TProp(), bnd.ctx), stmt.span)
            bnd.hyps.append((f"_h{len(bnd.hyps) + 1}", prop))
            stmt = stmt.rhs
            continue
        break
    bnd.flush_auto()
    conclusion = el.as_prop(el.elab(stmt, TProp(), bnd.ctx), thm.span)
    bnd.flush_auto()  # auto-bound names met in the conclusion (`(x : β)`) are binders too
    el.check_auto_bound()
    sorts = _auto_sorts(el, bnd.vars) if el.auto_implicit() else []
    binders = tuple(sorts) + tuple(Var(v.name, el.s.final_ty(v.ty)) for v in bnd.vars)
    hyps = tuple((n, el.finish(h)) for n, h in bnd.hyps)
    law = Law(
        name=thm.name,
        binders=binders,
        hypotheses=hyps,
        conclusion=el.finish(conclusion),
        instance_constraints=tuple(bnd.instances),
        span=thm.span,
    )
    if env is not None:
        require_definitions(law, env)
    return law


def _auto_sorts(el: Elaborator, bound: list[Var]) -> list[Var]:
    """Type variables for the element types no use determined (``l : List ?``): Lean binds
    them automatically too (``{α : Sort u}``), so the law is claimed for every type."""
    out: list[Var] = []
    for v in bound:
        for m in metas_of(el.s.ty(v.ty)):
            m = el.s.ty(m)
            if not isinstance(m, TMeta) or m.id in el.s.numeral:
                continue
            tv = Var(el.fresh_name("α"), TSort())
            el.s.unify(m, TVar(tv.name))
            out.append(tv)
    return out


def require_definitions(node: Any, env: Env, seen: set[str] | None = None) -> None:
    """Elaborate every definition ``node`` uses, transitively, so that a law over an
    unmodelled definition is reported unsupported up front (with the definition's reason)."""
    seen = set() if seen is None else seen
    stack = [node]
    while stack:
        e = stack.pop()
        for sub in subterms(e):
            if isinstance(sub, DefCall) and sub.name not in seen:
                seen.add(sub.name)
                stack.append(env.definition(sub.name))


# --------------------------------------------------------------------------------------------
# Definitions
# --------------------------------------------------------------------------------------------


class DefParts:
    """A definition's elaborated signature, kept to elaborate its body later."""

    def __init__(self, defn: syntax.Definition, params: tuple[tuple[Var, bool, Any, str], ...],
                 result: Ty | None, extra: tuple[Var, ...], ctx: Ctx, used: set[str],
                 classes: dict[str, set[str]] | None = None) -> None:
        self.classes = classes or {}
        self.defn = defn
        self.params = params
        self.result = result
        self.extra = extra  # parameters introduced by the arrows of a pattern-matching def
        self.ctx = ctx
        self.used = used

    def sig(self) -> Sig:
        if self.result is None:
            raise Unsupported(f"definition {self.defn.name} without a result type", self.defn.span)
        extra = tuple((v, True, None, v.name) for v in self.extra)
        return def_sig(self.defn.name, self.params + extra, self.result, self.defn)


def with_fixed_section_variables(defn: syntax.Definition) -> syntax.Definition:
    """``defn`` with its own recursive calls given back the explicit section variables it
    uses. Lean fixes those variables while elaborating the body: after ``variable (c : ℤ)``,
    ``def addAll : List ℤ → ℤ | x :: rest => x + c + addAll rest`` calls ``addAll rest``
    (``addAll c rest`` is an error there), while outside the body ``addAll`` takes ``c``
    first. The body is read against the outside signature, so its calls become
    ``addAll c rest``."""
    explicit = [n for b in defn.section_binders if b.kind is syntax.BinderKind.EXPLICIT
                for n in b.names]
    if not explicit:
        return defn
    applied = syntax.App(syntax.Ident(defn.name, span=defn.span),
                         tuple(syntax.Ident(n, span=defn.span) for n in explicit),
                         span=defn.span)

    def fixed(term: Any) -> Any:
        # the full name first: its replacement holds the full name, which the short name's
        # pass then leaves alone (the other order would apply it twice)
        for name in dict.fromkeys((defn.name, defn.short_name)):
            term = substitute(term, name, applied, fields=False)  # `addAll.helper` is not ours
        return _flatten_calls(term, applied)

    return dataclasses.replace(
        defn, body=fixed(defn.body) if defn.body is not None else None,
        equations=tuple(dataclasses.replace(alt, rhs=fixed(alt.rhs))
                        for alt in defn.equations))


def _flatten_calls(term: Any, applied: syntax.App) -> Any:
    """``(f c) rest`` as ``f c rest`` where ``f c`` is ``applied``: one application of the
    definition to all its arguments, as the elaborator reads a call of a definition."""
    if isinstance(term, tuple):
        return tuple(_flatten_calls(t, applied) for t in term)
    term = syntax.map_fields(term, lambda child: _flatten_calls(child, applied))
    if isinstance(term, syntax.App) and term.fn == applied:
        return syntax.App(applied.fn, (*applied.args, *term.args), span=term.span)
    return term


def definition_parts(defn: syntax.Definition, env: Env) -> DefParts:
    """Elaborate a definition's binders and result type (and keep the definition with its
    recursive calls given the fixed section variables, ``with_fixed_section_variables``)."""
    defn = with_fixed_section_variables(defn)
    el = Elaborator(env, defn, auto_bound=True)
    bnd = _Binding(el)
    for b in defn.all_binders:
        bnd.binder(b, allow_hyps=False)
    result = el.elab_type(defn.type, bnd.ctx) if defn.type is not None else None
    bnd.flush_auto()
    el.check_auto_bound()
    extra: list[Var] = []
    if defn.equations and result is not None:
        k = len(defn.equations[0].patterns)
        for i in range(k):
            if not isinstance(result, TFun):
                raise Unsupported(f"{defn.name}: {k} patterns but fewer arrows in its type",
                                  defn.span)
            extra.append(el.fresh_var(f"a✝{i + 1}", result.dom))
            result = result.cod
    if (result is None or bnd.untyped) and defn.body is not None:
        el.auto_bound = None  # a body binds nothing automatically
        body = el.elab(defn.body, result, dict(bnd.ctx))
        if result is not None:
            el.coerce(body, result, defn.span)
        result = body.ty
    for n, var, span in bnd.untyped:
        try:
            el.s.final_ty(var.ty)
        except TypeMismatch as err:
            why = ("its type is not determined by its uses in the body (Lean: failed to infer "
                   "binder type)") if defn.body is not None else (
                   "a definition by equations needs its binders' types written out")
            raise Unsupported(f"binder {n} without a type", span, reason=why) from err
    params = tuple((Var(v.name, el.s.final_ty(v.ty)), e, d, n) for v, e, d, n in bnd.kinds)
    ctx = {k: Var(v.name, el.s.final_ty(v.ty)) if isinstance(v, Var) else v
           for k, v in bnd.ctx.items()}
    return DefParts(defn, params, result and el.s.final_ty(result), tuple(extra), ctx,
                    set(el.used), el.classes)


def definition_info(parts: DefParts, env: Env) -> DefInfo:
    """Elaborate the body (or equations) of a definition into a ``DefInfo``."""
    defn = parts.defn  # its recursive calls given the fixed section variables (``parts``)
    el = Elaborator(env, defn, current_def=defn.name)
    el.used = set(parts.used)
    el.classes = {k: set(v) for k, v in parts.classes.items()}
    params = tuple(v for v, *_ in parts.params) + parts.extra
    result = parts.result
    assert result is not None
    if defn.body is not None or defn.where_fields:
        body_term = defn.body if defn.body is not None else syntax.StructInst(defn.where_fields)
        body = el.coerce(el.elab(body_term, result, dict(parts.ctx)), result, defn.span)
        body = el.finish(body)
        return DefInfo(defn.name, params, result, body=body, recursive=el.mentions_self,
                       span=defn.span)
    if not defn.equations:
        raise Unsupported(f"definition {defn.name} without a body", defn.span)
    k = len(parts.extra)
    equations = []
    for alt in defn.equations:
        if len(alt.patterns) != k:
            raise Unsupported(f"{defn.name}: equations with different pattern counts", alt.span)
        ctx = dict(parts.ctx)
        pvars: list[Var] = []
        pats = tuple(pattern(el, p, v.ty, ctx, pvars) for p, v in zip(alt.patterns, parts.extra,
                                                                          strict=True))
        rhs = el.coerce(el.elab(alt.rhs, result, ctx), result, alt.span)
        equations.append(Equation(tuple(pvars), tuple(el.finish(p) for p in pats),
                                  el.finish(rhs)))
    pvar_fix = [Equation(tuple(Var(v.name, el.s.final_ty(v.ty)) for v in eq.pvars),
                         eq.patterns, eq.rhs) for eq in equations]
    return DefInfo(defn.name, params, result, equations=tuple(pvar_fix),
                   recursive=el.mentions_self, span=defn.span)




# --------------------------------------------------------------------------------------------
# Structures
# --------------------------------------------------------------------------------------------


def structure_info(st: syntax.Structure, env: Env) -> StructInfo:
    """Parameters, fields (types over the parameters) and default values of a structure."""
    el = Elaborator(env, st, auto_bound=True)
    bnd = _Binding(el)
    for b in st.all_binders:
        bnd.binder(b, allow_hyps=False)
    bnd.flush_auto()
    if bnd.untyped:
        n, _, span = bnd.untyped[0]
        raise Unsupported(f"structure parameter {n} without a type", span,
                          reason="the mirror infers binder types of definitions only")
    params = tuple(bnd.vars)
    fields: list[tuple[str, Ty]] = []
    defaults: list[tuple[str, Expr]] = []
    ctx = dict(bnd.ctx)
    for parent in st.extends:  # `extends Base`: Base's fields first, flattened (as Lean does)
        full = env.resolve(parent.name, st) if isinstance(parent, syntax.Ident) else None
        if full is None or env.kind(full) != "structure":
            raise Unsupported(f"structure {st.name} extends {_text(parent)}", st.span,
                              reason="only a parent structure without parameters is modelled")
        base = env.structure(full)
        if base.params:
            raise Unsupported(f"structure {st.name} extends {_text(parent)}", st.span,
                              reason="a parent structure with parameters is not modelled")
        for fname, fty in base.fields:
            if fname in dict(fields):
                raise Unsupported(f"structure {st.name}: field {fname} inherited twice", st.span)
            fields.append((fname, fty))
            ctx[fname] = Var(fname, fty)
        defaults.extend(base.defaults)
    for f in st.fields:
        if f.binders:
            raise Unsupported(f"structure field {f.name} with binders", f.span)
        if f.type is None:  # `u := ()`: a new default for an inherited field, or a new field
            inherited = dict(fields).get(f.name)
            assert f.default is not None
            if inherited is not None:
                value = el.finish(el.coerce(el.elab(f.default, inherited, ctx), inherited))
                defaults = [(n, d) for n, d in defaults if n != f.name] + [(f.name, value)]
                continue
            value = el.finish(el.elab(f.default, None, ctx))
            fty = el.s.final_ty(value.ty)
            fields.append((f.name, fty))
            defaults.append((f.name, value))
            ctx[f.name] = Var(f.name, fty)
            continue
        try:
            fty = el.elab_type(f.type, ctx)
        except NotAType as err:
            raise Unsupported(f"structure field {f.name} : a proposition", f.span,
                              reason="proof fields are not modelled") from err
        if isinstance(fty, (TSort, TProp)):
            raise Unsupported(f"structure field {f.name} : {show_ty(fty)}", f.span)
        fty = el.s.final_ty(fty)
        fields.append((f.name, fty))
        var = Var(f.name, fty)
        if f.default is not None:
            defaults.append((f.name, el.finish(el.coerce(el.elab(f.default, fty, ctx), fty))))
        ctx[f.name] = var
    return StructInfo(st.name, params, tuple(fields), tuple(defaults), span=st.span)


__all__ = ["DefParts", "TypeMismatch", "definition_info", "definition_parts", "pattern",
           "structure_info", "theorem_law"]


def _mentions_nnreal(ty: Ty) -> bool:
    return any(isinstance(t, TNNReal) for t in type_parts_deep(ty))


def type_parts_deep(ty: Ty) -> list[Ty]:
    """``ty`` and every type inside it."""
    out = [ty]
    for part in type_parts(ty):
        out.extend(type_parts_deep(part))
    return out
