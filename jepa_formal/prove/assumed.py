"""SymPy's construction-time decisions of relations, watched while a proof is sought.

Why: ``sympy.Eq(a, b)`` and ``a < b`` evaluate to ``true``/``false`` the moment they are
built whenever SymPy's assumption system thinks it knows the answer (``Eq(s, 1)`` is false
for a sum ``s`` whose class reports ``is_integer = False``). Such a decision can then close a
proof with no closing step at all (``¬ (s = 1)`` becomes ``True``), or pick the branch of an
``if``. The assumptions only *propose*: while ``prove_law`` runs, every such decision that is
not plain algebra (the two sides one term, or a known number apart) is recorded here, and a
proof counts only when Z3 confirms each decision it met (``prover.unconfirmed_decision``).

The hook wraps SymPy's ``is_eq`` and the four inequalities' ``_eval_fuzzy_relation`` for the
duration of one proof (a nested use shares the outer record; restored afterwards). A
relation is never taken from SymPy's cache (``Relational.__new__`` is not cached), so every
decision a proof meets is recorded. Not covered: decisions SymPy makes without building a
relation (``Max(x, 0)`` simplified from ``x ≥ 0``); the prover uses those only for proposals
that Z3 decides on the original terms (``decide.unfold_heads``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sympy.core.relational as R
from sympy import Expr

from jepa_formal.mirror.symbolic.lists import is_list_term

Decision = tuple[str, Any, Any, bool]
"""``(op, lhs, rhs, value)``: SymPy decided ``lhs op rhs`` to be ``value``."""

_INEQUALITIES = {R.StrictLessThan: "lt", R.LessThan: "le", R.StrictGreaterThan: "gt",
                 R.GreaterThan: "ge"}

_active: list[dict[tuple[str, Any, Any], bool]] = []


def _plain(lhs: Any, rhs: Any) -> bool:
    """The decision is algebra, not assumptions: one term, or a known number apart."""
    if lhs == rhs:
        return True
    if not (isinstance(lhs, Expr) and isinstance(rhs, Expr)) \
            or is_list_term(lhs) or is_list_term(rhs):
        return False  # tuples, lists, booleans: no difference to take
    try:
        return bool((lhs - rhs).is_Number)
    except Exception:  # not numbers after all
        return False


def _note(op: str, lhs: Any, rhs: Any, value: Any) -> None:
    if not _active or value not in (True, False) or _plain(lhs, rhs):
        return
    _active[-1].setdefault((op, lhs, rhs), bool(value))


@contextmanager
def watching() -> Iterator[dict[tuple[str, Any, Any], bool]]:
    """Record SymPy's assumption-based relation decisions made inside the block."""
    record: dict[tuple[str, Any, Any], bool] = {}
    if _active:  # nested: share the outer record
        yield _active[-1]
        return
    original_eq = R.is_eq
    originals = {cls: cls.__dict__["_eval_fuzzy_relation"] for cls in _INEQUALITIES}

    def is_eq(lhs: Any, rhs: Any, assumptions: Any = None) -> Any:
        value = original_eq(lhs, rhs) if assumptions is None else original_eq(lhs, rhs,
                                                                                assumptions)
        _note("eq", lhs, rhs, value)
        return value

    def fuzzy(cls: type, op: str) -> Any:
        inner = originals[cls].__func__

        def wrapped(klass: type, lhs: Any, rhs: Any) -> Any:
            value = inner(klass, lhs, rhs)
            _note(op, lhs, rhs, value)
            return value

        return classmethod(wrapped)

    _active.append(record)
    R.is_eq = is_eq
    for cls, op in _INEQUALITIES.items():
        cls._eval_fuzzy_relation = fuzzy(cls, op)  # type: ignore[attr-defined]
    try:
        yield record
    finally:
        R.is_eq = original_eq
        for cls, method in originals.items():
            cls._eval_fuzzy_relation = method  # type: ignore[attr-defined]
        _active.pop()


@contextmanager
def unwatched() -> Iterator[None]:
    """SymPy's decisions inside the block are no part of any proof (a search for candidate
    counterexamples, which the concrete evaluator confirms or drops): recorded nowhere."""
    _active.append({})
    try:
        yield
    finally:
        _active.pop()


def decisions(record: dict[tuple[str, Any, Any], bool]) -> list[Decision]:
    return [(op, lhs, rhs, value) for (op, lhs, rhs), value in record.items()]


__all__ = ["Decision", "decisions", "watching"]
