"""(c) The mean per-patch loss multiplied back by the number of selected patches (a common way
to turn a ``reduction="mean"`` loss into a sum), with the usual guard for an empty selection.

    jepa-formal conform specs/jepa.lean --functions array \
        --bind jepaLoss=examples/jepa_mean_times_count.py:jepa_loss
"""

import numpy as np


def jepa_loss(target_idxs, context, target, predict, rep_loss):
    idx = np.asarray(target_idxs, dtype=np.int64)
    count = idx.shape[0]
    if count == 0:  # np.mean of an empty array is NaN
        return 0.0
    pred = predict(context)
    per_patch = rep_loss(target[idx], pred[idx])
    return per_patch.mean() * count
