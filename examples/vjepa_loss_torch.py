"""The V-JEPA loss of ``vjepa_loss.py`` in PyTorch (needs ``torch``; the tests skip without
it).

    jepa-formal conform specs/jepa.lean --functions array --rep-loss l1 \
        --bind jepaLoss=examples/vjepa_loss_torch.py:vjepa_loss
"""

import numpy as np
import torch

LOSS_EXP = 1.0


def vjepa_loss(target_idxs, context, target, predict, rep_loss):
    masks_pred = [torch.as_tensor(np.asarray(target_idxs, dtype=np.int64))]
    z = [torch.as_tensor(np.array(predict(context)))[m] for m in masks_pred]
    h = [torch.as_tensor(np.array(target))[m] for m in masks_pred]
    loss = 0.0
    for zi, hi in zip(z, h, strict=True):
        loss += torch.mean(torch.abs(zi - hi) ** LOSS_EXP) / LOSS_EXP
    loss /= len(masks_pred)
    return loss
