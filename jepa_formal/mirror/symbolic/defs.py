"""Definitions kept by name in SymPy: their heads, printed arguments and pattern matching.

Why apart: a recursive or pattern-matching definition is not unfolded by its body; it stays a
named head (``jepa_def``, so it never equals a binder's function of the same name) whose
equations fire only when ``match_pattern`` surely matches a constructor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy
from sympy import Basic, Integer

from jepa_formal.mirror.core.terms import (
    DefInfo,
    Expr,
    Lit,
    MkStruct,
    Prim,
    TInd,
    TNat,
    TSort,
    Var,
)
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.arith import bool_function
from jepa_formal.mirror.symbolic.sorts import assumptions, is_boolish

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env


def def_head(info: DefInfo) -> Any:
    """The SymPy head of a definition kept by name (recursive or by pattern matching); marked
    ``jepa_def`` so that it never equals a variable's head of the same name."""
    if is_boolish(info.result_ty):
        return bool_function(info.name, definition=True)
    return sympy.Function(info.name, commutative=True, jepa_def=True,
                          **assumptions(info.result_ty))


def ctor_head(name: str) -> Any:
    """The SymPy head of a constructor of an inductive type (``Shape.dim``): constructors are
    injective and pairwise distinct, which ``match_pattern`` relies on; the ``jepa_ctor`` mark
    keeps it apart from any function of the same name."""
    return sympy.Function(name, jepa_ctor=True)


def _ctor_of(value: Basic) -> str | None:
    func = getattr(value, "func", None)
    return func.__name__ if getattr(func, "jepa_ctor", False) else None


def explicit_mask(env: Env, info: DefInfo) -> tuple[bool, ...] | None:
    """Which of a definition's value parameters are explicit in Lean (``{n : ℕ}`` is not), so
    that a printed step reads ``jepaLoss xs …`` as the user wrote it. Printing only: the mask
    is a plain attribute of the head, outside SymPy's equality and hashing."""
    signature = getattr(env, "signature", None)
    if signature is None:
        return None
    try:
        sig = signature(info.name)
    except Exception:  # a signature the elaborator cannot give: print every argument
        return None
    kinds = {p.key: p.explicit for p in sig.params}
    return tuple(kinds.get(p.name, True) for p in info.params if not isinstance(p.ty, TSort))


def match_pattern(pat: Expr, value: Basic, found: dict[str, Any]) -> bool | None:
    """Does ``value`` match ``pat``? True (bindings added), False (surely not) or None."""
    if isinstance(pat, Var):
        found[pat.name] = value
        return True
    if isinstance(pat, MkStruct) and isinstance(pat.ty, TInd):
        ctor = _ctor_of(value)
        if ctor is None:
            return None
        if ctor != pat.name or len(value.args) != len(pat.fields):
            return False
        verdicts = [match_pattern(p, v, found) for (_, p), v in zip(pat.fields, value.args,
                                                                     strict=True)]
        if any(v is False for v in verdicts):
            return False
        return True if all(verdicts) else None
    if isinstance(pat, Prim) and pat.op == "List.nil":
        if isinstance(value, L.Nil):
            return True
        return False if isinstance(value, L.Cons) else None
    if isinstance(pat, Prim) and pat.op == "List.cons":
        if isinstance(value, L.Nil):
            return False
        if not isinstance(value, L.Cons):
            return None
        a = match_pattern(pat.args[0], value.args[0], found)
        b = match_pattern(pat.args[1], value.args[1], found)
        if a is False or b is False:
            return False
        return True if a and b else None
    if isinstance(pat, Lit) and isinstance(pat.value, int) and not isinstance(pat.value, bool):
        if isinstance(value, Integer):
            return int(value) == pat.value
        if pat.value >= 0 and _at_least(value, pat.value + 1):
            return False  # `| 1 => …` cannot match `n + 2`
        return None
    if isinstance(pat, Prim) and pat.op == "succ":
        return _match_offset(pat.args[0], 1, value, found)
    if (isinstance(pat, Prim) and pat.op == "add" and isinstance(pat.ty, TNat)
            and isinstance(pat.args[1], Lit)
            and isinstance(pat.args[1].value, int) and pat.args[1].value >= 0):
        # `| n + 2 => …` is Lean's `Nat.succ (Nat.succ n)`
        return _match_offset(pat.args[0], pat.args[1].value, value, found)
    return None


def _match_offset(inner: Expr, k: int, value: Basic, found: dict[str, Any]) -> bool | None:
    """``inner + k`` against a natural ``value``: it matches when ``value ≥ k`` (binding
    ``inner`` to ``value - k``), surely not when ``value`` is an explicit number below ``k``."""
    if isinstance(value, Integer):
        return match_pattern(inner, value - k, found) if value >= k else False
    if _at_least(value, k):
        return match_pattern(inner, value - k, found)
    return None


def _at_least(v: Basic, k: int) -> bool:
    """``v`` is surely an integer ≥ ``k`` (e.g. ``n + 2`` with ``n`` a natural, for k ≤ 2)."""
    return bool(v.is_integer and (v - k).is_nonnegative)

__all__ = ["def_head", "explicit_mask", "match_pattern"]
