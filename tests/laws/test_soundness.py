"""Soundness: the prover never answers ``proved`` or ``bounded`` for a false law.

Every mutant of ``mutants.lean`` (generated from the specs' laws by ``make_mutants.py``) and
every statement of ``false_statements.lean`` is false in Lean. The prover alone is asked here
(no numeric fallback), with a short budget: giving up, ``Unsupported`` and running out of
budget are all sound answers; a proof is a soundness bug.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
from corpus import FALSE_STATEMENTS, MUTANTS, SEED, Expected, LawCase, rows, short_name

from jepa_formal.errors import BudgetExceeded, Unsupported
from jepa_formal.verdict import Status

PROVE_TIMEOUT = 2.0
UNSOUND = (Status.PROVED, Status.BOUNDED)

CASES = rows(expected=Expected.MUTANT) + rows(expected=Expected.FALSE)


@functools.cache
def laws_of(path: Path) -> tuple[Any, dict[str, Any]]:
    """The environment of one file and its theorems elaborated (or the ``Unsupported`` raised),
    by short name."""
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.elaborate import elaborate_theorem
    from jepa_formal.reader import load
    from jepa_formal.reader.syntax import Theorem

    project = load([str(path)])
    env = Env.from_project(project)
    laws: dict[str, Any] = {}
    for module in project.modules:
        for decl in module.decls:
            if isinstance(decl, Theorem):
                try:
                    laws[short_name(decl.name)] = elaborate_theorem(decl, env)
                except Unsupported as exc:
                    laws[short_name(decl.name)] = exc
    return env, laws


@pytest.mark.parametrize("row", CASES, ids=lambda r: r.id)
def test_prover_never_proves_a_false_law(row: LawCase) -> None:
    from jepa_formal.prove import prove_law

    env, laws = laws_of(row.path)
    assert row.name in laws, f"the reader did not read {row.name}"
    law = laws[row.name]
    if isinstance(law, Unsupported):
        return  # not elaborated: nothing can be claimed about it, which is sound
    try:
        outcome = prove_law(law, env, timeout=PROVE_TIMEOUT, bound=4)
    except (Unsupported, BudgetExceeded):
        return
    assert outcome.strategy_errors == (), f"{row.name}: {outcome.strategy_errors}"
    assert outcome.status not in UNSOUND, (
        f"UNSOUND: {row.name} is false in Lean but the prover answers "
        f"{outcome.status.value} by {outcome.method}: "
        + "; ".join(f"{s.rule}: {s.before} -> {s.after}" for s in outcome.steps)
    )


@pytest.mark.parametrize("path", [MUTANTS, FALSE_STATEMENTS], ids=lambda p: p.name)
def test_most_false_laws_elaborate(path: Path) -> None:
    """The soundness suite is only worth something if the laws reach the prover: at least
    three quarters of each file must elaborate (the rest are reported unsupported)."""
    _, laws = laws_of(path)
    unsupported = {name: str(v) for name, v in laws.items() if isinstance(v, Unsupported)}
    assert len(unsupported) <= len(laws) // 4, unsupported


@pytest.mark.parametrize("row", rows(expected=Expected.MUTANT), ids=lambda r: r.id)
def test_mutant_is_refuted_by_the_concrete_search(row: LawCase) -> None:
    """Each mutant is false in Lean, so the concrete search must find a counterexample: this
    double-checks the corpus (a mutant that is accidentally true would never be refuted) and
    keeps the search's reach from regressing. (The search, not ``check``: ``check`` would run
    the prover a second time, which is what costs here.)"""
    from jepa_formal.numeric import search

    env, laws = laws_of(row.path)
    law = laws[row.name]
    assert not isinstance(law, Unsupported), str(law)
    outcome = search(law, env, seed=SEED, max_examples=1000, timeout=3.0)
    assert outcome.status is Status.REFUTED, f"{row.name}: {outcome.status.value}: {outcome.detail}"
    assert outcome.counterexample is not None
