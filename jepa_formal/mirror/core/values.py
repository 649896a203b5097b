"""The concrete value representation shared by the evaluator, numeric search and conformance.

Why one module: the concrete evaluator (``concrete.py``) computes with these values, the numeric
search (``numeric/``) draws and shrinks them, and counterexamples are printed from them. All
three must agree on what a Lean value *is* in Python; docs/internals.md has the table:

ℕ/ℤ/``Fin n`` → ``int``; ℚ/ℝ → ``Fraction``; Float → ``float``; Bool/Prop → ``bool``;
``List``/``Array`` → ``tuple``; ``α × β`` → pair ``tuple``; ``Option`` → ``None`` or ``Some``;
functions → Python callables taking the uncurried arguments (``TableFn`` when drawn);
structures → ``StructValue``; ``Finset`` → ``frozenset``.

``show_value(value, ty)`` prints a value as Lean syntax so counterexamples can be pasted back
into Lean (``[0, 2]``, ``1/3``, ``fun i => if i = 0 then 3 else 1``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from jepa_formal.mirror.core.terms import (
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInd,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    TRat,
    TReal,
    TString,
    TStruct,
    TUnit,
    Ty,
    uncurry,
)
from jepa_formal.reader.numerals import decimal_text


@dataclass(frozen=True, slots=True)
class Some:
    """``some value`` of an ``Option``; ``none`` is Python ``None``.

    Why a wrapper: ``Option (Option α)`` must tell ``some none`` from ``none``.
    """

    value: Any


class FrozenTable(Mapping[tuple[Any, ...], Any]):
    """An immutable, hashable mapping from argument tuples to results (the table of a TableFn).

    Why not a dict: ``TableFn`` values end up inside tuples, sets and as dict keys (shrinking
    deduplicates seen candidates), so they must hash.
    """

    __slots__ = ("_data", "_hash", "_pending")

    def __init__(self, data: Mapping[tuple[Any, ...], Any] | None = None) -> None:
        self._data: dict[tuple[Any, ...], Any] = dict(data or {})
        self._hash: int | None = None

    @classmethod
    def of_results(
        cls, keys: Sequence[tuple[Any, ...]], results: tuple[Any, ...], default: Any
    ) -> FrozenTable:
        """The rows ``key → result`` (one result per key) whose result ``!= default``, built
        when first read. Why deferred: the numeric search draws a full table per instance
        and the compiled evaluator applies it through its ``dense`` form; the dictionary is
        needed only by whatever else reads the table (the mirror, shrinking, printing)."""
        table = _PendingTable.__new__(_PendingTable)
        table._hash = None
        table._pending = (keys, results, default)
        return table

    def __getitem__(self, key: tuple[Any, ...]) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def get(self, key: tuple[Any, ...], default: Any = None) -> Any:
        return self._data.get(key, default)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenTable):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenTable({self._data!r})"


_DATA_SLOT = FrozenTable.__dict__["_data"]


class _PendingTable(FrozenTable):
    """A table of ``FrozenTable.of_results`` not read yet. Reading ``_data`` (every method
    does) builds the rows and turns the object into a plain ``FrozenTable``, so every later
    read costs what any table's does (a ``__getattr__`` hook instead slowed every attribute
    read of every table: the mirror's table lookups by ~15 %)."""

    __slots__ = ()

    @property  # type: ignore[override]
    def _data(self) -> dict[tuple[Any, ...], Any]:
        keys, results, default = self._pending
        data = {k: r for k, r in zip(keys, results, strict=True) if r != default}
        _DATA_SLOT.__set__(self, data)
        self._pending = None
        self.__class__ = FrozenTable  # type: ignore[assignment]
        return data

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenTable, (self._data,))  # pickled and copied as the table it is


@dataclass(frozen=True, slots=True)
class TableFn:
    """A finite-table function of ``arity`` arguments: ``table[args]`` if present, else ``default``.

    Keys of ``table`` are tuples of ``arity`` argument values (also for arity 1: ``(x,)``).
    Why a table: a drawn function must be printable as a Lean ``fun`` and shrinkable (drop
    entries, shrink the default), which an opaque Python closure is not. Calling it with fewer
    than ``arity`` arguments is a partial application and returns a callable of the rest.

    ``dense``: the same function as nested tuples, ``dense[a][b] == fn(a, b)`` for every
    argument of its domain, set only by whoever knows that every domain is a ``Fin k``
    (``range(k)``): the numeric generator for the tables it draws in full. It is derived
    from ``table`` and ``default`` (not compared, hashed or printed), and lets the compiled
    evaluator (``numeric/compiled.py``) apply a table by subscripts instead of a dictionary
    lookup of an argument tuple; a table built anywhere else (shrinking, repairs, replay)
    has none and is read through ``table``.
    """

    arity: int
    table: Mapping[tuple[Any, ...], Any] = field(default_factory=dict)
    default: Any = 0
    dense: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.table, FrozenTable):
            table = FrozenTable(self.table)
            bad = [k for k in table if not isinstance(k, tuple) or len(k) != self.arity]
            if bad:
                raise ValueError(f"TableFn keys must be {self.arity}-tuples, got {bad[0]!r}")
            object.__setattr__(self, "table", table)

    def __call__(self, *args: Any) -> Any:
        if len(args) == self.arity:
            return self.table.get(args, self.default)
        if len(args) < self.arity:
            return _Partial(self, args)
        raise TypeError(f"TableFn of arity {self.arity} called with {len(args)} arguments")


@dataclass(frozen=True, slots=True)
class _Partial:
    """A TableFn applied to its first few arguments (hashable, unlike ``functools.partial``)."""

    fn: TableFn
    given: tuple[Any, ...]

    def __call__(self, *args: Any) -> Any:
        return self.fn(*self.given, *args)


@dataclass(frozen=True, slots=True)
class StructValue:
    """A value of a structure declared in the specs: its full name and fields in declared order."""

    name: str
    fields: tuple[tuple[str, Any], ...]

    def get(self, name: str) -> Any:
        """The value of field ``name`` (KeyError when the structure has no such field)."""
        for key, value in self.fields:
            if key == name:
                return value
        raise KeyError(name)

    def replace(self, **updates: Any) -> StructValue:
        """A copy with some fields changed (Lean's ``{ s with f := v }``)."""
        unknown = set(updates) - {k for k, _ in self.fields}
        if unknown:
            raise KeyError(sorted(unknown)[0])
        return StructValue(self.name, tuple((k, updates.get(k, v)) for k, v in self.fields))


# --------------------------------------------------------------------------------------------
# Printing as Lean syntax
# --------------------------------------------------------------------------------------------


def show_value(value: Any, ty: Ty | None = None) -> str:
    """Print ``value`` of Lean type ``ty`` in Lean syntax; ``ty`` None guesses from the value.

    The type decides the spelling where Python values are ambiguous: a ``bool`` is ``true`` at
    Bool but ``True`` at Prop, a tuple is ``[…]`` at List, ``#[…]`` at Array, ``(a, b)`` at a
    product.
    """
    if isinstance(ty, (TNat, TInt, TFin)):
        return _show_int(value)
    if isinstance(ty, (TReal, TRat)):
        approx = getattr(value, "approx", None)  # an irrational real (concrete RealInterval)
        return approx() if callable(approx) else _show_fraction(Fraction(value))
    if isinstance(ty, TFloat):
        return _show_float(float(value))
    if isinstance(ty, TBool):
        return "true" if value else "false"
    if isinstance(ty, TProp):
        return "True" if value else "False"
    if isinstance(ty, TUnit):
        return "()"
    if isinstance(ty, TString):
        return _show_string(str(value))
    if isinstance(ty, TList):
        return "[" + ", ".join(show_value(v, ty.elem) for v in value) + "]"
    if isinstance(ty, TArray):
        return "#[" + ", ".join(show_value(v, ty.elem) for v in value) + "]"
    if isinstance(ty, TProd) and isinstance(value, tuple) and len(value) == 2:
        return f"({show_value(value[0], ty.fst)}, {show_value(value[1], ty.snd)})"
    if isinstance(ty, TOption):
        if value is None:
            return "none"
        inner = value.value if isinstance(value, Some) else value
        return f"(some {show_value(inner, ty.elem)})"
    if isinstance(ty, TFinset):
        return _show_finset(value, ty.elem)
    if isinstance(ty, TFun):
        return _show_function(value, ty)
    if isinstance(ty, TStruct) and isinstance(value, StructValue):
        return _show_struct(value)
    if isinstance(value, StructValue) and (isinstance(ty, TInd) or hasattr(ty, "ctors")):
        return show_ctor(value, ty)
    return _show_untyped(value)


def show_ctor(value: StructValue, ty: Any = None, nested: bool = False) -> str:
    """A constructor value as Lean writes it: ``Shape.dim 2 (Shape.dim 3 Shape.scalar)``.
    ``ty`` is the inductive (resolved, with its constructors' field types, when known)."""
    if not value.fields:
        return value.name
    ctors = dict(getattr(ty, "ctors", ()) or ())
    ftys = dict(ctors.get(value.name, ()))
    parts = [value.name]
    for fname, v in value.fields:
        fty = ftys.get(fname)
        if isinstance(fty, TInd) and fty.name == getattr(ty, "name", None):
            fty = ty
        same_type = fty is None and isinstance(v, StructValue) and (
            v.name.rsplit(".", 1)[0] == value.name.rsplit(".", 1)[0])
        if same_type:
            fty = ty  # a field of the inductive's own type (no field types known)
        if isinstance(v, StructValue) and (isinstance(fty, TInd) or hasattr(fty, "ctors")):
            parts.append(show_ctor(v, fty, nested=True))
            continue
        text = show_value(v, fty) if fty is not None else _show_untyped(v)
        atomic = text[:1] in "([{#⟨\"" or (" " not in text and not text.startswith("-"))
        parts.append(text if atomic else f"({text})")
    text = " ".join(parts)
    return f"({text})" if nested else text


BRIEF_BITS = 1000
"""Integers longer than this (about 300 digits) are shown to ten significant digits."""


def _show_int(value: Any) -> str:
    return _int_text(int(value))


def _int_text(n: int) -> str:
    """Decimal text, or ``≈d.ddddddddde+K`` past ``BRIEF_BITS``: a counterexample such as
    ``(3/2)^1000000`` has half a million digits, and writing them out is quadratic in CPython
    (it took 11 s, and the report 1.5 MB) for text nobody reads. ``math.log10`` of an int of
    any size is exact to double precision, so the leading digits and exponent are right."""
    if n.bit_length() <= BRIEF_BITS:
        return decimal_text(n)
    sign = "-" if n < 0 else ""
    exponent = math.log10(abs(n))
    whole = math.floor(exponent)
    return f"{sign}≈{10 ** (exponent - whole):.9f}e+{whole}"


def _show_fraction(value: Fraction) -> str:
    if value.denominator == 1:
        return _int_text(value.numerator)
    return f"{_int_text(value.numerator)}/{_int_text(value.denominator)}"


def _show_float(value: float) -> str:
    if math.isnan(value):
        return "(0.0/0.0)"
    if math.isinf(value):
        return "(1.0/0.0)" if value > 0 else "(-1.0/0.0)"
    return repr(value)


def _show_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _show_finset(value: Any, elem: Ty | None) -> str:
    items = sorted(value, key=_sort_key)
    if not items:
        return "∅"
    return "{" + ", ".join(show_value(v, elem) for v in items) + "}"


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, (int, float, Fraction)) and not isinstance(value, bool):
        return (0, value)
    return (1, repr(value))



_PARAM_NAMES = ("x", "y", "z", "u", "v", "w")


def _as_table(value: Any) -> TableFn | None:
    """A TableFn (partial applications folded into a smaller table), or None for closures."""
    if isinstance(value, _Partial):
        n = len(value.given)
        rows = {k[n:]: v for k, v in value.fn.table.items() if k[:n] == value.given}
        return TableFn(value.fn.arity - n, rows, value.fn.default)
    return value if isinstance(value, TableFn) else None


def _show_function(value: Any, ty: Ty | None) -> str:
    table = _as_table(value)
    if table is None:
        return "(fun … => …)"
    arity = table.arity
    doms: list[Ty | None] = []
    cod: Ty | None = None
    if ty is not None:
        all_doms, final = uncurry(ty)
        doms = list(all_doms[:arity])
        cod = _rebuild_fun(all_doms[arity:], final) if len(all_doms) >= arity else None
    doms += [None] * (arity - len(doms))
    names = [_PARAM_NAMES[i] if i < len(_PARAM_NAMES) else f"x{i}" for i in range(arity)]
    default = show_value(table.default, cod)
    if not table.table:
        return f"fun {' '.join('_' for _ in names)} => {default}"
    parts = []
    for key in sorted(table.table, key=lambda k: tuple(_sort_key(a) for a in k)):
        conds = " ∧ ".join(
            f"{n} = {show_value(a, d)}" for n, a, d in zip(names, key, doms, strict=True)
        )
        parts.append(f"if {conds} then {show_value(table.table[key], cod)} else ")
    return f"fun {' '.join(names)} => " + "".join(parts) + default


def _rebuild_fun(doms: list[Ty], cod: Ty) -> Ty:
    for dom in reversed(doms):
        cod = TFun(dom, cod)
    return cod


def _show_struct(value: StructValue) -> str:
    inner = ", ".join(f"{k} := {_show_untyped(v)}" for k, v in value.fields)
    return "{ " + inner + " }"


def _show_untyped(value: Any) -> str:
    """Best-effort Lean spelling when the type is not known (used in debugging output)."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return _int_text(value)
    if isinstance(value, Fraction):
        return _show_fraction(value)
    if isinstance(value, float):
        return _show_float(value)
    if isinstance(value, str):
        return _show_string(value)
    if isinstance(value, Some):
        return f"(some {_show_untyped(value.value)})"
    if isinstance(value, tuple):
        return "[" + ", ".join(_show_untyped(v) for v in value) + "]"
    if isinstance(value, frozenset):
        return _show_finset(value, None)
    if isinstance(value, StructValue):
        return _show_struct(value)
    if isinstance(value, (TableFn, _Partial)):
        return _show_function(value, None)
    return repr(value)
