"""The options of a conformance run: calling convention, value generation, comparison, budget.

Why one frozen value: the CLI flags, the ``check_conformance(**options)`` keywords and the
``@conforms_to(...)`` decorator all describe the same choices; validating them in one place
gives one error message per mistake (a ``UsageError``, exit status 2) whichever door was used.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from jepa_formal.errors import UsageError

LIST_MODES = ("list", "numpy")
FUNCTION_MODES = ("callable", "array")
VALUE_MODES = ("float", "int")
DTYPES = ("float64", "float32", "bfloat16")
REP_LOSSES = ("sq", "l1", "smooth_l1")
STRUCT_MODES = ("attrs", "dict")

DEFAULT_TOLERANCE: dict[str, tuple[float, float]] = {
    # (rtol, atol): a few units in the last place of a sum of a dozen terms of size ~10.
    "float64": (1e-9, 1e-12),
    "float32": (1e-5, 1e-6),
    # bfloat16 keeps 8 significant bits (eps = 2**-8); sums of a few terms stay within ~2 %.
    "bfloat16": (2e-2, 1e-2),
}
"""Default ``(rtol, atol)`` per dtype, used when ``rtol``/``atol`` are not given."""


@dataclass(frozen=True, slots=True)
class ConformOptions:
    """Every choice of a conformance run (see docs/conform.md for the calling convention).

    ``lists``: ``List (Fin n)`` arguments as Python ``list[int]`` or an int64 NumPy array.
    ``functions``: function binders over ``Fin n`` as callables, or as arrays indexed by position.
    ``dim``: the length of the float vectors that instantiate ``Context``/``Target``/``Pred``.
    ``rep_loss``: the family ``repLoss``-like binders are drawn from.
    ``values``: ``float`` (general floats) or ``int`` (float64 holding small integers: sums are
    exact, so any deviation is a bug, not rounding).
    ``dtype``: the floating type of the arrays passed in (``bfloat16`` is float32 arrays whose
    values are rounded to 8 significant bits); it also sets the default tolerance.
    ``rtol``/``atol``: tolerance of the comparison (None: the dtype default); ``exact`` turns
    tolerance off (every deviation fails).
    ``structs``: structures passed as objects with attributes (``attrs``) or as dicts.
    ``call_timeout``: seconds one call of the callable may take (0: no limit).
    """

    lists: str = "list"
    functions: str = "callable"
    dim: int = 4
    rep_loss: str = "sq"
    values: str = "float"
    dtype: str = "float64"
    rtol: float | None = None
    atol: float | None = None
    exact: bool = False
    seed: int = 0
    max_examples: int = 300
    max_len: int = 5
    max_n: int = 5
    shrink_steps: int = 400
    laws: tuple[str, ...] = ()
    structs: str = "attrs"
    call_timeout: float = 10.0

    def __post_init__(self) -> None:
        _choice("structs", self.structs, STRUCT_MODES)
        if not (isinstance(self.call_timeout, (int, float)) and not isinstance(
                self.call_timeout, bool) and 0 <= self.call_timeout < float("inf")):
            raise UsageError("conform option call_timeout must be a finite number of seconds "
                             ">= 0 (0: no limit)")
        _choice("lists", self.lists, LIST_MODES)
        _choice("functions", self.functions, FUNCTION_MODES)
        _choice("rep_loss", self.rep_loss, REP_LOSSES)
        _choice("values", self.values, VALUE_MODES)
        _choice("dtype", self.dtype, DTYPES)
        for name in ("dim", "max_examples", "max_n"):
            if not _is_int(getattr(self, name)) or getattr(self, name) < 1:
                raise UsageError(f"conform option {name} must be a positive integer")
        for name in ("max_len", "shrink_steps"):
            if not _is_int(getattr(self, name)) or getattr(self, name) < 0:
                raise UsageError(f"conform option {name} must be 0 or more")
        if not _is_int(self.seed):
            raise UsageError(f"conform option seed must be an integer, not {self.seed!r}")
        if not isinstance(self.exact, bool):
            raise UsageError(f"conform option exact must be True or False, not {self.exact!r}")
        if not isinstance(self.laws, tuple) or not all(isinstance(p, str) for p in self.laws):
            raise UsageError("conform option laws must be a glob pattern or a list of them")
        for name in ("rtol", "atol"):
            v = getattr(self, name)
            if v is not None and not (isinstance(v, (int, float)) and 0 <= v < float("inf")):
                raise UsageError(f"conform option {name} must be a finite number >= 0")

    @property
    def tolerance(self) -> tuple[float, float]:
        """The ``(rtol, atol)`` in force (``(0, 0)`` in exact mode)."""
        if self.exact:
            return 0.0, 0.0
        rtol, atol = DEFAULT_TOLERANCE[self.dtype]
        return (rtol if self.rtol is None else float(self.rtol),
                atol if self.atol is None else float(self.atol))

    @classmethod
    def make(cls, base: ConformOptions | None = None, **overrides: Any) -> ConformOptions:
        """Options from keywords (unknown keywords are a ``UsageError``, not a ``TypeError``)."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise UsageError(
                f"unknown conform option(s): {', '.join(unknown)} "
                f"(known: {', '.join(sorted(known))})"
            )
        if "laws" in overrides and overrides["laws"] is not None:
            laws = overrides["laws"]
            if isinstance(laws, str):
                overrides["laws"] = (laws,)
            elif isinstance(laws, (list, tuple, set, frozenset)):
                overrides["laws"] = tuple(laws)
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(base or cls(), **clean)


def _is_int(value: Any) -> bool:
    """An int that is not a bool (``True`` is not a number of examples)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise UsageError(f"conform option {name}={value!r}: choose one of {', '.join(allowed)}")
