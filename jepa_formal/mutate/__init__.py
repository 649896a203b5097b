"""mutate layer: how strong is a spec? Mutants of a definition judged against its laws.

Public API: ``mutate(paths, definitions, budget=…, jobs=…) -> MutationRun``; the operator
table ``OPERATORS`` (``operators.py``); the result values (``MutantStatus``, ``MutantResult``,
``DefinitionReport``, ``Score``); ``render_text``/``render_json`` (``report.py``). The flow:
``spec.py`` loads the files and replaces a body, ``generate.py`` applies the operators and
keeps what elaborates, ``judge.py`` runs every law (numeric search) and the prover on
``mutant = original``, ``replay.py`` re-reads a killing counterexample from its Lean text,
``advice.py`` words what a survivor shows, ``run.py`` puts it together (``-j`` workers).
"""

from jepa_formal.mutate.judge import Budget
from jepa_formal.mutate.operators import OPERATORS, Operator
from jepa_formal.mutate.report import render_json, render_text
from jepa_formal.mutate.result import (
    DefinitionReport,
    Mutant,
    MutantResult,
    MutantStatus,
    MutationRun,
    Score,
)
from jepa_formal.mutate.run import mutate

__all__ = [
    "OPERATORS",
    "Budget",
    "DefinitionReport",
    "Mutant",
    "MutantResult",
    "MutantStatus",
    "MutationRun",
    "Operator",
    "Score",
    "mutate",
    "render_json",
    "render_text",
]
