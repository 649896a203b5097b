"""False type-class-generic laws that no instance used to break (they stayed ``tested``) are
refuted at the instances added for them — S3 (a non-abelian group), a preorder that is not
antisymmetric, ZMod 6 (zero divisors that are not nilpotent), the quaternions over ℚ (a
non-commutative division ring) — with a counterexample the concrete evaluator replays; the
true laws of those classes are never refuted (the models' axioms: ``test_model_axioms.py``).
"""

from __future__ import annotations

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.verdict import Status

# (name, classes, binders, statement, true in Lean, the instance that must break a false one)
LAWS = [
    ("ag_comm", "[AddGroup α]", "(a b : α)", "a + b = b + a", False, "S3"),
    ("ag_neg_add", "[AddGroup α]", "(a b : α)", "-(a + b) = -a + -b", False, "S3"),
    ("g_comm", "[Group α]", "(a b : α)", "a * b = b * a", False, "S3"),
    ("g_inv_mul", "[Group α]", "(a b : α)", "(a * b)⁻¹ = a⁻¹ * b⁻¹", False, "S3"),
    ("pre_antisymm", "[Preorder α]", "(a b : α) (h1 : a ≤ b) (h2 : b ≤ a)", "a = b", False,
     "a preorder"),
    ("pre_total", "[Preorder α]", "(a b : α)", "a ≤ b ∨ b ≤ a", False, "a preorder"),
    ("cr_idempotent", "[CommRing α]", "(a : α) (h : a * a = a)", "a = 0 ∨ a = 1", False,
     "ZMod 6"),
    ("dr_comm", "[DivisionRing α]", "(a b : α)", "a * b = b * a", False, "quaternions"),
    ("dr_square", "[DivisionRing α]", "(a b : α)",
     "(a + b) * (a + b) = a * a + 2 * a * b + b * b", False, "quaternions"),
    ("dr_inv_mul", "[DivisionRing α]", "(a b : α)", "(a * b)⁻¹ = a⁻¹ * b⁻¹", False,
     "quaternions"),
    # true in Lean: never refuted
    ("ag_neg_add_rev", "[AddGroup α]", "(a b : α)", "-(a + b) = -b + -a", True, ""),
    ("ag_sub_add", "[AddGroup α]", "(a b : α)", "a - b + b = a", True, ""),
    ("g_inv_mul_rev", "[Group α]", "(a b : α)", "(a * b)⁻¹ = b⁻¹ * a⁻¹", True, ""),
    ("g_inv_inv", "[Group α]", "(a : α)", "a⁻¹⁻¹ = a", True, ""),
    ("g_div_self", "[Group α]", "(a : α)", "a / a = 1", True, ""),
    ("g_pow_succ", "[Group α]", "(a : α) (n : ℕ)", "a ^ (n + 1) = a ^ n * a", True, ""),
    ("pre_trans", "[Preorder α]", "(a b c : α) (h1 : a ≤ b) (h2 : b ≤ c)", "a ≤ c", True, ""),
    ("pre_lt_le", "[Preorder α]", "(a b c : α) (h1 : a < b) (h2 : b ≤ c)", "a < c", True, ""),
    ("pre_lt_asymm", "[Preorder α]", "(a b : α) (h : a < b)", "¬ b < a", True, ""),
    ("cr_square", "[CommRing α]", "(a b : α)",
     "(a + b) * (a + b) = a * a + 2 * a * b + b * b", True, ""),
    ("dr_mul_inv_rev", "[DivisionRing α]", "(a b : α)", "(a * b)⁻¹ = b⁻¹ * a⁻¹", True, ""),
    ("dr_inv_inv", "[DivisionRing α]", "(a : α)", "a⁻¹⁻¹ = a", True, ""),
    ("dr_mul_inv", "[DivisionRing α]", "(a : α) (h : a ≠ 0)", "a * a⁻¹ = 1", True, ""),
    ("dr_div_mul", "[DivisionRing α]", "(a b : α) (h : b ≠ 0)", "a / b * b = a", True, ""),
    ("dr_distrib", "[DivisionRing α]", "(a b c : α)", "(a + b) * c = a * c + b * c", True, ""),
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    path = tmp_path_factory.mktemp("gaps") / "Gaps.lean"
    path.write_text("".join(
        f"theorem {name} {{α : Type}} {cls} {binders} : {stmt} := sorry\n"
        for name, cls, binders, stmt, _, _ in LAWS), encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, jobs=1, cache_dir=None))
    assert not run.parse_errors
    return {v.name: v for v in run.verdicts}


@pytest.mark.parametrize(("name", "instance"),
                         [(n, i) for n, _, _, _, true, i in LAWS if not true])
def test_the_false_law_is_refuted_at_the_new_instance(verdicts: dict, name: str,
                                                      instance: str) -> None:
    verdict = verdicts[name]
    assert verdict.status is Status.REFUTED, (verdict.status, verdict.detail)
    # refuted means the shrunk counterexample replayed in a freshly compiled evaluator and
    # in the uncompiled one (search.replay); it names the instance
    assert instance in dict(verdict.counterexample.instantiation)["α"]


@pytest.mark.parametrize("name", [n for n, _, _, _, true, _ in LAWS if true])
def test_the_true_law_is_never_refuted(verdicts: dict, name: str) -> None:
    verdict = verdicts[name]
    assert verdict.status in (Status.PROVED, Status.BOUNDED, Status.TESTED), \
        (verdict.status, verdict.detail)
