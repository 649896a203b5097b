"""The elaborator: the reader's AST (Lean syntax) to the typed core language.

Why: Lean syntax is overloaded (``a / b`` depends on the type, ``xs.map`` on the receiver, a
numeral takes the type its position asks for); both meanings of the mirror work on the typed
core instead. This is a small bidirectional type inference: ``elab(term, expected, ctx)``
elaborates with an expected type when one is known; arithmetic trees follow Lean's
``binop%`` rule (elaborate the leaves, find the largest number type among them and the
expected type, insert ``↑`` casts); implicit arguments are metavariables solved by
unification (``mirror/core/unify.py``, ``apps.py``); types are read by ``read_types.py``.

Anything without a meaning raises ``Unsupported(construct, span)``; ``UNSUPPORTED_SYNTAX``
lists the AST nodes that are never elaborated and why.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar

from jepa_formal.errors import TypeMismatch, UnknownName, Unsupported
from jepa_formal.mirror.core.classes import is_known, provides
from jepa_formal.mirror.core.floats import lean_float
from jepa_formal.mirror.core.terms import (
    ORDER_RELATIONS,
    RELATION_TABLE,
    BigOp,
    Call,
    Expr,
    Ite,
    Lam,
    Let,
    Lit,
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
    TProp,
    TRat,
    TReal,
    TSort,
    TString,
    TStruct,
    TVar,
    Ty,
    TypeArg,
    Var,
    children,
    map_children,
)
from jepa_formal.mirror.core.unify import Subst, TMeta, show_ty
from jepa_formal.mirror.core.walker import Walker
from jepa_formal.mirror.elaborate import apps, binders, data, read_types
from jepa_formal.mirror.elaborate.apps import (
    Sig,
    apply_sig,
    apply_value,
    cod_after,
    ctor_sig,
    method,
    resolve_global,
)
from jepa_formal.mirror.elaborate.binders import destructure, finset_bigop
from jepa_formal.mirror.elaborate.context import Ctx
from jepa_formal.mirror.elaborate.data import elab_index, mk_struct
from jepa_formal.mirror.elaborate.modeq import mod_clause
from jepa_formal.mirror.elaborate.names import VARIABLE_NAME, refuse_unparsed_name
from jepa_formal.mirror.elaborate.read_types import BASE_TYPES
from jepa_formal.mirror.elaborate.setbuilder import (
    rewrite_mem,
    rewrite_subset,
    set_builder_parts,
)
from jepa_formal.mirror.elaborate.setlit import (
    elab_empty,
    elab_set_literal,
    rewrite_literal_mem,
)
from jepa_formal.mirror.elaborate.synth import check_instances
from jepa_formal.reader import syntax
from jepa_formal.reader.opens import open_spec
from jepa_formal.reader.scopes import mentioned_names

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

UNSUPPORTED_SYNTAX: dict[type[syntax.Term], str] = {
    syntax.Tactic: "a proof (by …) has no value to compute",
    syntax.CharLit: "a character literal: the type Char is not modelled",
    syntax.Hole: "a placeholder _ must be filled by Lean's elaborator, which the mirror is not",
    syntax.CDot: "only meaningful inside (· …), handled there",
    syntax.NamedArg: "only meaningful as an argument, handled by application",
    syntax.EllipsisArg: "`..` stands for placeholders `_` that Lean's elaborator fills (in a "
                        "pattern they are wildcards, handled there)",
}
"""AST term types that are never elaborated on their own, with the reason."""

_ARITH = {"+": "add", "-": "sub", "*": "mul", "/": "div", "%": "mod"}
_REL = {r.symbol: op for op, r in RELATION_TABLE.items()}
_LOGIC = {"∧": "and", "∨": "or", "↔": "iff", "→": "implies"}
_BOOL = {"&&": "band", "||": "bor"}
_AUTO_NAME = VARIABLE_NAME
_NOT_AUTO = frozenset({"π"})
"""Single letters that are library notation in common files (``π`` under ``open Real``)."""

_LIBRARY_OPS = {
    "<+": "List.Sublist", "<+:": "List.IsPrefix", "<:+": "List.IsSuffix",
    "<:+:": "List.IsInfix", "~": "List.Perm", "<+~": "List.Subperm",
    "⊆": "List.Subset", "∪": "List.union",
    "∩": "List.inter", "<<<": "Nat.shiftLeft", ">>>": "Nat.shiftRight", "&&&": "Nat.land",
    "|||": "Nat.lor", "^^^": "Nat.xor",
}
"""Notations of the List/Nat lemma files, read as the library function they stand for (on
lists and naturals; at other types the function's signature refuses them)."""
_T = TypeVar("_T")
_TOWER = {TNat: 0, TInt: 1, TRat: 2, TNNReal: 2.5, TReal: 3}


def _rank(ty: Ty) -> float | None:
    return _TOWER.get(type(ty))


ROUNDING = ("Int.floor", "Int.ceil", "Nat.floor", "Nat.ceil")
"""Mathlib's ``⌊x⌋``, ``⌈x⌉``, ``⌊x⌋₊``, ``⌈x⌉₊`` (the reader reads them as these names)."""


def _is_empty(t: syntax.Term) -> bool:
    """``∅`` (or ``{}``): its type comes from the other side (``s ∩ t = ∅``), so it is read
    last."""
    return (isinstance(t, syntax.Ident) and t.name == syntax.EMPTY) or (
        isinstance(t, syntax.StructInst) and not t.fields and t.base is None
        and t.type is None and not t.ellipsis)


def span_of(t: Any) -> Any:
    return getattr(t, "span", None)


FUNCTION_PROPERTIES = {"Function.Injective": 1, "Function.Surjective": 1,
                       "Function.Bijective": 1, "Function.LeftInverse": 2,
                       "Function.RightInverse": 2}
"""Mathlib's properties of functions, by their number of explicit arguments."""


def function_property(name: str, args: tuple[syntax.Term, ...], span: Any) -> syntax.Term:
    """The statement Mathlib defines ``name`` to be, as syntax: ``Injective f`` is ``∀ a₁ a₂,
    f a₁ = f a₂ → a₁ = a₂``, ``Surjective f`` is ``∀ b, ∃ a, f a = b``, ``Bijective`` both,
    ``LeftInverse g f`` is ``∀ x, g (f x) = x`` and ``RightInverse g f`` is ``LeftInverse f g``.
    The quantifiers are then read as any other (finite domains enumerated, ℕ refused)."""
    def ident(n: str) -> syntax.Ident:
        return syntax.Ident(n, span=span)

    def app(f: syntax.Term, *xs: syntax.Term) -> syntax.App:
        return syntax.App(f, xs, span=span)

    def forall(names: tuple[str, ...], body: syntax.Term, kind: str = "∀") -> syntax.Quant:
        return syntax.Quant(kind, tuple(syntax.Binder((n,)) for n in names), body, span=span)

    taken = mentioned_names(args)  # names the arguments use stay theirs (no capture)

    def fresh(base: str) -> str:
        name = base
        while name in taken:
            name += "'"
        taken.add(name)
        return name

    a, b, x = (fresh("a₁"), fresh("a₂"), fresh("x")) if name != "Function.Surjective" \
        else (fresh("a"), fresh("b"), "")
    if name == "Function.Injective":
        (f,) = args
        same = syntax.BinOp("=", app(f, ident(a)), app(f, ident(b)), span=span)
        return forall((a, b), syntax.BinOp("→", same, syntax.BinOp("=", ident(a), ident(b),
                                                                    span=span), span=span))
    if name == "Function.Surjective":
        (f,) = args
        hit = syntax.BinOp("=", app(f, ident(a)), ident(b), span=span)
        return forall((b,), forall((a,), hit, "∃"))
    if name == "Function.Bijective":
        return syntax.BinOp("∧", function_property("Function.Injective", args, span),
                            function_property("Function.Surjective", args, span), span=span)
    g, f = args if name == "Function.LeftInverse" else args[::-1]
    return forall((x,), syntax.BinOp("=", app(g, app(f, ident(x))), ident(x), span=span))


BUILTIN_NAMES: frozenset[str] = frozenset({
    *FUNCTION_PROPERTIES,
    "true", "false", "Bool.true", "Bool.false", "True", "False", "max", "min", "Max.max",
    "Min.min", syntax.INSERT, syntax.SINGLETON, syntax.EMPTY, "norm", "setOf", "Set.setOf",
    "abs", "id", "decide", "Finset.sum", "Finset.prod", "Function.comp", "Nat.cast",
    "Int.cast", "Rat.cast", "List.get", "Array.get", "List.getElem", *ROUNDING, syntax.CARD,
})
"""The names ``Elaborator._special`` gives their library meaning. A user's declaration of the
same name in scope comes first, as in Lean: ``def max`` inside ``namespace Foo`` is what ``max``
means there (``apps.builtin_shadowed``)."""


class Elaborator(Walker):
    """One elaboration (of a theorem statement, a definition, or a test term).

    Its handlers are its own ``e_<Node>`` methods (literals, names, operators, control) and
    those its parts register (``PARTS``: ``apps``, ``binders``, ``data``); the parts, and
    ``read_types`` for types, are functions taking the elaborator as their first argument and
    use only what this class declares."""

    HANDLER_PREFIX = "e_"
    PARTS = (apps.HANDLERS, binders.HANDLERS, data.HANDLERS)

    def __init__(self, env: Env, decl: syntax.Decl | None = None, *, auto_bound: bool = False,
                 current_def: str | None = None) -> None:
        self.env = env
        self.decl = decl
        self.s = Subst()
        self.used: set[str] = set()
        self.auto_bound: list[Var] | None = [] if auto_bound else None
        self.current_def = current_def
        self.mentions_self = False
        # (class, type variable) facts of the instance binders in scope: ("BEq", "α")…
        self.instance_facts: set[tuple[str, str]] = set()
        # auto-bound implicits of a signature by written name (one variable per name)
        self.auto_vars: dict[str, Var] = {}
        self.auto_spans: dict[str, Any] = {}

        self.classes: dict[str, set[str]] = {}  # type variable → its declared classes

    def note_instance(self, term: syntax.Term | None, ctx: Ctx) -> None:
        """Record an instance binder ``[AddCommMonoid α]`` on a type variable in scope, so
        that ``+``, numerals and ``≤`` at ``α`` elaborate when the class provides them."""
        head, args = term, ()
        if isinstance(term, syntax.App):
            head, args = term.fn, term.args
        if not isinstance(head, syntax.Ident) or len(args) != 1:
            return
        arg = args[0]
        tv = ctx.get(arg.name) if isinstance(arg, syntax.Ident) else None
        if isinstance(tv, TVar):
            self.classes.setdefault(tv.name, set()).add(head.name.rsplit(".", 1)[-1])

    # --- small helpers --------------------------------------------------------------------

    def fresh_name(self, base: str) -> str:
        base = base or "x"
        name, k = base, 0
        while name in self.used:
            k += 1
            name = f"{base}_{k}"
        self.used.add(name)
        return name

    def fresh_var(self, base: str, ty: Ty) -> Var:
        return Var(self.fresh_name(base), ty)

    def note_call(self, name: str) -> None:
        if name == self.current_def:
            self.mentions_self = True

    def finish(self, e: Expr) -> Expr:
        """Zonk (replace metavariables) and check the result is fully typed."""
        out = self.s.zonk(e)
        if self.env is not None:
            out = self._user_instances(out)
        _validate(out, self.classes)
        check_instances(out, self.instance_facts, self.env)
        return out

    def _user_instances(self, e: Expr) -> Expr:
        """``a + b`` at a structure with a user ``instance : Add V := ⟨f⟩``: ``f a b``."""
        e = map_children(e, self._user_instances)
        if isinstance(e, Prim) and e.op == "default" and not e.args:
            return self._user_default(e)
        if not (isinstance(e, Prim) and e.op in _INSTANCE_OPS and e.args):
            return e
        sty = e.args[0].ty
        if not isinstance(sty, TStruct):
            return e
        cls, field = _INSTANCE_OPS[e.op]
        found = self.env.instance_fn(sty.name, cls, field)
        if found is None:
            return e
        term, decl = found
        fty: Ty = TFun(sty, sty) if e.op == "neg" else TFun(sty, TFun(sty, sty))
        el = Elaborator(self.env, decl)
        fn = el.finish(el.coerce(el.elab(term, fty, {}), fty))
        return Call(fn, e.args, e.ty, span=e.span)

    def _user_default(self, e: Prim) -> Expr:
        """``default`` at a structure with a user ``instance : Inhabited V where default :=
        v`` (or ``⟨v⟩``): ``v``. A structure that also derives ``Inhabited`` keeps the
        mirror's ``default`` (which of the two instances Lean picks is not decided here)."""
        sty = e.ty
        if not isinstance(sty, TStruct) or self.env is None:
            return e
        decl = self.env.decls.get(sty.name)
        if isinstance(decl, syntax.Structure) and "Inhabited" in decl.deriving:
            return e
        found = self.env.instance_fn(sty.name, "Inhabited", "default")
        if found is None:
            return e
        term, inst = found
        el = Elaborator(self.env, inst)
        return el.finish(el.coerce(el.elab(term, sty, {}), sty))

    # --- coercions ------------------------------------------------------------------------

    def coerce(self, e: Expr, ty: Ty, span: Any = None) -> Expr:
        """``e`` at type ``ty``: unify, or insert the coercion Lean would (``↑n``, decide…)."""
        have, want = self.s.ty(e.ty), self.s.ty(ty)
        if have == want:
            return e
        if isinstance(have, TMeta) or isinstance(want, TMeta):
            self.s.unify(have, want, span)
            return e
        rh, rw = _rank(have), _rank(want)
        if rh is not None and rw is not None and rh < rw:
            return Prim("cast", (e,), want, span=span)
        if isinstance(have, TFin) and rw is not None:
            return Prim("cast", (e,), want, span=span)
        if isinstance(have, TBool) and isinstance(want, TProp):
            return Prim("eq", (e, Lit(True, TBool())), TProp(), span=span)
        if isinstance(have, TProp) and isinstance(want, TBool):
            return Prim("decide", (e,), TBool(), span=span)
        if isinstance(want, TVar) and isinstance(have, (TNat, TInt, TFin)):
            # `(n : α)`: Nat.cast (Int.cast from ℤ; a Fin goes through its value), which the
            # class binders of α must provide (checked in `_validate`)
            if isinstance(have, TFin):
                e = Prim("cast", (e,), TNat(), span=span)
            return Prim("cast", (e,), want, span=span)
        if isinstance(want, TVar) and isinstance(have, (TRat, TReal)):
            raise Unsupported(f"↑ ({'Rat' if isinstance(have, TRat) else 'Real'}.cast) into "
                              f"the type variable {want.name}", span,
                              reason="only casts of ℕ and ℤ into a type variable are modelled")
        self.s.unify(have, want, span)
        return e

    def as_prop(self, e: Expr, span: Any = None) -> Expr:
        return self.coerce(e, TProp(), span)

    # --- dispatch -------------------------------------------------------------------------

    def elab(self, term: syntax.Term, expected: Ty | None, ctx: Ctx) -> Expr:
        """The core expression of ``term`` (of type ``expected`` when it is given and no
        coercion is needed; callers ``coerce`` when they need the exact type)."""
        return self.dispatch(term, expected, ctx)

    def elab_type(self, term: syntax.Term, ctx: Ctx) -> Ty:
        """The core type ``term`` denotes (``read_types``; ``NotAType`` when it is a term)."""
        return read_types.elab_type(self, term, ctx)

    def no_handler(self, node: Any) -> Unsupported:
        if type(node) in UNSUPPORTED_SYNTAX:
            return Unsupported(type(node).__name__, span_of(node),
                               reason=UNSUPPORTED_SYNTAX[type(node)])
        return Unsupported(f"syntax {type(node).__name__}", span_of(node))

    # --- literals -------------------------------------------------------------------------

    def e_NatLit(self, t: syntax.NatLit, expected: Ty | None, ctx: Ctx) -> Expr:
        want = self.s.ty(expected) if expected is not None else None
        if want is None or isinstance(want, TMeta):
            ty: Ty = self.s.fresh_ty("numeral", numeral=True)
            if want is not None:
                self.s.unify(ty, want, t.span)
            return Lit(t.value, ty, span=t.span)
        if isinstance(want, (TNat, TInt, TRat, TReal, TFloat, TFin)):
            return Lit(t.value, want, span=t.span)
        if isinstance(want, TVar):
            return Lit(t.value, want, span=t.span)  # checked against its classes in finish
        if isinstance(want, TFun):  # Mathlib's Pi.instZero/instOne/instOfNat:
            x = self.fresh_var("i", want.dom)  # `(0 : Fin 2 → ℚ)` is `fun _ => 0`
            return Lam((x,), self.e_NatLit(t, want.cod, ctx), want, span=t.span)
        return Lit(t.value, TNat(), span=t.span)

    def e_DecimalLit(self, t: syntax.DecimalLit, expected: Ty | None, ctx: Ctx) -> Expr:
        want = self.s.ty(expected) if expected is not None else None
        if isinstance(want, (TReal, TRat)):
            return Lit(Fraction(t.text), want, span=t.span)
        if want is None or isinstance(want, (TMeta, TFloat)):
            if isinstance(want, TMeta):
                self.s.unify(want, TFloat(), t.span)
            return Lit(lean_float(Fraction(t.text)), TFloat(), span=t.span)
        raise TypeMismatch(f"decimal {t.text} at type {show_ty(want)}", t.span)

    def e_StrLit(self, t: syntax.StrLit, expected: Ty | None, ctx: Ctx) -> Expr:
        return Lit(t.value, TString(), span=t.span)

    def e_Sort(self, t: syntax.Sort, expected: Ty | None, ctx: Ctx) -> Expr:
        return TypeArg(self.elab_type(t, ctx), span=t.span)

    # --- names ----------------------------------------------------------------------------

    def e_Ident(self, t: syntax.Ident, expected: Ty | None, ctx: Ctx) -> Expr:
        return self.elab_app(t, (), expected, ctx, t.span)

    def elab_app(self, head: syntax.Term, args: tuple[syntax.Term, ...], expected: Ty | None,
                 ctx: Ctx, span: Any) -> Expr:
        """``head args`` for any head: names (local, dotted, global), projections, values."""
        if isinstance(head, syntax.Ident):
            return self._ident_app(head, args, expected, ctx, span)
        if isinstance(head, syntax.Proj):
            obj = self.elab(head.obj, None, ctx)
            return method(self, obj, head.field, args, ctx, span, expected)
        fn = self.elab(head, None, ctx)
        return apply_value(self, fn, args, ctx, span) if args else fn

    def _ident_app(self, t: syntax.Ident, args: tuple[syntax.Term, ...], expected: Ty | None,
                   ctx: Ctx, span: Any) -> Expr:
        name = t.name
        if name.startswith("."):
            return self._dot_ctor(name[1:], args, expected, ctx, span)
        parts = name.split(".")
        # 1. a local, possibly followed by fields: xs, xs.map, contract.targetIdxs, p.1
        for k in range(len(parts), 0, -1):
            head = ".".join(parts[:k])
            if head in ctx:
                local = ctx[head]
                if isinstance(local, Ty):
                    if k == len(parts) and not args:
                        return TypeArg(local, span=span)
                    raise Unsupported(f"type variable {head} used as a value", span)
                return self._fields(local, parts[k:], args, expected, ctx, span)
        if name in self.auto_vars:
            return self._fields(self.auto_vars[name], [], args, expected, ctx, span)
        # 2. special names with their own rules, unless a declaration in scope takes the name
        rooted = name.startswith("_root_.") and name[len("_root_."):] in BUILTIN_NAMES \
            and not apps.user_global_at_root(self, name[len("_root_."):])
        if rooted:  # `_root_.max`: the library's, whatever the namespace declares
            name = name[len("_root_."):]
        if rooted or name not in BUILTIN_NAMES or not apps.builtin_shadowed(self, name, span):
            special = self._special(name, args, expected, ctx, span)
            if special is not None:
                return special
        # 3. the longest prefix that is a global, then fields: Finset.univ.sum f
        for k in range(len(parts), 0, -1):
            head = ".".join(parts[:k])
            target = resolve_global(self, head, span)
            if target is None:
                continue
            if isinstance(target, str) and target.startswith("inductive:"):
                ind = target.split(":", 1)[1]
                self.env.inductive(ind)  # an inductive not modelled says why
                if len(parts) - k != 1:
                    raise Unsupported(f"{name}", span, reason=f"{ind} is an inductive type")
                raise Unsupported(f"{name}", span,
                                  reason=f"not a constructor of the inductive {ind}")
            if isinstance(target, str):  # a structure name: S.mk
                return self._struct_ctor(target.split(":", 1)[1], parts[k:], args, ctx, span)
            if k == len(parts):
                return apply_sig(self, target, args, ctx, span, expected=expected)
            value = apply_sig(self, target, (), ctx, span)
            return self._fields(value, parts[k:], args, expected, ctx, span)
        if name in BASE_TYPES or name in ("List", "Fin", "Array", "Option", "Finset"):
            if args or name in ("List", "Fin", "Array", "Option", "Finset"):
                node = syntax.App(t, args) if args else t
                return TypeArg(self.elab_type(node, ctx), span=span)
            return TypeArg(BASE_TYPES[name], span=span)
        refuse_unparsed_name(self.env, name, span)
        if self.may_auto_bind(name):
            return self._fields(self.auto_var(name, span), [], args, expected, ctx, span)
        if self.auto_bound is not None and self.auto_implicit() and "." not in name:
            # Lean would bind it automatically, unless a library constant the mirror does not
            # know has this name: neither is an error of the statement
            raise Unsupported(f"unknown name '{name}'", span,
                              reason="an auto-bound implicit in Lean, or a library constant "
                              "the mirror does not model")
        raise UnknownName(f"unknown name '{name}'", span,
                          reason="not a local, not in the prelude, not defined in the specs",
                          name=name)

    def may_auto_bind(self, name: str) -> bool:
        """Lean's auto-bound implicits: in a signature (``auto_bound`` is on), an unbound
        name becomes an implicit binder, unless ``set_option autoImplicit false``.

        Only names shaped like variables (``n``, ``l₁``, ``a'``, ``xs``) are bound: Lean binds
        any unresolvable atomic name, but a name it resolves to a library constant the mirror
        does not know (``Nodup`` under ``open List``) must stay unknown (unsupported), never
        become an arbitrary variable that refutes a true law."""
        return (self.auto_bound is not None and _AUTO_NAME.fullmatch(name) is not None
                and name not in _NOT_AUTO and self.auto_implicit())

    def auto_implicit(self) -> bool:
        if self.decl is None:
            return True
        return self.decl.option("autoImplicit", "true") != "false"

    def auto_var(self, name: str, span: Any = None) -> Var:
        """The auto-bound implicit ``name`` (its type is found by unification from its uses)."""
        var = self.auto_vars.get(name)
        if var is None:
            assert self.auto_bound is not None
            var = self.fresh_var(name, self.s.fresh_ty(name))
            self.auto_vars[name] = var
            self.auto_spans[name] = span
            self.auto_bound.append(var)
        return var

    def check_auto_bound(self) -> None:
        """An auto-bound implicit that turned out to be a function (``xs.map g`` with no ``g``)
        is almost always a typo or an unknown library function, not a variable the statement
        quantifies over: it is reported as the unknown name it is."""
        for name, var in self.auto_vars.items():
            if isinstance(self.s.ty(var.ty), TFun):
                raise UnknownName(f"unknown name '{name}'", self.auto_spans.get(name),
                                  reason="used as a function: not bound automatically",
                                  name=name)

    def _norm(self, arg: syntax.Term, ctx: Ctx, span: Any) -> Expr:
        """``‖x‖`` (Mathlib's ``norm``): ``|x|`` on ℝ, and on ``Fin d → ℝ`` the sup norm of
        the Pi type, ``max_i |x i|`` (``0`` when ``d = 0``)."""
        x = self.elab(arg, None, ctx)
        ty = self.s.ty(x.ty)
        real = TReal()
        if isinstance(ty, (TReal, TRat, TInt)):
            value = x if isinstance(ty, TReal) else Prim("cast", (x,), real, span=span)
            return Prim("abs", (value,), real, span=span)
        if isinstance(ty, TFun) and isinstance(self.s.ty(ty.dom), TFin) and isinstance(
                self.s.ty(ty.cod), TReal):
            dom = self.s.ty(ty.dom)
            i = self.fresh_var("i", dom)
            a, b = self.fresh_var("a", real), self.fresh_var("b", real)
            entries = Prim("List.map", (
                Lam((i,), Prim("abs", (Call(x, (i,), real),), real), TFun(dom, real)),
                Prim("List.finRange", (dom.n,), TList(dom))), TList(real))
            biggest = Lam((a, b), Prim("max", (a, b), real), TFun(real, TFun(real, real)))
            return Prim("List.foldr", (biggest, Lit(Fraction(0), real), entries), real,
                        span=span)
        raise Unsupported("‖·‖", span, reason=f"a norm on {show_ty(ty)} is not modelled "
                          "(only ℝ and Fin d → ℝ, Mathlib's sup norm)")

    def _set_builder(self, term: syntax.Term, expected: Ty | None, ctx: Ctx,
                     span: Any) -> Expr:
        """``{x ∈ s | p x}`` as ``s.filter p`` and ``{x : T | p x}`` as the finite set
        ``Finset.univ.filter p`` (Mathlib's ``Finset`` set-builder over a ``Fintype``); a
        ``Set`` of values is not modelled."""
        parts = set_builder_parts(term)
        if parts is None:
            raise Unsupported("setOf", span, reason="only {x | p} and {x ∈ s | p} are read")
        x, written, pred, base_term = parts
        want = self.s.ty(expected) if expected is not None else None
        if want is not None and not isinstance(want, (TFinset, TMeta)):
            raise Unsupported(f"set-builder {{{x} | …}} as a value of type {show_ty(want)}",
                              span, reason="modelled as a finite set (Finset) only; as a "
                              "Set only after ∈, after ⊆ and as a ∑ domain")
        if base_term is not None:
            base = self.elab(base_term, want, ctx)
            bty = self.s.ty(base.ty)
            if not isinstance(bty, TFinset):
                raise Unsupported(f"{{{x} ∈ s | …}} with s of type {show_ty(bty)}", span,
                                  reason="only a Finset s is modelled")
            elem = bty.elem
        else:
            if written is not None:
                elem = self.elab_type(written, ctx)
            elif isinstance(want, TFinset):
                elem = want.elem
            else:
                raise Unsupported(f"set-builder {{{x} | …}} without the type of {x}", span,
                                  reason="write {x : T | p} or ascribe (… : Finset T)")
            base = Prim("Finset.univ", (), TFinset(elem), span=span)
        var = self.fresh_var(x, elem)
        body = self.coerce(self.elab(pred, TBool(), {**ctx, x: var}), TBool(), span)
        pred_fn = Lam((var,), body, TFun(elem, TBool()), span=span)
        return Prim("Finset.filter", (pred_fn, base), TFinset(elem), span=span)

    def _card(self, arg: syntax.Term, expected: Ty | None, ctx: Ctx, span: Any) -> Expr:
        """``#s``: Mathlib's scoped notation, ``Finset.card s`` where ``Finset`` is open (or
        the declaration is inside it), ``Cardinal.mk`` where ``Cardinal`` is: refused unless
        exactly the first is in force."""
        spaces = {open_spec(o).namespace.rsplit(".", 1)[-1]
                  for o in getattr(self.decl, "opens", ()) or ()}
        namespace = (getattr(self.decl, "namespace", "") or "").split(".")
        finset = "Finset" in spaces or "Finset" in namespace
        if not finset or "Cardinal" in spaces or "Cardinal" in namespace:
            raise Unsupported("#s", span, reason="`#` is Finset.card under `open Finset` "
                              "and Cardinal.mk under `open Cardinal`; here neither alone")
        card = syntax.App(syntax.Ident("Finset.card", span=span), (arg,), span=span)
        return self.elab(card, expected, ctx)

    def _rounding(self, name: str, arg: syntax.Term, ctx: Ctx, span: Any) -> Expr:
        """``⌊x⌋``/``⌈x⌉`` (``Int.floor``/``Int.ceil``, an integer) and ``⌊x⌋₊``/``⌈x⌉₊``
        (``Nat.floor``/``Nat.ceil``, a natural) of a rational or real ``x``. At any other
        type refused: ``⌊n⌋`` of a natural or of an unannotated numeral depends on which
        ``FloorRing``/``FloorSemiring`` instance Lean's unifier settles on."""
        x = self.elab(arg, None, ctx)
        xty = self.s.ty(x.ty)
        if not isinstance(xty, (TRat, TReal)):
            shown = "a type its context does not fix" if isinstance(xty, TMeta) \
                else show_ty(xty)
            raise Unsupported(f"{name} at {shown}", span,
                              reason="floor and ceiling are modelled at ℚ and ℝ")
        return Prim(name, (x,), TInt() if name.startswith("Int.") else TNat(), span=span)

    def _finset_product(self, t: syntax.BinOp, ctx: Ctx) -> Expr:
        """``s ×ˢ t`` on finite sets: ``Finset.product`` (the pairs); on sets refused."""
        a = self.elab(t.lhs, None, ctx)
        b = self.elab(t.rhs, None, ctx)
        aty, bty = self.s.ty(a.ty), self.s.ty(b.ty)
        if not (isinstance(aty, TFinset) and isinstance(bty, TFinset)):
            raise Unsupported(f"s ×ˢ t at {show_ty(aty)}", t.span,
                              reason="the product is modelled on Finset only")
        return Prim("Finset.product", (a, b), TFinset(TProd(aty.elem, bty.elem)), span=t.span)

    def _finset_algebra(self, t: syntax.BinOp, expected: Ty | None, ctx: Ctx) -> Expr | None:
        """``s ∪ t``, ``s ∩ t``, ``s \\ t`` on finite sets (None: ``∪``/``∩`` on lists, the
        library's ``List.union``/``List.inter``). ``\\`` anywhere else is refused, named:
        its meaning is the type's ``SDiff`` instance (on lists a multiset difference by
        ``BEq``), which is not modelled."""
        want = self.s.ty(expected) if expected is not None else None
        a = self.elab(t.lhs, want if isinstance(want, TFinset) else None, ctx)
        aty = self.s.ty(a.ty)
        if not isinstance(aty, TFinset):
            if t.op == "\\":
                raise Unsupported(f"s \\ t at {show_ty(aty)}", t.span,
                                  reason="set difference is modelled on Finset only")
            return None
        b = self.coerce(self.elab(t.rhs, aty, ctx), aty, t.span)
        op = {"∪": "Finset.union", "∩": "Finset.inter", "\\": "Finset.sdiff"}[t.op]
        return Prim(op, (a, b), aty, span=t.span)

    def _subset(self, t: syntax.BinOp, ctx: Ctx) -> Expr | None:
        """``s ⊆ t``: on set-builders ``∀ x, p x → q x``; on finite sets ``Finset.subset``
        (None: lists, ``List.Subset``)."""
        rewritten = rewrite_subset(t)
        if rewritten is not None:
            return self.as_prop(self.elab(rewritten, TProp(), ctx), t.span)
        a = self.elab(t.lhs, None, ctx)
        aty = self.s.ty(a.ty)
        if not isinstance(aty, TFinset):
            return None
        b = self.coerce(self.elab(t.rhs, aty, ctx), aty, t.span)
        return Prim("Finset.subset", (a, b), TProp(), span=t.span)

    def _dot_ctor(self, name: str, args: tuple[syntax.Term, ...], expected: Ty | None,
                  ctx: Ctx, span: Any) -> Expr:
        """``.scalar``, ``.dim n s``, ``.succ n``, ``.nil``: a constructor of the expected type
        (Lean resolves the leading dot in the namespace of the type the position expects)."""
        want = self.s.ty(expected) if expected is not None else None
        namespace = {TNat: "Nat", TList: "List", TArray: "Array", TOption: "Option",
                     TBool: "Bool"}.get(type(want))
        if isinstance(want, TInd):
            found = self.env.constructor(f"{want.name}.{name}", self.decl)
            if found is None:
                raise Unsupported(f".{name}", span, reason=f"not a constructor of {want.name}")
            return apply_sig(self, ctor_sig(self.env, *found), args, ctx, span,
                                  expected=expected)
        if namespace is not None:
            return self._ident_app(syntax.Ident(f"{namespace}.{name}", span=span), args,
                                   expected, ctx, span)
        raise Unsupported(f".{name}", span,
                          reason="a leading-dot name needs a known expected type")

    def _fields(self, value: Expr, fields: list[str], args: tuple[syntax.Term, ...],
                expected: Ty | None, ctx: Ctx, span: Any) -> Expr:
        for i, f in enumerate(fields):
            last = i == len(fields) - 1
            value = method(self, value, f, args if last else (), ctx, span,
                                expected if last else None)
        if not fields and args:
            value = apply_value(self, value, args, ctx, span)
        return value

    def _struct_ctor(self, full: str, rest: list[str], args: tuple[syntax.Term, ...], ctx: Ctx,
                     span: Any) -> Expr:
        info = self.env.structure(full)
        ctor = self.env.structure_ctor(full)
        if rest != [ctor]:
            raise Unsupported(f"{full}.{'.'.join(rest)}", span,
                              reason="only the constructor of a structure is modelled")
        if len(args) != len(info.fields):
            raise Unsupported(f"{full}.{ctor} with {len(args)} arguments", span)
        return mk_struct(self, full, info, dict(zip([f for f, _ in info.fields], args,
                                                       strict=True)), None, ctx, span)

    # --- special names ------------------------------------------------------------------------

    def _special(self, name: str, args: tuple[syntax.Term, ...], expected: Ty | None, ctx: Ctx,
                 span: Any) -> Expr | None:
        """The library meaning of a name in ``BUILTIN_NAMES`` (None: not one, or not applied
        as this rule needs)."""
        if name in ("true", "false", "Bool.true", "Bool.false") and not args:
            return Lit(name.endswith("true"), TBool(), span=span)
        if name in ("True", "False") and not args:
            return Lit(name == "True", TProp(), span=span)
        if name in ("max", "min", "Max.max", "Min.min") and len(args) == 2:
            op = "max" if "max" in name else "min"
            return self.join([args[0], args[1]], expected, ctx, span,
                             lambda xs, ty: Prim(op, tuple(xs), ty, span=span))
        if name in FUNCTION_PROPERTIES and len(args) == FUNCTION_PROPERTIES[name]:
            return self.elab(function_property(name, args, span), expected, ctx)
        arity = {"max": 2, "min": 2, "Max.max": 2, "Min.min": 2, "abs": 1}.get(name, 0)
        if len(args) < arity:
            # `xs.foldr max 0`, `xs.map (max a)`, `xs.map abs`: the function value
            # `fun a b => max a b` (Lean's eta-expanded constant)
            fresh = tuple(f"{name}✝{k}" for k in range(len(args), arity))
            # the body names the library's constant from the root: resolved again inside
            # the namespace, `max` would be a declaration of that namespace
            body = syntax.App(syntax.Ident(f"_root_.{name}", span=span),
                              args + tuple(syntax.Ident(x, span=span) for x in fresh), span=span)
            eta = syntax.Lambda(tuple(syntax.Binder((x,)) for x in fresh), body, span=span)
            return self.elab(eta, expected, ctx)
        if name == syntax.CARD and len(args) == 1:
            return self._card(args[0], expected, ctx, span)
        if name in ROUNDING and len(args) == 1:
            return self._rounding(name, args[0], ctx, span)
        if name == syntax.EMPTY and not args:
            return elab_empty(self, expected, ctx, span)
        if name in (syntax.INSERT, syntax.SINGLETON):
            elems = syntax.set_literal_elems(syntax.App(syntax.Ident(name), args))
            if elems is not None:
                return elab_set_literal(self, elems, expected, ctx, span)
        if name == "norm" and len(args) == 1:
            return self._norm(args[0], ctx, span)
        if name in ("setOf", "Set.setOf") and len(args) == 1:
            return self._set_builder(syntax.App(syntax.Ident(name, span=span), args, span=span),
                                     expected, ctx, span)
        if name == "abs" and len(args) == 1:
            return self._abs(args[0], expected, ctx, span)
        if name == "id":
            if not args:
                want = self.s.ty(expected) if expected else TFun(*(2 * [self.s.fresh_ty()]))
                if not isinstance(want, TFun):
                    raise TypeMismatch("id used at a non-function type", span)
                x = self.fresh_var("x", want.dom)
                return Lam((x,), x, TFun(want.dom, want.dom), span=span)
            head = self.elab(args[0], expected, ctx)
            return apply_value(self, head, args[1:], ctx, span) if len(args) > 1 else head
        if name == "decide" and len(args) == 1:
            return Prim("decide", (self.as_prop(self.elab(args[0], TProp(), ctx)),), TBool())
        if name in ("Finset.sum", "Finset.prod") and len(args) == 2:
            dom = self.elab(args[0], None, ctx)
            return finset_bigop(self, name.split(".")[1], dom, args[1:], ctx, span)
        if name in ("Function.comp",) and len(args) >= 2:
            comp = syntax.BinOp("∘", args[0], args[1], span=span)
            return self.elab_app(comp, args[2:], expected, ctx, span) if args[2:] else \
                self.elab(comp, expected, ctx)
        if name in ("Nat.cast", "Int.cast", "Rat.cast") and len(args) == 1:
            return self.e_UnOp(syntax.UnOp("↑", args[0], span=span), expected, ctx)
        if name in ("List.get", "Array.get", "List.getElem") and len(args) == 2:
            return elab_index(self, syntax.Index(args[0], args[1], "", span=span), expected, ctx)
        return None

    # --- arithmetic and relations (Lean's binop%/binrel%) ---------------------------------

    def _abs(self, operand: syntax.Term, expected: Ty | None, ctx: Ctx, span: Any) -> Expr:
        """``|a|``: Mathlib's ``abs`` needs ``[Lattice α] [AddGroup α]``; ℕ and ``Fin n`` have
        no ``AddGroup`` (no negation), so Lean rejects ``|n|`` there (it is not the identity)."""
        def build(xs: list[Expr], ty: Ty) -> Expr:
            if isinstance(self.s.ty(ty), (TNat, TFin)):
                raise TypeMismatch(f"|·| at {show_ty(self.s.ty(ty))}: Mathlib's |a| needs "
                                   "[Lattice α] [AddGroup α], and ℕ/Fin have no AddGroup "
                                   "instance (Lean rejects this term)", span)
            return Prim("abs", (xs[0],), ty, span=span)

        return self.join([operand], expected, ctx, span, build)

    def join(self, leaves: list[syntax.Term], expected: Ty | None, ctx: Ctx, span: Any,
             build: Callable[[list[Expr], Ty], _T], use_expected: bool = True) -> _T:
        """Elaborate ``leaves`` at one common type (the largest number type among them and
        the expected type, inserting ``↑`` casts) and combine them with ``build``."""
        done: list[Expr | None] = []
        flex: set[int] = set()
        for i, leaf in enumerate(leaves):
            if isinstance(leaf, (syntax.NatLit, syntax.DecimalLit, syntax.Lambda, syntax.CDotFun)) \
                    or _leading_dot(leaf) or _is_empty(leaf):
                done.append(None)
            elif isinstance(leaf, syntax.UnOp) and leaf.op == "↑":
                done.append(self.elab(leaf.operand, None, ctx))
                flex.add(i)
            else:
                done.append(self.elab(leaf, None, ctx))
        known = [self.s.ty(e.ty) for i, e in enumerate(done) if e is not None and i not in flex]
        first_fin = isinstance(next((k for k in known if not isinstance(k, TMeta)), None), TFin)
        want = self.s.ty(expected) if expected is not None and use_expected else None
        if want is not None and not isinstance(want, (TMeta, TProp, TSort)):
            known.append(want)
        target = self._max_type([k for k in known if not isinstance(k, TMeta)], span, first_fin)
        if target is None:
            numeral = any(isinstance(leaf, syntax.NatLit) for leaf in leaves)
            target = want if isinstance(want, TMeta) else self.s.fresh_ty("numeral",
                                                                          numeral=numeral)
            for i, e in enumerate(done):
                if e is not None and i in flex:
                    ft = self.s.ty(e.ty)
                    if isinstance(ft, TFin):
                        ft = TNat()
                    if not isinstance(ft, TMeta):
                        self.s.unify(target, ft, span)
        out: list[Expr] = []
        for leaf, e in zip(leaves, done, strict=True):
            if e is None:
                e = self.elab(leaf, target, ctx)
            out.append(self.coerce(e, target, span_of(leaf)))
        return build(out, self.s.ty(target))

    def _max_type(self, tys: list[Ty], span: Any, first_leaf_fin: bool = False
                  ) -> Ty | None:
        """The common type of a binop tree's leaves (``tys`` in leaf order, the expected type
        last); ``first_leaf_fin``: the first typed leaf is a ``Fin`` value."""
        if not tys:
            return None
        ranks = [_rank(t) for t in tys]
        if all(r is not None for r in ranks):
            return max(zip(ranks, range(len(tys)), tys, strict=True))[2]
        first = next(t for t, r in zip(tys, ranks, strict=True) if r is None)
        for t, r in zip(tys, ranks, strict=True):
            if r is not None and isinstance(first, TFin):
                continue  # a Fin n leaf among naturals: the naturals are cast (↑) below
            self.s.unify(first, t, span)
        if isinstance(first, TFin) and any(r is not None for r in ranks):
            # `i < n` (i : Fin k, n : ℕ): Lean's binop% elaborator keeps the first leaf's type
            # when the later one coerces into it. Where `NatCast (Fin k)` is an instance
            # (Mathlib's global one, or `open Fin.NatCast`) ℕ coerces into Fin k and `i < n`
            # is `i < ↑n` (wrapping); where it is not (Lean core scopes it) it is `↑i < n`.
            # With a number first (`n = i`, `(x : ℕ) = i + 1`) both read ℕ. A Fin leaf first
            # depends on the library version: refused, never guessed
            if first_leaf_fin:
                raise Unsupported("Fin n before a natural number in one operation", span,
                                  reason="Lean reads `i ⋈ n` as `↑i ⋈ n` or, where NatCast "
                                  "(Fin n) is an instance, as `i ⋈ ↑n` (wrapping); write "
                                  "`(i : ℕ)` or `↑i`")
            return self._max_type([t for t in tys if _rank(t) is not None], span)
        return self.s.ty(first)

    def _tree(self, t: syntax.Term, leaves: list[syntax.Term]) -> Any:
        if isinstance(t, syntax.BinOp) and t.op in _ARITH:
            return (_ARITH[t.op], self._tree(t.lhs, leaves), self._tree(t.rhs, leaves), t.span)
        if isinstance(t, syntax.UnOp) and t.op in ("-", "⁻¹"):
            op = "neg" if t.op == "-" else "inv"
            return (op, self._tree(t.operand, leaves), None, t.span)
        leaves.append(t)
        return len(leaves) - 1

    def _rebuild(self, shape: Any, vals: list[Expr], ty: Ty) -> Expr:
        if isinstance(shape, int):
            return vals[shape]
        op, a, b, span = shape
        if b is None:
            return Prim(op, (self._rebuild(a, vals, ty),), ty, span=span)
        built = Prim(op, (self._rebuild(a, vals, ty), self._rebuild(b, vals, ty)), ty, span=span)
        if op == "sub" and isinstance(self.s.ty(ty), TNNReal):  # ℝ≥0: a - b truncates at 0
            return Prim("max", (built, Lit(Fraction(0), ty)), ty, span=span)
        return built

    def arith(self, t: syntax.Term, expected: Ty | None, ctx: Ctx) -> Expr:
        leaves: list[syntax.Term] = []
        shape = self._tree(t, leaves)
        return self.join(leaves, expected, ctx, span_of(t),
                         lambda vals, ty: self._rebuild(shape, vals, ty))

    def relation(self, t: syntax.BinOp, ctx: Ctx) -> Expr:
        leaves: list[syntax.Term] = []
        lhs, rhs = self._tree(t.lhs, leaves), self._tree(t.rhs, leaves)
        op = _REL[t.op]

        def build(vals: list[Expr], ty: Ty) -> Expr:
            a, b = self._rebuild(lhs, vals, ty), self._rebuild(rhs, vals, ty)
            return Prim(op, (a, b), TProp(), span=t.span)

        return self.join(leaves, None, ctx, t.span, build, use_expected=False)

    def e_BinOp(self, t: syntax.BinOp, expected: Ty | None, ctx: Ctx) -> Expr:
        op, span = t.op, t.span
        if op in _ARITH:
            return self.arith(t, expected, ctx)
        if op in _REL:
            return self.relation(t, ctx)
        if op in _LOGIC:
            a = self.as_prop(self.elab(t.lhs, TProp(), ctx), span)
            b = self.as_prop(self.elab(t.rhs, TProp(), ctx), span)
            return Prim(_LOGIC[op], (a, b), TProp(), span=span)
        if op in _BOOL:
            a = self.coerce(self.elab(t.lhs, TBool(), ctx), TBool(), span)
            b = self.coerce(self.elab(t.rhs, TBool(), ctx), TBool(), span)
            return Prim(_BOOL[op], (a, b), TBool(), span=span)
        if op == "==":
            return self.join([t.lhs, t.rhs], None, ctx, span,
                             lambda v, ty: Prim("beq", tuple(v), TBool(), span=span),
                             use_expected=False)
        if op == "!=":  # `a != b` is `bne a b`: the negation of BEq (not `≠`; NaN != NaN)
            beq = self.e_BinOp(syntax.BinOp("==", t.lhs, t.rhs, span=span), None, ctx)
            return Prim("bnot", (beq,), TBool(), span=span)
        if op == "^^":  # Bool xor (Lean's `xor` is `bne` on Bool): true iff a and b differ
            a = self.coerce(self.elab(t.lhs, TBool(), ctx), TBool(), span)
            b = self.coerce(self.elab(t.rhs, TBool(), ctx), TBool(), span)
            return Prim("bnot", (Prim("beq", (a, b), TBool(), span=span),), TBool(), span=span)
        if op in ("∪", "∩", "\\"):
            algebra = self._finset_algebra(t, expected, ctx)
            if algebra is not None:
                return algebra
        if op == "×ˢ":
            return self._finset_product(t, ctx)
        if op == "⊆":
            subset = self._subset(t, ctx)
            if subset is not None:
                return subset
        if op in _LIBRARY_OPS:
            fn = syntax.Ident(_LIBRARY_OPS[op], span=span)
            return self.elab_app(fn, (t.lhs, t.rhs), expected, ctx, span)
        if op == "≡":
            return self._mod_eq(t, expected, ctx)
        if op in ("⊔", "⊓"):
            return self._lattice(t, expected, ctx)
        if op == "▸":
            return self._subst(t, expected, ctx)
        if op == "^":
            return self._pow(t, expected, ctx)
        if op in ("∈", "∉"):
            return self._mem(t, ctx)
        if op == "++":
            want = expected if expected is not None else None
            a = self.elab(t.lhs, want, ctx)
            b = self.coerce(self.elab(t.rhs, a.ty, ctx), a.ty, span)
            ty = self.s.ty(a.ty)
            if not isinstance(ty, (TList, TArray, TMeta)):
                raise Unsupported(f"++ on {show_ty(ty)}", span)
            return Prim("List.append", (a, b), a.ty, span=span)
        if op == "::":
            want = self.s.ty(expected) if expected is not None else None
            xs = self.elab(t.rhs, want, ctx)
            lty = self.s.ty(xs.ty)
            if isinstance(lty, TMeta):
                lty = TList(self.s.fresh_ty())
                self.s.unify(xs.ty, lty, span)
            if not isinstance(lty, TList):
                raise TypeMismatch(f":: onto {show_ty(lty)}", span)
            x = self.coerce(self.elab(t.lhs, lty.elem, ctx), lty.elem, span)
            return Prim("List.cons", (x, xs), lty, span=span)
        if op == "∣":
            return self.join([t.lhs, t.rhs], None, ctx, span,
                             lambda v, ty: Prim("dvd", tuple(v), TProp(), span=span),
                             use_expected=False)
        if op == "∘":
            g = self.elab(t.rhs, None, ctx)
            gty = self.s.ty(g.ty)
            if not isinstance(gty, TFun):
                raise Unsupported("∘ of a non-function", span)
            f = self.elab(t.lhs, TFun(gty.cod, self.s.fresh_ty()), ctx)
            fty = self.s.ty(f.ty)
            if not isinstance(fty, TFun):
                raise Unsupported("∘ of a non-function", span)
            x = self.fresh_var("x", gty.dom)
            inner = Call(g, (x,), gty.cod)
            body = Call(f, (self.coerce(inner, fty.dom, span),), fty.cod)
            return Lam((x,), body, TFun(gty.dom, fty.cod), span=span)
        if op == "•":
            k = self.elab(t.lhs, None, ctx)
            v = self.elab(t.rhs, expected, ctx)
            return Prim("smul", (k, v), v.ty, span=span)
        if op == "×":
            return TypeArg(self.elab_type(t, ctx), span=span)
        if op in ("''", "⁻¹'"):
            raise Unsupported(f"f {op} s", span, reason="the image and preimage of a Set: "
                              "sets are not finite data the mirror computes with")
        raise Unsupported(f"operator {op}", span)

    def _subst(self, t: syntax.BinOp, expected: Ty | None, ctx: Ctx) -> Expr:
        """``h ▸ e``: the value of ``e``, its type rewritten by the equation ``h`` (which is
        never needed: Lean has checked it). A rewrite of a ``Fin`` bound (``Fin n`` to ``Fin
        m`` under ``h : n = m``) keeps the number; ``cast``'s ``% m`` is the identity on it
        whenever the hypotheses hold. Other type changes are refused."""
        value = self.elab(t.rhs, expected, ctx)
        if expected is None:
            return value
        have, want = self.s.ty(value.ty), self.s.ty(expected)
        if isinstance(have, TFin) and isinstance(want, TFin):
            try:
                self.s.unify(have, want, t.span)
                return value
            except TypeMismatch:  # two bounds not known to be equal: Lean's h says they are
                return Prim("cast", (value,), want, span=t.span)
        try:
            return self.coerce(value, want, t.span)
        except TypeMismatch as err:
            raise Unsupported(f"`h ▸ e` from {show_ty(have)} to {show_ty(want)}", t.span,
                              reason="only a rewrite of a Fin bound is modelled") from err

    def _mod_eq(self, t: syntax.BinOp, expected: Ty | None, ctx: Ctx) -> Expr:
        """``a ≡ b [MOD n]``: ``Nat.ModEq n a b``; ``[ZMOD n]``: ``Int.ModEq n a b``.

        Lean's notation closes ``b`` with ``[MOD n]``; the term grammar reads the clause as a
        list applied to ``b``'s rightmost operand (``a ≡ a % 5 [ZMOD 5]`` is
        ``a % (5 [ZMOD 5])``), so it is peeled off there (``mod_clause``), and ``[ZMOD -4]``
        (read as ``ZMOD - 4``) is the modulus ``-4``."""
        found = mod_clause(t.rhs)
        if found is None:
            raise Unsupported("≡ without [MOD n] / [ZMOD n]", t.span)
        kind, n, b = found
        name = "Nat.ModEq" if kind == "MOD" else "Int.ModEq"
        fn = syntax.Ident(name, span=t.span)
        return self.elab_app(fn, (n, t.lhs, b), expected, ctx, t.span)

    def _lattice(self, t: syntax.BinOp, expected: Ty | None, ctx: Ctx) -> Expr:
        """``a ⊔ b`` / ``a ⊓ b``: Mathlib's ``Max.max``/``Min.min`` notation. On numbers (a
        linear order) ``max``/``min``; on ``Bool`` ``||``/``&&`` and on ``Prop`` ``∨``/``∧``
        (their lattices); on a type variable ``max``/``min``, which the class check admits
        only under ``Max``/``Min``/``LinearOrder`` (a ``Lattice`` is not modelled, so it is
        refused by name); at any other type unsupported."""
        sup = t.op == "⊔"

        def build(xs: list[Expr], ty: Ty) -> Expr:
            ty = self.s.ty(ty)
            if isinstance(ty, TBool):
                return Prim("bor" if sup else "band", tuple(xs), ty, span=t.span)
            if isinstance(ty, TProp):
                return Prim("or" if sup else "and", tuple(xs), ty, span=t.span)
            if isinstance(ty, (TNat, TInt, TRat, TReal, TNNReal, TVar)):
                return Prim("max" if sup else "min", tuple(xs), ty, span=t.span)
            raise Unsupported(f"{t.op} at {show_ty(ty)}", t.span,
                              reason="modelled on numbers, Bool, Prop and ordered type "
                                     "variables")

        return self.join([t.lhs, t.rhs], expected, ctx, t.span, build)

    def _pow(self, t: syntax.BinOp, expected: Ty | None, ctx: Ctx) -> Expr:
        base = self.arith(t.lhs, expected, ctx) if not isinstance(t.lhs, syntax.NatLit) else \
            self.elab(t.lhs, expected, ctx)
        k = self.elab(t.rhs, TNat(), ctx)
        kty = self.s.ty(k.ty)
        if isinstance(kty, TMeta):
            self.s.unify(kty, TNat(), t.span)
        elif not isinstance(kty, TNat):
            raise Unsupported(f"power with exponent of type {show_ty(kty)}", t.span,
                              reason="only natural exponents (Monoid.npow) are modelled")
        return Prim("pow", (base, k), base.ty, span=t.span)

    def _mem(self, t: syntax.BinOp, ctx: Ctx) -> Expr:
        unfolded = rewrite_mem(t)  # a ∈ {x | p x}, a ∈ s.filter p
        if unfolded is None:
            unfolded = rewrite_literal_mem(t)  # a ∈ {x, y}: a = x ∨ a = y
        if unfolded is not None:
            return self.as_prop(self.elab(unfolded, TProp(), ctx), t.span)
        coll = self.elab(t.rhs, None, ctx)
        cty = self.s.ty(coll.ty)
        if isinstance(cty, TMeta):  # an untyped binder `{a l}`: a list until a use says more
            cty = TList(self.s.fresh_ty())
            self.s.unify(coll.ty, cty, t.span)
        if isinstance(cty, (TList, TArray)):
            op = "List.mem"
        elif isinstance(cty, TFinset):
            op = "Finset.mem"
        else:
            raise Unsupported(f"membership in {show_ty(cty)}", t.span)
        x = self.coerce(self.elab(t.lhs, cty.elem, ctx), cty.elem, t.span)
        mem = Prim(op, (x, coll), TProp(), span=t.span)
        return mem if t.op == "∈" else Prim("not", (mem,), TProp(), span=t.span)

    def e_UnOp(self, t: syntax.UnOp, expected: Ty | None, ctx: Ctx) -> Expr:
        op, span = t.op, t.span
        if op in ("-", "⁻¹"):
            return self.arith(t, expected, ctx)
        if op == "¬":
            return Prim("not", (self.as_prop(self.elab(t.operand, TProp(), ctx), span),),
                        TProp(), span=span)
        if op == "!":
            b = self.coerce(self.elab(t.operand, TBool(), ctx), TBool(), span)
            return Prim("bnot", (b,), TBool(), span=span)
        if op == "abs":
            return self._abs(t.operand, expected, ctx, span)
        if op == "↑":
            e = self.elab(t.operand, None, ctx)
            want = self.s.ty(expected) if expected is not None else None
            if want is None or isinstance(want, TMeta):
                if isinstance(self.s.ty(e.ty), TFin):
                    return Prim("cast", (e,), TNat(), span=span)
                return e
            return self.coerce(e, want, span)
        raise Unsupported(f"operator {op}", span)

    # --- control --------------------------------------------------------------------------

    def e_If(self, t: syntax.If, expected: Ty | None, ctx: Ctx) -> Expr:
        # `if h : c then …`: the proof h has no value; a branch that uses it fails to elaborate
        # (unknown name h), so ignoring the name is sound.
        cond = self.elab(t.cond, TProp(), ctx)
        if not isinstance(self.s.ty(cond.ty), TBool):
            cond = self.as_prop(cond, t.span)

        def build(vals: list[Expr], ty: Ty) -> Expr:
            return Ite(cond, vals[0], vals[1], ty, span=t.span)

        return self.join([t.then, t.orelse], expected, ctx, t.span, build)

    def e_Let(self, t: syntax.Let, expected: Ty | None, ctx: Ctx) -> Expr:
        want = self.elab_type(t.type, ctx) if t.type is not None else None
        value = self.elab(t.value, want, ctx)
        if want is not None:
            value = self.coerce(value, want, t.span)
        inner = dict(ctx)
        if isinstance(t.pattern, syntax.Ident):
            var = self.fresh_var(t.pattern.name, value.ty)
            inner[t.pattern.name] = var
        else:
            var = self.fresh_var("p", value.ty)
            destructure(self, t.pattern, var, inner, t.span)
        body = self.elab(t.body, expected, inner)
        return Let(var, value, body, body.ty, span=t.span)

    def e_Match(self, t: syntax.Match, expected: Ty | None, ctx: Ctx) -> Expr:
        from jepa_formal.mirror.elaborate.patterns import elab_match

        return elab_match(self, t, expected, ctx)

    def e_Ascription(self, t: syntax.Ascription, expected: Ty | None, ctx: Ctx) -> Expr:
        ty = self.elab_type(t.type, ctx)
        if isinstance(t.term, (syntax.BinOp, syntax.UnOp)) and (
            t.term.op in _ARITH or t.term.op in ("-", "⁻¹")
        ):
            return self.coerce(self.arith(t.term, ty, ctx), ty, t.span)
        e = self.elab(t.term, ty, ctx)
        want = self.s.ty(ty)
        if isinstance(want, TFin) and isinstance(self.s.ty(e.ty), (TNat, TInt)):
            # `(n : Fin k)` with `n : ℕ`/`ℤ` is Lean's `NatCast`/`IntCast`: `n % k` (an
            # explicit cast means this wherever Lean accepts it)
            return Prim("cast", (e,), want, span=t.span)
        return self.coerce(e, ty, t.span)

    def e_Show(self, t: syntax.Show, expected: Ty | None, ctx: Ctx) -> Expr:
        if t.term is None:
            raise Unsupported("show … by", t.span, reason="a proof has no value")
        return self.e_Ascription(syntax.Ascription(t.term, t.type, span=t.span), expected, ctx)

_INSTANCE_OPS = {"add": ("Add", "add"), "sub": ("Sub", "sub"), "mul": ("Mul", "mul"),
                 "neg": ("Neg", "neg")}
"""Operations a user instance on a structure may give (class, field of the instance)."""


def _leading_dot(t: syntax.Term) -> bool:
    """``.train`` or ``.dim n s``: its type comes from the other side (elaborated later); so
    does an ``if`` whose branches are all such names (``if c then .a else if d then .b else
    .c``: the inner ``if`` has nothing of its own to fix the type)."""
    if isinstance(t, syntax.If):
        return _leading_dot(t.then) and _leading_dot(t.orelse)
    head = t.fn if isinstance(t, syntax.App) else t
    return isinstance(head, syntax.Ident) and head.name.startswith(".")


_NUMERIC_OPS = frozenset({"add", "sub", "mul", "div", "mod", "pow", "neg", "inv", "abs",
                          "max", "min", "List.sum", "List.prod"})
_NUMERIC = (TNat, TInt, TRat, TReal, TFloat, TFin)


def _validate(e: Any, classes: dict[str, set[str]] | None = None) -> None:
    """Reject arithmetic at a type without it (a type variable whose declared classes do not
    provide the operation; lists, functions…: Lean has no such instance), and ℕ negation."""
    classes = classes or {}
    if isinstance(e, Prim):
        if e.op in _NUMERIC_OPS or e.op in ORDER_RELATIONS:
            ty = e.args[0].ty if e.args and e.op not in ("List.sum", "List.prod") else e.ty
            if isinstance(ty, TVar):
                _class_op(ty, e.op, classes, e.span)
            elif not isinstance(ty, _NUMERIC):
                raise TypeMismatch(f"'{e.op}' at type {show_ty(ty)}", e.span,
                                   reason="no arithmetic or order on this type")
        if e.op == "cast" and isinstance(e.ty, TVar):
            need = "intCast" if isinstance(e.args[0].ty, TInt) else "natCast"
            _class_op(e.ty, need, classes, e.span)
        if e.op == "smul" and len(e.args) == 2 and isinstance(e.args[1].ty, TVar):
            scalar = e.args[0].ty
            if not isinstance(scalar, (TNat, TInt)):
                raise Unsupported(f"• with a scalar of type {show_ty(scalar)} on type variable "
                                  f"{e.args[1].ty.name}", e.span,
                                  reason="only n • x with n : ℕ (nsmul) or ℤ (zsmul) is "
                                  "modelled at a type variable")
            _class_op(e.args[1].ty, "zsmul" if isinstance(scalar, TInt) else "nsmul", classes,
                      e.span)
        if e.op == "neg" and isinstance(e.ty, TNat):
            raise TypeMismatch("negation on ℕ", e.span)
        if e.op == "inv" and isinstance(e.ty, (TNat, TInt)):
            raise TypeMismatch("⁻¹ on ℕ/ℤ", e.span)
    if isinstance(e, Prim) and isinstance(_beq_operand_ty(e), TVar):
        ty = _beq_operand_ty(e)
        if not classes.get(ty.name, set()) & LAWFUL_EQ_CLASSES:
            raise Unsupported(f"== on type variable {ty.name}", e.span,
                              reason=f"a bare [BEq {ty.name}] has no laws (x == x may be false); "
                              f"[DecidableEq {ty.name}] or [LawfulBEq {ty.name}] makes == mean =")
    if isinstance(e, Lit) and isinstance(e.ty, TVar) and not isinstance(e.value, bool):
        need = "zero" if e.value == 0 else "one" if e.value == 1 else "numeral"
        _class_op(e.ty, need, classes, e.span)
    if isinstance(e, BigOp):
        if isinstance(e.ty, TVar):
            _class_op(e.ty, e.kind, classes, e.span)
        elif not isinstance(e.ty, _NUMERIC):
            raise TypeMismatch(f"big operator at type {show_ty(e.ty)}", e.span,
                               reason="no arithmetic on this type")
    if isinstance(e, Expr):
        for child in children(e):
            _validate(child, classes)
    elif isinstance(e, tuple):
        for x in e:
            _validate(x, classes)


_OP_TEXT = {"zero": "the numeral 0", "one": "the numeral 1", "numeral": "a numeral ≥ 2",
            "sum": "∑", "prod": "∏", "natCast": "↑ (Nat.cast)", "intCast": "↑ (Int.cast)",
            "nsmul": "n • x (nsmul)", "zsmul": "n • x with n : ℤ (zsmul)"}


LAWFUL_EQ_CLASSES = frozenset({"DecidableEq", "LawfulBEq"})
"""Classes under which ``==`` (and ``count``, ``contains``, ``elem``, ``decide (a ∈ xs)``) at a
type variable means ``=``; with only ``BEq`` it is an arbitrary Boolean function."""


def _beq_operand_ty(e: Prim) -> Ty | None:
    """The element type compared by ``==`` or by a ``BEq``-based list operation, if ``e`` is one
    (``contains``/``elem`` are read as ``decide (a ∈ xs)``, which Lean decides by ``BEq`` too)."""
    if e.op in ("beq", "List.count") and e.args:
        return e.args[0].ty
    inner = e.args[0] if e.op == "decide" and e.args else None
    if isinstance(inner, Prim) and inner.op == "List.mem" and inner.args:
        return inner.args[0].ty
    return None


def _class_op(ty: TVar, op: str, classes: dict[str, set[str]], span: Any) -> None:
    """``op`` at the type variable ``ty`` must be provided by one of its declared classes
    (``docs/typeclasses.md``); otherwise Lean would fail to synthesize the instance, or the
    class is one the mirror does not know."""
    declared = classes.get(ty.name, set())
    if op in provides(declared):
        return
    what = _OP_TEXT.get(op, f"'{op}'")
    unknown = sorted(c for c in declared if not is_known(c))
    if unknown:
        raise Unsupported(f"{what} on type variable {ty.name}", span,
                          reason=f"the class {unknown[0]} is not modelled")
    shown = ", ".join(f"[{c} {ty.name}]" for c in sorted(declared)) or "no instance binder"
    raise Unsupported(f"{what} on type variable {ty.name}", span,
                      reason=f"not provided by {shown} (docs/typeclasses.md)")


__all__ = [
    "UNSUPPORTED_SYNTAX",
    "Elaborator",
    "Sig",
    "cod_after",
    "span_of",
]
