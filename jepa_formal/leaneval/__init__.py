"""leaneval: ``#eval``/``#check`` commands evaluated and printed as Lean does, and
``#guard_msgs`` tests checked (``jepa-formal eval``)."""

from jepa_formal.leaneval.lean_repr import float_to_string, lean_repr
from jepa_formal.leaneval.run import (
    EvalResult,
    eval_expression,
    eval_paths,
    evaluate_command,
    guard_verdict,
)

__all__ = ["EvalResult", "eval_expression", "eval_paths", "evaluate_command", "float_to_string",
           "guard_verdict", "lean_repr"]
