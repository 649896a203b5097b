"""MAE's reconstruction loss against ``maeLoss`` (specs/mae.lean).

MAE (He et al., ``models_mae.py``, ``forward_loss``)::

    loss = (pred - target) ** 2
    loss = loss.mean(dim=-1)  # [N, L], mean loss per patch
    loss = (loss * mask).sum() / mask.sum()  # mean loss on removed patches

``mae_loss`` is that code on one image (``mask`` built from the masked indices).
``maeLoss`` sums the squared distance over the masked list, so ``mae_loss`` differs three
ways: the per-patch mean divides by ``d``, the mask counts a repeated index once, and
``/ mask.sum()`` averages (NaN when nothing is masked). ``mae_loss_sum`` is the sum.

    jepa-formal conform specs/mae.lean --functions array \
        --bind maeLoss=examples/mae_loss.py:mae_loss_sum
    jepa-formal conform specs/mae.lean --functions array \
        --bind maeLoss=examples/mae_loss.py:mae_loss
"""

import numpy as np


def mae_loss(masked, patch, recon):
    target, pred = np.asarray(patch), np.asarray(recon)
    mask = np.zeros(target.shape[0])
    mask[np.asarray(masked, dtype=np.int64)] = 1.0
    loss = (pred - target) ** 2
    loss = loss.mean(axis=-1)  # mean loss per patch
    return (loss * mask).sum() / mask.sum()  # mean loss on removed patches


def mae_loss_sum(masked, patch, recon):
    idx = np.asarray(masked, dtype=np.int64)
    return ((np.asarray(recon)[idx] - np.asarray(patch)[idx]) ** 2).sum()


def sq_dist(x, y):
    return ((np.asarray(x) - np.asarray(y)) ** 2).sum()
