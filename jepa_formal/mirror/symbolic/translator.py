"""The symbolic meaning of the core language: core ``Expr`` to SymPy, with Lean's semantics.

This module holds the translation context (``SymContext``, one ``visit_<node>`` per core node)
and the public entry points; its parts live beside it and are re-exported here: the Lean heads
(``NatSub`` truncated, ``IntDiv`` Euclidean, ``RealDiv`` with ``x / 0 = 0``…) in
``symbolic_numbers``, what a type means for SymPy in ``symbolic_types``, the per-op translators
in ``symbolic_ops``, definitions kept by name in ``symbolic_defs``.

Conventions: a variable of type ℕ is a symbol with ``integer=True, nonnegative=True`` (ℤ
``integer``, ℚ ``rational``, ℝ ``real``, ``Fin n`` a nonnegative integer whose bound is kept in
``SymContext.fin_bounds``); a list variable is a ``ListSymbol``; a pair or structure is a SymPy
``Tuple`` of its components; a function value of type ``α → β → γ`` is a ``Lambda`` of two
variables (curried functions are uncurried; partial application builds a smaller ``Lambda``); a
function binder becomes a ``sympy.Function`` carrying its codomain's assumptions. ``Float`` is
never translated (``Unsupported``): its arithmetic is not the reals'. Definitions are unfolded
by their bodies; recursive or pattern-matching ones stay named heads (``DefFun``) whose
equations ``SymContext.unfold_equation`` applies when the matched argument is a constructor.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import sympy
from sympy import Basic, Integer, Lambda, Rational, Symbol, Tuple
from sympy.core.function import UndefinedFunction
from sympy.logic.boolalg import false, true

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.classes import CLASS_OPS, classes_of
from jepa_formal.mirror.core.terms import (
    ORDER_RELATIONS,
    RELATIONS,
    BigOp,
    Call,
    DefCall,
    DefInfo,
    Expr,
    Field,
    Ite,
    Lam,
    Law,
    Let,
    Lit,
    MkStruct,
    Prim,
    Quant,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInd,
    TOption,
    TProd,
    TProp,
    TSort,
    TStruct,
    TUnit,
    TVar,
    Ty,
    TypeArg,
    Var,
    uncurry,
)
from jepa_formal.mirror.core.walker import Walker
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.arith import (
    HEADS,
    NAT_NUMBER_HEADS,
    BoolApp,
    Dvd,
    Fst,
    IntBMod,
    IntDiv,
    IntFDiv,
    IntFMod,
    IntMod,
    IntTDiv,
    IntTMod,
    NatChoose,
    NatDiv,
    NatFactorial,
    NatGcd,
    NatLand,
    NatLog,
    NatLor,
    NatMod,
    NatSqrt,
    NatSub,
    NatXor,
    RealDiv,
    RealLog,
    RealSqrt,
    SEq,
    Snd,
    bool_function,
)
from jepa_formal.mirror.symbolic.classes import class_literal, class_prim
from jepa_formal.mirror.symbolic.defs import ctor_head, def_head, explicit_mask, match_pattern
from jepa_formal.mirror.symbolic.ops import PRIM_HANDLERS, UNSUPPORTED_PRIMS, default_value, spine
from jepa_formal.mirror.symbolic.options import OptionValue, option_eq, option_get_d
from jepa_formal.mirror.symbolic.piecewise import split_condition
from jepa_formal.mirror.symbolic.sorts import (
    EXACT_SUM_TYPES,
    FLOAT_MESSAGE,
    FLOAT_OPAQUE_ARITH,
    FLOAT_SHAPE_OPS,
    assumptions,
    contains_float,
    is_boolish,
    is_list_ty,
)

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

EQUALITIES = frozenset(RELATIONS) - ORDER_RELATIONS
"""``=`` and ``≠``: at ``Option`` they are read through the options' parts (``options.py``)."""


@dataclass(slots=True)
class SymContext(Walker):
    """State of translating one law: values of bound names and facts about created symbols.

    ``list_types`` gives each ``ListSymbol`` its element type (bounded expansion and induction
    need it); ``fin_bounds`` maps each ``Fin n`` symbol to ``n``; ``defs`` keeps recursive or
    pattern-matching definitions met so far (their equations drive induction).
    """

    env: Env | None = None
    bindings: dict[str, Any] = field(default_factory=dict)
    list_types: dict[Basic, Ty] = field(default_factory=dict)
    fin_bounds: dict[Basic, Basic] = field(default_factory=dict)
    defs: dict[str, DefInfo] = field(default_factory=dict)
    counter: itertools.count = field(default_factory=lambda: itertools.count(1))
    unfold_defs: bool = True
    classes: dict[str, frozenset[str]] = field(default_factory=dict)  # type variable → classes

    def fresh_name(self, base: str) -> str:
        return f"{base}·{next(self.counter)}"

    # --- creating values of a type ------------------------------------------------------------

    def value_of(self, name: str, ty: Ty) -> Any:
        """A SymPy value standing for an arbitrary value ``name`` of type ``ty`` (a ``Float`` is
        an opaque symbol, without assumptions)."""
        if isinstance(ty, TSort):
            return None
        if is_list_ty(ty):
            sym = L.ListSymbol(name)
            self.list_types[sym] = ty.elem
            return sym
        if isinstance(ty, TFun):
            doms, cod = uncurry(ty)
            params = [self.value_of(self.fresh_name(name + "_arg"), d) for d in doms]
            for p in params:
                if not isinstance(p, Basic) or isinstance(p, Lambda):
                    raise Unsupported("higher-order function binder", reason=name)
            if is_boolish(cod):
                head: Any = bool_function(name)
            else:
                head = sympy.Function(name, commutative=True, **assumptions(cod))
            return L.Fn(tuple(params), head(*params))
        if isinstance(ty, TProd):
            return Tuple(self.value_of(name + ".1", ty.fst), self.value_of(name + ".2", ty.snd))
        if isinstance(ty, TStruct):
            info = self._structure(ty.name)
            return Tuple(*[self.value_of(f"{name}.{f}", fty) for f, fty in info.fields])
        if isinstance(ty, TUnit):
            return Tuple()
        if isinstance(ty, TOption):
            return OptionValue(self.value_of(name + ".isSome", TBool()),
                               self.value_of(name + ".get", ty.elem))
        if isinstance(ty, TFinset):
            raise Unsupported(type(ty).__name__, reason="no symbolic variable of this type")
        sym = Symbol(name, **assumptions(ty))
        if isinstance(ty, TFin):
            self.fin_bounds[sym] = self.translate(ty.n)
        return sym

    def _float_prim(self, e: Prim) -> Any:
        """An op meeting ``Float``: shape ops as usual, arithmetic as opaque functions,
        ``xs.sum`` as the right fold of the opaque addition from ``0``; anything else (BEq,
        orders, casts, products) is not modelled."""
        if e.op in FLOAT_OPAQUE_ARITH and isinstance(e.ty, TFloat):
            return float_op(e.op)(*[self.translate(a) for a in e.args])
        if e.op == "List.sum" and isinstance(e.ty, TFloat):
            a, b = (Symbol(self.fresh_name(n)) for n in ("a", "b"))
            plus = L.Fn((a, b), float_op("add")(a, b))
            return L.FoldR(plus, float_literal(0.0), self.translate(e.args[0]))
        if e.op not in FLOAT_SHAPE_OPS:
            raise Unsupported("Float", e.span, FLOAT_MESSAGE)
        return PRIM_HANDLERS[e.op](self, e, [self.translate(a) for a in e.args])

    def _structure(self, name: str) -> Any:
        if self.env is None:
            raise Unsupported("structure", reason=f"no environment to look up {name}")
        return self.env.structure(name)

    # --- translation ---------------------------------------------------------------------------

    def translate(self, expr: Expr) -> Any:
        """The SymPy meaning of ``expr`` (raises ``Unsupported`` for constructs not modelled)."""
        return self.dispatch(expr)

    def child(self, extra: dict[str, Any], *, replace: bool = False) -> SymContext:
        """A context sharing the symbol facts, with more (or only ``extra``) bindings."""
        bindings = dict(extra) if replace else {**self.bindings, **extra}
        return SymContext(self.env, bindings, self.list_types, self.fin_bounds, self.defs,
                          self.counter, self.unfold_defs, self.classes)

    def visit_Var(self, e: Var) -> Any:
        if e.name not in self.bindings:
            raise Unsupported("unbound variable", e.span, e.name)
        value = self.bindings[e.name]
        if isinstance(value, OptionValue):
            raise Unsupported("Option variable", e.span,
                              f"{e.name} is read symbolically only by =, getD, map, bind, isSome")
        return value

    def option_var(self, e: Var) -> tuple[Expr, Expr]:
        """The parts of an option variable (``options.py``) as variables bound to its
        ``OptionValue``'s symbols."""
        value = self.bindings.get(e.name)
        if not isinstance(value, OptionValue) or not isinstance(e.ty, TOption):
            raise Unsupported("Option value", e.span, f"{e.name} has no symbolic parts")
        some, get = self.fresh_name(e.name + ".isSome"), self.fresh_name(e.name + ".get")
        self.bindings[some], self.bindings[get] = value.some, value.value
        return (Prim("eq", (Var(some, TBool()), Lit(True, TBool())), TProp()),
                Var(get, e.ty.elem))

    def visit_Lit(self, e: Lit) -> Any:
        v = e.value
        if isinstance(e.ty, TFloat) or isinstance(v, float):
            if isinstance(v, bool) or not isinstance(v, (int, float, Fraction)):
                raise Unsupported("Float", e.span, FLOAT_MESSAGE)
            return float_literal(float(v))  # opaque: equal only to the same literal
        if isinstance(v, bool):
            return true if v else false
        if isinstance(e.ty, TVar) and isinstance(v, int):
            return class_literal(self.classes, e)
        if isinstance(v, int):
            return Integer(v)
        if isinstance(v, Fraction):
            return Rational(v.numerator, v.denominator)
        if v == ():
            return Tuple()
        raise Unsupported("literal", e.span, repr(v))

    def visit_TypeArg(self, e: TypeArg) -> Any:
        return None

    def visit_Prim(self, e: Prim) -> Any:
        if e.op in EQUALITIES and isinstance(e.args[0].ty, TOption):
            same = self.translate(option_eq(*e.args, self.option_var))
            return same if e.op == "eq" else sympy.Not(same)
        if e.op == "Option.getD":
            return self.translate(option_get_d(*e.args, self.option_var))
        if contains_float(e.ty) or any(contains_float(a.ty) for a in e.args):
            return self._float_prim(e)
        if e.op in ("add", "mul") and isinstance(e.ty, EXACT_SUM_TYPES):
            # long sums and products: one n-ary SymPy node (SymPy flattens them anyway)
            terms = [self.translate(t) for t in spine(e, e.op)]
            return sympy.Add(*terms) if e.op == "add" else sympy.Mul(*terms)
        if e.op in CLASS_OPS:
            args = [self.translate(a) for a in e.args]
            generic = class_prim(self.classes, e, args)
            if generic is not None:
                return generic
            handler = PRIM_HANDLERS.get(e.op)
            if handler is not None:
                return handler(self, e, args)
        handler = PRIM_HANDLERS.get(e.op)
        if handler is None:
            raise Unsupported(e.op, e.span, UNSUPPORTED_PRIMS.get(e.op, "not modelled"))
        return handler(self, e, [self.translate(a) for a in e.args])

    def visit_Call(self, e: Call) -> Any:
        fn = self.translate(e.fn)
        args = [self.translate(a) for a in e.args]
        return apply(self, fn, args)

    def visit_DefCall(self, e: DefCall) -> Any:
        if self.env is None:
            raise Unsupported("definition", e.span, f"no environment to unfold {e.name}")
        info: DefInfo = self.env.definition(e.name)
        args = [self.translate(a) for a in e.args]
        scalar = not isinstance(info.result_ty, (TFun, TStruct, TProd, TUnit))
        if info.body is not None and not info.recursive and (self.unfold_defs or not scalar):
            scope = {p.name: a for p, a in zip(info.params, args, strict=False)}
            return self.child(scope, replace=True).translate(info.body)
        self.defs[info.name] = info
        if contains_float(info.result_ty):
            raise Unsupported("Float", e.span, FLOAT_MESSAGE)
        head = def_head(info)
        head.jepa_explicit = explicit_mask(self.env, info)
        return head(*[a for a in args if a is not None])

    def visit_Lam(self, e: Lam) -> Any:
        params = [self.value_of(self.fresh_name(p.name), p.ty) for p in e.params]
        for p in params:
            if isinstance(p, Lambda) or not isinstance(p, Basic):
                raise Unsupported("higher-order lambda parameter", e.span)
        scope = {p.name: v for p, v in zip(e.params, params, strict=True)}
        body = self.child(scope).translate(e.body)
        if isinstance(body, Lambda):  # fun x => fun y => b is one two-variable Lambda
            return L.Fn(tuple(params) + tuple(body.variables), body.expr)
        return L.Fn(tuple(params), body)

    def visit_Let(self, e: Let) -> Any:
        value = self.translate(e.value)
        return self.child({e.var.name: value}).translate(e.body)

    def visit_Ite(self, e: Ite) -> Any:
        cond = _boolean_condition(self.translate(e.cond), e)
        a, b = self.translate(e.then), self.translate(e.orelse)
        if isinstance(a, Lambda) or isinstance(b, Lambda):
            raise Unsupported("if-then-else of functions", e.span)
        if cond is true:
            return a
        if cond is false:
            return b
        if is_boolish(e.ty):
            return sympy.Or(sympy.And(cond, a), sympy.And(sympy.Not(cond), b))
        return sympy.Piecewise((a, cond), (b, True))

    def visit_Quant(self, e: Quant) -> Any:
        if e.bound is None:
            raise Unsupported("quantifier", e.span, "only over explicit lists symbolically")
        items = L.elements(self.translate(e.bound))
        if items is None:
            raise Unsupported("quantifier", e.span, "over a list that is not explicit")
        var = self.value_of(self.fresh_name(e.var.name), e.var.ty)
        body = self.child({e.var.name: var}).translate(e.body)
        # ∀ i ∈ xs, P is desugared to ∀ i, i ∈ xs → P: on an explicit xs, that is one case
        # per element (the premise ``x ∈ [.., x, ..]`` then folds to true).
        cases = [_subs(body, var, x) for x in items]
        if e.kind == "forall":
            return sympy.And(*cases)
        return sympy.Or(*cases)

    def visit_BigOp(self, e: BigOp) -> Any:
        if contains_float(e.ty):
            raise Unsupported("Float", e.span, FLOAT_MESSAGE)
        if isinstance(e.ty, TVar):
            raise Unsupported("big operator at a type variable", e.span,
                              "only tested at instances of its classes")
        domain = self.finset_as_list(e.domain, e.var.ty)
        var = self.value_of(self.fresh_name(e.var.name), e.var.ty)
        body = self.child({e.var.name: var}).translate(e.body)
        if not isinstance(e.ty, EXACT_SUM_TYPES):
            raise Unsupported("big operator", e.span, "only over ℕ, ℤ, ℚ or ℝ")
        if e.kind == "sum":
            return L.ListSum(L.Fn(var, body), domain)
        if e.kind == "prod":
            return L.ListProd(L.Fn(var, body), domain)
        raise Unsupported(f"big operator {e.kind}", e.span)

    def finset_as_list(self, domain: Expr | None, elem_ty: Ty) -> Any:
        """A duplicate-free Finset domain as the list enumerating it once."""
        if domain is None:
            if isinstance(elem_ty, TFin):
                return L.Range(self.translate(elem_ty.n))
            if isinstance(elem_ty, TBool):
                return L.literal([false, true])
            raise Unsupported("Finset.univ", None, "only of Fin n or Bool")
        if isinstance(domain, Prim) and domain.op == "Finset.univ":
            return self.finset_as_list(None, domain.ty.elem)  # type: ignore[attr-defined]
        if isinstance(domain, Prim) and domain.op == "Finset.range":
            return L.Range(self.translate(domain.args[0]))
        raise Unsupported("Finset domain", domain.span, "only Finset.univ and Finset.range")

    def visit_MkStruct(self, e: MkStruct) -> Any:
        if isinstance(e.ty, TInd):  # a constructor: an injective head, distinct per name
            return ctor_head(e.name)(*[self.translate(v) for _, v in e.fields])
        given = dict(e.fields)
        try:
            order = [f for f, _ in self._structure(e.name).fields]
        except (Unsupported, KeyError, AttributeError):  # no Env: the elaborator's order
            order = list(given)
        return Tuple(*[self.translate(given[f]) for f in order])

    def visit_Field(self, e: Field) -> Any:
        obj = self.translate(e.obj)
        ty = e.obj.ty
        if not isinstance(ty, TStruct) or not isinstance(obj, Tuple):
            raise Unsupported("field projection", e.span, e.name)
        names = [f for f, _ in self._structure(ty.name).fields]
        return obj.args[names.index(e.name)]

    # --- definitions kept by name --------------------------------------------------------------

    def def_info(self, app: Basic) -> DefInfo | None:
        """The definition an applied head stands for (None for other terms)."""
        func = getattr(app, "func", None)
        if isinstance(func, UndefinedFunction) or (isinstance(func, type)
                                                    and issubclass(func, BoolApp)):
            # only a definition's own head: a binder ``(f : ℕ → ℕ)`` named like a ``def f``
            # is another function (Lean's binder shadows the global name)
            if getattr(func, "jepa_def", False):
                return self.defs.get(func.__name__)
        return None

    def unfold_definition(self, app: Basic) -> Basic | None:
        """Unfold an applied non-recursive definition by its body (None if not one)."""
        info = self.def_info(app)
        if info is None or info.body is None or info.recursive:
            return None
        value_params = [p for p in info.params if not isinstance(p.ty, TSort)]
        if len(value_params) != len(app.args):
            return None
        scope = dict(zip([p.name for p in value_params], app.args, strict=True))
        return self.child(scope, replace=True).translate(info.body)

    def unfold_equation(self, app: Basic) -> Basic | None:
        """Rewrite an applied recursive/pattern-matching definition by its first equation whose
        patterns match, when every earlier equation surely does not match; else None."""
        info = self.def_info(app)
        if info is None or not info.equations:
            return None
        value_params = [p for p in info.params if not isinstance(p.ty, TSort)]
        args = list(app.args)
        if len(args) != len(value_params):
            return None
        for eq in info.equations:
            k = len(eq.patterns)
            found: dict[str, Any] = {}
            verdicts = [
                match_pattern(p, a, found)
                for p, a in zip(eq.patterns, args[len(args) - k :], strict=True)
            ]
            if all(v is True for v in verdicts):
                scope = {p.name: a for p, a in zip(value_params[: len(args) - k], args,
                                                   strict=False)}
                scope.update(found)
                return self.child(scope, replace=True).translate(eq.rhs)
            if any(v is None for v in verdicts) and not any(v is False for v in verdicts):
                return None
        return None


def float_literal(value: float) -> Symbol:
    """A ``Float`` literal as an opaque symbol named by its value (``0`` and ``0.0`` are the
    same float, hence the same symbol)."""
    return Symbol(repr(value))


_FLOAT_OPS: dict[str, Any] = {}


def float_op(op: str) -> Any:
    """The opaque head of one ``Float`` operation (``Float.add``…), one per op."""
    head = _FLOAT_OPS.get(op)
    if head is None:
        head = sympy.Function(f"Float.{op}", commutative=True)
        _FLOAT_OPS[op] = head
    return head


def _subs(expr: Basic, old: Basic, new: Basic) -> Basic:
    return expr.xreplace({old: new}) if isinstance(expr, Basic) else expr


def apply(ctx: SymContext, fn: Any, args: list[Any]) -> Any:
    """Apply a function value (a ``Lambda``) to arguments, allowing partial application."""
    if not isinstance(fn, Lambda):
        raise Unsupported("application of a non-function", None, str(fn))
    # the signature, not ``variables``: a structure parameter is a tuple of field symbols
    # (``fun a b => ⟨a.x + b.x, …⟩`` has signature ((a.x, a.y), (b.x, b.y)), four variables
    # but two parameters); counting the variables bound a whole structure to one field
    signature = fn.signature
    k = len(signature)
    if len(args) == k:
        return fn(*args)
    if len(args) < k:
        rest = signature[len(args):]
        fresh = [_fresh_param(ctx, v) for v in rest]
        mapping: dict[Basic, Any] = {}
        for param, value in zip(signature, list(args) + fresh, strict=True):
            _bind(mapping, param, value)
        return L.Fn(tuple(fresh), fn.expr.xreplace(mapping))
    head = fn(*args[:k])
    return apply(ctx, head, args[k:])


def _fresh_param(ctx: SymContext, param: Any) -> Any:
    """A fresh parameter of the shape of ``param`` (a symbol, or a tuple of them)."""
    if isinstance(param, Tuple):
        return Tuple(*(_fresh_param(ctx, p) for p in param))
    return Symbol(ctx.fresh_name(str(param).split("·")[0]), **param.assumptions0)


def _bind(mapping: dict[Basic, Any], param: Any, value: Any) -> None:
    """``param`` ↦ ``value``, field by field for a structure parameter."""
    if not isinstance(param, Tuple):
        mapping[param] = value
        return
    if not isinstance(value, Tuple) or len(value) != len(param):
        raise Unsupported("partial application to a structure that is not explicit", None,
                          str(value))
    for p, v in zip(param, value, strict=True):
        _bind(mapping, p, v)


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------


def make_context(law: Law, env: Env | None = None) -> SymContext:
    """A context where every binder of ``law`` has its SymPy value."""
    ctx = SymContext(env=env, classes=classes_of(law.instance_constraints))
    for b in law.binders:
        ctx.bindings[b.name] = ctx.value_of(b.name, b.ty)
    return ctx


def law_symbols(law: Law, env: Env | None = None) -> dict[str, Any]:
    """Binder name to SymPy value (symbol, ``ListSymbol``, ``Lambda``, ``Tuple``)."""
    return dict(make_context(law, env).bindings)


def translate(expr: Expr, env: Env | None = None,
              ctx: SymContext | dict[str, Any] | None = None) -> Any:
    """The SymPy meaning of a core expression under ``ctx`` (a context or a bindings dict)."""
    if ctx is None:
        ctx = SymContext(env=env)
    elif isinstance(ctx, dict):
        ctx = SymContext(env=env, bindings=dict(ctx))
    elif ctx.env is None:
        ctx.env = env
    return ctx.translate(expr)


SYMBOLIC_NODES: tuple[type[Expr], ...] = (
    Var, Lit, Prim, Call, DefCall, TypeArg, Lam, Let, Ite, Quant, BigOp, MkStruct, Field,
)
"""Every core node type with a symbolic meaning (a test checks this covers ``core.Expr``)."""


def _boolean_condition(cond: Any, e: Ite) -> Any:
    """A condition free of ``Piecewise``: ``0 < (if f 0 > 0 then 0 else 1)`` becomes
    ``(f 0 > 0 ∧ False) ∨ (¬(f 0 > 0) ∧ True)``, first match first. SymPy cannot build a
    ``Piecewise`` whose condition contains one (``piecewise.py``); an ``if`` on a bound
    variable (``(∑ i, if m i then 1 else 0) = 0``) stays in place as an ``IfThen``."""
    if not isinstance(cond, Basic) or not cond.has(sympy.Piecewise):
        return cond
    cases = split_condition(cond)
    if cases is None:
        raise Unsupported("if-then-else", e.span,
                          "its condition splits into too many cases of inner `if`s")
    return sympy.Or(*cases)

__all__ = [
    "EXACT_SUM_TYPES",
    "FLOAT_MESSAGE",
    "FLOAT_OPAQUE_ARITH",
    "FLOAT_SHAPE_OPS",
    "HEADS",
    "NAT_NUMBER_HEADS",
    "PRIM_HANDLERS",
    "SYMBOLIC_NODES",
    "UNSUPPORTED_PRIMS",
    "BoolApp",
    "Dvd",
    "Fst",
    "IntBMod",
    "IntDiv",
    "IntFDiv",
    "IntFMod",
    "IntMod",
    "IntTDiv",
    "IntTMod",
    "NatChoose",
    "NatDiv",
    "NatFactorial",
    "NatGcd",
    "NatLand",
    "NatLog",
    "NatLor",
    "NatMod",
    "NatSqrt",
    "NatSub",
    "NatXor",
    "RealDiv",
    "RealLog",
    "RealSqrt",
    "SEq",
    "Snd",
    "SymContext",
    "apply",
    "assumptions",
    "bool_function",
    "contains_float",
    "def_head",
    "default_value",
    "explicit_mask",
    "is_boolish",
    "is_list_ty",
    "law_symbols",
    "make_context",
    "match_pattern",
    "translate",
]
