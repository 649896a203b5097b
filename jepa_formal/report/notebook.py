"""HTML for Jupyter: the cards of a run, a verdict or an explanation (``_repr_html_``).

Why a module of its own: ``verdict.py``, ``check.py`` and ``teach.py`` sit below ``report/``
and cannot import it; their ``_repr_html_`` methods look this module up by name and call
``html_of``, which picks the renderer by the value's type. The cards are those of the HTML
page, so a notebook and a shared report look the same.
"""

from __future__ import annotations

from jepa_formal.check import CheckRun
from jepa_formal.report.html import fragment, render_card, run_fragment
from jepa_formal.teach import Explanation
from jepa_formal.verdict import Verdict


def html_of(value: object) -> str:
    """The HTML of a ``CheckRun`` (summary, chart, filter, cards), a ``Verdict`` (its card) or
    an ``Explanation`` (its card with the worked instance and the hypotheses)."""
    if isinstance(value, CheckRun):
        return run_fragment(value)
    if isinstance(value, Explanation):
        return fragment([render_card(value.verdict, value, value.options)])
    if isinstance(value, Verdict):
        return fragment([render_card(value)])
    raise TypeError(f"no HTML for {type(value).__name__}")
