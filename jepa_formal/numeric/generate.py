"""Values per resolved type: random draws (sized) and exhaustive small enumerations.

Why two modes over one type walk: the search first tries every small instance (a bug in a
finite-index law usually shows on a one- or two-element list), then random instances whose
size ramps up. Both need the same knowledge of each type's values: ``Fin k`` is ``range(k)``
(empty for ``k = 0``), ``ℕ`` is non-negative, ``ℝ``/``ℚ`` are exact ``Fraction``s of either
sign, ``Float`` includes rounding-sensitive values and (rarely) ``∞``, ``-∞`` and NaN, a
function is a finite ``TableFn`` whose results obey the codomain (``→ ℕ`` gives naturals).

Drawers are compiled once per resolved type into closures (``drawer(ty)``), so the hot loop
does no type dispatch.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from fractions import Fraction
from functools import lru_cache
from random import Random
from typing import Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
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
    TOption,
    TProd,
    TProp,
    TRat,
    TReal,
    TString,
    TUnit,
    Ty,
    uncurry,
)
from jepa_formal.mirror.core.values import FrozenTable, Some, StructValue, TableFn
from jepa_formal.numeric.types import (
    RInd,
    RStruct,
    fin_size,
    finite_domain,
    holds_function,
    is_empty,
)

Draw = Callable[[Random, int], Any]
"""A drawer: ``draw(rng, size)`` gives one value; ``size`` (0…20) bounds lengths and numbers."""

MAX_TABLE = 64
"""Largest function domain drawn as a full table; bigger domains get sparse tables."""

ENUM_CAP = 256
"""Most values one small-scope enumeration of a type yields (keeps products bounded)."""

FLOAT_SPECIAL: tuple[float, ...] = (
    0.1,
    0.2,
    0.3,
    1.0,
    -1.0,
    3.0,
    0.5,
    1e16,
    -1e16,
    1e-300,
    -0.1,
    2.0**53,
    1e-16,
    -0.0,
    5e-324,
)
"""Floats where IEEE rounding shows: non-representable decimals, huge and tiny magnitudes, the
smallest (subnormal) float and signed zero (no magnitude whose square overflows)."""

FLOAT_NONFINITE: tuple[float, ...] = (math.inf, -math.inf, math.nan)
"""``∞``, ``-∞`` and NaN: drawn now and then (``FLOAT_NONFINITE_P``) and enumerated last in
small scope. Sound because the evaluator's ``=`` at ``Float`` is Lean's propositional equality
(NaN = NaN by ``rfl``; see ``mirror.concrete_ops.propositional_eq``), so an instance whose two
sides both become NaN is not a counterexample. ``math.nan`` is one object: the same NaN is
found again in seen-sets and tables (a NaN compares unequal even to itself)."""

FLOAT_NONFINITE_P = 0.01
"""Probability that a drawn float is non-finite: rare, because one ``∞`` or NaN in a list
usually swamps the rounding differences a list law is tested for."""

FLOAT_LEVELS: tuple[tuple[float, ...], ...] = (
    (0.0,),
    (1.0, -1.0, 0.1),
    (0.2, 0.3, 1e16, -1e16, 3.0, 0.5),
    (1e-300, 2.0, -0.1, 2.0**53, -0.0),
)
"""Float values added at each small-scope level (cumulative)."""

NONFINITE_LEVEL = 3
"""The small-scope level from which ``FLOAT_NONFINITE`` follow the finite floats."""

_FRACTION_DENOMS = (1, 1, 1, 2, 3, 4, 7)


class EmptyType(Exception):
    """A value of an empty type (``Fin 0``) was asked for: this instance cannot exist."""


# --------------------------------------------------------------------------------------------
# Random draws
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def drawer(ty: Ty) -> Draw:
    """The compiled random drawer of a resolved type."""
    if isinstance(ty, TNat):
        return _draw_nat
    if isinstance(ty, TInt):
        return _draw_int
    if isinstance(ty, (TRat, TReal)):
        return _draw_fraction
    if isinstance(ty, TFloat):
        return _draw_float
    if isinstance(ty, (TBool, TProp)):
        return lambda rng, size: rng.random() < 0.5
    if isinstance(ty, TUnit):
        return lambda rng, size: ()
    if isinstance(ty, TString):
        return lambda rng, size: rng.choice(("", "a", "b", "ab"))
    if isinstance(ty, TFin):
        return _fin_drawer(fin_size(ty))
    if isinstance(ty, (TList, TArray)):
        return _list_drawer(ty.elem)
    if isinstance(ty, TProd):
        fst, snd = drawer(ty.fst), drawer(ty.snd)
        return lambda rng, size: (fst(rng, size), snd(rng, size))
    if isinstance(ty, TOption):
        inner = drawer(ty.elem)
        return lambda rng, size: None if rng.random() < 0.25 else Some(inner(rng, size))
    if isinstance(ty, TFinset):
        return _finset_drawer(ty.elem)
    if isinstance(ty, TFun):
        return _fun_drawer(ty)
    if isinstance(ty, RStruct):
        return _struct_drawer(ty)
    if isinstance(ty, RInd):
        return _inductive_drawer(ty)
    raise Unsupported(f"drawing values of type {type(ty).__name__}")


MAX_DEPTH = 4
"""Nesting depth of drawn values of a recursive inductive type (``dim 2 (dim 3 scalar)``)."""


def _inductive_drawer(ty: RInd) -> Draw:
    """A constructor at random; below the depth budget only constructors without recursive
    fields, so every value is finite."""
    rec = TInd(ty.name)

    def draw(rng: Random, size: int, depth: int = 0) -> StructValue:
        ctors = [c for c in ty.ctors if depth < min(size, MAX_DEPTH)
                 or not any(t == rec for _, t in c[1])]
        name, fields = ctors[int(rng.random() * len(ctors))]
        values = tuple((f, draw(rng, size, depth + 1) if t == rec else drawer(t)(rng, size))
                       for f, t in fields)
        return StructValue(name, values)

    return lambda rng, size: draw(rng, size)


def _draw_nat(rng: Random, size: int) -> int:
    r = rng.random()
    if r < 0.05:  # now and then a larger number
        return int(r * 20 * (10 * size + 11))
    return int(rng.random() * (size + 1))


def _draw_int(rng: Random, size: int) -> int:
    r = rng.random()
    if r < 0.05:
        bound = 10 * size + 10
        return int(r * 20 * (2 * bound + 1)) - bound
    return int(rng.random() * (2 * size + 1)) - size


def _draw_fraction(rng: Random, size: int) -> Fraction:
    bound = 4 * size + 1
    return Fraction(rng.randint(-bound, bound), rng.choice(_FRACTION_DENOMS))


def _draw_float(rng: Random, size: int) -> float:
    r = rng.random()
    if r < FLOAT_NONFINITE_P:
        return rng.choice(FLOAT_NONFINITE)
    if r < 0.4:
        return rng.choice(FLOAT_SPECIAL)
    if r < 0.7:
        return float(rng.randint(-size, size))
    return round(rng.uniform(-size - 1, size + 1), rng.randint(0, 3))


def _fin_drawer(k: int) -> Draw:
    if k == 0:

        def empty(rng: Random, size: int) -> Any:
            raise EmptyType("Fin 0")

        return empty
    return lambda rng, size: int(rng.random() * k)


def _choices(pool: range) -> Draw:
    return lambda rng, size: tuple(rng.choices(pool, k=int(rng.random() * (size + 1))))


def _list_drawer(elem: Ty) -> Draw:
    if is_empty(elem):
        return lambda rng, size: ()
    if isinstance(elem, TFin):
        k = fin_size(elem)
        return _choices(range(k))
    draw = drawer(elem)
    return lambda rng, size: tuple(draw(rng, size) for _ in range(int(rng.random() * (size + 1))))


def _finset_drawer(elem: Ty) -> Draw:
    domain = finite_domain(elem)
    if domain is not None:
        return lambda rng, size: frozenset(v for v in domain if rng.random() < 0.5)
    draw = drawer(elem)
    return lambda rng, size: frozenset(
        v for v in (draw(rng, size) for _ in range(rng.randint(0, size))) if not has_nan(v)
    )


def _struct_drawer(ty: RStruct) -> Draw:
    parts = tuple((name, drawer(fty)) for name, fty in ty.fields)
    name = ty.name
    return lambda rng, size: StructValue(name, tuple((f, d(rng, size)) for f, d in parts))


def _fun_drawer(ty: TFun) -> Draw:
    doms, cod = uncurry(ty)
    arity = len(doms)
    cod_empty = is_empty(cod)
    sizes = tuple(fin_size(d) for d in doms) if all(isinstance(d, TFin) for d in doms) \
        else None
    if any(is_empty(d) for d in doms):
        # A function out of an empty type has exactly one value; its default is never used.
        empty = TableFn(arity, {}, 0, _nest((), sizes) if sizes is not None else None)
        return lambda rng, size: empty
    if cod_empty:
        return _fin_drawer(0)
    draw_cod = drawer(cod)
    if any(holds_function(d) for d in doms):
        # keys that hold functions compare by form (a table could map `g` and `fun b => g b`
        # apart, which no Lean function does): only the constant functions are drawn
        return lambda rng, size: TableFn(arity, {}, draw_cod(rng, size))
    domains = [finite_domain(d) for d in doms]
    if all(d is not None for d in domains):
        keys = list(itertools.islice(itertools.product(*domains), MAX_TABLE + 1))  # type: ignore[arg-type]
        if len(keys) <= MAX_TABLE:
            return _full_table_drawer(arity, keys, draw_cod, cod, sizes)
    draw_args = [drawer(d) for d in doms]

    def sparse(rng: Random, size: int) -> TableFn:
        default = draw_cod(rng, size)
        table = {}
        for _ in range(rng.randint(0, min(size, 6))):
            key = tuple(d(rng, size) for d in draw_args)
            if not has_nan(key):  # see has_nan
                table[key] = draw_cod(rng, size)
        return TableFn(arity, table, default)

    return sparse


def _full_table_drawer(
    arity: int, keys: Sequence[tuple[Any, ...]], draw_cod: Draw, cod: Ty,
    sizes: tuple[int, ...] | None = None,
) -> Draw:
    """Every key's result drawn; ``sizes``: the domains are ``Fin`` of these sizes (``keys``
    is their product, in order), so the table also gets its ``dense`` form."""
    nkeys = len(keys)
    small: Callable[[int], Sequence[int]] | None = None
    if isinstance(cod, TFin):  # results in one batch: much faster than one draw per key
        pool = range(fin_size(cod))
        small = lambda size: pool  # noqa: E731
    elif isinstance(cod, TNat):
        small = range_plus_one

    def full(rng: Random, size: int) -> TableFn:
        default = draw_cod(rng, size)
        if rng.random() < 0.2:  # a constant function
            dense = _nest((default,) * nkeys, sizes) if sizes is not None else None
            return TableFn(arity, FrozenTable(), default, dense)
        if small is not None and rng.random() < 0.9:
            results: Any = rng.choices(small(size), k=nkeys)
        else:
            results = [draw_cod(rng, size) for _ in range(nkeys)]
        return full_table(arity, keys, results, default, sizes, plain)

    plain = isinstance(cod, (TFin, TNat, TInt, TBool))
    return full


def full_table(
    arity: int, keys: Sequence[tuple[Any, ...]], results: Sequence[Any], default: Any,
    sizes: tuple[int, ...] | None, plain: bool = False,
) -> TableFn:
    """The table of ``results`` (one per key; rows equal to ``default`` left out), with its
    ``dense`` form when ``sizes`` says the domains are ``Fin`` of these sizes: each result
    as the table reads it (``default`` for a left-out row, so ``-0.0`` drawn beside a
    default ``0.0`` reads ``0.0`` both ways), nested one tuple per argument. ``plain``: the
    results are ints or bools, where a result equal to ``default`` is the same value, so
    they are the dense form as they are (no pass over them: this runs once per draw)."""
    if sizes is None:
        table = {k: r for k, r in zip(keys, results, strict=True) if r != default}
        return TableFn(arity, FrozenTable(table), default)
    flat = tuple(results) if plain else tuple([r if r != default else default for r in results])
    if arity == 1:
        dense = flat
    elif arity == 2 and sizes[1]:
        dense = tuple(map(flat.__getitem__, _row_slices(len(flat), sizes[1])))
    else:
        dense = _nest(flat, sizes)
    # the table's rows are those of ``flat`` (the same ``!= default`` test), built when read
    return TableFn(arity, FrozenTable.of_results(keys, flat, default), default, dense)


@lru_cache(maxsize=256)
def _row_slices(total: int, step: int) -> tuple[slice, ...]:
    """The rows of a row-major ``total``-element table, ``step`` elements each."""
    return tuple(slice(i, i + step) for i in range(0, total, step))


def _nest(flat: tuple[Any, ...], sizes: tuple[int, ...]) -> tuple[Any, ...]:
    """Row-major ``flat`` (``len(flat)`` = the product of ``sizes``) as nested tuples."""
    if len(sizes) <= 1 or sizes[0] == 0:
        return flat
    step = len(flat) // sizes[0]
    if step == 0:  # a later domain is empty
        return (_nest((), sizes[1:]),) * sizes[0]
    rows = [flat[i:i + step] for i in range(0, len(flat), step)]  # (it runs once per draw)
    return tuple(rows) if len(sizes) == 2 else tuple([_nest(r, sizes[1:]) for r in rows])


def has_nan(value: Any) -> bool:
    """True when a NaN occurs in ``value``.

    Why tables need it: Lean's ``f`` maps every NaN alike (they are all equal), but a Python
    dict finds a NaN key only by identity, so a table row keyed by the drawn NaN would give a
    different result for a NaN computed in the law: a false counterexample. Table keys are
    therefore never NaN (such an argument gets the default, like every other NaN)."""
    if isinstance(value, float):
        return value != value
    if isinstance(value, (tuple, frozenset)):
        return any(has_nan(v) for v in value)
    if isinstance(value, Some):
        return has_nan(value.value)
    if isinstance(value, StructValue):
        return any(has_nan(v) for _, v in value.fields)
    return False


@lru_cache(maxsize=64)
def range_plus_one(size: int) -> range:
    """``range(size + 1)``: the small naturals, cached."""
    return range(size + 1)


def canonical_table(arity: int, rows: dict[tuple[Any, ...], Any]) -> TableFn:
    """The TableFn of a total table over a finite domain, with its most common result as default
    (so constant functions have an empty table: fewer entries is simpler)."""
    if not rows:
        return TableFn(arity, {}, 0)
    counts = Counter(rows.values())
    default = max(counts, key=lambda v: counts[v])
    return TableFn(arity, {k: v for k, v in rows.items() if v != default}, default)


# --------------------------------------------------------------------------------------------
# Small-scope enumeration
# --------------------------------------------------------------------------------------------


class LazyValues:
    """A sequence whose values are made when first read, in the order of ``source``, each once.

    Why: the exhaustive small scope reads a binder's values by index, simplest first, and
    ``auto``'s quick pass stops after a few dozen instances, so it reads the first few values
    of each binder; making all of them (up to ``ENUM_CAP`` function tables, each with its
    ``dense`` form, and each repaired by the hypotheses) was most of the quick pass. The
    values, and their order, are those of the whole list: ``tuple(lazy)`` is what the
    eager enumeration gave. An exception raised while making a value is raised again at every
    later read past it (as an eager enumeration would have raised on every call)."""

    __slots__ = ("_error", "_items", "_more")

    def __init__(self, source: Iterable[Any]) -> None:
        self._items: list[Any] = []
        self._more: Iterator[Any] | None = iter(source)
        self._error: BaseException | None = None

    def has(self, index: int) -> bool:
        """Whether there is a value at ``index`` (made, with those before it, if need be)."""
        if index < len(self._items):
            return True
        self._make(index + 1)
        return index < len(self._items)

    def _make(self, count: int | None) -> None:
        """Make values until there are ``count`` (None: all), or raise the error met."""
        items, more = self._items, self._more
        while more is not None and (count is None or len(items) < count):
            try:
                items.append(next(more))
            except StopIteration:
                self._more = more = None
            except Exception as exc:
                self._more = more = None
                self._error = exc
        if self._error is not None and (count is None or len(items) < count):
            raise self._error

    def __getitem__(self, index: int) -> Any:
        if isinstance(index, slice) or index < 0:
            return self.values()[index]
        if not self.has(index):
            raise IndexError(index)
        return self._items[index]

    def __len__(self) -> int:
        if self._more is not None or self._error is not None:
            self._make(None)
        return len(self._items)

    def __iter__(self) -> Iterator[Any]:
        index = 0
        while self.has(index):
            yield self._items[index]
            index += 1

    def values(self) -> tuple[Any, ...]:
        """Every value, as the eager enumeration's tuple."""
        self._make(None)
        return tuple(self._items)


@lru_cache(maxsize=4096)
def lazy_values(ty: Ty, level: int) -> LazyValues:
    """``enumerate_values(ty, level)``, made as it is read (``LazyValues``; shared, so a value
    is made once per process). An unsupported type raises here, as there."""
    return LazyValues(itertools.islice(_enumerate(ty, level), ENUM_CAP))


@lru_cache(maxsize=4096)
def enumerate_values(ty: Ty, level: int) -> tuple[Any, ...]:
    """Every small value of a resolved type at ``level`` (0, 1, 2…), simplest first.

    Level ``L`` bounds list lengths and natural numbers by ``L``, integers by ``±L``, fractions
    to ``p/q`` with ``|p| ≤ L``, ``q ≤ L``; at most ``ENUM_CAP`` values.
    """
    return lazy_values(ty, level).values()


def _enumerate(ty: Ty, level: int) -> Any:
    if isinstance(ty, TNat):
        return iter(range(level + 1))
    if isinstance(ty, TInt):
        return iter([0, *itertools.chain.from_iterable((i, -i) for i in range(1, level + 1))])
    if isinstance(ty, (TRat, TReal)):
        return iter(_small_fractions(level))
    if isinstance(ty, TFloat):
        finite = [v for lv in FLOAT_LEVELS[: level + 1] for v in lv]
        return iter(finite + list(FLOAT_NONFINITE) if level >= NONFINITE_LEVEL else finite)
    if isinstance(ty, (TBool, TProp)):
        return iter((False, True))
    if isinstance(ty, TUnit):
        return iter(((),))
    if isinstance(ty, TString):
        return iter(("", "a", "ab")[: level + 1])
    if isinstance(ty, TFin):
        return iter(range(min(fin_size(ty), level + 2)))
    if isinstance(ty, (TList, TArray)):
        elems, parts = enumerate_values(ty.elem, level), _parts(ty.elem, level)
        return itertools.chain.from_iterable(
            itertools.product(elems if n == 1 else parts, repeat=n) for n in range(level + 1)
        )
    if isinstance(ty, TProd):
        return itertools.product(_parts(ty.fst, level), _parts(ty.snd, level))
    if isinstance(ty, TOption):
        return itertools.chain((None,), (Some(v) for v in enumerate_values(ty.elem, level)))
    if isinstance(ty, TFinset):
        elems = tuple(v for v in _parts(ty.elem, level) if not has_nan(v))
        return (
            frozenset(c) for n in range(len(elems) + 1) for c in itertools.combinations(elems, n)
        )
    if isinstance(ty, TFun):
        return _enumerate_tables(ty, level)
    if isinstance(ty, RInd):
        return iter(_inductive_values(ty, min(level, MAX_DEPTH)))
    if isinstance(ty, RStruct):
        names = [n for n, _ in ty.fields]
        spaces = [_parts(t, level) for _, t in ty.fields]
        return (
            StructValue(ty.name, tuple(zip(names, combo, strict=True)))
            for combo in itertools.product(*spaces)
        )
    raise Unsupported(f"enumerating values of type {type(ty).__name__}")


def _inductive_values(ty: RInd, depth: int) -> list[StructValue]:
    """Values up to ``depth`` nested constructors, simplest first (at most ``ENUM_CAP``)."""
    rec = TInd(ty.name)
    out: list[StructValue] = []
    for d in range(depth + 1):
        smaller = [v for v in out] if d else []
        for name, fields in ty.ctors:
            if any(t == rec for _, t in fields) and d == 0:
                continue
            spaces = [smaller if t == rec else _parts(t, max(depth - 1, 0)) for _, t in fields]
            for combo in itertools.islice(itertools.product(*spaces), ENUM_CAP):
                v = StructValue(name, tuple(zip([f for f, _ in fields], combo, strict=True)))
                if v not in out:
                    out.append(v)
                if len(out) >= ENUM_CAP:
                    return out
    return out


def _parts(ty: Ty, level: int) -> tuple[Any, ...]:
    """The small values of ``ty`` as a part of a compound value (a pair, a list of two or more,
    a structure): finite floats only, so the non-finite ones do not crowd the combinations of
    rounding-sensitive values out of the ``ENUM_CAP`` budget (``[∞]`` and ``∞`` are still
    enumerated)."""
    values = enumerate_values(ty, level)
    if isinstance(ty, TFloat):
        return tuple(v for v in values if math.isfinite(v))
    return values


def _small_fractions(level: int) -> list[Fraction]:
    seen: dict[Fraction, None] = {Fraction(0): None}
    for q in range(1, max(level, 1) + 1):
        for p in range(1, level + 1):
            for v in (Fraction(p, q), Fraction(-p, q)):
                seen.setdefault(v, None)
    return sorted(seen, key=lambda v: (abs(v.numerator) + v.denominator, v < 0))


def _enumerate_tables(ty: TFun, level: int) -> Any:
    """The tables of ``ty``: constant ones, then those one entry away from the two simplest
    constants, then every combination of results, duplicates removed (the first kept). The
    domain and results are listed here; the tables are made as they are read."""
    doms, cod = uncurry(ty)
    arity = len(doms)
    if any(is_empty(d) for d in doms):
        return iter((TableFn(arity, {}, 0),))
    results = enumerate_values(cod, level)
    if any(holds_function(d) for d in doms):  # constant functions only (see _fun_drawer)
        return iter([TableFn(arity, {}, r) for r in results])
    keys = list(itertools.product(*(_domain_keys(d, level) for d in doms)))
    sizes = tuple(fin_size(d) for d in doms) if all(isinstance(d, TFin) for d in doms) \
        else None
    if sizes is not None and len(keys) != math.prod(sizes):
        sizes = None  # a domain too large to list: keys are some of its values
    return _tables(arity, results, keys, sizes)


def _tables(arity: int, results: tuple[Any, ...], keys: list[tuple[Any, ...]],
            sizes: tuple[int, ...] | None) -> Iterator[TableFn]:
    """``_enumerate_tables``' tables in order, each the first time an equal one comes up."""
    seen: set[TableFn] = set()

    def candidates() -> Iterator[TableFn]:
        for r in results:  # constant functions first
            yield TableFn(arity, {}, r)
        if keys and results:
            for key in keys:  # one entry differs from a constant
                for base in results[:2]:
                    for r in results:
                        if r != base:
                            rows = dict.fromkeys(keys, base)
                            rows[key] = r
                            yield canonical_table(arity, rows)
            for combo in itertools.islice(itertools.product(results, repeat=len(keys)),
                                          ENUM_CAP):
                yield canonical_table(arity, dict(zip(keys, combo, strict=True)))

    for fn in candidates():
        if fn not in seen:
            seen.add(fn)
            yield fn if sizes is None else with_dense(fn, keys, sizes)


def dense_like(fn: TableFn, like: TableFn) -> TableFn:
    """``fn`` with a ``dense`` form over the ``Fin`` domains of ``like``'s (a table repaired
    from ``like``: the same binder, the same domains), or ``fn`` itself when ``like`` has
    none."""
    if like.dense is None or fn is like:
        return fn
    sizes: list[int] = []
    level: Any = like.dense
    for _ in range(like.arity):
        sizes.append(len(level))
        level = level[0] if level else ()  # an empty domain: no argument tuple at all
    keys = list(itertools.product(*(range(k) for k in sizes)))
    return with_dense(fn, keys, tuple(sizes))


def with_dense(fn: TableFn, keys: Sequence[tuple[Any, ...]], sizes: tuple[int, ...]) -> TableFn:
    """``fn`` with its ``dense`` form: ``keys`` are every argument tuple of ``Fin`` domains of
    these ``sizes``, in order; each entry is what ``fn`` gives there."""
    get, default = fn.table.get, fn.default
    flat = tuple([get(k, default) for k in keys])
    return TableFn(fn.arity, fn.table, default, _nest(flat, sizes))


def _domain_keys(ty: Ty, level: int) -> tuple[Any, ...]:
    domain = finite_domain(ty, limit=MAX_TABLE)
    if domain is not None:
        return domain
    return enumerate_values(ty, level)[: level + 1]
