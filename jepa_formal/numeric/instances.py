"""Whole instances of a law: binder values drawn, enumerated or re-fitted in binder order.

Why one place for binder order: ``{n : ℕ} (xs : List (Fin n))`` makes ``xs``'s type depend on
``n``, a type variable ``α`` must be instantiated before any ``α``-typed binder, and a
hypothesis repairs the latest binder it mentions from the earlier ones. ``Space`` walks the
binders once per instance in that order, resolving each type against the values so far, and
is shared by random search, exhaustive small scope and shrinking.

An instance is a ``dict`` binder name → value; a type-variable binder is bound to its
instantiation ``Fin k`` (a core ``Ty``), which is also what the evaluator sees.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from random import Random
from typing import Any

from jepa_formal.mirror.core.terms import (
    TArray,
    TFin,
    TFinset,
    TFun,
    TList,
    TNat,
    TOption,
    TProd,
    TSort,
    Ty,
    Var,
    uncurry,
)
from jepa_formal.mirror.core.values import Some, StructValue, TableFn
from jepa_formal.numeric.constrain import Repairer
from jepa_formal.numeric.generate import (
    Draw,
    EmptyType,
    LazyValues,
    drawer,
    enumerate_values,
    lazy_values,
)
from jepa_formal.numeric.literals import LiteralPool
from jepa_formal.numeric.types import (
    Resolver,
    RStruct,
    fin,
    fin_size,
    is_closed,
    is_empty,
    type_deps,
)

MAX_TYPE_VAR = 3
"""Type variables are instantiated as ``Fin k`` for ``k`` in 1…MAX_TYPE_VAR."""

Instance = dict[str, Any]

LITERAL_P = 0.25
"""Probability that a random value of a type holding the law's literals is drawn from them
(``literals.LiteralPool.drawer``): lists then mix literal values, repeats included."""


class Space:
    """The instances of one law: how to draw, enumerate and re-fit its binders' values."""

    __slots__ = (
        "_steps",
        "binders",
        "by_name",
        "literals",
        "models",
        "repairer",
        "resolver",
        "size_binders",
        "type_binders",
    )

    def __init__(self, binders: tuple[Var, ...], resolver: Resolver, repairer: Repairer,
                 models: dict[str, tuple[Ty, ...]] | None = None,
                 literals: LiteralPool | None = None) -> None:
        self.binders = binders
        self.literals = literals if literals else None  # the law's numbers (literals.py)
        self.models = models or {}  # class-constrained type variables: their instances
        self.by_name = {b.name: b for b in binders}
        self.resolver = resolver
        self.repairer = repairer
        used = _size_names(binders)
        self.size_binders = frozenset(b.name for b in binders if b.name in used)
        self.type_binders = frozenset(b.name for b in binders if isinstance(b.ty, TSort))
        self._steps = {
            b.name: _Step(b, repairer.constrained(b.name), b.name in used) for b in binders
        }
        for b in binders:
            self._steps[b.name].repair_deps = tuple(sorted(repairer.depends(b.name)))

    def type_of(self, binder: Var, bindings: Instance) -> Ty:
        """The binder's type resolved against the earlier binders' values."""
        return self._resolved(self._steps[binder.name], bindings)[0]

    def _resolved(
        self, step: _Step, bindings: Instance, keys: dict[str, Any] | None = None
    ) -> tuple[Ty, Draw]:
        """The resolved type and drawer of a binder, cached by the values it depends on
        (``keys`` holds those values in cheap hashable form when the caller tracks them)."""
        if step.closed is not None:
            return step.closed
        try:
            if keys is None:
                key = tuple(_key_value(bindings[d]) for d in step.deps)
            else:
                key = tuple(map(keys.__getitem__, step.deps))
            hit = step.cache.get(key)
        except (TypeError, KeyError):  # unhashable or unknown dependency: no caching
            key, hit = None, None
        if hit is None:
            ty = self.resolver.resolve(step.binder.ty, bindings)
            hit = (ty, drawer(ty))
            if key is not None:
                step.cache[key] = hit
        return hit

    # -- random ------------------------------------------------------------------------------

    def draw(self, rng: Random, size: int) -> Instance | None:
        """A random instance (sizes up to ``size``), or None when a drawn type is empty."""
        bindings: Instance = {}
        keys: dict[str, Any] = {}  # values later types depend on, in hashable form
        repairer = self.repairer
        for step in self._steps.values():
            name = step.binder.name
            if step.sort and name in self.models:
                choices = self.models[name]
                bindings[name] = choices[int(rng.random() * len(choices))]
                keys[name] = bindings[name]
                continue
            if step.sort:
                k = 1 + int(rng.random() * MAX_TYPE_VAR)
                bindings[name] = _FINS[k]
                keys[name] = k
                continue
            ty, draw = self._resolved(step, bindings, keys)
            if self.literals is not None and not step.is_dep:
                lit = self.literals.drawer(ty)
                if lit is not None and rng.random() < LITERAL_P:
                    draw = lit
            try:
                value = draw(rng, size)
                if step.constrained:
                    value = repairer.repair(name, value, ty, bindings, _filler(ty, rng, size))
            except EmptyType:
                return None
            bindings[name] = value
            if step.is_dep:
                keys[name] = value
        return bindings

    def options(self, binder: Var, bindings: Instance, level: int) -> Sequence[Any]:
        """The small values of ``binder`` at ``level`` after the earlier binders' values,
        simplest first, with the hypotheses' constructions applied (duplicates removed).

        A tuple, or a ``LazyValues`` that makes each value when it is first read (the small
        scope reads the first few: see ``generate.LazyValues``); the same values either way."""
        if isinstance(binder.ty, TSort) and binder.name in self.models:
            return self.models[binder.name]
        if isinstance(binder.ty, TSort):
            return tuple(_FINS[j] for j in range(1, min(level + 1, MAX_TYPE_VAR) + 1))
        ty = self.type_of(binder, bindings)
        if not self.repairer.constrained(binder.name):
            return lazy_values(ty, level)
        step = self._steps[binder.name]
        key, hit = _cached(step, level, ty, bindings)
        if hit is None:
            # the repairs read the earlier binders' values: a copy of them now, since the
            # small scope goes on changing ``bindings`` before the values are read
            hit = LazyValues(_repaired(self.repairer, binder.name, lazy_values(ty, level), ty,
                                       dict(bindings)))
            if key is not None:
                step.options[key] = hit
        return hit

    def literal_options(self, binder: Var, bindings: Instance) -> tuple[tuple[Any, ...], int]:
        """The values of ``binder`` in the literal scope, and how many of them (leading) are
        built from the law's literals: those values first, then the simplest ordinary ones;
        a binder whose type holds no literal (or that sizes a type) gets its level-1 values."""
        pool = self.literals
        if pool is None or isinstance(binder.ty, TSort) or binder.name in self.size_binders:
            return self.options(binder, bindings, 1), 0
        ty = self.type_of(binder, bindings)
        lit = pool.options(ty)
        if not lit:
            return self.options(binder, bindings, 1), 0
        simple = enumerate_values(ty, 1)[:2]
        fitted = self._fitted(binder, ty, bindings, lit, ("literal", len(lit)))
        rest = tuple(v for v in self._fitted(binder, ty, bindings, simple, ("simplest", 2))
                     if v not in fitted)
        return (*fitted, *rest), len(fitted)

    def _fitted(self, binder: Var, ty: Ty, bindings: Instance, raw: tuple[Any, ...],
                level: Any) -> tuple[Any, ...]:
        """``raw`` with the hypotheses' constructions applied to each value (duplicates
        removed), cached per ``level`` and the values the constructions read."""
        if not self.repairer.constrained(binder.name):
            return raw
        step = self._steps[binder.name]
        key, hit = _cached(step, level, ty, bindings)
        if hit is None:
            fill = _simplest_filler(ty)
            try:
                hit = tuple(
                    dict.fromkeys(
                        self.repairer.repair(binder.name, v, ty, bindings, fill) for v in raw
                    )
                )
            except EmptyType:
                hit = ()
            if key is not None:
                step.options[key] = hit
        return hit

    # -- shrinking ---------------------------------------------------------------------------

    def refit(self, proposal: Instance, *, clamp: bool = False) -> Instance | None:
        """``proposal`` made valid again after a change: every value fitted to its (possibly
        smaller) type (``clamp``: see ``fit``), then repaired by the hypotheses; None if no
        such instance exists."""
        bindings: Instance = {}
        for b in self.binders:
            value = proposal[b.name]
            if isinstance(b.ty, TSort):
                bindings[b.name] = value
                continue
            ty = self.type_of(b, bindings)
            try:
                value = fit(value, ty, clamp)
                if self.repairer.constrained(b.name):
                    value = self.repairer.repair(b.name, value, ty, bindings, _simplest_filler(ty))
            except EmptyType:
                return None
            bindings[b.name] = value
        return bindings

    def key(self, bindings: Instance) -> tuple[Any, ...]:
        """A hashable identity of an instance (for seen-sets)."""
        return tuple(bindings[b.name] for b in self.binders)


_FINS = {k: fin(k) for k in range(1, MAX_TYPE_VAR + 1)}


def _cached(step: _Step, level: Any, ty: Ty, bindings: Instance) -> tuple[Any, Any]:
    """The cache key of a binder's repaired values at ``level`` (its type and the values the
    repairs read) and the values cached under it; ``(None, None)`` when a value the repairs
    read cannot be a key."""
    try:
        key: Any = (level, ty, *(_key_value(bindings[d]) for d in step.repair_deps))
        return key, step.options.get(key)
    except (TypeError, KeyError):
        return None, None


def _repaired(repairer: Repairer, name: str, raw: LazyValues, ty: Ty,
              bindings: Instance) -> Iterator[Any]:
    """The values of ``raw`` repaired by the hypotheses on binder ``name``, each the first
    time it comes up: ``Space._fitted``'s tuple, value by value.

    A repair raises ``EmptyType`` only when it must lengthen a list whose element type is
    empty (``_simplest_filler``); such a type's only small value is the empty list, so that
    happens at the first value, and the values are none, as ``_fitted`` gives then."""
    fill = _simplest_filler(ty)
    seen: set[Any] = set()
    for value in raw:
        try:
            fitted = repairer.repair(name, value, ty, bindings, fill)
        except EmptyType:
            return
        if fitted not in seen:
            seen.add(fitted)
            yield fitted


class _Step:
    """Per-binder facts computed once: is it a type, does a hypothesis constrain it, which
    binders its type depends on, and a cache of its resolved type and drawer per dependency."""

    __slots__ = (
        "binder",
        "cache",
        "closed",
        "constrained",
        "deps",
        "is_dep",
        "options",
        "repair_deps",
        "sort",
    )

    def __init__(self, binder: Var, constrained: bool, is_dep: bool) -> None:
        self.binder = binder
        self.is_dep = is_dep  # a later binder's type depends on this one's value
        self.sort = isinstance(binder.ty, TSort)
        self.constrained = constrained
        self.deps = tuple(sorted(type_deps(binder.ty)))
        self.closed: tuple[Ty, Draw] | None = None
        if not self.sort and is_closed(binder.ty):
            self.closed = (binder.ty, drawer(binder.ty))
        self.cache: dict[tuple[Any, ...], tuple[Ty, Draw]] = {}
        self.repair_deps: tuple[str, ...] = ()  # binders the hypotheses on this one read
        self.options: dict[Any, tuple[Any, ...]] = {}  # small-scope values per dependency


def _key_value(value: Any) -> Any:
    """A cheap hashable stand-in for a dependency's value (``k`` for an instantiation)."""
    return fin_size(value) if isinstance(value, TFin) else value


def _size_names(binders: tuple[Var, ...]) -> set[str]:
    """Names of term binders used as sizes in binders' types (``n`` in ``Fin n``)."""
    names: set[str] = set()
    for b in binders:
        names |= type_deps(b.ty)
    return names - {b.name for b in binders if isinstance(b.ty, TSort)}


def _filler(ty: Ty, rng: Random, size: int) -> Any:
    elem = ty.elem if isinstance(ty, (TList, TArray)) else None
    if elem is None:
        return lambda: None
    draw = drawer(elem)
    return lambda: draw(rng, size)


def _simplest_filler(ty: Ty) -> Any:
    elem = ty.elem if isinstance(ty, (TList, TArray)) else None
    if elem is None:
        return lambda: None

    def first() -> Any:
        values = enumerate_values(elem, 0)
        if not values:
            raise EmptyType("list element")
        return values[0]

    return first


# --------------------------------------------------------------------------------------------
# Fitting a value into a (smaller) type
# --------------------------------------------------------------------------------------------


def fit(value: Any, ty: Ty, clamp: bool = False) -> Any:
    """``value`` mapped into resolved ``ty``: ``Fin`` values out of range taken mod the size
    (or, with ``clamp``, to the largest value), list elements of an empty type dropped, table
    keys and results fitted; raises EmptyType if impossible."""
    if isinstance(ty, TFin):
        k = fin_size(ty)
        if k == 0:
            raise EmptyType("Fin 0")
        if isinstance(value, int) and not 0 <= value < k:
            return min(max(value, 0), k - 1) if clamp else value % k
        return value
    if isinstance(ty, (TList, TArray)):
        if is_empty(ty.elem):
            return ()
        return tuple(fit(v, ty.elem, clamp) for v in value)
    if isinstance(ty, TProd):
        return (fit(value[0], ty.fst, clamp), fit(value[1], ty.snd, clamp))
    if isinstance(ty, TOption):
        return value if value is None else Some(fit(value.value, ty.elem, clamp))
    if isinstance(ty, TFinset):
        return (
            frozenset(fit(v, ty.elem, clamp) for v in value)
            if not is_empty(ty.elem)
            else frozenset()
        )
    if isinstance(ty, RStruct):
        fields = dict(value.fields) if isinstance(value, StructValue) else {}
        return StructValue(
            ty.name, tuple((n, fit(fields[n], t, clamp)) for n, t in ty.fields if n in fields)
        )
    if isinstance(ty, TFun) and isinstance(value, TableFn):
        return _fit_table(value, ty, clamp)
    if isinstance(ty, TNat) and isinstance(value, int):
        return abs(value)
    return value  # ℤ, ℚ, ℝ, Float, Bool…: every value fits


def _fit_table(fn: TableFn, ty: TFun, clamp: bool) -> TableFn:
    doms, cod = uncurry(ty)
    if any(is_empty(d) for d in doms):
        return TableFn(len(doms), {}, 0)
    default = fit(fn.default, cod, clamp)
    rows: dict[tuple[Any, ...], Any] = {}
    for key, v in fn.table.items():
        k2 = tuple(fit(a, d, clamp) for a, d in zip(key, doms, strict=True))
        if k2 not in rows:
            v2 = fit(v, cod, clamp)
            if v2 != default:
                rows[k2] = v2
    return TableFn(len(doms), rows, default)
