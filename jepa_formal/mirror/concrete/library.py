"""Concrete meaning of the library operations of Lean's List/Nat/Int lemma files: ``Int.toNat``,
``Int.sign``, T- and F-rounding division (``Int.tdiv``/``tmod``/``fdiv``/``fmod``), ``Int.bmod``,
bitwise ``&&&``/``|||``/``^^^`` on ℕ, ``Nat.gcd``, ``Nat.factorial``, ``Nat.choose``,
``Nat.sqrt``, ``Nat.log``, ``List.erase``/``diff``/``union``/``inter``/``find?`` and
the list relations ``<+`` (Sublist), ``<+:``/``<:+``/``<:+:`` (prefix, suffix, infix), ``~``
(Perm), ``⊆`` (Subset), ``Disjoint``.

Why a module: these have no list-algebra meaning (the prover refuses them), only this one, so
laws about them are decided by the concrete search. Each follows Lean's definition: ``erase``,
``diff``, ``union`` and ``inter`` compare by ``BEq`` (IEEE ``==`` at ``Float``), the relations
by propositional equality (``NaN ∈ [NaN]``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.concrete.transcendental import RealInterval, Undecided
from jepa_formal.mirror.core.beq import lean_beq
from jepa_formal.mirror.core.listrel import LIST_RELATIONS
from jepa_formal.mirror.core.numbers import NAT_NUMBERS
from jepa_formal.mirror.core.terms import TArray, TFinset, TList, Ty
from jepa_formal.mirror.core.values import Some

Closure = Callable[[tuple[Any, ...]], Any]
Size = Callable[[Ty], Closure]
Same = Callable[[Any, Any], bool]


def _elem(ty: Ty) -> Ty:
    if isinstance(ty, (TList, TArray, TFinset)):
        return ty.elem
    raise Unsupported(f"list operation on {type(ty).__name__}")


# --- integers -------------------------------------------------------------------------------


def tdiv(a: int, b: int) -> int:
    """``Int.tdiv``: rounds toward zero; ``a.tdiv 0 = 0``."""
    if b == 0:
        return 0
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def tmod(a: int, b: int) -> int:
    """``Int.tmod``: ``a - b * a.tdiv b`` (sign of ``a``); ``a.tmod 0 = a``."""
    return a - b * tdiv(a, b)


def fdiv(a: int, b: int) -> int:
    """``Int.fdiv``: rounds toward -∞; ``a.fdiv 0 = 0``."""
    return 0 if b == 0 else a // b


def fmod(a: int, b: int) -> int:
    """``Int.fmod``: ``a - b * a.fdiv b`` (sign of ``b``); ``a.fmod 0 = a``."""
    return a - b * fdiv(a, b)


def bmod(x: int, m: int) -> int:
    """``Int.bmod x m``: the balanced residue, ``r := x % m`` (Euclidean), then ``r`` if
    ``r < (m + 1) / 2`` else ``r - m``."""
    r = x % m if m != 0 else x
    return r if r < (m + 1) // 2 else r - m


def _rounded(x: Any, rounding: Callable[[Any], int]) -> int:
    """``rounding`` (``math.floor``/``math.ceil``) of an exact ℚ/ℝ value; of an irrational one
    (a ``RealInterval``) only when both bounds round alike, else the instance is skipped."""
    if isinstance(x, RealInterval):
        lo, hi = rounding(x.lo), rounding(x.hi)
        if lo != hi:
            raise Undecided("the floor or ceiling of an irrational value its bounds do not fix")
        return lo
    return rounding(x)


_ROUNDING: dict[str, Callable[[Any], int]] = {
    "Int.floor": lambda x: _rounded(x, math.floor), "Int.ceil": lambda x: _rounded(x, math.ceil),
    "Nat.floor": lambda x: max(_rounded(x, math.floor), 0),
    "Nat.ceil": lambda x: max(_rounded(x, math.ceil), 0),
}


def _int(op: str, a: list[Closure]) -> Closure:
    if op in _ROUNDING:
        (x,) = a
        rounding = _ROUNDING[op]
        return lambda f: rounding(x(f))
    if op in ("Nat.factorial", "Nat.sqrt"):
        (n,) = a
        unary = NAT_NUMBERS[op]
        return lambda f: unary(n(f))
    if op == "Int.toNat":
        (x,) = a
        return lambda f: max(x(f), 0)
    if op == "Int.sign":
        (x,) = a
        return lambda f: (x(f) > 0) - (x(f) < 0)
    fn = {"Int.tdiv": tdiv, "Int.tmod": tmod, "Int.fdiv": fdiv, "Int.fmod": fmod,
          "Int.bmod": bmod, "Nat.land": lambda p, q: p & q, "Nat.lor": lambda p, q: p | q,
          "Nat.xor": lambda p, q: p ^ q, **NAT_NUMBERS}[op]
    x, y = a
    return lambda f: fn(x(f), y(f))


# --- lists ----------------------------------------------------------------------------------


def _erase(xs: tuple[Any, ...], a: Any, beq: Same) -> tuple[Any, ...]:
    for i, x in enumerate(xs):
        if beq(x, a):
            return xs[:i] + xs[i + 1:]
    return xs


def _list(op: str, a: list[Closure], t: list[Ty], same: Same) -> Closure:
    if op == "List.find?":
        p, xs = a

        def find(f: tuple[Any, ...]) -> Any:
            pred = p(f)
            for x in xs(f):
                if pred(x):
                    return Some(x)
            return None

        return find
    if op == "List.erase":
        xs, x = a
        beq = lean_beq(_elem(t[0]))
        return lambda f: _erase(xs(f), x(f), beq)
    xs, ys = a
    if op == "List.diff":
        beq = lean_beq(_elem(t[0]))

        def diff(f: tuple[Any, ...]) -> tuple[Any, ...]:
            out = xs(f)
            for y in ys(f):
                out = _erase(out, y, beq)
            return out

        return diff
    if op == "List.union":  # foldr insert: elements of xs not (BEq) in ys, then ys
        beq = lean_beq(_elem(t[0]))

        def union(f: tuple[Any, ...]) -> tuple[Any, ...]:
            out = ys(f)
            for x in reversed(xs(f)):
                if not any(beq(y, x) for y in out):
                    out = (x, *out)
            return out

        return union
    if op == "List.inter":
        beq = lean_beq(_elem(t[0]))
        return lambda f: tuple(x for x in xs(f) if any(beq(y, x) for y in ys(f)))
    rel = LIST_RELATIONS[op]
    return lambda f: rel(xs(f), ys(f), same)


LIBRARY_OPS: frozenset[str] = frozenset({
    "Int.toNat", "Int.sign", "Int.tdiv", "Int.tmod", "Int.fdiv", "Int.fmod", "Int.bmod",
    "Nat.land", "Nat.lor", "Nat.xor", "Nat.gcd", "Nat.factorial", "Nat.choose", "Nat.sqrt",
    "Nat.log", *_ROUNDING,
    "List.find?", "List.erase", "List.diff", "List.union", "List.inter", "List.sublist",
    "List.isPrefix", "List.isSuffix", "List.isInfix", "List.perm", "List.subperm", "List.subset",
    "List.disjoint", "Finset.disjoint",
})
"""The core ops this module gives a concrete meaning to."""


def library_closure(op: str, a: list[Closure], t: list[Ty], ty: Ty, size: Size,
                    same_at: Callable[[Ty], Same]) -> Closure:
    """The closure of ``Prim(op, a)``; ``same_at(elem_ty)`` is propositional equality."""
    if op.startswith(("Int.", "Nat.")):
        return _int(op, a)
    if op == "Finset.disjoint":  # finite sets are frozensets of exact values: == is Eq
        s, u = a
        return lambda f: s(f).isdisjoint(u(f))
    elem = _elem(t[1]) if op == "List.find?" else _elem(t[0])
    return _list(op, a, t, same_at(elem))


__all__ = ["LIBRARY_OPS", "bmod", "fdiv", "fmod", "library_closure", "tdiv", "tmod"]
