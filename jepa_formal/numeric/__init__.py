"""numeric layer: concrete search for counterexamples (small scope, random, shrink, replay).

Public API (see docs/internals.md): ``search`` and ``spot_check`` returning a
``NumericOutcome``; ``Backend`` to run them on another evaluator.
"""

from jepa_formal.numeric.backend import Backend, concrete_backend
from jepa_formal.numeric.outcome import NumericOutcome
from jepa_formal.numeric.search import search, spot_check

__all__ = ["Backend", "NumericOutcome", "concrete_backend", "search", "spot_check"]
