"""Type classes on type variables: what each algebraic class provides and which laws it grants.

Why a table: a statement ``{α : Type} [AddCommMonoid α] (a b : α) : a + b = b + a`` claims the
law for *every* instance of the declared classes. The elaborator needs to know which operations
a class provides (``+`` needs ``Add``, the numeral ``0`` needs ``Zero``…), the symbolic side
which laws it may use (``[Add α]`` alone: ``+`` is an uninterpreted operation; ``[AddCommMonoid
α]``: associative, commutative, with ``0`` neutral; ``[CommRing α]``: polynomial identities),
and the numeric side at which lawful instances to test (``docs/typeclasses.md``).

Each class lists its parents (so ``CommRing`` provides ``+``, ``*``, ``-``, ``0``, ``1``) and
its *theory*: the strongest symbolic reading that is valid in every instance of the class.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jepa_formal.mirror.core.terms import RELATION_TABLE, TArray, TList, TVar, Ty

# op names are core ``Prim`` ops; "zero"/"one"/"numeral" stand for the literals 0, 1, n ≥ 2
_PARENTS: dict[str, tuple[str, ...]] = {
    "Add": (), "Zero": (), "Mul": (), "One": (), "Neg": (), "Sub": (), "Div": (), "Inv": (),
    "LE": (), "LT": (), "Max": (), "Min": (), "NatCast": (), "IntCast": (),
    "CharZero": (),  # a property (the cast ℕ → α is injective): no operation, no reading
    "AddSemigroup": ("Add",), "AddCommSemigroup": ("AddSemigroup",),
    "AddZeroClass": ("Add", "Zero"),
    "AddMonoid": ("AddSemigroup", "AddZeroClass"),
    "AddCommMonoid": ("AddMonoid", "AddCommSemigroup"),
    "AddGroup": ("AddMonoid", "Neg", "Sub"), "AddCommGroup": ("AddGroup", "AddCommMonoid"),
    "Semigroup": ("Mul",), "MulOneClass": ("Mul", "One"), "Monoid": ("Semigroup", "MulOneClass"),
    "CommMonoid": ("Monoid",),
    "Group": ("Monoid", "Inv", "Div"),
    "AddMonoidWithOne": ("AddMonoid", "One", "NatCast"),
    "AddCommMonoidWithOne": ("AddMonoidWithOne", "AddCommMonoid"),
    "AddGroupWithOne": ("AddMonoidWithOne", "AddGroup", "IntCast"),
    "AddCommGroupWithOne": ("AddGroupWithOne", "AddCommGroup"),
    "Semiring": ("AddCommMonoid", "Monoid", "AddCommMonoidWithOne"),
    "CommSemiring": ("Semiring", "CommMonoid"),
    "Ring": ("Semiring", "AddCommGroupWithOne"), "CommRing": ("Ring", "CommSemiring"),
    "DivisionRing": ("Ring", "Div", "Inv"), "Field": ("DivisionRing", "CommRing"),
    "Preorder": ("LE", "LT"), "PartialOrder": ("Preorder",),
    "LinearOrder": ("PartialOrder", "Max", "Min"),
    "OrderedAddCommMonoid": ("AddCommMonoid", "PartialOrder"),
    "OrderedCancelAddCommMonoid": ("OrderedAddCommMonoid",),
    "OrderedAddCommGroup": ("OrderedCancelAddCommMonoid", "AddCommGroup"),
    "OrderedSemiring": ("Semiring", "OrderedAddCommMonoid"),
    "OrderedCommSemiring": ("OrderedSemiring", "CommSemiring"),
    "OrderedRing": ("Ring", "OrderedAddCommGroup", "OrderedSemiring"),
    "OrderedCommRing": ("OrderedRing", "CommRing"),
    "LinearOrderedAddCommMonoid": ("OrderedAddCommMonoid", "LinearOrder"),
    "LinearOrderedAddCommGroup": ("OrderedAddCommGroup", "LinearOrderedAddCommMonoid"),
    "LinearOrderedRing": ("OrderedRing", "LinearOrderedAddCommGroup", "CharZero"),
    "LinearOrderedCommRing": ("LinearOrderedRing", "CommRing"),
    "LinearOrderedField": ("LinearOrderedCommRing", "Field"),
}
"""Every algebraic/order class modelled, with its direct parents."""

NEUTRAL_CLASSES = frozenset({
    "DecidableEq", "Inhabited", "Nonempty", "Repr", "BEq", "Hashable", "ToString",
    "DecidableRel", "Fintype", "Finite", "Countable", "LawfulBEq",
})
"""Classes that add no operation used by the modelled terms and no law the checker relies on
(every test instance has them): accepted and ignored."""

_PROVIDES: dict[str, frozenset[str]] = {
    "Add": frozenset({"add"}), "Zero": frozenset({"zero"}), "Mul": frozenset({"mul"}),
    "One": frozenset({"one"}), "Neg": frozenset({"neg"}), "Sub": frozenset({"sub"}),
    "Div": frozenset({"div"}), "Inv": frozenset({"inv"}),
    "LE": frozenset(op for op, r in RELATION_TABLE.items() if r.order and not r.strict),
    "LT": frozenset(op for op, r in RELATION_TABLE.items() if r.strict),
    "Max": frozenset({"max"}), "Min": frozenset({"min"}),
    "AddMonoid": frozenset({"nsmul"}), "AddGroup": frozenset({"zsmul"}),
    "AddCommMonoid": frozenset({"sum"}),
    "NatCast": frozenset({"natCast"}), "IntCast": frozenset({"intCast"}),
    "Monoid": frozenset({"pow"}), "CommMonoid": frozenset({"prod"}),
    "AddMonoidWithOne": frozenset({"numeral"}),
}
"""The operations each class adds (beyond its parents'); ``sum``/``prod`` are ``∑``/``∏``."""


def closure(classes: Iterable[str]) -> frozenset[str]:
    """The classes with all their ancestors."""
    out: set[str] = set()
    stack = list(classes)
    while stack:
        c = stack.pop()
        if c in out:
            continue
        out.add(c)
        stack.extend(_PARENTS.get(c, ()))
    return frozenset(out)


def is_known(cls: str) -> bool:
    return cls in _PARENTS or cls in NEUTRAL_CLASSES


def provides(classes: Iterable[str]) -> frozenset[str]:
    """The operations available on a type variable with these classes."""
    out: set[str] = set()
    for c in closure(classes):
        out |= _PROVIDES.get(c, frozenset())
    if {"add", "zero"} <= out:
        out.add("List.sum")  # List.sum {α} [Add α] [Zero α]: a right fold, no law needed
    if {"mul", "one"} <= out:
        out.add("List.prod")
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Theory:
    """The symbolic reading of a type variable's operations that every instance satisfies.

    ``add``: ``"free"`` (an uninterpreted operation), ``"comm"`` (SymPy's ``+``: associative,
    commutative, ``0`` neutral; identities of the free commutative monoid), or ``"ring"``
    (also ``-`` and negation: an abelian group). ``mul``: ``"free"`` or ``"comm"`` (SymPy's
    ``*`` with distributivity: only in a commutative (semi)ring). Order relations are always
    uninterpreted symbolically.
    """

    add: str = "free"
    mul: str = "free"


def theory(classes: Iterable[str]) -> Theory:
    """The strongest symbolic reading valid in every instance of ``classes``."""
    cl = closure(classes)
    add = "free"
    if "AddCommMonoid" in cl:
        add = "ring" if "AddCommGroup" in cl else "comm"
    mul = "comm" if ({"CommSemiring"} & cl) else "free"
    return Theory(add, mul)


def parse_constraint(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``"AddCommMonoid α"`` → ``("AddCommMonoid", ("α",))``; ``"inst : Add α"`` likewise;
    None when the text is not a class applied to names."""
    if ":" in text:
        text = text.split(":", 1)[1]
    words = text.replace("(", " ").replace(")", " ").split()
    if not words:
        return None
    return words[0].rsplit(".", 1)[-1], tuple(words[1:])


def unknown_classes(constraints: Iterable[str]) -> dict[str, set[str]]:
    """Type-variable name → declared classes this table does not model (``IsDomain``,
    ``CharZero``…): their axioms are unknown, so no instance can be trusted to satisfy them."""
    out: dict[str, set[str]] = {}
    for text in constraints:
        parsed = parse_constraint(text)
        if parsed is None:
            continue
        cls, args = parsed
        if len(args) == 1 and not is_known(cls):
            out.setdefault(args[0], set()).add(cls)
    return out


def classes_of(constraints: Iterable[str]) -> dict[str, frozenset[str]]:
    """Type-variable name → its declared classes (closed under parents), from a law's
    instance constraints as written."""
    out: dict[str, set[str]] = {}
    for text in constraints:
        parsed = parse_constraint(text)
        if parsed is None:
            continue
        cls, args = parsed
        if len(args) == 1 and (cls in _PARENTS or cls in NEUTRAL_CLASSES):
            out.setdefault(args[0], set()).add(cls)
    return {k: closure(v) for k, v in out.items()}


CLASS_OPS = frozenset({"add", "sub", "mul", "div", "neg", "inv", "pow", "max", "min",
                       "le", "lt", "ge", "gt", "List.sum", "List.prod", "cast", "smul"})
"""Ops that at a type variable mean the operation of its instance (``cast``: ``Nat.cast`` or
``Int.cast`` into it; ``smul``: ``n • x`` with a natural or integer ``n``)."""


def class_var(op: str, arg_tys: Sequence[Ty], ty: Ty) -> TVar | None:
    """The type variable whose instance gives ``op`` its meaning (None: not a class op)."""
    if op not in CLASS_OPS:
        return None
    if op == "cast":  # into the type variable (a cast out of it is not modelled)
        return ty if isinstance(ty, TVar) else None
    if op == "smul":  # `n • x`: the instance of x's type
        return arg_tys[1] if len(arg_tys) == 2 and isinstance(arg_tys[1], TVar) else None
    if op in ("List.sum", "List.prod"):
        elem = arg_tys[0]
        inner = elem.elem if isinstance(elem, (TList, TArray)) else None
        return inner if isinstance(inner, TVar) else None
    first = arg_tys[0] if arg_tys else ty
    return first if isinstance(first, TVar) else None



__all__ = [
    "CLASS_OPS",
    "NEUTRAL_CLASSES",
    "Theory",
    "class_var",
    "classes_of",
    "closure",
    "is_known",
    "parse_constraint",
    "provides",
    "theory",
]
