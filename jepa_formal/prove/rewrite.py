"""The rewrite engine: one bottom-up pass to a fixpoint, memoised, recording each named step.

Why this shape: re-simplifying the whole tree after every rule is quadratic (or worse) in term
size. Here a term's arguments are normalised first, then the rules of its head are tried at the
root; when one fires, only its result is normalised (its unchanged subterms are memo hits). So
each distinct subterm is normalised once, and ``L (x₁ ++ … ++ x_K) = L x₁ + … + L x_K`` costs
time near-linear in K. Every rewrite is an equality, so stopping early (a cycle, the step cap)
never makes a proof unsound: it only leaves a term less normal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sympy import Basic

from jepa_formal.errors import BudgetExceeded
from jepa_formal.prove.budget import Deadline
from jepa_formal.prove.rules import RULES, Rule
from jepa_formal.prove.show import show
from jepa_formal.verdict import Step

MAX_STEPS = 20_000
"""Rewrite steps allowed per engine before giving up (guards rule sets that cycle)."""

MAX_SHOWN_STEPS = 120
"""Steps printed in a trace; longer traces end with a summary step."""


@dataclass(slots=True)
class RawStep:
    """A step before printing (printing is deferred: long proofs print only a prefix).

    ``before``/``after`` may be functions returning the printed text: a closing step's common
    normal form costs an ``expand``, paid only when a successful proof is printed."""

    rule: str
    before: Any
    after: Any
    note: str = ""


@dataclass(slots=True)
class Trace:
    """The ordered steps of one proof attempt.

    ``group`` labels the steps added while it is set (``base case``, ``step case``): their
    rules print as ``base case › List.sum_nil``, so an induction reads as two groups."""

    steps: list[RawStep] = field(default_factory=list)
    group: str = ""
    confirmations: list[str] = field(default_factory=list)
    """How each closed goal was confirmed (``identical normal form`` or ``z3``), in order."""

    def confirm(self, how: str) -> None:
        self.confirmations.append(how)

    def confirmed_by(self) -> str:
        """The confirming engines of this proof, named once each in first-use order."""
        return " + ".join(dict.fromkeys(self.confirmations))

    def add(self, rule: str, before: Any, after: Any | Callable[[], str],
            note: str = "") -> None:
        if self.group:
            rule = f"{self.group} › {rule}"
        self.steps.append(RawStep(rule, before, after, note))

    def extend(self, other: Trace) -> None:
        """Append ``other``'s steps (labelled with this trace's group)."""
        for s in other.steps:
            self.add(s.rule, s.before, s.after, s.note)
        self.confirmations.extend(other.confirmations)

    def rules(self) -> list[str]:
        return [s.rule for s in self.steps]

    def render(self, limit: int = MAX_SHOWN_STEPS) -> tuple[Step, ...]:
        """Printed steps; a step whose two sides print alike (a fusion with the identity) is
        left out, and past ``limit`` steps a summary step stands for the rest but the last,
        which closes the proof and is always shown."""
        out: list[Step] = []
        k = 0
        for k, s in enumerate(self.steps):  # noqa: B007 - k is used after the loop
            if len(out) >= limit:
                break
            step = _printed(s)
            if step is not None:
                out.append(step)
        else:
            k = len(self.steps)
        if k < len(self.steps):
            rest = self.steps[k:-1]
            if rest:
                names = sorted({s.rule for s in rest})
                out.append(Step("…", "", "", f"{len(rest)} more steps using {', '.join(names)}"))
            last = _printed(self.steps[-1])
            if last is not None:
                out.append(last)
        return tuple(out)


def _text(part: Any) -> str:
    """A step's side printed; a function (not a SymPy term) is called for its deferred text."""
    if callable(part) and not isinstance(part, (Basic, type)):
        return str(part())
    return show(part)


def _printed(s: RawStep) -> Step | None:
    before, after = _text(s.before), _text(s.after)
    if before != after or s.note:
        return Step(s.rule, before, after, s.note)
    return None


class Rewriter:
    """Normalises SymPy terms with a fixed rule set (static rules plus per-proof ones)."""

    def __init__(self, extra: tuple[Rule, ...] = (), *, deadline: Deadline | None = None,
                 trace: Trace | None = None, base: tuple[Rule, ...] = RULES) -> None:
        self.rules = tuple(extra) + tuple(base)
        self.deadline = deadline
        self.trace = trace if trace is not None else Trace()
        self.memo: dict[Basic, Basic] = {}
        self._dispatch: dict[type, tuple[Rule, ...]] = {}
        self._active: set[Basic] = set()
        self.count = 0

    def _rules_for(self, cls: type) -> tuple[Rule, ...]:
        found = self._dispatch.get(cls)
        if found is None:
            found = tuple(r for r in self.rules if issubclass(cls, r.heads))
            self._dispatch[cls] = found
        return found

    def normalize(self, e: Basic) -> Basic:
        """The normal form of ``e`` under the rules (every step recorded in the trace)."""
        if not isinstance(e, Basic):
            return e
        done = self.memo.get(e)
        if done is not None:
            return done
        if e in self._active:  # a rule led back to a term being normalised: stop here
            return e
        self._active.add(e)
        try:
            out = self._normalize(e)
        finally:
            self._active.discard(e)
        self.memo[e] = out
        return out

    def _normalize(self, e: Basic) -> Basic:
        # top-down rules first (``List.append_assoc`` flattens a K-deep ``++`` chain in one
        # step, instead of re-flattening at each of the K levels)
        for rule in self._rules_for(type(e)):
            if rule.top_down:
                result = rule.apply(e)
                if result is not None:
                    self._tick()
                    self.trace.add(rule.name_for(e), e, result, rule.note)
                    return self.normalize(result)
        current = e
        if current.args:
            args = tuple(self.normalize(a) for a in current.args)
            if args != current.args:
                current = current.func(*args)
                if current != e and current in self.memo:
                    return self.memo[current]
        for rule in self._rules_for(type(current)):
            result = rule.apply(current)  # (a top-down rule may fire here too, after a change)
            if result is None:
                continue
            self._tick()
            self.trace.add(rule.name_for(current), current, result, rule.note)
            return self.normalize(result)
        return current

    def _tick(self) -> None:
        self.count += 1
        if self.count > MAX_STEPS:
            raise BudgetExceeded(f"more than {MAX_STEPS} rewrite steps")
        if self.deadline is not None and self.count % 16 == 0:
            self.deadline.spend(16)


__all__ = ["MAX_STEPS", "RawStep", "Rewriter", "Trace"]
