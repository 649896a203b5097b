"""The Python front door of conformance: a decorator that records a binding, and an assertion
for the user's own pytest suite.

Three statements in a user's test file::

    from jepa_formal.conform import assert_conforms
    from mylib.losses import jepa_loss
    def test_jepa_loss():
        assert_conforms("specs/jepa.lean", "jepaLoss", jepa_loss, functions="array")

or, with the binding recorded on the implementation by ``@conforms_to(...)``,
``assert_conforms(jepa_loss)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from jepa_formal.conform.result import HOLDS_TOL, ConformReport
from jepa_formal.errors import UsageError

F = TypeVar("F", bound=Callable[..., Any])
ATTRIBUTE = "__jepa_conform__"


@dataclass(frozen=True, slots=True)
class Recorded:
    """What ``@conforms_to`` stores on a function: the spec, the Lean name, the options."""

    spec: str
    name: str
    options: dict[str, Any] = field(default_factory=dict)
    origin: str = ""


def conforms_to(spec: str, name: str, **options: Any) -> Callable[[F], F]:
    """Record that the decorated function implements the Lean definition ``name`` of ``spec``.

    The function is returned unchanged (no check runs at import time); ``assert_conforms(f)``
    and ``jepa-formal conform --bind`` use the recorded spec and options (``--bind`` flags win).
    A relative ``spec`` is looked up from the current directory, then from the folder of the
    decorated function's file and its parents.
    """
    from jepa_formal.conform.options import ConformOptions

    ConformOptions.make(**options)  # validate now: a typo fails at the decorator, not later

    def record(func: F) -> F:
        code = getattr(func, "__code__", None)
        origin = os.path.dirname(os.path.abspath(code.co_filename)) if code else ""
        setattr(func, ATTRIBUTE, Recorded(spec, name, dict(options), origin))
        return func

    return record


def recorded(func: Callable[..., Any]) -> Recorded | None:
    """The binding ``@conforms_to`` recorded on ``func`` (None when undecorated)."""
    rec = getattr(func, ATTRIBUTE, None)
    return rec if isinstance(rec, Recorded) else None


def find_spec(rec: Recorded) -> str:
    """The recorded spec path, resolved from the cwd or the function's folder upwards."""
    if os.path.isabs(rec.spec) or os.path.exists(rec.spec):
        return rec.spec
    folder = rec.origin
    while folder:
        cand = os.path.join(folder, rec.spec)
        if os.path.exists(cand):
            return cand
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return rec.spec


def conformance(*args: Any, **options: Any) -> ConformReport:
    """``conformance(func)`` (decorated) or ``conformance(spec, name, func)``: the report."""
    from jepa_formal.conform.runner import check_conformance

    if len(args) == 1 and callable(args[0]):
        rec = recorded(args[0])
        if rec is None:
            raise UsageError(
                f"{getattr(args[0], '__name__', args[0])!r} has no @conforms_to(spec, name): "
                "call assert_conforms(spec, name, func) instead"
            )
        return check_conformance(find_spec(rec), rec.name, args[0], **{**rec.options, **options})
    if len(args) == 3:
        spec, name, func = args
        rec = recorded(func)
        base = rec.options if rec is not None else {}
        return check_conformance(spec, name, func, **{**base, **options})
    raise UsageError("use conformance(func) or conformance(spec, name, func)")


def assert_conforms(*args: Any, allow_tolerance: bool = True, **options: Any) -> ConformReport:
    """Raise ``AssertionError`` (with the shrunk counterexample) unless every law mentioning
    the definition holds (within tolerance, unless ``allow_tolerance=False``)."""
    from jepa_formal.report.conform import render_text

    report = conformance(*args, **options)
    bad = list(report.failures)
    if not allow_tolerance:
        bad += [r for r in report.results if r.status == HOLDS_TOL]
    if not report.checked:
        raise AssertionError(
            f"{report.target}: no law of {report.spec} mentioning {report.definition} could "
            "be checked (every one is not-applicable), so nothing was tested:\n"
            + render_text(report, color=False))
    if bad:
        lines = [f"{report.target} does not conform to {report.definition} ({report.spec}):"]
        for r in bad:
            lines.append(f"  {r.short_name}: {r.status}: {r.detail}")
            if r.counterexample is not None:
                lines.append(f"    {r.counterexample.describe()}")
        lines.append("")
        lines.append(render_text(report, color=False))
        raise AssertionError("\n".join(lines))
    return report
