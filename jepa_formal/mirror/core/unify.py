"""Metavariables and first-order unification for the elaborator's small type inference.

Why: Lean fills implicit arguments (``{n : ℕ} {α : Type}``) and numeral types by unification;
``jepaLoss xs c t p r`` must find ``n`` from ``xs : List (Fin n)`` and ``Context`` from
``c``. The elaborator creates a ``TMeta`` (unknown type) or ``EMeta`` (unknown value, e.g.
the ``n`` of ``Fin n``) per implicit parameter, unifies as arguments are elaborated, and at
the end ``Subst.zonk`` replaces every metavariable by its solution. An unsolved one is an
error (Lean would also refuse), except numeral types, which default to ℕ as in Lean.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from jepa_formal.errors import TypeMismatch, Unsupported
from jepa_formal.mirror.core.floats import lean_float
from jepa_formal.mirror.core.terms import (
    Expr,
    Lit,
    Prim,
    TArray,
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
    TRat,
    TReal,
    TStruct,
    TVar,
    Ty,
    TypeArg,
    Var,
    map_children,
    map_node_types,
    map_type,
)


@dataclass(frozen=True, slots=True)
class TMeta(Ty):
    """An unknown type, solved by unification (never leaves the elaborator)."""

    id: int
    hint: str = ""


@dataclass(frozen=True, slots=True)
class EMeta(Expr):
    """An unknown value of an implicit parameter (``{n : ℕ}``), solved by unification."""

    id: int
    ty: Ty
    hint: str = ""
    span: Any = field(default=None, compare=False, repr=False, kw_only=True)


@dataclass(slots=True)
class Subst:
    """The solutions found so far, and which type metas default to ℕ (numeral types)."""

    types: dict[int, Ty] = field(default_factory=dict)
    exprs: dict[int, Expr] = field(default_factory=dict)
    numeral: set[int] = field(default_factory=set)
    counter: list[int] = field(default_factory=lambda: [0])

    # --- fresh metas ----------------------------------------------------------------------

    def fresh_ty(self, hint: str = "", numeral: bool = False) -> TMeta:
        self.counter[0] += 1
        m = TMeta(self.counter[0], hint)
        if numeral:
            self.numeral.add(m.id)
        return m

    def fresh_expr(self, ty: Ty, hint: str = "") -> EMeta:
        self.counter[0] += 1
        return EMeta(self.counter[0], ty, hint)

    # --- resolution -----------------------------------------------------------------------

    def ty(self, ty: Ty) -> Ty:
        """``ty`` with every solved metavariable replaced (shallow on the head, deep inside)."""
        while isinstance(ty, TMeta) and ty.id in self.types:
            ty = self.types[ty.id]
        return map_type(ty, self.ty, self.expr)

    def expr(self, e: Expr) -> Expr:
        """Resolve an expression used inside a type (``n`` of ``Fin n``)."""
        while isinstance(e, EMeta) and e.id in self.exprs:
            e = self.exprs[e.id]
        if isinstance(e, TypeArg):
            return TypeArg(self.ty(e.value))
        return e

    # --- unification ----------------------------------------------------------------------

    def unify(self, a: Ty, b: Ty, span: Any = None) -> None:
        """Make ``a`` and ``b`` equal by solving metavariables; TypeMismatch when impossible."""
        a, b = self.ty(a), self.ty(b)
        if a == b:
            return
        if isinstance(a, TMeta):
            self._bind_ty(a, b, span)
            return
        if isinstance(b, TMeta):
            self._bind_ty(b, a, span)
            return
        if type(a) is not type(b):
            raise TypeMismatch(f"type mismatch: {show_ty(a)} vs {show_ty(b)}", span, types=(a, b))
        if isinstance(a, (TList, TArray, TFinset, TOption)):
            self.unify(a.elem, b.elem, span)  # type: ignore[attr-defined]
        elif isinstance(a, TProd):
            self.unify(a.fst, b.fst, span)  # type: ignore[attr-defined]
            self.unify(a.snd, b.snd, span)  # type: ignore[attr-defined]
        elif isinstance(a, TFun):
            self.unify(a.dom, b.dom, span)  # type: ignore[attr-defined]
            self.unify(a.cod, b.cod, span)  # type: ignore[attr-defined]
        elif isinstance(a, TFin):
            self.unify_expr(a.n, b.n, span)  # type: ignore[attr-defined]
        elif isinstance(a, (TStruct, TInd)):
            if a.name != b.name or len(a.args) != len(b.args):  # type: ignore[attr-defined]
                raise TypeMismatch(f"type mismatch: {show_ty(a)} vs {show_ty(b)}", span)
            for x, y in zip(a.args, b.args, strict=True):  # type: ignore[attr-defined]
                self.unify_expr(x, y, span)
        else:
            raise TypeMismatch(f"type mismatch: {show_ty(a)} vs {show_ty(b)}", span, types=(a, b))

    def _bind_ty(self, m: TMeta, t: Ty, span: Any) -> None:
        if _occurs(m.id, t, self):
            raise TypeMismatch("cyclic type (occurs check)", span)
        if m.id in self.numeral and not _numeral_ok(t):
            raise TypeMismatch(f"a numeral cannot have type {show_ty(t)}", span)
        if isinstance(t, TMeta) and m.id in self.numeral:
            self.numeral.add(t.id)
        self.types[m.id] = t

    def unify_expr(self, a: Expr, b: Expr, span: Any = None) -> None:
        """Unify two value expressions appearing in types (``Fin n`` vs ``Fin m``)."""
        a, b = self.expr(a), self.expr(b)
        if isinstance(a, TypeArg) and isinstance(b, TypeArg):
            self.unify(a.value, b.value, span)
            return
        if a == b or _same_value(a, b):
            return
        if isinstance(a, EMeta):
            self.exprs[a.id] = b
            return
        if isinstance(b, EMeta):
            self.exprs[b.id] = a
            return
        if (isinstance(a, Prim) and isinstance(b, Prim) and a.op == b.op
                and len(a.args) == len(b.args)):  # `Fin (?n + 1)` against `Fin (n + 1)`
            for x, y in zip(a.args, b.args, strict=True):
                self.unify_expr(x, y, span)
            return
        raise TypeMismatch(f"cannot tell {show_expr(a)} and {show_expr(b)} equal", span)

    # --- finishing ------------------------------------------------------------------------

    def final_ty(self, ty: Ty, span: Any = None) -> Ty:
        """Resolve fully; numeral metas default to ℕ, any other unsolved meta is an error."""
        ty = self.ty(ty)
        metas = _metas(ty)
        if not metas:
            return ty
        for m in metas:
            if m.id in self.numeral:
                self.types[m.id] = TNat()
            else:
                what = f" ({m.hint})" if m.hint else ""
                raise TypeMismatch(f"could not infer a type{what}", span)
        return self.ty(ty)

    def zonk(self, e: Expr) -> Expr:
        """Replace every metavariable in ``e`` (types included) by its solution."""
        return _zonk(e, self)


def _numeral_ok(t: Ty) -> bool:
    """A numeral may take this type (at a type variable, its classes are checked later)."""
    return isinstance(t, (TMeta, TNat, TInt, TFin, TRat, TReal, TFloat, TVar))


def _occurs(mid: int, t: Ty, s: Subst) -> bool:
    return any(m.id == mid for m in _metas(s.ty(t)))


def metas_of(t: Ty) -> list[TMeta]:
    """The metavariables occurring in a type (after resolution by the caller)."""
    return _metas(t)


def _metas(t: Ty) -> list[TMeta]:
    if isinstance(t, TMeta):
        return [t]
    if isinstance(t, (TList, TArray, TFinset, TOption)):
        return _metas(t.elem)
    if isinstance(t, TProd):
        return _metas(t.fst) + _metas(t.snd)
    if isinstance(t, TFun):
        return _metas(t.dom) + _metas(t.cod)
    if isinstance(t, TFin):
        return _metas(t.n.ty) if isinstance(t.n, EMeta) else []
    if isinstance(t, TInd):  # `Tree ?α`: the occurs check sees the argument
        return [m for a in t.args if isinstance(a, TypeArg) for m in _metas(a.value)]
    return []


def _same_value(a: Expr, b: Expr) -> bool:
    if isinstance(a, Lit) and isinstance(b, Lit):
        return bool(a.value == b.value)
    if isinstance(a, Var) and isinstance(b, Var):
        return a.name == b.name
    return False


def _zonk(e: Any, s: Subst) -> Any:
    if isinstance(e, EMeta):
        solved = s.expr(e)
        if isinstance(solved, EMeta):
            what = f" ({e.hint})" if e.hint else ""
            raise TypeMismatch(f"could not infer an implicit argument{what}", e.span)
        return _zonk(solved, s)
    if isinstance(e, Ty):
        return _zonk_ty(e, s)
    if isinstance(e, tuple):
        return tuple(_zonk(x, s) for x in e)
    if not isinstance(e, Expr) or not dataclasses.is_dataclass(e):
        return e
    out = map_node_types(map_children(e, lambda c: _zonk(c, s)), lambda t: _zonk_ty(t, s))
    if isinstance(out, Lit):
        return normalize_literal(out)
    return out


def _zonk_ty(t: Ty, s: Subst) -> Ty:
    t = s.final_ty(t)
    if isinstance(t, TFin):
        return TFin(_zonk(t.n, s))
    if isinstance(t, (TList, TArray, TFinset, TOption)):
        return type(t)(_zonk_ty(t.elem, s))
    if isinstance(t, TProd):
        return TProd(_zonk_ty(t.fst, s), _zonk_ty(t.snd, s))
    if isinstance(t, TFun):
        return TFun(_zonk_ty(t.dom, s), _zonk_ty(t.cod, s))
    if isinstance(t, (TStruct, TInd)) and t.args:
        return type(t)(t.name, tuple(_zonk(a, s) for a in t.args))
    return t


def normalize_literal(lit: Lit) -> Expr:
    """A numeral's value in its final type: Fraction at ℝ/ℚ, float at Float, mod n at Fin n.

    A numeral at ``Fin n`` with a symbolic ``n`` becomes the cast ``(k : ℕ) → Fin n``
    (``OfNat (Fin (n+1))`` reduces mod n); at ``Fin 0`` it does not exist in Lean.
    """
    ty, v = lit.ty, lit.value
    if isinstance(v, bool) or isinstance(v, str):
        return lit
    if isinstance(ty, (TReal, TRat)) and not isinstance(v, Fraction):
        return Lit(Fraction(v), ty, span=lit.span)
    if isinstance(ty, TFloat) and not isinstance(v, float):
        return Lit(lean_float(v), ty, span=lit.span)  # Lean's cut to 64 bits, then rounding
    if isinstance(ty, TFin):
        if isinstance(ty.n, Lit):
            n = int(ty.n.value)
            if n <= 0:
                raise Unsupported("numeral at Fin 0", lit.span, reason="Fin 0 has no values")
            return Lit(int(v) % n, ty, span=lit.span) if int(v) >= n else lit
        return Prim("cast", (Lit(int(v), TNat()),), ty, span=lit.span)
    return lit


def show_ty(t: Ty) -> str:
    """A short Lean spelling of a type, for messages."""
    names = {"TNat": "ℕ", "TInt": "ℤ", "TRat": "ℚ", "TReal": "ℝ", "TNNReal": "ℝ≥0",
             "TFloat": "Float",
             "TBool": "Bool", "TProp": "Prop", "TUnit": "Unit", "TString": "String",
             "TSort": "Type"}
    if type(t).__name__ in names:
        return names[type(t).__name__]
    if isinstance(t, TMeta):
        return f"?{t.hint or t.id}"
    if isinstance(t, TFin):
        return f"Fin {show_expr(t.n)}"
    if isinstance(t, (TList, TArray, TFinset, TOption)):
        head = {"TList": "List", "TArray": "Array", "TFinset": "Finset", "TOption": "Option"}
        inner = show_ty(t.elem)
        return f"{head[type(t).__name__]} {f'({inner})' if ' ' in inner else inner}"
    if isinstance(t, TProd):
        return f"({show_ty(t.fst)} × {show_ty(t.snd)})"
    if isinstance(t, TFun):
        return f"({show_ty(t.dom)} → {show_ty(t.cod)})"
    if isinstance(t, TStruct):
        return t.name.rsplit(".", 1)[-1]
    if isinstance(t, TInd) and t.args:
        shown = [show_ty(a.value) if isinstance(a, TypeArg) else show_expr(a) for a in t.args]
        return " ".join([t.name.rsplit(".", 1)[-1]]
                        + [f"({x})" if " " in x else x for x in shown])
    name = getattr(t, "name", None)
    return str(name) if name else type(t).__name__


def show_expr(e: Expr) -> str:
    """A short spelling of a value expression inside a type, for messages."""
    if isinstance(e, Var):
        return e.name
    if isinstance(e, Lit):
        return str(e.value)
    if isinstance(e, EMeta):
        return f"?{e.hint or e.id}"
    if isinstance(e, Prim):  # `(cast 2)`, `(add n 1)`: the operation, not a class name
        return "(" + " ".join((e.op, *(show_expr(a) for a in e.args))) + ")"
    return "an expression"
