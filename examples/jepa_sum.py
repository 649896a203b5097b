"""(a) JEPA loss as the sum of per-patch losses over the gathered target indices.

Calling convention (``jepa-formal conform --functions array``): ``target`` is the ``(n, dim)``
array of target-encoder outputs, ``predict(context)`` returns the ``(n, dim)`` predictions,
``rep_loss(t, p)`` reduces over the last axis (one loss per row).

    jepa-formal conform specs/jepa.lean --functions array \
        --bind jepaLoss=examples/jepa_sum.py:jepa_loss
"""

import numpy as np


def jepa_loss(target_idxs, context, target, predict, rep_loss):
    idx = np.asarray(target_idxs, dtype=np.int64)
    pred = predict(context)  # (n, dim): one prediction per patch position
    per_patch = rep_loss(target[idx], pred[idx])  # gather the selected patches: (k,)
    return per_patch.sum()
