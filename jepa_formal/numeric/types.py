"""Resolved types: a binder's Lean type with every size and type variable made concrete.

Why: ``List (Fin n)`` means a different set of values for each drawn ``n``, and ``α`` a
different one for each instantiation of ``α``. Generation, enumeration, shrinking and sizing
all work on *resolved* types, where every ``Fin`` has a literal size, every type variable is
replaced by its instantiation ``Fin k``, and a structure is the list of its resolved fields.
Resolving happens per instance, in binder order, so that later binders see earlier values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.concrete.models import TModel, model_carrier
from jepa_formal.mirror.core.terms import (
    Expr,
    Lit,
    TArray,
    TBool,
    TFin,
    TFinset,
    TFun,
    TInd,
    TList,
    TNat,
    TOption,
    TProd,
    TSort,
    TStruct,
    TUnit,
    TVar,
    Ty,
    TypeArg,
    Var,
    contains_function,
    type_parts,
    uncurry,
)
from jepa_formal.numeric.backend import Backend

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.core.terms import Law


@dataclass(frozen=True, slots=True)
class RStruct(Ty):
    """A resolved structure type: its full name and its fields' resolved types in order."""

    name: str
    fields: tuple[tuple[str, Ty], ...]


@dataclass(frozen=True, slots=True)
class RInd(Ty):
    """A resolved inductive type: its constructors with resolved field types; a recursive
    field keeps the type ``TInd(name)`` (drawn by this same type, one level deeper)."""

    name: str
    ctors: tuple[tuple[str, tuple[tuple[str, Ty], ...]], ...]


def fin(k: int) -> TFin:
    """The resolved type ``Fin k`` (also the instantiation of a type variable)."""
    return TFin(Lit(k, TNat()))


def fin_size(ty: Ty) -> int:
    """The literal size of a resolved ``Fin`` (of an instance's carrier: its size, or 4 for
    an infinite one, as a measure for shrinking)."""
    if isinstance(ty, TModel):
        return ty.spec.size or 4
    assert isinstance(ty, TFin)
    n = ty.n
    assert isinstance(n, Lit)
    return int(n.value)


def is_closed(ty: Ty) -> bool:
    """True when ``ty`` needs no resolution (no Fin of a variable, no type variable, no struct)."""
    if isinstance(ty, TFin):
        return isinstance(ty.n, Lit)
    if isinstance(ty, (TVar, TStruct, TInd)):
        return False
    return all(is_closed(t) for t in type_parts(ty))


def type_deps(ty: Ty) -> frozenset[str]:
    """Names a type depends on: binders in ``Fin`` sizes and structure arguments, and type
    variables (whose instantiations are bound under their names)."""
    from jepa_formal.numeric.exprs import free_vars

    if isinstance(ty, TFin):
        return free_vars(ty.n)
    if isinstance(ty, TVar):
        return frozenset({ty.name})
    if isinstance(ty, (TList, TArray, TFinset, TOption)):
        return type_deps(ty.elem)
    if isinstance(ty, TProd):
        return type_deps(ty.fst) | type_deps(ty.snd)
    if isinstance(ty, TFun):
        return type_deps(ty.dom) | type_deps(ty.cod)
    if isinstance(ty, (TStruct, TInd)):
        out: frozenset[str] = frozenset()
        for a in ty.args:
            out |= type_deps(a.value) if isinstance(a, TypeArg) else free_vars(a)
        return out
    return frozenset()


@dataclass(frozen=True, slots=True)
class Resolver:
    """Resolves types against the binder values of one instance (``bindings``)."""

    backend: Backend
    env: Env

    def size(self, n: Expr, bindings: Mapping[str, Any]) -> int:
        """The value of a ``Fin`` size expression (a literal, a binder, or any ℕ term)."""
        if isinstance(n, Lit):
            return int(n.value)
        if isinstance(n, Var) and n.name in bindings:
            return int(bindings[n.name])
        return int(self.backend.evaluate(n, self.env, bindings))

    def resolve(self, ty: Ty, bindings: Mapping[str, Any]) -> Ty:
        """``ty`` with every ``Fin`` size, type variable and structure made concrete."""
        if isinstance(ty, TFin):
            return ty if isinstance(ty.n, Lit) else fin(max(self.size(ty.n, bindings), 0))
        if isinstance(ty, TVar):
            inst = bindings.get(ty.name)
            if not isinstance(inst, Ty):
                raise Unsupported(f"type variable {ty.name} without an instantiation")
            carrier = model_carrier(inst)
            return inst if carrier is None else carrier
        if isinstance(ty, TList):
            return TList(self.resolve(ty.elem, bindings))
        if isinstance(ty, TArray):
            return TArray(self.resolve(ty.elem, bindings))
        if isinstance(ty, TFinset):
            return TFinset(self.resolve(ty.elem, bindings))
        if isinstance(ty, TOption):
            return TOption(self.resolve(ty.elem, bindings))
        if isinstance(ty, TProd):
            return TProd(self.resolve(ty.fst, bindings), self.resolve(ty.snd, bindings))
        if isinstance(ty, TFun):
            return TFun(self.resolve(ty.dom, bindings), self.resolve(ty.cod, bindings))
        if isinstance(ty, TStruct):
            return self._struct(ty, bindings)
        if isinstance(ty, TInd):
            return self._inductive(ty, bindings)
        return ty

    def _inductive(self, ty: TInd, bindings: Mapping[str, Any]) -> RInd:
        """The constructors with resolved field types; the parameters (``Tree α``) are bound
        to the resolved arguments, a recursive field stays the marker ``TInd(name)``
        (parameters are uniform, so it is this same resolved type)."""
        name = ty.name
        if self.env is None:
            raise Unsupported(f"inductive {name} without an environment")
        info = self.env.inductive(name)
        inner = self._param_bindings(info.params, ty.args, bindings)
        rec = TInd(name)
        ctors = tuple(
            (c, tuple((f, rec if isinstance(t, TInd) and t.name == name
                       else self.resolve(t, inner)) for f, t in fields))
            for c, fields in info.ctors
        )
        return RInd(name, ctors)

    def _param_bindings(self, params: tuple[Var, ...], args: tuple[Expr, ...],
                        bindings: Mapping[str, Any]) -> dict[str, Any]:
        """The parameters of a structure or an inductive bound to resolved arguments: a type
        argument to its resolved type, a value argument (a size) to its number."""
        inner: dict[str, Any] = {}
        for param, arg in zip(params, args, strict=False):
            if isinstance(param.ty, TSort) or isinstance(arg, TypeArg):
                value = arg.value if isinstance(arg, TypeArg) else arg
                if isinstance(value, Ty):
                    value = self.resolve(value, bindings)
                inner[param.name] = value
            else:
                inner[param.name] = self.size(arg, bindings)
        return inner

    def _struct(self, ty: TStruct, bindings: Mapping[str, Any]) -> RStruct:
        if self.env is None:
            raise Unsupported(f"structure {ty.name} without an environment")
        try:
            info = self.env.structure(ty.name)
        except KeyError as err:
            raise Unsupported(f"structure {ty.name}", reason="not declared in the specs") from err
        inner = self._param_bindings(info.params, ty.args, bindings)
        fields = tuple((name, self.resolve(fty, inner)) for name, fty in info.fields)
        return RStruct(ty.name, fields)



def finite_domain(ty: Ty, limit: int = 4096) -> tuple[Any, ...] | None:
    """Every value of a resolved finite type, in a fixed order, or None (infinite or too big)."""
    if isinstance(ty, TFin):
        k = fin_size(ty)
        return tuple(range(k)) if k <= limit else None
    if isinstance(ty, TBool):
        return (False, True)
    if isinstance(ty, TUnit):
        return ((),)
    if isinstance(ty, RInd) and all(not fields for _, fields in ty.ctors):
        from jepa_formal.mirror.core.values import StructValue

        return tuple(StructValue(c, ()) for c, _ in ty.ctors)
    if isinstance(ty, TProd):
        a = finite_domain(ty.fst, limit)
        b = finite_domain(ty.snd, limit)
        if a is None or b is None or len(a) * len(b) > limit:
            return None
        return tuple((x, y) for x in a for y in b)
    if isinstance(ty, TOption):
        from jepa_formal.mirror.core.values import Some

        inner = finite_domain(ty.elem, limit)
        if inner is None or len(inner) + 1 > limit:
            return None
        return (None, *(Some(v) for v in inner))
    return None


def holds_function(ty: Ty) -> bool:
    """Whether a value of the resolved type ``ty`` may hold a function (see
    ``terms.contains_function``): a table keyed by such values would compare its keys by
    form, not extensionally, so the generator draws only constant tables out of them."""

    def fields(t: Ty) -> tuple[Ty, ...] | None:
        if isinstance(t, RStruct):
            return tuple(ft for _, ft in t.fields)
        if isinstance(t, RInd):
            return tuple(ft for _, fs in t.ctors for _, ft in fs)
        return None

    return contains_function(ty, fields)


def is_empty(ty: Ty) -> bool:
    """True for a resolved type with no values (``Fin 0``, or a product/struct containing one)."""
    if isinstance(ty, TFin):
        return fin_size(ty) == 0
    if isinstance(ty, TProd):
        return is_empty(ty.fst) or is_empty(ty.snd)
    if isinstance(ty, RStruct):
        return any(is_empty(t) for _, t in ty.fields)
    if isinstance(ty, TFun):
        doms, cod = uncurry(ty)
        return is_empty(cod) and not any(is_empty(d) for d in doms)
    return False


def law_models(law: Law) -> dict[str, tuple[Ty, ...]]:
    """The instances at which each class-constrained type variable of ``law`` is tested
    (``[AddCommMonoid α]``: ℤ, ℕ, ``max`` on ``Fin 4``…; see ``mirror/concrete/models.py``).
    A type variable with no algebraic class stays ``Fin k``. Only finite instances when the
    law ranges over all of ``α`` (``∀ x : α`` unbounded, ``∑ x : α``)."""
    from jepa_formal.mirror.concrete.models import models_for
    from jepa_formal.mirror.core.classes import NEUTRAL_CLASSES, classes_of, unknown_classes
    from jepa_formal.mirror.core.terms import BigOp, Quant, subterms

    declared = classes_of(law.instance_constraints)
    unknown = unknown_classes(law.instance_constraints)
    out: dict[str, tuple[Ty, ...]] = {}
    for b in law.binders:
        if isinstance(b.ty, TSort) and unknown.get(b.name) and declared.get(b.name):
            raise Unsupported(f"[{sorted(unknown[b.name])[0]} {b.name}]",
                              reason="no test instance is known to satisfy this class")
        classes = declared.get(b.name)
        if not isinstance(b.ty, TSort) or not classes or classes <= NEUTRAL_CLASSES:
            continue
        ranged = any(
            isinstance(e, (Quant, BigOp)) and getattr(e, "bound", None) is None
            and getattr(e, "domain", None) is None and b.name in type_deps(e.var.ty)
            for e in subterms(law)
        )
        models = models_for(classes - NEUTRAL_CLASSES, finite=ranged)
        if not models:
            raise Unsupported(f"instances of {', '.join(sorted(classes))} on {b.name}",
                              reason="no modelled lawful instance has all these classes")
        out[b.name] = models
    return out
