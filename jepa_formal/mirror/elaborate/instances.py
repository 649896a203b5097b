"""Instance binders ``[C args]`` of a theorem: the hypothesis each one stands for, or a refusal.

Why: an instance binder is an assumption. ``theorem one_pos' [NeZero n] : (0 : Fin (n+1)) < 1``
holds only because Lean has no ``NeZero 0`` instance; dropping the binder turns a true theorem
into a refuted one. So every instance binder of a theorem is read here into one of:

* **hypotheses** – classes that are propositions in disguise (``NeZero n`` is ``n ≠ 0``,
  ``Fact p`` is ``p``, ``Nat.AtLeastTwo n`` is ``2 ≤ n``, ``Nonempty (Fin n)`` is ``0 < n``…),
  given to the prover as assumptions and to the search as constraints it builds instances for;
* **nothing** – classes that constrain no value the mirror computes (``DecidableEq``,
  ``Decidable p``, ``LawfulBEq``, ``Repr``…; ``BEq α`` is noted so that ``==`` at ``α`` can be
  refused when it is not lawful);
* **a constraint on a type variable** – the algebraic classes (``[Add α]``,
  ``[AddCommMonoid α]``…) of type-class-generic statements: recorded for whoever models them
  (any use of their operations on ``α`` is refused by the elaborator until then);
* **unsupported**, naming the class – anything else (``[FunLike F ℕ R]``, a local instance
  ``[Add ℕ]`` that would replace Lean's own ``+``), never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    Expr,
    Lit,
    Prim,
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TOption,
    TProd,
    TProp,
    TRat,
    TReal,
    TSort,
    TString,
    TUnit,
    TVar,
    Ty,
)
from jepa_formal.mirror.core.unify import TMeta, show_ty
from jepa_formal.reader import print_term, syntax

if TYPE_CHECKING:
    from jepa_formal.mirror.elaborate.context import Ctx
    from jepa_formal.mirror.elaborate.elaborator import Elaborator


NO_CONSTRAINT_CLASSES: frozenset[str] = frozenset({
    "DecidableEq", "Decidable", "DecidablePred", "DecidableRel", "DecidableLE", "DecidableLT",
    "LawfulBEq", "ReflBEq", "EquivBEq", "Hashable", "LawfulHashable", "Repr", "ToString",
    "ToFormat", "Std.ToFormat", "Ord", "Lean.ToJson", "Lean.FromJson", "Encodable",
    "Countable",
})
"""Classes that constrain no value the mirror computes: their instances are data (a decision
procedure, a printer) or a fact about equality the mirror already uses (``LawfulBEq``)."""

BEQ_CLASSES: frozenset[str] = frozenset({"BEq"})
"""``[BEq α]``: constrains nothing by itself, but makes ``==`` at ``α`` an arbitrary Boolean
function unless ``[LawfulBEq α]`` (or ``[DecidableEq α]``) is bound too; noted for that check."""

GENERIC_CLASSES: frozenset[str] = frozenset({
    # operations
    "Add", "Mul", "Sub", "Neg", "Div", "Inv", "Zero", "One", "Pow", "SMul", "HAdd", "HMul",
    "LE", "LT", "Max", "Min", "Abs", "Sup", "Inf", "Bot", "Top", "NatCast", "IntCast",
    # algebra
    "AddSemigroup", "AddCommSemigroup", "AddMonoid", "AddCommMonoid", "AddGroup",
    "AddCommGroup", "Semigroup", "CommSemigroup", "Monoid", "CommMonoid", "Group", "CommGroup",
    "MulZeroClass", "MonoidWithZero", "Semiring", "CommSemiring", "Ring", "CommRing",
    "NonUnitalNonAssocSemiring", "NonAssocSemiring", "DivisionRing", "Field", "AddZeroClass",
    "MulOneClass", "AddLeftCancelMonoid", "AddRightCancelMonoid", "AddCancelCommMonoid",
    "IsDomain", "NoZeroDivisors", "CharZero",
    # order
    "Preorder", "PartialOrder", "LinearOrder", "Lattice", "SemilatticeSup", "SemilatticeInf",
    "OrderedAddCommMonoid", "OrderedCancelAddCommMonoid", "OrderedSemiring",
    "OrderedCommSemiring", "OrderedRing", "OrderedCommRing", "OrderedField",
    "LinearOrderedAddCommMonoid", "LinearOrderedAddCommGroup", "LinearOrderedSemiring",
    "LinearOrderedCommSemiring", "LinearOrderedRing", "LinearOrderedCommRing",
    "LinearOrderedField", "StrictOrderedSemiring", "StrictOrderedRing", "CanonicallyOrderedAdd",
    "IsOrderedAddMonoid", "IsStrictOrderedRing", "IsOrderedRing", "ConditionallyCompleteLattice",
    "ConditionallyCompleteLinearOrder", "DistribLattice", "OrderBot", "OrderTop",
    "ExistsAddOfLE", "CovariantClass", "ContravariantClass",
})
"""Algebraic and order classes of type-class-generic statements (``{α} [AddCommMonoid α]``):
legitimate on a type variable, modelled (or refused at their first use) by the elaborator of
type-class-generic statements; on a concrete type they would be a local instance overriding
Lean's own and are refused."""


@dataclass(frozen=True, slots=True)
class InstanceReading:
    """What one instance binder means for a theorem: hypotheses (Prop core exprs, with their
    source text), a recorded constraint, and the ``(class, type variable)`` fact it provides."""

    hypotheses: tuple[Expr, ...] = ()
    constraint: str | None = None
    fact: tuple[str, str] | None = None


Builder = Callable[["Elaborator", tuple[syntax.Term, ...], "Ctx", Any], tuple[Expr, ...]]


def _arity(name: str, args: tuple[syntax.Term, ...], k: int, span: Any) -> None:
    if len(args) != k:
        raise Unsupported(f"instance binder [{name}] with {len(args)} arguments", span,
                          reason=f"the class takes {k}")


def _value_arg(el: Elaborator, arg: syntax.Term, ctx: Ctx) -> Expr:
    """A class's value argument; an unbound plain name is auto-bound (``[NeZero n]`` with no
    ``n`` in scope binds ``n``, as Lean's auto-bound implicits do)."""
    if (isinstance(arg, syntax.Ident) and arg.name not in ctx and el.may_auto_bind(arg.name)
            and (el.env is None or el.env.resolve(arg.name, el.decl) is None)):
        var = el.auto_var(arg.name)
        ctx[arg.name] = var
        return var
    return el.elab(arg, None, ctx)


def _zero_of(el: Elaborator, x: Expr, span: Any) -> Expr:
    ty = el.s.ty(x.ty)
    if isinstance(ty, TMeta):
        return Lit(0, ty, span=span)
    if not isinstance(ty, (TNat, TInt, TRat, TReal, TFin)):
        raise Unsupported(f"instance binder [NeZero _] at type {show_ty(ty)}", span,
                          reason="NeZero is modelled on ℕ, ℤ, ℚ, ℝ and Fin n")
    return Lit(0, ty, span=span)


def _ne_zero(el: Elaborator, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any
             ) -> tuple[Expr, ...]:
    _arity("NeZero", args, 1, span)
    x = _value_arg(el, args[0], ctx)
    return (Prim("ne", (x, _zero_of(el, x, span)), TProp(), span=span),)


def _fact(el: Elaborator, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any
          ) -> tuple[Expr, ...]:
    _arity("Fact", args, 1, span)
    return (el.as_prop(el.elab(args[0], TProp(), ctx), span),)


def _at_least_two(el: Elaborator, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any
                  ) -> tuple[Expr, ...]:
    _arity("Nat.AtLeastTwo", args, 1, span)
    n = el.coerce(_value_arg(el, args[0], ctx), TNat(), span)
    return (Prim("le", (Lit(2, TNat(), span=span), n), TProp(), span=span),)


def _type_arg(el: Elaborator, name: str, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any
              ) -> Ty:
    _arity(name, args, 1, span)
    return el.s.ty(el.elab_type(args[0], ctx))


def nonempty_conditions(ty: Ty, span: Any) -> tuple[Expr, ...]:
    """Propositions that hold exactly when ``ty`` has an element (refuses types where no
    exact condition is modelled: a sufficient one would strengthen the theorem)."""
    if isinstance(ty, TFin):
        return (Prim("lt", (Lit(0, TNat(), span=span), ty.n), TProp(), span=span),)
    if isinstance(ty, (TNat, TInt, TRat, TReal, TFloat, TBool, TUnit, TString, TProp, TList,
                       TArray, TOption, TFinset)):
        return ()
    if isinstance(ty, TVar):
        return ()  # a type variable is instantiated with nonempty types only (Fin k, k ≥ 1)
    if isinstance(ty, TProd):
        return nonempty_conditions(ty.fst, span) + nonempty_conditions(ty.snd, span)
    if isinstance(ty, TFun) and not nonempty_conditions(ty.cod, span):
        return ()
    raise Unsupported(f"instance binder [Nonempty {_paren(ty)}]", span,
                      reason="whether this type has an element is not modelled")


def finite_conditions(ty: Ty, span: Any) -> tuple[Expr, ...]:
    """``Fintype``/``Finite``: nothing for a finite type; refused for an infinite one (no
    instance exists, so the theorem is vacuous: say so rather than check it)."""
    if isinstance(ty, (TFin, TBool, TUnit, TVar)):
        return ()  # a type variable is instantiated with finite types (Fin k) only
    if isinstance(ty, TProd):
        return finite_conditions(ty.fst, span) + finite_conditions(ty.snd, span)
    if isinstance(ty, TOption):
        return finite_conditions(ty.elem, span)
    if isinstance(ty, TFun):
        return finite_conditions(ty.dom, span) + finite_conditions(ty.cod, span)
    raise Unsupported(f"instance binder [Fintype {_paren(ty)}]", span,
                      reason="this type is infinite: Lean has no such instance, the theorem "
                      "cannot be applied")


def _nonempty(el: Elaborator, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any
              ) -> tuple[Expr, ...]:
    return nonempty_conditions(_type_arg(el, "Nonempty", args, ctx, span), span)


def _finite(el: Elaborator, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any
            ) -> tuple[Expr, ...]:
    return finite_conditions(_type_arg(el, "Fintype", args, ctx, span), span)


def _nontrivial(el: Elaborator, args: tuple[syntax.Term, ...], ctx: Ctx, span: Any
                ) -> tuple[Expr, ...]:
    ty = _type_arg(el, "Nontrivial", args, ctx, span)
    if isinstance(ty, TFin):
        return (Prim("le", (Lit(2, TNat(), span=span), ty.n), TProp(), span=span),)
    if isinstance(ty, (TNat, TInt, TRat, TReal, TBool, TList, TOption)):
        return ()
    raise Unsupported(f"instance binder [Nontrivial {_paren(ty)}]", span,
                      reason="whether this type has two distinct elements is not modelled")


PROP_CLASSES: dict[str, Builder] = {
    "NeZero": _ne_zero,
    "Fact": _fact,
    "Nat.AtLeastTwo": _at_least_two,
    "AtLeastTwo": _at_least_two,
    "Nonempty": _nonempty,
    "Inhabited": _nonempty,
    "Fintype": _finite,
    "Finite": _finite,
    "Nontrivial": _nontrivial,
}
"""Classes that are propositions in disguise, each with the hypotheses it stands for."""

_DOT_CLASSES = {"AtLeastTwo": "Nat.AtLeastTwo"}
"""``[n.AtLeastTwo]``: a class written with dot notation on its argument."""


def _head(term: syntax.Term, ctx: Ctx) -> tuple[str, tuple[syntax.Term, ...]]:
    """The class name and arguments of an instance binder's type."""
    if isinstance(term, syntax.App) and isinstance(term.fn, syntax.Ident):
        return term.fn.name, term.args
    if isinstance(term, syntax.Ident):
        head, _, last = term.name.rpartition(".")
        if head and head.split(".")[0] in ctx and last in _DOT_CLASSES:
            return _DOT_CLASSES[last], (syntax.Ident(head, span=term.span),)
        return term.name, ()
    return "", ()


def _strip_root(name: str) -> str:
    return name[len("_root_."):] if name.startswith("_root_.") else name


def instance_fact(binder: syntax.Binder, ctx: Ctx) -> tuple[str, str] | None:
    """``(class, type variable)`` for an instance binder ``[C α]`` on a type variable in scope
    (``("DecidableEq", "α")``): what ``==``/``decide`` at ``α`` may rely on."""
    if binder.type is None:
        return None
    name, args = _head(binder.type, ctx)
    if len(args) == 1 and isinstance(args[0], syntax.Ident):
        tv = ctx.get(args[0].name)
        if isinstance(tv, TVar):
            return _strip_root(name), tv.name
    return None


def read_instance(el: Elaborator, binder: syntax.Binder, ctx: Ctx) -> InstanceReading:
    """The meaning of the instance binder ``binder`` of a theorem (see the module doc)."""
    span = binder.span
    term = binder.type
    if term is None:
        raise Unsupported("instance binder without a class", span)
    body = term
    while isinstance(body, syntax.Quant) and body.kind == "∀":  # [∀ i, Decidable (p i)]
        body = body.body
    name, args = _head(body, ctx)
    name = _strip_root(name)
    text = _print(term)
    if body is not term:
        if name in NO_CONSTRAINT_CLASSES:
            return InstanceReading()
        raise Unsupported(f"instance binder [{text}]", span,
                          reason="a quantified instance binder is not modelled")
    if name in PROP_CLASSES:
        return InstanceReading(PROP_CLASSES[name](el, args, ctx, span), text)
    if name in NO_CONSTRAINT_CLASSES:
        return InstanceReading(constraint=text)
    if name in BEQ_CLASSES or name in GENERIC_CLASSES:
        tv = _type_variable_arg(el, name, args, ctx, span, text)
        return InstanceReading(constraint=text, fact=(name, tv))
    raise Unsupported(f"instance binder [{text}]", span,
                      reason=f"the class {name or text} is not modelled: what it assumes "
                      "cannot be checked")


def _type_variable_arg(el: Elaborator, name: str, args: tuple[syntax.Term, ...], ctx: Ctx,
                       span: Any, text: str) -> str:
    if len(args) == 1:
        ty = el.s.ty(el.elab_type(args[0], ctx))
        if isinstance(ty, TVar):
            return ty.name
        if isinstance(ty, TSort):
            raise Unsupported(f"instance binder [{text}]", span)
        raise Unsupported(f"instance binder [{text}] on {show_ty(ty)}", span,
                          reason="a local instance would replace Lean's own for this type")
    raise Unsupported(f"instance binder [{text}]", span,
                      reason=f"{name} with {len(args)} arguments is not modelled")


def _paren(ty: Ty) -> str:
    text = show_ty(ty)
    return f"({text})" if " " in text else text


def _print(term: syntax.Term) -> str:
    return print_term(term)


__all__ = [
    "BEQ_CLASSES",
    "GENERIC_CLASSES",
    "NO_CONSTRAINT_CLASSES",
    "PROP_CLASSES",
    "InstanceReading",
    "finite_conditions",
    "nonempty_conditions",
    "read_instance",
]
