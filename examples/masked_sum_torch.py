"""The masked sums of ``masked_sum.py`` in PyTorch (needs ``torch``; the tests skip without
it).

    jepa-formal conform specs/masking.lean --functions array \
        --bind maskedSum=examples/masked_sum_torch.py:masked_sum
"""

import numpy as np
import torch


def masked_sum(idxs, loss):
    return torch.as_tensor(np.array(loss))[torch.as_tensor(np.asarray(idxs, dtype=np.int64))].sum()


def masked_sum_dedup(idxs, loss):
    selected = torch.unique(torch.as_tensor(np.asarray(idxs, dtype=np.int64)))
    return torch.as_tensor(np.array(loss))[selected].sum()
