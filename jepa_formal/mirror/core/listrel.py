"""The relations between two lists (``<+``, ``<+:``, ``<:+``, ``<:+:``, ``~``, ``<+~``,
``⊆``, ``List.Disjoint``), written once for both meanings: the concrete evaluator applies
them to values with Lean's propositional equality (``same``), the symbolic list algebra folds
literal lists of explicit numbers with ``==``. They compare elements by ``=``, never by
``BEq``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Same = Callable[[Any, Any], bool]
Relation = Callable[[Sequence[Any], Sequence[Any], Same], bool]


def _seq_eq(xs: Sequence[Any], ys: Sequence[Any], same: Same) -> bool:
    return len(xs) == len(ys) and all(same(x, y) for x, y in zip(xs, ys, strict=True))


def _mem(x: Any, ys: Sequence[Any], same: Same) -> bool:
    return any(same(x, y) for y in ys)


def sublist(xs: Sequence[Any], ys: Sequence[Any], same: Same) -> bool:
    """``xs <+ ys``: ``ys`` with some elements left out, order kept."""
    i = 0
    for y in ys:
        if i < len(xs) and same(xs[i], y):
            i += 1
    return i == len(xs)


def is_prefix(xs: Sequence[Any], ys: Sequence[Any], same: Same) -> bool:
    """``xs <+: ys``: ``∃ t, xs ++ t = ys``."""
    return _seq_eq(xs, ys[:len(xs)], same)


def is_suffix(xs: Sequence[Any], ys: Sequence[Any], same: Same) -> bool:
    """``xs <:+ ys``: ``∃ t, t ++ xs = ys``."""
    return len(xs) <= len(ys) and _seq_eq(xs, ys[len(ys) - len(xs):], same)


def is_infix(xs: Sequence[Any], ys: Sequence[Any], same: Same) -> bool:
    """``xs <:+: ys``: ``∃ s t, s ++ xs ++ t = ys``."""
    k = len(xs)
    return any(_seq_eq(xs, ys[i:i + k], same) for i in range(len(ys) - k + 1))


def subperm(xs: Sequence[Any], ys: Sequence[Any], same: Same) -> bool:
    """``xs <+~ ys``: each member of ``xs`` matched with its own member of ``ys`` (a
    permutation of ``xs`` is a sublist of ``ys``: multiset inclusion)."""
    rest = list(ys)
    for x in xs:
        for i, y in enumerate(rest):
            if same(x, y):
                del rest[i]
                break
        else:
            return False
    return True


def perm(xs: Sequence[Any], ys: Sequence[Any], same: Same) -> bool:
    """``xs ~ ys``: as long, and each member of ``xs`` matched with its own of ``ys``."""
    return len(xs) == len(ys) and subperm(xs, ys, same)


def subset(xs: Sequence[Any], ys: Sequence[Any], same: Same) -> bool:
    """``xs ⊆ ys``: every member of ``xs`` is a member of ``ys``."""
    return all(_mem(x, ys, same) for x in xs)


def disjoint(xs: Sequence[Any], ys: Sequence[Any], same: Same) -> bool:
    """``List.Disjoint xs ys``: no member of ``xs`` is a member of ``ys``."""
    return not any(_mem(x, ys, same) for x in xs)


LIST_RELATIONS: dict[str, Relation] = {
    "List.sublist": sublist, "List.isPrefix": is_prefix, "List.isSuffix": is_suffix,
    "List.isInfix": is_infix, "List.perm": perm, "List.subperm": subperm,
    "List.subset": subset, "List.disjoint": disjoint,
}
"""The core ops of the relations, with their meaning."""


__all__ = ["LIST_RELATIONS", "disjoint", "is_infix", "is_prefix", "is_suffix", "perm",
           "sublist", "subperm", "subset"]
