"""Checking every law of a spec against a Python callable bound to one of its definitions.

Per law: rewrite it so the definition is the callable (``rewrite.py``), draw instances
(``generate.py``), keep those whose hypotheses hold (evaluated by the mirror's concrete
evaluator), evaluate both sides, compare them (``compare.py``), and on the first failure shrink
it (``shrink.py``) and replay it. Laws that do not mention the definition are
``not-applicable``.
"""

from __future__ import annotations

import fnmatch
import inspect
import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from jepa_formal.conform.compare import Agreement, Comparison, compare, relative
from jepa_formal.conform.convention import Adapter, CallableRaised, signature_text
from jepa_formal.conform.generate import Drawer, Plan, analyse
from jepa_formal.conform.instance import materialize, show, show_float
from jepa_formal.conform.options import ConformOptions
from jepa_formal.conform.result import (
    ERROR,
    FAILS,
    HOLDS,
    HOLDS_TOL,
    NOT_APPLICABLE,
    ConformCounterexample,
    ConformReport,
    LawResult,
)
from jepa_formal.conform.rewrite import bound_var_name, mentions, rewrite_law
from jepa_formal.conform.shrink import shrink
from jepa_formal.conform.spec import BoundDef, bound_def, load_env, resolve_name
from jepa_formal.errors import BindingError, BudgetExceeded, Unsupported, UsageError
from jepa_formal.mirror.core.terms import RELATIONS, Law, Prim

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

_GLUE_ERRORS = (Unsupported, BudgetExceeded, TypeError, ValueError, ArithmeticError)
"""Raised by the law's own evaluation around the callable (the callable's own exceptions come
wrapped in ``CallableRaised``): the law cannot be checked this way, which is never a pass."""


def check_conformance(spec: str, name: str, func: Callable[..., Any], *,
                      label: str | None = None, **options: Any) -> ConformReport:
    """Check every law of ``spec`` that mentions the definition ``name`` (full or bare) with it
    replaced by ``func``. Keywords are ``ConformOptions`` fields (``functions="array"``,
    ``values="int"``, ``dtype="float32"``, ``rtol=…``, ``laws=("jepaLoss_append",)``…).

    Raises ``BindingError`` for a bad binding (unknown name, wrong arity, a result that is not
    a number) and ``UsageError`` for bad options or a spec that does not parse. ``label``
    names the callable in reports (default ``module:qualname``).
    """
    opts = options.pop("_options", None) or ConformOptions()
    opts = ConformOptions.make(opts, **options)
    env = load_env(spec)
    full = resolve_name(env, name)
    bound = bound_def(env, full)
    label = label or _label(func)
    check_arity(bound, func, label, opts)
    adapter = Adapter(bound, func, opts, label)
    results = []
    mentioned = False
    for thm, law in env.laws():
        if opts.laws and not _selected(thm.name, opts.laws):
            continue
        mentioned = mentioned or isinstance(law, Unsupported) or mentions(law, full)
        line = thm.span.line if thm.span is not None else 0
        results.append(_with_line(check_law(thm.name, law, env, bound, adapter, opts), line))
    if opts.laws and not results:
        raise UsageError(f"no law of {spec} matches --law {', '.join(opts.laws)}")
    if not mentioned:  # nothing was checked: an all-not-applicable "pass" would mislead
        among = f" among those matching --law {', '.join(opts.laws)}" if opts.laws else ""
        raise UsageError(f"no law of {spec}{among} mentions {bound.short_name}: "
                         "nothing to check")
    rtol, atol = opts.tolerance
    settings = (
        ("lists", opts.lists), ("functions", opts.functions), ("dim", str(opts.dim)),
        ("rep_loss", opts.rep_loss), ("values", opts.values), ("dtype", opts.dtype),
        ("rtol", repr(rtol)), ("atol", repr(atol)), ("seed", str(opts.seed)),
        ("max_examples", str(opts.max_examples)),
    )
    return ConformReport(spec, full, label, signature_text(bound, opts), settings,
                         tuple(results))


def _with_line(r: LawResult, line: int) -> LawResult:
    return replace(r, line=line)


def _selected(name: str, patterns: tuple[str, ...]) -> bool:
    short = name.rsplit(".", 1)[-1]
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(short, p) for p in patterns)


def _label(func: Callable[..., Any]) -> str:
    mod = getattr(func, "__module__", None) or "?"
    qual = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return f"{mod}:{qual}"


def check_arity(bound: BoundDef, func: Callable[..., Any], label: str,
                opts: ConformOptions) -> None:
    """The callable must accept the explicit parameters positionally (``BindingError``)."""
    k = len(bound.explicit_params)
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return  # builtins without a signature: find out when calling
    try:
        sig.bind(*range(k))
    except TypeError as exc:
        raise BindingError(
            f"{label} does not match the calling convention of {bound.short_name}: it must "
            f"accept {k} positional argument(s) {signature_text(bound, opts)} ({exc})"
        ) from None


# --------------------------------------------------------------------------------------------
# one law
# --------------------------------------------------------------------------------------------


def check_law(name: str, law: Law | Unsupported, env: Env, bound: BoundDef, adapter: Adapter,
              opts: ConformOptions) -> LawResult:
    """The result for one law (a ``BindingError`` from the callable propagates)."""
    short = bound.short_name
    if isinstance(law, Unsupported):
        return LawResult(name, NOT_APPLICABLE, detail=f"not modelled by the mirror: {law}")
    if not mentions(law, bound.full_name):
        return LawResult(name, NOT_APPLICABLE, detail=f"does not mention {short}")
    try:
        from jepa_formal.mirror.concrete.evaluate import compile_law

        rewritten = rewrite_law(law, bound.full_name)
        plan = analyse(rewritten)
        compiled = compile_law(rewritten, env)
    except Unsupported as exc:
        return LawResult(name, NOT_APPLICABLE, detail=f"cannot be checked by conform: {exc}")
    run = _LawRun(rewritten, plan, compiled, adapter, opts)
    return run.search(name)


@dataclass(frozen=True, slots=True)
class _Outcome:
    """One instance: skipped (hypotheses false), compared, or raised."""

    skipped: bool = False
    comparison: Comparison | None = None
    lhs: Any = None
    rhs: Any = None
    raised: CallableRaised | None = None

    @property
    def failing(self) -> bool:
        if self.raised is not None:
            return True
        return self.comparison is not None and self.comparison.agreement is Agreement.APART


class _LawRun:
    def __init__(self, law: Law, plan: Plan, compiled: Any, adapter: Adapter,
                 opts: ConformOptions) -> None:
        self.law = law
        self.plan = plan
        self.compiled = compiled
        self.adapter = adapter
        self.opts = opts
        concl = law.conclusion
        self.op = concl.op if isinstance(concl, Prim) and concl.op in RELATIONS else None
        self.var = bound_var_name(adapter.bound.full_name)

    def run_one(self, raw: dict[str, Any]) -> _Outcome:
        values = materialize(raw, self.plan.ties)
        values[self.var] = self.adapter
        rtol, atol = self.opts.tolerance
        try:
            if not self.compiled.hypotheses_hold(values):
                return _Outcome(skipped=True)
            if self.op is not None:
                lhs, rhs = self.compiled.sides(values)
                return _Outcome(comparison=compare(self.op, lhs, rhs, rtol, atol),
                                lhs=lhs, rhs=rhs)
            ok = self.compiled.conclusion_holds(values)
            return _Outcome(comparison=Comparison(
                Agreement.EXACT if ok else Agreement.APART, 0.0 if ok else math.inf))
        except CallableRaised as exc:
            return _Outcome(raised=exc)

    def search(self, name: str) -> LawResult:
        seed = (self.opts.seed * 1_000_003 + zlib.crc32(name.encode())) & 0xFFFFFFFF
        drawer = Drawer(self.plan, self.opts, seed)
        tested = 0
        max_dev = 0.0
        max_rel = 0.0
        close = 0
        for index in range(self.opts.max_examples):
            raw = drawer.draw(index)
            try:
                out = self.run_one(raw)
            except _GLUE_ERRORS as exc:
                return LawResult(name, NOT_APPLICABLE, detail=(
                    f"cannot be evaluated with a float-valued {self.adapter.bound.short_name}: "
                    f"{type(exc).__name__}: {exc}"))
            if out.skipped:
                continue
            tested += 1
            if out.failing:
                first = out.comparison.deviation if out.comparison is not None else 0.0
                return self._failure(name, raw, out, tested, max(max_dev, first))
            assert out.comparison is not None
            if out.comparison.agreement is Agreement.CLOSE:
                close += 1
                max_dev = max(max_dev, out.comparison.deviation)
                max_rel = max(max_rel, relative(out.comparison.deviation, out.lhs, out.rhs))
        if tested == 0:
            return LawResult(name, NOT_APPLICABLE, detail=(
                f"the hypotheses never held in {self.opts.max_examples} drawn instances"))
        rtol, atol = self.opts.tolerance
        if close == 0:
            return LawResult(name, HOLDS, 0.0, None, (
                f"exact on all {tested} instances ({self._values_text()})"), tested, 0.0)
        return LawResult(name, HOLDS_TOL, max_dev, None, (
            f"{close} of {tested} instances differ by rounding; largest deviation "
            f"{max_dev:.3g} (relative {max_rel:.3g}) within rtol={rtol:g}, atol={atol:g}"),
            tested, max_rel)

    def _values_text(self) -> str:
        return f"{self.opts.values} values, {self.opts.dtype}"

    def _failure(self, name: str, raw: dict[str, Any], out: _Outcome, tested: int,
                 seen: float) -> LawResult:
        """Shrink and replay the failing instance; ``seen`` is the largest deviation so far."""
        kind = type(out.raised.error) if out.raised is not None else None

        def still_fails(cand: dict[str, Any]) -> bool:
            try:
                o = self.run_one(cand)
            except _GLUE_ERRORS:
                return False
            if not o.failing:
                return False
            if kind is None:
                return o.raised is None
            return o.raised is not None and type(o.raised.error) is kind

        small = shrink(self.plan, raw, still_fails, self.opts.shrink_steps)
        final = self.run_one(small)  # replay the shrunk instance
        if not final.failing:  # cannot happen unless the callable is not deterministic
            small, final = raw, out
        cex = self._counterexample(small, final)
        if final.raised is not None:
            hint = ""
            if self.opts.functions == "callable" and isinstance(final.raised.error,
                                                                 (TypeError, IndexError)):
                hint = ("; function binders were passed as callables: array-style code "
                        "needs --functions array")
            return LawResult(name, ERROR, None, cex, (
                f"the callable raised {type(final.raised.error).__name__}: "
                f"{final.raised.error} (first at instance {tested}){hint}"), tested)
        assert final.comparison is not None
        reason = final.comparison.reason or (
            f"the shrunk counterexample's sides differ by {final.comparison.deviation:.3g}"
            if math.isfinite(final.comparison.deviation) else "the sides differ")
        rtol, atol = self.opts.tolerance
        tol = "exactly" if (rtol, atol) == (0.0, 0.0) else f"beyond rtol={rtol:g}, atol={atol:g}"
        dev = final.comparison.deviation
        where = f"first failure at instance {tested}"
        text = f"{reason} ({tol}); {where}" if math.isfinite(dev) else f"{reason}; {where}"
        return LawResult(name, FAILS, max(dev, seen), cex, text, tested)

    def _counterexample(self, raw: dict[str, Any], out: _Outcome) -> ConformCounterexample:
        values = materialize(raw, self.plan.ties)
        inputs = tuple((s.name, show(values[s.name])) for s in self.plan.slots
                       if s.kind != "type")
        if out.raised is not None:
            args = ", ".join(_short_repr(a) for a in out.raised.call_args)
            return ConformCounterexample(inputs, error=f"{type(out.raised.error).__name__}: "
                                         f"{out.raised.error}",
                                         call=f"{self.adapter.label}({args})")
        return ConformCounterexample(inputs, _side(out.lhs), _side(out.rhs))


def _side(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float):
        return show_float(v)
    return show(v)


def _short_repr(a: Any) -> str:
    text = repr(a).replace("\n", " ")
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77] + "..."
