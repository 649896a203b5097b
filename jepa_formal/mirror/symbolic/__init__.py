"""mirror.symbolic: the symbolic meaning, typed core terms as SymPy expressions.

``lists`` is the SymPy list algebra (``ListSum``, ``Append``, ``Length``, ``Fn``, …);
``translator`` turns a law into SymPy over it, with Lean's operators in ``arith`` (truncated
subtraction, ``x / 0 = 0``, Euclidean division), the primitive handlers in ``ops``, definition
heads in ``defs`` and the SymPy assumptions of each Lean type in ``sorts``.
"""

from jepa_formal.mirror.symbolic.translator import *  # noqa: F403  (the translator's API)
from jepa_formal.mirror.symbolic.translator import __all__  # noqa: F401
