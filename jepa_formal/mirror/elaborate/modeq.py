"""``a ≡ b [MOD n]`` / ``[ZMOD n]`` as read by the term grammar, taken apart.

Why a module of its own: Lean's notation (``notation:50 a " ≡ " b " [ZMOD " n "]"``) closes
``b`` with the bracket, but the grammar has no such token and reads the clause as a list
literal applied to the rightmost operand of ``b``: ``a ≡ a % 5 [ZMOD 5]`` arrives as
``a ≡ a % (5 [ZMOD 5])``, ``a ≡ -b [ZMOD n]`` as ``-(b [ZMOD n])``, and ``[ZMOD -4]`` as the
list ``[ZMOD - 4]``. Since ``≡`` binds weaker than every operator inside ``b``, the clause
always sits on the rightmost leaf, and peeling it off there gives Lean's ``b``.
"""

from __future__ import annotations

from jepa_formal.reader import syntax

KINDS = ("MOD", "ZMOD")


def mod_clause(rhs: syntax.Term) -> tuple[str, syntax.Term, syntax.Term] | None:
    """``(kind, n, b)`` for the right side of ``≡``, or ``None`` without a clause."""
    if isinstance(rhs, syntax.App) and isinstance(rhs.args[-1], syntax.ListLit):
        found = _modulus(rhs.args[-1])
        if found is None:
            return None
        rest = rhs.fn if len(rhs.args) == 1 else syntax.App(rhs.fn, rhs.args[:-1], span=rhs.span)
        return found[0], found[1], rest
    if isinstance(rhs, syntax.BinOp):
        inner = mod_clause(rhs.rhs)
        if inner is None:
            return None
        kind, n, b = inner
        return kind, n, syntax.BinOp(rhs.op, rhs.lhs, b, span=rhs.span)
    if isinstance(rhs, syntax.UnOp) and rhs.op in ("-", "¬", "!", "↑"):
        inner = mod_clause(rhs.operand)
        if inner is None:
            return None
        kind, n, b = inner
        return kind, n, syntax.UnOp(rhs.op, b, span=rhs.span)
    return None


def _modulus(clause: syntax.ListLit) -> tuple[str, syntax.Term] | None:
    if len(clause.elems) != 1:
        return None
    e = clause.elems[0]
    if isinstance(e, syntax.App) and _kind(e.fn) and len(e.args) == 1:
        return _kind(e.fn), e.args[0]
    if isinstance(e, syntax.BinOp) and e.op == "-" and _kind(e.lhs):  # [ZMOD -4]
        return _kind(e.lhs), syntax.UnOp("-", e.rhs, span=e.span)
    return None


def _kind(t: syntax.Term) -> str:
    return t.name if isinstance(t, syntax.Ident) and t.name in KINDS else ""


__all__ = ["mod_clause"]
