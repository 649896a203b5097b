"""(d) The masked-patch pattern of MAE-style code: a boolean mask of size ``n`` built from the
indices, the per-patch loss computed for ALL patches, then ``(loss * mask).sum()``; with
``normalize=True`` it is divided by ``mask.sum()`` as in MAE's ``forward_loss``.

    jepa-formal conform specs/jepa.lean --functions array \
        --bind jepaLoss=examples/jepa_mask01.py:jepa_loss
    jepa-formal conform specs/jepa.lean --functions array \
        --bind jepaLoss=examples/jepa_mask01.py:jepa_loss_normalized
"""

import numpy as np


def jepa_loss(target_idxs, context, target, predict, rep_loss, normalize=False):
    n = target.shape[0]
    mask = np.zeros(n, dtype=bool)
    mask[np.asarray(target_idxs, dtype=np.int64)] = True  # a repeated index is set once
    loss = rep_loss(target, predict(context))  # (n,): per-patch loss for every patch
    mask = mask.astype(loss.dtype)
    total = (loss * mask).sum()
    if normalize:
        return total / mask.sum()
    return total


def jepa_loss_normalized(target_idxs, context, target, predict, rep_loss):
    return jepa_loss(target_idxs, context, target, predict, rep_loss, normalize=True)
