"""(e) The sum of per-patch losses accumulated sequentially in float32, as a training loop
that adds one patch loss at a time into a float32 accumulator does.

    jepa-formal conform specs/jepa.lean --functions array --dtype float32 \
        --bind jepaLoss=examples/jepa_float32_sum.py:jepa_loss
"""

import numpy as np


def jepa_loss(target_idxs, context, target, predict, rep_loss):
    pred = predict(context).astype(np.float32)
    target = np.asarray(target, dtype=np.float32)
    total = np.float32(0.0)
    for i in target_idxs:
        total = np.float32(total + np.float32(rep_loss(target[i], pred[i])))
    return total
