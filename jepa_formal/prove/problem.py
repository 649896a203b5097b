"""What the proof strategies share: a law read for them (``Problem``), what one of them
establishes (``ProofOutcome``), and the declared ``Strategy`` the prover composes.

Why a module of its own: the strategies (normal form, induction, bounded expansion) and the
prover that runs them all depend on these types; with them here, each strategy module imports
downwards and the prover imports the strategies, with no cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.classes import Theory, theory
from jepa_formal.mirror.core.terms import Expr, Law, Prim, TVar, Ty, subterms, type_parts
from jepa_formal.mirror.core.unfold import unfold_law
from jepa_formal.mirror.symbolic.translator import SymContext, make_context
from jepa_formal.prove.audit import AuditReport
from jepa_formal.prove.budget import Deadline
from jepa_formal.prove.hypotheses import Facts, conjuncts, read_facts
from jepa_formal.prove.normal_form import Goal, read_goals
from jepa_formal.prove.rewrite import Trace
from jepa_formal.verdict import Status, Step

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env


@dataclass(frozen=True, slots=True)
class ProofOutcome:
    """What the prover established about one law.

    ``status`` is ``PROVED``, ``BOUNDED`` or None (undecided, with ``reason``); ``method`` names
    the strategy (``normal form``, ``induction on xs``, ``bounded expansion``); ``steps`` is
    the trace; ``bound`` the list-length bound of a ``BOUNDED`` outcome; ``unsupported`` the
    construct that stopped translation, if any.
    """

    status: Status | None
    method: str = ""
    steps: tuple[Step, ...] = ()
    bound: int | None = None
    reason: str = ""
    unsupported: Unsupported | None = None
    seconds: float = 0.0
    confirmed_by: str = ""
    """What confirmed every closing step: ``identical normal form``, ``z3``, or both joined by
    `` + `` (empty when nothing was proved)."""
    audit: AuditReport | None = None
    """With ``--audit``: how the proof's rewrite steps fared on concrete instances."""
    candidates: tuple[tuple[tuple[str, Any], ...], ...] = ()
    """With ``BOUNDED``: Z3's models of the denied law past the bound (``beyond.py``), each a
    candidate instance (binder name → value) for the concrete search to confirm or drop."""
    strategy_errors: tuple[str, ...] = ()
    """Exceptions raised inside a strategy (a bug, or SymPy failing): each one is recorded
    here and in the reason, and the test suite asserts there are none on the corpora."""
    witnesses: tuple[tuple[tuple[str, Any], ...], ...] = ()
    """Z3 models of goals it could not confirm (``confirm.collecting_witnesses``), as
    ``(symbol name, value)`` pairs: candidate counterexamples for the concrete search, which
    replays them (never evidence by themselves)."""


@dataclass(slots=True)
class Problem:
    """A law read for the symbolic strategies: its context, goals and usable facts."""

    law: Law
    ctx: SymContext
    goals: list[Goal]
    facts: Facts
    hypotheses: tuple[tuple[str, Any], ...]
    unfolded: tuple[str, ...] = ()  # predicate definitions unfolded up front
    generic: bool = False  # a type variable with algebraic classes: normal form only
    replay: list[Any] | None = None
    """With ``--audit``: the raw steps of the proof found (each strategy adds those of its
    successful attempt), replayed on concrete instances by ``audit.py``."""

    def record(self, steps: list[Any]) -> None:
        if self.replay is not None:
            self.replay.extend(steps)


@dataclass(frozen=True, slots=True)
class Strategy:
    """One proof strategy: its label (named in the evidence and in the reasons it gives up
    with) and the function that tries it, returning an outcome or why it did not close."""

    label: str
    run: Callable[[Problem, Deadline], ProofOutcome | str]

    def __call__(self, problem: Problem, deadline: Deadline) -> ProofOutcome | str:
        return self.run(problem, deadline)


def read_problem(law: Law, env: Env) -> Problem:
    """Translate a law (raises ``Unsupported`` for what the symbolic side does not model).
    Predicate definitions (``def selected … : Prop``) are unfolded first: the rules read
    hypotheses and goals by their shape, which a predicate's name hides."""
    law, unfolded = unfold_law(law, env)
    ctx = make_context(law, env)
    ctx.unfold_defs = False
    goals, premises = read_goals(law.conclusion, ctx)
    hypotheses = tuple(law.hypotheses) + tuple(premises)
    generic = bool(ctx.classes)
    usable = generic_facts(hypotheses, ctx.classes) if generic else hypotheses
    facts = read_facts(usable, ctx)
    return Problem(law, ctx, goals, facts, hypotheses, unfolded, generic)


def generic_facts(hypotheses: tuple[tuple[str, Expr], ...],
                  classes: dict[str, frozenset[str]]) -> tuple[tuple[str, Expr], ...]:
    """The hypotheses the rules may use in a type-class-generic law. Facts about values of a
    class-constrained type variable are read as if they were numbers (``a ≤ b`` becomes
    ``b = a + t`` with ``t ≥ 0``, ``a ≠ b`` a non-zero difference, an equation a rewrite
    modulo SymPy's ``+``), which holds only in ordered groups; so such a hypothesis is kept
    only when it is an equation and every type variable it mentions is read either as an
    additive group or fully uninterpreted (docs/typeclasses.md). Dropping a hypothesis is
    sound: the law is then proved without it."""
    kept = []
    for name, hyp in hypotheses:
        parts = []
        for part in conjuncts(hyp):
            tvs = {t for e in subterms(part) for t in _tvars(getattr(e, "ty", None))}
            if not tvs:
                parts.append(part)
                continue
            is_eq = isinstance(part, Prim) and part.op == "eq"
            if is_eq and all((theory(classes.get(t, ())).add in ("free", "ring")
                             and theory(classes.get(t, ())).mul == "free")
                             or theory(classes.get(t, ())).add == "ring" for t in tvs):
                parts.append(part)
        kept.extend((name, p) for p in parts)
    return tuple(kept)


def _rewritable(th: Theory) -> bool:
    """Rewriting with an equation is valid modulo this reading: an additive group (SymPy's
    substitution may move terms across ``=``), or no interpreted operation at all."""
    return th.add == "ring" or (th.add == "free" and th.mul == "free")


def _tvars(ty: object) -> set[str]:
    if isinstance(ty, TVar):
        return {ty.name}
    if isinstance(ty, Ty):
        return {n for part in type_parts(ty) for n in _tvars(part)}
    return set()


def hypothesis_steps(problem: Problem, trace: Trace) -> None:
    """Record the predicates unfolded and how each hypothesis is used up front
    (substitution, assumption, rewrite…)."""
    for name in problem.unfolded:
        trace.add(f"unfold {name.rsplit('.', 1)[-1]}", name, "its body (a predicate definition)")
    for name, how in problem.facts.used:
        if how not in ("congruence", "order congruence", "rewrite"):  # those show in place
            trace.add("hypothesis", name, how)


__all__ = ["Problem", "ProofOutcome", "Strategy", "hypothesis_steps", "read_problem"]
