"""Unfolding of predicate definitions (``def selected … : Prop := m i = true``) in core terms.

Why at the core level: a predicate is a name for a proposition. The prover reads hypotheses
(``∀ i ∈ xs, f i = g i``) and goals (``a = b``) by their shape, so a law written with
``selected m i`` or ``Collapsed z`` is only usable once the name is replaced by its body.
Unfolding is the definition itself (``δ``-reduction, then ``β`` for the lambdas it exposes), so
it is sound in every direction; the names unfolded are returned for the proof trace.

Substitution is capture-avoiding: the binders of a definition's body are renamed to names the
surrounding term does not use before its parameters are replaced by the arguments. The new
names are numbered per law (``i_u1``, ``i_u2``…, skipping any name the law already has), so the
printed proof of a law does not depend on what was unfolded before it in the same process.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from jepa_formal.mirror.core.terms import (
    BigOp,
    Call,
    DefCall,
    Expr,
    Lam,
    Law,
    Let,
    Quant,
    TProp,
    TVar,
    Ty,
    TypeArg,
    Var,
    map_children,
    map_node_types,
    map_type,
    subterms,
)
from jepa_formal.mirror.core.unify import EMeta

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

MAX_UNFOLDINGS = 200
"""Predicate unfoldings allowed in one term (a guard; non-recursive predicates terminate)."""



class Namer:
    """The fresh binder names of one unfolding: numbered from 1, never a name in ``taken``
    (every variable name of the law being unfolded, and each name handed out)."""

    __slots__ = ("counter", "taken")

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self.counter = itertools.count(1)

    @classmethod
    def for_law(cls, law: Law) -> Namer:
        return cls({v.name for v in subterms(law) if isinstance(v, Var)})

    def fresh(self, name: str) -> str:
        base = name.split("_u")[0]
        while True:
            new = f"{base}_u{next(self.counter)}"
            if new not in self.taken:
                self.taken.add(new)
                return new


def subst_type(ty: Ty, tmap: dict[str, Ty], emap: dict[str, Expr]) -> Ty:
    """``ty`` with type variables and the value variables inside it (``Fin n``) replaced."""
    if isinstance(ty, TVar):
        return tmap.get(ty.name, ty)
    return map_type(ty, lambda t: subst_type(t, tmap, emap), lambda e: substitute(e, tmap, emap))


def substitute(e: Expr, tmap: dict[str, Ty], emap: dict[str, Expr]) -> Expr:
    """``e`` with free variables (by name) and type variables replaced; the caller makes sure
    no binder of ``e`` captures a variable of the replacements (see ``freshen``). An
    elaborator's metavariable stands for itself (it is solved by its id, type included)."""
    if isinstance(e, Var) and e.name in emap:
        return emap[e.name]
    if isinstance(e, EMeta):
        return e
    e = map_children(e, lambda c: substitute(c, tmap, emap))
    return map_node_types(e, lambda t: subst_type(t, tmap, emap))


def bound_names(e: Expr) -> set[str]:
    """Names bound inside ``e`` (lambda parameters, quantified, summed and let variables)."""
    out: set[str] = set()
    for sub in subterms(e):
        if isinstance(sub, Lam):
            out.update(p.name for p in sub.params)
        elif isinstance(sub, (Quant, BigOp, Let)):
            out.add(sub.var.name)
    return out


def freshen(e: Expr, namer: Namer) -> Expr:
    """``e`` with every binder renamed to a name ``namer`` has not used (``i`` → ``i_u3``)."""
    names = bound_names(e)
    if not names:
        return e
    emap: dict[str, Expr] = {}
    for sub in subterms(e):
        for v in _binder_vars(sub):
            if v.name in names and v.name not in emap:
                emap[v.name] = Var(namer.fresh(v.name), v.ty)
    return _rename(e, emap)


def _binder_vars(e: Expr) -> tuple[Var, ...]:
    if isinstance(e, Lam):
        return e.params
    if isinstance(e, (Quant, BigOp, Let)):
        return (e.var,)
    return ()


def _rename(e: Expr, emap: dict[str, Expr]) -> Expr:
    """Rename variables (bound ones included: a binder is a ``Var`` child of its node)."""
    if isinstance(e, Var):
        new = emap.get(e.name)
        return Var(new.name, e.ty, span=e.span) if isinstance(new, Var) else e
    return map_children(e, lambda c: _rename(c, emap))


def is_predicate(env: Env, name: str) -> bool:
    """A non-recursive definition with a body whose value is a proposition."""
    try:
        info = env.definition(name)
    except Exception:  # an unmodelled definition is simply not unfolded here
        return False
    return isinstance(info.result_ty, TProp) and info.body is not None and not info.recursive


def bind_params(params: tuple[Var, ...], args: tuple[Expr, ...]
                ) -> tuple[dict[str, Ty], dict[str, Expr]]:
    """The substitution of ``params`` by ``args``: type parameters (a ``TypeArg`` argument)
    by their type, value parameters by their argument."""
    tmap: dict[str, Ty] = {}
    emap: dict[str, Expr] = {}
    for p, a in zip(params, args, strict=False):
        if isinstance(a, TypeArg):
            tmap[p.name] = a.value
        else:
            emap[p.name] = a
    return tmap, emap


def unfold_call(call: DefCall, env: Env, namer: Namer) -> Expr:
    """The body of the predicate ``call`` names, at its arguments."""
    info = env.definition(call.name)
    assert info.body is not None
    tmap, emap = bind_params(info.params, call.args)
    return beta(substitute(freshen(info.body, namer), tmap, emap), namer)


def beta(e: Expr, namer: Namer) -> Expr:
    """``(fun x => b) a`` reduced to ``b[x := a]`` everywhere in ``e`` (full applications)."""
    e = map_children(e, lambda c: beta(c, namer))
    if isinstance(e, Call) and isinstance(e.fn, Lam) and len(e.args) >= len(e.fn.params):
        k = len(e.fn.params)
        emap = {p.name: a for p, a in zip(e.fn.params, e.args[:k], strict=True)}
        body = beta(substitute(freshen(e.fn.body, namer), {}, emap), namer)
        if len(e.args) == k:
            return body
        return beta(Call(body, e.args[k:], e.ty, span=e.span), namer)
    return e


def unfold_predicates(e: Expr, env: Env, namer: Namer,
                      unfolded: list[str] | None = None) -> Expr:
    """``e`` with every predicate call replaced by its body, repeatedly (a predicate defined
    through another is unfolded down to the prelude); the names unfolded are appended to
    ``unfolded`` in order."""
    budget = [MAX_UNFOLDINGS]
    names = unfolded if unfolded is not None else []

    def go(t: Expr) -> Expr:
        t = map_children(t, go)
        if isinstance(t, DefCall) and budget[0] > 0 and is_predicate(env, t.name):
            budget[0] -= 1
            if t.name not in names:
                names.append(t.name)
            return go(unfold_call(t, env, namer))
        return t

    return go(e)


def unfold_law(law: Law, env: Env) -> tuple[Law, tuple[str, ...]]:
    """The law with its predicates unfolded in hypotheses and conclusion, and their names."""
    names: list[str] = []
    namer = Namer.for_law(law)
    hyps = tuple((n, unfold_predicates(h, env, namer, names)) for n, h in law.hypotheses)
    concl = unfold_predicates(law.conclusion, env, namer, names)
    if not names:
        return law, ()
    from dataclasses import replace

    return replace(law, hypotheses=hyps, conclusion=concl), tuple(names)


__all__ = ["Namer", "beta", "bind_params", "freshen", "is_predicate", "substitute", "unfold_law",
           "unfold_predicates"]
