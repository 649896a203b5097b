"""Soundness over the shared corpus of false laws (``tests/laws/false_statements.lean`` and the
generated ``mutants.lean``): the prover never claims ``proved`` or ``bounded`` for any of them.

Kept fast with a short budget per law (soundness must hold under any budget) and, for the
mutants, every third one (the full set is covered by ``benchmarks``-style runs and the laws
suite)."""

from __future__ import annotations

import os

import pytest

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = [os.path.join(HERE, "..", "laws", name)
          for name in ("false_statements.lean", "mutants.lean")]


@pytest.mark.parametrize(("path", "stride"), list(zip(CORPUS, (1, 3), strict=True)),
                         ids=[os.path.basename(p) for p in CORPUS])
def test_no_false_law_is_passed(path: str, stride: int) -> None:
    if not os.path.exists(path):
        pytest.skip(f"{path} is not there")
    env = Env.from_project(reader.load([path]))
    laws = [law for _, law in env.laws() if isinstance(law, Law)]
    assert len(laws) >= 20
    passed = []
    for law in laws[::stride]:
        out = prove_law(law, env, timeout=1.0, bound=3)
        if out.status in (Status.PROVED, Status.BOUNDED):
            passed.append((law.name, out.method))
    assert passed == []
