"""The named rewrite rules of the prover: the trusted base, each mirroring a Lean library fact.

Why one module of named objects: a proof is the sequence of rules applied until both sides of
a law reach the same normal form, and that sequence is the evidence shown to the user. Each
rule is declared where it is written, ``@rule(name=…, statement=…, side=…, heads=…)`` above its
function: the Lean fact it mirrors (``List.sum_append``…), the identity it uses, its side
conditions and the SymPy heads it rewrites; ``RULES`` is generated from the declarations, in
declaration order. The rule's function refuses (returns None) whenever a side condition cannot
be established. Every rule is tested against the concrete evaluator on random instances
(``tests/prove/test_rules.py``).

Side conditions that matter for soundness:

* Sums and products are only ever built over exact number types (the translator refuses
  ``Float`` and type variables), and the rules that reorder terms (``List.sum_reverse``,
  ``List.sum_map_add``…) additionally check that the summand is a SymPy number
  (``is_complex``), i.e. that ``+`` is the commutative, associative addition of ℕ/ℤ/ℚ/ℝ.
* ℕ's truncated subtraction is the separate head ``NatSub``, which no rule splits:
  ``sum (f - g) ≠ sum f - sum g`` in ℕ.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sympy
from sympy import Add, Basic, Integer, Mul, Symbol

from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.lists import Fn
from jepa_formal.mirror.symbolic.translator import IntMod, NatMod, NatSub, SEq
from jepa_formal.prove.confirm import integer_valued, surely
from jepa_formal.prove.terms import canonical, exact_number, summand_exact


@dataclass(frozen=True, slots=True)
class Rule:
    """A rewrite rule: ``apply(term)`` gives the rewritten term, or None if it does not apply.

    ``name`` is the Lean fact mirrored, ``statement`` the identity in Lean syntax, ``side`` the
    side conditions (checked by ``fn``), ``heads`` the SymPy heads it can rewrite; ``note`` is
    copied into each step (e.g. the hypothesis a congruence uses).
    """

    name: str
    statement: str
    side: str
    heads: tuple[type, ...]
    fn: Callable[[Basic], Basic | None]
    note: str = ""
    namer: Callable[[Basic], str] | None = None
    top_down: bool = False  # tried before the arguments are normalised (see rewrite.py)

    def name_for(self, term: Basic) -> str:
        """The name shown for one application (definition unfoldings name the definition)."""
        return self.namer(term) if self.namer is not None else self.name

    def apply(self, term: Basic) -> Basic | None:
        if not isinstance(term, self.heads):
            return None
        out = self.fn(term)
        if out is None or out == term:
            return None
        return out


EXACT = "summand of an exact number type (ℕ/ℤ/ℚ/ℝ; never Float)"

_DECLARED: list[Rule] = []
"""Every rule in declaration order (the order they are tried at a head)."""


def rule(*, name: str, statement: str, side: str, heads: tuple[type, ...], note: str = "",
         namer: Callable[[Basic], str] | None = None,
         top_down: bool = False) -> Callable[[Callable[[Basic], Basic | None]],
                                             Callable[[Basic], Basic | None]]:
    """Declare the function below as a rewrite rule, with the Lean fact it mirrors (``name``),
    the identity in Lean syntax (``statement``) and its side conditions (``side``) written
    where the code is; the rule table ``RULES`` is generated from these declarations."""
    def register(fn: Callable[[Basic], Basic | None]) -> Callable[[Basic], Basic | None]:
        _DECLARED.append(Rule(name, statement, side, heads, fn, note, namer, top_down))
        return fn

    return register


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def compose(f: Basic, g: Basic) -> Basic | None:
    """``f ∘ g`` for one-variable functions (``fun x => f (g x)``)."""
    if not (isinstance(f, Fn) and isinstance(g, Fn)):
        return None
    if len(f.variables) != 1 or len(g.variables) != 1:
        return None
    return Fn(g.variables, f(g.expr))


def _var(f: Basic) -> Symbol:
    return f.variables[0]


def _independent(e: Basic, x: Symbol) -> bool:
    return x not in e.free_symbols


def _plus_one(n: Basic) -> Basic | None:
    """``m`` when ``n`` is ``m + k`` with an explicit ``k ≥ 1`` and ``m`` a natural: ``n - 1``."""
    if isinstance(n, Add):
        const, rest = n.as_coeff_Add()
        if isinstance(const, Integer) and const >= 1 and rest.is_integer and rest.is_nonnegative:
            return n - 1
    return None


# --------------------------------------------------------------------------------------------
# Sums
# --------------------------------------------------------------------------------------------


@rule(name="List.sum_nil", statement="([].map f).sum = 0", side="none", heads=(L.ListSum,))
def _sum_nil(t: Basic) -> Basic | None:
    return sympy.S.Zero if isinstance(t.args[1], L.Nil) else None


@rule(name="List.sum_cons",
      statement="((x :: xs).map f).sum = f x + (xs.map f).sum",
      side="none",
      heads=(L.ListSum,))
def _sum_cons(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Cons):
        return f(xs.args[0]) + L.ListSum(f, xs.args[1])
    return None


@rule(name="List.sum_append",
      statement="((xs ++ ys).map f).sum = (xs.map f).sum + (ys.map f).sum",
      side="associative addition (exact types)",
      heads=(L.ListSum,))
def _sum_append(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Append):
        return Add(*[L.ListSum(f, part) for part in xs.args])
    return None


@rule(name="List.sum_reverse",
      statement="(xs.reverse.map f).sum = (xs.map f).sum",
      side="commutative addition: " + EXACT,
      heads=(L.ListSum,))
def _sum_reverse(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Reverse) and summand_exact(f):
        return L.ListSum(f, xs.args[0])
    return None


@rule(name="List.sum_map_map",
      statement="((xs.map g).map f).sum = (xs.map (f ∘ g)).sum (List.map_map)",
      side="none",
      heads=(L.ListSum,))
def _sum_map(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Map):
        h = compose(f, xs.args[0])
        return L.ListSum(h, xs.args[1]) if h is not None else None
    return None


@rule(name="List.sum_replicate",
      statement="((List.replicate n a).map f).sum = n • f a",
      side=EXACT,
      heads=(L.ListSum,))
def _sum_replicate(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Replicate) and summand_exact(f):
        n, a = xs.args
        return n * f(a)
    return None


@rule(name="List.sum_map_add",
      statement="(xs.map fun x => f x + g x).sum = (xs.map f).sum + (xs.map g).sum",
      side="commutative addition: " + EXACT + "; ℕ subtraction is never split",
      heads=(L.ListSum,))
def _sum_map_add(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(f, Fn) and len(f.variables) == 1 and isinstance(f.expr, Add) \
            and summand_exact(f) and all(exact_number(a) for a in f.expr.args):
        return Add(*[L.ListSum(Fn(f.variables, term), xs) for term in f.expr.args])
    return None


@rule(name="List.sum_map_mul_left",
      statement="(xs.map fun x => c * f x).sum = c * (xs.map f).sum",
      side="c does not depend on x; " + EXACT,
      heads=(L.ListSum,))
def _sum_map_mul_left(t: Basic) -> Basic | None:
    f, xs = t.args
    if not (isinstance(f, Fn) and isinstance(f.expr, Mul) and summand_exact(f)):
        return None
    x = _var(f)
    const = [a for a in f.expr.args if _independent(a, x)]
    if not const or not all(exact_number(c) for c in const):
        return None
    rest = [a for a in f.expr.args if not _independent(a, x)]
    return Mul(*const) * L.ListSum(Fn(f.variables, Mul(*rest)), xs)


@rule(name="List.sum_map_const",
      statement="(xs.map fun _ => c).sum = xs.length • c",
      side="c does not depend on x; " + EXACT,
      heads=(L.ListSum,))
def _sum_map_const(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(f, Fn) and len(f.variables) == 1 and _independent(f.expr, _var(f)) \
            and exact_number(f.expr):
        return L.Length(xs) * f.expr
    return None


@rule(name="List.sum_map_filter",
      statement="((xs.filter p).map f).sum = (xs.map fun x => if p x then f x "
         "else 0).sum",
      side=EXACT,
      heads=(L.ListSum,))
def _sum_filter(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Filter) and summand_exact(f):
        p, ys = xs.args
        if not (isinstance(p, Fn) and len(p.variables) == 1):
            return None
        x = _var(f)
        test = p(x)
        body = sympy.Piecewise((f.expr, test), (0, True))
        return L.ListSum(Fn(f.variables, body), ys)
    return None


@rule(name="List.sum_take_add_sum_drop",
      statement="(xs.take n).sum + (xs.drop n).sum = xs.sum",
      side=EXACT,
      heads=(Add,))
def _sum_take_drop(t: Basic) -> Basic | None:
    """In a sum of terms, ``(xs.take n …).sum + (xs.drop n …).sum`` becomes ``(xs …).sum``."""

    terms = list(t.args)
    canon = [canonical(a) for a in terms]
    for k, a in enumerate(terms):
        if isinstance(a, L.ListSum) and isinstance(a.args[1], L.Take):
            f, (n, xs) = a.args[0], a.args[1].args
            partner = canonical(L.ListSum(f, L.Drop(n, xs)))
            if partner in canon:
                j = canon.index(partner)
                rest = [x for i, x in enumerate(terms) if i not in (k, j)]
                return Add(*rest, L.ListSum(f, xs))
    return None


# --------------------------------------------------------------------------------------------
# Products
# --------------------------------------------------------------------------------------------


@rule(name="List.prod_cons",
      statement="((x :: xs).map f).prod = f x * (xs.map f).prod",
      side="none",
      heads=(L.ListProd,))
def _prod_cons(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Cons):
        return f(xs.args[0]) * L.ListProd(f, xs.args[1])
    return None


@rule(name="List.prod_append",
      statement="((xs ++ ys).map f).prod = (xs.map f).prod * (ys.map f).prod",
      side="associative multiplication (exact types)",
      heads=(L.ListProd,))
def _prod_append(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Append):
        return Mul(*[L.ListProd(f, part) for part in xs.args])
    return None


@rule(name="List.prod_reverse",
      statement="(xs.reverse.map f).prod = (xs.map f).prod",
      side="commutative multiplication: " + EXACT,
      heads=(L.ListProd,))
def _prod_reverse(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Reverse) and summand_exact(f):
        return L.ListProd(f, xs.args[0])
    return None


@rule(name="List.prod_map_map",
      statement="((xs.map g).map f).prod = (xs.map (f ∘ g)).prod",
      side="none",
      heads=(L.ListProd,))
def _prod_map(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Map):
        h = compose(f, xs.args[0])
        return L.ListProd(h, xs.args[1]) if h is not None else None
    return None


@rule(name="List.prod_replicate",
      statement="((List.replicate n a).map f).prod = f a ^ n",
      side=EXACT,
      heads=(L.ListProd,))
def _prod_replicate(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Replicate) and summand_exact(f):
        n, a = xs.args
        return f(a) ** n
    return None


@rule(name="List.prod_map_mul",
      statement="(xs.map fun x => f x * g x).prod = (xs.map f).prod * "
         "(xs.map g).prod",
      side="commutative multiplication: " + EXACT,
      heads=(L.ListProd,))
def _prod_map_mul(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(f, Fn) and len(f.variables) == 1 and isinstance(f.expr, Mul) \
            and summand_exact(f) and all(exact_number(a) for a in f.expr.args):
        return Mul(*[L.ListProd(Fn(f.variables, a), xs) for a in f.expr.args])
    return None


# --------------------------------------------------------------------------------------------
# Length
# --------------------------------------------------------------------------------------------


def _length(t: Basic) -> Basic | None:
    xs = t.args[0]
    if isinstance(xs, L.Cons):
        return L.Length(xs.args[1]) + 1
    if isinstance(xs, L.Append):
        return Add(*[L.Length(p) for p in xs.args])
    if isinstance(xs, (L.Reverse,)):
        return L.Length(xs.args[0])
    if isinstance(xs, L.Map):
        return L.Length(xs.args[1])
    if isinstance(xs, L.Replicate):
        return xs.args[0]
    if isinstance(xs, L.Range):
        return xs.args[0]
    if isinstance(xs, L.Take):
        return sympy.Min(xs.args[0], L.Length(xs.args[1]))
    if isinstance(xs, L.Zip):
        return sympy.Min(L.Length(xs.args[0]), L.Length(xs.args[1]))
    if isinstance(xs, L.ZipWith):
        return sympy.Min(L.Length(xs.args[1]), L.Length(xs.args[2]))
    return None


_LENGTH_NAMES = {
    L.Cons: "List.length_cons", L.Append: "List.length_append",
    L.Reverse: "List.length_reverse", L.Map: "List.length_map",
    L.Replicate: "List.length_replicate", L.Range: "List.length_range",
    L.Take: "List.length_take", L.Zip: "List.length_zip", L.ZipWith: "List.length_zipWith",
}


def _length_of(kind: type) -> Callable[[Basic], Basic | None]:
    def fn(t: Basic) -> Basic | None:
        return _length(t) if isinstance(t.args[0], kind) else None

    return fn


for _kind, _name in _LENGTH_NAMES.items():
    rule(name=_name, statement=f"({_kind.__name__} …).length", side="none",
         heads=(L.Length,))(_length_of(_kind))


@rule(name="List.length_filter",
      statement="(xs.filter p).length = (xs.map fun x => if p x then 1 else 0)"
         ".sum (List.countP_eq_length_filter)",
      side="none",
      heads=(L.Length,))
def _length_filter(t: Basic) -> Basic | None:
    xs = t.args[0]
    if isinstance(xs, L.Filter):
        p, ys = xs.args
        if isinstance(p, Fn) and len(p.variables) == 1:
            x = p.variables[0]
            return L.ListSum(Fn(x, sympy.Piecewise((1, p.expr), (0, True))), ys)
    return None


@rule(name="List.count_eq_sum",
      statement="xs.count a = (xs.map fun x => if x = a then 1 else 0).sum",
      side="none",
      heads=(L.Count,))
def _count(t: Basic) -> Basic | None:
    a, xs = t.args
    if L.is_list_term(xs) and L.elements(xs) is None:
        var = Symbol("x·count")  # no assumptions: only compared for equality with a
        test = sympy.Eq(var, a) if exact_number(a) else _seq(var, a)
        return L.ListSum(Fn(var, sympy.Piecewise((1, test), (0, True))), xs)
    return None


@rule(name="List.length_drop",
      statement="(xs.drop n).length = xs.length - n (truncated)",
      side="none",
      heads=(L.Length,))
def _length_drop(t: Basic) -> Basic | None:
    xs = t.args[0]
    if isinstance(xs, L.Drop):
        return NatSub(L.Length(xs.args[1]), xs.args[0])
    return None


# --------------------------------------------------------------------------------------------
# Map, reverse, append, filter, folds, membership
# --------------------------------------------------------------------------------------------


@rule(name="List.map_cons",
      statement="(x :: xs).map f = f x :: xs.map f",
      side="none",
      heads=(L.Map,))
def _map_cons(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Cons):
        return L.Cons(f(xs.args[0]), L.Map(f, xs.args[1]))
    return None


@rule(name="List.map_append",
      statement="(xs ++ ys).map f = xs.map f ++ ys.map f",
      side="none",
      heads=(L.Map,))
def _map_append(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Append):
        return L.Append(*[L.Map(f, p) for p in xs.args])
    return None


@rule(name="List.map_reverse",
      statement="xs.reverse.map f = (xs.map f).reverse",
      side="none",
      heads=(L.Map,))
def _map_reverse(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Reverse):
        return L.Reverse(L.Map(f, xs.args[0]))
    return None


@rule(name="List.map_map",
      statement="(xs.map g).map f = xs.map (f ∘ g)",
      side="none",
      heads=(L.Map,))
def _map_map(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Map):
        h = compose(f, xs.args[0])
        return L.Map(h, xs.args[1]) if h is not None else None
    return None


@rule(name="List.map_replicate",
      statement="(List.replicate n a).map f = List.replicate n (f a)",
      side="none",
      heads=(L.Map,))
def _map_replicate(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(xs, L.Replicate):
        return L.Replicate(xs.args[0], f(xs.args[1]))
    return None


@rule(name="List.map_id", statement="xs.map (fun x => x) = xs", side="none", heads=(L.Map,))
def _map_id(t: Basic) -> Basic | None:
    f, xs = t.args
    if isinstance(f, Fn) and len(f.variables) == 1 and f.expr == f.variables[0]:
        return xs
    return None


@rule(name="List.reverse_reverse",
      statement="xs.reverse.reverse = xs",
      side="none",
      heads=(L.Reverse,))
def _reverse_reverse(t: Basic) -> Basic | None:
    xs = t.args[0]
    return xs.args[0] if isinstance(xs, L.Reverse) else None


@rule(name="List.reverse_append",
      statement="(xs ++ ys).reverse = ys.reverse ++ xs.reverse",
      side="none",
      heads=(L.Reverse,))
def _reverse_append(t: Basic) -> Basic | None:
    xs = t.args[0]
    if isinstance(xs, L.Append):
        return L.Append(*[L.Reverse(p) for p in reversed(xs.args)])
    return None


@rule(name="List.reverse_cons",
      statement="(x :: xs).reverse = xs.reverse ++ [x]",
      side="none",
      heads=(L.Reverse,))
def _reverse_cons(t: Basic) -> Basic | None:
    xs = t.args[0]
    if isinstance(xs, L.Cons):
        return L.Append(L.Reverse(xs.args[1]), L.literal([xs.args[0]]))
    return None


@rule(name="List.reverse_replicate",
      statement="(List.replicate n a).reverse = List.replicate n a",
      side="none",
      heads=(L.Reverse,))
def _reverse_replicate(t: Basic) -> Basic | None:
    xs = t.args[0]
    return xs if isinstance(xs, L.Replicate) else None


@rule(name="List.append_nil", statement="xs ++ [] = xs", side="none", heads=(L.Append,))
def _append_nil(t: Basic) -> Basic | None:
    if any(isinstance(p, L.Nil) for p in t.args):
        return L.Append(*[p for p in t.args if not isinstance(p, L.Nil)])
    return None


@rule(name="List.append_assoc",
      statement="(xs ++ ys) ++ zs = xs ++ (ys ++ zs)",
      side="none",
      heads=(L.Append,),
      top_down=True)
def _append_assoc(t: Basic) -> Basic | None:
    """Flatten a whole tree of nested appends at once (iteratively: chains can be long)."""
    if not any(isinstance(p, L.Append) for p in t.args):
        return None
    flat: list[Basic] = []
    stack = list(reversed(t.args))
    while stack:
        p = stack.pop()
        if isinstance(p, L.Append):
            stack.extend(reversed(p.args))
        else:
            flat.append(p)
    return L.Append(*flat)


@rule(name="List.cons_append",
      statement="(x :: xs) ++ ys = x :: (xs ++ ys)",
      side="none",
      heads=(L.Append,))
def _cons_append(t: Basic) -> Basic | None:
    first = t.args[0]
    if isinstance(first, L.Cons):
        return L.Cons(first.args[0], L.Append(first.args[1], *t.args[1:]))
    return None


@rule(name="List.take_append_drop",
      statement="xs.take n ++ xs.drop n = xs",
      side="none",
      heads=(L.Append,))
def _take_append_drop(t: Basic) -> Basic | None:
    parts = list(t.args)
    for k in range(len(parts) - 1):
        a, b = parts[k], parts[k + 1]
        if isinstance(a, L.Take) and isinstance(b, L.Drop) and a.args == b.args:
            return L.Append(*parts[:k], a.args[1], *parts[k + 2 :])
    return None


@rule(name="List.filter_append",
      statement="(xs ++ ys).filter p = xs.filter p ++ ys.filter p",
      side="none",
      heads=(L.Filter,))
def _filter_append(t: Basic) -> Basic | None:
    p, xs = t.args
    if isinstance(xs, L.Append):
        return L.Append(*[L.Filter(p, q) for q in xs.args])
    return None


@rule(name="List.filter_false / List.filter_true",
      statement="xs.filter (fun _ => false) = [], "
         "xs.filter (fun _ => true) = xs",
      side="none",
      heads=(L.Filter,))
def _filter_const(t: Basic) -> Basic | None:
    p, xs = t.args
    if isinstance(p, Fn) and len(p.variables) == 1:
        if p.expr is sympy.false:
            return L.Nil()
        if p.expr is sympy.true:
            return xs
    return None


@rule(name="List.filter_reverse",
      statement="xs.reverse.filter p = (xs.filter p).reverse",
      side="none",
      heads=(L.Filter,))
def _filter_reverse(t: Basic) -> Basic | None:
    p, xs = t.args
    if isinstance(xs, L.Reverse):
        return L.Reverse(L.Filter(p, xs.args[0]))
    return None


@rule(name="List.foldl_cons",
      statement="(x :: xs).foldl f a = xs.foldl f (f a x)",
      side="none",
      heads=(L.FoldL,))
def _foldl_cons(t: Basic) -> Basic | None:
    f, init, xs = t.args
    if isinstance(xs, L.Cons):
        return L.FoldL(f, f(init, xs.args[0]), xs.args[1])
    return None


@rule(name="List.foldr_cons",
      statement="(x :: xs).foldr f a = f x (xs.foldr f a)",
      side="none",
      heads=(L.FoldR,))
def _foldr_cons(t: Basic) -> Basic | None:
    f, init, xs = t.args
    if isinstance(xs, L.Cons):
        return f(xs.args[0], L.FoldR(f, init, xs.args[1]))
    return None


@rule(name="List.foldl_append",
      statement="(xs ++ ys).foldl f a = ys.foldl f (xs.foldl f a)",
      side="none",
      heads=(L.FoldL,))
def _foldl_append(t: Basic) -> Basic | None:
    f, init, xs = t.args
    if isinstance(xs, L.Append):
        acc = init
        for part in xs.args:
            acc = L.FoldL(f, acc, part)
        return acc
    return None


@rule(name="List.foldr_append",
      statement="(xs ++ ys).foldr f a = xs.foldr f (ys.foldr f a)",
      side="none",
      heads=(L.FoldR,))
def _foldr_append(t: Basic) -> Basic | None:
    f, init, xs = t.args
    if isinstance(xs, L.Append):
        acc = init
        for part in reversed(xs.args):
            acc = L.FoldR(f, acc, part)
        return acc
    return None


def _flip(f: Basic) -> Basic | None:
    if isinstance(f, Fn) and len(f.variables) == 2:
        a, b = f.variables
        return Fn((b, a), f.expr)
    return None


@rule(name="List.foldl_reverse",
      statement="xs.reverse.foldl f a = xs.foldr (fun x y => f y x) a",
      side="none",
      heads=(L.FoldL,))
def _foldl_reverse(t: Basic) -> Basic | None:
    f, init, xs = t.args
    g = _flip(f)
    if isinstance(xs, L.Reverse) and g is not None:
        return L.FoldR(g, init, xs.args[0])
    return None


@rule(name="List.foldr_reverse",
      statement="xs.reverse.foldr f a = xs.foldl (fun x y => f y x) a",
      side="none",
      heads=(L.FoldR,))
def _foldr_reverse(t: Basic) -> Basic | None:
    f, init, xs = t.args
    g = _flip(f)
    if isinstance(xs, L.Reverse) and g is not None:
        return L.FoldL(g, init, xs.args[0])
    return None


def _is_plus(f: Basic) -> bool:
    if not (isinstance(f, Fn) and len(f.variables) == 2):
        return False
    a, b = f.variables
    return f.expr == a + b and exact_number(a) and exact_number(b)


@rule(name="List.foldl_add_eq_sum",
      statement="xs.foldl (· + ·) a = a + xs.sum / xs.foldr (· + ·) a = "
         "xs.sum + a",
      side="f is exactly + on " + EXACT,
      heads=(L.FoldL, L.FoldR))
def _fold_add(t: Basic) -> Basic | None:
    f, init, xs = t.args
    if _is_plus(f) and exact_number(init):
        elem = f.variables[1] if isinstance(t, L.FoldL) else f.variables[0]
        return init + L.ListSum(L.identity(elem), xs)
    return None


@rule(name="List.mem_cons / mem_append / mem_reverse",
      statement="a ∈ x :: xs ↔ a = x ∨ a ∈ xs, …",
      side="none",
      heads=(L.Mem,))
def _mem(t: Basic) -> Basic | None:
    a, xs = t.args
    if isinstance(xs, L.Cons):
        return sympy.Or(sympy.Eq(a, xs.args[0]) if exact_number(a) else _seq(a, xs.args[0]),
                        L.Mem(a, xs.args[1]))
    if isinstance(xs, L.Append):
        return sympy.Or(*[L.Mem(a, p) for p in xs.args])
    if isinstance(xs, L.Reverse):
        return L.Mem(a, xs.args[0])
    return None


def _seq(a: Basic, b: Basic) -> Basic:
    return SEq(a, b)


@rule(name="List.getElem!_cons",
      statement="(x :: xs)[0]! = x, (x :: xs)[i + 1]! = xs[i]!",
      side="the index is surely 0 or surely ≥ 1",
      heads=(L.GetD,))
def _get_cons(t: Basic) -> Basic | None:
    xs, i, default = t.args
    if not isinstance(xs, L.Cons):
        return None
    if i == 0:
        return xs.args[0]
    if i.is_integer and (i - 1).is_nonnegative and surely("positive", i):  # Z3 confirms i ≥ 1
        return L.GetD(xs.args[1], i - 1, default)
    return None


@rule(name="List.replicate_succ",
      statement="List.replicate (n + 1) a = a :: List.replicate n a",
      side="n a natural",
      heads=(L.Replicate,))
def _replicate_succ(t: Basic) -> Basic | None:
    n, a = t.args
    m = _plus_one(n)
    return L.Cons(a, L.Replicate(m, a)) if m is not None else None


@rule(name="List.range_succ",
      statement="List.range (n + 1) = List.range n ++ [n]",
      side="n a natural",
      heads=(L.Range,))
def _range_succ(t: Basic) -> Basic | None:
    m = _plus_one(t.args[0])
    return L.Append(L.Range(m), L.literal([m])) if m is not None else None


# --------------------------------------------------------------------------------------------
# Remainders: ``x % n`` depends on ``x`` modulo ``n`` only
# --------------------------------------------------------------------------------------------

MOD_MAX_TERMS = 64
"""Largest expanded dividend the remainder rule works on (the expansion is SymPy's)."""


@rule(name="Int.emod_emod / add_mul_emod_self / add_emod / mul_emod (Nat.mod too)",
      statement="(x + n * k) % n = x % n, (y % n + z) % n = (y + z) % n, "
                "(y % n * z) % n = (y * z) % n, y % (n * k) % n = y % n",
      side="the dividend an integer polynomial (ℕ: coefficients ≥ 0) in integer-valued "
           "atoms (Z3's sort); n an explicit nonzero integer or one atom",
      heads=(IntMod, NatMod))
def _mod_normal(t: Basic) -> Basic | None:
    """``x % n`` with ``x`` reduced modulo ``n``: every ``y % d`` inside the polynomial
    ``x``, ``d`` a multiple of ``n``, becomes ``y`` (``y ≡ y % d`` modulo ``n``, and
    ``y % 0 = y`` exactly), monomials that carry the
    atom ``n`` are dropped (multiples of ``n``, zero when ``n = 0``), and with an explicit
    ``n`` the coefficients are reduced modulo ``|n|``. The difference of the old and new
    dividends is then a multiple of ``n`` (or zero), and ``%`` at ℕ and ℤ (Euclidean) gives
    equal remainders to dividends that differ by a multiple of ``n``."""
    x, n = t.args
    head = type(t)
    if n == 0 or not integer_valued(n):
        return None
    modulus = int(n) if isinstance(n, Integer) else None
    if modulus is None and not (n.is_Atom or isinstance(n, sympy.Function)):
        return None  # a composite modulus (2 * k): no monomial is known to be a multiple
    changed = False
    poly = None
    for _ in range(4):  # nested y % n inside y
        expanded = sympy.expand(x)
        if len(sympy.Add.make_args(expanded)) > MOD_MAX_TERMS:
            return None
        poly = _integer_poly(expanded, head)
        if poly is None:
            return None
        inner = {g: g.args[0] for g in poly.gens
                 if type(g) is head and _multiple_of(g.args[1], n, modulus)}
        if not inner:
            break
        x, changed = expanded.xreplace(inner), True
    if poly is None:
        return None
    terms = []
    for monom, coeff in poly.terms():
        if modulus is None and any(g == n and k > 0 for g, k in zip(poly.gens, monom,
                                                                     strict=True)):
            changed = True
            continue
        c = int(coeff)
        if modulus is not None and not 0 <= c < abs(modulus):
            c, changed = c % abs(modulus), True
        term = Integer(c)
        for g, k in zip(poly.gens, monom, strict=True):
            term *= g ** k
        terms.append(term)
    if not changed:
        return None
    return head(sympy.Add(*terms), n)


def _multiple_of(d: Basic, n: Basic, modulus: int | None) -> bool:
    """``d`` is surely a multiple of ``n``: ``n`` itself, a product of integer-valued factors
    one of which is ``n``, or (explicit ``n``) an integer times an integer-valued term whose
    coefficient ``n`` divides. Then ``y % d ≡ y`` modulo ``n`` (``y % d = y - d·(y / d)``)."""
    if d == n:
        return True
    if modulus is not None and isinstance(d, Integer):
        return int(d) % modulus == 0
    if not isinstance(d, Mul) or not all(integer_valued(f) for f in d.args):
        return False
    if modulus is None:
        return n in d.args
    coeff, _ = d.as_coeff_Mul()
    return isinstance(coeff, Integer) and int(coeff) % modulus == 0


def _integer_poly(e: Basic, head: type) -> sympy.Poly | None:
    """``e`` as a polynomial with integer coefficients (ℕ: nonnegative ones) whose generators
    are integer-valued, or None."""
    if e.is_Integer:
        return sympy.Poly(e, sympy.Symbol("·const"), domain="ZZ")
    try:
        poly = sympy.Poly(e)
    except sympy.PolynomialError:
        return None
    if not poly.domain.is_ZZ or any(not integer_valued(g) for g in poly.gens):
        return None
    if any(isinstance(g, sympy.Pow) or g.is_Rational for g in poly.gens):
        return None  # a generator 2**k or √x: not an atom of the polynomial ring
    if head is NatMod and any(c < 0 for c in poly.coeffs()):
        return None
    return poly


# --------------------------------------------------------------------------------------------
# Relations between lists: decided on the ``++``-pieces of both sides
# --------------------------------------------------------------------------------------------


def pieces(xs: Basic) -> list[Basic]:
    """``xs`` as the concatenation of its pieces: ``++`` flattened, ``a :: t`` split into
    ``[a]`` and the pieces of ``t``, ``[]`` dropped (``xs`` equals the ``++`` of the result).
    Pieces are compared by their canonical form (bound variables renamed), so two equal
    pieces are the same list; two different pieces may be equal lists too, which is why the
    rules below only ever conclude ``True`` from pieces, never ``False``."""
    out: list[Basic] = []
    todo = [xs]
    while todo:
        e = todo.pop()
        if isinstance(e, L.Append):
            todo.extend(reversed(e.args))
        elif isinstance(e, L.Cons):
            todo.append(e.args[1])
            out.append(L.Cons(e.args[0], L.Nil()))
        elif not isinstance(e, L.Nil):
            out.append(e)
    return out


def _keys(xs: Basic, unreversed: bool = False) -> list[Basic]:
    """The canonical pieces of ``xs``; with ``unreversed``, a piece ``t.reverse`` counts as
    ``t`` (the two have the same members with the same multiplicities)."""
    out = []
    for piece in pieces(xs):
        if unreversed:
            while isinstance(piece, L.Reverse):
                piece = piece.args[0]
        out.append(canonical(piece))
    return out


def _subsequence(p: list[Basic], q: list[Basic]) -> bool:
    i = 0
    for y in q:
        if i < len(p) and p[i] == y:
            i += 1
    return i == len(p)


def _contiguous(p: list[Basic], q: list[Basic]) -> bool:
    return any(q[i:i + len(p)] == p for i in range(len(q) - len(p) + 1))


@rule(name="List.Sublist.append (sublist_append_left/right, nil_sublist, Sublist.refl)",
      statement="l₁ <+ l₂ when the ++-pieces of l₁ are a subsequence of those of l₂",
      side="pieces compared by identical canonical form",
      heads=(L.Sublist,))
def _sublist(t: Basic) -> Basic | None:
    xs, ys = t.args
    return sympy.true if _subsequence(_keys(xs), _keys(ys)) else None


@rule(name="List.prefix_append (nil_prefix, prefix_refl)",
      statement="l₁ <+: l₁ ++ l₂: the ++-pieces of l₁ begin those of l₂",
      side="pieces compared by identical canonical form",
      heads=(L.IsPrefix,))
def _prefix(t: Basic) -> Basic | None:
    p, q = (_keys(x) for x in t.args)
    return sympy.true if q[:len(p)] == p else None


@rule(name="List.suffix_append (nil_suffix, suffix_refl)",
      statement="l₂ <:+ l₁ ++ l₂: the ++-pieces of l₂ end those of l₁ ++ l₂",
      side="pieces compared by identical canonical form",
      heads=(L.IsSuffix,))
def _suffix(t: Basic) -> Basic | None:
    p, q = (_keys(x) for x in t.args)
    return sympy.true if len(p) <= len(q) and q[len(q) - len(p):] == p else None


@rule(name="List.infix_append (infix_append', nil_infix, infix_refl)",
      statement="l₂ <:+: l₁ ++ l₂ ++ l₃: the ++-pieces of l₂ are a run of those of the other",
      side="pieces compared by identical canonical form",
      heads=(L.IsInfix,))
def _infix(t: Basic) -> Basic | None:
    p, q = (_keys(x) for x in t.args)
    return sympy.true if _contiguous(p, q) else None


@rule(name="List.perm_append_comm (Perm.append, reverse_perm, Perm.refl)",
      statement="l₁ ++ l₂ ~ l₂ ++ l₁, l.reverse ~ l: the same ++-pieces in any order",
      side="pieces compared by identical canonical form; a reversed piece counts as the piece",
      heads=(L.Perm,))
def _perm(t: Basic) -> Basic | None:
    p, q = (sorted(_keys(x, unreversed=True), key=sympy.default_sort_key) for x in t.args)
    return sympy.true if p == q else None


@rule(name="List.subset_append_left/right (nil_subset, Subset.refl)",
      statement="l₁ ⊆ l₁ ++ l₂: every ++-piece of l₁ is a piece of l₂",
      side="pieces compared by identical canonical form; a reversed piece counts as the piece",
      heads=(L.Subset,))
def _subset(t: Basic) -> Basic | None:
    p, q = (_keys(x, unreversed=True) for x in t.args)
    return sympy.true if all(k in q for k in p) else None


@rule(name="List.disjoint_nil_left/right",
      statement="Disjoint [] l, Disjoint l []",
      side="none",
      heads=(L.Disjoint,))
def _disjoint(t: Basic) -> Basic | None:
    xs, ys = t.args
    return sympy.true if not pieces(xs) or not pieces(ys) else None


@rule(name="List.disjoint_comm",
      statement="Disjoint l₁ l₂ ↔ Disjoint l₂ l₁",
      side="none (the two lists are put in SymPy's canonical order)",
      heads=(L.Disjoint,))
def _disjoint_comm(t: Basic) -> Basic | None:
    xs, ys = t.args
    if sympy.default_sort_key(canonical(ys)) < sympy.default_sort_key(canonical(xs)):
        return L.Disjoint(ys, xs)
    return None


@rule(name="List.mem_union_iff / mem_inter_iff",
      statement="a ∈ l₁ ∪ l₂ ↔ a ∈ l₁ ∨ a ∈ l₂, a ∈ l₁ ∩ l₂ ↔ a ∈ l₁ ∧ a ∈ l₂",
      side="BEq is = at the element type (the translator builds ∪/∩ only then)",
      heads=(L.Mem,))
def _mem_union_inter(t: Basic) -> Basic | None:
    a, xs = t.args
    if isinstance(xs, L.Union):
        return sympy.Or(L.Mem(a, xs.args[0]), L.Mem(a, xs.args[1]))
    if isinstance(xs, L.Inter):
        return sympy.And(L.Mem(a, xs.args[0]), L.Mem(a, xs.args[1]))
    return None


@rule(name="List.diff_nil / nil_diff",
      statement="l.diff [] = l, [].diff l = []",
      side="none (no element is compared, so they hold at every BEq)",
      heads=(L.Diff,))
def _diff_nil(t: Basic) -> Basic | None:
    xs, ys = t.args
    if isinstance(ys, L.Nil) or isinstance(xs, L.Nil):
        return xs
    return None


@rule(name="List.erase_nil / erase_cons_head",
      statement="[].erase a = [], (a :: l).erase a = l",
      side="BEq is = at the element type (the translator builds erase only then); the head "
           "is the erased value itself (identical term)",
      heads=(L.Erase,))
def _erase(t: Basic) -> Basic | None:
    xs, a = t.args
    if isinstance(xs, L.Nil):
        return xs
    if isinstance(xs, L.Cons) and canonical(xs.args[0]) == canonical(a):
        return xs.args[1]
    return None


@rule(name="List.nil_union / nil_inter / inter_nil",
      statement="[] ∪ l = l, [] ∩ l = [], l ∩ [] = []",
      side="none (l ∪ [] = l is false: ∪ drops repeated members of the left list)",
      heads=(L.Union, L.Inter))
def _nil_union_inter(t: Basic) -> Basic | None:
    xs, ys = t.args
    if isinstance(t, L.Union):
        return ys if isinstance(xs, L.Nil) else None
    return L.Nil() if isinstance(xs, L.Nil) or isinstance(ys, L.Nil) else None


# --------------------------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = tuple(_DECLARED)
"""Every static rewrite rule, in the order they are tried at a head (generated from the
``@rule`` declarations above)."""


def rules_by_head(rules: tuple[Rule, ...] = RULES) -> dict[type, tuple[Rule, ...]]:
    """Rules grouped by the SymPy head they rewrite (the engine's dispatch table)."""
    table: dict[type, list[Rule]] = {}
    for rule in rules:
        for head in rule.heads:
            table.setdefault(head, []).append(rule)
    return {k: tuple(v) for k, v in table.items()}


RULE_NAMES: frozenset[str] = frozenset(r.name for r in RULES)

__all__ = ["RULES", "RULE_NAMES", "Rule", "compose", "exact_number", "pieces", "rule",
           "rules_by_head"]
