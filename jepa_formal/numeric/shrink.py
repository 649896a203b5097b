"""Shrinking counterexamples to simplest ones, in the style of Hypothesis' shrinker.

Why this shape (see Hypothesis ``internal/conjecture/shrinking/common.py``): one explicit
``sort_key`` says what "simpler" means, and ``consider()`` is the only way to move: it skips
candidates seen before and accepts a candidate only when it is strictly simpler *and* still a
counterexample (hypotheses hold, conclusion false). Passes then only have to propose
candidates; they can never make the result worse, and the loop ends because the key strictly
decreases.

Simpler means, in this order: smaller total size; then shorter lists; then smaller absolute
values of numbers (and simpler fractions and floats); then fewer table entries in functions;
then smaller sizes (``n`` of ``Fin n``, the ``k`` of a type variable's ``Fin k``).

Every candidate goes through ``Space.refit``: values are fitted into the types again (lowering
``n`` re-maps ``Fin n`` values mod ``n``) and the hypotheses' constructions are re-applied, so
shrinking ``target₁`` drags ``target₂`` along when ``h`` ties them.

The passes change one binder at a time (delete list chunks, simplify one value); one more pass
rebuilds all ``Float`` lists at once from a few rounding-prone values (``Shrinker._rebuild``),
because a float counterexample is often minimal for each single change while a much smaller
one exists.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Any

from jepa_formal.mirror.core.terms import (
    TArray,
    TFinset,
    TFloat,
    TFun,
    TInd,
    TList,
    TOption,
    TProd,
    TSort,
    Ty,
    uncurry,
)
from jepa_formal.mirror.core.values import Some, StructValue, TableFn
from jepa_formal.numeric.instances import Instance, Space
from jepa_formal.numeric.minimize import ShrinkCore, ShrinkPass
from jepa_formal.numeric.types import RInd, RStruct, fin, fin_size

Failing = Callable[[Instance], bool]

_ELEMENT_CANDIDATES = 6
"""How many simpler values are tried per list element / table entry in one sweep."""

REBUILD_VALUES: tuple[float, ...] = (
    0.0,
    1.0,
    -1.0,
    0.5,
    0.1,
    -0.1,
    0.2,
    0.3,
    2.0**53,
    -(2.0**53),
    1e16,
    -1e16,
)
"""The floats the rebuild pass fills Float lists with (see ``Shrinker._rebuild``): values at
which sums round (a tenth against ``±1``, tenths together, ``1`` against ``2^53`` or ``1e16``).
``[-1.0, 0.1, 1.0]`` is a simplest counterexample to ``xs.reverse.sum = xs.sum``."""

REBUILD_TOTAL = 3
"""The rebuild pass proposes Float lists of at most this many elements in total."""

REBUILD_PROPOSALS = 3000
"""Most candidates one rebuild pass proposes (bounds its cost when nothing small fails)."""


@dataclass(frozen=True, slots=True, order=True)
class SortKey:
    """What "simpler" means: compared field by field, total first."""

    total: int
    lengths: int
    numbers: int
    tables: int
    sizes: int


def sort_key(space: Space, inst: Instance) -> SortKey:
    """The shrinker's measure of an instance (lower is simpler)."""
    acc = [0, 0, 0, 0]  # lengths, numbers, tables, sizes
    for b in space.binders:
        value = inst[b.name]
        if isinstance(b.ty, TSort):
            acc[3] += fin_size(value)
            continue
        if b.name in space.size_binders and isinstance(value, int):
            acc[3] += abs(value)
            continue
        _measure(value, acc)
    lengths, numbers, tables, sizes = acc
    return SortKey(lengths + numbers + tables + sizes, lengths, numbers, tables, sizes)


def _measure(v: Any, acc: list[int]) -> None:
    if isinstance(v, bool):
        acc[1] += int(v)
    elif isinstance(v, int):
        acc[1] += abs(v)
    elif isinstance(v, Fraction):
        acc[1] += abs(v.numerator) + v.denominator - 1
    elif isinstance(v, float):
        acc[1] += float_complexity(v)
    elif isinstance(v, (tuple, frozenset)):
        acc[0] += len(v)
        for x in v:
            _measure(x, acc)
    elif isinstance(v, TableFn):
        acc[2] += len(v.table)
        _measure(v.default, acc)
        for x in v.table.values():
            _measure(x, acc)
    elif isinstance(v, Some):
        acc[0] += 1
        _measure(v.value, acc)
    elif isinstance(v, StructValue):
        for _, x in v.fields:
            _measure(x, acc)


def float_complexity(v: float) -> int:
    """Integral floats count their magnitude; others their magnitude plus their digits; the
    non-finite ones count most, ``∞`` before ``-∞`` before NaN."""
    if not math.isfinite(v):
        return 2 * 10**18 + (2 if v != v else int(v < 0))  # beyond every finite float
    a = abs(v)
    if a == 0.0:
        return 0 if math.copysign(1.0, v) > 0 else 1  # 0.0 is simpler than -0.0
    if a.is_integer() and a < 2.0**53:
        return int(a)
    return min(math.ceil(a), 10**18) + len(repr(a))


# --------------------------------------------------------------------------------------------
# Candidate values, simplest first
# --------------------------------------------------------------------------------------------


def shrink_value(v: Any, ty: Ty) -> Iterator[Any]:
    """Simpler values than ``v`` of resolved type ``ty`` (not necessarily valid or failing)."""
    if isinstance(v, bool):
        if v:
            yield False
    elif isinstance(v, int):
        yield from _shrink_int(v)
    elif isinstance(v, Fraction):
        yield from _shrink_fraction(v)
    elif isinstance(v, float):
        yield from _shrink_float(v)
    elif isinstance(v, str):
        if v:
            yield ""
    elif isinstance(ty, (TList, TArray)) and isinstance(v, tuple):
        yield from _shrink_list(v, ty.elem)
    elif isinstance(ty, TProd) and isinstance(v, tuple):
        for a in shrink_value(v[0], ty.fst):
            yield (a, v[1])
        for b in shrink_value(v[1], ty.snd):
            yield (v[0], b)
    elif isinstance(ty, TOption):
        if v is not None:
            yield None
            for x in shrink_value(v.value, ty.elem):
                yield Some(x)
    elif isinstance(ty, TFinset) and isinstance(v, frozenset):
        for x in sorted(v, key=repr):
            yield v - {x}
    elif isinstance(ty, TFun) and isinstance(v, TableFn):
        yield from _shrink_table(v, ty)
    elif isinstance(ty, RInd) and isinstance(v, StructValue):
        yield from _shrink_inductive(v, ty)
    elif isinstance(ty, RStruct) and isinstance(v, StructValue):
        for k, (name, fty) in enumerate(ty.fields):
            for x in shrink_value(v.fields[k][1], fty):
                yield v.replace(**{name: x})


def _shrink_inductive(v: StructValue, ty: RInd) -> Iterator[Any]:
    """Constructors without fields first, then the recursive children (``dim n s`` → ``s``),
    then each field made simpler."""
    rec = TInd(ty.name)
    for name, fields in ty.ctors:
        if not fields and name != v.name:
            yield StructValue(name, ())
    fields = dict(next((f for c, f in ty.ctors if c == v.name), ()))
    for fname, x in v.fields:
        if fields.get(fname) == rec:
            yield x
    for fname, x in v.fields:
        fty = fields.get(fname)
        if fty is None:
            continue
        for y in shrink_value(x, ty if fty == rec else fty):
            yield v.replace(**{fname: y})


def _shrink_int(v: int) -> Iterator[int]:
    if v == 0:
        return
    yield 0
    if v < 0:
        yield -v
    half = int(v / 2)
    if half not in (0, v):
        yield half
    step = v - 1 if v > 0 else v + 1
    if step not in (0, half):
        yield step


def _shrink_fraction(v: Fraction) -> Iterator[Fraction]:
    if v == 0:
        return
    yield Fraction(0)
    if v < 0:
        yield -v
    if v.denominator != 1:
        yield Fraction(math.trunc(v))
        yield Fraction(round(v))
        yield v.limit_denominator(max(1, v.denominator // 2))
        yield Fraction(v.numerator // 2, v.denominator)
    elif abs(v) > 1:
        yield from (Fraction(x) for x in _shrink_int(int(v)) if x != 0)


def _shrink_float(v: float) -> Iterator[float]:
    if v == 0.0 and not math.copysign(1.0, v) < 0:
        return
    yield 0.0
    if not math.isfinite(v):
        if v != v or v < 0:  # NaN, -∞ → ∞ (and NaN → -∞): the readable ones
            yield math.inf
        if v != v:
            yield -math.inf
        return
    if v < 0:
        yield -v
    if not v.is_integer():
        yield float(math.trunc(v))
        for digits in range(4):
            r = round(v, digits)
            if r != v:
                yield r
    elif abs(v) >= 1:
        half = float(math.trunc(v / 2))
        if half not in (0.0, v):
            yield half
        yield v - 1.0 if v > 0 else v + 1.0


def _shrink_list(v: tuple[Any, ...], elem: Ty) -> Iterator[tuple[Any, ...]]:
    n = len(v)
    size = n
    while size >= 1:  # delete chunks: everything, halves, …, single elements
        for start in range(0, n - size + 1):
            yield v[:start] + v[start + size :]
        size //= 2
    for i in range(n):
        for k, x in enumerate(shrink_value(v[i], elem)):
            if k >= _ELEMENT_CANDIDATES:
                break
            yield (*v[:i], x, *v[i + 1 :])


def _shrink_table(fn: TableFn, ty: TFun) -> Iterator[TableFn]:
    _, cod = uncurry(ty)
    rows = dict(fn.table)
    if rows:
        yield TableFn(fn.arity, {}, fn.default)  # the constant function
        values = list(rows.values())
        # a result of the table as the new default (the most common first): fewer entries,
        # and the same function when the entries cover the whole domain
        for common in sorted(set(values), key=lambda x: (-values.count(x), repr(x))):
            yield TableFn(fn.arity, {k: x for k, x in rows.items() if x != common}, common)
        for key in sorted(rows, key=repr):
            yield TableFn(fn.arity, {k: x for k, x in rows.items() if k != key}, fn.default)
    for k, d in enumerate(shrink_value(fn.default, cod)):
        if k >= _ELEMENT_CANDIDATES:
            break
        yield TableFn(fn.arity, {key: x for key, x in rows.items() if x != d}, d)
    for key in sorted(rows, key=repr):
        for k, x in enumerate(shrink_value(rows[key], cod)):
            if k >= _ELEMENT_CANDIDATES:
                break
            new = dict(rows)
            if x == fn.default:
                del new[key]
            else:
                new[key] = x
            yield TableFn(fn.arity, new, fn.default)


# --------------------------------------------------------------------------------------------
# The shrinker
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShrinkResult:
    """The simplest counterexample found, its key, and how many candidates were evaluated."""

    instance: Instance
    key: SortKey
    calls: int
    complete: bool  # False when the budget ran out before a fixpoint


class Shrinker:
    """Greedy shrinking to a fixpoint of the passes, through ``consider`` only (the core in
    ``numeric/minimize.py``; this layer contributes the rebuild pass and one value pass per
    binder)."""

    def __init__(
        self,
        space: Space,
        failing: Failing,
        start: Instance,
        *,
        deadline: float,
        max_calls: int = 20_000,
    ) -> None:
        self.space = space
        self.core: ShrinkCore[Instance] = ShrinkCore(
            start, failing, key=lambda inst: sort_key(space, inst), ident=space.key,
            max_calls=max_calls, deadline=deadline)
        # the other binders' values → the largest bound at which a rebuild found nothing
        self._rebuild_failed: dict[tuple[Any, ...], int] = {}

    @property
    def best(self) -> Instance:
        return self.core.best

    @property
    def best_key(self) -> SortKey:
        return self.core.best_key  # type: ignore[no-any-return]

    @property
    def calls(self) -> int:
        return self.core.calls

    def consider(self, candidate: Instance) -> bool:
        """Accept ``candidate`` if unseen, strictly simpler, and still failing."""
        return self.core.consider(candidate)

    def _out_of_budget(self) -> bool:
        return self.core.out_of_budget()

    def run(self) -> ShrinkResult:
        passes: list[ShrinkPass[Instance]] = [ShrinkPass("rebuild", lambda _: self._rebuild(),
                                                         repeat=False)]
        passes += [ShrinkPass(f"values of {b.name}", lambda _, n=b.name: self._improve(n))
                   for b in self.space.binders]
        complete = self.core.run(passes)
        return ShrinkResult(self.core.best, self.core.best_key, self.core.calls, complete)

    def _improve(self, name: str) -> bool:
        """Try the candidates for one binder until one is accepted."""
        for proposal in self._proposals(name):
            if self._out_of_budget():
                return False
            for clamp in (False, True) if self._is_size(name) else (False,):
                candidate = self.space.refit(proposal, clamp=clamp)
                if candidate is not None and self.consider(candidate):
                    return True
        return False

    def _rebuild(self) -> bool:
        """Try Float lists rebuilt from scratch: every list binder of ``Float`` (or ``Array
        Float``) at once, with at most ``REBUILD_TOTAL`` elements in total taken from
        ``REBUILD_VALUES``, simplest first; True if one was accepted.

        Why: a float counterexample is often a local minimum for deletion and value shrinking
        alike. ``[2.0, -0.4, -2.0, 5.0, -1.0]`` fails ``xs.reverse.sum = xs.sum``, but deleting
        any element makes it pass, and so does simplifying any one value; the simplest
        counterexample ``[-1.0, 0.1, 1.0]`` differs in every element. Deleting and re-choosing
        the values together reaches it. It runs at the start of every round (a long list of
        huge floats is replaced before the value passes step through it), proposals come in
        order of their share of the sort key and stop once they cannot be simpler than the
        current lists, and a rebuild that found nothing is not repeated for the same values
        of the other binders.
        """
        best = self.best
        names = {
            b.name
            for b in self.space.binders
            if not isinstance(b.ty, TSort) and _is_float_list(self.space.type_of(b, best))
        }
        if not names:
            return False
        order = [b.name for b in self.space.binders if b.name in names]
        others = tuple(best[b.name] for b in self.space.binders if b.name not in names)
        acc = [0, 0, 0, 0]
        for name in order:
            _measure(best[name], acc)
        current = acc[0] + acc[1]  # lengths and numbers: all a Float list contributes
        if current <= self._rebuild_failed.get(others, -1):
            return False  # the same proposals, a prefix of them, were all tried
        streams = [
            _stream(t, shape) for t in range(REBUILD_TOTAL + 1) for shape in _shapes(t, len(order))
        ]
        ordered = heapq.merge(*streams, key=lambda c: c[0])
        for score, shape, fill in itertools.islice(ordered, REBUILD_PROPOSALS):
            if score > current:
                break
            if self._out_of_budget():
                return False
            proposal = dict(best)
            start = 0
            for name, length in zip(order, shape, strict=True):
                proposal[name] = fill[start : start + length]
                start += length
            candidate = self.space.refit(proposal)
            if candidate is not None and self.consider(candidate):
                return True
        self._rebuild_failed[others] = current
        return False

    def _is_size(self, name: str) -> bool:
        """Lowering a size re-maps dependent values two ways: ``v mod n`` and ``min(v, n-1)``."""
        return name in self.space.size_binders or name in self.space.type_binders

    def _proposals(self, name: str) -> Iterator[Instance]:
        best = self.best
        binder = next(b for b in self.space.binders if b.name == name)
        value = best[name]
        if isinstance(binder.ty, TSort) and binder.name in self.space.models:
            candidates: Iterator[Any] = iter(())  # an instance is not made smaller
        elif isinstance(binder.ty, TSort):
            k = fin_size(value)
            candidates = iter([fin(j) for j in range(1, k)])
        else:
            candidates = shrink_value(value, self.space.type_of(binder, best))
        for x in candidates:
            proposal = dict(best)
            proposal[name] = x
            yield proposal


def _is_float_list(ty: Ty) -> bool:
    return isinstance(ty, (TList, TArray)) and isinstance(ty.elem, TFloat)


@cache
def _fills(t: int) -> tuple[tuple[int, tuple[float, ...]], ...]:
    """Every ``t``-tuple of ``REBUILD_VALUES`` with its share of the sort key (``t`` elements
    plus their complexities), lowest first (ties in a fixed order)."""
    scored = [
        (t + sum(float_complexity(x) for x in combo), combo)
        for combo in itertools.product(REBUILD_VALUES, repeat=t)
    ]
    scored.sort(key=lambda s: s[0])
    return tuple(scored)


def _stream(t: int, shape: tuple[int, ...]) -> Iterator[tuple[int, tuple[int, ...], Any]]:
    """The fills of ``t`` values, lowest score first, for lists of lengths ``shape``."""
    for score, fill in _fills(t):
        yield score, shape, fill


@cache
def _shapes(t: int, k: int) -> tuple[tuple[int, ...], ...]:
    """Every way to split ``t`` elements among ``k`` lists (lengths in binder order)."""
    if k == 1:
        return ((t,),)
    return tuple((first, *rest) for first in range(t, -1, -1) for rest in _shapes(t - first, k - 1))


def shrink(
    space: Space, failing: Failing, start: Instance, *, deadline: float, max_calls: int = 20_000
) -> ShrinkResult:
    """Shrink the counterexample ``start`` (see ``Shrinker``)."""
    return Shrinker(space, failing, start, deadline=deadline, max_calls=max_calls).run()
