"""Closing a goal by an instance of a hypothesis: ``h : ∀ i j, z i = z j`` proves ``z a = z b``.

Why it is sound: the match is syntactic on typed core terms. A goal that *is* the body of a
universally quantified hypothesis with its variables replaced by terms of the same types
follows from that hypothesis by instantiation (Lean's ``h a b``), whatever the operations in
it mean, so this step is valid in every model, type-class-generic ones included. Besides the
exact instance, the symmetric equation (``Eq.symm``) and a non-strict order between the two
sides of an equation instance (``le_of_eq``, ``ge_of_eq``, valid in every preorder) are accepted.
Bounded hypotheses (``∀ i ∈ xs, …``) are not used here: their premise would have to be shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from jepa_formal.mirror.core.terms import (
    RELATION_TABLE,
    BigOp,
    Expr,
    Lam,
    Let,
    Lit,
    Prim,
    Quant,
    Var,
    children,
    is_exact,
)
from jepa_formal.prove.confirm import IDENTICAL
from jepa_formal.prove.problem import Problem, ProofOutcome, Strategy
from jepa_formal.prove.show import show
from jepa_formal.verdict import Status, Step

_MAX_GOALS = 16
_NONSTRICT_ORDERS = frozenset(op for op, r in RELATION_TABLE.items() if r.order and not r.strict)
_SUFFIX = re.compile(r"_u\d+$")  # the renaming of ``unfold.freshen``


@dataclass(frozen=True, slots=True)
class _Hyp:
    name: str
    pvars: tuple[Var, ...]
    body: Expr


def _split_hyp(name: str, e: Expr, pvars: tuple[Var, ...] = ()) -> list[_Hyp]:
    """A hypothesis as ``∀ pvars, body`` pieces (conjunctions split, unbounded ∀ opened)."""
    if isinstance(e, Quant) and e.kind == "forall" and e.bound is None:
        return _split_hyp(name, e.body, (*pvars, e.var))
    if isinstance(e, Prim) and e.op == "and":
        return [h for a in e.args for h in _split_hyp(name, a, pvars)]
    return [_Hyp(name, pvars, e)]


def _goals(e: Expr, hyps: list[_Hyp], depth: int = 0) -> list[Expr] | None:
    """The conjuncts of a conclusion, with premises ``A → B`` added to ``hyps`` (None when
    the conclusion has a shape this step does not read)."""
    if depth > 50:
        return None
    if isinstance(e, Quant) and e.kind == "forall" and e.bound is None:
        return _goals(e.body, hyps, depth + 1)  # ∀ x, P x: prove P at a fresh x
    if isinstance(e, Prim) and e.op == "implies":
        hyps.extend(_split_hyp("_premise", e.args[0]))
        return _goals(e.args[1], hyps, depth + 1)
    if isinstance(e, Prim) and e.op == "and":
        out: list[Expr] = []
        for a in e.args:
            sub = _goals(a, list(hyps), depth + 1)  # premises stay inside their conjunct
            if sub is None:
                return None
            out.extend(sub)
        return out
    return [e]


def match(pat: Expr, term: Expr, pvars: dict[str, Var], sigma: dict[str, Expr],
          bound: dict[str, str]) -> bool:
    """Does ``term`` equal ``pat`` with the pattern variables replaced (``sigma`` grows)?
    ``bound`` maps the pattern's local binders to the term's."""
    if isinstance(pat, Var):
        if pat.name in bound:
            return isinstance(term, Var) and term.name == bound[pat.name] and term.ty == pat.ty
        if pat.name in pvars:
            if term.ty != pat.ty or _mentions(term, set(bound.values())):
                return False
            if pat.name in sigma:
                return _alpha_eq(sigma[pat.name], term)
            sigma[pat.name] = term
            return True
        return isinstance(term, Var) and term.name == pat.name and term.ty == pat.ty
    if type(pat) is not type(term) or getattr(pat, "ty", None) != getattr(term, "ty", None):
        return False
    if isinstance(pat, Lit):
        return pat.value == term.value and type(pat.value) is type(term.value)  # type: ignore[attr-defined]
    for attr in ("op", "name", "kind"):
        if getattr(pat, attr, None) != getattr(term, attr, None):
            return False
    binders = _binders(pat)
    tbinders = _binders(term)
    if len(binders) != len(tbinders):
        return False
    inner = dict(bound)
    for b, t in zip(binders, tbinders, strict=True):
        if b.ty != t.ty:
            return False
        inner[b.name] = t.name
    pk = [c for c in children(pat) if not any(c is b for b in binders)]
    tk = [c for c in children(term) if not any(c is b for b in tbinders)]
    if len(pk) != len(tk):
        return False
    if isinstance(pat, Let):  # the bound value is outside the let's scope
        return match(pat.value, term.value, pvars, sigma, bound) and match(  # type: ignore[attr-defined]
            pat.body, term.body, pvars, sigma, inner)  # type: ignore[attr-defined]
    return all(match(p, t, pvars, sigma, inner) for p, t in zip(pk, tk, strict=True))


def _binders(e: Expr) -> tuple[Var, ...]:
    if isinstance(e, Lam):
        return e.params
    if isinstance(e, (Quant, BigOp, Let)):
        return (e.var,)
    return ()


def _mentions(e: Expr, names: set[str]) -> bool:
    if not names:
        return False
    if isinstance(e, Var):
        return e.name in names
    return any(_mentions(c, names) for c in children(e))


def _alpha_eq(a: Expr, b: Expr) -> bool:
    return match(a, b, {}, {}, {})


def instance_of(goal: Expr, hyp: _Hyp) -> dict[str, Expr] | None:
    sigma: dict[str, Expr] = {}
    pvars = {v.name: v for v in hyp.pvars}
    if match(hyp.body, goal, pvars, sigma, {}):
        return sigma
    return None


def _variants(goal: Expr) -> list[tuple[Expr, str]]:
    """Propositions any of which implies ``goal`` by a step valid in every model: the goal,
    the swapped equation, an equation between the sides of a non-strict order."""
    out: list[tuple[Expr, str]] = [(goal, "")]
    if isinstance(goal, Prim) and goal.op == "eq":
        a, b = goal.args
        out.append((Prim("eq", (b, a), goal.ty), "Eq.symm"))
    if isinstance(goal, Prim) and goal.op in _NONSTRICT_ORDERS and _reflexive(goal.args[0].ty):
        a, b = goal.args
        out.append((Prim("eq", (a, b), goal.ty), f"{goal.op}_of_eq"))
        out.append((Prim("eq", (b, a), goal.ty), f"{goal.op}_of_eq ∘ Eq.symm"))
    if isinstance(goal, Lit) and goal.value is True:
        out.append((goal, "trivial"))
    return out


def _shower(problem: Problem) -> Callable[[Expr], str]:
    def show_core(e: Expr) -> str:
        try:
            return show(problem.ctx.translate(e))
        except Exception:  # printing only: a term SymPy cannot hold is named by its kind
            return f"({type(e).__name__.lower()} …)"
    return show_core


def _reflexive(ty: object) -> bool:
    """``≤`` is reflexive at this type: exact numbers (not Float, where NaN ≤ NaN is false
    although NaN = NaN holds propositionally; not a bare ``[LE α]``, any relation)."""
    return is_exact(ty)  # type: ignore[arg-type]


def _instance_strategy(problem: Problem, deadline: object) -> ProofOutcome | str:
    law = problem.law
    hyps: list[_Hyp] = [h for n, e in law.hypotheses for h in _split_hyp(n, e)]
    goals = _goals(law.conclusion, hyps)
    if not goals or len(goals) > _MAX_GOALS or not hyps:
        return "hypothesis instance: no hypothesis to instantiate"
    show_core = _shower(problem)
    steps = [Step(f"unfold {n.rsplit('.', 1)[-1]}", n, "its body (a predicate definition)")
             for n in problem.unfolded]
    for goal in goals:
        found = None
        for variant, how in _variants(goal):
            if isinstance(variant, Lit) and variant.value is True:
                found = Step("trivial", show_core(goal), "True")
                break
            for h in hyps:
                sigma = instance_of(variant, h)
                if sigma is not None:
                    at = ", ".join(f"{_SUFFIX.sub('', k)} := {show_core(v)}"
                                   for k, v in sigma.items())
                    rule = f"instance of {h.name}" + (f" ({how})" if how else "")
                    found = Step(rule, show_core(goal), "True", at)
                    break
            if found is not None:
                break
        if found is None:
            return "hypothesis instance: the goal is no instance of a hypothesis"
        steps.append(found)
    # the goal and the hypothesis' instance are the same core term: an identical normal form
    return ProofOutcome(Status.PROVED, "hypothesis instance", tuple(steps),
                        confirmed_by=IDENTICAL)


HYPOTHESIS_INSTANCE = Strategy("hypothesis instance", _instance_strategy)

__all__ = ["HYPOTHESIS_INSTANCE", "instance_of", "match"]
