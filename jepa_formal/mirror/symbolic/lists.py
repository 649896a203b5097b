"""The SymPy list algebra: Lean lists (and arrays) as SymPy expressions, reductions included.

Why SymPy objects: list terms and arithmetic then live in one expression, so ``(xs ++ ys).sum``
and ``xs.sum + ys.sum`` are both SymPy trees the prover can rewrite and compare. Following
SymPy's guide for custom functions, every ``eval`` here folds *explicit* values only: a literal
list (a ``Cons`` chain ending in ``Nil``), ``Append(Nil, ys)``, ``Range(3)``. The laws that move
reductions through constructors (``sum`` over ``++`` splits, ``sum`` of a reverse is unchanged…)
are *not* here: they are named rewrite rules in ``jepa_formal/prove/rules.py``, so that every
proof lists its steps and no law holds merely because a constructor silently rewrote it.

Functions passed to ``Map``/``ListSum``/folds are SymPy ``Lambda``s (a two-argument fold
function is a ``Lambda`` of two variables). Every node keeps ``e.func(*e.args) == e``.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

import sympy
from sympy import Basic, Expr, Function, Integer, Lambda, Symbol, Tuple, sympify
from sympy.core.function import Application
from sympy.logic.boolalg import Boolean, false, true
from sympy.utilities.iterables import iterable

from jepa_formal.mirror.core.listrel import LIST_RELATIONS

__all__ = [
    "Append",
    "BoolAtom",
    "Cons",
    "Count",
    "Diff",
    "Disjoint",
    "Drop",
    "Erase",
    "Filter",
    "Fn",
    "FoldL",
    "FoldR",
    "GetD",
    "Inter",
    "IsInfix",
    "IsPrefix",
    "IsSuffix",
    "Length",
    "ListAll",
    "ListAny",
    "ListProd",
    "ListRelation",
    "ListSum",
    "ListSymbol",
    "Map",
    "Mem",
    "Nil",
    "Perm",
    "Range",
    "Replicate",
    "Reverse",
    "Sublist",
    "Subset",
    "SummandFacts",
    "Take",
    "Union",
    "Zip",
    "ZipWith",
    "elements",
    "identity",
    "is_list_term",
    "literal",
]


class ListSymbol(Symbol):
    """A list-valued variable (``xs : List α``); its element type is kept by the translator."""


class Fn(Lambda):
    """A ``Lambda`` that stays one even for the identity.

    SymPy turns ``Lambda(x, x)`` into the ``IdentityFunction`` singleton, whose variable is a
    bare ``Dummy``: ``xs.sum`` over naturals would lose the fact that its elements are
    nonnegative integers. ``Fn(x, x)`` keeps ``x`` and its assumptions.
    """

    is_commutative = True

    def __new__(cls, signature: Any, expr: Any) -> Fn:
        sig = Tuple(*signature) if iterable(signature) else Tuple(signature)
        cls._check_signature(sig)
        return Expr.__new__(cls, sig, sympify(expr))


class BoolAtom(Application, Boolean):
    """Base of proposition-valued heads that SymPy's logic must treat as *atoms* (a
    ``BooleanFunction`` would be taken for a connective by ``simplify_logic``)."""

    is_commutative = True


class ListTerm(Function):
    """Base of list-valued heads (lets ``is_list_term`` recognise them)."""

    is_commutative = True


class Nil(ListTerm):
    """``[]``."""

    nargs = 0


class Cons(ListTerm):
    """``x :: xs``: the constructor; a literal ``[a, b]`` is ``Cons(a, Cons(b, Nil()))``."""

    nargs = 2


def literal(items: Sequence[Basic]) -> Basic:
    """The literal list ``[items…]`` as a ``Cons`` chain."""
    out: Basic = Nil()
    for item in reversed(items):
        out = Cons(item, out)
    return out


def elements(xs: Basic) -> tuple[Basic, ...] | None:
    """The elements of a literal list, or None when ``xs`` is not fully explicit."""
    items: list[Basic] = []
    while isinstance(xs, Cons):
        items.append(xs.args[0])
        xs = xs.args[1]
    if isinstance(xs, Nil):
        return tuple(items)
    return None


def is_list_term(e: Basic) -> bool:
    """True for list-valued SymPy terms built by this module (variables included)."""
    return isinstance(e, (ListTerm, ListSymbol))


def identity(var: Symbol) -> Fn:
    """``fun x => x`` over a given bound variable (``xs.sum`` is ``ListSum(identity, xs)``)."""
    return Fn(var, var)


FOLD_LIMIT = 256
"""The longest ``replicate``/``range`` that ``eval`` spells out element by element. Longer ones
(``List.range (10^9)``) stay symbolic, where the prover's rules (``List.length_range``, …)
reason about them for every length: folding them would only exhaust time and memory."""


def _nat(n: Basic) -> int | None:
    """``n`` as a Python int when it is an explicit integer, else None."""
    if isinstance(n, Integer):
        return int(n)
    return None


def _foldable_length(n: Basic) -> int | None:
    """``n`` as a list length to spell out: explicit and at most ``FOLD_LIMIT``, else None."""
    k = _nat(n)
    if k is None or k > FOLD_LIMIT:
        return None
    return max(k, 0)


class Append(ListTerm):
    """``xs ++ ys ++ …`` (n-ary, so long chains stay flat).

    ``eval`` computes only what ``++``'s definition computes on explicit data: a leading ``[]``
    disappears and a leading literal list is consed onto the rest. ``xs ++ []`` and
    associativity are laws (rules ``List.append_nil``, ``List.append_assoc``).
    """

    @classmethod
    def eval(cls, *args: Basic) -> Basic | None:
        if not args:
            return Nil()
        if len(args) == 1:
            return args[0]
        first = args[0]
        if isinstance(first, Nil):
            return Append(*args[1:])
        items = elements(first)
        if items is not None:
            rest = Append(*args[1:])
            for item in reversed(items):
                rest = Cons(item, rest)
            return rest
        return None


class Reverse(ListTerm):
    """``xs.reverse``; folds literal lists only."""

    nargs = 1

    @classmethod
    def eval(cls, xs: Basic) -> Basic | None:
        items = elements(xs)
        return literal(items[::-1]) if items is not None else None


class Map(ListTerm):
    """``xs.map f`` with ``f`` a one-variable ``Lambda``; folds literal lists only."""

    nargs = 2

    @classmethod
    def eval(cls, f: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        return literal([f(x) for x in items]) if items is not None else None


class Replicate(ListTerm):
    """``List.replicate n a``; folds when ``n`` is an explicit natural up to ``FOLD_LIMIT``."""

    nargs = 2

    @classmethod
    def eval(cls, n: Basic, a: Basic) -> Basic | None:
        k = _foldable_length(n)
        if k is None:
            return None
        return literal([a] * k)


class Range(ListTerm):
    """``List.range n = [0, …, n-1]`` (also ``List.finRange n`` by value); folds an explicit
    ``n`` up to ``FOLD_LIMIT``."""

    nargs = 1

    @classmethod
    def eval(cls, n: Basic) -> Basic | None:
        k = _foldable_length(n)
        if k is None:
            return None
        return literal([Integer(i) for i in range(k)])


class Filter(ListTerm):
    """``xs.filter p`` (``p`` returns a Bool); folds literal lists whose tests are explicit."""

    nargs = 2

    @classmethod
    def eval(cls, p: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        if items is None:
            return None
        kept: list[Basic] = []
        for x in items:
            test = p(x)
            if test is true:
                kept.append(x)
            elif test is not false:
                return None
        return literal(kept)


class Take(ListTerm):
    """``xs.take n`` (saturating); folds explicit ``n`` on a literal list, and ``take 0``."""

    nargs = 2

    @classmethod
    def eval(cls, n: Basic, xs: Basic) -> Basic | None:
        k = _nat(n)
        if k == 0 or isinstance(xs, Nil):
            return Nil()
        items = elements(xs)
        if k is None or items is None:
            return None
        return literal(items[:k])


class Drop(ListTerm):
    """``xs.drop n`` (saturating); folds explicit ``n`` on a literal list, and ``drop 0``."""

    nargs = 2

    @classmethod
    def eval(cls, n: Basic, xs: Basic) -> Basic | None:
        k = _nat(n)
        if k == 0:
            return xs
        if isinstance(xs, Nil):
            return Nil()
        items = elements(xs)
        if k is None or items is None:
            return None
        return literal(items[k:])


class Zip(ListTerm):
    """``List.zip xs ys`` (pairs as ``Tuple``; stops at the shorter); folds literal lists."""

    nargs = 2

    @classmethod
    def eval(cls, xs: Basic, ys: Basic) -> Basic | None:
        a, b = elements(xs), elements(ys)
        if isinstance(xs, Nil) or isinstance(ys, Nil):
            return Nil()
        if a is None or b is None:
            return None
        return literal([Tuple(x, y) for x, y in zip(a, b, strict=False)])


class ZipWith(ListTerm):
    """``List.zipWith f xs ys`` with a two-variable ``Lambda``; folds literal lists."""

    nargs = 3
    is_commutative = True

    @classmethod
    def eval(cls, f: Basic, xs: Basic, ys: Basic) -> Basic | None:
        if isinstance(xs, Nil) or isinstance(ys, Nil):
            return Nil()
        a, b = elements(xs), elements(ys)
        if a is None or b is None:
            return None
        return literal([f(x, y) for x, y in zip(a, b, strict=False)])


# --------------------------------------------------------------------------------------------
# Reductions (number-valued)
# --------------------------------------------------------------------------------------------


def _body(f: Basic) -> Basic | None:
    return f.expr if isinstance(f, Lambda) else None


def _copied(fact: str) -> Callable[[Basic], bool | None]:
    def handler(self: Basic) -> bool | None:
        b = _body(self.args[0])
        return getattr(b, f"is_{fact}") if b is not None else None

    return handler


def _kept(fact: str) -> Callable[[Basic], bool | None]:
    def handler(self: Basic) -> bool | None:
        b = _body(self.args[0])
        return True if b is not None and getattr(b, f"is_{fact}") else None

    return handler


class SummandFacts:
    """Mixin for a reduction ``R(f, xs)``: its SymPy assumptions are read off ``f``'s body.

    ``summand_keeps`` are facts that only a True answer carries over: a sum of integers is an
    integer, a sum of nonnegatives is nonnegative. A False answer never carries over (a sum
    of non-integers can be an integer: ``1/2 + 1/2``, and the empty sum is ``0``), so no fact
    is copied as False. These facts only *propose*: a closing decision is confirmed by Z3
    (``prove/confirm.py``), which does not read them. The ``_eval_is_<fact>`` handlers are
    installed before SymPy prepares the class's assumptions.
    """

    summand_copies: ClassVar[tuple[str, ...]] = ()
    summand_keeps: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        for fact in cls.summand_copies:
            setattr(cls, f"_eval_is_{fact}", _copied(fact))
        for fact in cls.summand_keeps:
            setattr(cls, f"_eval_is_{fact}", _kept(fact))
        super().__init_subclass__(**kwargs)


class ListSum(SummandFacts, Function):
    """``(xs.map f).sum``; ``xs.sum`` is ``ListSum(fun x => x, xs)``. Folds literal lists.

    Only built for exact number types (the translator never turns ``Float`` into SymPy), so
    the addition here is associative and commutative. Assumptions come from ``f``'s body:
    a sum of naturals is a nonnegative integer, a sum of reals is real.
    """

    nargs = 2
    is_commutative = True
    summand_keeps = ("integer", "rational", "extended_real", "finite",
                     "extended_nonnegative", "extended_nonpositive")

    @classmethod
    def eval(cls, f: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        if items is None:
            return None
        return sympy.Add(*[f(x) for x in items])


class ListProd(SummandFacts, Function):
    """``(xs.map f).prod`` (a right fold of ``*`` from 1); folds literal lists."""

    nargs = 2
    is_commutative = True
    summand_keeps = ("integer", "extended_real", "finite", "extended_nonnegative",
                     "extended_positive")

    @classmethod
    def eval(cls, f: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        if items is None:
            return None
        return sympy.Mul(*[f(x) for x in items])


class Length(Function):
    """``xs.length`` (a natural); folds literal lists."""

    nargs = 1
    is_commutative = True
    is_integer = True
    is_nonnegative = True

    @classmethod
    def eval(cls, xs: Basic) -> Basic | None:
        items = elements(xs)
        return Integer(len(items)) if items is not None else None


class Count(Function):
    """``xs.count a``; folds literal lists whose equality tests are explicit."""

    nargs = 2
    is_commutative = True
    is_integer = True
    is_nonnegative = True

    @classmethod
    def eval(cls, a: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        if items is None:
            return None
        total = 0
        for x in items:
            test = sympy.Eq(a, x)
            if test is true:
                total += 1
            elif test is not false:
                return None
        return Integer(total)


class FoldL(Function):
    """``List.foldl f init xs`` with ``f acc x``; folds literal lists."""

    nargs = 3
    is_commutative = True

    @classmethod
    def eval(cls, f: Basic, init: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        if items is None:
            return None
        acc = init
        for x in items:
            acc = f(acc, x)
        return acc


class FoldR(Function):
    """``List.foldr f init xs`` with ``f x acc``; folds literal lists."""

    nargs = 3
    is_commutative = True

    @classmethod
    def eval(cls, f: Basic, init: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        if items is None:
            return None
        acc = init
        for x in reversed(items):
            acc = f(x, acc)
        return acc


class GetD(Function):
    """``xs[i]!``: the element at ``i``, or ``default`` when out of range; folds explicit data."""

    nargs = 3
    is_commutative = True

    @classmethod
    def eval(cls, xs: Basic, i: Basic, default: Basic) -> Basic | None:
        k = _nat(i)
        if isinstance(xs, Nil):
            return default
        items = elements(xs)
        if items is None or k is None:
            return None
        return items[k] if 0 <= k < len(items) else default


# --------------------------------------------------------------------------------------------
# Propositions and Booleans over lists
# --------------------------------------------------------------------------------------------


class Mem(BoolAtom):
    """``a ∈ xs``; folds literal lists to a disjunction of equalities."""

    nargs = 2

    @classmethod
    def eval(cls, a: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        if items is None:
            return None
        return sympy.Or(*[sympy.Eq(a, x) for x in items])


class ListAll(BoolAtom):
    """``xs.all p``; folds literal lists to a conjunction."""

    nargs = 2

    @classmethod
    def eval(cls, p: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        return sympy.And(*[p(x) for x in items]) if items is not None else None


class ListAny(BoolAtom):
    """``xs.any p``; folds literal lists to a disjunction."""

    nargs = 2

    @classmethod
    def eval(cls, p: Basic, xs: Basic) -> Basic | None:
        items = elements(xs)
        return sympy.Or(*[p(x) for x in items]) if items is not None else None


# --------------------------------------------------------------------------------------------
# Relations between lists, and the BEq-built lists ``∪``, ``∩``, ``diff``
# --------------------------------------------------------------------------------------------


def _exact_items(xs: Basic) -> tuple[Basic, ...] | None:
    """The elements of a literal list whose elements are all explicit rationals (equality
    between them is decided by ``==``), else None."""
    items = elements(xs)
    if items is None or not all(isinstance(x, sympy.Rational) for x in items):
        return None
    return items


class ListRelation(BoolAtom):
    """Base of the propositional relations between two lists (``<+``, ``<+:``, ``<:+``,
    ``<:+:``, ``~``, ``⊆``, ``List.Disjoint``), by their core op (``mirror/core/listrel.py``
    gives their meaning). ``eval`` folds two literal lists of explicit numbers only (``=``
    between them is ``==``); every law about them (``l₁ <+ l₁ ++ l₂``…) is a named rule in
    ``prove/rules.py``."""

    nargs = 2
    op: ClassVar[str] = ""

    @classmethod
    def eval(cls, xs: Basic, ys: Basic) -> Basic | None:
        p, q = _exact_items(xs), _exact_items(ys)
        if p is None or q is None:
            return None
        return true if LIST_RELATIONS[cls.op](p, q, operator.eq) else false


class Sublist(ListRelation):
    """``xs <+ ys``."""

    op = "List.sublist"


class IsPrefix(ListRelation):
    """``xs <+: ys``."""

    op = "List.isPrefix"


class IsSuffix(ListRelation):
    """``xs <:+ ys``."""

    op = "List.isSuffix"


class IsInfix(ListRelation):
    """``xs <:+: ys``."""

    op = "List.isInfix"


class Perm(ListRelation):
    """``xs ~ ys``."""

    op = "List.perm"


class Subset(ListRelation):
    """``xs ⊆ ys``."""

    op = "List.subset"


class Disjoint(ListRelation):
    """``List.Disjoint xs ys``."""

    op = "List.disjoint"


class _BeqBuilt(ListTerm):
    """Base of the lists that ``BEq`` builds from two lists (``∪``, ``∩``, ``diff``): built
    only where ``BEq`` is ``=`` (the translator refuses Float); ``eval`` folds two literal
    lists of explicit numbers with ``build``."""

    nargs = 2

    @staticmethod
    def build(p: tuple[Basic, ...], q: tuple[Basic, ...]) -> list[Basic]:
        raise NotImplementedError

    @classmethod
    def eval(cls, xs: Basic, ys: Basic) -> Basic | None:
        p, q = _exact_items(xs), _exact_items(ys)
        if p is None or q is None:
            return None
        return literal(cls.build(p, q))


class Union(_BeqBuilt):
    """``xs ∪ ys`` (``foldr List.insert ys xs``): the members of ``xs`` not in ``ys``, then
    ``ys``."""

    @staticmethod
    def build(p: tuple[Basic, ...], q: tuple[Basic, ...]) -> list[Basic]:
        out = list(q)
        for x in reversed(p):
            if x not in out:
                out.insert(0, x)
        return out


class Inter(_BeqBuilt):
    """``xs ∩ ys`` (``xs.filter (ys.elem ·)``)."""

    @staticmethod
    def build(p: tuple[Basic, ...], q: tuple[Basic, ...]) -> list[Basic]:
        return [x for x in p if x in q]


class Diff(_BeqBuilt):
    """``xs.diff ys``: each member of ``ys`` erased once from ``xs``."""

    @staticmethod
    def build(p: tuple[Basic, ...], q: tuple[Basic, ...]) -> list[Basic]:
        out = list(p)
        for y in q:
            if y in out:
                out.remove(y)
        return out


class Erase(ListTerm):
    """``xs.erase a`` (drop the first member ``== a``, by ``BEq``); built only where ``BEq``
    is ``=``."""

    nargs = 2

    @classmethod
    def eval(cls, xs: Basic, a: Basic) -> Basic | None:
        p = _exact_items(xs)
        if p is None or not isinstance(a, sympy.Rational):
            return None
        out = list(p)
        if a in out:
            out.remove(a)
        return literal(out)
