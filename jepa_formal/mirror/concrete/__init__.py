"""mirror.concrete: the concrete meaning, typed core terms evaluated on Python values.

``evaluate`` compiles a term or a law once into closures and runs them (``evaluate``,
``compile_law``); ``ops`` holds Lean's operators on values (truncated subtraction, Euclidean
division, right-fold sums, IEEE ``Float``) and the primitive builders.
"""

from jepa_formal.mirror.concrete.evaluate import (
    CompiledLaw,
    compile_expr,
    compile_law,
    evaluate,
    evaluation_deadline,
)

__all__ = ["CompiledLaw", "compile_expr", "compile_law", "evaluate", "evaluation_deadline"]
