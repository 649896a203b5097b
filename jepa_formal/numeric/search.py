"""The numeric search: exhaustive small scope, then random instances, then shrink and replay.

Why this order: small counterexamples are the likely ones and the readable ones, so every small
instance is tried first (up to half the example budget); random instances with sizes ramping
up to 20 then look further. The first failing instance is shrunk, *replayed* in a freshly
compiled evaluator (and, where it can, the uncompiled one), and only then reported. Hypotheses
are satisfied by construction where ``constrain`` understands them; every instance is still
checked, and a law whose hypotheses never held is ``INCONCLUSIVE``, never a pass.

All randomness comes from ``random.Random(seed)``: the same seed gives the same instances,
the same counterexample and the same outcome, on a quiet machine or a loaded one. What a search
may spend is counted in work: instances (``max_examples``), unfoldings per instance
(``mirror.concrete.evaluate.MAX_UNFOLDINGS``), elements and bits per value, shrinking
evaluations (``SHRINK_CALLS``). The wall clock is only a far safety net
(``safety_net(timeout)``); a search it cuts short says so in its outcome (``safety_cut``), and
that is the only outcome that may differ between a quiet and a loaded machine.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from fractions import Fraction
from random import Random
from typing import TYPE_CHECKING, Any

from jepa_formal import defaults, timelimit
from jepa_formal.errors import BudgetExceeded, InternalError, Unsupported
from jepa_formal.mirror.concrete.evaluate import (
    evaluation_deadline,
    evaluation_work,
    reset_evaluation_work,
)
from jepa_formal.mirror.concrete.models import TModel
from jepa_formal.mirror.core.terms import (
    RELATION_TABLE,
    Law,
    Prim,
    TInt,
    TNat,
    TRat,
    TReal,
    TSort,
    relation_symbol,
)
from jepa_formal.mirror.core.values import show_value
from jepa_formal.numeric.backend import Backend, Compiled, concrete_backend
from jepa_formal.numeric.constrain import Repairer, analyse
from jepa_formal.numeric.exhaustive import literal_scope, small_scope
from jepa_formal.numeric.instances import Instance, Space
from jepa_formal.numeric.literals import law_literals
from jepa_formal.numeric.outcome import NumericOutcome
from jepa_formal.numeric.shrink import shrink, sort_key
from jepa_formal.numeric.types import Resolver, fin_size, law_models
from jepa_formal.verdict import Counterexample, Status, counted

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

MAX_SIZE = 20
"""Largest size parameter of random instances (list lengths up to 20)."""

SMALL_SCOPE_MAX = 10_000
"""Most small-scope instances of one search: past them, a large budget goes to random
instances (in NumPy batches where the law allows), which reach larger sizes."""

LITERAL_FIRST = 4
"""Literal-scope instances tried before the small scope (the rest come after it)."""

LITERAL_SHARE = 0.25
"""Share of the example budget for the literal scope (instances over the statement's numbers
and their neighbours, ``exhaustive.literal_scope``), after the small scope."""

SAFETY_FACTOR = 10.0
"""The wall-clock safety net of a search is this many times its nominal ``timeout``…"""

MIN_SAFETY_SECONDS = 20.0
"""… and never shorter than this (the spot check's 20 instances included)."""

SEARCH_UNFOLDINGS = 200_000
"""Unfoldings of user definitions one search may make over all its instances (each instance
also has ``MAX_UNFOLDINGS``): a search of costly recursive instances stops after them, at the
same instance on every machine, and says so."""

SHRINK_CALLS = 5_000
"""Evaluations shrinking may spend (a work budget: the result is the same on every machine)."""


CANDIDATE_METHOD = "Z3 model past the bounded expansion, confirmed by the concrete evaluator"
"""The method of a refutation found among the prover's candidates."""


def safety_net(timeout: float) -> float:
    """Seconds after which a search (or its shrinking) is cut short whatever its work left:
    far beyond what the work budgets allow on any ordinary law."""
    return max(SAFETY_FACTOR * timeout, MIN_SAFETY_SECONDS)


def build_space(law: Law, env: Env, backend: Backend) -> Space:
    """The instance space of ``law`` with its hypotheses analysed for construction."""
    plan = analyse(law)
    names = tuple(b.name for b in law.binders)
    return Space(law.binders, Resolver(backend, env), Repairer(plan, backend, env, names),
                 law_models(law), law_literals(law, env, backend.evaluate))


def _size_for(j: int, rng: Random) -> int:
    """Sizes ramp from 1 to MAX_SIZE over the first instances, then vary at random."""
    ramp = 1 + j // 8
    return ramp if ramp <= MAX_SIZE else rng.randint(0, MAX_SIZE)


class _Run:
    """Counts and the test of one instance (hypotheses first, then the conclusion)."""

    __slots__ = ("examples", "fails", "held", "over_budget", "why", "work")

    def __init__(self, compiled: Compiled) -> None:
        self.examples = 0
        self.held = 0
        self.over_budget = 0
        self.work = 0  # unfoldings over every instance so far
        self.why = ""
        self.fails = self._test(compiled)

    def _test(self, compiled: Compiled) -> Callable[[Instance], bool]:
        """Whether an instance fails (its hypotheses hold, its conclusion does not), on the
        compiled evaluator: the frame of an instance is built once, not once per method. An
        instance too large to evaluate (deep recursion, a huge range) is skipped and counted
        instead of ending the whole search: one random instance over budget says nothing
        about the others. (One function: it runs once per instance of every search.)"""
        frame, hyps, concl = compiled.frame, compiled.hypotheses, compiled.conclusion

        def fails(inst: Instance) -> bool:
            held = self.held
            reset_evaluation_work()  # each instance gets the same unfolding budget
            try:
                self.examples += 1
                f = frame(inst)
                for h in hyps:
                    if not h(f):
                        return False
                self.held += 1
                return not concl(f)
            except BudgetExceeded as exc:
                self.held = held
                self.over_budget += 1
                self.why = self.why or str(exc)
                return False
            finally:
                self.work += reset_evaluation_work()

        return fails


def search(
    law: Law,
    env: Env,
    *,
    seed: int,
    max_examples: int = defaults.MAX_EXAMPLES,
    timeout: float = defaults.TIMEOUT,
    backend: Backend | None = None,
    small_scope_share: float = 0.5,
    literal_share: float | None = None,
    candidates: Iterable[Instance] = (),
    seeds: tuple[Instance, ...] = (),
) -> NumericOutcome:
    """Look for a counterexample to ``law`` among ``max_examples`` instances (work, not time:
    ``timeout`` only scales the far wall-clock net ``safety_net(timeout)``; shrinking a
    counterexample gets ``SHRINK_CALLS`` evaluations and a net of its own).

    ``small_scope_share`` of the examples go to exhaustive small scope first (0 for random
    instances only), then ``literal_share`` (default ``LITERAL_SHARE``) to the literal scope;
    ``backend`` is the concrete evaluator (``mirror.concrete`` by default). ``candidates``
    are instances proposed by the prover (Z3's models past a bounded expansion), tried first:
    each counts as one instance, and only the concrete evaluator's answer on it counts.
    ``seeds`` come next, tried like any instance (Z3's models of goals the prover left
    undecided, ``witness_instances``).
    Raises ``Unsupported`` when the evaluator cannot evaluate the law (the checker reports the
    law ``unsupported``) and ``InternalError`` when a counterexample does not replay.
    """
    backend = backend or concrete_backend()
    started = time.perf_counter()
    deadline = started + safety_net(timeout)
    # one instance may not overrun the net either (shrinking gets its own, in _refute)
    with evaluation_deadline(deadline), evaluation_work():
        return _search(law, env, backend, seed, max_examples, timeout, small_scope_share,
                       started, deadline,
                       LITERAL_SHARE if literal_share is None else literal_share,
                       tuple(candidates), seeds)


def _first_failing(run: _Run, instances: Iterable[Instance], stop: _Stop) -> Instance | None:
    """The first of ``instances`` the law fails on, or None once they run out or ``stop``
    says the budget is spent (one loop for the literal, small-scope and literal phases)."""
    for inst in instances:
        if run.fails(inst):
            return inst
        if stop():
            return None
    return None


def _search(
    law: Law,
    env: Env,
    backend: Backend,
    seed: int,
    max_examples: int,
    timeout: float,
    small_scope_share: float,
    started: float,
    deadline: float,
    literal_share: float,
    candidates: tuple[Instance, ...] = (),
    seeds: tuple[Instance, ...] = (),
) -> NumericOutcome:
    compiled = backend.compile_law(law, env)
    fast = backend.compile_fast(law, env, compiled) if backend.compile_fast else None
    space = build_space(law, env, backend)
    run = _Run(fast if fast is not None else compiled)
    found: Instance | None = None

    scope_cap = min(int(max_examples * small_scope_share), SMALL_SCOPE_MAX)
    literal_cap = min(int(max_examples * literal_share), SMALL_SCOPE_MAX)
    stop = _Stop(run, deadline)
    if candidates:
        phase = "Z3's models past the bounded expansion"
        found = _first_failing(run, candidates, stop)
        if found is not None:
            return replace(_refute(law, env, backend, space, compiled, run, found, seed, 0,
                                   started, timeout, phase), method=CANDIDATE_METHOD)
    literals = literal_scope(space, literal_cap)
    phase = "a model Z3 found for the negated goal"
    found = _first_failing(run, seeds[:max_examples], stop) if seeds else None
    seeded = run.examples
    if found is None and not stop.why:
        phase = "the statement's literals"
        # the first few literal instances ([7], [7, 7]…) come first: a law false only at its
        # own numbers is refuted within any budget, the quick pass's included
        found = _first_failing(run, itertools.islice(literals, LITERAL_FIRST), stop)
    early = run.examples
    if found is None and not stop.why:
        phase = "small scope"
        found = _first_failing(run, small_scope(space, scope_cap), stop)
    scoped = run.examples - early
    if found is None and not stop.why:
        phase = "the statement's literals"
        found = _first_failing(run, literals, stop)
    literal = run.examples - scoped - seeded

    batched = 0
    if found is None:
        phase = f"random search (seed {seed})"
    if found is None and law.binders and backend.batched and not stop.why:
        found, batched = _batched(law, env, compiled, run, seed, max_examples, deadline)
        if found is None and run.examples < max_examples:
            stop()

    if found is None and law.binders and not stop.why:  # a closed statement: one instance
        rng = Random(seed)
        misses = 0
        j = 0
        while run.examples < max_examples:
            inst = space.draw(rng, _size_for(j, rng))
            j += 1
            if inst is None:  # an empty type (Fin 0) was drawn: no such instance exists
                misses += 1
                if misses > 10 * max_examples:
                    break
                continue
            if run.fails(inst):
                found = inst
                break
            if stop():
                break

    if found is not None:
        return _refute(
            law, env, backend, space, compiled, run, found, seed, scoped, started, timeout,
            phase,
        )
    seconds = time.perf_counter() - started
    inst_summary = _instantiation_range(law)
    in_batches = f", {batched} of them in NumPy batches" if batched else ""
    with_literals = f" + {literal} from its literals" if literal else ""
    with_models = f" + {seeded} from Z3's models" if seeded else ""
    counts = (
        f"{counted(run.examples, 'instance')} ({scoped} small-scope{with_literals}"
        f"{with_models} + {run.examples - scoped - literal - seeded} random{in_batches}, "
        f"seed {seed})"
    )
    skipped = (
        f"; {run.over_budget} instance{'s' if run.over_budget != 1 else ''} skipped as over "
        f"budget ({run.why})"
        if run.over_budget else ""
    )
    if stop.why == "work":
        skipped += (f"; stopped when the work budget of {SEARCH_UNFOLDINGS} unfoldings was "
                    "spent")
    elif stop.why == "limit":
        lim = timelimit.current()
        skipped += f"; {lim.note() if lim is not None else 'stopped by the time limit'}"
    elif stop.why == "net":
        skipped += (f"; cut by the wall-clock safety net of {safety_net(timeout):g} s before "
                    f"{max_examples} instances (the machine is slow or loaded: a run on a "
                    "quieter machine may check more)")
    if run.held == 0:
        why = "the hypotheses never held" if run.examples else "no instance could be run"
        verdict = "vacuous, not a pass"
        if run.over_budget and run.over_budget == run.examples:
            why, verdict = "no instance could be evaluated within budget", "not a pass"
        return NumericOutcome(
            Status.INCONCLUSIVE,
            run.examples,
            0,
            detail=f"{why} in {counts}: {verdict}{skipped}",
            instantiation=inst_summary,
            seed=seed,
            small_scope=scoped,
            seconds=seconds,
            over_budget=run.over_budget,
            safety_cut=stop.why in ("net", "limit"),
        )
    held = f"; hypotheses held in {run.held}" if law.hypotheses else ""
    return NumericOutcome(
        Status.TESTED,
        run.examples,
        run.held,
        detail=f"no counterexample in {counts}{held}{skipped}",
        instantiation=inst_summary,
        seed=seed,
        small_scope=scoped,
        seconds=seconds,
        over_budget=run.over_budget,
        safety_cut=stop.why in ("net", "limit"),
    )


class _Stop:
    """Whether the search must stop before its instance budget: ``why`` becomes ``"work"``
    when the unfoldings of every instance so far exceed ``SEARCH_UNFOLDINGS`` (the same
    instance on every machine), ``"limit"`` past the theorem's time limit (``timelimit``), or
    ``"net"`` past the wall-clock safety net."""

    __slots__ = ("deadline", "run", "why")

    def __init__(self, run: _Run, deadline: float) -> None:
        self.run, self.deadline, self.why = run, deadline, ""

    def __call__(self) -> bool:
        if self.run.work > SEARCH_UNFOLDINGS:
            self.why = "work"
        elif timelimit.expired():
            self.why = "limit"
        elif time.perf_counter() > self.deadline:
            self.why = "net"
        return bool(self.why)


def _batched(
    law: Law,
    env: Env | None,
    compiled: Compiled,
    run: _Run,
    seed: int,
    max_examples: int,
    deadline: float,
) -> tuple[Instance | None, int]:
    """The random phase in NumPy batches, when the law is in their fragment and enough
    instances remain (``batch.BATCH_MIN``); returns a confirmed failing instance (or None)
    and how many instances the batches checked. NumPy is imported only here."""
    from jepa_formal.numeric import batch

    remaining = max_examples - run.examples
    if remaining < batch.BATCH_MIN:
        return None, 0
    plan = batch.plan(law, env)
    if plan is None:
        return None, 0
    try:
        with timelimit.uncounted():  # NumPy's first import is the process's, not this law's
            import numpy  # noqa: F401
    except ImportError:  # pragma: no cover - numpy is a dependency; degrade gracefully
        return None, 0

    def fails(inst: Instance) -> bool:
        return not compiled.conclusion_holds(inst)

    out = batch.run_batches(
        plan,
        env,
        seed=seed,
        examples=remaining,
        deadline=deadline,
        fails=fails,
        clock=time.perf_counter,
    )
    run.examples += out.examples
    run.held += out.examples
    return out.found, out.examples


def witness_instances(law: Law, witnesses: Iterable[Iterable[tuple[str, Any]]]
                      ) -> tuple[Instance, ...]:
    """The prover's Z3 models (``ProofOutcome.witnesses``) that bind every binder of ``law``,
    all of them numbers (ℕ, ℤ, ℚ, ℝ), as instances of the search (a model of a value outside
    its type, a negative ℕ, is dropped). The search replays each like any instance."""
    out: list[Instance] = []
    for witness in witnesses:
        values = dict(witness)
        inst: Instance = {}
        for b in law.binders:
            v = values.get(b.name)
            if v is None:
                break
            if isinstance(b.ty, (TNat, TInt)) and Fraction(v).denominator == 1:
                n = int(v)
                if isinstance(b.ty, TNat) and n < 0:
                    break
                inst[b.name] = n
            elif isinstance(b.ty, (TRat, TReal)):
                inst[b.name] = Fraction(v)
            else:
                break
        else:
            if law.binders and inst not in out:
                out.append(inst)
    return tuple(out)


def spot_check(
    law: Law, env: Env, *, seed: int, examples: int = 20, backend: Backend | None = None
) -> NumericOutcome:
    """A few concrete instances (small scope first), for confirming a ``proved`` verdict.

    Raises ``BudgetExceeded`` when no instance could be evaluated within budget, so that a
    proof is never described as spot-checked on instances that were in fact skipped."""
    out = search(law, env, seed=seed, max_examples=examples, timeout=2.0, backend=backend)
    if out.over_budget and out.over_budget == out.examples:
        raise BudgetExceeded(out.detail)
    return replace(out, examples=out.examples - out.over_budget)


# --------------------------------------------------------------------------------------------
# Refutation: shrink, replay, print
# --------------------------------------------------------------------------------------------


def _refute(
    law: Law,
    env: Env,
    backend: Backend,
    space: Space,
    compiled: Compiled,
    run: _Run,
    found: Instance,
    seed: int,
    scoped: int,
    started: float,
    timeout: float,
    phase: str,
) -> NumericOutcome:
    def failing(inst: Instance) -> bool:
        try:
            if law.hypotheses and not compiled.hypotheses_hold(inst):
                return False
            return not compiled.conclusion_holds(inst)
        except BudgetExceeded:
            return False  # a shrink candidate too large to evaluate is not a smaller failure

    budget = safety_net(timeout)
    shrink_deadline = time.perf_counter() + budget
    with evaluation_deadline(shrink_deadline + budget):  # replay gets the shrinking net too
        result = shrink(space, failing, found, deadline=shrink_deadline, max_calls=SHRINK_CALLS)
        best = result.instance
        replay(law, env, backend, best)
        cex = counterexample(law, space, compiled, best)
    seconds = time.perf_counter() - started
    note = "" if result.complete else " (shrinking budget ran out)"
    detail = (
        f"counterexample found by {phase} after {counted(run.examples, 'instance')}, shrunk "
        f"in {counted(result.calls, 'evaluation')}{note}: {cex.describe()}"
    )
    return NumericOutcome(
        Status.REFUTED,
        run.examples,
        run.held,
        counterexample=cex,
        detail=detail,
        instantiation=cex.instantiation,
        seed=seed,
        small_scope=min(scoped, run.examples),
        shrink_calls=result.calls,
        seconds=seconds,
        longest_list=max((len(v) for v in best.values() if isinstance(v, (tuple, list))),
                         default=None),
    )


def replay(law: Law, env: Env, backend: Backend, inst: Instance) -> None:
    """Confirm a counterexample in a freshly compiled evaluator and, where it can evaluate the
    law, the uncompiled one; raise InternalError if either disagrees."""
    fresh = backend.compile_law(law, env)
    if (law.hypotheses and not fresh.hypotheses_hold(inst)) or fresh.conclusion_holds(inst):
        raise InternalError(f"counterexample to {law.name} did not replay: {inst!r}")
    evaluate: Callable[..., Any] = backend.evaluate
    try:
        hyps = all(evaluate(h, env, inst) for _, h in law.hypotheses)
        concl = evaluate(law.conclusion, env, inst)
    except Unsupported:
        return  # the uncompiled path cannot evaluate this law; the compiled replay stands
    if not hyps or concl:
        raise InternalError(
            f"compiled and uncompiled evaluation disagree on a counterexample to {law.name}"
        )


def counterexample(law: Law, space: Space, compiled: Compiled, inst: Instance) -> Counterexample:
    """The Lean-style Counterexample of an instance (bindings, both sides, instantiation)."""
    bindings: list[tuple[str, str]] = []
    inst_names: list[tuple[str, str]] = []
    for b in law.binders:
        if isinstance(b.ty, TSort):
            value = inst[b.name]
            shown = value.name if isinstance(value, TModel) else f"Fin {fin_size(value)}"
            inst_names.append((b.name, shown))
            continue
        bindings.append((b.name, show_value(inst[b.name], space.type_of(b, inst))))
    lhs = rhs = None
    relation = ""
    sides = compiled.sides(inst)
    concl = law.conclusion
    if sides is not None and isinstance(concl, Prim) and len(concl.args) == 2:
        ty = space.resolver.resolve(concl.args[0].ty, inst)
        lhs, rhs = show_value(sides[0], ty), show_value(sides[1], ty)
        if concl.op in RELATION_TABLE:
            relation = relation_symbol(concl.op)
    return Counterexample(
        bindings=tuple(bindings),
        lhs=lhs,
        rhs=rhs,
        instantiation=tuple(inst_names),
        size=sort_key(space, inst).total,
        relation=relation,
    )


def _instantiation_range(law: Law) -> tuple[tuple[str, str], ...]:
    models = law_models(law)
    return tuple((b.name, ", ".join(m.name.split(" (")[0] for m in models[b.name])  # type: ignore[attr-defined]
                  if b.name in models else "Fin 1…3")
                 for b in law.binders if isinstance(b.ty, TSort))
