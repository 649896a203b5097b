"""Values printed as Lean's ``#eval`` prints them (its ``Repr`` instances).

Why its own printer: ``show_value`` prints counterexamples as Lean *terms* (``(some 3)``,
``1/3`` for a real); ``#eval`` prints the ``Repr`` of the value, which differs in places:
``some 3`` at the top and ``some (some 3)`` inside, a rational as ``(1 : Rat)/3``, a ``Float``
as C's ``%f`` (``2.500000``), a structure as ``{ a := 1, b := 2 }``.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from jepa_formal.mirror.core.terms import (
    TArray,
    TBool,
    TFin,
    TFloat,
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
)
from jepa_formal.mirror.core.values import Some, StructValue

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

MAX_PREC = 1024
"""Lean's ``max_prec``: the precedence of an argument position (``Repr.addAppParen``)."""


class NoRepr(Exception):
    """The value has no ``Repr`` instance Lean would find (a function, a proposition)."""


def lean_repr(value: Any, ty: Ty, env: Env | None = None, prec: int = 0) -> str:
    """``reprPrec value prec`` for the modelled types."""
    if isinstance(ty, (TNat, TFin)):
        return str(int(value))
    if isinstance(ty, TInt):
        v = int(value)
        return f"({v})" if v < 0 and prec >= MAX_PREC else str(v)  # Int.repr: -3, (-3) as arg
    if isinstance(ty, TBool):
        return "true" if value else "false"
    if isinstance(ty, TProp):
        raise NoRepr("a proposition (Prop) has no Repr; #eval decides it only when Decidable")
    if isinstance(ty, TString):
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(ty, TUnit):
        return "()"
    if isinstance(ty, TFloat):
        # `Repr Float`: `if n < 0 then Repr.addAppParen (toString n) prec else toString n`,
        # so `-0.0` (not < 0) stays bare and `-inf` is parenthesised as an argument
        x = float(value)
        text = float_to_string(x)
        return f"({text})" if x < 0 and prec >= MAX_PREC else text
    if isinstance(ty, TRat):
        return _rat(Fraction(value), prec)
    if isinstance(ty, TReal):
        approx = getattr(value, "approx", None)  # an irrational real (Real.exp 1, √2)
        if callable(approx):
            raise NoRepr(f"an irrational real ({approx()}) has no exact Lean text, and "
                         "Lean's #eval refuses ℝ (noncomputable)")
        return _real(Fraction(value), prec)
    if isinstance(ty, TList):
        return "[" + ", ".join(lean_repr(v, ty.elem, env) for v in value) + "]"
    if isinstance(ty, TArray):
        return "#[" + ", ".join(lean_repr(v, ty.elem, env) for v in value) + "]"
    if isinstance(ty, TProd):
        # `Repr (α × β)` goes through `ReprTuple`, which flattens the right-nested pairs a
        # tuple is made of: `(1, 2, 3)` is `(1, (2, 3))`, printed `(1, 2, 3)`; a pair in the
        # first component keeps its parentheses
        parts = []
        while isinstance(ty, TProd):
            parts.append(lean_repr(value[0], ty.fst, env))
            value, ty = value[1], ty.snd
        parts.append(lean_repr(value, ty, env))
        return "(" + ", ".join(parts) + ")"
    if isinstance(ty, TOption):
        if value is None:
            return "none"
        inner = value.value if isinstance(value, Some) else value
        text = "some " + lean_repr(inner, ty.elem, env, MAX_PREC)
        return f"({text})" if prec >= MAX_PREC else text
    if isinstance(ty, TStruct) and isinstance(value, StructValue):
        return _struct(value, ty, env)
    if isinstance(ty, TInd) and isinstance(value, StructValue):
        return _ctor(value, ty, env, prec)
    raise NoRepr(f"no Repr instance for a value of type {type(ty).__name__}")


def lean_type(ty: Ty, prec: int = 0) -> str:
    """A type as Lean's ``#check`` prints it: ``List (Fin 4) → (Fin 4 → ℕ) → ℕ``, ``ℕ × ℕ``."""
    from jepa_formal.mirror.core.terms import TFun, TVar
    from jepa_formal.mirror.core.unify import show_ty

    if isinstance(ty, TFun):
        text = f"{lean_type(ty.dom, 25)} → {lean_type(ty.cod, 0)}"
        return f"({text})" if prec > 0 else text
    if isinstance(ty, TProd):
        text = f"{lean_type(ty.fst, 36)} × {lean_type(ty.snd, 35)}"
        return f"({text})" if prec > 35 else text
    if isinstance(ty, (TList, TArray, TOption)):
        head = {TList: "List", TArray: "Array", TOption: "Option"}[type(ty)]
        text = f"{head} {lean_type(ty.elem, MAX_PREC)}"
        return f"({text})" if prec >= MAX_PREC else text
    if isinstance(ty, TFin):
        text = show_ty(ty)
        return f"({text})" if prec >= MAX_PREC else text
    if isinstance(ty, TInd) and ty.args:
        text = show_ty(ty)
        return f"({text})" if prec >= MAX_PREC else text
    if isinstance(ty, (TStruct, TInd, TVar)):
        return ty.name.rsplit(".", 1)[-1]
    return show_ty(ty)


def float_to_string(x: float) -> str:
    """``Float.toString``: C's ``std::to_string`` (``%f``, six decimals); ``NaN``, ``inf``."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:f}"


def _rat(q: Fraction, prec: int) -> str:
    """``Rat``'s Repr: ``2``, ``-2``, ``(1 : Rat)/3``, ``(-1 : Rat)/3``.

    As an argument (``some q``, a constructor's field) the text is not modelled when it could
    need parentheses: ``Repr Rat`` is ``reprPrec a _ := if a.den = 1 then repr a.num else
    s!"({a.num} : Rat)/{a.den}"`` (Batteries, Lean core), which ignores the precedence and
    would print ``some (1 : Rat)/2`` and ``some -3``, while with a ``ToExpr ℚ`` instance in
    scope ``#eval`` pretty-prints the value instead (``some (1 / 2)``): which one a project
    gets is not visible from its files, so no text is claimed."""
    if prec >= MAX_PREC and (q.denominator != 1 or q < 0):
        raise NoRepr(f"a rational ({q}) as an argument of some/a constructor: Lean prints "
                     "`some (1 : Rat)/2` through `Repr Rat` (which ignores precedence) or "
                     "`some (1 / 2)` through a `ToExpr ℚ` instance; not modelled")
    if q.denominator == 1:
        return str(q.numerator)
    return f"({q.numerator} : Rat)/{q.denominator}"


def _real(q: Fraction, prec: int) -> str:
    """A real value, computed exactly (Lean cannot ``#eval`` it: noncomputable)."""
    text = str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"
    return f"({text})" if ("/" in text or q < 0) and prec >= MAX_PREC else text


def _struct(value: StructValue, ty: TStruct, env: Env | None) -> str:
    """A structure with derived ``Repr``: ``{ a := 1, b := 2 }``."""
    ftys: dict[str, Ty] = {}
    if env is not None:
        try:
            from jepa_formal.mirror.elaborate.subst import subst_ty

            info = env.structure(ty.name)
            tmap = {p.name: a.value for p, a in zip(info.params, ty.args, strict=False)
                    if hasattr(a, "value") and isinstance(a.value, Ty)}
            ftys = {n: subst_ty(t, tmap, {}) for n, t in info.fields}
        except Exception:  # printing only: fall back to the values' own shapes
            ftys = {}
    parts = []
    for name, v in value.fields:
        fty = ftys.get(name)
        parts.append(f"{name} := {lean_repr(v, fty, env) if fty is not None else _guess(v)}")
    return "{ " + ", ".join(parts) + " }" if parts else "{ }"


def _ctor(value: StructValue, ty: TInd, env: Env | None, prec: int) -> str:
    """A constructor with derived ``Repr``: ``Shape.dim 2 Shape.scalar``, parenthesised as an
    argument when it has arguments."""
    if not value.fields:
        return value.name
    ftys: dict[str, Ty] = {}
    if env is not None:
        try:
            ftys = dict(env.inductive(ty.name).ctor_at(value.name, ty))
        except Exception:  # printing only
            ftys = {}
    parts = [value.name]
    for name, v in value.fields:
        fty = ftys.get(name)
        parts.append(lean_repr(v, fty, env, MAX_PREC) if fty is not None else _guess(v))
    text = " ".join(parts)
    return f"({text})" if prec >= MAX_PREC else text


def _guess(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return float_to_string(v)
    return str(v)


__all__ = ["NoRepr", "float_to_string", "lean_repr", "lean_type"]
