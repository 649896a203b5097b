"""Conform draws lazily: each instance takes its numbers when it is drawn, from pools that a
generator fills a small, growing chunk at a time (before: ~30,000 numbers per law drawn up
front — every instance's vectors, tables and predictors at their largest size, and 4,096 at
a time for the rest — most never used). The same seed still gives the same instances in
the same order: whatever the number of instances asked for, and however the drawing of one
law is interleaved with another's."""

from __future__ import annotations

from typing import Any

import pytest
from conform_helpers import ROOT
from test_conform_compiled import SPECS, _laws_of

from jepa_formal.conform import runner
from jepa_formal.conform.generate import FIRST_CHUNK, LAST_CHUNK, Drawer, analyse
from jepa_formal.conform.instance import Affine, Table
from jepa_formal.conform.options import ConformOptions
from jepa_formal.conform.rewrite import rewrite_law
from jepa_formal.conform.spec import load_env

FLAGS = [{}, {"dtype": "float32"}, {"values": "int"}]


def canon(raw: dict[str, Any]) -> str:
    """An instance as text: every drawn value, tables and predictors by their numbers."""
    def value(v: Any) -> Any:
        if isinstance(v, Table):
            return ("table", v.rows)
        if isinstance(v, Affine):
            return ("affine", v.w, v.e)
        return v
    return repr(sorted((k, value(v)) for k, v in raw.items()))


def plans() -> list[tuple[str, Any]]:
    out = []
    for spec, name in SPECS:
        env = load_env(str(ROOT / "specs" / spec))
        for thm, law, _ in _laws_of(spec, name):
            out.append((thm.name, analyse(rewrite_law(law, {}, env).law, env)))
    return out


@pytest.mark.parametrize("flags", FLAGS, ids=str)
def test_the_same_seed_draws_the_same_instances_however_they_are_asked_for(
        flags: dict[str, Any]) -> None:
    opts = ConformOptions.make(ConformOptions(), **flags)
    every = plans()
    assert len(every) > 20
    for (name, plan), (_, other) in zip(every, every[1:] + every[:1], strict=True):
        alone = Drawer(plan, opts, 7)
        at_once = [canon(alone.draw(i)) for i in range(300)]
        lazy, meddler = Drawer(plan, opts, 7), Drawer(other, opts, 7)
        interleaved = []
        for i in range(300):
            interleaved.append(canon(lazy.draw(i)))
            for j in range(i % 3):  # another law's drawing in between
                meddler.draw(3 * i + j)
        assert interleaved == at_once, name


def test_a_short_run_draws_the_first_instances_of_a_long_one() -> None:
    """``drawn`` (what a run uses) with 40 instances gives the first 40 of 300: before, the
    count changed how much was drawn up front, and with it every instance's numbers."""
    opts = ConformOptions()
    for name, plan in plans():
        short = runner.drawn(plan, opts, 5, 40).raws
        long = runner.drawn(plan, opts, 5, 300).raws
        assert [canon(r) for r in short] == [canon(r) for r in long[:40]], name


def taken(drawer: Drawer) -> int:
    """Numbers of the pool handed out to instances."""
    return drawer.drawn - (len(drawer._pool) - drawer._at)


@pytest.mark.parametrize("count", [1, 10, 300])
def test_numbers_are_drawn_as_instances_take_them(count: int) -> None:
    opts = ConformOptions()
    checked = 0
    for name, plan in plans():
        drawer = Drawer(plan, opts, 3)
        for i in range(count):
            drawer.draw(i)
        used = taken(drawer)
        if not used:
            assert drawer.drawn == 0, name  # a law without floats draws none
            continue
        # the chunks double from FIRST_CHUNK up to LAST_CHUNK: what is left over is less
        # than the last chunk drawn
        assert drawer.drawn - used <= min(used + FIRST_CHUNK, LAST_CHUNK), (name, used)
        checked += 1
    assert checked > 10


def test_an_array_larger_than_the_last_chunk_is_drawn() -> None:
    """Red team 14: a dim × dim matrix past ``LAST_CHUNK`` numbers (``--dim 34``) waited for a
    chunk that big forever; now the pool takes what is asked for, the same way every time."""
    name, plan = plans()[0]
    big = 3 * LAST_CHUNK + 5
    first, again = Drawer(plan, ConformOptions(), 11), Drawer(plan, ConformOptions(), 11)
    a = first.array(10).tolist() + first.array(big).tolist() + first.array(7).tolist()
    b = again.array(10).tolist() + again.array(big).tolist() + again.array(7).tolist()
    assert len(a) == 10 + big + 7 and a == b, name
