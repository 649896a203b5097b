"""Small facts about SymPy terms that the rules and the decision procedures both need.

Why a module of its own: ``rules`` and ``decide`` each use these; defined here, neither imports
the other.
"""

from __future__ import annotations

from sympy import Basic, Symbol

from jepa_formal.mirror.symbolic.lists import Fn


def canonical(e: Basic, depth: int = 0) -> Basic:
    """``e`` with every ``Fn`` variable renamed by nesting depth (alpha-normal form)."""
    if not isinstance(e, Basic) or not e.args:
        return e
    if isinstance(e, Fn):
        mapping = {}
        for k, v in enumerate(e.variables):
            mapping[v] = Symbol(f"·{depth}_{k}", **v.assumptions0)
        body = canonical(e.expr.xreplace(mapping), depth + 1)
        return Fn(tuple(mapping[v] for v in e.variables), body)
    args = tuple(canonical(a, depth) for a in e.args)
    return e.func(*args) if args != e.args else e


def exact_number(e: Basic) -> bool:
    """``e`` is surely a number of ℕ/ℤ/ℚ/ℝ (SymPy ``is_complex``): addition commutes there."""
    return bool(getattr(e, "is_complex", None))


def summand_exact(f: Basic) -> bool:
    """The function summed by a ``ListSum``/``ListProd`` returns exact numbers."""
    return isinstance(f, Fn) and exact_number(f.expr)


__all__ = ["canonical", "exact_number", "summand_exact"]
