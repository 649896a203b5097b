"""The SymPy list algebra: ``eval`` folds explicit lists only, laws stay unapplied, and every
node rebuilds from its arguments (``e.func(*e.args) == e``)."""

from __future__ import annotations

import sympy
from sympy import Integer, Symbol

from jepa_formal.mirror.symbolic import lists as L

a, b, c = sympy.symbols("a b c", integer=True)
xs, ys = L.ListSymbol("xs"), L.ListSymbol("ys")
i = Symbol("i", integer=True, nonnegative=True)
f = sympy.Function("f", integer=True, nonnegative=True, commutative=True)
F = L.Fn(i, f(i))


def test_literals_round_trip() -> None:
    lit = L.literal([a, b])
    assert lit == L.Cons(a, L.Cons(b, L.Nil()))
    assert L.elements(lit) == (a, b)
    assert L.elements(L.Cons(a, xs)) is None


def test_eval_folds_explicit_lists() -> None:
    assert L.Append(L.Nil(), ys) == ys
    assert L.Append(L.literal([a]), L.literal([b])) == L.literal([a, b])
    assert L.Append(L.literal([a]), ys) == L.Cons(a, ys)
    assert L.Reverse(L.literal([a, b])) == L.literal([b, a])
    assert L.Map(F, L.literal([a])) == L.literal([f(a)])
    assert L.Replicate(Integer(2), c) == L.literal([c, c])
    assert L.Range(Integer(3)) == L.literal([0, 1, 2])
    assert L.ListSum(F, L.literal([a, b])) == f(a) + f(b)
    assert L.ListSum(F, L.Nil()) == 0
    assert L.ListProd(F, L.Nil()) == 1
    assert L.Length(L.literal([a, b, c])) == 3
    assert L.Take(Integer(5), L.literal([a, b])) == L.literal([a, b])  # saturating
    assert L.Drop(Integer(5), L.literal([a, b])) == L.Nil()
    assert L.Zip(L.literal([a, b]), L.literal([c])) == L.literal([sympy.Tuple(a, c)])
    assert L.GetD(L.literal([a]), Integer(3), Integer(0)) == 0
    assert L.Mem(a, L.literal([a, b])) is sympy.true


def test_duplicates_count_in_sums() -> None:
    assert L.ListSum(F, L.literal([Integer(2), Integer(2)])) == 2 * f(2)


def test_laws_are_not_in_eval() -> None:
    # these are rewrite rules (List.sum_append, List.append_nil, List.sum_reverse, …)
    assert isinstance(L.ListSum(F, L.Append(xs, ys)), L.ListSum)
    assert isinstance(L.Append(xs, L.Nil()), L.Append)
    assert isinstance(L.ListSum(F, L.Reverse(xs)), L.ListSum)
    assert isinstance(L.Reverse(L.Reverse(xs)), L.Reverse)
    assert isinstance(L.Map(F, L.Map(F, xs)), L.Map)
    assert isinstance(L.Length(L.Append(xs, ys)), L.Length)


def test_func_args_rebuild() -> None:
    terms = [L.Nil(), L.Cons(a, xs), L.Append(xs, ys), L.Reverse(xs), L.Map(F, xs),
             L.Replicate(c, a), L.Range(c), L.ListSum(F, xs), L.ListProd(F, xs), L.Length(xs),
             L.Filter(L.Fn(i, i < 3), xs), L.Take(c, xs), L.Drop(c, xs), L.Zip(xs, ys),
             L.FoldL(L.Fn((a, b), a + b), c, xs), L.FoldR(L.Fn((a, b), a * b), c, xs),
             L.Mem(a, xs), L.Count(a, xs), L.GetD(xs, c, a), F]
    for t in terms:
        assert t.func(*t.args) == t


def test_identity_keeps_its_variable() -> None:
    ident = L.identity(i)
    assert isinstance(ident, L.Fn) and ident.variables == (i,)
    assert L.ListSum(ident, xs).is_nonnegative
    assert L.ListSum(ident, xs).is_integer


def test_sum_assumptions_follow_the_summand() -> None:
    r = Symbol("r", real=True)
    assert L.ListSum(F, xs).is_nonnegative is True
    assert L.ListSum(L.Fn(r, r), xs).is_nonnegative is None
    assert L.ListSum(L.Fn(r, r), xs).is_real is True
    assert L.Length(xs).is_nonnegative is True
    assert L.is_list_term(L.Append(xs, ys)) and L.is_list_term(xs)
    assert not L.is_list_term(L.Length(xs))
