"""Lean-like printing of SymPy terms of the list algebra, for proof steps.

Why a printer of our own: SymPy would print ``ListSum(Lambda(i, f(i)), Append(xs, ys))``; the
user reads Lean, so a step shows ``((xs ++ ys).map fun i => f i).sum``. Bound variables print
without the ``·N`` suffix the translator uses to keep them distinct.
"""

from __future__ import annotations

import re

from sympy import Basic, Lambda
from sympy.core.function import AppliedUndef
from sympy.printing.str import StrPrinter

from jepa_formal.mirror import symbolic as S
from jepa_formal.mirror.symbolic import lists as L

_SIMPLE = re.compile(r"^[\w.·'₀-₉]+$|^\[.*\]$|^\(.*\)$")


class LeanPrinter(StrPrinter):
    """Prints list-algebra terms in Lean syntax; everything else as SymPy does."""

    def _atom(self, e: Basic) -> str:
        text = self._print(e)
        if _SIMPLE.match(text) and _balanced(text):
            return text
        return f"({text})"

    def _print_Symbol(self, e: Basic) -> str:
        return _clean(e.name)

    _print_ListSymbol = _print_Symbol

    def _print_Lambda(self, e: Lambda) -> str:
        if isinstance(e.expr, (AppliedUndef, S.BoolApp)) and e.expr.args == e.variables:
            return _clean(type(e.expr).__name__)  # eta: fun x => f x is f
        names = " ".join(self._print(v) for v in e.variables)
        return f"fun {names} => {self._print(e.expr)}"

    def _fun(self, f: Basic) -> str:
        text = self._print(f)
        return f"({text})" if text.startswith("fun ") else text

    def _print_AppliedUndef(self, e: Basic) -> str:
        name = _clean(type(e).__name__).rsplit(".", 1)[-1]
        args = e.args
        explicit = getattr(type(e), "jepa_explicit", None)  # a definition's binder kinds
        if explicit is not None and len(explicit) == len(args):
            args = tuple(a for a, shown in zip(args, explicit, strict=True) if shown)
        return " ".join([name, *(self._atom(a) for a in args)])

    def _print_Pow(self, e: Basic, rational: bool = False) -> str:
        return super()._print_Pow(e, rational).replace("**", "^")

    def _print_BoolApp(self, e: Basic) -> str:
        return self._print_AppliedUndef(e)

    def _print_Nil(self, e: Basic) -> str:
        return "[]"

    def _print_Cons(self, e: Basic) -> str:
        items = L.elements(e)
        if items is not None:
            return "[" + ", ".join(self._print(x) for x in items) + "]"
        tail = e.args[1]  # ``::`` binds tighter than ``++``: ``x :: (xs ++ ys)``
        rest = self._print(tail) if isinstance(tail, L.Cons) else self._atom(tail)
        return f"{self._atom(e.args[0])} :: {rest}"

    def _print_Append(self, e: Basic) -> str:
        return " ++ ".join(self._atom(a) for a in e.args)

    def _print_Reverse(self, e: Basic) -> str:
        return f"{self._atom(e.args[0])}.reverse"

    def _print_Map(self, e: Basic) -> str:
        return f"{self._atom(e.args[1])}.map {self._fun(e.args[0])}"

    def _print_Filter(self, e: Basic) -> str:
        return f"{self._atom(e.args[1])}.filter {self._fun(e.args[0])}"

    def _reduction(self, e: Basic, name: str) -> str:
        f, xs = e.args
        if isinstance(f, Lambda) and f.expr == f.variables[0]:
            return f"{self._atom(xs)}.{name}"
        return f"({self._atom(xs)}.map {self._fun(f)}).{name}"

    def _print_ListSum(self, e: Basic) -> str:
        return self._reduction(e, "sum")

    def _print_ListProd(self, e: Basic) -> str:
        return self._reduction(e, "prod")

    def _print_Length(self, e: Basic) -> str:
        return f"{self._atom(e.args[0])}.length"

    def _print_Replicate(self, e: Basic) -> str:
        return f"List.replicate {self._atom(e.args[0])} {self._atom(e.args[1])}"

    def _print_Range(self, e: Basic) -> str:
        return f"List.range {self._atom(e.args[0])}"

    def _print_Take(self, e: Basic) -> str:
        return f"{self._atom(e.args[1])}.take {self._atom(e.args[0])}"

    def _print_Drop(self, e: Basic) -> str:
        return f"{self._atom(e.args[1])}.drop {self._atom(e.args[0])}"

    def _print_FoldL(self, e: Basic) -> str:
        f, init, xs = e.args
        return f"List.foldl {self._fun(f)} {self._atom(init)} {self._atom(xs)}"

    def _print_FoldR(self, e: Basic) -> str:
        f, init, xs = e.args
        return f"List.foldr {self._fun(f)} {self._atom(init)} {self._atom(xs)}"

    def _print_Mem(self, e: Basic) -> str:
        return f"{self._atom(e.args[0])} ∈ {self._atom(e.args[1])}"

    def _infix(self, e: Basic, op: str) -> str:
        return f"{self._atom(e.args[0])} {op} {self._atom(e.args[1])}"

    def _print_NatSub(self, e: Basic) -> str:
        return self._infix(e, "-")

    def _print_NatDiv(self, e: Basic) -> str:
        return self._infix(e, "/")

    _print_IntDiv = _print_NatDiv
    _print_RealDiv = _print_NatDiv

    def _print_NatMod(self, e: Basic) -> str:
        return self._infix(e, "%")

    _print_IntMod = _print_NatMod

    def _prefix(self, e: Basic, name: str) -> str:
        return f"{name} {self._atom(e.args[0])} {self._atom(e.args[1])}"

    def _print_nat_number(self, e: Basic) -> str:
        """``Nat.gcd m n``, ``Nat.sqrt n``…: the head's Lean name and its atoms."""
        return " ".join([type(e).lean, *(self._atom(a) for a in e.args)])

    _print_NatGcd = _print_NatChoose = _print_NatLog = _print_nat_number
    _print_NatSqrt = _print_NatFactorial = _print_nat_number

    def _print_IntTDiv(self, e: Basic) -> str:
        return self._prefix(e, "Int.tdiv")

    def _print_IntTMod(self, e: Basic) -> str:
        return self._prefix(e, "Int.tmod")

    def _print_IntFDiv(self, e: Basic) -> str:
        return self._prefix(e, "Int.fdiv")

    def _print_IntFMod(self, e: Basic) -> str:
        return self._prefix(e, "Int.fmod")

    def _print_IntBMod(self, e: Basic) -> str:
        return self._prefix(e, "Int.bmod")

    def _print_GetD(self, e: Basic) -> str:
        xs, i, default = e.args
        return f"{self._atom(xs)}.getD {self._atom(i)} {self._atom(default)}"

    def _print_Sublist(self, e: Basic) -> str:
        return self._infix(e, "<+")

    def _print_IsPrefix(self, e: Basic) -> str:
        return self._infix(e, "<+:")

    def _print_IsSuffix(self, e: Basic) -> str:
        return self._infix(e, "<:+")

    def _print_IsInfix(self, e: Basic) -> str:
        return self._infix(e, "<:+:")

    def _print_Perm(self, e: Basic) -> str:
        return self._infix(e, "~")

    def _print_Subset(self, e: Basic) -> str:
        return self._infix(e, "⊆")

    def _print_Union(self, e: Basic) -> str:
        return self._infix(e, "∪")

    def _print_Inter(self, e: Basic) -> str:
        return self._infix(e, "∩")

    def _print_Disjoint(self, e: Basic) -> str:
        return self._prefix(e, "List.Disjoint")

    def _print_Erase(self, e: Basic) -> str:
        return f"{self._atom(e.args[0])}.erase {self._atom(e.args[1])}"

    def _print_Diff(self, e: Basic) -> str:
        return f"{self._atom(e.args[0])}.diff {self._atom(e.args[1])}"

    def _print_sign(self, e: Basic) -> str:
        return f"Int.sign {self._atom(e.args[0])}"

    def _print_SEq(self, e: Basic) -> str:
        return self._infix(e, "=")

    def _print_LargePower(self, e: Basic) -> str:
        return self._infix(e, "^")

    def _print_RealSqrt(self, e: Basic) -> str:
        return f"Real.sqrt {self._atom(e.args[0])}"

    def _print_RealLog(self, e: Basic) -> str:
        return f"Real.log {self._atom(e.args[0])}"

    def _print_exp(self, e: Basic) -> str:
        return f"Real.exp {self._atom(e.args[0])}"

    def _print_Exp1(self, e: Basic) -> str:
        return "Real.exp 1"

    def _print_Piecewise(self, e: Basic) -> str:
        pieces = list(e.args)
        text = self._print(pieces[-1].expr)
        for piece in reversed(pieces[:-1]):
            text = f"if {self._print(piece.cond)} then {self._print(piece.expr)} else {text}"
        return text

    def _print_Not(self, e: Basic) -> str:
        return "¬" + self._atom(e.args[0])

    def _print_And(self, e: Basic) -> str:
        return " ∧ ".join(self._atom(a) for a in e.args)

    def _print_Or(self, e: Basic) -> str:
        return " ∨ ".join(self._atom(a) for a in e.args)

    def _print_Relational(self, e: Basic) -> str:
        op = {"==": "=", "!=": "≠", "<=": "≤", ">=": "≥"}.get(e.rel_op, e.rel_op)
        return f"{self._atom(e.lhs)} {op} {self._atom(e.rhs)}"

    _print_Equality = _print_Relational
    _print_Unequality = _print_Relational
    _print_StrictLessThan = _print_Relational
    _print_LessThan = _print_Relational
    _print_StrictGreaterThan = _print_Relational
    _print_GreaterThan = _print_Relational

    def _print_BooleanTrue(self, e: Basic) -> str:
        return "True"

    def _print_BooleanFalse(self, e: Basic) -> str:
        return "False"

    def _print_Max(self, e: Basic) -> str:
        return "max " + " ".join(self._atom(a) for a in e.args)

    def _print_Min(self, e: Basic) -> str:
        return "min " + " ".join(self._atom(a) for a in e.args)


def _clean(name: str) -> str:
    """``i·3`` prints ``i``; a canonical bound variable ``·0_1`` prints ``x0_1``."""
    if "·" not in name:
        return name
    base, rest = name.split("·", 1)
    return base or "x" + rest


def _balanced(text: str) -> bool:
    if text[0] not in "([":
        return True
    depth = 0
    for k, ch in enumerate(text):
        depth += ch in "(["
        depth -= ch in ")]"
        if depth == 0 and k < len(text) - 1:
            return False
    return True


_PRINTER = LeanPrinter()


def show(e: object) -> str:
    """``e`` printed Lean-like (list algebra in dot notation, ``fun x => …`` lambdas)."""
    if isinstance(e, Basic):
        return _PRINTER.doprint(e)
    return str(e)


__all__ = ["LeanPrinter", "show"]
