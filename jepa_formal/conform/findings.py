"""Words for a failing law: the class of input a finding needs, and a one-line diagnosis.

Why from the law's shape: "the sides differ" tells a user nothing they can act on. The law
says what property the definition has (additive over ``++``, invariant under ``reverse``,
only the selected indices matter, ``0`` on the empty selection…); a ``mismatch`` finding is
the user's code lacking that property, on the inputs shown. A NaN that appears only on an
empty selection is a different finding (a mean of nothing is ``0/0``; Lean's ``x / 0 = 0``
gives ``0``), and when every non-empty instance passed, the diagnosis says so.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from jepa_formal.mirror.core.terms import ORDER_RELATIONS, Lam, Law, Prim, subterms

if TYPE_CHECKING:
    from jepa_formal.conform.generate import Plan
    from jepa_formal.conform.result import Finding


def input_class(plan: Plan, raw: dict[str, Any]) -> str:
    """``an empty selection``, ``a repeated index``, ``a NaN input``… for one instance."""
    lists = [s.name for s in plan.slots if s.kind in ("list", "reals")]
    if any(_has_nan(v) for v in raw.values()):
        return "a NaN input"
    if lists and all(len(raw.get(n) or ()) == 0 for n in lists):
        return "an empty selection"
    if any(len(raw.get(n) or ()) == 0 for n in lists):
        return "an empty list"
    idx = [i for s in plan.slots if s.kind == "list" for i in raw.get(s.name) or ()]
    if len(idx) != len(set(idx)):
        return "a repeated index"
    return ""


def _has_nan(v: Any) -> bool:
    if isinstance(v, float):
        return math.isnan(v)
    if isinstance(v, tuple):
        return any(_has_nan(x) for x in v)
    rows = getattr(v, "rows", None)
    return rows is not None and _has_nan(rows)


def shape(law: Law) -> str:
    """The property the law states, in words (``additive over ++``…), or ''."""
    ops = _ops(law.conclusion)
    if any(_is_tie(h) for _, h in law.hypotheses):
        return "determined by the selected indices alone"
    if "List.append" in ops:
        return "additive over ++"
    if "List.reverse" in ops:
        return "invariant under reverse"
    if "List.replicate" in ops:
        return "consistent on repeated indices (replicate)"
    if "List.cons" in ops:
        return "consistent with prepending an index (::)"
    if "List.filter" in ops:
        return "split by a mask into its two parts"
    if "lam-mul" in ops or "lam-add" in ops:
        return "linear in the per-element loss"
    if "List.nil" in ops:
        return "right on the empty list"
    concl = law.conclusion
    if isinstance(concl, Prim) and concl.op in ORDER_RELATIONS:
        return "within the stated bound"
    return ""


def _is_tie(h: Any) -> bool:
    from jepa_formal.conform.generate import _equal_on

    return _equal_on(h) is not None


def _ops(node: Any) -> set[str]:
    """The prelude ops in ``node``, and ``lam-mul``/``lam-add`` for a lambda scaling or adding
    losses (``fun t p => c * repLoss t p``)."""
    out: set[str] = set()
    for e in subterms(node):
        if isinstance(e, Prim):
            out.add(e.op)
        if isinstance(e, Lam) and isinstance(e.body, Prim) and e.body.op in ("mul", "add"):
            out.add("lam-" + e.body.op)
    return out


def diagnose(law: Law, findings: list[Finding], non_empty_tested: int, non_empty_failed: int,
             tested: int) -> str:
    """One line: what is wrong, on which input, and what still holds."""
    parts = []
    prop = shape(law)
    for f in findings:
        parts.append(_sentence(f, prop))
    text = parts[0] + ("; also " + "; ".join(parts[1:]) if len(parts) > 1 else "")
    kinds = {f.kind for f in findings}
    if kinds <= {"nan", "inf"} and non_empty_tested and not non_empty_failed:
        text += f"; holds on every non-empty input ({non_empty_tested} tested)"
    return text


def _inputs(f: Finding, limit: int = 4) -> str:
    short = [(k, v) for k, v in f.counterexample.inputs
             if (k in f.focus if f.focus else len(v) <= 24)]
    return ", ".join(f"{k} = {v}" for k, v in short[:limit])


def _num(x: float | None, text: str | None = None) -> str:
    """Six significant digits; the exact text when the float overflowed (an int result of
    ``10**400`` digits is shown as its text, not as ``inf``)."""
    if x is None:
        return text or "?"
    if math.isinf(x) and text is not None:
        return text
    return f"{x:.6g}"


def _sentence(f: Finding, prop: str) -> str:
    where = f" on {f.input_class}" if f.input_class else ""
    if f.kind == "mismatch":
        head = f"not {prop}" if prop else "the sides differ"
        return (f"{head}: for {_inputs(f)}, left {_num(f.lhs, f.counterexample.lhs)}, "
                f"right {_num(f.rhs, f.counterexample.rhs)}")
    if f.kind == "nan":
        lean = ("; Lean gives a number there, never NaN"
                if f.input_class in (
            "an empty selection", "an empty list", "the empty list") else "")
        if f.input_class == "a NaN input" and prop.startswith("determined by"):
            return ("returns NaN when a value outside the selected indices is NaN (the law "
                    "says those values do not matter; 0 · NaN = NaN)")
        return f"returns NaN{where}{lean}"
    if f.kind == "inf" and f.lhs is None and f.rhs is None and f.counterexample.error is None:
        return (f"a result too large for a float (an int beyond float64's range) overflows "
                f"the law's floating-point arithmetic{where}")
    if f.kind == "inf":
        return f"returns an infinity{where}"
    if f.kind == "tolerance":
        dev = f.deviation if f.deviation is not None else math.nan
        return (f"differs by rounding beyond the tolerance ({dev:.3g} for {_inputs(f, 2)}): "
                "a lower-precision computation; check with its --dtype or a larger --rtol")
    if f.counterexample.error is not None:
        return f"raises {f.counterexample.error}{where}"
    return f"fails{where}"
