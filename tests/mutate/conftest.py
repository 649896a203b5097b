"""Shared fixtures of the mutation tests: loaded specs, generated mutants (once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jepa_formal.mutate.generate import Generation, generate
from jepa_formal.mutate.spec import Spec, load_spec

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "specs").glob("*.lean"))
CONDITIONS = Path(__file__).with_name("conditions.lean")


@pytest.fixture(scope="session")
def generations() -> dict[str, tuple[Spec, dict[str, Generation]]]:
    """Every definition of every bundled spec (and the conditions corpus) with its mutants."""
    out = {}
    for path in [*BUNDLED, CONDITIONS]:
        spec = load_spec([str(path)])
        out[path.name] = (spec, {d: generate(spec, d) for d in spec.definitions()})
    return out


@pytest.fixture(scope="session")
def jepa() -> Spec:
    return load_spec([str(ROOT / "specs" / "jepa.lean")])
