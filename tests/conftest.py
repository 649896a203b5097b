"""Suite-wide fixtures: the verdict cache is off and ``check`` runs in one process unless a
test asks otherwise.

Why: the CLI caches verdicts in ``.jepa_formal_cache/`` of the working directory by default; a
test that ran the same check earlier (in this run or a previous one) would otherwise read a
cached verdict and never exercise the checker. The cache's own tests pass ``--cache-dir``
explicitly and clear ``JEPA_FORMAL_NO_CACHE``. And ``--jobs`` defaults to the number of cores:
forking from inside a pytest-xdist worker (which runs threads) is avoided unless a test passes
``-j`` itself.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_verdict_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JEPA_FORMAL_NO_CACHE", "1")
    monkeypatch.setenv("JEPA_FORMAL_JOBS", "1")
