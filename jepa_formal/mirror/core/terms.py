"""The typed core language: what a Lean term means after names are resolved and types known.

Why a core language: the reader's AST is Lean *syntax* (dot notation, overloaded operators,
numerals whose type depends on position). Both meanings of a term, the symbolic one (SymPy,
``mirror/symbolic/``) and the concrete one (Python values, ``mirror/concrete/``), are written
independently over *this* small, closed, typed language, produced once by the elaborator
(``mirror/elaborate/``). Every node carries its Lean type, so ``a / b`` at ``ℕ`` and at ``ℝ``
are told apart by ``ty``, never guessed.

The operation vocabulary of ``Prim`` is closed: ``PRIM_OPS`` lists every op with its
signature and Lean meaning. Both interpreters must handle every op or raise ``Unsupported``;
a test checks that they do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from jepa_formal.errors import TypeMismatch
from jepa_formal.reader.syntax import Span

# --------------------------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ty:
    """Base of Lean types as the mirror models them."""


@dataclass(frozen=True, slots=True)
class TNat(Ty):
    """``ℕ``: unbounded naturals; ``-`` truncates, ``/`` floors with ``x / 0 = 0``,
    ``x % 0 = x``."""


@dataclass(frozen=True, slots=True)
class TInt(Ty):
    """``ℤ``: ``/`` and ``%`` are Euclidean (``Int.ediv``/``Int.emod``), ``x / 0 = 0``,
    ``x % 0 = x``."""


@dataclass(frozen=True, slots=True)
class TRat(Ty):
    """``ℚ``: exact rationals, ``x / 0 = 0``."""


@dataclass(frozen=True, slots=True)
class TReal(Ty):
    """``ℝ``: exact reals (concretely ``Fraction``), ``x / 0 = 0``, ``(0)⁻¹ = 0``,
    ``√x = 0`` for x < 0."""


@dataclass(frozen=True, slots=True)
class TNNReal(TReal):
    """``ℝ≥0`` (``NNReal``): the reals ``≥ 0``. Everything is ℝ's except subtraction, which
    truncates at 0 (``tsub``; the elaborator writes ``a - b`` as ``max (a - b) 0``); a binder
    of this type carries the hypothesis ``0 ≤ x``."""


@dataclass(frozen=True, slots=True)
class TFloat(Ty):
    """``Float``: IEEE binary64 in written order; never reasoned about symbolically."""


@dataclass(frozen=True, slots=True)
class TBool(Ty):
    """``Bool`` (``true``/``false``), distinct from ``Prop``."""


@dataclass(frozen=True, slots=True)
class TProp(Ty):
    """``Prop``: propositions (concretely Python ``bool`` when decidable on finite data)."""


@dataclass(frozen=True, slots=True)
class TUnit(Ty):
    """``Unit`` / ``()``."""


@dataclass(frozen=True, slots=True)
class TString(Ty):
    """``String``."""


@dataclass(frozen=True, slots=True)
class TSort(Ty):
    """The type of types: the type of a binder ``{α : Type}``."""


@dataclass(frozen=True, slots=True)
class TFin(Ty):
    """``Fin n``; ``n`` is a core ``Expr`` of type ``ℕ`` (a ``Var`` or a ``Lit``, or a ``Prim``)."""

    n: Expr


@dataclass(frozen=True, slots=True)
class TList(Ty):
    """``List α``."""

    elem: Ty


@dataclass(frozen=True, slots=True)
class TArray(Ty):
    """``Array α``: the same sequence algebra as ``List`` (ops are the ``List.*`` prims)."""

    elem: Ty


@dataclass(frozen=True, slots=True)
class TFinset(Ty):
    """``Finset α``: a finite set (only as the domain of ``∑ i ∈ s``)."""

    elem: Ty


@dataclass(frozen=True, slots=True)
class TProd(Ty):
    """``α × β``."""

    fst: Ty
    snd: Ty


@dataclass(frozen=True, slots=True)
class TOption(Ty):
    """``Option α``."""

    elem: Ty


@dataclass(frozen=True, slots=True)
class TFun(Ty):
    """``α → β`` (curried: a two-argument function is ``TFun(α, TFun(β, γ))``)."""

    dom: Ty
    cod: Ty


@dataclass(frozen=True, slots=True)
class TVar(Ty):
    """A type variable bound by ``{α : Type}`` (or auto-bound); ranges over every type."""

    name: str


@dataclass(frozen=True, slots=True)
class TStruct(Ty):
    """A structure declared in the specs, by full name, with its parameter arguments."""

    name: str
    args: tuple[Expr, ...] = ()


@dataclass(frozen=True, slots=True)
class TInd(Ty):
    """An inductive type declared in the specs (``inductive Shape | scalar | dim (n : ℕ) (s :
    Shape)``), by full name, with its parameter arguments (``Tree ℕ``: ``(TypeArg(ℕ),)``; a
    value parameter is an ℕ expression, as for ``TStruct``). A value is built by ``MkStruct``
    whose ``name`` is the constructor's full name (``Shape.dim``) and whose fields are the
    constructor's arguments; concretely a ``StructValue`` of that name."""

    name: str
    args: tuple[Expr, ...] = ()


def contains_function(ty: Ty, fields: Callable[[Ty], Sequence[Ty] | None] | None = None,
                      _seen: frozenset[str] = frozenset()) -> bool:
    """Whether a value of ``ty`` may hold a function (itself one, or one inside a list, pair,
    option, finite set, structure or inductive). Such values have no computable equality:
    Lean's ``=`` on functions is extensional, while the concrete values (tables, closures)
    compare by representation, so a concrete operation that compares or hashes them (a
    table keyed by functions, ``∈``, ``Nodup``, a ``Finset`` of them) must not run.
    ``fields(ty)`` gives the field types of a structure or inductive (None: unknown, counted
    as possibly holding one); without it every structure and inductive counts as one."""
    if isinstance(ty, TFun):
        return True
    if isinstance(ty, (TList, TArray, TOption, TFinset)):
        return contains_function(ty.elem, fields, _seen)
    if isinstance(ty, TProd):
        return contains_function(ty.fst, fields, _seen) or contains_function(ty.snd, fields,
                                                                             _seen)
    if isinstance(ty, (TBool, TProp, TUnit, TString, TNat, TInt, TRat, TReal, TFloat, TFin,
                       TSort, TVar)):
        return False
    name = getattr(ty, "name", "")
    if name in _seen:
        return False  # a recursive field: its type's fields are being looked at already
    found = fields(ty) if fields is not None else None
    if found is None:
        return isinstance(ty, (TStruct, TInd)) or fields is None
    return any(contains_function(t, fields, _seen | {name}) for t in found)


def uncurry(ty: Ty) -> tuple[tuple[Ty, ...], Ty]:
    """The argument types and final result type of a curried function type
    (``α → β → γ`` is ``((α, β), γ)``; a non-function type is ``((), ty)``). Every layer
    that applies function values positionally reads a function type through this."""
    doms: list[Ty] = []
    while isinstance(ty, TFun):
        doms.append(ty.dom)
        ty = ty.cod
    return tuple(doms), ty



def cod_after(ty: Ty, k: int) -> Ty:
    """The type of a function of type ``ty`` applied to ``k`` arguments (``α → β → γ`` after
    one is ``β → γ``); more arguments than arrows is a type error."""
    for _ in range(k):
        if not isinstance(ty, TFun):
            raise TypeMismatch("too many arguments",
                               reason="more arguments than the type has arrows")
        ty = ty.cod
    return ty

def type_parts(ty: Ty) -> tuple[Ty, ...]:
    """The immediate component types of a structural type (``List α`` → ``(α,)``,
    ``α → β`` → ``(α, β)``); none for a leaf. Predicates over types recurse through this."""
    if isinstance(ty, (TList, TArray, TFinset, TOption)):
        return (ty.elem,)
    if isinstance(ty, TProd):
        return (ty.fst, ty.snd)
    if isinstance(ty, TFun):
        return (ty.dom, ty.cod)
    if isinstance(ty, TInd) and ty.args:  # `Tree α`: a predicate over types sees the α
        return tuple(a.value for a in ty.args if isinstance(a, TypeArg))
    return ()


def map_type(ty: Ty, on_type: Callable[[Ty], Ty], on_expr: Callable[[Expr], Expr]) -> Ty:
    """``ty`` rebuilt with ``on_type`` applied to each component type and ``on_expr`` to each
    expression inside it (a ``Fin`` size, structure arguments); leaves are returned as they are.
    Substitutions over types (the elaborator's, the unifier's) are this with their leaf rule."""
    if isinstance(ty, (TList, TArray, TFinset, TOption)):
        return type(ty)(on_type(ty.elem))
    if isinstance(ty, TProd):
        return TProd(on_type(ty.fst), on_type(ty.snd))
    if isinstance(ty, TFun):
        return TFun(on_type(ty.dom), on_type(ty.cod))
    if isinstance(ty, TFin):
        return TFin(on_expr(ty.n))
    if isinstance(ty, (TStruct, TInd)) and ty.args:
        return type(ty)(ty.name, tuple(on_expr(a) for a in ty.args))
    return ty


NUMBER_TYPES = (TNat, TInt, TRat, TReal, TFloat)
"""Types with arithmetic (``TFin`` has wrap-around arithmetic of its own)."""


def is_exact(ty: Ty) -> bool:
    """True where addition is associative and commutative (every number type but Float)."""
    return isinstance(ty, (TNat, TInt, TRat, TReal, TFin))


# --------------------------------------------------------------------------------------------
# Expressions
# --------------------------------------------------------------------------------------------


def _span() -> Any:
    return field(default=None, compare=False, repr=False, kw_only=True)


@dataclass(frozen=True, slots=True)
class Expr:
    """Base of core expressions; every node has a ``ty``."""


@dataclass(frozen=True, slots=True)
class Var(Expr):
    """A bound variable: a theorem binder, a ``fun``/``let``/quantifier/big-operator variable.

    Names are unique within one law (the elaborator renames shadowed binders ``x``, ``x_1``…).
    """

    name: str
    ty: Ty
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Lit(Expr):
    """A literal: ``int`` for ℕ/ℤ/Fin (already reduced mod n when n is literal), ``Fraction`` for
    ℚ/ℝ, ``float`` for Float, ``bool`` for Bool/Prop, ``str`` for String, ``()`` for Unit."""

    value: Any
    ty: Ty
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Prim(Expr):
    """An application of a prelude operation ``op`` (a key of ``PRIM_OPS``) to ``args``."""

    op: str
    args: tuple[Expr, ...]
    ty: Ty
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Call(Expr):
    """Application of a function-valued expression (a function binder, a lambda, a projection of
    a function field) to one or more arguments: ``f a b`` is ``Call(f, (a, b))``."""

    fn: Expr
    args: tuple[Expr, ...]
    ty: Ty
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class DefCall(Expr):
    """Application of a user definition (from the specs or an imported file) by full name, with
    all its parameters supplied (implicit ones included, in binder order; type parameters are
    passed as ``TypeArg``). Interpreters unfold it through the ``Env``."""

    name: str
    args: tuple[Expr, ...]
    ty: Ty
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class TypeArg(Expr):
    """A type passed as an argument (to a def's ``{α : Type}`` parameter); ``ty`` is TSort."""

    value: Ty
    ty: Ty = TSort()
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Lam(Expr):
    """``fun x y => body``; ``ty`` is the curried function type."""

    params: tuple[Var, ...]
    body: Expr
    ty: Ty
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Let(Expr):
    """``let var := value; body``."""

    var: Var
    value: Expr
    body: Expr
    ty: Ty
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Ite(Expr):
    """``if cond then a else b``; ``cond`` has type Prop (decidable) or Bool."""

    cond: Expr
    then: Expr
    orelse: Expr
    ty: Ty
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Quant(Expr):
    """``∀ var, body`` (``kind="forall"``) or ``∃ var, body`` (``"exists"``); ty is TProp.

    Bounded forms are desugared: ``∀ i ∈ xs, P`` is ``forall i, List.mem(i, xs) → P`` and
    ``∃ i ∈ xs, P`` is ``exists i, List.mem(i, xs) ∧ P``. ``bound`` keeps the list (``xs``) of
    such a bounded quantifier so hypothesis-aware generation and congruence rewriting can
    recognise ``∀ i ∈ xs, f i = g i`` without pattern-matching the desugared form.
    """

    kind: str
    var: Var
    body: Expr
    ty: Ty = TProp()
    bound: Expr | None = None
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class BigOp(Expr):
    """``∑ var ∈ domain, body`` (``kind="sum"``) or ``∏`` (``"prod"``). ``domain`` None means
    ``Finset.univ`` of ``var.ty`` (a ``Fin n`` or ``Bool``); otherwise a ``Finset``/``List`` expr
    (a Finset sums each element once)."""

    kind: str
    var: Var
    body: Expr
    ty: Ty
    domain: Expr | None = None
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class MkStruct(Expr):
    """A structure value with every field given (defaults already filled in by the elaborator)."""

    name: str
    fields: tuple[tuple[str, Expr], ...]
    ty: Ty
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Field(Expr):
    """``s.x``: projection of a structure field."""

    obj: Expr
    name: str
    ty: Ty
    span: Span | None = _span()


# --------------------------------------------------------------------------------------------
# The one traversal of core expressions
# --------------------------------------------------------------------------------------------

_SKIPPED_FIELDS = frozenset({"span", "ty"})
_FIELDS: dict[type, tuple[str, ...]] = {}


def _expr_fields(cls: type) -> tuple[str, ...]:
    """The fields of an expression class that can hold sub-expressions (cached per class)."""
    names = _FIELDS.get(cls)
    if names is None:
        names = tuple(f for f in getattr(cls, "__dataclass_fields__", {})
                      if f not in _SKIPPED_FIELDS)
        _FIELDS[cls] = names
    return names


def children(e: Expr) -> tuple[Expr, ...]:
    """The immediate sub-expressions of ``e`` in field order: arguments, bodies, bound
    variables (a ``Lam``'s parameters, a ``Quant``'s variable), structure field values.
    Types and spans are not children (``node_types`` gives the types). Every walk over core
    terms goes through this or ``map_children``, so a new node kind is walked everywhere once
    its fields are declared."""
    out: list[Expr] = []
    for name in _expr_fields(type(e)):
        value = getattr(e, name)
        if isinstance(value, Expr):
            out.append(value)
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, Expr):
                    out.append(item)
                elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Expr):
                    out.append(item[1])  # (field name, value) of MkStruct
    return tuple(out)


def map_children(e: Expr, f: Callable[[Expr], Expr]) -> Expr:
    """``e`` rebuilt with ``f`` applied to each child (as ``children`` lists them); ``e``
    itself when no child changed, so unchanged subtrees keep their identity."""
    changes: dict[str, Any] = {}
    for name in _expr_fields(type(e)):
        value = getattr(e, name)
        if isinstance(value, Expr):
            new = f(value)
            if new is not value:
                changes[name] = new
        elif isinstance(value, tuple) and value:
            items = tuple(
                f(item) if isinstance(item, Expr)
                else (item[0], f(item[1]))
                if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Expr)
                else item
                for item in value
            )
            if any(a is not b for a, b in zip(items, value, strict=True)):
                changes[name] = items
    return replace(e, **changes) if changes else e


def node_types(e: Expr) -> tuple[Ty, ...]:
    """The types written on the node itself (its ``ty``, a ``TypeArg``'s value)."""
    out = [t for t in (getattr(e, "ty", None), getattr(e, "value", None)) if isinstance(t, Ty)]
    return tuple(out)


def map_node_types(e: Expr, f: Callable[[Ty], Ty]) -> Expr:
    """``e`` with ``f`` applied to the types written on the node itself (not its children)."""
    changes: dict[str, Any] = {}
    for name in ("ty", "value"):
        old = getattr(e, name, None)
        if isinstance(old, Ty):
            new = f(old)
            if new is not old and new != old:
                changes[name] = new
    return replace(e, **changes) if changes else e


def type_exprs(ty: Ty) -> tuple[Expr, ...]:
    """The expressions inside a type itself (a ``Fin`` size, structure arguments)."""
    if isinstance(ty, TFin):
        return (ty.n,)
    if isinstance(ty, (TStruct, TInd)):
        return tuple(ty.args)
    return ()


# --------------------------------------------------------------------------------------------
# Laws and definitions
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Law:
    """A theorem statement ready to check: ``∀ binders, hypotheses → conclusion``.

    ``binders`` are all universally bound variables in order (type variables have ty TSort and
    appear as ``TVar(name)`` in later types). ``hypotheses`` are the Prop-typed explicit/implicit
    binders (``(h : ∀ i ∈ idxs, …)``) and leading ``→`` premises of the statement, each with
    its Lean name (``h``, ``hγ``, or ``_h1`` for an anonymous premise). ``conclusion`` is Prop.
    ``instance_constraints`` records ``[Add α]``-style binders as written text.
    """

    name: str
    binders: tuple[Var, ...]
    hypotheses: tuple[tuple[str, Expr], ...]
    conclusion: Expr
    instance_constraints: tuple[str, ...] = ()
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Equation:
    """One equation of a definition by pattern matching: ``name patterns = rhs``.

    ``patterns`` are core exprs over pattern variables ``pvars``: ``Prim("List.nil")``,
    ``Prim("List.cons", (Var x, Var xs))``, ``Lit 0``, ``Prim("Nat.succ", (Var n,))``, ``Var``.
    """

    pvars: tuple[Var, ...]
    patterns: tuple[Expr, ...]
    rhs: Expr


@dataclass(frozen=True, slots=True)
class DefInfo:
    """A user definition after elaboration.

    ``params`` are all parameters in binder order (type parameters as Vars of ty TSort).
    Exactly one of ``body`` (unfold by substitution) and ``equations`` (pattern matching over
    the *trailing* ``len(patterns)`` arguments, tried in order) is set. ``recursive`` is True
    when the definition mentions itself; interpreters must not unfold those blindly.
    """

    name: str
    params: tuple[Var, ...]
    result_ty: Ty
    body: Expr | None = None
    equations: tuple[Equation, ...] = ()
    recursive: bool = False
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class StructInfo:
    """A structure: parameters, fields with types and optional defaults (in terms of earlier
    fields and parameters)."""

    name: str
    params: tuple[Var, ...]
    fields: tuple[tuple[str, Ty], ...]
    defaults: tuple[tuple[str, Expr], ...] = ()
    span: Span | None = field(default=None, compare=False)


def roots(node: Any) -> tuple[Expr, ...]:
    """The top-level expressions of a law, a definition, an equation, a tuple of those, or of
    an expression itself (what ``subterms`` starts from)."""
    if isinstance(node, Expr):
        return (node,)
    if isinstance(node, Law):
        return (*node.binders, *(e for _, e in node.hypotheses), node.conclusion)
    if isinstance(node, DefInfo):
        body = () if node.body is None else (node.body,)
        return (*node.params, *body, *(r for eq in node.equations for r in roots(eq)))
    if isinstance(node, Equation):
        return (*node.pvars, *node.patterns, node.rhs)
    if isinstance(node, (tuple, list)):
        return tuple(r for item in node for r in roots(item))
    return ()


def subterms(node: Any) -> Iterator[Expr]:
    """Every expression inside ``node`` (see ``roots``), each once per occurrence, parents
    before children."""
    stack = list(reversed(roots(node)))
    while stack:
        e = stack.pop()
        yield e
        stack.extend(reversed(children(e)))


# --------------------------------------------------------------------------------------------
# The closed vocabulary of prelude operations
# --------------------------------------------------------------------------------------------

PRIM_OPS: dict[str, str] = {
    # --- arithmetic: the operand type is args[0].ty (both args have it, except pow's exponent
    #     which is ℕ); result ty is that type. Lean semantics per type (see Ty docstrings).
    "add": "a + b",
    "sub": "a - b (ℕ: truncated max(a-b, 0); Fin n: wraps mod n)",
    "mul": "a * b (Fin n: wraps mod n)",
    "div": "a / b (ℕ: floor, /0 = 0; ℤ: Int.ediv, /0 = 0; ℚ/ℝ: exact, /0 = 0; Float: IEEE)",
    "mod": "a % b (ℕ: a % 0 = a; ℤ: Int.emod, 0 ≤ r < |b|, a % 0 = a; Fin n: mod of vals)",
    "pow": "a ^ k with k : ℕ (Monoid.npow); for ℝ with a real exponent: unsupported",
    "neg": "-a (ℤ/ℚ/ℝ/Float; Fin n: (n - a) % n); ℕ has no negation",
    "inv": "a⁻¹ (ℚ/ℝ: (0)⁻¹ = 0; Float: IEEE)",
    "abs": "|a|",
    "max": "max a b",
    "min": "min a b",
    "smul": "a • b with a : ℕ/ℤ/ℝ scalar, same as mul after casting a to b's type",
    "sqrt": "Real.sqrt a (= 0 for a < 0); Float.sqrt for Float",
    "exp": "Real.exp a; Float.exp a (C exp)",
    "log": "Real.log a (Mathlib: log 0 = 0, log (-a) = log a); Float.log a (C log)",
    "succ": "Nat.succ a = a + 1",
    "cast": (
        "coerce args[0] to ty: ℕ→ℤ/ℚ/ℝ/Float, ℤ→ℚ/ℝ, ℚ→ℝ, Fin n→ℕ (.val / ↑i),"
        " ℕ→Fin n (mod n, n > 0), Bool→ℕ (toNat)"
    ),
    # --- comparisons and logic: result ty TProp unless noted
    "eq": "a = b",
    "ne": "a ≠ b",
    "lt": "a < b (Float: IEEE, NaN compares false)",
    "le": "a ≤ b",
    "gt": "a > b",
    "ge": "a ≥ b",
    "beq": "a == b : Bool",
    "dvd": "a ∣ b",
    "and": "P ∧ Q",
    "or": "P ∨ Q",
    "not": "¬P",
    "implies": "P → Q",
    "iff": "P ↔ Q",
    "bnot": "!b : Bool",
    "band": "b && c : Bool",
    "bor": "b || c : Bool",
    "decide": "decide P : Bool",
    # --- lists (also Arrays: same ops, type TArray; the elaborator maps Array.* here)
    "List.nil": "[]",
    "List.cons": "x :: xs",
    "List.append": "xs ++ ys",
    "List.reverse": "xs.reverse",
    "List.map": "List.map f xs (args: f, xs)",
    "List.sum": "xs.sum = foldr (+) 0 (right fold; matters for Float)",
    "List.prod": "xs.prod = foldr (*) 1",
    "List.length": "xs.length : ℕ",
    "List.replicate": "List.replicate n a (args: n, a)",
    "List.range": "List.range n = [0, …, n-1] : List ℕ",
    "List.finRange": "List.finRange n = [0, …, n-1] : List (Fin n)",
    "List.foldl": "List.foldl f init xs (args: f, init, xs); f acc x",
    "List.foldr": "List.foldr f init xs (args: f, init, xs); f x acc",
    "List.filter": "List.filter p xs (args: p, xs), p returns Bool",
    "List.take": "List.take n xs (args: n, xs), saturating",
    "List.drop": "List.drop n xs (args: n, xs), saturating",
    "List.zip": "List.zip xs ys : List (α × β), stops at the shorter",
    "List.zipWith": "List.zipWith f xs ys (args: f, xs, ys), stops at the shorter",
    "List.count": "List.count a xs (args: a, xs) : ℕ, by the element type's BEq (==)",
    "List.elem": "List.elem a xs = xs.contains a (args: a, xs) : Bool, by BEq (==), not ∈",
    "List.mem": "a ∈ xs (args: a, xs) : Prop",
    "List.get!": "xs[i]! (args: xs, i) with i : ℕ; out of range gives the default (0)",
    "List.head!": "xs.head! ; [] gives the default",
    "List.all": "xs.all p : Bool",
    "List.any": "xs.any p : Bool",
    "List.toFinset": "xs.toFinset : Finset α",
    "List.find?": "List.find? p xs (args: p, xs) : Option α, the first x with p x = true",
    "List.erase": "List.erase xs a (args: xs, a): the first x with x == a removed (BEq)",
    "List.diff": "List.diff xs ys: xs with each element of ys erased once (BEq)",
    "List.union": "xs ∪ ys = foldr insert ys xs (insert by BEq)",
    "List.inter": "xs ∩ ys = xs.filter (ys.elem ·) (BEq)",
    "List.sublist": "xs <+ ys : Prop (List.Sublist)",
    "List.isPrefix": "xs <+: ys : Prop",
    "List.isSuffix": "xs <:+ ys : Prop",
    "List.isInfix": "xs <:+: ys : Prop",
    "List.perm": "xs ~ ys : Prop (List.Perm)",
    "List.subperm": "xs <+~ ys : Prop (List.Subperm: a permutation of xs is a sublist of ys)",
    "List.subset": "xs ⊆ ys : Prop (∀ x ∈ xs, x ∈ ys)",
    "List.disjoint": "List.Disjoint xs ys : Prop (no common element)",
    # --- integers and naturals of the library lemma files
    "Int.toNat": "x.toNat : ℕ = max x 0 (natAbs x is toNat |x|)",
    "Int.sign": "x.sign : ℤ ∈ {-1, 0, 1}",
    "Int.tdiv": "Int.tdiv a b (= Int.div): rounds toward zero, /0 = 0",
    "Int.tmod": "Int.tmod a b = a - b * a.tdiv b",
    "Int.fdiv": "Int.fdiv a b: rounds toward -∞, /0 = 0",
    "Int.fmod": "Int.fmod a b = a - b * a.fdiv b",
    "Int.bmod": "Int.bmod x m (m : ℕ): balanced residue, r := x % m; r < (m+1)/2 ? r : r - m",
    "Nat.land": "a &&& b on ℕ (bitwise and)",
    "Nat.lor": "a ||| b on ℕ (bitwise or)",
    "Nat.xor": "a ^^^ b on ℕ (bitwise xor)",
    "Int.floor": "⌊x⌋ : ℤ of x : ℚ/ℝ (Mathlib's FloorRing): the greatest integer ≤ x",
    "Int.ceil": "⌈x⌉ : ℤ of x : ℚ/ℝ: the least integer ≥ x",
    "Nat.floor": "⌊x⌋₊ : ℕ of x : ℚ/ℝ (FloorSemiring): ⌊x⌋ for x ≥ 0, else 0",
    "Nat.ceil": "⌈x⌉₊ : ℕ of x : ℚ/ℝ: ⌈x⌉ for x ≥ 0, else 0",
    "Nat.gcd": "Nat.gcd m n: Euclid's gcd (gcd 0 n = n, so gcd 0 0 = 0)",
    "Nat.factorial": "n ! = n * (n - 1) * … * 1 (0 ! = 1)",
    "Nat.choose": "Nat.choose n k: binomial coefficient, 0 when k > n",
    "Nat.sqrt": "Nat.sqrt n: the largest r with r * r ≤ n",
    "Nat.log": "Nat.log b n = if b ≤ n ∧ 1 < b then log b (n / b) + 1 else 0",
    # --- finite sets (domains of big operators)
    "Finset.univ": "Finset.univ : Finset (Fin n) / Finset Bool (no args; ty says which)",
    "Finset.range": "Finset.range n : Finset ℕ",
    "Finset.card": "s.card : ℕ",
    "Finset.filter": "Finset.filter p s (args: p, s), p returns Bool: {x ∈ s | p x}",
    "Finset.subset": "s ⊆ t on finite sets : Prop",
    "Finset.union": "s ∪ t on finite sets",
    "Finset.inter": "s ∩ t on finite sets",
    "Finset.sdiff": "s \\ t on finite sets (the members of s not in t)",
    "Finset.product": "s ×ˢ t on finite sets: the pairs (a, b) with a ∈ s, b ∈ t",
    "Finset.mem": "a ∈ s : Prop",
    "Finset.disjoint": "Disjoint s t : Prop on finite sets (Mathlib's lattice Disjoint: s ∩ t = ∅)",
    # --- pairs and options
    "Prod.mk": "(a, b)",
    "Prod.fst": "p.1",
    "Prod.snd": "p.2",
    "Option.none": "none",
    "Option.some": "some a",
    "Option.getD": "o.getD d",
    "Ind.is": "s is built by the constructor named by args[1] (a String literal) : Prop",
    "default": "the type's default value (Inhabited): 0, false, [], …",
}
"""Every prelude operation of the core language with its Lean meaning."""


# --------------------------------------------------------------------------------------------
# The operator groups: one table of relations, read by every layer
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Relation:
    """A binary relation of the core language: how it prints, its negation, the relation with
    its sides swapped (``a < b`` is ``b > a``), whether it is an order (as opposed to ``=``/
    ``≠``), strict, whether its smaller side is on the left (``<``/``≤``), and its non-strict
    version (``<`` weakens to ``≤``)."""

    op: str
    symbol: str
    negation: str
    flipped: str
    order: bool
    strict: bool
    ascending: bool
    weakened: str


RELATION_TABLE: dict[str, Relation] = {
    r.op: r
    for r in (
        Relation("eq", "=", "ne", "eq", order=False, strict=False, ascending=False, weakened="eq"),
        Relation("ne", "≠", "eq", "ne", order=False, strict=False, ascending=False, weakened="ne"),
        Relation("lt", "<", "ge", "gt", order=True, strict=True, ascending=True, weakened="le"),
        Relation("le", "≤", "gt", "ge", order=True, strict=False, ascending=True, weakened="le"),
        Relation("gt", ">", "le", "lt", order=True, strict=True, ascending=False, weakened="ge"),
        Relation("ge", "≥", "lt", "le", order=True, strict=False, ascending=False, weakened="ge"),
    )
}
"""The six relations, by op name: the one place their properties are written."""

RELATIONS: tuple[str, ...] = tuple(RELATION_TABLE)
"""``eq ne lt le gt ge``: propositions ``a ⋈ b`` between two values of one type."""

ORDER_RELATIONS: frozenset[str] = frozenset(op for op, r in RELATION_TABLE.items() if r.order)
"""``lt le gt ge``: the relations that need an order on the type."""

COMPARISON_OPS: frozenset[str] = frozenset(RELATIONS) | {"beq"}
"""Relations and the Boolean ``==``: the ops that compare two values of one type."""

SIDED_OPS: frozenset[str] = COMPARISON_OPS | {"iff"}
"""Binary ops whose two sides a report shows (``left side = …, right side = …``)."""

assert set(RELATIONS) | {"beq", "iff"} <= set(PRIM_OPS)
assert all(RELATION_TABLE[r.negation].negation == r.op for r in RELATION_TABLE.values())
assert all(RELATION_TABLE[r.flipped].flipped == r.op for r in RELATION_TABLE.values())
assert ORDER_RELATIONS == {"lt", "le", "gt", "ge"} and not ORDER_RELATIONS & {"eq", "ne"}


def negate_relation(op: str) -> str:
    """``a ⋈ b`` is false exactly when ``a ⋈' b`` holds, for exact (ordered) types."""
    return RELATION_TABLE[op].negation


def flip_relation(op: str) -> str:
    """The relation with its sides swapped: ``a ⋈ b`` iff ``b ⋈' a``."""
    return RELATION_TABLE[op].flipped


def relation_symbol(op: str) -> str:
    """How the relation prints in Lean (``≤`` for ``le``)."""
    return RELATION_TABLE[op].symbol
