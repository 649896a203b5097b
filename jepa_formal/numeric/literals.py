"""The literals of a law and their neighbours: values the search tries on purpose.

Why: a law is often false exactly at a value it names. ``(xs.map fun x => if x = 7 then 1/2
else 3/2).sum ≠ 1`` fails only for a list holding 7 twice; sizes ramping from 0 and random
naturals below 20 rarely draw two 7s in one list, so such a law could pass 2000 instances.
So the numbers written in the statement, and in every definition it reaches (bodies, equation
patterns), are collected per kind (integers, exact numbers, floats) together with their
neighbours (``7`` gives 6, 7, 8 and, at ℤ, -7; ``1/2`` gives ``-1/2``, ``3/2``, ``-1/2``;
``1e308`` gives the floats next to it; two integer literals their exact quotient: ``3000`` and
``3`` give ``1000``, and at ℚ/ℝ ``7`` and ``13`` give ``7/13``; a perfect square or cube, or
one next to a literal or quotient, its roots: ``152399025`` gives ``±12345``), and each closed
numeric subterm (``1/2``, ``0.0/0.0``) is evaluated to the value it denotes.

``LiteralPool.options(ty)`` lists the values of a resolved type built from those numbers:
scalars, lists of them with repeated elements (``[7, 7]``), pairs, options, structures,
constant functions. ``numeric/exhaustive.py`` enumerates instances over these options (the
*literal scope*) and ``Space.draw`` mixes them into random instances (``drawer``). Values the
ordinary small scope already enumerates (0…3, small fractions, the usual floats) are left out,
so a law without other literals is searched exactly as before.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction
from random import Random
from typing import TYPE_CHECKING, Any

from jepa_formal.mirror.core.terms import (
    DefCall,
    Expr,
    Law,
    Lit,
    Prim,
    TArray,
    TFin,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TRat,
    TReal,
    Ty,
    Var,
    subterms,
    uncurry,
)
from jepa_formal.mirror.core.values import Some, StructValue, TableFn
from jepa_formal.numeric.generate import Draw, drawer, enumerate_values
from jepa_formal.numeric.types import RStruct, fin_size

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

LITERAL_LEVEL = 3
"""Values of the ordinary small scope at this level are not repeated as literals."""

MAX_LIST = 3
"""Longest list built from literal values in the literal scope (random draws go longer)."""

MAX_LENGTH = 256
"""Longest list whose length is a literal of the law (``xs.length ≠ 50`` fails only at 50)."""

MAX_OPTIONS = 256
"""Most literal-scope values of one type."""

MAX_INT = 2**64
"""Integers past this magnitude are not drawn (a size of ``10^100`` only exhausts budgets)."""

_NUMERIC = (TNat, TInt, TRat, TReal, TFloat, TFin)
_CLOSED_OPS = frozenset({"add", "sub", "mul", "div", "neg", "pow", "inv", "cast", "mod"})


class LiteralPool:
    """The numbers of one law, with neighbours, by kind: ``integers`` (exact integral values),
    ``exact`` (every exact value, as ``Fraction``) and ``floats``; first-seen order, the
    literals themselves before their neighbours."""

    __slots__ = ("_draws", "_options", "exact", "floats", "integers")

    def __init__(self, integers: Iterable[int], exact: Iterable[Fraction],
                 floats: Iterable[float]) -> None:
        self.integers = tuple(dict.fromkeys(integers))
        self.exact = tuple(dict.fromkeys(exact))
        self.floats = _unique_floats(floats)
        self._options: dict[Ty, tuple[Any, ...]] = {}
        self._draws: dict[Ty, Draw | None] = {}

    def __bool__(self) -> bool:
        return bool(self.integers or self.exact or self.floats)

    # -- scalars -----------------------------------------------------------------------------

    def scalars(self, ty: Ty) -> tuple[Any, ...]:
        """The literal values of a scalar type not already in its ordinary small scope."""
        if isinstance(ty, TNat):
            raw: Iterable[Any] = (v for v in self.integers if v >= 0)
        elif isinstance(ty, TInt):
            raw = self.integers
        elif isinstance(ty, TFin):
            k = fin_size(ty)
            if k <= 0:
                return ()
            raw = (w for v in self.integers if v >= 0 for w in (v % k, min(v, k - 1)))
        elif isinstance(ty, (TRat, TReal)):
            raw = self.exact
        elif isinstance(ty, TFloat):
            return tuple(v for v in self.floats if not _in_floats(v, _ordinary(ty)))
        else:
            return ()
        ordinary = set(_ordinary(ty))
        return tuple(dict.fromkeys(v for v in raw if v not in ordinary))

    # -- the literal scope -------------------------------------------------------------------

    def options(self, ty: Ty) -> tuple[Any, ...]:
        """Values of resolved ``ty`` built from the literals (empty when it has none): the
        literal values first, then compound values mixing them with the simplest ordinary
        ones (lists up to ``MAX_LIST`` elements, repeats included)."""
        hit = self._options.get(ty)
        if hit is None:
            hit = tuple(itertools.islice(self._build(ty), MAX_OPTIONS))
            self._options[ty] = hit
        return hit

    def _build(self, ty: Ty) -> Iterable[Any]:
        if isinstance(ty, _NUMERIC):
            return self.scalars(ty)
        if isinstance(ty, (TList, TArray)):
            # a length the law names (and its neighbours), of the simplest elements: a list
            # law is often false exactly at a length it states (`xs.length ≠ 50`)
            lengths = self._named_lists(ty.elem)
            lit = self.options(ty.elem)
            if not lit:
                return lengths
            elems = (*lit, *_simplest(ty.elem))
            repeats = ((v,) * n for v in lit for n in range(1, MAX_LIST + 1))  # [7], [7, 7]…
            mixed = itertools.chain.from_iterable(
                (c for c in itertools.product(elems, repeat=n)
                 if any(x in lit for x in c) and len(set(map(repr, c))) > 1)
                for n in range(2, MAX_LIST + 1))
            return itertools.chain(repeats, lengths, mixed)
        if isinstance(ty, TProd):
            fst, snd = self.options(ty.fst), self.options(ty.snd)
            if not fst and not snd:
                return ()
            return ((a, b) for a in (*fst, *_simplest(ty.fst)) for b in (*snd, *_simplest(ty.snd))
                    if a in fst or b in snd)
        if isinstance(ty, TOption):
            return (Some(v) for v in self.options(ty.elem))
        if isinstance(ty, TFun):
            doms, cod = uncurry(ty)
            return (TableFn(len(doms), {}, v) for v in self.options(cod))  # constants
        if isinstance(ty, RStruct):
            spaces = [(self.options(t), _simplest(t)) for _, t in ty.fields]
            if not any(lit for lit, _ in spaces):
                return ()
            names = [n for n, _ in ty.fields]
            return (StructValue(ty.name, tuple(zip(names, combo, strict=True)))
                    for combo in itertools.product(*((*lit, *simple) for lit, simple in spaces))
                    if any(v in lit for v, (lit, _) in zip(combo, spaces, strict=True)))
        return ()

    def _lengths(self) -> tuple[int, ...]:
        """List lengths the law names: its integers and the denominators of its fractions
        (a sum of sevenths reaches 1 at seven elements), and one more (``xs[30]?`` and
        ``xs.length ≤ 30`` change at 31 elements), past the small scope's lists."""
        named = (*self.integers, *(q.denominator for q in self.exact))
        return tuple(dict.fromkeys(m for n in named for m in (n, n + 1)
                                   if MAX_LIST < m <= MAX_LENGTH))

    def _named_lists(self, elem: Ty) -> Iterator[tuple[Any, ...]]:
        """Lists of the named lengths: each filler repeated, then the first filler followed by
        the second repeated (not a palindrome, head ≠ last: ``xs.length ≤ 30 ∨ xs.reverse =
        xs`` fails only on such a list of 31)."""
        fillers = self._fillers(elem)
        for n in self._lengths():
            for v in fillers:
                yield (v,) * n
            if len(fillers) >= 2:
                yield (fillers[0], *(fillers[1],) * (n - 1))

    def _fillers(self, elem: Ty) -> tuple[Any, ...]:
        """The elements a list of a named length repeats: the simplest values, the first
        literal values of the type, and the law's small integers (``xs.sum ≠ 60 ∨
        xs.length ≠ 20`` fails at twenty 3s, and 3 is in the ordinary small scope)."""
        values = [*_simplest(elem), *self.options(elem)[:4]]
        if isinstance(elem, (TNat, TInt)):
            values += [v for v in self.integers if v >= 0 or isinstance(elem, TInt)][:12]
        return tuple({repr(v): v for v in values}.values())

    # -- random draws ------------------------------------------------------------------------

    def drawer(self, ty: Ty) -> Draw | None:
        """A random drawer of resolved ``ty`` that puts literal values where the type holds
        numbers (each element of a list one time in two: long lists with repeats), or None
        when the type reaches no literal."""
        if ty not in self._draws:
            self._draws[ty] = self._make_drawer(ty)
        return self._draws[ty]

    def _make_drawer(self, ty: Ty) -> Draw | None:
        if isinstance(ty, _NUMERIC):
            values = self.scalars(ty)
            if not values:
                return None
            return lambda rng, size: values[int(rng.random() * len(values))]
        if isinstance(ty, (TList, TArray)):
            elem = self.drawer(ty.elem)
            if elem is None:
                return None
            plain = drawer(ty.elem)
            return lambda rng, size: tuple(
                elem(rng, size) if rng.random() < 0.5 else plain(rng, size)
                for _ in range(int(rng.random() * (size + 2))))
        if isinstance(ty, TProd):
            parts = [(self.drawer(t), drawer(t)) for t in (ty.fst, ty.snd)]
            if all(lit is None for lit, _ in parts):
                return None
            return lambda rng, size: tuple(_either(lit, plain, rng, size) for lit, plain in parts)
        if isinstance(ty, TOption):
            inner = self.drawer(ty.elem)
            return None if inner is None else (lambda rng, size: Some(inner(rng, size)))
        if isinstance(ty, TFun):
            return self._table_drawer(ty)
        if isinstance(ty, RStruct):
            fields = [(n, self.drawer(t), drawer(t)) for n, t in ty.fields]
            if all(lit is None for _, lit, _ in fields):
                return None
            name = ty.name
            return lambda rng, size: StructValue(
                name, tuple((n, _either(lit, plain, rng, size)) for n, lit, plain in fields))
        return None

    def _table_drawer(self, ty: TFun) -> Draw | None:
        """A drawn function whose results are literal values one time in two."""
        _, cod = uncurry(ty)
        lit = self.drawer(cod)
        if lit is None:
            return None
        plain = drawer(ty)

        def draw(rng: Random, size: int) -> Any:
            fn = plain(rng, size)
            if not isinstance(fn, TableFn):
                return fn
            table = {k: (lit(rng, size) if rng.random() < 0.5 else v)
                     for k, v in fn.table.items()}
            default = lit(rng, size) if rng.random() < 0.5 else fn.default
            return TableFn(fn.arity, {k: v for k, v in table.items() if v != default}, default)

        return draw


def _either(lit: Draw | None, plain: Draw, rng: Random, size: int) -> Any:
    return lit(rng, size) if lit is not None and rng.random() < 0.5 else plain(rng, size)


def _ordinary(ty: Ty) -> tuple[Any, ...]:
    try:
        return enumerate_values(ty, LITERAL_LEVEL)
    except Exception:  # a type without small values: nothing to leave out
        return ()


def _simplest(ty: Ty) -> tuple[Any, ...]:
    """The two simplest ordinary values of a type (mixed with literals in compounds)."""
    try:
        return enumerate_values(ty, 1)[:2]
    except Exception:
        return ()


def _in_floats(v: float, values: Iterable[Any]) -> bool:
    """``v`` among ``values`` as the same float (NaN matches NaN, ``-0.0`` only ``-0.0``)."""
    return any(isinstance(w, float) and _same_float(v, w) for w in values)


def _same_float(a: float, b: float) -> bool:
    if a != a or b != b:
        return a != a and b != b
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


def _unique_floats(values: Iterable[float]) -> tuple[float, ...]:
    out: list[float] = []
    for v in values:
        if not _in_floats(v, out):
            out.append(v)
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Collecting the literals of a law
# --------------------------------------------------------------------------------------------


def law_literals(law: Law, env: Env | None,
                 evaluate: Callable[[Expr, Any, dict[str, Any]], Any] | None = None
                 ) -> LiteralPool:
    """The pool of ``law``: its numeric literals and those of every definition it reaches,
    the values of its closed numeric subterms (with ``evaluate``, the concrete evaluator),
    and their neighbours."""
    found: list[Any] = []
    seen_defs: set[str] = set()
    pending: list[Any] = [law]
    while pending:
        node = pending.pop()
        for e in subterms(node):
            if isinstance(e, Lit) and isinstance(e.ty, _NUMERIC) and not isinstance(e.value, bool):
                found.append(e.value)
            elif isinstance(e, Prim) and evaluate is not None and e.op in _CLOSED_OPS \
                    and isinstance(e.ty, _NUMERIC) and _closed(e):
                value = _value(e, env, evaluate)
                if value is not None:
                    found.append(value)
            elif isinstance(e, DefCall) and env is not None and e.name not in seen_defs:
                seen_defs.add(e.name)
                pending.extend(_definition_parts(env, e.name))
    return _with_neighbours(found)


def _definition_parts(env: Env, name: str) -> list[Expr]:
    try:
        info = env.definition(name)
    except Exception:  # not a definition the environment knows: nothing to add
        return []
    parts: list[Expr] = []
    if info.body is not None:
        parts.append(info.body)
    for eq in info.equations:
        parts.extend(eq.patterns)
        parts.append(eq.rhs)
    return parts


def _closed(e: Expr) -> bool:
    return not any(isinstance(s, (Var, DefCall)) for s in subterms(e))


def _value(e: Expr, env: Env | None, evaluate: Callable[..., Any]) -> Any:
    try:
        v = evaluate(e, env, {})
    except Exception:  # over budget, unsupported: the literal is simply not used
        return None
    return v if isinstance(v, (int, Fraction, float)) and not isinstance(v, bool) else None


MAX_PAIRS = 12
"""Integer literals (the first ones) whose pairwise quotients are drawn too."""


def _quotients(integers: list[int]) -> list[int]:
    """``a / b`` for literals ``b`` dividing ``a`` (``n * 3 = 3000`` fails at 1000)."""
    heads = list(dict.fromkeys(integers))[:MAX_PAIRS]
    return [a // b for a in heads for b in heads
            if abs(b) > 1 and a != b and a % b == 0]


def _fractions(exact: list[Fraction]) -> list[Fraction]:
    """``a / b`` for every two exact literals (or ``a ± 1``), in lowest terms (``13 * q ≠ 7``
    fails at ``7/13``): the exact types draw them, the integral ones take only the integral
    quotients (``_quotients``)."""
    heads = list(dict.fromkeys(exact))[:MAX_PAIRS]
    tops = dict.fromkeys(m for a in heads for m in (a, a - 1, a + 1))  # 3 * x + 1 ≠ 8: 7/3
    return [a / b for a in tops for b in heads
            if b not in (0, 1, -1) and a != b and (a / b).denominator != 1]


MAX_ROOT = 4
"""Largest k whose exact k-th roots of the literals are drawn."""


def _roots(integers: list[int]) -> list[int]:
    """The exact square, cube… roots of the literals, and their negatives (``n * n ≠
    152399025`` fails only at 12345, ``x * x ≠ 2 ^ 64`` at ±2^32)."""
    out: list[int] = []
    for n in dict.fromkeys(integers):
        if abs(n) < 4:
            continue
        for k in range(2, MAX_ROOT + 1):
            r = _exact_root(abs(n), k)
            if r is not None and r > 1 and (n > 0 or k % 2 == 1):
                out.extend((r, -r) if n > 0 else (-r,))
    return out


def _exact_root(n: int, k: int) -> int | None:
    """``r`` with ``r ^ k = n`` (n ≥ 0), or None."""
    r = math.isqrt(n) if k == 2 else round(n ** (1.0 / k)) if n < 2 ** 1000 else None
    if r is None:
        return None
    for c in (r - 1, r, r + 1):
        if c >= 0 and c ** k == n:
            return c
    return None


def _with_neighbours(found: list[Any]) -> LiteralPool:
    integers: list[int] = []
    exact: list[Fraction] = []
    floats: list[float] = []
    later_i: list[int] = []
    later_e: list[Fraction] = []
    later_f: list[float] = []
    for v in found:
        if isinstance(v, float):
            floats.append(v)
            if math.isfinite(v):
                later_f.extend((-v, math.nextafter(v, math.inf), math.nextafter(v, -math.inf)))
                if v.is_integer() and abs(v) <= MAX_INT:
                    later_i.extend((int(v), int(v) - 1, int(v) + 1))
            continue
        q = Fraction(v)
        if abs(q) > MAX_INT:
            continue
        exact.append(q)
        later_e.extend((-q, q + 1, q - 1))
        floats.append(float(q))
        if q.denominator == 1:
            n = int(q)
            integers.append(n)
            later_i.extend((n - 1, n + 1, -n))
    quotients = _quotients(integers)
    later_i.extend(quotients)
    later_i.extend(_roots([m for n in (*integers, *quotients) for m in (n, n - 1, n + 1)]))
    later_e.extend(_fractions(exact))
    integers += later_i
    exact += later_e + [Fraction(n) for n in later_i]
    floats += later_f
    return LiteralPool(integers, exact, floats)


__all__ = ["LiteralPool", "law_literals"]
