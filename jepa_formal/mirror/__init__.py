"""mirror layer: Lean terms to a typed core language, and its concrete meaning.

Public names (docs/internals.md): ``Env``, ``elaborate_theorem``, ``elaborate_term``,
``evaluate``, ``compile_law``, ``compile_expr``, ``CompiledLaw``, and the value types
``Some``, ``TableFn``, ``StructValue`` with ``show_value``.
"""

from jepa_formal.mirror.concrete.evaluate import CompiledLaw, compile_expr, compile_law, evaluate
from jepa_formal.mirror.core.env import Env
from jepa_formal.mirror.core.values import Some, StructValue, TableFn, show_value
from jepa_formal.mirror.elaborate import UNSUPPORTED_SYNTAX, elaborate_term, elaborate_theorem

__all__ = [
    "UNSUPPORTED_SYNTAX",
    "CompiledLaw",
    "Env",
    "Some",
    "StructValue",
    "TableFn",
    "compile_expr",
    "compile_law",
    "elaborate_term",
    "elaborate_theorem",
    "evaluate",
    "show_value",
]
