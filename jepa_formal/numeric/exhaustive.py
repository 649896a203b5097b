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

from collections.abc import Iterator

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
    while empty < _EMPTY_SUMS_TO_STOP:
        produced = 0
        for inst in _with_sum(space, 0, {}, total, level):
            yield inst
            produced += 1
            count += 1
            if count >= cap:
                return
        empty = 0 if produced else empty + 1
        total += 1


def _with_sum(space: Space, k: int, bindings: Instance, rem: int, level: int) -> Iterator[Instance]:
    """Instances extending ``bindings`` (binders ``0…k-1`` set) whose remaining binders' value
    indices sum to exactly ``rem``."""
    binders = space.binders
    if k == len(binders):
        if rem == 0:
            yield dict(bindings)
        return
    b = binders[k]
    options = space.options(b, bindings, level)
    last = k == len(binders) - 1
    for idx in range(rem, rem + 1) if last else range(min(rem, len(options) - 1) + 1):
        if idx >= len(options):
            break
        bindings[b.name] = options[idx]
        yield from _with_sum(space, k + 1, bindings, rem - idx, level)
    bindings.pop(b.name, None)
