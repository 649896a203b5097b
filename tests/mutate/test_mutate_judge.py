"""Judging mutants: kills come with counterexamples that replay through the concrete
evaluator; ``equivalent`` is given only with a proof, never from testing alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jepa_formal.mirror import evaluate
from jepa_formal.mirror.core.terms import Law
from jepa_formal.mutate import judge as judge_module
from jepa_formal.mutate.generate import generate
from jepa_formal.mutate.judge import Budget, equivalence_law, judge
from jepa_formal.mutate.replay import read_back, replays
from jepa_formal.mutate.result import MutantStatus
from jepa_formal.prove import ProofOutcome, prove_law
from jepa_formal.verdict import Status

JEPA = "NN.MLTheory.SelfSupervised.jepaLoss"
BUDGET = Budget(max_examples=300, timeout=5.0)


@pytest.fixture(scope="module")
def mutants(jepa):
    gen = generate(jepa, JEPA)
    laws = tuple(t.name for t, law in jepa.laws_using(JEPA) if isinstance(law, Law))
    assert len(laws) == 4
    return {g.mutant.operator: g for g in gen.mutants}, laws


@pytest.mark.parametrize("operator", ["sum→mean", "sum→max", "sum-dedup"])
def test_a_killing_counterexample_replays_through_the_concrete_evaluator(jepa, mutants,
                                                                         operator) -> None:
    by_op, laws = mutants
    g = by_op[operator]
    result = judge(jepa, JEPA, laws, g, BUDGET)
    assert result.status is MutantStatus.KILLED
    kill = result.kills[0]
    assert kill.law.endswith("jepaLoss_append") and kill.replayed
    env = jepa.with_body(JEPA, g.body)
    law = dict((t.name, lw) for t, lw in jepa.laws(env))[kill.law]
    values = read_back(law, env, kill.counterexample)
    assert values is not None
    assert all(evaluate(h, env, values) for _, h in law.hypotheses)
    assert evaluate(law.conclusion, env, values) is False
    # the same input satisfies the law for the original definition
    original = dict((t.name, lw) for t, lw in jepa.laws())[kill.law]
    assert evaluate(original.conclusion, jepa.env, read_back(original, jepa.env,
                                                             kill.counterexample)) is True
    assert replays(original, jepa.env, kill.counterexample) is False


def test_equivalent_comes_with_a_proof(jepa, mutants) -> None:
    by_op, laws = mutants
    g = by_op["sum-reverse"]
    result = judge(jepa, JEPA, laws, g, BUDGET)
    assert result.status is MutantStatus.EQUIVALENT and result.proof
    outcome = prove_law(equivalence_law(JEPA, jepa.env.definition(JEPA), g.info), jepa.env)
    assert outcome.status is Status.PROVED


def test_never_equivalent_from_testing_alone(jepa, mutants, monkeypatch) -> None:
    """With the prover unable to decide, the reverse mutant passes every law and every test of
    mutant = original, and still is only ``survived``."""
    by_op, laws = mutants
    monkeypatch.setattr(judge_module, "prove_law",
                        lambda *a, **k: ProofOutcome(status=None, reason="disabled"))
    result = judge(jepa, JEPA, laws, by_op["sum-reverse"], BUDGET)
    assert result.status is MutantStatus.SURVIVED
    assert result.proof is None and result.difference is None


def test_a_proof_contradicted_by_an_instance_is_not_trusted(jepa, mutants,
                                                            monkeypatch) -> None:
    by_op, laws = mutants
    monkeypatch.setattr(judge_module, "prove_law",
                        lambda *a, **k: ProofOutcome(status=Status.PROVED, method="bogus"))
    result = judge(jepa, JEPA, laws, by_op["c*e"], BUDGET)
    assert result.status is MutantStatus.UNKNOWN
    assert result.difference is not None and "not trusted" in result.reason


def test_scaling_survives_and_differs_from_the_definition(jepa, mutants) -> None:
    by_op, laws = mutants
    result = judge(jepa, JEPA, laws, by_op["c*e"], BUDGET)
    assert result.status is MutantStatus.SURVIVED and not result.kills
    assert result.difference is not None  # 2 * L ≠ L somewhere: a real survivor


def test_a_counterexample_of_the_original_does_not_replay_as_a_kill(jepa, mutants) -> None:
    by_op, laws = mutants
    result = judge(jepa, JEPA, laws, by_op["sum→mean"], BUDGET)
    cex = result.kills[0].counterexample
    wrong = replace(cex, bindings=tuple((k, "[]") if k in ("xs", "ys") else (k, v)
                                        for k, v in cex.bindings))
    env = jepa.with_body(JEPA, by_op["sum→mean"].body)
    law = dict((t.name, lw) for t, lw in jepa.laws(env))[result.kills[0].law]
    assert replays(law, env, wrong) is False
