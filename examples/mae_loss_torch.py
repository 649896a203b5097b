"""MAE's ``forward_loss`` of ``mae_loss.py`` in PyTorch (needs ``torch``; the tests skip
without it).

    jepa-formal conform specs/mae.lean --functions array \
        --bind maeLoss=examples/mae_loss_torch.py:mae_loss
"""

import numpy as np
import torch


def mae_loss(masked, patch, recon):
    target = torch.as_tensor(np.array(patch))
    pred = torch.as_tensor(np.array(recon))
    mask = torch.zeros(target.shape[0], dtype=target.dtype)
    mask[torch.as_tensor(np.asarray(masked, dtype=np.int64))] = 1.0
    loss = (pred - target) ** 2
    loss = loss.mean(dim=-1)  # [N, L], mean loss per patch
    return (loss * mask).sum() / mask.sum()  # mean loss on removed patches


def mae_loss_sum(masked, patch, recon):
    idx = torch.as_tensor(np.asarray(masked, dtype=np.int64))
    return ((torch.as_tensor(np.array(recon))[idx] - torch.as_tensor(np.array(patch))[idx])
            ** 2).sum()
