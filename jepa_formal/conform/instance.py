"""Concrete instances of a law for conformance: raw data per binder, and the Lean-side values
(hashable tuples and callables the concrete evaluator can run) built from it.

Why raw data and values apart: the shrinker edits plain data (lists of ints, rows of floats,
a matrix), and every candidate is rebuilt from it, so hypotheses that tie binders together
(``∀ i ∈ idxs, target₁ i = target₂ i``) are re-imposed on every candidate by ``materialize``.
A function value keeps its raw data, so the calling convention can hand the user's callable a
vectorised NumPy version of it instead of a slow per-element wrapper.

Values: a vector (``Target``, ``Pred``, ``Context``) is a tuple of Python floats (equality and
hashing as Lean's ``=`` on data); numbers are ``int`` (ℕ, ℤ, ``Fin n``) or ``float``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jepa_formal.mirror.core.values import StructValue

Vec = tuple[float, ...]


class Table:
    """A function ``Fin n → T`` (or ``Fin n → ℝ``, ``Fin n → Bool``) given by its ``n`` rows;
    ``Fin n → Fin d → ℝ`` has rows of ``d`` numbers (``table(i, j)`` is one entry).

    A drawn table is its float64 NumPy ``array`` (a read-only view of the drawer's pool): the
    tuples of ``rows`` are built only when something reads them (the law's own evaluation, the
    shrinker, a counterexample), since the calling convention passes the array itself and
    most instances are never looked at row by row. Equality and hashing are the rows'.
    """

    __slots__ = ("_rows", "array")

    def __init__(self, rows: tuple[Any, ...] | None = None, array: Any = None) -> None:
        self._rows = rows
        self.array = array
        """The rows as a float64 NumPy array when drawn so; None for tables built by the
        shrinker or from rows."""

    @property
    def rows(self) -> tuple[Any, ...]:
        rows = self._rows
        if rows is None:
            data = self.array.tolist()
            rows = self._rows = tuple(map(tuple, data)) if self.array.ndim == 2 else tuple(
                data)
        return rows

    def __call__(self, i: int, *more: int) -> Any:
        row = self.rows[i]
        for j in more:
            row = row[j]
        return row

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Table) and self.rows == other.rows

    def __hash__(self) -> int:
        return hash(self.rows)

    def __repr__(self) -> str:
        return f"Table(rows={self.rows!r})"


class Affine:
    """``predict : Context → Fin n → Pred`` as ``W·c + E[i]`` (a linear map plus a position
    embedding, the shape of a linear predictor head). Drawn ones are the arrays ``(Wᵀ, E)``
    (``arrays``: the transpose is what ``c @ Wᵀ + E`` multiplies by, drawn as such so that
    no NumPy operation per instance makes it); the tuples ``w``/``e`` are built when read
    (see ``Table``)."""

    __slots__ = ("_e", "_w", "arrays", "python")

    def __init__(self, w: tuple[Vec, ...] | None = None, e: tuple[Vec, ...] | None = None,
                 arrays: Any = None) -> None:
        self._w = w
        self._e = e
        self.arrays = arrays
        """``(Wᵀ, E)`` as float64 NumPy arrays when drawn so (see ``Table.array``)."""
        self.python: dict[Any, Any] | None = None
        """The Python callables built for a drawn predictor, per calling convention
        (``convention._builder``): built once, not once per instance and run."""

    @property
    def w(self) -> tuple[Vec, ...]:
        if self._w is None:
            self._w = tuple(map(tuple, self.arrays[0].T.tolist()))
        return self._w

    @property
    def e(self) -> tuple[Vec, ...]:
        if self._e is None:
            self._e = tuple(map(tuple, self.arrays[1].tolist()))
        return self._e

    def __call__(self, c: Vec, i: int) -> Vec:
        base = self.e[i]
        return tuple(
            math.fsum((*(wj * cj for wj, cj in zip(row, c, strict=True)), b))
            for row, b in zip(self.w, base, strict=True)
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Affine) and (self.w, self.e) == (other.w, other.e)

    def __hash__(self) -> int:
        return hash((self.w, self.e))

    def __repr__(self) -> str:
        return f"Affine(w={self.w!r}, e={self.e!r})"


@dataclass(frozen=True, slots=True)
class Linear:
    """A map ``α → β`` between vector types as ``W·c``."""

    w: tuple[Vec, ...]

    def __call__(self, c: Vec) -> Vec:
        return tuple(math.fsum(wj * cj for wj, cj in zip(row, c, strict=True)) for row in self.w)


REP_LOSS_TEXT = {
    "sq": "squared error Σ (t - p)²",
    "l1": "L1 Σ |t - p|",
    "smooth_l1": "smooth-L1 (β = 1) Σ (|d| < 1 ? d²/2 : |d| - 1/2)",
}


@dataclass(frozen=True, slots=True)
class RepLoss:
    """A representation loss ``Target → Pred → ℝ`` from a named family, summed over the
    vector's entries."""

    family: str

    def __call__(self, t: Vec, p: Vec) -> float:
        return float(rep_loss_numpy(self.family)(_np().asarray(t), _np().asarray(p)))


_REP_LOSSES: dict[str, Any] = {}


def rep_loss_numpy(family: str) -> Any:
    """The NumPy function of a family (built once per family)."""
    fn = _REP_LOSSES.get(family)
    if fn is None:
        fn = _REP_LOSSES[family] = _rep_loss_numpy(family)
    return fn


def _rep_loss_numpy(family: str) -> Any:
    """The NumPy version of a family: reduces over the last axis, so it accepts batches of rows
    (``rep_loss(target[idx], pred[idx])`` gives one loss per selected position)."""
    np = _np()

    def sq(t: Any, p: Any) -> Any:
        d = np.asarray(t) - np.asarray(p)
        return (d * d).sum(axis=-1)

    def l1(t: Any, p: Any) -> Any:
        return np.abs(np.asarray(t) - np.asarray(p)).sum(axis=-1)

    def smooth_l1(t: Any, p: Any) -> Any:
        d = np.abs(np.asarray(t) - np.asarray(p))
        return np.where(d < 1.0, 0.5 * d * d, d - 0.5).sum(axis=-1)

    fn = {"sq": sq, "l1": l1, "smooth_l1": smooth_l1}[family]
    fn.__name__ = f"rep_loss_{family}"
    fn.__qualname__ = fn.__name__
    return fn


@dataclass(frozen=True, slots=True)
class EqualOn:
    """A hypothesis ``∀ i ∈ over, f i = g i`` between two table binders, imposed on ``g``."""

    f: str
    g: str
    over: str


def materialize(raw: Mapping[str, Any], ties: tuple[EqualOn, ...],
                structs: tuple[tuple[str, str, tuple[str, ...]], ...] = ()) -> dict[str, Any]:
    """Lean-side values of one instance: raw values, with ``g := f`` on the tied positions,
    and each structure binder assembled from its ``binder.field`` slots."""
    values = dict(raw)
    for binder, name, fields in structs:
        values[binder] = StructValue(name, tuple((f, raw[f"{binder}.{f}"]) for f in fields))
    for tie in ties:
        f, g, over = values.get(tie.f), values.get(tie.g), values.get(tie.over)
        if isinstance(f, Table) and isinstance(g, Table) and isinstance(over, tuple):
            if f.array is not None and g.array is not None and f.array.shape == g.array.shape:
                # drawn tables: the tied rows copied as arrays (no tuples built)
                at = sorted(i for i in set(over) if 0 <= i < len(g.array))
                arr = g.array.copy()
                arr[at] = f.array[at]
                arr.flags.writeable = False
                values[tie.g] = Table(None, arr)
                continue
            rows = list(g.rows)
            for i in set(over):
                if 0 <= i < len(rows) and i < len(f.rows):
                    rows[i] = f.rows[i]
            values[tie.g] = Table(tuple(rows))
    return values


def show(value: Any, digits: int | None = None) -> str:
    """A short rendering of a value for counterexamples in the array convention: lists and
    tables as (nested) arrays (``[0, 2]``, ``[[0, 0, 0, 0]]`` for an ``(n, dim)`` table),
    floats rounded to ``digits`` significant digits when given (exact otherwise)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return show_float(value, digits)
    if isinstance(value, tuple):
        return "[" + ", ".join(show(v, digits) for v in value) + "]"
    if isinstance(value, Table):
        return show(value.rows, digits)
    if isinstance(value, StructValue):
        return "{ " + ", ".join(f"{k} := {show(v, digits)}" for k, v in value.fields) + " }"
    if isinstance(value, Affine):
        return (f"W·c + E[i] with W = {_matrix(value.w, digits)}, "
                f"E = {_matrix(value.e, digits)}")
    if isinstance(value, Linear):
        return f"W·c with W = {_matrix(value.w, digits)}"
    if isinstance(value, RepLoss):
        return REP_LOSS_TEXT[value.family]
    return repr(value)


def show_datum(ty: Any, value: Any, digits: int | None = None) -> str:
    """A data value in Lean's notation, which its type disambiguates: a pair ``(1, 2)``, a
    list ``[1, 2]``, ``none`` / ``some 3``."""
    from jepa_formal.mirror.core.terms import TArray, TList, TOption, TProd

    if isinstance(ty, TProd) and isinstance(value, tuple) and len(value) == 2:
        return (f"({show_datum(ty.fst, value[0], digits)}, "
                f"{show_datum(ty.snd, value[1], digits)})")
    if isinstance(ty, (TList, TArray)) and isinstance(value, tuple):
        return "[" + ", ".join(show_datum(ty.elem, x, digits) for x in value) + "]"
    if isinstance(ty, TOption):
        if value is None:
            return "none"
        inner = show_datum(ty.elem, getattr(value, "value", value), digits)
        return f"some {inner}" if " " not in inner or inner[0] in "([" else f"some ({inner})"
    return show(value, digits)


def _matrix(rows: tuple[Vec, ...], digits: int | None = None) -> str:
    """A matrix, or ``0`` when every entry is zero (shrunk predictors often are)."""
    if rows and all(x == 0 for row in rows for x in row):
        return "0"
    return show(rows, digits)


def show_float(x: float, digits: int | None = None) -> str:
    """Integers without ``.0``; NaN and infinities spelled out; otherwise ``repr`` (or
    ``digits`` significant digits)."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    if digits is not None:
        return f"{x:.{digits}g}"
    return repr(x)


def _np() -> Any:
    import numpy

    return numpy
