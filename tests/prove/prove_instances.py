"""Concrete instances for both meanings: Python values for ``concrete.evaluate`` and the same
values as SymPy terms, so a symbolic form can be evaluated at the point and compared."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import sympy
from sympy import Basic, Integer, Rational
from sympy.core.function import UndefinedFunction
from sympy.logic.boolalg import BooleanFalse, BooleanTrue

from jepa_formal.mirror.core.terms import TInt, TNat, TReal, Ty
from jepa_formal.mirror.symbolic import lists as L


def to_sympy(value: Any) -> Basic:
    if isinstance(value, bool):
        return sympy.true if value else sympy.false
    if isinstance(value, int):
        return Integer(value)
    if isinstance(value, Fraction):
        return Rational(value.numerator, value.denominator)
    if isinstance(value, tuple):
        return L.literal([to_sympy(v) for v in value])
    raise TypeError(value)


def to_python(e: Any) -> Any:
    if isinstance(e, BooleanTrue):
        return True
    if isinstance(e, BooleanFalse):
        return False
    if isinstance(e, Integer):
        return int(e)
    if isinstance(e, Rational):
        return Fraction(int(e.p), int(e.q))
    items = L.elements(e) if isinstance(e, Basic) else None
    if items is not None:
        return tuple(to_python(x) for x in items)
    if isinstance(e, sympy.Tuple):
        return tuple(to_python(x) for x in e.args)
    raise TypeError(f"not a concrete value: {e!r}")


def draw_number(rng: random.Random, ty: Ty) -> Any:
    if isinstance(ty, TNat):
        return rng.randint(0, 5)
    if isinstance(ty, TInt):
        return rng.randint(-5, 5)
    if isinstance(ty, TReal):
        return Fraction(rng.randint(-6, 6), rng.choice((1, 2, 3)))
    raise TypeError(ty)


def draw_list(rng: random.Random, ty: Ty, max_len: int = 4) -> tuple[Any, ...]:
    return tuple(draw_number(rng, ty) for _ in range(rng.randint(0, max_len)))


class PolyFn:
    """A function ``x ↦ c0 + c1·x₁ + c2·x₁² + c3·x₂ + …`` usable by both meanings."""

    def __init__(self, coeffs: tuple[Any, ...], arity: int = 1) -> None:
        self.coeffs, self.arity = coeffs, arity

    def __call__(self, *args: Any) -> Any:
        c = self.coeffs
        out = c[0] + c[1] * args[0] + c[2] * args[0] * args[0]
        for k, a in enumerate(args[1:]):
            out += c[3 + k] * a
        return out

    def as_lambda(self) -> sympy.Lambda:
        xs = sympy.symbols(f"p0:{self.arity}")
        return sympy.Lambda(xs, self(*[to_sympy(0) + x for x in xs]))


def draw_fn(rng: random.Random, ty: Ty, arity: int = 1) -> PolyFn:
    coeffs = tuple(draw_number(rng, ty) if not isinstance(ty, TNat) else rng.randint(0, 3)
                   for _ in range(3 + arity))
    return PolyFn(coeffs, arity)


def evaluate_symbolic(term: Basic, sym_bindings: dict[str, Any], values: dict[str, Any]) -> Any:
    """``term`` with every binder replaced by its concrete value, folded to a Python value."""
    mapping: dict[Basic, Basic] = {}
    funcs: dict[Any, Callable[..., Any]] = {}
    for name, sym in sym_bindings.items():
        if name not in values or sym is None:
            continue
        val = values[name]
        if isinstance(sym, L.Fn):
            head = sym.expr.func
            if isinstance(head, UndefinedFunction) and isinstance(val, PolyFn):
                funcs[head] = val.as_lambda()
            continue
        mapping[sym] = to_sympy(val)
    out = _apply_funcs(term.xreplace(mapping), funcs)
    out = out.doit() if hasattr(out, "doit") else out
    return to_python(out)


def _apply_funcs(e: Basic, funcs: dict[Any, Callable[..., Any]]) -> Basic:
    """Bottom-up: every application of a replaced function head is computed."""
    if not isinstance(e, Basic) or not e.args:
        return e
    args = tuple(_apply_funcs(a, funcs) for a in e.args)
    if e.func in funcs:
        return funcs[e.func](*args)
    return e.func(*args) if args != e.args else e
