"""Judging one mutant: every law with the mutant in place, then (if none falls) the prover on
``mutant = original``.

Why this order and these rules: a refuted law is the only evidence that kills a mutant, and
its counterexample is shrunk and replayed by the numeric search, then read back from its
printed Lean text and replayed once more here (``replay.py``). ``equivalent`` is a promise
about every input, so only a proof (``PROVED`` by the prover, never ``bounded``, never a
passing test) gives it, and even then the claimed equivalence is searched for a
counterexample; a contradiction is reported as ``unknown`` with the reason, never as a pass.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from jepa_formal.errors import BudgetExceeded, InternalError, Unsupported
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import DefInfo, Law, Prim, TProp
from jepa_formal.mutate.generate import Generated
from jepa_formal.mutate.replay import replays
from jepa_formal.mutate.result import Kill, MutantResult, MutantStatus
from jepa_formal.mutate.spec import Spec
from jepa_formal.numeric import search
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Counterexample, Status


@dataclass(frozen=True, slots=True)
class Budget:
    """Budgets of one mutant's checks (per law: ``max_examples`` instances in ``timeout``
    seconds; the equivalence proof gets ``timeout`` seconds and list bound ``bound``)."""

    seed: int = 0
    max_examples: int = 1000
    timeout: float = 5.0
    bound: int = 4


def equivalence_law(full: str, original: DefInfo, mutant: DefInfo) -> Law:
    """``∀ params, mutant body = original body`` (both bodies are over the same parameters,
    elaborated from the same binders)."""
    assert original.body is not None and mutant.body is not None
    eq = Prim("eq", (mutant.body, original.body), TProp())
    return Law(f"{full}.mutant_equivalence", original.params, (), eq)


def judge(spec: Spec, full: str, laws: tuple[str, ...], generated: Generated,
          budget: Budget) -> MutantResult:
    """The status of one mutant against the laws named ``laws`` (they hold for the
    original)."""
    started = time.perf_counter()
    env = spec.with_body(full, generated.body)
    by_name = {thm.name: law for thm, law in spec.laws(env)}
    kills: list[Kill] = []
    undecided: list[str] = []
    for name in laws:
        law = by_name.get(name)
        if not isinstance(law, Law):
            undecided.append(f"{_short(name)}: not modelled with the mutant ({law})")
            continue
        try:
            out = search(law, env, seed=budget.seed, max_examples=budget.max_examples,
                         timeout=budget.timeout)
        except (Unsupported, BudgetExceeded) as exc:
            undecided.append(f"{_short(name)}: {exc}")
            continue
        except InternalError as exc:
            undecided.append(f"{_short(name)}: internal error: {exc}")
            continue
        if out.status is Status.REFUTED and out.counterexample is not None:
            replayed = replays(law, env, out.counterexample)
            if replayed is False:
                undecided.append(f"{_short(name)}: the counterexample did not replay from its "
                                 "printed form")
                continue
            kills.append(Kill(name, out.counterexample, replayed is True))
        elif out.status is not Status.TESTED:
            undecided.append(f"{_short(name)}: {out.detail}")

    def done(status: MutantStatus, **kw: object) -> MutantResult:
        return MutantResult(generated.mutant, status, tuple(kills),
                            seconds=time.perf_counter() - started, **kw)  # type: ignore[arg-type]

    if kills:
        return done(MutantStatus.KILLED)
    original = spec.env.definition(full)
    eq_law = equivalence_law(full, original, generated.info)
    proof = prove_law(eq_law, spec.env, timeout=budget.timeout, bound=budget.bound)
    difference = _difference(eq_law, spec.env, budget)
    if proof.status is Status.PROVED:
        if difference is not None:  # a proof contradicted by an instance: a prover bug
            return done(MutantStatus.UNKNOWN, difference=difference,
                        reason="the prover claims mutant = original but an instance differs "
                               f"({difference.describe()}): reported, not trusted")
        steps = len(proof.steps)
        return done(MutantStatus.EQUIVALENT,
                    proof=f"{proof.method}, {steps} step{'s' if steps != 1 else ''}")
    if undecided:
        return done(MutantStatus.UNKNOWN, difference=difference, reason="; ".join(undecided))
    return done(MutantStatus.SURVIVED, difference=difference)


def _difference(law: Law, env: Env, budget: Budget) -> Counterexample | None:
    """An input where the mutant and the original differ (None when none was found)."""
    try:
        out = search(law, env, seed=budget.seed, max_examples=budget.max_examples,
                     timeout=budget.timeout)
    except (Unsupported, BudgetExceeded, InternalError):
        return None
    return out.counterexample if out.status is Status.REFUTED else None


def _short(name: str) -> str:
    return name.rsplit(".", 1)[-1]
