"""Replaying a killing counterexample from its printed Lean text.

Why once more, after the numeric search replayed it: what the user reads is the printed
counterexample (``xs = [0], repLoss = fun _ _ => 1``), so that text itself is parsed,
elaborated at each binder's type (type variables at the ``Fin k`` the search chose, ``Fin n``
at the chosen ``n``) and evaluated by the concrete evaluator; the law's hypotheses must hold
and its conclusion must be false. A kill whose printed counterexample does not falsify the law
is never reported as a kill.
"""

from __future__ import annotations

from typing import Any

from jepa_formal.errors import JepaFormalError
from jepa_formal.mirror import Env, elaborate_term, evaluate
from jepa_formal.mirror.core.terms import Expr, Law, Lit, TFin, TNat, TSort, TVar, Ty, Var, map_type
from jepa_formal.reader import parse_term
from jepa_formal.verdict import Counterexample


def read_back(law: Law, env: Env, cex: Counterexample) -> dict[str, Any] | None:
    """The binder values of ``cex`` read back from their Lean text (None when a value cannot
    be read back, e.g. a binder the printed form does not name)."""
    printed = dict(cex.bindings)
    sizes = {name: text for name, text in cex.instantiation}
    values: dict[str, Any] = {}
    types: dict[str, Ty] = {}

    def on_expr(e: Expr) -> Expr:
        if isinstance(e, Lit):
            return e
        if isinstance(e, Var) and isinstance(values.get(e.name), int):
            return Lit(values[e.name], TNat())
        return Lit(int(evaluate(e, env, values)), TNat())

    def on_type(ty: Ty) -> Ty:
        if isinstance(ty, TVar):
            return types.get(ty.name, ty)
        return map_type(ty, on_type, on_expr)

    try:
        for b in law.binders:
            if isinstance(b.ty, TSort):
                size = sizes.get(b.name, "")
                if not size.startswith("Fin "):
                    return None
                types[b.name] = TFin(Lit(int(size[4:]), TNat()))
                values[b.name] = types[b.name]
                continue
            if b.name not in printed:
                return None
            expr = elaborate_term(parse_term(printed[b.name]), env, expected=on_type(b.ty))
            values[b.name] = evaluate(expr, env, {})
    except (JepaFormalError, ValueError, RecursionError):
        return None
    return values


def replays(law: Law, env: Env, cex: Counterexample) -> bool | None:
    """True when the printed counterexample falsifies ``law`` (hypotheses hold, conclusion
    false), False when it is read back but does not, None when it cannot be read back."""
    values = read_back(law, env, cex)
    if values is None:
        return None
    try:
        if not all(evaluate(h, env, values) for _, h in law.hypotheses):
            return False
        return not evaluate(law.conclusion, env, values)
    except (JepaFormalError, RecursionError):
        return None
