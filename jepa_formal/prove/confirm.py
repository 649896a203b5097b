"""Z3 as the second, independent engine: a closing decision is trusted only when Z3 confirms it.

Why: SymPy's assumption system answers questions about composite terms (``is_zero``,
``is_integer`` of a ``ListSum``…) from facts that each class reports about itself, and one
wrong report (a sum of non-integers claimed non-integer) becomes a wrong ``proved``. So SymPy
only *proposes*; a goal is closed either because both sides reached the identical normal form,
or because Z3 answers *unsat* for its negation over an abstraction of the goal:

* each list-algebra atom (``ListSum``, ``ListProd``, ``Length``, ``Count``, folds, ``xs[i]!``,
  projections, a power with a symbolic exponent) is a fresh constant, identified with an
  earlier atom only when both have the same head and list and Z3 proves their summands equal
  pointwise; its sort is the one Z3 computes for its summand (Int only when every summand value
  is an integer), never SymPy's ``is_integer``;
* the only facts about atoms are the ones the library states, each proved by Z3 itself: a
  length or count is ≥ 0, a sum of summands that are ≥ 0 (≤ 0) is ≥ 0 (≤ 0), a product of
  positive (nonnegative) factors is positive (nonnegative);
* applied function symbols are Z3 uninterpreted functions with the codomain's declared facts;
  symbols carry the facts their type and the hypotheses declared (ℕ ≥ 0, ``0 < γ``…);
* Lean's heads are exact: ℕ truncated subtraction, Euclidean ``/`` and ``%`` (SMT-LIB integer
  division is Euclidean), ``x / 0 = 0``, ``x % 0 = x``, ``Int.tdiv``/``tmod``/``fdiv``/
  ``fmod``/``bmod`` by cases from those, ``Int.sign``, ``max``/``min``/``|·|``, ``if``,
  ``∣``, ``Real.sqrt`` (0 below 0).

Z3 runs under a resource limit (``rlimit``, deterministic); ``unknown`` or a spent limit means
*not confirmed*, never true. Anything that does not translate (a ``Float``, a list equation)
is not confirmed either.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import sympy
import z3
from sympy import Basic
from sympy.core.function import AppliedUndef
from sympy.logic.boolalg import BooleanFalse, BooleanTrue

from jepa_formal import timelimit
from jepa_formal.mirror.core.terms import RELATION_TABLE
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.mirror.symbolic.arith import (
    NAT_NUMBER_HEADS,
    BoolApp,
    Dvd,
    Fst,
    IntBMod,
    IntDiv,
    IntFDiv,
    IntFMod,
    IntMod,
    IntTDiv,
    IntTMod,
    LargePower,
    NatChoose,
    NatDiv,
    NatFactorial,
    NatGcd,
    NatLand,
    NatLog,
    NatLor,
    NatMod,
    NatSqrt,
    NatSub,
    NatXor,
    RealDiv,
    RealLog,
    RealSqrt,
    SEq,
    Snd,
)
from jepa_formal.prove.terms import canonical

RLIMIT = 2_000_000
"""Z3 resource units per query (deterministic, unlike a time limit): a few milliseconds of
linear arithmetic, enough for small nonlinear goals; a spent limit means *not confirmed*."""

SAFETY_MS = 20_000
"""Wall-clock safety net per Z3 query (milliseconds): far beyond ``RLIMIT``, only there so a
pathological query cannot hang a run."""

POINTWISE_RLIMIT = 400_000
"""Resource units for the small side queries (a summand's sign, two summands equal)."""

MAX_POWER = 12
"""Largest literal exponent spelled out as a product."""

IDENTICAL = "identical normal form"
Z3 = "z3"
CONCRETE = "concrete evaluator"
COMPILED = "compiled evaluator"
"""The two evaluators that together decide a closed statement (``closed.py``)."""


class Untranslatable(Exception):
    """The term has no meaning in the abstraction (the goal is then not confirmed)."""


@dataclass(slots=True)
class Stats:
    """Work done by Z3 in this process: queries and resource units (benchmarks read it)."""

    queries: int = 0
    rlimit: int = 0
    seconds: float = 0.0
    safety_cuts: int = 0


STATS = Stats()


def _rlimit_used(solver: z3.Solver) -> int:
    try:
        return int(solver.statistics().get_key_value("rlimit count"))
    except Exception:  # older Z3 without the key: count nothing
        return 0


MAX_WITNESSES = 8
"""Most Z3 models one proof attempt keeps as candidate counterexamples."""

_WITNESSES: ContextVar[list[dict[str, Any]] | None] = ContextVar(
    "jepa_formal_z3_witnesses", default=None)


@contextmanager
def collecting_witnesses() -> Iterator[list[dict[str, Any]]]:
    """Inside the block, each Z3 model of a negated claim (a query answered *sat*: the claim
    is not confirmed) is kept as ``{symbol name: value}`` for the symbols that got an exact
    number. Why: ``n * n ≠ 152399025`` is not confirmed because Z3 finds ``n = 12345`` at
    once; the checker replays such a model in the concrete evaluator as a candidate
    counterexample (a model of one goal of one strategy is no counterexample by itself: an
    induction step's or an abstraction's model usually fails to replay, and is dropped)."""
    found: list[dict[str, Any]] = []
    token = _WITNESSES.set(found)
    try:
        yield found
    finally:
        _WITNESSES.reset(token)


def _keep_witness(solver: z3.Solver, symbols: dict[Basic, z3.ExprRef]) -> None:
    found = _WITNESSES.get()
    if found is None or len(found) >= MAX_WITNESSES or not symbols:
        return
    model = solver.model()
    values: dict[str, Any] = {}
    for sym, const in symbols.items():
        value = model.eval(const, model_completion=False)
        if z3.is_int_value(value):
            values[str(sym)] = value.as_long()
        elif z3.is_rational_value(value):
            values[str(sym)] = Fraction(value.numerator_as_long(), value.denominator_as_long())
    if values and values not in found:
        found.append(values)


_counted = 0
"""Z3's resource counter at the end of the last query. The counter is global to the process
(a solver's "rlimit count" is that counter, not its own use), and every query goes through
``_query``, so a query's use is the difference from this reading."""


def _query(facts: Iterable[z3.BoolRef], rlimit: int) -> tuple[z3.Solver | None,
                                                             z3.CheckSatResult, int]:
    """One Z3 query under ``rlimit`` and a wall-clock timeout: the far net, or less when the
    theorem's time limit is nearer (``timelimit.wall_budget``); past that limit no query is
    made (unknown, no solver). Returns the solver, its answer and the resource units used."""
    global _counted
    budget_ms = min(float(SAFETY_MS), timelimit.wall_budget() * 1000.0)
    if budget_ms < 1.0:
        return None, z3.unknown, 0
    solver = z3.Solver()
    solver.set("rlimit", rlimit)
    solver.set("timeout", max(1, int(budget_ms)))
    solver.add(*facts)
    started = time.perf_counter()
    try:
        result = solver.check()
    except z3.Z3Exception:
        result = z3.unknown
    counter = _rlimit_used(solver)
    used, _counted = max(counter - _counted, 0), counter
    STATS.queries += 1
    STATS.rlimit += used
    STATS.seconds += time.perf_counter() - started
    if result == z3.unknown and "timeout" in (solver.reason_unknown() or "") \
            and "rlimit" not in (solver.reason_unknown() or ""):
        STATS.safety_cuts += 1
    return solver, result, used


def _check(facts: Iterable[z3.BoolRef], rlimit: int,
           symbols: dict[Basic, z3.ExprRef] | None = None) -> z3.CheckSatResult:
    """``_query``'s answer. With ``symbols``, a *sat* answer's model is kept while witnesses
    are collected (``collecting_witnesses``)."""
    solver, result, _ = _query(facts, rlimit)
    if solver is not None and result == z3.sat and symbols is not None:
        _keep_witness(solver, symbols)
    return result


def _same_args(a: tuple[z3.ArithRef, ...], b: tuple[z3.ArithRef, ...]) -> bool:
    return all(x.eq(y) for x, y in zip(a, b, strict=True))


def _divides(x: z3.ArithRef, y: z3.ArithRef) -> z3.BoolRef:
    """``x ∣ y`` at ℕ (``∃ c, y = x * c``): ``y = 0`` when ``x = 0``."""
    return z3.If(x == 0, y == 0, y % x == 0)


Earlier = list[tuple[tuple[z3.ArithRef, ...], z3.ArithRef]]


def _gcd_facts(gcd: z3.FuncDeclRef, args: tuple[z3.ArithRef, ...], earlier: Earlier,
               _: object) -> list[z3.BoolRef]:
    """``g = Nat.gcd a b``: ``gcd_comm``, ``gcd_eq_zero_iff``, ``gcd_zero_left/right``,
    ``gcd_self``, ``gcd_one_left/right``, ``gcd_le_left/right`` (for a positive argument);
    the facts about divisibility are ``_gcd_divisibility``'s."""
    a, b = args
    g = gcd(a, b)
    return [g == gcd(b, a), g >= 0, (g == 0) == z3.And(a == 0, b == 0),
            z3.Implies(a == 0, g == b), z3.Implies(b == 0, g == a), z3.Implies(a == b, g == a),
            z3.Implies(z3.Or(a == 1, b == 1), g == 1),
            z3.Implies(a > 0, g <= a), z3.Implies(b > 0, g <= b)]


def _gcd_divisibility(gcd: z3.FuncDeclRef, a: z3.ArithRef, b: z3.ArithRef
                      ) -> list[z3.BoolRef]:
    """``gcd_dvd_left/right`` and ``gcd_eq_left/right`` (``a ∣ b → gcd a b = a``): remainders
    by a variable, nonlinear, so stated only for a law that speaks of ``∣`` (elsewhere they
    cost every query of a failing proof search most of its budget: 0.8 s → 4.7 s of CPU for
    ``gcd_mul_left``)."""
    g = gcd(a, b)
    return [_divides(g, a), _divides(g, b),
            z3.Implies(_divides(a, b), g == a), z3.Implies(_divides(b, a), g == b)]


def _factorial_facts(fact: z3.FuncDeclRef, args: tuple[z3.ArithRef, ...], earlier: Earlier,
                     _: object) -> list[z3.BoolRef]:
    """``f = n !``: ``factorial_pos``, ``self_le_factorial``, ``0 ! = 1 ! = 1``, and with each
    earlier application ``m !``: ``factorial_le`` (monotone), ``factorial_lt`` (strictly from
    ``0 < n``) and ``factorial_succ`` (``(m + 1)! = (m + 1) * m !``), both ways round."""
    (n,) = args
    f = fact(n)
    out = [f >= 1, f >= n, z3.Implies(n <= 1, f == 1)]
    for (m,), g in earlier:
        for (x, fx), (y, fy) in (((n, f), (m, g)), ((m, g), (n, f))):
            out += [z3.Implies(x <= y, fx <= fy), z3.Implies(z3.And(0 < x, x < y), fx < fy),
                    z3.Implies(y == x + 1, fy == y * fx)]
    return out


def _choose_facts(choose: z3.FuncDeclRef, args: tuple[z3.ArithRef, ...], earlier: Earlier,
                  _: object) -> list[z3.BoolRef]:
    """``c = Nat.choose n k``: ``choose_eq_zero_of_lt``, ``choose_zero_right``,
    ``choose_self``, ``choose_one_right``, ``choose_pos``, and with each earlier application
    ``choose_symm`` (``k ≤ n → choose n (n - k) = choose n k``), both ways round."""
    n, k = args
    c = choose(n, k)
    out = [c >= 0, z3.Implies(k > n, c == 0), z3.Implies(k == 0, c == 1),
           z3.Implies(k == n, c == 1), z3.Implies(k == 1, c == n), z3.Implies(k <= n, c >= 1)]
    for (m, j), d in earlier:
        for (x, i, cx), (y, i2, cy) in (((n, k, c), (m, j, d)), ((m, j, d), (n, k, c))):
            out.append(z3.Implies(z3.And(x == y, i <= x, i2 == x - i), cx == cy))
    return out


def _sqrt_facts(sqrt: z3.FuncDeclRef, args: tuple[z3.ArithRef, ...], earlier: Earlier,
                _: object) -> list[z3.BoolRef]:
    """``s = Nat.sqrt n``: ``sqrt_le`` (``s * s ≤ n``) and ``lt_succ_sqrt``
    (``n < (s + 1) * (s + 1)``), which together determine ``s``."""
    (n,) = args
    s = sqrt(n)
    return [s >= 0, s * s <= n, n < (s + 1) * (s + 1)]


def _log_facts(log: z3.FuncDeclRef, args: tuple[z3.ArithRef, ...], earlier: Earlier,
               exponent: z3.ArithRef | None) -> list[z3.BoolRef]:
    """``l = Nat.log b n``: ``log_of_lt`` and ``log_of_left_le_one`` (0 when ``n < b`` or
    ``b ≤ 1``), ``log_pos`` (``1 < b ≤ n → 0 < l``), ``l < n`` for ``n ≠ 0`` (``b ^ l ≤ n``
    with ``b ≥ 2``), ``log_pow`` (``1 < b → log b (b ^ x) = x``, when the argument is written
    so), and with each earlier application at the same base ``log_mono_right``."""
    b, n = args
    lg = log(b, n)
    out = [lg >= 0, z3.Implies(z3.Or(b <= 1, n < b), lg == 0),
           z3.Implies(z3.And(1 < b, b <= n), lg >= 1), z3.Implies(n >= 1, lg < n)]
    if exponent is not None:
        out.append(z3.Implies(b > 1, lg == exponent))
    for (c, m), other in earlier:
        out += [z3.Implies(z3.And(c == b, n <= m), lg <= other),
                z3.Implies(z3.And(c == b, m <= n), other <= lg)]
    return out


_NUMBER_FACTS = {NatGcd: _gcd_facts, NatFactorial: _factorial_facts, NatChoose: _choose_facts,
                 NatSqrt: _sqrt_facts, NatLog: _log_facts}
"""The library's facts about one application of each of ``NAT_NUMBER_HEADS``."""


@dataclass
class Abstraction:
    """SymPy terms to Z3 over opaque atoms, with the facts collected on the way."""

    facts: list[z3.BoolRef] = field(default_factory=list)
    symbols: dict[Basic, z3.ExprRef] = field(default_factory=dict)
    functions: dict[Any, z3.FuncDeclRef] = field(default_factory=dict)
    atoms: dict[Basic, z3.ExprRef] = field(default_factory=dict)
    groups: dict[tuple[Any, ...], list[tuple[Basic, z3.ExprRef]]] = field(default_factory=dict)
    transcendental: list[tuple[str, z3.ArithRef, z3.ArithRef]] = field(default_factory=list)
    count: int = 0
    bitwise: set[tuple[str, str]] = field(default_factory=set)
    """Argument pairs whose bitwise facts are stated (``_bitwise``)."""
    divisibility: bool = False
    """Whether a ``∣`` was met: the facts of ``_gcd_divisibility`` are stated from then on."""
    waiting: list[z3.BoolRef] = field(default_factory=list)
    """Facts of ``_gcd_divisibility`` kept back until a ``∣`` is met."""
    powers: list[tuple[z3.ArithRef, z3.ArithRef, z3.ArithRef]] = field(default_factory=list)
    """``(base, exponent, atom)`` of each power with a symbolic natural exponent met
    (``_power_facts``), for the facts relating two powers."""
    numbers: dict[str, list[tuple[z3.ArithRef, ...]]] = field(default_factory=dict)
    """The arguments of each ``Nat.gcd``/``factorial``/… application met (``_nat_number``),
    in order, for the facts relating two applications."""
    comparing: set[tuple[Any, ...]] = field(default_factory=set)
    """Groups whose summands are being compared (``_same_summand``): a sum nested in a summand
    of its own group (``∑ i : Fin n, ∑ j : Fin n, …``) is not compared again while they are,
    or each comparison renames the bound variable and translates the outer summand anew,
    without end (a ``RecursionError`` once cost the whole proof)."""

    def _fresh(self, base: str, sort: z3.SortRef) -> z3.ExprRef:
        self.count += 1
        return z3.Const(f"{base}!{self.count}", sort)

    # --- sorts and declared facts ------------------------------------------------------------

    @staticmethod
    def _sort_of(assumptions: Any) -> z3.SortRef | None:
        if assumptions.get("integer"):
            return z3.IntSort()
        if assumptions.get("real") or assumptions.get("rational") \
                or assumptions.get("extended_real"):
            return z3.RealSort()
        return None

    def _declared(self, v: z3.ExprRef, assumptions: Any) -> None:
        if v.sort() == z3.BoolSort() or not z3.is_arith(v):
            return
        if assumptions.get("positive"):
            self.facts.append(v > 0)
        elif assumptions.get("nonnegative"):
            self.facts.append(v >= 0)
        if assumptions.get("negative"):
            self.facts.append(v < 0)
        elif assumptions.get("nonpositive"):
            self.facts.append(v <= 0)
        if assumptions.get("nonzero") and not assumptions.get("positive") \
                and not assumptions.get("negative"):
            self.facts.append(v != 0)

    def symbol(self, s: sympy.Symbol) -> z3.ExprRef:
        found = self.symbols.get(s)
        if found is not None:
            return found
        if isinstance(s, L.ListSymbol):
            raise Untranslatable("a list variable is not a number")
        a = s.assumptions0
        sort = self._sort_of(a)
        if sort is None:
            sort = _ELEM
        self.count += 1
        v = z3.Const(f"{s.name}!{self.count}", sort)
        self.symbols[s] = v
        self._declared(v, a)
        return v

    # --- terms ------------------------------------------------------------------------------

    def term(self, e: Any) -> z3.ExprRef:
        if isinstance(e, bool):
            return z3.BoolVal(e)
        if isinstance(e, int):
            return z3.IntVal(e)
        if isinstance(e, BooleanTrue):
            return z3.BoolVal(True)
        if isinstance(e, BooleanFalse):
            return z3.BoolVal(False)
        if not isinstance(e, Basic):
            raise Untranslatable(repr(e))
        if isinstance(e, sympy.Integer):
            return z3.IntVal(int(e))
        if isinstance(e, sympy.Rational):
            return z3.Q(int(e.p), int(e.q))
        if isinstance(e, sympy.Symbol):
            return self.symbol(e)
        if isinstance(e, sympy.Add):
            return z3.Sum([self.term(a) for a in e.args])
        if isinstance(e, sympy.Mul):
            return z3.Product([self.term(a) for a in e.args])
        if isinstance(e, (sympy.Pow, LargePower)):
            return self._pow(e)
        if isinstance(e, (sympy.Max, sympy.Min)):
            args = [self.term(a) for a in e.args]
            out = args[0]
            for a in args[1:]:
                out = z3.If(out >= a, out, a) if isinstance(e, sympy.Max) \
                    else z3.If(out <= a, out, a)
            return out
        if isinstance(e, sympy.Abs):
            a = self.term(e.args[0])
            return z3.If(a >= 0, a, -a)
        if isinstance(e, sympy.floor):
            return z3.ToInt(_real(self.term(e.args[0])))
        if isinstance(e, sympy.ceiling):
            return -z3.ToInt(-_real(self.term(e.args[0])))
        if isinstance(e, sympy.Piecewise):
            return self._piecewise(e)
        if isinstance(e, sympy.ITE):
            return z3.If(self.prop(e.args[0]), self.term(e.args[1]), self.term(e.args[2]))
        if isinstance(e, NatSub):
            a, b = self._ints(e)
            return z3.If(a >= b, a - b, 0)
        if isinstance(e, (NatDiv, IntDiv)):
            a, b = self._ints(e)
            return z3.If(b == 0, 0, a / b)
        if isinstance(e, (NatMod, IntMod)):
            a, b = self._ints(e)
            return z3.If(b == 0, a, a % b)
        if isinstance(e, (IntTDiv, IntTMod, IntFDiv, IntFMod, IntBMod)):
            return _rounding(e, *self._ints(e))
        if isinstance(e, (NatLand, NatLor, NatXor)):
            land, lor, xor = self._bitwise(*self._ints(e))
            return land if isinstance(e, NatLand) else lor if isinstance(e, NatLor) else xor
        if isinstance(e, NAT_NUMBER_HEADS):
            return self._nat_number(e)
        if isinstance(e, sympy.sign):
            a = self.term(e.args[0])
            if not z3.is_arith(a):
                raise Untranslatable("the sign of a non-number")
            return z3.If(a > 0, 1, z3.If(a < 0, -1, 0))
        if isinstance(e, RealDiv):
            a, b = (_real(self.term(x)) for x in e.args)
            return z3.If(b == 0, z3.RealVal(0), a / b)
        if isinstance(e, RealSqrt):
            return self._sqrt(e)
        if isinstance(e, (sympy.exp, RealLog)) or e is sympy.E:
            return self._transcendental(e)
        if isinstance(e, (sympy.Rel, sympy.And, sympy.Or, sympy.Not, sympy.Implies,
                          sympy.Equivalent, sympy.Xor, L.BoolAtom)):
            return self.prop(e)
        if isinstance(e, AppliedUndef):
            return self._apply(e)
        if isinstance(e, (L.ListSum, L.ListProd)):
            return self._reduction(e)
        if isinstance(e, L.Length):
            return self._length(e)
        if isinstance(e, L.Count):
            return self._atom(e, z3.IntSort(), nonnegative=True)
        if isinstance(e, L.GetD):
            default = self.term(e.args[2])
            return self._atom(e, default.sort())
        if isinstance(e, (L.FoldL, L.FoldR, Fst, Snd)):
            return self._atom(e, z3.RealSort())
        raise Untranslatable(type(e).__name__)

    def _ints(self, e: Basic) -> tuple[z3.ArithRef, z3.ArithRef]:
        a, b = (self.term(x) for x in e.args)
        if not (z3.is_int(a) and z3.is_int(b)):
            raise Untranslatable(f"{type(e).__name__} of non-integers")
        return a, b

    def _pow(self, e: Basic) -> z3.ExprRef:
        base, exp = e.args
        if isinstance(exp, sympy.Integer):
            k = int(exp)
            if MAX_POWER < k:
                return self._power_atom(e, self.term(base), k)
            if 0 <= k <= MAX_POWER:
                b = self.term(base)
                return z3.Product([b] * k) if k else z3.IntVal(1)
            if -MAX_POWER <= k < 0:  # only from x⁻¹ on a literal or a nonzero-declared x
                b = _real(self.term(base))
                return z3.If(b == 0, z3.RealVal(0), 1 / z3.Product([b] * -k))
        if exp == sympy.S.Half and isinstance(base, sympy.Integer) and base >= 0:
            r = self._fresh("sqrt", z3.RealSort())
            self.facts.extend([r >= 0, r * r == int(base)])
            return r
        b = self.term(base)
        natural = exp.is_Symbol and exp.assumptions0.get("integer") \
            and exp.assumptions0.get("nonnegative")
        if natural:
            exponent = self.term(exp)  # the exponent must translate too
            return self._power_atom(e, b, None, exponent)
        sort = z3.RealSort()
        self.term(exp)
        return self._atom(e, sort)

    def _power_atom(self, e: Basic, b: z3.ExprRef, k: int | None,
                    exponent: z3.ArithRef | None = None) -> z3.ExprRef:
        """``b ^ k`` at a natural exponent (``k`` a literal past ``MAX_POWER``, or None for a
        symbolic one, the natural ``exponent``) as an atom, an integer when ``b`` is, with
        Mathlib's facts stated as implications: ``pow_nonneg``, ``pow_pos``, ``one_pow``, for a
        literal exponent ``zero_pow`` (``k ≠ 0``) and ``Even.pow_nonneg`` (``k`` even), and for
        a symbolic one ``_power_facts``'s."""
        key = canonical(e)
        found = self.atoms.get(key)
        if found is not None:
            return found
        if not z3.is_arith(b):
            raise Untranslatable("a power of a non-number")
        v = self._fresh("pow", z3.IntSort() if z3.is_int(b) else z3.RealSort())
        self.atoms[key] = v
        one = z3.IntVal(1) if z3.is_int(b) else z3.RealVal(1)
        self.facts.extend([z3.Implies(b >= 0, v >= 0), z3.Implies(b > 0, v > 0),
                           z3.Implies(b == one, v == one)])
        if k is not None:
            self.facts.append(z3.Implies(b == 0, v == 0))
            if k % 2 == 0:
                self.facts.append(v >= 0)
        if exponent is not None and z3.is_int(exponent):
            self._power_facts(b, exponent, v)
        return v

    def _power_facts(self, b: z3.ArithRef, k: z3.ArithRef, v: z3.ArithRef) -> None:
        """``v = b ^ k`` at a natural ``k`` and a base in an ordered field or ℤ/ℕ: Mathlib's
        ``one_le_pow₀`` (``1 ≤ b → 1 ≤ b ^ k``), ``le_self_pow₀`` (``1 ≤ b → k ≠ 0 → b ≤
        b ^ k``), ``Nat.lt_pow_self`` (``2 ≤ b → k < b ^ k``), and with each earlier power
        ``pow_le_pow_right₀`` (same base ``≥ 1``, exponents in order), ``pow_le_pow_left₀``
        (same exponent, bases ``0 ≤ b₁ ≤ b₂``) and ``pow_succ`` (same base, exponent one
        more), both ways round; each fact holds where ``k ≥ 0``, which guards it."""
        one = z3.IntVal(1) if z3.is_int(b) else z3.RealVal(1)
        facts = [z3.Implies(b >= one, v >= one), z3.Implies(z3.And(b >= one, k >= 1), v >= b),
                 z3.Implies(b >= 2 * one, v > z3.ToReal(k) if z3.is_real(b) else v > k)]
        for b2, k2, v2 in self.powers:
            if b2.sort() != b.sort():
                continue
            for (x, i, vx), (y, j, vy) in (((b, k, v), (b2, k2, v2)), ((b2, k2, v2), (b, k, v))):
                facts += [z3.Implies(z3.And(x == y, x >= one, i <= j), vx <= vy),
                          z3.Implies(z3.And(i == j, 0 <= x, x <= y), vx <= vy),
                          z3.Implies(z3.And(x == y, j == i + 1), vy == vx * x)]
        natural = z3.And(k >= 0, *[k2 >= 0 for _, k2, _ in self.powers])
        self.facts.extend(z3.Implies(natural, fact) for fact in facts)
        self.powers.append((b, k, v))

    def _bitwise(self, a: z3.ArithRef, b: z3.ArithRef) -> tuple[z3.ArithRef, ...]:
        """``a &&& b`` and its siblings: one uninterpreted function per operation (so equal
        arguments give equal values), and for each pair of arguments the facts Lean's
        ``Nat`` bitwise lemmas state, each true at every pair of naturals (so the real
        ``&&&``, ``|||``, ``^^^`` satisfy them; nothing more is known):
        ``Nat.land_comm``/``lor_comm``/``xor_comm`` (stated on the swapped application),
        ``Nat.and_le_left``/``and_le_right``, ``Nat.left_le_or``/``right_le_or``,
        ``land_self``/``lor_self``/``xor_self``, ``land_zero``/``lor_zero``/``xor_zero``
        (and on the left), ``Nat.xor_eq_zero`` (``a ^^^ b = 0 ↔ a = b``), and bit by bit
        ``a &&& b + (a ||| b) = a + b`` and ``a ^^^ b = (a ||| b) - (a &&& b)``. Called for
        every application, whichever of the three it is; returns the three values at
        ``(a, b)``."""
        ops = []
        for name in ("land", "lor", "xor"):
            decl = self.functions.get(name)
            if decl is None:
                self.count += 1
                decl = z3.Function(f"Nat.{name}!{self.count}", z3.IntSort(), z3.IntSort(),
                                   z3.IntSort())
                self.functions[name] = decl
            ops.append(decl)
        land, lor, xor = ops
        n, o, x = land(a, b), lor(a, b), xor(a, b)
        key = (a.sexpr(), b.sexpr())
        if key not in self.bitwise:
            self.bitwise.add(key)
            self.facts.extend([
                n == land(b, a), o == lor(b, a), x == xor(b, a),
                n >= 0, n <= a, n <= b, o >= a, o >= b, x >= 0,
                z3.Implies(a == b, z3.And(n == a, o == a, x == 0)),
                (x == 0) == (a == b),
                z3.Implies(b == 0, z3.And(n == 0, o == a, x == a)),
                z3.Implies(a == 0, z3.And(n == 0, o == b, x == b)),
                n + o == a + b, x == o - n,
            ])
        return n, o, x

    def _nat_number(self, e: Basic) -> z3.ArithRef:
        """``Nat.gcd a b``, ``n !``, ``Nat.choose n k``, ``Nat.sqrt n``, ``Nat.log b n``: one
        uninterpreted function per operation (equal arguments, equal values) and, for each
        application met, the facts of ``_NUMBER_FACTS``: each one a lemma of Lean's library,
        true at every natural argument, so Lean's function is a model of them all. Nothing
        else is known (no ``gcd 0 0 = 1``, no ``gcd > 0``)."""
        args = tuple(self.term(a) for a in e.args)
        if not all(z3.is_int(a) for a in args):
            raise Untranslatable(f"{type(e).__name__} of non-integers")
        name = type(e).lean
        decl = self.functions.get(name)
        if decl is None:
            self.count += 1
            decl = z3.Function(f"{name}!{self.count}", *[z3.IntSort()] * len(args),
                               z3.IntSort())
            self.functions[name] = decl
        value = decl(*args)
        seen = self.numbers.setdefault(name, [])
        if all(not _same_args(args, old) for old in seen):
            facts = _NUMBER_FACTS[type(e)]
            exponent = self._log_pow(e)
            # Lean's lemmas speak of naturals: each fact holds where the arguments it names are
            # ≥ 0 (a ℕ term's translation always is; a fact never speaks of other integers)
            naturals = [*args, *(x for old in seen for x in old)]
            if exponent is not None:
                naturals.append(exponent)
            guard = z3.And(*[x >= 0 for x in naturals])
            found = facts(decl, args, [(old, decl(*old)) for old in seen], exponent)
            self.facts.extend(z3.Implies(guard, fact) for fact in found)
            seen.append(args)
            if isinstance(e, NatGcd):
                natural = z3.And(*[x >= 0 for x in args])
                self.waiting.extend(z3.Implies(natural, fact)
                                    for fact in _gcd_divisibility(decl, *args))
                self._divisibility()
        return value

    def _divisibility(self) -> None:
        if self.divisibility:
            self.facts.extend(self.waiting)
            self.waiting.clear()

    def _log_pow(self, e: Basic) -> z3.ArithRef | None:
        """The exponent ``x`` of ``Nat.log b (b ^ x)`` (for ``Nat.log_pow``), else None."""
        if not isinstance(e, NatLog):
            return None
        base, arg = e.args
        if isinstance(arg, sympy.Pow) and arg.base == base:
            x = self.term(arg.exp)
            return x if z3.is_int(x) else None
        return None

    def _length(self, e: Basic) -> z3.ExprRef:
        """``xs.length``: an atom ≥ 0, and for the lists built by ``BEq`` (translated only
        where ``BEq`` is ``=``) what Lean's lemmas state about their length:
        ``List.length_diff_le`` and ``length_inter_le`` (at most the left list's),
        ``length_union`` bounds (between the right list's and the sum of both), and
        ``List.length_erase`` (one less exactly when the erased value is a member)."""
        key = canonical(e)
        found = self.atoms.get(key)
        if found is not None:
            return found
        v = self._atom(e, z3.IntSort(), nonnegative=True)
        xs = e.args[0]
        if isinstance(xs, (L.Diff, L.Inter)):
            self.facts.append(v <= self.term(L.Length(xs.args[0])))
        elif isinstance(xs, L.Union):
            left, right = (self.term(L.Length(x)) for x in xs.args)
            self.facts.extend([right <= v, v <= left + right])
        elif isinstance(xs, L.Erase):
            ys, a = xs.args
            n = self.term(L.Length(ys))
            self.facts.append(v == z3.If(self.prop(L.Mem(a, ys)), n - 1, n))
        return v

    def _sqrt(self, e: Basic) -> z3.ExprRef:
        key = canonical(e)
        found = self.atoms.get(key)
        if found is not None:
            return found
        a = _real(self.term(e.args[0]))
        r = self._fresh("sqrt", z3.RealSort())
        self.facts.extend([r >= 0, z3.If(a >= 0, r * r == a, r == 0)])
        self.atoms[key] = r
        return r

    def _transcendental(self, e: Basic) -> z3.ExprRef:
        """``Real.exp``/``Real.log`` as opaque reals with theorems of Mathlib as facts: ``exp``
        is positive, ``exp x ≥ 1 + x``, strictly monotone, ``exp (log b) = |b|`` (``1`` at 0);
        ``log`` depends on ``|x|`` only, ``log 0 = log 1 = 0``, its sign is that of ``|x| - 1``,
        ``log x ≤ x - 1`` for ``x > 0``, strictly monotone on the positives."""
        key = canonical(e)
        found = self.atoms.get(key)
        if found is not None:
            return found
        is_exp = e is sympy.E or isinstance(e, sympy.exp)
        arg = _real(z3.RealVal(1) if e is sympy.E else self.term(e.args[0]))
        r = self._fresh("exp" if is_exp else "log", z3.RealSort())
        if is_exp:
            self.facts.extend([r > 0, r >= 1 + arg, z3.Implies(arg == 0, r == 1)])
            inner = None if e is sympy.E else e.args[0]
            if isinstance(inner, RealLog):
                b = _real(self.term(inner.args[0]))
                self.facts.append(z3.If(b == 0, r == 1, r == z3.If(b >= 0, b, -b)))
            for kind, a2, r2 in self.transcendental:
                if kind == "exp":
                    self.facts.extend([z3.Implies(arg < a2, r < r2), z3.Implies(a2 < arg, r2 < r),
                                       z3.Implies(arg == a2, r == r2)])
            self.transcendental.append(("exp", arg, r))
        else:
            m = z3.If(arg >= 0, arg, -arg)
            self.facts.extend([
                z3.Implies(z3.Or(m == 0, m == 1), r == 0), z3.Implies(m > 1, r > 0),
                z3.Implies(z3.And(m > 0, m < 1), r < 0), z3.Implies(m > 0, r <= m - 1),
            ])
            for kind, m2, r2 in self.transcendental:
                if kind == "log":
                    self.facts.extend([
                        z3.Implies(z3.And(m > 0, m < m2), r < r2),
                        z3.Implies(z3.And(m2 > 0, m2 < m), r2 < r),
                        z3.Implies(m == m2, r == r2),
                    ])
            self.transcendental.append(("log", m, r))
        self.atoms[key] = r
        return r

    def _piecewise(self, e: sympy.Piecewise) -> z3.ExprRef:
        pieces = list(e.args)
        last_value, last_cond = pieces[-1]
        if last_cond is not sympy.true:
            raise Untranslatable("a Piecewise without a default")
        out = self.term(last_value)
        for value, cond in reversed(pieces[:-1]):
            v = self.term(value)
            out, v = _unify(out, v)
            out = z3.If(self.prop(cond), v, out)
        return out

    def _apply(self, e: AppliedUndef) -> z3.ExprRef:
        args = [self.term(a) for a in e.args]
        head = e.func
        decl = self.functions.get(head)
        assumptions = getattr(head, "default_assumptions", {}) or {}
        if decl is None:
            range_ = self._sort_of(assumptions)
            if range_ is None:
                range_ = _ELEM
            self.count += 1
            decl = z3.Function(f"{head.__name__}!{self.count}", *[a.sort() for a in args],
                               range_)
            self.functions[head] = decl
        if decl.arity() != len(args):
            raise Untranslatable("a function applied with another arity")
        args = [_coerce(a, decl.domain(k)) for k, a in enumerate(args)]
        out = decl(*args)
        self._declared(out, assumptions)
        return out

    def _atom(self, e: Basic, sort: z3.SortRef, nonnegative: bool = False) -> z3.ExprRef:
        key = canonical(e)
        found = self.atoms.get(key)
        if found is not None:
            return found
        v = self._fresh(type(e).__name__, sort)
        self.atoms[key] = v
        if nonnegative:
            self.facts.append(v >= 0)
        return v

    def _reduction(self, e: Basic) -> z3.ExprRef:
        """``ListSum``/``ListProd``: an atom, its sort and sign facts proved from its summand."""
        key = canonical(e)
        found = self.atoms.get(key)
        if found is not None:
            return found
        f, xs = e.args
        body = None
        if isinstance(f, L.Fn) and len(f.variables) == 1:
            try:
                body = self.term(f.expr)
            except Untranslatable:
                body = None
        if body is not None and not z3.is_arith(body):
            raise Untranslatable("a sum of non-numbers")
        group = (type(e), canonical(xs))
        # a summand Z3 proves equal (pointwise) to an earlier atom's: the same atom
        candidates = [] if group in self.comparing else self.groups.get(group, [])
        for other_fn, atom in candidates:
            if body is not None and self._same_summand(f, other_fn, group):
                self.atoms[key] = atom
                return atom
        sort = z3.IntSort() if body is not None and z3.is_int(body) else z3.RealSort()
        v = self._fresh(type(e).__name__, sort)
        self.atoms[key] = v
        if body is not None:
            self.groups.setdefault(group, []).append((f, v))
            if isinstance(e, L.ListSum):
                if self._pointwise(body >= 0):
                    self.facts.append(v >= 0)  # List.sum_nonneg
                elif self._pointwise(body <= 0):
                    self.facts.append(v <= 0)  # List.sum_nonpos
            else:
                if self._pointwise(body > 0):
                    self.facts.append(v > 0)  # List.prod_pos
                elif self._pointwise(body >= 0):
                    self.facts.append(v >= 0)  # List.prod_nonneg
        return v

    def _same_summand(self, f: Basic, g: Basic, group: tuple[Any, ...]) -> bool:
        if not (isinstance(g, L.Fn) and len(g.variables) == 1):
            return False
        x, y = f.variables[0], g.variables[0]
        if x.assumptions0 != y.assumptions0:
            return False
        self.comparing.add(group)
        try:
            a = self.term(f.expr)
            b = self.term(g.expr.xreplace({y: x}))
        except Untranslatable:
            return False
        finally:
            self.comparing.discard(group)
        if a.sort() != b.sort() and not (z3.is_arith(a) and z3.is_arith(b)):
            return False
        a, b = _unify(a, b)
        return self._pointwise(a == b)

    def _pointwise(self, claim: z3.BoolRef) -> bool:
        return _check([*self.facts, z3.Not(claim)], POINTWISE_RLIMIT) == z3.unsat

    def merge(self, merged: Basic, parts: Iterable[tuple[Basic, Basic]],
              lengths: Iterable[Basic], xs: Basic) -> None:
        """Add ``merged = Σ c·part + Σ e·xs.length`` (``List.sum_map_add`` and
        ``List.sum_map_mul_left``, all sums over ``xs``) when Z3 proves the summand of
        ``merged`` equal to ``Σ c·(summand of part) + Σ e`` pointwise; else add nothing."""
        parts, lengths = list(parts), list(lengths)
        if merged == 0:
            total = sympy.S.Zero
        elif isinstance(merged, L.ListSum) and isinstance(merged.args[0], L.Fn):
            total = merged.args[0].expr
        else:
            return
        if merged != 0:
            var = merged.args[0].variables[0]
        elif parts:
            var = parts[0][1].args[0].variables[0]
        else:
            return
        pieces = []
        for c, part in parts:
            f = part.args[0]
            if not (isinstance(f, L.Fn) and len(f.variables) == 1
                    and f.variables[0].assumptions0 == var.assumptions0):
                return
            pieces.append(c * f.expr.xreplace({f.variables[0]: var}))
        try:
            lhs = self.term(total)
            rhs = self.term(sympy.Add(*pieces, *lengths))
            lhs, rhs = _unify(lhs, rhs)
            if not self._pointwise(lhs == rhs):
                return
            whole = self.term(merged)
            combo = self.term(sympy.Add(*[c * p for c, p in parts],
                                        *[e * L.Length(xs) for e in lengths]))
            whole, combo = _unify(whole, combo)
        except (Untranslatable, z3.Z3Exception):
            return
        self.facts.append(whole == combo)

    # --- propositions ------------------------------------------------------------------------

    def prop(self, e: Any) -> z3.BoolRef:
        if e is True or isinstance(e, BooleanTrue):
            return z3.BoolVal(True)
        if e is False or isinstance(e, BooleanFalse):
            return z3.BoolVal(False)
        if isinstance(e, sympy.And):
            return z3.And(*[self.prop(a) for a in e.args])
        if isinstance(e, sympy.Or):
            return z3.Or(*[self.prop(a) for a in e.args])
        if isinstance(e, sympy.Not):
            return z3.Not(self.prop(e.args[0]))
        if isinstance(e, sympy.Implies):
            return z3.Implies(self.prop(e.args[0]), self.prop(e.args[1]))
        if isinstance(e, sympy.Equivalent):
            parts = [self.prop(a) for a in e.args]
            return z3.And(*[parts[0] == p for p in parts[1:]])
        if isinstance(e, sympy.Xor):
            out = self.prop(e.args[0])
            for a in e.args[1:]:
                out = z3.Xor(out, self.prop(a))
            return out
        if isinstance(e, sympy.Rel):
            return self.relation(_REL_OF[type(e)], e.args[0], e.args[1])
        if isinstance(e, Dvd):
            a, b = self._ints(e)
            self.divisibility = True
            self._divisibility()
            return z3.If(a == 0, b == 0, b % a == 0)
        if isinstance(e, SEq):
            try:
                a, b = (self.term(x) for x in e.args)
            except Untranslatable:
                return self._bool_atom(e)
            if a.sort() != b.sort() and not (z3.is_arith(a) and z3.is_arith(b)):
                return self._bool_atom(e)
            a, b = _unify(a, b)
            return a == b
        if isinstance(e, BoolApp):
            args = [self.term(a) for a in e.args]
            decl = self.functions.get(e.func)
            if decl is None:
                self.count += 1
                decl = z3.Function(f"{e.func.__name__}!{self.count}",
                                   *[a.sort() for a in args], z3.BoolSort())
                self.functions[e.func] = decl
            if decl.arity() != len(args):
                raise Untranslatable("a predicate applied with another arity")
            return decl(*[_coerce(a, decl.domain(k)) for k, a in enumerate(args)])
        if isinstance(e, L.BoolAtom):  # membership, all, any: opaque propositions
            return self._bool_atom(e)
        if isinstance(e, sympy.Piecewise):
            t = self._piecewise(e)
            if t.sort() != z3.BoolSort():
                raise Untranslatable("a numeric Piecewise used as a proposition")
            return t
        raise Untranslatable(type(e).__name__)

    def _bool_atom(self, e: Basic) -> z3.BoolRef:
        return self._atom(e, z3.BoolSort())

    def relation(self, rel: str, lhs: Any, rhs: Any) -> z3.BoolRef:
        a, b = self.term(lhs), self.term(rhs)
        if not RELATION_TABLE[rel].order:  # = and ≠
            if a.sort() != b.sort() and not (z3.is_arith(a) and z3.is_arith(b)):
                raise Untranslatable("an equation between different sorts")
            a, b = _unify(a, b)
            return a == b if rel == "eq" else a != b
        if not (z3.is_arith(a) and z3.is_arith(b)):
            raise Untranslatable("an order between non-numbers")
        a, b = _unify(a, b)
        return {"lt": a < b, "le": a <= b, "gt": a > b, "ge": a >= b}[rel]


_ELEM = z3.DeclareSort("Elem")
"""Values of a type without arithmetic (a type variable): only compared for equality. A law
of that shape valid over this infinite sort is valid over every type."""

_REL_OF = {
    sympy.Eq: "eq", sympy.Ne: "ne", sympy.StrictLessThan: "lt", sympy.LessThan: "le",
    sympy.StrictGreaterThan: "gt", sympy.GreaterThan: "ge",
}


def _rounding(e: Basic, a: z3.ArithRef, b: z3.ArithRef) -> z3.ArithRef:
    """``Int.tdiv``/``tmod``/``fdiv``/``fmod``/``bmod`` by cases from the Euclidean quotient
    ``q`` and remainder ``r`` (SMT-LIB's ``div``/``mod``: ``a = b·q + r``, ``0 ≤ r < |b|``),
    as Lean's ``Int.tdiv_eq_ediv``/``Int.fdiv_eq_ediv`` relate them. Why these cases: the
    three quotients agree except on an inexact division (``r ≠ 0``), where rounding toward 0
    differs from ``q`` for a negative dividend (``q + 1`` when ``b > 0``, ``q - 1`` when
    ``b < 0``) and flooring differs for a negative divisor (``q - 1``); each remainder is
    ``a - b·quotient``, written linearly in ``r``. A zero divisor gives Lean's fixed values:
    quotient 0, remainder the dividend. ``bmod x m`` (``m`` a natural) is ``r`` when
    ``r < (m + 1) / 2``, else ``r - m``, with ``r = x`` at ``m = 0``;
    ``tests/prove/test_rounding_division.py`` compares every case with the concrete
    evaluator's definitions."""
    q, r = a / b, a % b
    exact = r == 0
    if isinstance(e, IntBMod):
        rem = z3.If(b == 0, a, r)
        return z3.If(rem < (b + 1) / 2, rem, rem - b)
    if isinstance(e, IntTDiv):
        value = z3.If(z3.Or(a >= 0, exact), q, z3.If(b > 0, q + 1, q - 1))
    elif isinstance(e, IntTMod):  # a - b·(q ± 1) = r ∓ b
        value = z3.If(z3.Or(a >= 0, exact), r, z3.If(b > 0, r - b, r + b))
    elif isinstance(e, IntFDiv):
        value = z3.If(z3.Or(b > 0, exact), q, q - 1)
    else:  # IntFMod: a - b·(q - 1) = r + b
        value = z3.If(z3.Or(b > 0, exact), r, r + b)
    return z3.If(b == 0, a if isinstance(e, (IntTMod, IntFMod)) else z3.IntVal(0), value)


def _real(a: z3.ExprRef) -> z3.ArithRef:
    if z3.is_int(a):
        return z3.ToReal(a)
    if not z3.is_arith(a):
        raise Untranslatable("a non-number in arithmetic")
    return a


def _unify(a: z3.ExprRef, b: z3.ExprRef) -> tuple[z3.ExprRef, z3.ExprRef]:
    if z3.is_int(a) and z3.is_real(b):
        return z3.ToReal(a), b
    if z3.is_real(a) and z3.is_int(b):
        return a, z3.ToReal(b)
    if a.sort() != b.sort():
        raise Untranslatable("values of different sorts")
    return a, b


def _coerce(a: z3.ExprRef, sort: z3.SortRef) -> z3.ExprRef:
    if a.sort() == sort:
        return a
    if z3.is_int(a) and sort == z3.RealSort():
        return z3.ToReal(a)
    raise Untranslatable("an argument of another sort")


def _entails(build: Any, rlimit: int) -> bool | None:
    """True when Z3 proves the claim ``build(abstraction)`` returns (unsat of its negation);
    None when it does not translate or Z3 cannot confirm."""
    ab = Abstraction()
    try:
        claim = build(ab)
    except (Untranslatable, z3.Z3Exception):
        return None
    try:
        answer = _check([*ab.facts, z3.Not(claim)], rlimit, ab.symbols)
        return True if answer == z3.unsat else None
    except z3.Z3Exception:
        return None


def solve(facts: Iterable[z3.BoolRef], rlimit: int = RLIMIT
          ) -> tuple[z3.ModelRef | None, int]:
    """A model of ``facts`` (a *candidate* only: the abstraction over-approximates, so the
    caller must confirm it concretely) or None when unsat, unknown or the limit is spent;
    with the resource units the query used."""
    solver, result, used = _query(facts, rlimit)
    return (solver.model() if solver is not None and result == z3.sat else None), used


def confirm_relation(rel: str, lhs: Basic, rhs: Basic, rlimit: int = RLIMIT,
                     merges: Iterable[Any] = ()) -> bool | None:
    """True when Z3 proves ``lhs ⋈ rhs`` for every value of the abstraction's constants.
    ``merges`` are SymPy's merged sums (``decide.Merge``), each checked before it is used."""
    def build(ab: Abstraction) -> z3.BoolRef:
        claim = ab.relation(rel, lhs, rhs)
        for m in merges:
            ab.merge(m.merged, m.parts, m.lengths, m.xs)
        return claim

    return _entails(build, rlimit)


def confirm_under(premises: Iterable[Basic], claims: Iterable[tuple[str, Basic, Basic | None]],
                  rlimit: int = RLIMIT) -> bool | None:
    """True when Z3 proves every claim (``(rel, lhs, rhs)``, or ``("prop", p, None)``) from
    the premises (propositions of the law's hypotheses), for every value of the constants."""
    def build(ab: Abstraction) -> z3.BoolRef:
        ab.facts.extend(ab.prop(p) for p in premises)
        return z3.And(*[ab.prop(lhs) if rel == "prop" else ab.relation(rel, lhs, rhs)
                        for rel, lhs, rhs in claims])

    return _entails(build, rlimit)


def confirm_prop(prop: Basic, rlimit: int = RLIMIT) -> bool | None:
    """True when Z3 proves the proposition for every value of the abstraction's constants."""
    return _entails(lambda ab: ab.prop(prop), rlimit)


def confirm_false(prop: Basic, rlimit: int = RLIMIT) -> bool | None:
    """True when Z3 proves the proposition false everywhere (a hypothesis that cannot hold)."""
    return _entails(lambda ab: z3.Not(ab.prop(prop)), rlimit)


def integer_valued(e: Basic) -> bool:
    """``e`` is an integer by the sort of its Z3 translation (built from the declared facts
    of its symbols and function symbols, the sort of each summand…), never by SymPy's
    ``is_integer`` of a composite term; False when it does not translate."""
    if isinstance(e, (int, sympy.Integer)):
        return True
    try:
        return bool(z3.is_int(Abstraction().term(e)))
    except (Untranslatable, z3.Z3Exception):
        return False


_SIGNS = {"nonnegative": ("ge", 0), "positive": ("gt", 0), "nonpositive": ("le", 0),
          "negative": ("lt", 0), "nonzero": ("ne", 0)}


def surely(fact: str, e: Basic, rlimit: int = POINTWISE_RLIMIT) -> bool:
    """A side condition ``e`` is ``fact`` (``integer``, ``nonnegative``, ``positive``…), as
    SymPy's assumption proposes and Z3 confirms: both must say yes. ``rational``/``real`` are
    the sort of every exact number here (ℕ/ℤ/ℚ/ℝ), so SymPy's answer stands for them."""
    if getattr(e, "is_" + fact, None) is not True:
        return False
    if fact == "integer":
        return integer_valued(e)
    if fact in _SIGNS:
        rel, zero = _SIGNS[fact]
        return confirm_relation(rel, e, sympy.Integer(zero), rlimit) is True
    return True


__all__ = ["COMPILED", "CONCRETE", "IDENTICAL", "RLIMIT", "STATS", "Z3", "Abstraction",
           "Untranslatable", "confirm_false", "confirm_prop", "confirm_relation",
           "integer_valued", "solve", "surely"]
