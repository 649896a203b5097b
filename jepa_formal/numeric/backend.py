"""The evaluator the numeric checker runs instances in (the concrete mirror by default).

Why an explicit seam: the numeric layer never evaluates Lean terms itself; it draws values and
asks the concrete evaluator whether hypotheses and conclusion hold. Naming the two functions it
needs (``compile_law`` and ``evaluate``) lets tests run the checker on a small stand-in
evaluator, and lets the replay step use a second, independent evaluation path.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from jepa_formal.mirror.core.terms import Expr, Law

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env


Frame = tuple[Any, ...]
"""The values of a law's binders in binder order: what compiled closures take."""


class Compiled(Protocol):
    """A law compiled once: what ``compile_law`` returns (``mirror.concrete.CompiledLaw``,
    and ``numeric.compiled.FastLaw`` from ``compile_fast``), and what the search uses of it.

    The search tests each instance on the frame closures (``frame`` once, then each of
    ``hypotheses`` and ``conclusion`` on it, without a Python call per method); shrinking,
    the sides of a counterexample and the replay use the methods over named bindings."""

    @property
    def hypotheses(self) -> tuple[Callable[[Frame], Any], ...]: ...

    @property
    def conclusion(self) -> Callable[[Frame], Any]: ...

    def frame(self, bindings: Mapping[str, Any]) -> Frame: ...

    def hypotheses_hold(self, bindings: Mapping[str, Any]) -> bool: ...

    def conclusion_holds(self, bindings: Mapping[str, Any]) -> bool: ...

    def sides(self, bindings: Mapping[str, Any]) -> tuple[Any, Any] | None: ...


class CompileFn(Protocol):
    def __call__(self, law: Law, env: Env) -> Compiled: ...


class EvaluateFn(Protocol):
    def __call__(self, expr: Expr, env: Env, bindings: Mapping[str, Any]) -> Any: ...


class CompileExprFn(Protocol):
    """Compile an expression over named frame slots into ``fn(frame_tuple) -> value``."""

    def __call__(self, expr: Expr, env: Env, names: tuple[str, ...]) -> Callable[..., Any]: ...


@dataclass(frozen=True, slots=True)
class Backend:
    """A concrete evaluator: compile a law once, or evaluate one expression (``compile_expr``
    is optional: it makes hypothesis sides such as ``xs.length`` fast to recompute)."""

    compile_law: CompileFn
    evaluate: EvaluateFn
    compile_expr: CompileExprFn | None = None
    compile_fast: Callable[[Law, Env | None, Compiled], Compiled | None] | None = None
    """Optional: ``(law, env, compiled) -> fast evaluator or None``, used only to search for
    a failing instance (``numeric/compiled.py``); shrinking and replay use ``compile_law``."""
    batched: bool = False
    """True when laws in the NumPy fragment may be searched in batches (``numeric/batch.py``);
    only for the concrete mirror, whose meaning the batches reproduce."""


def concrete_backend() -> Backend:
    """The concrete mirror (``jepa_formal.mirror.concrete.evaluate``), imported lazily."""
    from jepa_formal.mirror import concrete
    from jepa_formal.numeric.compiled import compile_fast

    return Backend(
        compile_law=concrete.compile_law,
        evaluate=concrete.evaluate,
        compile_expr=getattr(concrete, "compile_expr", None),
        compile_fast=compile_fast,
        batched=True,
    )
