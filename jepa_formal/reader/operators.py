"""Ordering a flat expression by Lean's operator precedences (precedence climbing).

Why: the grammar reads ``a + b * c`` as one flat sequence of operands and operators instead
of one LALR rule per precedence level, which keeps the parser fast (see grammar.lark); this
module turns that sequence into the tree ``BINARY_OPERATORS`` prescribes, with prefix
operators (``¬`` and ``!`` read their operand at 40, ``-`` at 75, ``∑ x,`` at 67, as in Lean
and Mathlib) and the pipes ``|>``, ``<|``, ``$`` (which become applications).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jepa_formal.reader import syntax

MAX_CHAIN = 100
"""More binary operators than this in one flat expression are refused (the trees that later
layers walk recursively stay shallow)."""


@dataclass(frozen=True, slots=True)
class Op:
    """A binary operator between two operands (canonical Unicode spelling)."""

    op: str


@dataclass(frozen=True, slots=True)
class Prefix:
    """A prefix operator and the precedence its operand is read at (``binder``/``domain``
    for ``∑``/``∏``)."""

    op: str
    operand_prec: int
    span: syntax.Span | None
    binder: syntax.Binder | None = None
    domain: syntax.Term | None = None


@dataclass(frozen=True, slots=True)
class PipeProj:
    """``|>.field args``: a projection applied to everything on its left."""

    field: str
    args: tuple[syntax.Term, ...]
    span: syntax.Span | None


PIPE_PREC = 10
"""``|>``, ``<|``, ``$`` and ``|>.f`` bind more loosely than every operator."""
OPERATORS: dict[str, tuple[int, str]] = {
    **syntax.BINARY_OPERATORS, "|>": (PIPE_PREC, "left"), "<|": (PIPE_PREC, "right"),
    "$": (PIPE_PREC, "right"), "<$>": (100, "right"),
}


MAX_PREC = 1024
"""Lean's ``max``: the level of an atom (a name, a literal, a bracketed term)."""


@dataclass(frozen=True, slots=True)
class UserOp:
    """An infix notation declared in a file read, as Lean's parser sees it: a trailing parser
    of precedence ``prec`` whose left operand must have been parsed at ``lhs_prec`` or more and
    whose right operand is a term parsed at ``rhs_prec`` (``infixl:65`` is 65, 65, 66;
    ``infixr:65`` 65, 66, 65; ``notation:65 a " ⊕ " b:66`` 65, 0, 66)."""

    prec: int
    lhs_prec: int
    rhs_prec: int
    fn: syntax.Term


USER_OPERATORS: dict[str, UserOp] = {}
"""Infix notations declared in the files read: placeholder token → its ``UserOp``; filled by
``notation.py``."""


def _join(first: syntax.Span | None, last: syntax.Span | None) -> syntax.Span | None:
    if first is None or last is None:
        return first or last
    return syntax.Span(first.path, first.line, first.column, last.end_line, last.end_column)


class Climber:
    """Precedence climbing over the flat ``opseq`` items (operands, ``Op``, ``Prefix``,
    ``PipeProj``), with Lean's precedences and associativity."""

    def __init__(self, items: list[Any], bad: Callable[..., Exception]) -> None:
        self.items = items
        self.pos = 0
        self.bad = bad

    def expression(self, min_prec: int) -> syntax.Term:
        lhs, level = self.operand()
        last_prec: int | None = None
        while self.pos < len(self.items):
            item = self.items[self.pos]
            if isinstance(item, PipeProj):
                if PIPE_PREC < min_prec:
                    break
                self.pos += 1
                lhs = pipe_proj(lhs, item)
                level = PIPE_PREC
                continue
            user = USER_OPERATORS.get(item.op)
            if user is not None:
                prec, rhs_prec = user.prec, user.rhs_prec
                if prec < min_prec:
                    break
                if level < user.lhs_prec:  # Lean's trailing parser refuses such a left side
                    raise self.bad("the left operand of this notation binds too loosely: add "
                                   "parentheses", lhs.span, ("`(`",))
            else:
                prec, assoc = OPERATORS[item.op]
                if prec < min_prec:
                    break
                if assoc == "none" and last_prec == prec:
                    raise self.bad(f"`{item.op}` is not associative: add parentheses",
                                   lhs.span, ("`(`",))
                rhs_prec = prec if assoc == "right" else prec + 1
            self.pos += 1
            rhs = self.expression(rhs_prec)
            lhs = binary(item.op, lhs, rhs)
            last_prec = level = prec
        return lhs

    def operand(self) -> tuple[syntax.Term, int]:
        """The next operand and the level Lean's parser gives it (``max`` for an atom, a
        prefix operator's own precedence for its application)."""
        item = self.items[self.pos]
        self.pos += 1
        if not isinstance(item, Prefix):
            return item, MAX_PREC
        operand = self.expression(item.operand_prec)
        span = _join(item.span, operand.span)
        if item.binder is not None:
            return syntax.BigOp(item.op, item.binder, operand, domain=item.domain,
                                span=span), item.operand_prec
        if item.op == "√":
            return flat_app(syntax.Ident("Real.sqrt", span=item.span), (operand,), span), \
                item.operand_prec
        # `¬ p`, `!b` are `notation:max`; `-x` is read at 75
        return syntax.UnOp(item.op, operand, span=span), \
            MAX_PREC if item.op in ("¬", "!") else item.operand_prec


def binary(op: str, lhs: syntax.Term, rhs: syntax.Term) -> syntax.Term:
    span = _join(lhs.span, rhs.span)  # type: ignore[attr-defined]
    if op == "|>":
        return flat_app(rhs, (lhs,), span)  # type: ignore[arg-type]
    if op in ("<|", "$"):
        return flat_app(lhs, (rhs,), span)  # type: ignore[arg-type]
    if op in USER_OPERATORS:  # a user infix notation: its function applied to both sides
        fn = USER_OPERATORS[op].fn
        return syntax.App(fn, (lhs, rhs), span=span)  # type: ignore[arg-type]
    if op == "<$>":  # `f <$> x` is `Functor.map f x` (infixr:100)
        return flat_app(syntax.Ident("Functor.map", span=span), (lhs, rhs), span)  # type: ignore[arg-type]
    if op == "→" and isinstance(lhs, syntax.Ascription):
        names = binder_names(lhs.term)
        if names is not None:  # `(x : α) → β` is a dependent arrow
            binder = syntax.Binder(names, lhs.type, span=lhs.span)
            return syntax.Quant("∀", (binder,), rhs, span=span)
    return syntax.BinOp(op, lhs, rhs, span=span)


def pipe_proj(obj: syntax.Term, item: PipeProj) -> syntax.Term:
    span = _join(obj.span, item.span)  # type: ignore[attr-defined]
    if isinstance(obj, syntax.Ident) and not obj.explicit:
        fn: syntax.Term = syntax.Ident(f"{obj.name}.{item.field}", span=span)
    else:
        fn = syntax.Proj(obj, item.field, span=span)
    return flat_app(fn, item.args, span) if item.args else fn  # type: ignore[arg-type]


def flat_app(fn: syntax.Term, args: tuple[syntax.Term, ...], span: syntax.Span) -> syntax.App:
    if isinstance(fn, syntax.App):
        return syntax.App(fn.fn, fn.args + args, span=span)
    return syntax.App(fn, args, span=span)


def binder_names(term: syntax.Term) -> tuple[str, ...] | None:
    """Names of ``x``, ``_`` or ``x y z`` used as binders; None if ``term`` is not that."""
    items = (term.fn, *term.args) if isinstance(term, syntax.App) else (term,)
    names = []
    for item in items:
        if isinstance(item, syntax.Ident) and not item.explicit and "." not in item.name:
            names.append(item.name)
        elif isinstance(item, syntax.Hole):
            names.append("_")
        else:
            return None
    return tuple(names)
