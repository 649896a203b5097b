"""A predictive-view contract against ``contractLoss`` (specs/predictive_view.lean).

The contract arrives as an object with attributes (``--structs attrs``, the default):
``c.targetIdxs`` and ``c.guard``. ``contract_loss`` sums the per-index loss over the targets
and adds the guard; ``contract_loss_no_guard`` forgets the guard, as a loss that was written
before the margin was added to the contract would.

    jepa-formal conform specs/predictive_view.lean --functions array \
        --bind contractLoss=examples/contract_loss.py:contract_loss
"""

import numpy as np


def contract_loss(c, loss):
    idx = np.asarray(c.targetIdxs, dtype=np.int64)
    return np.asarray(loss)[idx].sum() + c.guard


def contract_loss_no_guard(c, loss):
    idx = np.asarray(c.targetIdxs, dtype=np.int64)
    return np.asarray(loss)[idx].sum()


def contract_loss_dict(c, loss):
    """The same with ``--structs dict``: ``c["targetIdxs"]``."""
    return np.asarray(loss)[np.asarray(c["targetIdxs"], dtype=np.int64)].sum() + c["guard"]
