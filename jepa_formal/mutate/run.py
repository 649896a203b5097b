"""``mutate``: generate the mutants of a spec's definitions and judge each against the laws.

Why a baseline first: a law that fails (or cannot be decided) for the original definition
would "kill" every mutant and say nothing about the spec, so only laws that pass for the
original are used, and the others are listed with why. Mutants are judged in parallel with
``jobs`` worker processes forked *after* everything is imported and generated, so workers
start at once and share the parsed spec (the standard library's ``fork`` start method; with
one job everything runs in this process).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from jepa_formal.errors import BudgetExceeded, InternalError, Unsupported, UsageError
from jepa_formal.mirror.core.terms import Law
from jepa_formal.mutate.advice import Suggestion, advise, refutes, singleton_law
from jepa_formal.mutate.generate import Generated, generate
from jepa_formal.mutate.judge import Budget, judge
from jepa_formal.mutate.result import (
    DefinitionReport,
    MutantResult,
    MutantStatus,
    MutationRun,
)
from jepa_formal.mutate.spec import Spec, load_spec
from jepa_formal.numeric import search
from jepa_formal.verdict import Status
from jepa_formal.workers import can_fork, guarded_map


@dataclass(frozen=True, slots=True)
class Job:
    """One mutant to judge, with what judging it needs."""

    spec: Spec
    full: str
    laws: tuple[str, ...]
    generated: Generated
    budget: Budget
    singleton: Suggestion | None


def mutate(paths: Sequence[str], definitions: Sequence[str] = (), *, budget: Budget | None = None,
           jobs: int = 1, root: str | None = None,
           on_result: Callable[[MutantResult], None] | None = None) -> MutationRun:
    """Mutate every definition of the spec files (or those named) and judge the mutants."""
    started = time.perf_counter()
    budget = budget or Budget()
    spec = load_spec(paths, root)
    names = [spec.resolve_definition(d) for d in definitions] or spec.definitions()
    if not names:
        raise UsageError(f"no definition to mutate in {', '.join(paths)}")
    plans = [_plan(spec, full, budget) for full in names]
    work = [job for _, jobs_of in plans for job in jobs_of]
    results = judge_all(work, jobs, on_result)
    reports = []
    k = 0
    for report, jobs_of in plans:
        mine = tuple(results[k: k + len(jobs_of)])
        k += len(jobs_of)
        reports.append(replace(report, results=mine))
    return MutationRun(" ".join(paths), tuple(reports), budget.seed,
                       time.perf_counter() - started, jobs,
                       {"max_examples": budget.max_examples, "timeout": budget.timeout})


def _plan(spec: Spec, full: str, budget: Budget) -> tuple[DefinitionReport, list[Job]]:
    """The definition's usable laws (the baseline), its mutants, and their jobs."""
    laws: list[str] = []
    excluded: list[tuple[str, str]] = []
    for thm, law in spec.laws_using(full):
        why = _baseline(law, spec, budget)
        if why is None:
            laws.append(thm.name)
        else:
            excluded.append((thm.name, why))
    try:
        generation = generate(spec, full)
    except Unsupported as exc:
        report = DefinitionReport(full, tuple(laws), (), tuple(excluded),
                                  note=f"not modelled: {exc}")
        return report, []
    singleton = singleton_law(spec, full)
    if singleton is not None and refutes(singleton, spec.env, budget.seed, budget.max_examples,
                                         budget.timeout) is not False:
        singleton = None  # only a law that holds for the original is ever suggested
    jobs = [Job(spec, full, tuple(laws), g, budget, singleton) for g in generation.mutants]
    report = DefinitionReport(full, tuple(laws), (), tuple(excluded), generation.rejected,
                              generation.note)
    return report, jobs


def _baseline(law: Law | Unsupported, spec: Spec, budget: Budget) -> str | None:
    """Why a law cannot judge mutants (None when it passes for the original)."""
    if not isinstance(law, Law):
        return f"not modelled: {law}"
    try:
        out = search(law, spec.env, seed=budget.seed, max_examples=budget.max_examples,
                     timeout=budget.timeout)
    except (Unsupported, BudgetExceeded, InternalError) as exc:
        return f"cannot be evaluated: {exc}"
    if out.status is Status.REFUTED:
        return "refuted for the definition itself: " + (
            out.counterexample.describe() if out.counterexample else out.detail)
    if out.status is not Status.TESTED:
        return f"undecided for the definition itself: {out.detail}"
    return None


# --------------------------------------------------------------------------------------------
# Judging, in parallel
# --------------------------------------------------------------------------------------------

_JOBS: list[Job] = []
"""The jobs of the current parallel run, inherited by the forked workers."""


def run_job(job: Job) -> MutantResult:
    """Judge one mutant; a survivor also gets its advice."""
    result = judge(job.spec, job.full, job.laws, job.generated, job.budget)
    if result.status is not MutantStatus.SURVIVED:
        return result
    killed = None
    if job.singleton is not None:
        env = job.spec.with_body(job.full, job.generated.body)
        b = job.budget
        killed = refutes(job.singleton, env, b.seed, b.max_examples, b.timeout)
    return replace(result, advice=advise(job.singleton, killed, result.difference))


def _run_index(index: int) -> MutantResult:
    return run_job(_JOBS[index])


def judge_all(work: list[Job], jobs: int,
              on_result: Callable[[MutantResult], None] | None = None) -> list[MutantResult]:
    """Every job's result, in order; ``jobs`` > 1 forks that many workers."""
    notify = on_result or (lambda r: None)
    if jobs <= 1 or len(work) <= 1 or not can_fork():
        out = []
        for job in work:
            out.append(run_job(job))
            notify(out[-1])
        return out
    _JOBS[:] = work

    def lost(index: int, how: str) -> MutantResult:
        # a worker that died (a segfault, the out-of-memory killer) costs only this mutant
        return MutantResult(work[index].generated.mutant, MutantStatus.UNKNOWN,
                            reason=f"worker died: the worker process judging it {how}")

    results = guarded_map(_run_index, [[i] for i in range(len(work))], min(jobs, len(work)),
                          lost)
    try:
        out = []
        for result in results:
            out.append(result)
            notify(result)
        return out
    finally:
        results.close()
        _JOBS.clear()


def exit_code(run: MutationRun, fail_under: float | None) -> int:
    """0, or 1 when ``fail_under`` is given and a definition scores below it."""
    if fail_under is not None and run.below(fail_under):
        return 1
    return 0


__all__ = ["Job", "exit_code", "judge_all", "mutate", "run_job"]


