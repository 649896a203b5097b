"""The V-JEPA loss against ``jepaLoss``: the mean of ``|z - h| ** p`` over the selected
tokens and features, divided by ``p``, the way V-JEPA's training loop
(``app/vjepa/train.py``) writes it::

    def loss_fn(z, h):
        loss = 0.
        for zi, hi in zip(z, h, strict=True):
            loss += torch.mean(torch.abs(zi - hi)**loss_exp) / loss_exp
        loss /= len(masks_pred)
        return loss

with one mask (``len(masks_pred) == 1``) and ``loss_exp = 1``. The metric is fixed: ``rep_loss``
is not used, as in the original.

    jepa-formal conform specs/jepa.lean --functions array --rep-loss l1 \
        --bind jepaLoss=examples/vjepa_loss.py:vjepa_loss
"""

import numpy as np

LOSS_EXP = 1.0


def vjepa_loss(target_idxs, context, target, predict, rep_loss):
    masks_pred = [np.asarray(target_idxs, dtype=np.int64)]
    z = [predict(context)[m] for m in masks_pred]
    h = [target[m] for m in masks_pred]
    loss = 0.0
    for zi, hi in zip(z, h, strict=True):
        loss += np.mean(np.abs(zi - hi) ** LOSS_EXP) / LOSS_EXP
    loss /= len(masks_pred)
    return loss
