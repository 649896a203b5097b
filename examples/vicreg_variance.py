"""The VICReg variance term against ``varianceTerm`` (specs/collapse.lean).

VICReg (Bardes et al.) computes ``std_x = torch.sqrt(x.var(dim=0) + 0.0001)`` and
``std_loss = torch.mean(F.relu(1 - std_x))``: the hinge ``relu(γ - std)`` *averaged* over the
features. ``varianceTerm`` is the hinge *summed* over them, so ``variance_term_vicreg`` is off
by the number of features (and NaN on no feature); ``variance_term`` is the sum.

    jepa-formal conform specs/collapse.lean --lists numpy \
        --bind varianceTerm=examples/vicreg_variance.py:variance_term
    jepa-formal conform specs/collapse.lean --lists numpy \
        --bind varianceTerm=examples/vicreg_variance.py:variance_term_vicreg
"""

import numpy as np


def relu(x):
    return np.maximum(x, 0.0)


def variance_term(gamma, stds):
    return relu(gamma - np.asarray(stds, dtype=np.float64)).sum()


def variance_term_vicreg(gamma, stds):
    return np.mean(relu(gamma - np.asarray(stds, dtype=np.float64)))
