"""The I-JEPA loss of ``ijepa_loss.py`` in PyTorch (needs ``torch``; the tests skip without
it): ``F.smooth_l1_loss(z, h)`` with its default ``reduction="mean"``.

    jepa-formal conform specs/jepa.lean --functions array --rep-loss smooth_l1 \
        --bind jepaLoss=examples/ijepa_loss_torch.py:ijepa_loss
"""

import numpy as np
import torch
import torch.nn.functional as F


def ijepa_loss(target_idxs, context, target, predict, rep_loss):
    masks_pred = torch.as_tensor(np.asarray(target_idxs, dtype=np.int64))
    h = torch.as_tensor(np.array(target))[masks_pred]
    z = torch.as_tensor(np.array(predict(context)))[masks_pred]
    return F.smooth_l1_loss(z, h)
