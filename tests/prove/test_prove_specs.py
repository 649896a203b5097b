"""End to end over the bundled specs (reader → elaborator → prover): the seed laws are proved
with the expected traces, and every law of ``specs/*.lean`` is proved or bounded, with its
method named, except the ones listed here with the reason the symbolic side cannot do it."""

from __future__ import annotations

import glob
import os
from functools import cache
from typing import Any

import pytest

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.prove import ProofOutcome, prove_law
from jepa_formal.verdict import Status

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPECS = sorted(glob.glob(os.path.join(ROOT, "specs", "*.lean")))

NOT_SYMBOLIC: dict[str, str] = {}
"""Laws of the bundled specs the symbolic side cannot decide, with the reason (none today)."""


@cache
def laws_of(path: str) -> tuple[Env, tuple[Law, ...]]:
    env = Env.from_project(reader.load([path]))
    laws = tuple(law for _, law in env.laws() if isinstance(law, Law))
    return env, laws


def all_laws() -> list[tuple[str, str]]:
    return [(path, law.name) for path in SPECS for law in laws_of(path)[1]]


def prove(path: str, name: str, **kw: Any) -> ProofOutcome:
    env, laws = laws_of(path)
    law = next(x for x in laws if x.name == name)
    return prove_law(law, env, **kw)


def short(name: str) -> str:
    return name.rsplit(".", 1)[-1]


@pytest.mark.parametrize(("path", "name"), all_laws(),
                         ids=[f"{os.path.basename(p)}:{short(n)}" for p, n in all_laws()])
def test_spec_law_is_proved_or_bounded(path: str, name: str) -> None:
    out = prove(path, name, timeout=10.0)
    if short(name) in NOT_SYMBOLIC:
        assert out.status is None and out.reason
        return
    assert out.status in (Status.PROVED, Status.BOUNDED), out.reason
    assert out.method
    if out.status is Status.BOUNDED:
        assert out.bound == 4 and "4" in out.method


JEPA = os.path.join(ROOT, "specs", "jepa.lean")
NS = "NN.MLTheory.SelfSupervised."


def test_seed_laws_from_source_are_proved_with_their_rules() -> None:
    rules = {}
    for law in ("jepaLoss_nil", "jepaLoss_append", "jepaLoss_reverse", "jepaLoss_target_ext"):
        out = prove(JEPA, NS + law)
        assert out.status is Status.PROVED, (law, out.reason)
        rules[law] = out.steps
    assert "List.sum_append" in [s.rule for s in rules["jepaLoss_append"]]
    assert "List.sum_reverse" in [s.rule for s in rules["jepaLoss_reverse"]]
    notes = [s.note for s in rules["jepaLoss_target_ext"] if s.rule == "congruence"]
    assert notes == ["h : ∀ i ∈ idxs, target₁ i = target₂ i"]


def test_hinge_law_needs_a_case_split() -> None:
    out = prove(os.path.join(ROOT, "specs", "collapse.lean"), NS + "varHinge_antitone")
    assert out.status is Status.PROVED
    assert "case split on max/min" in [s.rule for s in out.steps]


def test_there_are_bundled_specs_beyond_the_seed() -> None:
    assert len(SPECS) >= 2 and len(all_laws()) >= 10
