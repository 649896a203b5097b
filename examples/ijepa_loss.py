"""The I-JEPA loss against ``jepaLoss``: smooth-L1 with ``reduction="mean"`` over the
selected target tokens, the way I-JEPA's training loop (``src/train.py``) writes it::

    def loss_fn(z, h):
        loss = F.smooth_l1_loss(z, h)  # reduction="mean": over tokens and features
        return loss

``z`` are the predictions and ``h`` the target-encoder outputs of the target blocks
(``apply_masks`` gathers them). The metric is fixed (smooth-L1, β = 1): ``rep_loss`` is not
used, as in the original. A mean is not a sum: it is not additive over ``++`` and the mean of
no token is NaN.

    jepa-formal conform specs/jepa.lean --functions array --rep-loss smooth_l1 \
        --bind jepaLoss=examples/ijepa_loss.py:ijepa_loss
"""

import numpy as np


def smooth_l1_loss(input, target, beta=1.0):
    d = np.abs(input - target)
    return np.mean(np.where(d < beta, 0.5 * d * d / beta, d - 0.5 * beta))


def ijepa_loss(target_idxs, context, target, predict, rep_loss):
    masks_pred = np.asarray(target_idxs, dtype=np.int64)
    h = target[masks_pred]  # apply_masks(h, masks_pred)
    z = predict(context)[masks_pred]
    return smooth_l1_loss(z, h)
