"""The small scope made lazily gives the instances the eager enumeration gave, in its order.

Why this matters: the search's seeds, the quick pass's refutations and the spot checks depend
on which instances come first; making values as they are read (``generate.LazyValues``) and
remembering each binder's values by the indices before it (``exhaustive._with_sum``) must
change only what is computed, never what is tried. The references below are the eager code
as it was (tables listed in full and deduplicated by a dict, hypotheses' repairs applied to
every value, the value lists measured with ``len``), kept here verbatim in substance.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numeric_laws as L
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numeric_laws import NAT, v

from jepa_formal.check import CheckOptions, load_workload
from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    TBool,
    TFin,
    TFun,
    TInt,
    TList,
    Ty,
    uncurry,
)
from jepa_formal.mirror.core.values import TableFn
from jepa_formal.mirror.elaborate import elaborate_theorem
from jepa_formal.numeric import generate
from jepa_formal.numeric.backend import concrete_backend
from jepa_formal.numeric.exhaustive import literal_scope, small_scope
from jepa_formal.numeric.generate import (
    ENUM_CAP,
    LazyValues,
    canonical_table,
    enumerate_values,
    lazy_values,
    with_dense,
)
from jepa_formal.numeric.instances import Instance, Space
from jepa_formal.numeric.search import build_space
from jepa_formal.numeric.types import fin_size, is_empty

REPO = Path(__file__).resolve().parents[2]
CORPORA = ("specs", "tests/laws/torchlean_style", "tests/laws/library_style")
FIRST = 150
"""Instances compared per law (more than the quick pass's 60 small-scope ones)."""


# -- the eager references ----------------------------------------------------------------------


def eager_tables(ty: TFun, level: int) -> tuple[TableFn, ...]:
    """``_enumerate_tables`` before laziness: every table made, a dict keeps the first."""
    doms, cod = uncurry(ty)
    arity = len(doms)
    if any(is_empty(d) for d in doms):
        return (TableFn(arity, {}, 0),)
    results = enumerate_values(cod, level)
    keys = list(itertools.product(*(generate._domain_keys(d, level) for d in doms)))
    sizes = tuple(fin_size(d) for d in doms) if all(isinstance(d, TFin) for d in doms) \
        else None
    if sizes is not None and len(keys) != math.prod(sizes):
        sizes = None
    seen: dict[TableFn, None] = {}

    def add(fn: TableFn) -> None:
        if fn not in seen:
            seen[fn if sizes is None else with_dense(fn, keys, sizes)] = None

    for r in results:
        add(TableFn(arity, {}, r))
    if keys and results:
        for key in keys:
            for base in results[:2]:
                for r in results:
                    if r != base:
                        rows = dict.fromkeys(keys, base)
                        rows[key] = r
                        add(canonical_table(arity, rows))
        for combo in itertools.islice(itertools.product(results, repeat=len(keys)), ENUM_CAP):
            add(canonical_table(arity, dict(zip(keys, combo, strict=True))))
    return tuple(itertools.islice(seen, ENUM_CAP))


def eager_options(space: Space, k: int, bindings: Instance, level: int) -> tuple[Any, ...]:
    """``Space.options`` before laziness: the whole list, every value repaired (``_fitted``)."""
    binder = space.binders[k]
    found = Space.options(space, binder, bindings, level)
    if not isinstance(found, LazyValues):
        return tuple(found)  # type variables: a tuple as before
    ty = space.type_of(binder, bindings)
    return space._fitted(binder, ty, bindings, enumerate_values(ty, level), ("eager", level))


def eager_with_sum(space: Space, k: int, bindings: Instance, rem: int, level: int
                   ) -> Iterator[Instance]:
    """``exhaustive._with_sum`` before laziness (``len`` of whole lists, no memo)."""
    binders = space.binders
    if k == len(binders):
        if rem == 0:
            yield dict(bindings)
        return
    b = binders[k]
    options = eager_options(space, k, bindings, level)
    last = k == len(binders) - 1
    for idx in range(rem, rem + 1) if last else range(min(rem, len(options) - 1) + 1):
        if idx >= len(options):
            break
        bindings[b.name] = options[idx]
        yield from eager_with_sum(space, k + 1, bindings, rem - idx, level)
    bindings.pop(b.name, None)


def eager_small_scope(space: Space, cap: int, level: int = 3) -> list[Instance]:
    out: list[Instance] = []
    empty = total = 0
    while empty < 3 and len(out) < cap:
        produced = 0
        for inst in eager_with_sum(space, 0, {}, total, level):
            out.append(inst)
            produced += 1
            if len(out) >= cap:
                break
        empty = 0 if produced else empty + 1
        total += 1
    return out


def _dense(value: Any) -> Any:
    """What equality leaves out of a value (a table's ``dense`` form), for the comparison."""
    if isinstance(value, TableFn):
        return value.dense
    if isinstance(value, tuple):
        return tuple(_dense(x) for x in value)
    return None


def _same(a: list[Instance], b: list[Instance]) -> bool:
    return a == b and all(
        {k: _dense(x) for k, x in i.items()} == {k: _dense(x) for k, x in j.items()}
        for i, j in zip(a, b, strict=True))


# -- the tests ---------------------------------------------------------------------------------


def _corpus_laws() -> list[tuple[str, Any, Any]]:
    laws = []
    for folder in CORPORA:
        workload = load_workload([str(REPO / folder)], CheckOptions())
        for entry in workload.entries:
            if entry.theorem is None or entry.env is None:
                continue
            try:
                laws.append((entry.name, elaborate_theorem(entry.theorem, entry.env),
                             entry.env))
            except Exception:  # Unsupported, guard tests: no instances to compare
                continue
    return laws


@pytest.fixture(scope="module")
def corpus_laws() -> list[tuple[str, Any, Any]]:
    return _corpus_laws()


def test_the_corpora_get_the_eager_small_scope_instances_in_order(corpus_laws: list) -> None:
    compared = 0
    for name, law, env in corpus_laws:
        try:
            lazy = list(small_scope(build_space(law, env, concrete_backend()), FIRST))
        except Unsupported:
            continue
        eager = eager_small_scope(build_space(law, env, concrete_backend()), FIRST)
        assert _same(lazy, eager), name
        compared += 1
    assert compared > 300  # the corpora's laws, not a handful


def test_the_literal_scope_is_unchanged_too(corpus_laws: list) -> None:
    """``literal_scope`` reads ``Space.options`` at level 1 through ``len``: a lazy list
    measured in full gives the eager list's values."""
    for name, law, env in corpus_laws[::3]:
        try:
            space = build_space(law, env, concrete_backend())
            lazy = list(literal_scope(space, 60))
        except Unsupported:
            continue
        space = build_space(law, env, concrete_backend())
        space.__class__ = _EagerSpace
        assert _same(lazy, list(literal_scope(space, 60))), name


class _EagerSpace(Space):
    """A space whose ``options`` are the eager lists."""

    __slots__ = ()

    def options(self, binder: Any, bindings: Instance, level: int) -> tuple[Any, ...]:
        return eager_options(self, self.binders.index(binder), bindings, level)


_DOMAINS = st.sampled_from([TFin(L.nat(k)) for k in range(4)] + [TBool()])
_CODOMAINS = st.sampled_from([NAT, TBool(), TInt(), TFin(L.nat(2)), TList(TBool())])


@settings(max_examples=60, deadline=None)
@given(st.lists(_DOMAINS, min_size=1, max_size=2), _CODOMAINS, st.integers(0, 3))
def test_tables_are_the_eager_tables_in_order(doms: list[Ty], cod: Ty, level: int) -> None:
    ty: Ty = cod
    for d in reversed(doms):
        ty = TFun(d, ty)
    assert isinstance(ty, TFun)
    generate.lazy_values.cache_clear()
    lazy = lazy_values(ty, level).values()
    eager = eager_tables(ty, level)
    assert lazy == eager
    assert [t.dense for t in lazy] == [t.dense for t in eager]


def test_the_quick_pass_reads_only_the_first_values_of_a_table_binder() -> None:
    """The point of laziness: 60 small instances of a law over ``Fin 3 → ℕ`` tables make a
    few tables, not the ``ENUM_CAP`` the whole list holds."""
    f = v("f", TFun(TFin(L.nat(3)), NAT))
    a = v("a", NAT)
    from jepa_formal.mirror.core.terms import Law, Lit

    law = Law("tables", (f, a), (), Lit(True, L.PROP))
    generate.lazy_values.cache_clear()
    insts = list(small_scope(build_space(law, L.env(), concrete_backend()), 60))
    assert len(insts) == 60
    tables = lazy_values(TFun(TFin(L.nat(3)), NAT), 3)
    assert len(tables._items) < 20 < len(tables)


def test_an_error_while_making_a_value_is_raised_at_every_read_past_it() -> None:
    def source() -> Iterator[int]:
        yield 1
        raise ValueError("boom")

    lazy = LazyValues(source())
    assert lazy[0] == 1
    for _ in range(2):
        with pytest.raises(ValueError, match="boom"):
            lazy.has(1)
    with pytest.raises(ValueError, match="boom"):
        len(lazy)
