"""The symbolic meaning of the core language: core ``Expr`` to SymPy, with Lean's semantics.

Why dedicated heads: SymPy's own arithmetic is not Lean's. ``2 - 3`` at ℕ is 0 in Lean
(``NatSub``), ``7 / -2`` at ℤ is -3 (``IntDiv``, Euclidean), ``x / 0`` at ℝ is 0 and never
``zoo`` (``RealDiv``). Each head evaluates explicit numbers only; the prover states when a head
may be replaced by plain SymPy arithmetic (``RealDiv(a, b)`` is ``a/b`` when ``b ≠ 0`` is known).

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
from typing import Any

import sympy
from sympy import Basic, Integer, Lambda, Rational, Symbol, Tuple
from sympy.core.function import UndefinedFunction
from sympy.logic.boolalg import false, true

from jepa_formal.errors import Unsupported
from jepa_formal.mirror import lists as L
from jepa_formal.mirror.core import (
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
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    TRat,
    TReal,
    TSort,
    TStruct,
    TUnit,
    Ty,
    TypeArg,
    Var,
)

FLOAT_MESSAGE = "Float arithmetic is not modelled symbolically"


# --------------------------------------------------------------------------------------------
# Lean arithmetic heads (evaluate explicit numbers only)
# --------------------------------------------------------------------------------------------


def _int(e: Basic) -> int | None:
    return int(e) if isinstance(e, Integer) else None


class NatSub(sympy.Function):
    """``a - b`` at ℕ: truncated, ``max(a - b, 0)``."""

    nargs = 2
    is_commutative = True
    is_integer = True
    is_nonnegative = True

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if x is not None and y is not None:
            return Integer(max(x - y, 0))
        return None


class NatDiv(sympy.Function):
    """``a / b`` at ℕ: floor division, ``a / 0 = 0``."""

    nargs = 2
    is_commutative = True
    is_integer = True
    is_nonnegative = True

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if y == 0:
            return Integer(0)
        if x is not None and y is not None:
            return Integer(x // y)
        return None


class NatMod(sympy.Function):
    """``a % b`` at ℕ (and ``Fin`` wrap-around): ``a % 0 = a``."""

    nargs = 2
    is_commutative = True
    is_integer = True
    is_nonnegative = True

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if y == 0:
            return a
        if x is not None and y is not None:
            return Integer(x % y)
        return None


def _ediv(x: int, y: int) -> int:
    q = x // abs(y)
    return q if y > 0 else -q


class IntDiv(sympy.Function):
    """``a / b`` at ℤ: ``Int.ediv`` (remainder always ≥ 0), ``a / 0 = 0``."""

    nargs = 2
    is_commutative = True
    is_integer = True

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if y == 0:
            return Integer(0)
        if x is not None and y is not None:
            return Integer(_ediv(x, y))
        return None


class IntMod(sympy.Function):
    """``a % b`` at ℤ: ``Int.emod``, ``0 ≤ a % b < |b|`` for ``b ≠ 0``, ``a % 0 = a``."""

    nargs = 2
    is_commutative = True
    is_integer = True

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if y == 0:
            return a
        if x is not None and y is not None:
            return Integer(x - y * _ediv(x, y))
        return None

    def _eval_is_nonnegative(self) -> bool | None:
        return True if self.args[1].is_nonzero else None


class RealDiv(sympy.Function):
    """``a / b`` at ℚ/ℝ: exact, with ``a / 0 = 0`` (never ``zoo``). Folds explicit divisors."""

    nargs = 2
    is_commutative = True

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        if b.is_Number:
            return sympy.S.Zero if b.is_zero else a / b
        return None

    def _eval_is_extended_real(self) -> bool | None:
        a, b = self.args
        return True if a.is_extended_real and b.is_extended_real else None

    def _eval_is_finite(self) -> bool | None:
        a, b = self.args
        return True if a.is_finite and b.is_finite else None

    def _eval_is_rational(self) -> bool | None:
        a, b = self.args
        return True if a.is_rational and b.is_rational else None


class RealSqrt(sympy.Function):
    """``Real.sqrt a``: ``0`` for ``a < 0``. Folds explicit numbers."""

    nargs = 1
    is_commutative = True
    is_extended_real = True
    is_finite = True
    is_extended_nonnegative = True

    @classmethod
    def eval(cls, a: Basic) -> Basic | None:
        if a.is_Number:
            return sympy.S.Zero if a.is_negative else sympy.sqrt(a)
        return None


class Dvd(L.BoolAtom):
    """``a ∣ b`` at ℕ/ℤ (``0 ∣ b`` iff ``b = 0``); folds explicit numbers."""

    nargs = 2

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        x, y = _int(a), _int(b)
        if x is None or y is None:
            return None
        return sympy.sympify(y == 0 if x == 0 else y % x == 0)


class SEq(L.BoolAtom):
    """Equality of non-numbers (lists, tuples, values of a type variable): true only when the
    two sides are the same term; otherwise left undecided (never ``False`` by accident)."""

    nargs = 2

    @classmethod
    def eval(cls, a: Basic, b: Basic) -> Basic | None:
        return true if a == b else None


class Fst(sympy.Function):
    """``p.1``; folds a literal pair."""

    nargs = 1
    is_commutative = True

    @classmethod
    def eval(cls, p: Basic) -> Basic | None:
        return p.args[0] if isinstance(p, Tuple) and len(p) == 2 else None


class Snd(sympy.Function):
    """``p.2``; folds a literal pair."""

    nargs = 1
    is_commutative = True

    @classmethod
    def eval(cls, p: Basic) -> Basic | None:
        return p.args[1] if isinstance(p, Tuple) and len(p) == 2 else None


class BoolApp(L.BoolAtom):
    """Base of applied Bool/Prop-valued uninterpreted functions (``m i`` for ``m : α → Bool``)."""

    is_commutative = True


_BOOL_FUNS: dict[tuple[str, bool], type[BoolApp]] = {}


def bool_function(name: str, definition: bool = False) -> type[BoolApp]:
    """The (cached, so unique) Boolean head named ``name``; a definition's head is a different
    class from a variable's of the same name (``(p : ℕ → Bool)`` shadowing a ``def p``)."""
    cls = _BOOL_FUNS.get((name, definition))
    if cls is None:
        cls = type(name, (BoolApp,), {"__module__": __name__, "jepa_def": definition})
        _BOOL_FUNS[(name, definition)] = cls
    return cls


HEADS: tuple[type, ...] = (
    NatSub, NatDiv, NatMod, IntDiv, IntMod, RealDiv, RealSqrt, Dvd, SEq, Fst, Snd, BoolApp,
)
"""The Lean-specific arithmetic/logic heads defined here."""


# --------------------------------------------------------------------------------------------
# Types to SymPy values
# --------------------------------------------------------------------------------------------


def contains_float(ty: Ty) -> bool:
    """True when ``ty`` mentions ``Float`` anywhere (such terms are never translated)."""
    if isinstance(ty, TFloat):
        return True
    if isinstance(ty, (TList, TArray, TFinset, TOption)):
        return contains_float(ty.elem)
    if isinstance(ty, TProd):
        return contains_float(ty.fst) or contains_float(ty.snd)
    if isinstance(ty, TFun):
        return contains_float(ty.dom) or contains_float(ty.cod)
    return False


def assumptions(ty: Ty) -> dict[str, bool]:
    """SymPy assumptions of a number-like type (empty for types without arithmetic)."""
    if isinstance(ty, (TNat, TFin)):
        return {"integer": True, "nonnegative": True}
    if isinstance(ty, TInt):
        return {"integer": True}
    if isinstance(ty, TRat):
        return {"rational": True}
    if isinstance(ty, TReal):
        return {"real": True}
    if isinstance(ty, TFloat):
        raise Unsupported("Float", reason=FLOAT_MESSAGE)
    return {}


def fun_shape(ty: Ty) -> tuple[list[Ty], Ty]:
    """The uncurried domains and final codomain of a function type."""
    doms: list[Ty] = []
    while isinstance(ty, TFun):
        doms.append(ty.dom)
        ty = ty.cod
    return doms, ty


def is_boolish(ty: Ty) -> bool:
    return isinstance(ty, (TBool, TProp))


def is_list_ty(ty: Ty) -> bool:
    return isinstance(ty, (TList, TArray))


EXACT_SUM_TYPES = (TNat, TInt, TRat, TReal)
"""Element types whose ``+``/``*`` are exact, associative and commutative SymPy arithmetic."""


# --------------------------------------------------------------------------------------------
# The translation context
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class SymContext:
    """State of translating one law: values of bound names and facts about created symbols.

    ``list_types`` gives each ``ListSymbol`` its element type (bounded expansion and induction
    need it); ``fin_bounds`` maps each ``Fin n`` symbol to ``n``; ``defs`` keeps recursive or
    pattern-matching definitions met so far (their equations drive induction).
    """

    env: Any = None
    bindings: dict[str, Any] = field(default_factory=dict)
    list_types: dict[Basic, Ty] = field(default_factory=dict)
    fin_bounds: dict[Basic, Basic] = field(default_factory=dict)
    defs: dict[str, DefInfo] = field(default_factory=dict)
    counter: itertools.count = field(default_factory=lambda: itertools.count(1))
    unfold_defs: bool = True

    def fresh_name(self, base: str) -> str:
        return f"{base}·{next(self.counter)}"

    # --- creating values of a type ------------------------------------------------------------

    def value_of(self, name: str, ty: Ty) -> Any:
        """A SymPy value standing for an arbitrary value ``name`` of type ``ty``."""
        if contains_float(ty):
            raise Unsupported("Float", reason=FLOAT_MESSAGE)
        if isinstance(ty, TSort):
            return None
        if is_list_ty(ty):
            sym = L.ListSymbol(name)
            self.list_types[sym] = ty.elem
            return sym
        if isinstance(ty, TFun):
            doms, cod = fun_shape(ty)
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
        if isinstance(ty, (TOption, TFinset)):
            raise Unsupported(type(ty).__name__, reason="no symbolic variable of this type")
        sym = Symbol(name, **assumptions(ty))
        if isinstance(ty, TFin):
            self.fin_bounds[sym] = self.translate(ty.n)
        return sym

    def _structure(self, name: str) -> Any:
        if self.env is None:
            raise Unsupported("structure", reason=f"no environment to look up {name}")
        return self.env.structure(name)

    # --- translation ---------------------------------------------------------------------------

    def translate(self, expr: Expr) -> Any:
        """The SymPy meaning of ``expr`` (raises ``Unsupported`` for constructs not modelled)."""
        method = getattr(self, "visit_" + type(expr).__name__, None)
        if method is None:
            raise Unsupported(type(expr).__name__, getattr(expr, "span", None))
        try:
            return method(expr)
        except Unsupported as exc:
            if exc.span is None and getattr(expr, "span", None) is not None:
                raise Unsupported(exc.construct, expr.span, exc.reason) from None
            raise

    def child(self, extra: dict[str, Any], *, replace: bool = False) -> SymContext:
        """A context sharing the symbol facts, with more (or only ``extra``) bindings."""
        bindings = dict(extra) if replace else {**self.bindings, **extra}
        return SymContext(self.env, bindings, self.list_types, self.fin_bounds, self.defs,
                          self.counter, self.unfold_defs)

    def visit_Var(self, e: Var) -> Any:
        if contains_float(e.ty):
            raise Unsupported("Float", e.span, FLOAT_MESSAGE)
        if e.name not in self.bindings:
            raise Unsupported("unbound variable", e.span, e.name)
        return self.bindings[e.name]

    def visit_Lit(self, e: Lit) -> Any:
        v = e.value
        if isinstance(e.ty, TFloat) or isinstance(v, float):
            raise Unsupported("Float", e.span, FLOAT_MESSAGE)
        if isinstance(v, bool):
            return true if v else false
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
        if contains_float(e.ty) or any(contains_float(a.ty) for a in e.args):
            raise Unsupported("Float", e.span, FLOAT_MESSAGE)
        if e.op in ("add", "mul") and isinstance(e.ty, EXACT_SUM_TYPES):
            # long sums and products: one n-ary SymPy node (SymPy flattens them anyway)
            terms = [self.translate(t) for t in _spine(e, e.op)]
            return sympy.Add(*terms) if e.op == "add" else sympy.Mul(*terms)
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
        return def_head(info)(*[a for a in args if a is not None])

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
        cond = self.translate(e.cond)
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


def def_head(info: DefInfo) -> Any:
    """The SymPy head of a definition kept by name (recursive or by pattern matching); marked
    ``jepa_def`` so that it never equals a variable's head of the same name."""
    if is_boolish(info.result_ty):
        return bool_function(info.name, definition=True)
    return sympy.Function(info.name, commutative=True, jepa_def=True,
                          **assumptions(info.result_ty))


def match_pattern(pat: Expr, value: Basic, found: dict[str, Any]) -> bool | None:
    """Does ``value`` match ``pat``? True (bindings added), False (surely not) or None."""
    if isinstance(pat, Var):
        found[pat.name] = value
        return True
    if isinstance(pat, Prim) and pat.op == "List.nil":
        if isinstance(value, L.Nil):
            return True
        return False if isinstance(value, L.Cons) else None
    if isinstance(pat, Prim) and pat.op == "List.cons":
        if isinstance(value, L.Nil):
            return False
        if not isinstance(value, L.Cons):
            return None
        a = match_pattern(pat.args[0], value.args[0], found)
        b = match_pattern(pat.args[1], value.args[1], found)
        if a is False or b is False:
            return False
        return True if a and b else None
    if isinstance(pat, Lit) and isinstance(pat.value, int) and not isinstance(pat.value, bool):
        if isinstance(value, Integer):
            return int(value) == pat.value
        if pat.value == 0 and _positive_nat(value):
            return False
        return None
    if isinstance(pat, Prim) and pat.op == "succ":
        if isinstance(value, Integer):
            return match_pattern(pat.args[0], value - 1, found) if value > 0 else False
        if _positive_nat(value):
            return match_pattern(pat.args[0], value - 1, found)
        return None
    return None


def _positive_nat(v: Basic) -> bool:
    """``v`` is surely ≥ 1 (e.g. ``n + 1`` with ``n`` a natural)."""
    return bool(v.is_integer and (v - 1).is_nonnegative)


def _subs(expr: Basic, old: Basic, new: Basic) -> Basic:
    return expr.xreplace({old: new}) if isinstance(expr, Basic) else expr


def apply(ctx: SymContext, fn: Any, args: list[Any]) -> Any:
    """Apply a function value (a ``Lambda``) to arguments, allowing partial application."""
    if not isinstance(fn, Lambda):
        raise Unsupported("application of a non-function", None, str(fn))
    k = len(fn.variables)
    if len(args) == k:
        return fn(*args)
    if len(args) < k:
        rest = fn.variables[len(args):]
        fresh = [Symbol(ctx.fresh_name(str(v).split("·")[0]), **v.assumptions0) for v in rest]
        mapping = dict(zip(fn.variables, list(args) + fresh, strict=True))
        return L.Fn(tuple(fresh), fn.expr.xreplace(mapping))
    head = fn(*args[:k])
    return apply(ctx, head, args[k:])


# --------------------------------------------------------------------------------------------
# Prelude operations
# --------------------------------------------------------------------------------------------

Handler = Any


def _operand_ty(e: Prim) -> Ty:
    return e.args[0].ty if e.args else e.ty


def _fin_n(ctx: SymContext, ty: Ty) -> Basic:
    assert isinstance(ty, TFin)
    return ctx.translate(ty.n)


def _number_kind(e: Prim) -> str:
    ty = _operand_ty(e)
    for kind, cls in (("nat", TNat), ("int", TInt), ("rat", TRat), ("real", TReal),
                      ("fin", TFin)):
        if isinstance(ty, cls):
            return kind
    raise Unsupported(e.op, e.span, f"arithmetic at {type(ty).__name__} is not modelled")


def _add(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if _number_kind(e) == "fin":
        return NatMod(a[0] + a[1], _fin_n(ctx, e.ty))
    return a[0] + a[1]


def _spine(e: Prim, op: str) -> list[Expr]:
    """The operands of a left-nested chain ``((a op b) op c) …`` of one type, in order."""
    out: list[Expr] = []
    node: Expr = e
    while isinstance(node, Prim) and node.op == op and node.ty == e.ty and len(node.args) == 2:
        out.append(node.args[1])
        node = node.args[0]
    out.append(node)
    return out[::-1]


def _sub(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if kind == "nat":
        return NatSub(a[0], a[1])
    if kind == "fin":
        n = _fin_n(ctx, e.ty)
        return NatMod(a[0] + NatSub(n, a[1]), n)
    return a[0] - a[1]


def _mul(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if _number_kind(e) == "fin":
        return NatMod(a[0] * a[1], _fin_n(ctx, e.ty))
    return a[0] * a[1]


def _div(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if kind in ("nat", "fin"):
        return NatDiv(a[0], a[1])
    if kind == "int":
        return IntDiv(a[0], a[1])
    return RealDiv(a[0], a[1])


def _mod(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if kind in ("nat", "fin"):
        return NatMod(a[0], a[1])
    if kind == "int":
        return IntMod(a[0], a[1])
    raise Unsupported("mod", e.span, "% on ℚ/ℝ is not modelled")


def _pow(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if not isinstance(e.args[1].ty, TNat):
        raise Unsupported("pow", e.span, "only natural exponents are modelled")
    if kind == "fin":
        return NatMod(a[0] ** a[1], _fin_n(ctx, e.ty))
    return a[0] ** a[1]  # Monoid.npow: 0 ^ 0 = 1, as in SymPy


def _neg(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    kind = _number_kind(e)
    if kind == "nat":
        raise Unsupported("neg", e.span, "ℕ has no negation")
    if kind == "fin":
        n = _fin_n(ctx, e.ty)
        return NatMod(NatSub(n, a[0]), n)
    return -a[0]


def _inv(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if _number_kind(e) not in ("rat", "real"):
        raise Unsupported("inv", e.span, "⁻¹ only at ℚ/ℝ")
    return RealDiv(sympy.S.One, a[0])


def _abs(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return a[0] if _number_kind(e) in ("nat", "fin") else sympy.Abs(a[0])


def _max(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    _number_kind(e)
    return sympy.Max(a[0], a[1])


def _min(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    _number_kind(e)
    return sympy.Min(a[0], a[1])


def _smul(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if not isinstance(e.ty, EXACT_SUM_TYPES):
        raise Unsupported("smul", e.span, "• only on numbers")
    return a[0] * a[1]


def _sqrt(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if not isinstance(e.ty, TReal):
        raise Unsupported("sqrt", e.span, "only Real.sqrt")
    return RealSqrt(a[0])


def _succ(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return a[0] + 1


def _cast(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    src, dst = e.args[0].ty, e.ty
    if src == dst:
        return a[0]
    if isinstance(dst, TFin):
        if isinstance(src, (TNat, TInt)) and isinstance(src, TNat):
            return NatMod(a[0], _fin_n(ctx, dst))
        raise Unsupported("cast", e.span, "only ℕ → Fin n")
    if isinstance(src, TBool) and isinstance(dst, (TNat, TInt, TRat, TReal)):
        return sympy.Piecewise((sympy.S.One, a[0]), (sympy.S.Zero, True))
    widening = {TFin: (TNat, TInt, TRat, TReal), TNat: (TInt, TRat, TReal),
                TInt: (TRat, TReal), TRat: (TReal,)}
    for cls, targets in widening.items():
        if isinstance(src, cls) and isinstance(dst, targets):
            return a[0]  # an embedding: the value is the same number
    raise Unsupported("cast", e.span, f"{type(src).__name__} → {type(dst).__name__}")


def _compare(rel: Any) -> Handler:
    def handler(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
        _number_kind(e)
        return rel(a[0], a[1])

    return handler


def _eq(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    ty = _operand_ty(e)
    if is_boolish(ty):
        return sympy.Equivalent(a[0], a[1])
    if isinstance(ty, (TNat, TInt, TRat, TReal, TFin)):
        return sympy.Eq(a[0], a[1])
    if isinstance(a[0], Lambda) or isinstance(a[1], Lambda):
        raise Unsupported("equality of functions", e.span)
    return SEq(a[0], a[1])


def _ne(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return sympy.Not(_eq(ctx, e, a))


def _logic(fn: Any) -> Handler:
    def handler(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
        return fn(*a)

    return handler


def _dvd(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if _number_kind(e) not in ("nat", "int"):
        raise Unsupported("dvd", e.span, "∣ only at ℕ/ℤ")
    return Dvd(a[0], a[1])


def _elem_ty(e: Expr) -> Ty:
    ty = e.ty
    if not is_list_ty(ty):
        raise Unsupported("list operation", e.span, f"on {type(ty).__name__}")
    return ty.elem  # type: ignore[attr-defined]


def _exact_elem(e: Prim, xs: Expr) -> Ty:
    elem = _elem_ty(xs)
    if not isinstance(elem, EXACT_SUM_TYPES):
        raise Unsupported(e.op, e.span, "sums/products only over ℕ, ℤ, ℚ or ℝ elements")
    return elem


def _fn1(ctx: SymContext, f: Any, e: Prim, arity: int) -> Lambda:
    if not isinstance(f, Lambda) or len(f.variables) != arity:
        raise Unsupported(e.op, e.span, f"expects a function of {arity} argument(s)")
    return f


def _id_over(ctx: SymContext, elem: Ty) -> Lambda:
    return L.identity(ctx.value_of(ctx.fresh_name("x"), elem))


def _list_sum(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.ListSum(_id_over(ctx, _exact_elem(e, e.args[0])), a[0])


def _list_prod(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.ListProd(_id_over(ctx, _exact_elem(e, e.args[0])), a[0])


def _map(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.Map(_fn1(ctx, a[0], e, 1), a[1])


def _filter(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.Filter(_fn1(ctx, a[0], e, 1), a[1])


def _foldl(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.FoldL(_fn1(ctx, a[0], e, 2), a[1], a[2])


def _foldr(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.FoldR(_fn1(ctx, a[0], e, 2), a[1], a[2])


def _zipwith(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.ZipWith(_fn1(ctx, a[0], e, 2), a[1], a[2])


def _mem(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    if isinstance(e.args[1].ty, TFinset):
        raise Unsupported("List.mem", e.span, "membership in a Finset here")
    return L.Mem(a[0], a[1])


def _get(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.GetD(a[0], a[1], default_value(ctx, e.ty, e))


def _head(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return L.GetD(a[0], sympy.S.Zero, default_value(ctx, e.ty, e))


def _all(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    f, xs = (a[0], a[1]) if isinstance(a[0], Lambda) else (a[1], a[0])
    return L.ListAll(_fn1(ctx, f, e, 1), xs)


def _any(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    f, xs = (a[0], a[1]) if isinstance(a[0], Lambda) else (a[1], a[0])
    return L.ListAny(_fn1(ctx, f, e, 1), xs)


def _finset_univ(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return ctx.finset_as_list(None, e.ty.elem)  # type: ignore[attr-defined]


def _finset_card(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    arg = e.args[0]
    if isinstance(arg, Prim) and arg.op in ("Finset.univ", "Finset.range"):
        return L.Length(a[0])
    raise Unsupported("Finset.card", e.span, "only of Finset.univ / Finset.range")


def _finset_mem(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    arg = e.args[1]
    if isinstance(arg, Prim) and arg.op in ("Finset.univ", "Finset.range"):
        return L.Mem(a[0], a[1])
    raise Unsupported("Finset.mem", e.span, "only in Finset.univ / Finset.range")


def _default(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
    return default_value(ctx, e.ty, e)


def default_value(ctx: SymContext, ty: Ty, e: Expr) -> Any:
    """Lean's ``default`` (Inhabited) of a type: 0, false, [], pairs of defaults."""
    if isinstance(ty, (TNat, TInt, TRat, TReal, TFin)):
        return sympy.S.Zero
    if is_boolish(ty):
        return false
    if is_list_ty(ty):
        return L.Nil()
    if isinstance(ty, TProd):
        return Tuple(default_value(ctx, ty.fst, e), default_value(ctx, ty.snd, e))
    raise Unsupported("default", getattr(e, "span", None), f"of {type(ty).__name__}")


def _simple(fn: Any) -> Handler:
    def handler(ctx: SymContext, e: Prim, a: list[Any]) -> Any:
        return fn(*a)

    return handler


PRIM_HANDLERS: dict[str, Handler] = {
    "add": _add, "sub": _sub, "mul": _mul, "div": _div, "mod": _mod, "pow": _pow,
    "neg": _neg, "inv": _inv, "abs": _abs, "max": _max, "min": _min, "smul": _smul,
    "sqrt": _sqrt, "succ": _succ, "cast": _cast,
    "eq": _eq, "ne": _ne, "beq": _eq,
    "lt": _compare(sympy.Lt), "le": _compare(sympy.Le),
    "gt": _compare(sympy.Gt), "ge": _compare(sympy.Ge),
    "dvd": _dvd,
    "and": _logic(sympy.And), "or": _logic(sympy.Or), "not": _logic(sympy.Not),
    "implies": _logic(sympy.Implies), "iff": _logic(sympy.Equivalent),
    "bnot": _logic(sympy.Not), "band": _logic(sympy.And), "bor": _logic(sympy.Or),
    "decide": _logic(lambda p: p),
    "List.nil": _simple(L.Nil), "List.cons": _simple(L.Cons),
    "List.append": _simple(L.Append), "List.reverse": _simple(L.Reverse),
    "List.map": _map, "List.sum": _list_sum, "List.prod": _list_prod,
    "List.length": _simple(L.Length), "List.replicate": _simple(L.Replicate),
    "List.range": _simple(L.Range), "List.finRange": _simple(L.Range),
    "List.foldl": _foldl, "List.foldr": _foldr, "List.filter": _filter,
    "List.take": _simple(L.Take), "List.drop": _simple(L.Drop),
    "List.zip": _simple(L.Zip), "List.zipWith": _zipwith,
    "List.count": _simple(L.Count), "List.mem": _mem,
    "List.get!": _get, "List.head!": _head, "List.all": _all, "List.any": _any,
    "Finset.univ": _finset_univ, "Finset.range": _simple(L.Range),
    "Finset.card": _finset_card, "Finset.mem": _finset_mem,
    "Prod.mk": _simple(Tuple), "Prod.fst": _simple(Fst), "Prod.snd": _simple(Snd),
    "default": _default,
}
"""The symbolic meaning of each ``PRIM_OPS`` op (see ``UNSUPPORTED_PRIMS`` for the rest)."""

UNSUPPORTED_PRIMS: dict[str, str] = {
    "List.toFinset": "a Finset built from a list (deduplication) is not modelled symbolically",
    "Option.none": "Option values are not modelled symbolically",
    "Option.some": "Option values are not modelled symbolically",
    "Option.getD": "Option values are not modelled symbolically",
}
"""``PRIM_OPS`` ops without a symbolic meaning, with the reason (a test checks coverage)."""


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------


def make_context(law: Law, env: Any = None) -> SymContext:
    """A context where every binder of ``law`` has its SymPy value."""
    ctx = SymContext(env=env)
    for b in law.binders:
        ctx.bindings[b.name] = ctx.value_of(b.name, b.ty)
    return ctx


def law_symbols(law: Law, env: Any = None) -> dict[str, Any]:
    """Binder name to SymPy value (symbol, ``ListSymbol``, ``Lambda``, ``Tuple``)."""
    return dict(make_context(law, env).bindings)


def translate(expr: Expr, env: Any = None, ctx: SymContext | dict[str, Any] | None = None) -> Any:
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

__all__ = [
    "EXACT_SUM_TYPES",
    "FLOAT_MESSAGE",
    "HEADS",
    "PRIM_HANDLERS",
    "SYMBOLIC_NODES",
    "UNSUPPORTED_PRIMS",
    "BoolApp",
    "Dvd",
    "Fst",
    "IntDiv",
    "IntMod",
    "NatDiv",
    "NatMod",
    "NatSub",
    "RealDiv",
    "RealSqrt",
    "SEq",
    "Snd",
    "SymContext",
    "law_symbols",
    "make_context",
    "translate",
]
