"""The default budgets of a run, in one place: seed, concrete instances, seconds, bound.

Why a module of its own: the command line, the pytest plugin, ``CheckOptions``, the prover and
the concrete search all need the same defaults (and their help texts print them); a module
with no imports can be read by every layer without reaching up.
"""

from __future__ import annotations

SEED = 0
"""Seed of the concrete search; runs are deterministic for a seed."""
MAX_EXAMPLES = 2000
"""Concrete instances per theorem (exhaustive small scope first, then random)."""
TIMEOUT = 5.0
"""Seconds per theorem, shared by the prover and the concrete search."""
BOUND = 4
"""List length up to which the prover expands a law symbolically (``bounded``)."""
