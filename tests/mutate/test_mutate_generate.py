"""Every operator produces mutants, and every mutant is well typed: its printed Lean text,
read back and elaborated in place of the definition, gives the same core term."""

from __future__ import annotations

from jepa_formal.mutate.operators import OPERATORS
from jepa_formal.reader import parse_term

BUNDLED_ONLY_MISSING = {"≤↔<", "index→0", "index→i+1", "negate-if", "swap-branches",
                        "bool-const"}
"""Operators whose sites (an `if`, a comparison, an ℕ index, a Bool) no bundled definition
has; ``conditions.lean`` has them."""


def test_each_operator_produces_mutants(generations) -> None:
    hit: dict[str, set[str]] = {}
    for file, (_, gens) in generations.items():
        for gen in gens.values():
            for g in gen.mutants:
                hit.setdefault(g.mutant.operator, set()).add(file)
    for op in OPERATORS:
        assert op.name in hit, f"operator {op.name} produced no mutant"
        bundled = hit[op.name] - {"conditions.lean"}
        if op.name not in BUNDLED_ONLY_MISSING:
            assert bundled, f"operator {op.name} produced no mutant on a bundled spec"


def test_every_mutant_elaborates_from_its_printed_text(generations) -> None:
    count = 0
    for spec, gens in generations.values():
        for full, gen in gens.items():
            original = spec.env.definition(full)
            for g in gen.mutants:
                info = spec.with_body(full, parse_term(g.mutant.body)).definition(full)
                assert info.body == g.info.body, g.mutant
                assert info.result_ty == original.result_ty
                assert info.body != original.body
                count += 1
    assert count > 100


def test_mutants_of_a_definition_are_distinct(generations) -> None:
    for _, gens in generations.values():
        for gen in gens.values():
            bodies = [g.info.body for g in gen.mutants]
            assert len(bodies) == len(set(bodies))
            assert [g.mutant.id for g in gen.mutants] == [
                f"{g.mutant.id.split(':')[0]}:{k + 1}" for k, g in enumerate(gen.mutants)]


def test_ill_typed_candidates_are_not_generated(generations) -> None:
    _, gens = generations["jepa.lean"]
    gen = gens["NN.MLTheory.SelfSupervised.jepaLoss"]
    # swapping `target i` and `predict context i` (types Target and Pred) cannot elaborate
    assert gen.rejected >= 1
    assert not any(g.mutant.operator == "swap-args" for g in gen.mutants)
    assert len(gen.mutants) >= 12
