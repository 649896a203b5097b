"""The list relations (``mirror/core/listrel.py``), shared by the concrete evaluator and the
symbolic list algebra, against their definitions written out by brute force."""

from __future__ import annotations

import itertools
import operator
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from jepa_formal.mirror.core.listrel import LIST_RELATIONS

small = st.lists(st.integers(0, 2), max_size=5).map(tuple)


def _sublists(ys: tuple[int, ...]) -> set[tuple[int, ...]]:
    return {tuple(ys[i] for i in keep) for k in range(len(ys) + 1)
            for keep in itertools.combinations(range(len(ys)), k)}


@settings(max_examples=300, deadline=None)
@given(small, small)
def test_each_relation_is_its_definition(xs: tuple[int, ...], ys: tuple[int, ...]) -> None:
    expected = {
        "List.sublist": xs in _sublists(ys),
        "List.isPrefix": any(xs + t == ys for t in [ys[len(xs):]]),
        "List.isSuffix": any(t + xs == ys for t in [ys[:len(ys) - len(xs)]]),
        "List.isInfix": any(ys[i:j] == xs for i in range(len(ys) + 1)
                            for j in range(i, len(ys) + 1)),
        "List.perm": Counter(xs) == Counter(ys),
        "List.subperm": not (Counter(xs) - Counter(ys)),
        "List.subset": set(xs) <= set(ys),
        "List.disjoint": not set(xs) & set(ys),
    }
    assert set(expected) == set(LIST_RELATIONS)
    for op, want in expected.items():
        assert LIST_RELATIONS[op](xs, ys, operator.eq) is want, (op, xs, ys)
