"""Soundness over the shared corpus of false laws (``tests/laws/false_statements.lean`` and the
generated ``mutants.lean``): the prover never claims ``proved`` or ``bounded`` for any of them."""

from __future__ import annotations

import os

import pytest

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core import Law
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = [os.path.join(HERE, "..", "laws", name)
          for name in ("false_statements.lean", "mutants.lean")]


@pytest.mark.parametrize("path", CORPUS, ids=os.path.basename)
def test_no_false_law_is_passed(path: str) -> None:
    if not os.path.exists(path):
        pytest.skip(f"{path} is not there")
    env = Env.from_project(reader.load([path]))
    laws = [law for _, law in env.laws() if isinstance(law, Law)]
    assert len(laws) >= 20
    passed = []
    for law in laws:
        out = prove_law(law, env, timeout=2.0, bound=3)
        if out.status in (Status.PROVED, Status.BOUNDED):
            passed.append((law.name, out.method))
    assert passed == []
