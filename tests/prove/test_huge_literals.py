"""Explicit but huge lists and powers are never spelled out.

The list algebra folds only short literals, so ``List.range (10^9)`` is reasoned about by the
rules instead of being built element by element, and the translator refuses an explicit power
of millions of bits: both would exhaust time or memory before any budget could stop them."""

from __future__ import annotations

import sympy

from jepa_formal import reader
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import Law
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status

SOURCE = """
theorem rep_len : (List.replicate 1000000000 0).length = 1000000000 := by simp
theorem range_len : (List.range (10^9)).length = 10^9 := by simp
theorem rep_sum_bad : (List.replicate 1000000000 1).sum = 999999999 := by simp
theorem small_range : (List.range 5).sum = 10 := by decide
theorem big_pow : 2 ^ 2 ^ 30 > 0 := by positivity
theorem small_pow : (3 : ℤ) ^ 40 > 0 := by positivity
"""


def test_short_literals_fold_and_long_ones_stay_symbolic() -> None:
    assert L.elements(L.Range(sympy.Integer(3))) == tuple(sympy.Integer(i) for i in range(3))
    assert L.elements(L.Replicate(sympy.Integer(L.FOLD_LIMIT), sympy.Integer(7))) is not None
    huge = L.Range(sympy.Integer(10**9))
    assert isinstance(huge, L.Range) and L.elements(huge) is None
    assert isinstance(L.Replicate(sympy.Integer(L.FOLD_LIMIT + 1), sympy.Integer(0)), L.Replicate)


def test_laws_about_huge_explicit_lists_are_decided_by_rules(tmp_path) -> None:
    path = tmp_path / "huge.lean"
    path.write_text(SOURCE, encoding="utf-8")
    env = Env.from_project(reader.load([str(path)]))
    laws = {law.name: law for _, law in env.laws() if isinstance(law, Law)}
    outcome = {name: prove_law(law, env, timeout=5.0).status for name, law in laws.items()}
    assert outcome["rep_len"] is Status.PROVED
    assert outcome["range_len"] is Status.PROVED
    assert outcome["small_range"] is Status.PROVED
    assert outcome["rep_sum_bad"] not in (Status.PROVED, Status.BOUNDED)
    assert outcome["small_pow"] is Status.PROVED
    # a 2^30-bit integer is one uninterruptible big-integer operation: the translator refuses
    # it (the prover gives up with a reason) rather than computing it
    big = prove_law(laws["big_pow"], env, timeout=5.0)
    assert big.status is None and "bits" in big.reason
