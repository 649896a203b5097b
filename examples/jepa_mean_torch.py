"""(b) in PyTorch: ``F.smooth_l1_loss(..., reduction="mean")`` over the gathered patches.

Optional: needs ``torch`` (the tests skip without it). The arrays of the calling convention are
NumPy; the loss converts them with ``torch.as_tensor`` and returns a 0-d tensor.

    jepa-formal conform specs/jepa.lean --functions array --rep-loss smooth_l1 \
        --bind jepaLoss=examples/jepa_mean_torch.py:jepa_loss
"""

import numpy as np
import torch
import torch.nn.functional as F


def jepa_loss(target_idxs, context, target, predict, rep_loss):
    idx = torch.as_tensor(np.asarray(target_idxs, dtype=np.int64))
    pred = torch.as_tensor(predict(context))
    tgt = torch.as_tensor(target)
    per_patch = F.smooth_l1_loss(pred[idx], tgt[idx], reduction="none").sum(dim=-1)
    return per_patch.mean()
