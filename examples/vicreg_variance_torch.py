"""The VICReg variance term of ``vicreg_variance.py`` in PyTorch (needs ``torch``; the tests
skip without it): ``torch.mean(F.relu(gamma - std))`` as in VICReg's ``forward``.

    jepa-formal conform specs/collapse.lean --lists numpy \
        --bind varianceTerm=examples/vicreg_variance_torch.py:variance_term_vicreg
"""

import numpy as np
import torch
import torch.nn.functional as F


def variance_term(gamma, stds):
    return F.relu(gamma - torch.as_tensor(np.array(stds, dtype=np.float64))).sum()


def variance_term_vicreg(gamma, stds):
    return torch.mean(F.relu(gamma - torch.as_tensor(np.array(stds, dtype=np.float64))))
