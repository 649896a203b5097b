"""The advice under survivors is checked, not guessed; parallel judging changes nothing."""

from __future__ import annotations

from pathlib import Path

from jepa_formal.mirror import elaborate_theorem
from jepa_formal.mirror.core.terms import Law
from jepa_formal.mutate.advice import refutes, singleton_law
from jepa_formal.mutate.generate import generate
from jepa_formal.mutate.judge import Budget
from jepa_formal.mutate.result import MutantStatus
from jepa_formal.mutate.run import Job, judge_all, run_job
from jepa_formal.mutate.spec import load_spec
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

JEPA = "NN.MLTheory.SelfSupervised.jepaLoss"
BUDGET = Budget(max_examples=200, timeout=5.0)


def test_the_one_element_law_holds_for_the_definition(jepa) -> None:
    suggestion = singleton_law(jepa, JEPA)
    assert suggestion is not None
    assert suggestion.text == ("jepaLoss [i] context target predict repLoss = "
                               "repLoss (target i) (predict context i)")
    law = elaborate_theorem(suggestion.theorem, jepa.env)
    assert prove_law(law, jepa.env).status is Status.PROVED
    assert refutes(suggestion, jepa.env, 0, 200, 5.0) is False


def test_a_survivor_gets_the_law_that_kills_it(jepa) -> None:
    gen = {g.mutant.operator: g for g in generate(jepa, JEPA).mutants}
    laws = tuple(t.name for t, law in jepa.laws_using(JEPA) if isinstance(law, Law))
    suggestion = singleton_law(jepa, JEPA)
    result = run_job(Job(jepa, JEPA, laws, gen["sum→length"], BUDGET, suggestion))
    assert result.status is MutantStatus.SURVIVED
    assert result.advice and "one-element list" in result.advice
    assert refutes(suggestion, jepa.with_body(JEPA, gen["sum→length"].body), 0, 200, 5.0)


def test_without_a_suggestion_the_advice_names_a_differing_input(jepa) -> None:
    gen = {g.mutant.operator: g for g in generate(jepa, JEPA).mutants}
    laws = tuple(t.name for t, law in jepa.laws_using(JEPA) if isinstance(law, Law))
    result = run_job(Job(jepa, JEPA, laws, gen["c*e"], BUDGET, None))
    assert result.status is MutantStatus.SURVIVED and result.difference is not None
    assert result.advice and "they differ when" in result.advice


def test_two_workers_give_the_same_results_as_one() -> None:
    spec = load_spec([str(Path(__file__).with_name("conditions.lean"))])
    work = []
    for full in spec.definitions():
        laws = tuple(t.name for t, law in spec.laws_using(full) if isinstance(law, Law))
        work += [Job(spec, full, laws, g, BUDGET, None) for g in generate(spec, full).mutants]
    one = judge_all(work, 1)
    two = judge_all(work, 2)
    assert [(r.mutant, r.status, r.killed_by) for r in one] == [
        (r.mutant, r.status, r.killed_by) for r in two]
    statuses = {r.status for r in one}
    assert MutantStatus.KILLED in statuses and MutantStatus.SURVIVED in statuses
