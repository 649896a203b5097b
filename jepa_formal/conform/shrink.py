"""Shrinking a failing conformance instance to a simpler one that fails the same way.

Why our own shrinker: the numeric layer shrinks Lean values (fractions, ``Fin k`` tables);
ours are raw ML data (index lists, float rows, a predictor matrix) and "fails" means the
implementation's sides are apart (or it raised), a predicate only the runner can decide. The
loop is the shared core (``numeric/minimize.py``): one ``sort_key`` says what simpler is
(shorter lists first, then smaller ``n``, smaller indices, fewer non-zero and non-integer
numbers), and ``consider`` accepts a candidate only when it is strictly simpler *and* still
fails; this module contributes the candidates.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

from jepa_formal.conform.generate import Plan, _fin_sizes
from jepa_formal.conform.instance import Affine, Linear, Table
from jepa_formal.mirror.core.terms import (
    TArray,
    TBool,
    TFin,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    Ty,
)
from jepa_formal.mirror.core.values import Some
from jepa_formal.numeric.minimize import ShrinkCore, ShrinkPass

Raw = dict[str, Any]


def sort_key(plan: Plan, raw: Raw) -> tuple[float, ...]:
    """What "simpler" means, most important first."""
    lengths = sizes = index_sum = nonzero = fractional = magnitude = 0.0
    for s in plan.slots:
        v = raw.get(s.name)
        if s.kind == "list":
            lengths += len(v)
            index_sum += sum(v)
        elif s.kind == "reals":
            lengths += len(v)
        elif s.kind == "size":
            sizes += v
        elif s.kind == "data":
            lengths += _datum_size(v)
            index_sum += _datum_ints(v)
        for x in _floats(v):
            if math.isnan(x) or math.isinf(x):
                nonzero += 1
                fractional += 1
                magnitude += 1e9
                continue
            nonzero += x != 0
            fractional += x != int(x)
            magnitude += abs(x)
    return (lengths, sizes, index_sum, nonzero, fractional, magnitude)


def _floats(v: Any) -> Iterator[float]:
    if isinstance(v, float):
        yield v
    elif isinstance(v, tuple):
        for x in v:
            if isinstance(x, float):
                yield x
            elif isinstance(x, (tuple, Some)):
                yield from _floats(x)
    elif isinstance(v, Some):
        yield from _floats(v.value)
    elif isinstance(v, Table):
        yield from _floats(v.rows)
    elif isinstance(v, Affine):
        yield from _floats(v.w)
        yield from _floats(v.e)
    elif isinstance(v, Linear):
        yield from _floats(v.w)


def shrink(plan: Plan, raw: Raw, fails: Callable[[Raw], bool], max_steps: int) -> Raw:
    """The simplest failing instance found from ``raw`` within ``max_steps`` evaluations
    (the shared core of ``numeric/minimize.py`` with this layer's one pass)."""
    core: ShrinkCore[Raw] = ShrinkCore(raw, fails, key=lambda r: sort_key(plan, r),
                                       ident=lambda r: repr(sorted(r.items())),
                                       max_calls=max_steps)

    def first_simpler(c: ShrinkCore[Raw]) -> bool:
        for cand in _candidates(plan, c.best):
            if c.consider(cand):
                return True
            if c.out_of_budget():
                return False
        return False

    core.run([ShrinkPass("simpler data", first_simpler)])
    return core.best


def _candidates(plan: Plan, raw: Raw) -> Iterator[Raw]:
    lists = [s for s in plan.slots if s.kind == "list"]
    for s in [s for s in plan.slots if s.kind in ("list", "reals")]:  # drop elements
        # (all at once first)
        v = raw[s.name]
        if v:
            yield {**raw, s.name: ()}
        for i in range(len(v)):
            yield {**raw, s.name: v[:i] + v[i + 1:]}
    for s in lists:  # smaller indices: one value everywhere it occurs (keeps repeats and
        # overlaps between lists), then single occurrences
        for x in sorted(set(raw[s.name])):
            for y in range(x):
                yield {**raw, **{t.name: tuple(y if v == x else v for v in raw[t.name])
                                 for t in lists if t.size == s.size}}
    for s in lists:
        v = raw[s.name]
        for i, x in enumerate(v):
            for y in range(x):
                yield {**raw, s.name: (*v[:i], y, *v[i + 1:])}
    for s in plan.slots:  # data (pairs, Option, nested lists): one simpler part at a time
        if s.kind == "data":
            for y in simpler_datum(s.ty, raw[s.name]):
                yield {**raw, s.name: y}
    for s in plan.slots:  # smaller Fin sizes: drop one position (the last one first)
        if s.kind == "size" and raw[s.name] > 1:
            for j in range(raw[s.name] - 1, -1, -1):
                cand = _drop_position(plan, raw, s.name, j)
                if cand is not None:
                    yield cand
    for s in plan.slots:  # simpler numbers: whole blocks, then entries
        v = raw[s.name]
        if s.kind in ("vec", "table", "affine", "linear", "real", "reals"):
            yield {**raw, s.name: _map_floats(v, lambda x: 0.0)}
            yield {**raw, s.name: _map_floats(v, _rounded)}
    for s in plan.slots:
        v = raw[s.name]
        if s.kind in ("vec", "table", "affine", "linear", "real", "reals"):
            for j, x in enumerate(_floats(v)):
                for y in _simpler(x):
                    yield {**raw, s.name: _replace_nth(v, j, y)}


def _rounded(x: float) -> float:
    return float(round(x)) if math.isfinite(x) else 0.0


def _simpler(x: float) -> list[float]:
    if not math.isfinite(x):
        return [0.0, 1.0]
    out = [0.0, float(round(x)), float(math.trunc(x)), 1.0, -1.0]
    return [y for y in dict.fromkeys(out) if y != x]


def _map_floats(v: Any, f: Callable[[float], float]) -> Any:
    if isinstance(v, float):
        return f(v)
    if isinstance(v, tuple):
        return tuple(_map_floats(x, f) for x in v)
    if isinstance(v, Table):
        return Table(_map_floats(v.rows, f))
    if isinstance(v, Affine):
        return Affine(_map_floats(v.w, f), _map_floats(v.e, f))
    if isinstance(v, Linear):
        return Linear(_map_floats(v.w, f))
    return v


def _replace_nth(v: Any, n: int, y: float) -> Any:
    count = [0]

    def f(x: float) -> float:
        i = count[0]
        count[0] += 1
        return y if i == n else x

    return _map_floats(v, f)


def _drop_position(plan: Plan, raw: Raw, size: str, j: int) -> Raw | None:
    """``raw`` with position ``j`` of ``Fin size`` removed: rows ``j`` of tables dropped and
    larger indices moved down (None when a list or a ``Fin`` value uses ``j``)."""
    out = dict(raw)
    out[size] = raw[size] - 1
    if any(s.kind == "data" and size in _fin_sizes(s.ty) for s in plan.slots):
        return None  # Fin values inside data are not renumbered
    for s in plan.slots:
        if s.kind == "table" and s.width == size:
            out[s.name] = Table(tuple(r[:j] + r[j + 1:] for r in raw[s.name].rows))
            continue
        if s.size != size:
            continue
        v = raw[s.name]
        if s.kind == "list":
            if j in v:
                return None
            out[s.name] = tuple(x - 1 if x > j else x for x in v)
        elif s.kind == "fin":
            if v == j:
                return None
            out[s.name] = v - 1 if v > j else v
        elif s.kind == "table":
            out[s.name] = Table(v.rows[:j] + v.rows[j + 1:])
        elif s.kind == "affine":
            out[s.name] = Affine(v.w, v.e[:j] + v.e[j + 1:])
    return out


def simpler_datum(ty: Ty, v: Any) -> Iterator[Any]:
    """Simpler values of a data type, simplest first: the empty list, ``none``, ``0``; then
    one element dropped, then one part made simpler (pairs component-wise)."""
    if isinstance(ty, (TList, TArray)):
        if v:
            yield ()
        for i in range(len(v)):
            yield v[:i] + v[i + 1:]
        for i, x in enumerate(v):
            for y in simpler_datum(ty.elem, x):
                yield (*v[:i], y, *v[i + 1:])
    elif isinstance(ty, TProd):
        for y in simpler_datum(ty.fst, v[0]):
            yield (y, v[1])
        for y in simpler_datum(ty.snd, v[1]):
            yield (v[0], y)
    elif isinstance(ty, TOption):
        if v is not None:
            yield None
            for y in simpler_datum(ty.elem, v.value):
                yield Some(y)
    elif isinstance(ty, (TBool, TProp)):
        if v:
            yield False
    elif isinstance(ty, (TNat, TInt, TFin)):
        if v != 0:
            yield 0
        if abs(v) > 1:
            yield v - 1 if v > 0 else v + 1
    elif isinstance(v, float):
        yield from _simpler(v)


def _datum_size(v: Any) -> int:
    """Lists' lengths and ``some``s inside a data value (what "shorter" means for it)."""
    if isinstance(v, tuple):
        return len(v) + sum(_datum_size(x) for x in v)
    if isinstance(v, Some):
        return 1 + _datum_size(v.value)
    return 0


def _datum_ints(v: Any) -> int:
    if isinstance(v, tuple):
        return sum(_datum_ints(x) for x in v)
    if isinstance(v, Some):
        return _datum_ints(v.value)
    if isinstance(v, int) and not isinstance(v, bool):
        return abs(v)
    return 0
