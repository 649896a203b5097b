"""``Option`` values for the prover: an ``Option α`` built from ``some``, ``none`` and
``if … then … else`` (as the prelude writes ``xs.head?``, ``xs.getLast?``, ``xs[i]?``,
``o.map f``) is the pair *(is it some?, its value)*.

Why a pair: SymPy and Z3 have no option type, but these laws only compare options and read
their values, and both reduce exactly to the pair: ``o₁ = o₂`` is ``(s₁ ↔ s₂) ∧ (s₁ → v₁ = v₂)``
and ``o.getD d`` is ``if s then v else d``. The value of a ``none`` is never read (it is
always guarded by its ``s``), so no default value is assumed. A variable ``o : Option α`` is
the pair of a Bool symbol and a value of ``α`` (``OptionValue``): every option is ``none`` or
``some`` of a value, so this covers all of them. An option of any other shape
(``List.find?``, a function returning an option) is refused, named: it has no such
decomposition here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    BigOp,
    Expr,
    Ite,
    Lam,
    Let,
    Lit,
    Prim,
    Quant,
    TBool,
    TOption,
    TProp,
    Var,
)


@dataclass(frozen=True, slots=True)
class OptionValue:
    """The symbolic value of a variable ``o : Option α``: a Bool symbol (``o.isSome``) and a
    value of ``α`` (what ``o`` holds when it is ``some``). Not a SymPy term: ``o`` is read only
    through its parts (``=``, ``getD``, ``map``, ``isSome``), any other use is refused."""

    some: Any
    value: Any


Parts = tuple[Expr, Expr | None]
VarParts = Callable[[Var], Parts]
"""The parts of an option variable, as core expressions the translator can read."""


def _no_var(v: Var) -> Parts:
    raise Unsupported("Option variable", v.span, "no symbolic value for it here")

TRUE = Lit(True, TProp())
FALSE = Lit(False, TProp())


def _prop(c: Expr) -> Expr:
    """A condition as a Prop (``if b then …`` with ``b : Bool`` tests ``b = true``)."""
    if isinstance(c.ty, TBool):
        return Prim("eq", (c, Lit(True, TBool())), TProp())
    return c


def option_parts(e: Expr, var: VarParts = _no_var) -> Parts:
    """``(s, v)``: ``s`` holds exactly when ``e`` is ``some v``; ``v`` is None when ``e`` is
    ``none`` on every path (then ``s`` is false on every path). ``var`` gives the parts of an
    option variable."""
    if isinstance(e, Var):
        return var(e)
    if isinstance(e, Prim) and e.op == "Option.some":
        return TRUE, e.args[0]
    if isinstance(e, Prim) and e.op == "Option.none":
        return FALSE, None
    if isinstance(e, Ite):
        c = _prop(e.cond)
        s1, v1 = option_parts(e.then, var)
        tested = _none_test(e.cond)
        if tested is not None:  # `if o = none then … else …` (map, bind): o is `some v` after
            _, held = option_parts(tested, var)
            if held is not None:
                s2, v2 = option_parts(_read_held(e.orelse, tested, held), var)
            else:
                s2, v2 = option_parts(e.orelse, var)
        else:
            s2, v2 = option_parts(e.orelse, var)
        some = Prim("or", (Prim("and", (c, s1), TProp()),
                           Prim("and", (Prim("not", (c,), TProp()), s2), TProp())), TProp())
        if v1 is None or v2 is None:
            return some, v1 if v2 is None else v2  # the branch that is `none` is never read
        assert isinstance(e.ty, TOption)
        return some, Ite(e.cond, v1, v2, e.ty.elem)
    raise Unsupported("Option value", getattr(e, "span", None),
                      "only options built by some/none/if (head?, getLast?, xs[i]?, map) are "
                      "modelled symbolically")


def _none_test(c: Expr) -> Expr | None:
    """``o`` when ``c`` is ``o = none``."""
    if isinstance(c, Prim) and c.op == "eq" and isinstance(c.args[0].ty, TOption):
        a, b = c.args
        if isinstance(b, Prim) and b.op == "Option.none":
            return a
    return None


def _read_held(e: Expr, o: Expr, held: Expr) -> Expr:
    """``e`` with ``o.getD d`` read as ``held``, in the branch where ``o = some held``. Binders
    are not entered (a bound name could capture one of ``o``'s), so nothing under them is
    replaced: the rewrite is only ever an equality that holds in the branch."""
    if isinstance(e, Prim) and e.op == "Option.getD" and e.args[0] == o:
        return held
    if isinstance(e, (Lam, Let, Quant, BigOp)):
        return e
    changes: dict[str, Any] = {}
    for f in fields(e):
        value = getattr(e, f.name)
        if isinstance(value, Expr):
            new: Any = _read_held(value, o, held)
        elif isinstance(value, tuple) and value and all(isinstance(x, Expr) for x in value):
            new = tuple(_read_held(x, o, held) for x in value)
        else:
            continue
        if new != value:
            changes[f.name] = new
    return replace(e, **changes) if changes else e


def option_eq(a: Expr, b: Expr, var: VarParts = _no_var) -> Expr:
    """``a = b`` at ``Option α`` as a Prop over the parts: ``(s₁ ↔ s₂) ∧ (s₁ → v₁ = v₂)``."""
    s1, v1 = option_parts(a, var)
    s2, v2 = option_parts(b, var)
    same = Prim("iff", (s1, s2), TProp())
    if v1 is None or v2 is None:
        return same  # one side is never `some`: equal exactly when neither is
    values = Prim("eq", (v1, v2), TProp())
    return Prim("and", (same, Prim("implies", (s1, values), TProp())), TProp())


def option_get_d(o: Expr, d: Expr, var: VarParts = _no_var) -> Expr:
    """``o.getD d``: ``if s then v else d``."""
    s, v = option_parts(o, var)
    return d if v is None else Ite(s, v, d, d.ty)


__all__ = ["OptionValue", "VarParts", "option_eq", "option_get_d", "option_parts"]
