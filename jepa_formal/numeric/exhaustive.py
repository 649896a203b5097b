"""Exhaustive small scope: every small instance of a law, simplest combinations first.

Why this order: each binder has a list of small values, simplest first (``n`` in 0…3, type
variables as ``Fin 1``…``Fin 3``, lists up to length 3, every or many tables for functions).
Their product is far larger than any budget for a law with eight binders, and a nested loop
cut off by the budget would only ever vary the last binders. Instead instances are produced in
order of the *sum of their value indices*: first the instance of every binder's simplest
value, then every instance with one binder at its second value, and so on. A budget cut then
leaves out only the instances that are complicated in several binders at once, and every
combination of simple values is tried. Values of later binders are enumerated after the
earlier ones are fixed, so ``List (Fin n)`` follows the ``n`` at hand.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from jepa_formal.numeric.generate import LazyValues
from jepa_formal.numeric.instances import Instance, Space

SMALL_LEVEL = 3
"""The level of the value lists (see ``generate.enumerate_values``): numbers and lengths ≤ 3."""

_EMPTY_SUMS_TO_STOP = 3
"""Consecutive index sums without an instance after which the space counts as exhausted."""


def small_scope(space: Space, cap: int, level: int = SMALL_LEVEL) -> Iterator[Instance]:
    """At most ``cap`` distinct instances with values from the small lists at ``level``, in
    order of increasing index sum (see the module docstring)."""
    if cap <= 0:
        return
    count = 0
    empty = 0
    total = 0
    memo: dict[tuple[int, ...], Sequence[Any]] = {}
    while empty < _EMPTY_SUMS_TO_STOP:
        produced = 0
        for inst in _with_sum(space, 0, {}, total, level, (), memo):
            yield inst
            produced += 1
            count += 1
            if count >= cap:
                return
        empty = 0 if produced else empty + 1
        total += 1


def _with_sum(space: Space, k: int, bindings: Instance, rem: int, level: int,
              path: tuple[int, ...], memo: dict[tuple[int, ...], Sequence[Any]]
              ) -> Iterator[Instance]:
    """Instances extending ``bindings`` (binders ``0…k-1`` set, at the value indices ``path``)
    whose remaining binders' value indices sum to exactly ``rem``.

    ``memo``: the values of binder ``k`` by ``path``. Why: they depend only on the earlier
    binders' values, which ``path`` names, and each index sum walks the same prefixes
    again; asking ``space`` re-resolves the type and hashes the earlier values each time."""
    binders = space.binders
    if k == len(binders):
        if rem == 0:
            yield dict(bindings)
        return
    b = binders[k]
    options = memo.get(path)
    if options is None:
        options = memo[path] = space.options(b, bindings, level)
    # a lazy list's values are made as they are read: only those at indices up to ``rem``
    has = options.has if isinstance(options, LazyValues) else len(options).__gt__
    last = k == len(binders) - 1
    for idx in range(rem, rem + 1) if last else range(rem + 1):
        if not has(idx):
            break
        bindings[b.name] = options[idx]
        yield from _with_sum(space, k + 1, bindings, rem - idx, level, (*path, idx), memo)
    bindings.pop(b.name, None)


def literal_scope(space: Space, cap: int) -> Iterator[Instance]:
    """At most ``cap`` instances over the law's literals (``Space.literal_options``), in order
    of increasing index sum, each with at least one binder at a literal-built value (the
    others are the ordinary small scope's business). Nothing when the law has no literals
    beyond the small scope's values."""
    if cap <= 0 or space.literals is None or not _any_literal(space):
        return
    count = 0
    empty = 0
    total = 0
    while empty < _EMPTY_SUMS_TO_STOP:
        produced = 0
        for inst in _literal_with_sum(space, 0, {}, total, False):
            yield inst
            count += 1
            if count >= cap:
                return
        for _ in _literal_with_sum(space, 0, {}, total, None):
            produced += 1  # any instance at this sum, literal or not: the space goes on
            break
        empty = 0 if produced else empty + 1
        total += 1


def _literal_with_sum(space: Space, k: int, bindings: Instance, rem: int,
                      used: bool | None) -> Iterator[Instance]:
    """Like ``_with_sum`` over the literal options; ``used`` tracks whether a literal value
    was taken (None: yield every instance, to tell an exhausted space from a filtered one)."""
    binders = space.binders
    if k == len(binders):
        if rem == 0 and used is not False:
            yield dict(bindings)
        return
    b = binders[k]
    options, nlit = space.literal_options(b, bindings)
    last = k == len(binders) - 1
    for idx in range(rem, rem + 1) if last else range(min(rem, len(options) - 1) + 1):
        if idx >= len(options):
            break
        bindings[b.name] = options[idx]
        now = None if used is None else (used or idx < nlit)
        yield from _literal_with_sum(space, k + 1, bindings, rem - idx, now)
    bindings.pop(b.name, None)


def _any_literal(space: Space) -> bool:
    """Some binder has literal-built values (checked along the simplest instance)."""
    bindings: Instance = {}
    found = False
    for b in space.binders:
        options, nlit = space.literal_options(b, bindings)
        if not options:
            return False
        found = found or nlit > 0
        bindings[b.name] = options[0]
    return found
