"""Masked sums against ``maskedSum`` (specs/masking.lean): the per-index loss summed over the
selected indices, duplicates counted as often as they occur.

``masked_sum`` gathers with fancy indexing, as training code does (``loss[idxs].sum()``: a
repeated index is gathered twice). ``masked_sum_dedup`` first turns the indices into a set, as
code that builds a mask or a ``set`` of patch ids does: it counts a repeated index once.

    jepa-formal conform specs/masking.lean --functions array \
        --bind maskedSum=examples/masked_sum.py:masked_sum
    jepa-formal conform specs/masking.lean --functions array \
        --bind maskedSum=examples/masked_sum.py:masked_sum_dedup
"""

import numpy as np


def masked_sum(idxs, loss):
    loss = np.asarray(loss)
    return loss[np.asarray(idxs, dtype=np.int64)].sum()


def masked_sum_dedup(idxs, loss):
    loss = np.asarray(loss)
    selected = sorted(set(int(i) for i in idxs))  # one entry per selected patch
    return loss[np.asarray(selected, dtype=np.int64)].sum()
