"""conform layer: check a Python/NumPy/PyTorch implementation of a Lean definition against
every law of a spec that mentions it (docs/conform.md).

Public names: ``check_conformance(spec, name, func, **options) -> ConformReport``,
``assert_conforms``, ``conforms_to``, ``ConformOptions``, ``ConformReport``, ``LawResult``.
Never imports torch (nor NumPy) at import time.
"""

from jepa_formal.conform.api import assert_conforms, conformance, conforms_to
from jepa_formal.conform.options import ConformOptions
from jepa_formal.conform.result import ConformCounterexample, ConformReport, LawResult


def check_conformance(spec: str, name: str, func: object, *, label: str | None = None,
                      **options: object) -> ConformReport:
    """Check every law of ``spec`` mentioning ``name`` with it replaced by ``func`` (see
    ``jepa_formal.conform.runner.check_conformance``)."""
    from jepa_formal.conform.runner import check_conformance as run

    return run(spec, name, func, label=label, **options)  # type: ignore[arg-type]


__all__ = [
    "ConformCounterexample",
    "ConformOptions",
    "ConformReport",
    "LawResult",
    "assert_conforms",
    "check_conformance",
    "conformance",
    "conforms_to",
]
