"""(b) JEPA loss with ``reduction="mean"``: the mean of smooth-L1 per-patch losses over the
gathered target indices, as ``F.smooth_l1_loss(pred, target, reduction="mean")`` style code
does.

    jepa-formal conform specs/jepa.lean --functions array --rep-loss smooth_l1 \
        --bind jepaLoss=examples/jepa_mean.py:jepa_loss
"""

import numpy as np


def jepa_loss(target_idxs, context, target, predict, rep_loss, reduction="mean"):
    idx = np.asarray(target_idxs, dtype=np.int64)
    pred = predict(context)
    per_patch = rep_loss(target[idx], pred[idx])  # smooth-L1 per selected patch
    if reduction == "mean":
        return np.mean(per_patch)
    if reduction == "sum":
        return np.sum(per_patch)
    raise ValueError(f"unknown reduction {reduction!r}")
