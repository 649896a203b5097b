"""The TorchLean-style files that use issue 11's constructs the way ML-theory Lean code does:
predicates (collapse guards, variance floors, mask coverage), type-class-generic losses,
inductive shapes/phases/codebook lookups, scans, replay buffers, returns, and ``#guard_msgs``
tests. Every theorem is decided (proved, bounded or tested), with the verdict asserted; none
is refuted, none lost to a parse error; every ``#guard_msgs`` test holds."""

from __future__ import annotations

import pytest
from corpus import TORCHLEAN_DIR, TORCHLEAN_ROOT
from law_runs import describe, run

from jepa_formal.verdict import Status

P, B, T = Status.PROVED, Status.BOUNDED, Status.TESTED

EXPECTED: dict[str, dict[str, set[Status]]] = {
    "Predicates": {
        "selected_of_all": {P}, "collapsed_const": {P}, "collapsed_apply": {P},
        "collapsed_le": {P}, "floor_apply": {P}, "floor_mono": {P, T},
        "hinge_zero_of_floor": {P, T}, "some_not_none": {P, T}, "covers_nil": {P},
        "covers_append": {P, T}, "agree_refl": {P}, "agree_symm": {P, T},
        "collapsed_sum": {P, T},
    },
    "Generic": {
        "maskedTotal_nil": {P, T}, "maskedTotal_append": {P, T},
        "maskedTotal_reverse": {P, T}, "add_swap_losses": {P}, "add_zero_loss": {P, T},
        "sq_error_expand": {P}, "residual_cancel": {P}, "two_mul_loss": {P, T},
        "buffer_total_mono": {T}, "max_loss_comm": {P, T}, "le_max_loss": {P, T},
        "ring_mean_identity": {P},
    },
    "Shapes": {
        "numel_vector": {P}, "numel_matrix": {P}, "rank_dim": {P}, "rank_scalar": {P},
        "flatten2_numel": {P, T}, "lrScale_le": {P, T}, "eval_lrScale": {P},
        "trains_iff": {P, T}, "phases_cover": {P, T}, "codeD_hit": {P}, "codeD_miss": {P},
    },
    "Scans": {
        "ssmScan_nil": {P}, "ssmScan_append": {P, T}, "ssmScan_zero_input": {P, T},
        "push_cap": {P}, "push_length_le": {P, T}, "return_nil": {P}, "return_cons": {P},
        "return_undiscounted": {P, T}, "totalReward_append": {P}, "maskedSum_le": {P, T},
    },
    # Real.exp/Real.log (Mathlib's conventions), set-builder domains, a local notation
    "Softmax": {
        "exp_pos_weight": {P}, "exp_sum_split": {P}, "log_exp_cancel": {P},
        "log_zero_convention": {P}, "log_abs_convention": {P}, "one_add_le_exp": {P},
        "sigmoid_pos": {P}, "sigmoid_lt_one": {P}, "softplus_pos": {P}, "softplus_ge": {P, T},
        "softmax_pos": {P}, "softmax_sum_one": {P}, "softmax_le_one": {P, T},
        "partition_notation": {P}, "maskedMass_le": {P, T}, "maskedMass_nonneg": {P},
        "log_le_sub_one'": {P},
    },
    # ℝ≥0 (truncated subtraction), subtypes through a def, infix and mixfix local notations
    "VarianceFloor": {
        "hinge_le_target": {P}, "hinge_zero_of_floor": {P}, "hinge_add_cancel": {P},
        "hinge_ge": {P}, "hinge_infix": {P}, "hinge_coe": {P}, "floorPenalty_zero": {P},
        "floorPenalty_le": {P, T}, "toNNReal_floor": {P}, "stddev_sq_pos": {P},
        "stddev_inv_pos": {P}, "clamp_floor": {P},
    },
    # Matrix.mulVec/dotProduct, a subtype of indices, set-builder counts, Fin.succ/castSucc/last
    "Codebook": {
        "scores_zero_query": {P, T}, "scores_apply": {P}, "sqDist_self": {P},
        "sqDist_nonneg": {P}, "sqDist_comm": {P}, "dot_comm": {P}, "usage_le": {P, T},
        "usage_const": {P}, "codeIdx_lt": {P}, "codeIdx_pred": {P}, "nextCode_val": {P, T},
        "nextCode_ne_zero": {P, T}, "castSucc_lt_last": {P, T}, "last_val": {P},
    },
    # List.Pairwise, zipIdx, a discount subtype, ℝ≥0 rewards, an infixr notation
    "ReplayReturns": {
        "ret_nil": {P}, "ret_cons_infix": {P}, "ret_zero_discount": {P},
        "ret_nonneg": {P, B, T}, "ret_le_sum": {P, B, T}, "ordered_nil": {P},
        "ordered_range": {P, T}, "ordered_tail": {P, T}, "slots_length": {P},
        "slots_example": {P}, "total_nonneg": {P}, "total_ge": {P}, "clipped_le": {P},
        "clipped_add": {P},
    },
    # parametric inductives (`Tree α`, `Trajectory σ α`, `Slot n`), a parametric structure
    "Trees": {
        "size_leaf": {P}, "size_node": {P}, "size_singleton": {P}, "size_mirror": {P, T},
        "mirror_mirror": {P, T}, "toList_length": {P, T}, "height_le_size": {P, T},
        "total_mirror": {P, T}, "total_node": {P}, "ret_step": {P}, "ret_done": {P},
        "steps_zero_ret": {P, T}, "last_step": {P}, "slot_idx_le": {P, T},
        "slot_full_pos": {P}, "reverse_reverse": {P}, "reverse_reward": {P},
    },
    # notations declared for the importing files (and a local one)
    "LossNotation": {"floorHinge_self": {P}, "sqNorm_nil": {P}, "one_hinge_zero": {P}},
    # Nat.cast/Int.cast into a class-constrained α, n • r, CharZero
    "Averages": {
        "keptCount_append_cast": {P, T}, "count_cast_succ": {P}, "batch_size_cast": {P},
        "cast_two_steps": {P}, "batchMean_nil": {P, T}, "batchMean_mul_length": {P, T},
        "constReturn_zero": {P, T}, "constReturn_succ": {P}, "constReturn_add": {P},
        "constReturn_two": {P, T}, "replicate_return": {P, T}, "replicate_return_cast": {P, T},
        "usageWeight_zero": {P, T}, "usageWeight_self": {P, T}, "rewards_nsmul_sum": {P},
        "int_advantage_cast": {P},
        # notations declared in the imported LossNotation.lean
        "floor_hinge_nonneg": {P}, "floor_hinge_of_le": {P, T}, "sqNorm_cons": {P},
        "sqNorm_nonneg": {P, B, T},
        # set-builder finite sets as values, a subtype whose type is inferred
        "keptSet_card_le": {P, T}, "keptSet_mono": {P, T}, "kept_in_range": {P, T},
        "horizon_pos": {P},
    },
}


def _verdicts(stem: str) -> dict[str, object]:
    check_run = run((TORCHLEAN_DIR / f"{stem}.lean",), TORCHLEAN_ROOT)
    assert check_run.parse_errors == ()
    return {v.name.rsplit(".", 1)[-1] if not v.name.startswith("#") else v.name: v
            for v in check_run.verdicts}


@pytest.mark.parametrize("stem,name", [(s, n) for s, names in EXPECTED.items() for n in names])
def test_each_theorem_gets_its_expected_verdict(stem: str, name: str) -> None:
    verdict = _verdicts(stem)[name]
    assert verdict.status in EXPECTED[stem][name], describe(verdict)  # type: ignore[arg-type]


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_every_theorem_is_decided_and_listed(stem: str) -> None:
    got = _verdicts(stem)
    theorems = {n for n in got if not n.startswith("#")}
    assert theorems == set(EXPECTED[stem])
    assert all(v.status in (Status.PROVED, Status.BOUNDED, Status.TESTED)  # type: ignore[attr-defined]
               for v in got.values())


@pytest.mark.parametrize("stem", ["Shapes", "Scans", "Trees"])
def test_guard_msgs_tests_hold(stem: str) -> None:
    guards = [v for n, v in _verdicts(stem).items() if n.startswith("#guard_msgs@")]
    assert guards and all(v.status is Status.TESTED for v in guards)  # type: ignore[attr-defined]
