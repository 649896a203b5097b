"""``--audit``: every rewrite step of a proof replayed on concrete instances.

Why: the rewrite rules are the trusted base of every proof. A step ``before → after`` claims
an equality for every value of its free variables, so it is replayed on a few drawn values:
numbers that honour each symbol's declared facts (ℕ ≥ 0, a hypothesis's ``0 < γ``), literal
lists for list variables, finite tables for function symbols. Both sides are folded to
numbers by the list algebra on explicit data, and each application of a user definition is
computed by the *concrete evaluator* (``mirror.concrete``), the independent meaning, never by
the symbolic unfolding that the step itself may be. A disagreement is an audit failure: the
verdict becomes an error. Steps that use a hypothesis (congruences, rewrites by a hypothesis,
the induction hypothesis) hold only where the hypothesis does, and closing decisions are Z3's:
those are counted as not replayed, as are steps whose values cannot be drawn or folded.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import sympy
from sympy import Basic, Integer, Rational
from sympy.core.function import AppliedUndef, UndefinedFunction
from sympy.logic.boolalg import BooleanFalse, BooleanTrue

from jepa_formal.mirror.core.terms import DefCall, TNat, TSort, TypeArg, Var
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.arith import BoolApp, LargePower
from jepa_formal.mirror.symbolic.sorts import assumptions

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

INSTANCES = 3
"""Concrete instances per step."""

MAX_LENGTH = 3
"""Longest list drawn for a list variable."""

_NOT_REPLAYED = ("congruence", "hypothesis", "induction hypothesis", "vacuous", "base case",
                 "step case", "decide", "arithmetic normal form", "case split", "case analysis",
                 "bounded expansion", "…")
"""Steps that are not equalities for every value (a hypothesis is needed) or are closing
decisions (confirmed by Z3 or identical normal forms, not rewrites)."""


class _Skip(Exception):
    """This step cannot be replayed on this instance."""


@dataclass(frozen=True, slots=True)
class AuditReport:
    """``replayed`` steps agreed on every instance; ``skipped`` could not be replayed;
    ``failures`` name each step that a concrete instance contradicts."""

    replayed: int = 0
    skipped: int = 0
    failures: tuple[str, ...] = ()

    def __add__(self, other: AuditReport) -> AuditReport:
        return AuditReport(self.replayed + other.replayed, self.skipped + other.skipped,
                           self.failures + other.failures)


def audit_steps(steps: list[Any], ctx: Any, env: Env | None, seed: int = 0) -> AuditReport:
    """Replay each raw step (``rewrite.RawStep``) of a proof on ``INSTANCES`` instances."""
    rng = random.Random(seed)
    replayed = skipped = 0
    failures: list[str] = []
    for step in steps:
        rule = step.rule.rsplit(" › ", 1)[-1]
        if rule.startswith(_NOT_REPLAYED) or not (isinstance(step.before, Basic)
                                                   and isinstance(step.after, Basic)):
            skipped += 1
            continue
        outcome = _replay(step.before, step.after, ctx, env, rng)
        if outcome is None:
            skipped += 1
        elif outcome:
            replayed += 1
        else:
            failures.append(f"{step.rule}: {step.before} → {step.after}")
    return AuditReport(replayed, skipped, tuple(failures))


def _replay(before: Basic, after: Basic, ctx: Any, env: Env | None,
            rng: random.Random) -> bool | None:
    """True when both sides agree on every instance, False on a disagreement, None when no
    instance could be evaluated."""
    checked = 0
    for _ in range(INSTANCES):
        try:
            inst = _Instance(ctx, env, rng)
            left = inst.value(before)
            right = inst.value(after)
        except _Skip:
            continue
        except (RecursionError, ZeroDivisionError, OverflowError):
            continue
        if not _same(left, right):
            return False
        checked += 1
    return True if checked else None


def _same(a: Basic, b: Basic) -> bool:
    if a == b:
        return True
    try:  # a definition's value comes back through `_sympy`, which spells pairs as lists
        if _to_python(a) == _to_python(b):
            return True
    except _Skip:
        pass
    try:
        return bool(sympy.simplify(a - b) == 0)
    except Exception:  # not numbers: structurally different values
        return False


class _Instance:
    """One drawn instance: values for the symbols, lists and functions met so far."""

    def __init__(self, ctx: Any, env: Env | None, rng: random.Random) -> None:
        self.ctx, self.env, self.rng = ctx, env, rng
        self.values: dict[Basic, Basic] = {}
        self.tables: dict[Any, dict[tuple[Any, ...], Basic]] = {}

    # --- drawing ----------------------------------------------------------------------------

    def _number(self, facts: Any) -> Basic:
        pool = _pool(tuple(bool(facts.get(k)) for k in _KEYS),
                     not facts or (facts.get("commutative") is not None and len(facts) <= 1))
        if not pool:
            raise _Skip("no value satisfies the facts")
        return self.rng.choice(pool)

    def _symbol(self, s: sympy.Symbol) -> Basic:
        found = self.values.get(s)
        if found is not None:
            return found
        if isinstance(s, L.ListSymbol):
            elem = self.ctx.list_types.get(s) if self.ctx is not None else None
            try:
                facts = assumptions(elem) if elem is not None else {}
            except Exception:  # Float and other elements without a symbolic meaning
                raise _Skip("list element type") from None
            if elem is not None and not facts:
                raise _Skip("list of non-numbers")
            value = L.literal([self._number(facts) for _ in
                               range(self.rng.randint(0, MAX_LENGTH))])
        else:
            value = self._number(s.assumptions0)
        self.values[s] = value
        return value

    def _call(self, head: Any, args: tuple[Basic, ...]) -> Basic:
        """A function symbol's value at explicit arguments: a drawn table entry."""
        if not all(_explicit(a) for a in args):
            raise _Skip("function argument is not explicit")
        table = self.tables.setdefault(head, {})
        key = tuple(args)
        if key not in table:
            if isinstance(head, type) and issubclass(head, BoolApp):
                table[key] = sympy.true if self.rng.random() < 0.5 else sympy.false
            else:
                facts = dict(getattr(head, "default_assumptions", {}) or {})
                table[key] = self._number(facts)
        return table[key]

    # --- evaluating -------------------------------------------------------------------------

    def value(self, term: Basic) -> Basic:
        mapping = {s: self._symbol(s) for s in term.free_symbols if isinstance(s, sympy.Symbol)}
        out = self._fold(term.xreplace(mapping), 0)
        if not _explicit(out):
            raise _Skip("did not fold to a value")
        return out

    def _fold(self, e: Basic, depth: int) -> Basic:
        if depth > 200:
            raise _Skip("too deep")
        if not isinstance(e, Basic) or not e.args:
            return e
        if isinstance(e, sympy.Lambda):
            return e  # applied later, by the list algebra on explicit lists
        args = tuple(self._fold(a, depth + 1) for a in e.args)
        head = e.func
        if self._is_definition(head):
            return self._fold(self._definition(head, args), depth + 1)
        if isinstance(head, UndefinedFunction) or (isinstance(head, type)
                                                   and issubclass(head, BoolApp)):
            return self._call(head, args)
        out = head(*args) if args != e.args else e
        if out != e and isinstance(out, Basic) and out.args and not _explicit(out):
            return self._fold(out, depth + 1)  # a fold produced applications to compute
        return out

    def _is_definition(self, head: Any) -> bool:
        return bool(getattr(head, "jepa_def", False)) and self.ctx is not None

    def _definition(self, head: Any, args: tuple[Basic, ...]) -> Basic:
        """A user definition at explicit arguments, computed by the concrete evaluator."""
        from jepa_formal.mirror.concrete import compile_expr

        info = self.ctx.defs.get(head.__name__)
        if info is None or self.env is None:
            raise _Skip("definition unknown")
        values = [p for p in info.params if not isinstance(p.ty, TSort)]
        if len(values) != len(args):
            raise _Skip("definition arity")
        call_args = tuple(TypeArg(TNat()) if isinstance(p.ty, TSort) else Var(p.name, p.ty)
                          for p in info.params)
        names = tuple(p.name for p in values)
        key = (id(self.env), info.name)
        fn = _COMPILED.get(key)
        try:
            if fn is None:
                fn = compile_expr(DefCall(info.name, call_args, info.result_ty), self.env, names)
                _COMPILED[key] = fn
            result = fn(tuple(self._python(a) for a in args))
        except _Skip:
            raise
        except Exception:  # the evaluator cannot run it here: not replayed
            raise _Skip("concrete evaluation failed") from None
        return _sympy(result)

    def _python(self, a: Basic) -> Any:
        if isinstance(a, sympy.Lambda):
            fn = a

            def call(*xs: Any) -> Any:
                out = self._fold(fn(*[_sympy(x) for x in xs]), 0)
                return _to_python(out)

            return call
        return _to_python(a)


_KEYS = ("integer", "real", "rational", "extended_real", "positive", "nonnegative", "negative",
         "nonpositive", "nonzero")
_CHECKS: dict[str, Callable[[Fraction], bool]] = {
    "positive": lambda x: x > 0, "nonnegative": lambda x: x >= 0,
    "negative": lambda x: x < 0, "nonpositive": lambda x: x <= 0, "nonzero": lambda x: x != 0,
}
_COMPILED: dict[tuple[int, str], Any] = {}
"""Definitions compiled by the concrete evaluator, by environment and name."""


@functools.cache
def _pool(flags: tuple[bool, ...], plain: bool) -> tuple[Basic, ...]:
    """The values drawn for a symbol with these facts (``_KEYS`` order)."""
    facts = dict(zip(_KEYS, flags, strict=True))
    if facts["integer"]:
        raw = [Fraction(k) for k in range(-3, 5)]
    elif facts["real"] or facts["rational"] or facts["extended_real"]:
        raw = sorted({Fraction(k, d) for k in range(-4, 5) for d in (1, 2, 3)})
    elif plain:
        raw = [Fraction(k) for k in range(3)]  # values of a type without arithmetic
    else:
        return ()
    kept = [v for v in raw if all(c(v) for k, c in _CHECKS.items() if facts[k])]
    return tuple(Rational(v.numerator, v.denominator) for v in kept)


def _explicit(e: Any) -> bool:
    if isinstance(e, (BooleanTrue, BooleanFalse, sympy.Number)):
        return True
    if isinstance(e, sympy.Tuple):
        return all(_explicit(x) for x in e.args)
    items = L.elements(e) if isinstance(e, Basic) else None
    if items is not None:
        return all(_explicit(x) for x in items)
    return isinstance(e, Basic) and e.is_number is True \
        and not e.has(AppliedUndef, LargePower)  # a power never computed: no value


def _to_python(e: Basic) -> Any:
    if isinstance(e, BooleanTrue):
        return True
    if isinstance(e, BooleanFalse):
        return False
    if isinstance(e, Integer):
        return int(e)
    if isinstance(e, Rational):
        return Fraction(int(e.p), int(e.q))
    items = L.elements(e)
    if items is not None:
        return tuple(_to_python(x) for x in items)
    if isinstance(e, sympy.Tuple):
        return tuple(_to_python(x) for x in e.args)
    raise _Skip(f"no concrete value for {e}")


def _sympy(v: Any) -> Basic:
    if isinstance(v, bool):
        return sympy.true if v else sympy.false
    if isinstance(v, int):
        return Integer(v)
    if isinstance(v, Fraction):
        return Rational(v.numerator, v.denominator)
    if isinstance(v, tuple):
        return L.literal([_sympy(x) for x in v])
    raise _Skip(f"no symbolic value for {v!r}")


__all__ = ["AuditReport", "audit_steps"]
