"""Checking every law of a spec against Python callables bound to some of its definitions.

Per law: rewrite it so the bound definitions are the callables (``rewrite.py``), draw
instances (``generate.py``), keep those whose hypotheses hold (evaluated by the mirror's
concrete evaluator), evaluate both sides, compare them (``compare.py``). Every instance is
drawn (the search does not stop at the first failure): each kind of failure (``mismatch``,
``nan``/``inf``, ``tolerance``, ``error``) keeps its first instance, which is then shrunk on
its own (``shrink.py``: "fails the same way") and replayed, so a NaN on the empty selection
cannot hide a real mismatch on non-empty lists. ``findings.py`` words the diagnosis. Laws
that mention no bound definition are ``not-applicable``.
"""

from __future__ import annotations

import contextlib
import fnmatch
import inspect
import math
import threading
import warnings
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from jepa_formal.conform.compare import (
    _EQUAL,
    KINDS,
    Agreement,
    Comparison,
    compare,
    relative,
)
from jepa_formal.conform.compare import (
    ERROR as ERROR_KIND,
)
from jepa_formal.conform.compiled import compile_conform
from jepa_formal.conform.convention import Adapter, CallableRaised, signature_text
from jepa_formal.conform.findings import diagnose, input_class
from jepa_formal.conform.generate import Drawer, Plan, Raw, Slot, analyse
from jepa_formal.conform.instance import materialize, show, show_datum, show_float
from jepa_formal.conform.isolation import quiet_stdout
from jepa_formal.conform.options import ConformOptions
from jepa_formal.conform.result import (
    ERROR,
    FAILS,
    HOLDS,
    HOLDS_TOL,
    NOT_APPLICABLE,
    Binding,
    ConformCounterexample,
    ConformReport,
    Finding,
    LawResult,
)
from jepa_formal.conform.rewrite import bound_var_name, mentions_any, rewrite_law
from jepa_formal.conform.shrink import shrink
from jepa_formal.conform.spec import BoundDef, bound_def, load_env, resolve_name
from jepa_formal.conform.supervise import Supervisor
from jepa_formal.errors import BindingError, BudgetExceeded, Unsupported, UsageError
from jepa_formal.mirror.core.terms import RELATIONS, Law, Prim

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

_GLUE_ERRORS = (Unsupported, BudgetExceeded, TypeError, ValueError, ArithmeticError,
                KeyError, IndexError, AttributeError)
"""Raised by the law's own evaluation around the callable (the callable's own exceptions come
wrapped in ``CallableRaised``): the law cannot be checked this way, which is never a pass."""

FUSED = True
"""Whether a law with two sides searches with ``_loop_fused`` (``run_one`` written in place)
or instance by instance through ``run_one`` (the reference the tests compare it with)."""

EVALUATOR = "compiled"
"""How a law's hypotheses and sides are evaluated: ``"compiled"`` (Python source written once
per law, ``compiled.py``) or ``"mirror"`` (the mirror's closures; the reference the tests
compare the compiled evaluator with)."""

Bind = tuple[str, Callable[..., Any], str | None]
"""One binding: the Lean name (full or bare), the callable, its label (None: module:name)."""


def check_conformance(spec: str, name: str, func: Callable[..., Any], *,
                      label: str | None = None, also: Sequence[Bind] = (),
                      **options: Any) -> ConformReport:
    """Check every law of ``spec`` that mentions the definition ``name`` (full or bare) with it
    replaced by ``func`` (and each of ``also``'s definitions by its callable). Keywords are
    ``ConformOptions`` fields (``functions="array"``, ``values="int"``, ``dtype="float32"``,
    ``rtol=…``, ``laws=("jepaLoss_append",)``, ``call_timeout=…``, ``structs="dict"``…).

    Raises ``BindingError`` for a bad binding (unknown name, wrong arity, a result that is not
    a number) and ``UsageError`` for bad options or a spec that does not parse. ``label``
    names the callable in reports (default ``module:qualname``).
    """
    return run_conformance(spec, [(name, func, label), *also], **options)


def run_conformance(spec: str, binds: Sequence[Bind], **options: Any) -> ConformReport:
    """The report for several bindings at once (a spec whose laws relate two definitions)."""
    opts = options.pop("_options", None) or ConformOptions()
    opts = ConformOptions.make(opts, **options)
    env = load_env(spec)
    structs = {n: env.structure(n).fields for n in _structures(env)}
    supervisor = Supervisor(opts.call_timeout)
    adapters: list[Adapter] = []
    for name, func, label in binds:
        bound = bound_def(env, resolve_name(env, name))
        if any(a.bound.full_name == bound.full_name for a in adapters):
            raise UsageError(f"{bound.short_name} is bound twice")
        text = label or _label(func)
        check_arity(bound, func, text, opts)
        adapters.append(Adapter(bound, func, opts, text, structs, supervisor.guard))
    if not adapters:
        raise UsageError("give at least one binding")
    names = frozenset(a.bound.full_name for a in adapters)
    todo = [(thm.name, law, thm.span.line if thm.span is not None else 0)
            for thm, law in env.laws() if not opts.laws or _selected(thm.name, opts.laws)]
    mentioned = any(isinstance(law, Unsupported) or mentions_any(law, names, env)
                    for _, law, _ in todo)

    def work(i: int) -> LawResult:
        name, law, line = todo[i]
        return replace(_guarded_law(name, law, env, adapters, opts), line=line)

    def give_up(i: int, why: str) -> LawResult:
        name, _, line = todo[i]
        return LawResult(name, ERROR, detail=why, line=line,
                         internal=why.startswith("internal error"))

    with quiet_stdout(), _quiet_numerics():
        if supervisor.isolated:
            prepare_laws(todo, env, adapters, opts)
        results = supervisor.run(len(todo), work, give_up)
    if opts.laws and not results:
        raise UsageError(f"no law of {spec} matches --law {', '.join(opts.laws)}")
    if not mentioned:  # nothing was checked: an all-not-applicable "pass" would mislead
        among = f" among those matching --law {', '.join(opts.laws)}" if opts.laws else ""
        which = ", ".join(a.bound.short_name for a in adapters)
        raise UsageError(f"no law of {spec}{among} mentions {which}: nothing to check")
    rtol, atol = opts.tolerance
    settings = (
        ("lists", opts.lists), ("functions", opts.functions), ("dim", str(opts.dim)),
        ("rep_loss", opts.rep_loss), ("values", opts.values), ("dtype", opts.dtype),
        ("rtol", repr(rtol)), ("atol", repr(atol)), ("seed", str(opts.seed)),
        ("max_examples", str(opts.max_examples)), ("structs", opts.structs),
        ("call_timeout", f"{opts.call_timeout:g}"),
    )
    bindings = tuple(Binding(a.bound.full_name, a.label, signature_text(a.bound, opts))
                     for a in adapters)
    first = bindings[0]
    return ConformReport(spec, first.definition, first.target, first.signature, settings,
                         tuple(results), bindings)


def _structures(env: Env) -> list[str]:
    """Full names of the spec's structures the mirror can model."""
    out = []
    for n in env.decls:
        if env.kind(n) == "structure":
            try:
                env.structure(n)
            except Unsupported:
                continue
            out.append(n)
    return out


@contextlib.contextmanager
def _quiet_numerics() -> Iterator[None]:
    """NumPy floating-point warnings and Python warnings of the user's code are silenced once
    for the run (a NaN is a finding, not a warning; per call it would cost more than the
    call)."""
    import numpy as np

    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


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


def _guarded_law(name: str, law: Law | Unsupported, env: Env, adapters: list[Adapter],
                 opts: ConformOptions) -> LawResult:
    """``check_law``, with a bug of the tool on this law reported as this law's internal
    ``error`` (the other laws are still checked); a bad binding still ends the run."""
    try:
        return check_law(name, law, env, adapters, opts)
    except (BindingError, UsageError):
        raise
    except Exception as exc:  # a bug in jepa-formal: this law only
        return LawResult(name, ERROR, detail=(
            f"internal error in jepa-formal (a bug, please report it): "
            f"{type(exc).__name__}: {exc}"), internal=True)


def _law_run(name: str, law: Law | Unsupported, env: Env, adapters: Adapter | list[Adapter],
             opts: ConformOptions) -> LawResult | _LawRun:
    """The law ready to search (prepared and compiled), or its result when it cannot be
    searched (``not-applicable``)."""
    adapters = [adapters] if isinstance(adapters, Adapter) else adapters
    which = ", ".join(a.bound.short_name for a in adapters)
    if isinstance(law, Unsupported):
        return LawResult(name, NOT_APPLICABLE, detail=f"not modelled by the mirror: {law}")
    prepared = _prepare(law, env, tuple(sorted(
        (a.bound.full_name, bound_var_name(a.bound.full_name)) for a in adapters)))
    if prepared is None:
        return LawResult(name, NOT_APPLICABLE, detail=f"does not mention {which}")
    if isinstance(prepared, Unsupported):
        return LawResult(name, NOT_APPLICABLE, detail=f"cannot be checked by conform: "
                                                      f"{prepared}")
    rewritten, plan, checked, compiled = prepared
    frame = {bound_var_name(a.bound.full_name): a for a in adapters}
    frame.update(rewritten.helpers)
    if EVALUATOR == "compiled":
        fast = compile_conform(checked, env, compiled, {
            k: getattr(v, "direct", None) or v for k, v in frame.items()})
        if fast is not None:
            compiled = fast
    return _LawRun(law, rewritten.law, plan, compiled, adapters, frame, opts, rewritten.notes)


def check_law(name: str, law: Law | Unsupported, env: Env, adapters: Adapter | list[Adapter],
              opts: ConformOptions, bound: BoundDef | None = None) -> LawResult:
    """The result for one law (a ``BindingError`` from the callable propagates)."""
    run = _law_run(name, law, env, adapters, opts)
    if isinstance(run, LawResult):
        return run
    return replace(run.search(name), notes=run.notes)


def prepare_laws(todo: Sequence[tuple[str, Law | Unsupported, int]], env: Env,
                 adapters: list[Adapter], opts: ConformOptions) -> None:
    """Prepare (rewrite, compile) and draw every law of ``todo`` in this process, before the
    worker process is forked: the worker inherits the work, and this process keeps it for
    its next run (``_PREPARED``, ``compiled._CODE``, ``_DRAWN``; done in the worker, it was
    thrown away with the worker: a test suite checking several implementations against one
    spec prepared and drew every law again for each). Nothing here calls the user's code.
    Any exception is left for the worker to meet again and report as that law's result."""
    for name, law, _ in todo:
        try:
            run = _law_run(name, law, env, adapters, opts)
            if isinstance(run, _LawRun):
                instances = run.drawn(name)
                if run.head is not None:
                    instances.frames(run.head)
        except Exception:  # the worker meets it again and reports it as the law's error
            continue


_PREPARED: dict[tuple[int, tuple[tuple[str, str], ...]], tuple[Any, ...]] = {}
"""Per law object (kept alive here, so its id stays its own) and bound names: the rewritten
law, its drawing plan, the law evaluated (tied hypotheses removed) and the mirror's
compilation of it, or the ``Unsupported`` that stops it, or None when the law mentions none
of the names (a walk over the law and the definitions it uses: done once too). None of them
depends on the callables or the options: a process checking the same spec again prepares
each law once."""


def _prepare(law: Law, env: Env, names: tuple[tuple[str, str], ...]) -> Any:
    key = (id(law), names)
    hit = _PREPARED.get(key)
    if hit is not None and hit[0] is law:
        return hit[1]
    from jepa_formal.mirror.concrete.evaluate import compile_law

    if not mentions_any(law, frozenset(n for n, _ in names), env):
        out = None
    else:
        out = _rewritten(law, env, names, compile_law)
    if len(_PREPARED) >= 512:
        _PREPARED.clear()
    _PREPARED[key] = (law, out)
    return out


def _rewritten(law: Law, env: Env, names: tuple[tuple[str, str], ...], compile_law: Any
               ) -> Any:
    """What ``_PREPARED`` keeps for a law that mentions a bound name."""
    try:
        rewritten = rewrite_law(law, dict(names), env)
        plan = analyse(rewritten.law, env)
        checked = replace(rewritten.law, hypotheses=tuple(
            (h, e) for h, e in rewritten.law.hypotheses if h not in plan.tied))
        return (rewritten, plan, checked, compile_law(checked, env))
    except Unsupported as exc:
        return exc


class _Outcome(NamedTuple):
    """One instance: skipped (hypotheses false), compared, or raised. (A named tuple: one is
    made per instance, and a frozen dataclass costs a microsecond more to build.)"""

    skipped: bool = False
    comparison: Comparison | None = None
    lhs: Any = None
    rhs: Any = None
    raised: CallableRaised | None = None

    @property
    def failing(self) -> bool:
        if self.raised is not None:
            return True
        return self.comparison is not None and self.comparison.agreement is _APART

    @property
    def kind(self) -> str:
        if self.raised is not None:
            return ERROR_KIND
        return self.comparison.kind if self.comparison is not None else ""


def _overflow(exc: OverflowError) -> _Outcome:
    """An int result of the callable beyond float64's range met the law's float arithmetic."""
    return _Outcome(comparison=Comparison(_APART, math.inf, (
        f"the law's floating-point arithmetic overflowed on your results "
        f"(OverflowError: {exc})"), "inf"))


class _Search:
    """The running totals of one law's search, and each kind's first failing instance."""

    __slots__ = ("close", "first", "max_dev", "max_rel", "non_empty_failed",
                 "non_empty_tested", "tested")

    def __init__(self) -> None:
        self.tested = self.non_empty_tested = self.non_empty_failed = self.close = 0
        self.max_dev = self.max_rel = 0.0
        self.first: dict[str, tuple[dict[str, Any], _Outcome, int]] = {}

    def record(self, raw: dict[str, Any], out: _Outcome, ne: bool) -> bool:
        """Count one tested instance (``tested`` already counts it); True: stop the search
        (a call that cannot finish: every further call may hang as long)."""
        self.non_empty_tested += ne
        if out.failing:
            self.non_empty_failed += ne
            key = out.kind if out.kind not in ("nan", "inf") else (
                f"{out.kind}{'' if ne else ' empty'}")
            self.first.setdefault(key, (raw, out, self.tested))
            if out.raised is not None and out.raised.fatal:
                return True
            if out.comparison is not None and math.isfinite(out.comparison.deviation):
                self.max_dev = max(self.max_dev, out.comparison.deviation)
            return False
        assert out.comparison is not None
        if out.comparison.agreement is _CLOSE:
            self.close += 1
            self.max_dev = max(self.max_dev, out.comparison.deviation)
            self.max_rel = max(self.max_rel, relative(out.comparison.deviation, out.lhs,
                                                      out.rhs))
        return False


_SKIPPED = _Outcome(skipped=True)
_APART, _CLOSE = Agreement.APART, Agreement.CLOSE  # read per instance (Enum lookups are slow)
_INF = math.inf


class Drawn:
    """The instances of one law (``raws``), and per frame layout the drawn part of each
    instance's frame (``heads``: the binders' values in the compiled law's order, tied
    tables and structures assembled by ``materialize``), built once and kept with them."""

    __slots__ = ("forms", "heads", "lists", "plan", "raws")

    def __init__(self, plan: Plan, raws: list[Raw]) -> None:
        self.plan = plan
        self.raws = raws
        self.heads: dict[tuple[str, ...], list[tuple[Any, ...]] | None] = {}
        self.forms = [getattr(raw, "forms", None) for raw in raws]
        """Each instance's arguments built by the drawer (``Raw.forms``)."""
        self.lists: dict[tuple[str, ...], list[bool]] = {}

    def non_empty(self, lists: tuple[str, ...]) -> list[bool]:
        """Per instance: whether every list binder of ``lists`` is non-empty."""
        got = self.lists.get(lists)
        if got is None:
            got = self.lists[lists] = [all(raw.get(n) for n in lists) for raw in self.raws]
        return got

    def frames(self, head: tuple[str, ...]) -> list[tuple[Any, ...]] | None:
        """Each instance's values of the binders ``head`` (None: ``materialize`` failed on
        some instance; the search meets that instance's error itself)."""
        if head in self.heads:
            return self.heads[head]
        plan = self.plan
        assemble = bool(plan.ties or plan.structs)
        try:
            out: list[tuple[Any, ...]] | None = [
                tuple(map((materialize(raw, plan.ties, plan.structs) if assemble else raw).get,
                          head)) for raw in self.raws]
        except Exception:  # the search meets it at that instance, as without the cache
            out = None
        self.heads[head] = out
        return out


_DRAWN: dict[tuple[Any, ...], Drawn] = {}
"""Per drawing plan (kept alive by the entry, so its id stays its own), the options the
drawing reads, the seed and the count: the instances drawn. The draw depends on nothing else
(not on the callables), so a process checking the same spec again (a test suite calling
``assert_conforms`` once per implementation) draws each law's instances once. The instances
are never written to: arrays are read-only, lists reach the user's code as fresh copies."""

MAX_DRAWN = 20_000
"""Instances kept in ``_DRAWN`` (about 3 kB each on the JEPA laws, their arrays and
predictors included); past it the laws used least recently are dropped."""

_DRAWING = threading.Lock()
"""Guards ``_DRAWN`` (runs in threads of one process share it)."""


def drawn(plan: Plan, opts: ConformOptions, seed: int, count: int) -> Drawn:
    """Instances ``0 … count - 1`` of ``plan`` drawn from ``seed`` (``Drawer``), kept for the
    next run of this process (``_DRAWN``)."""
    key = (id(plan), opts.max_n, opts.max_len, opts.dim, opts.values, opts.dtype,
           opts.rep_loss, seed, count)
    with _DRAWING:
        hit = _DRAWN.pop(key, None)
        if hit is not None and hit.plan is plan:
            _DRAWN[key] = hit  # the most recently used last
            return hit
    drawer = Drawer(plan, opts, seed)
    out = Drawn(plan, [drawer.draw(index) for index in range(count)])
    with _DRAWING:
        kept = sum(len(v.raws) for v in _DRAWN.values())
        while _DRAWN and kept + count > MAX_DRAWN:
            kept -= len(_DRAWN.pop(next(iter(_DRAWN))).raws)
        if count <= MAX_DRAWN:
            _DRAWN[key] = out
    return out


class _LawRun:
    def __init__(self, original: Law, law: Law, plan: Plan, compiled: Any,
                 adapters: list[Adapter], frame: dict[str, Any], opts: ConformOptions,
                 notes: Any = ()) -> None:
        self.notes = notes
        self.original = original
        self.law = law
        self.plan = plan
        self.compiled = compiled
        self.adapters = adapters
        self.frame = frame
        self.opts = opts
        concl = law.conclusion
        self.op = concl.op if isinstance(concl, Prim) and concl.op in RELATIONS else None
        self.lists = tuple(s.name for s in plan.slots if s.kind in ("list", "reals"))
        self.tolerance = opts.tolerance
        self.assemble = bool(plan.ties or plan.structs)
        names = compiled.names
        head = len(names)
        while head and names[head - 1] in frame:
            head -= 1
        self.head: tuple[str, ...] | None = names[:head]
        """The frame's drawn part (binder names) when the frame variables (bound callables,
        Lean's operators) all come after it: each instance's frame is then the drawn values
        and the constant ``tail``."""
        self.tail = tuple(frame[n] for n in names[head:])
        if any(n in frame for n in self.head):
            self.head = None
        self.sided = self.op is not None and compiled.lhs is not None
        self.unstable = False
        """A failure of this law's search did not replay on the same inputs (``_shrink``)."""

    def run_one(self, raw: dict[str, Any]) -> _Outcome:
        plan = self.plan
        values = materialize(raw, plan.ties, plan.structs) if self.assemble else raw
        compiled = self.compiled
        if self.head is not None:
            frame = (*map(values.get, self.head), *self.tail)
        else:
            values = dict(values)
            values.update(self.frame)
            frame = tuple(map(values.get, compiled.names))
        forms = getattr(raw, "forms", None)
        if forms:
            for a in self.adapters:  # (empty: cleared after every instance)
                a.cache.update(forms)  # arguments the drawer built already
        try:
            if compiled.hypotheses:
                for h in compiled.hypotheses:
                    if not h(frame):
                        return _SKIPPED
            if self.sided:
                lhs = compiled.lhs(frame)
                rhs = compiled.rhs(frame)
                return _Outcome(False, compare(self.op, lhs, rhs, *self.tolerance), lhs, rhs)
            ok = bool(compiled.conclusion(frame))
            return _Outcome(comparison=Comparison(
                Agreement.EXACT if ok else Agreement.APART, 0.0 if ok else math.inf,
                kind="" if ok else "mismatch"))
        except CallableRaised as exc:
            return _Outcome(raised=exc)
        except OverflowError as exc:  # an int result of the callable beyond float64's range
            return _overflow(exc)
        finally:
            for a in self.adapters:
                a.cache.clear()

    def non_empty(self, raw: dict[str, Any]) -> bool:
        for n in self.lists:
            if not raw.get(n):
                return False
        return True

    def drawn(self, name: str) -> Drawn:
        """The instances of the law named ``name`` (its seed: the run's and the name; drawn
        once per process, ``drawn``)."""
        seed = (self.opts.seed * 1_000_003 + zlib.crc32(name.encode())) & 0xFFFFFFFF
        return drawn(self.plan, self.opts, seed, self.opts.max_examples)

    def search(self, name: str) -> LawResult:
        instances = self.drawn(name)
        s = _Search()
        if FUSED and self.sided and self.head is not None:
            stop = self._loop_fused(instances, s)
        else:
            stop = self._loop(instances.raws, s)
        if stop is not None:  # the law cannot be evaluated this way
            return LawResult(name, NOT_APPLICABLE, detail=(
                f"cannot be evaluated with float-valued callables: "
                f"{type(stop).__name__}: {stop}"))
        if s.first:
            return self._failures(name, s.first, s.tested, s.max_dev, s.non_empty_tested,
                                  s.non_empty_failed)
        if s.tested == 0:
            return LawResult(name, NOT_APPLICABLE, detail=(
                f"the hypotheses never held in {self.opts.max_examples} drawn instances"))
        rtol, atol = self.opts.tolerance
        if s.close == 0:
            return LawResult(name, HOLDS, 0.0, None, (
                f"exact on all {s.tested} instances ({self._values_text()})"), s.tested, 0.0)
        return LawResult(name, HOLDS_TOL, s.max_dev, None, (
            f"{s.close} of {s.tested} instances differ by rounding; largest deviation "
            f"{s.max_dev:.3g} (relative {s.max_rel:.3g}) within rtol={rtol:g}, "
            f"atol={atol:g}"), s.tested, s.max_rel)

    def _loop(self, raws: list[Raw], s: _Search) -> Exception | None:
        """Every instance through ``run_one``; the glue error that stops the law before any
        finding (None: the law was searched)."""
        for raw in raws:
            try:
                out = self.run_one(raw)
            except _GLUE_ERRORS as exc:
                if s.first:
                    break  # the findings so far stand; the rest cannot be evaluated
                return exc
            if out.skipped:
                continue
            s.tested += 1
            if s.record(raw, out, self.non_empty(raw)):
                break
        return None

    def _loop_fused(self, instances: Drawn, s: _Search) -> Exception | None:
        """``_loop`` with ``run_one`` written in place for a law with two sides and a frame
        of drawn values and constants (the common case): no outcome object per instance
        that agrees. Same instances, same calls, same results (a test compares the two)."""
        compiled = self.compiled
        lhs_of, rhs_of, hyps = compiled.lhs, compiled.rhs, compiled.hypotheses
        head, tail, lists = self.head, self.tail, self.lists
        caches = [a.cache for a in self.adapters]
        plan, assemble = self.plan, self.assemble
        op = self.op
        rtol, atol = self.tolerance
        heads = instances.frames(head)
        forms_of = instances.forms
        non_empty = instances.non_empty(lists)
        eq = op == "eq"
        for index, raw in enumerate(instances.raws):
            out = None
            try:
                if heads is not None:
                    frame = heads[index] + tail
                else:
                    values = materialize(raw, plan.ties, plan.structs) if assemble else raw
                    frame = (*map(values.get, head), *tail)
                forms = forms_of[index]
                if forms:
                    for cache in caches:
                        cache.update(forms)  # arguments the drawer built already
                if hyps and not all(h(frame) for h in hyps):
                    continue
                lhs = lhs_of(frame)
                rhs = rhs_of(frame)
                if eq and type(lhs) is float and type(rhs) is float and lhs == rhs and \
                        -_INF < lhs < _INF:
                    cmp = _EQUAL  # what ``compare`` answers for equal finite floats
                else:
                    cmp = compare(op, lhs, rhs, rtol, atol)
            except CallableRaised as exc:
                out = _Outcome(raised=exc)
            except OverflowError as exc:
                out = _overflow(exc)
            except _GLUE_ERRORS as exc:
                if s.first:
                    break
                return exc
            finally:
                for cache in caches:
                    cache.clear()
            s.tested += 1
            ne = non_empty[index]
            if out is None:
                agreement = cmp.agreement
                if agreement is _CLOSE:
                    s.non_empty_tested += ne
                    s.close += 1
                    s.max_dev = max(s.max_dev, cmp.deviation)
                    s.max_rel = max(s.max_rel, relative(cmp.deviation, lhs, rhs))
                    continue
                if agreement is not _APART:
                    s.non_empty_tested += ne
                    continue
                out = _Outcome(False, cmp, lhs, rhs)
            if s.record(raw, out, ne):
                break
        return None

    def _values_text(self) -> str:
        return f"{self.opts.values} values, {self.opts.dtype}"

    def _failures(self, name: str, first: dict[str, tuple[dict[str, Any], _Outcome, int]],
                  tested: int, max_dev: float, non_empty_tested: int,
                  non_empty_failed: int) -> LawResult:
        """Shrink and replay each kind's first failing instance on its own."""
        findings: list[Finding] = []
        keys: list[str] = []
        self.unstable = False
        for kind in KINDS:  # a NaN on non-empty lists is reported before one on empty lists
            for key in (kind, f"{kind} empty"):
                if key not in first:
                    continue
                raw, out, at = first[key]
                small, final = self._shrink(raw, out, key.endswith(" empty"))
                findings.append(self._finding(kind, small, final, at))
                keys.append(key)
        primary = findings[0]
        _, pout, pat = first[keys[0]]
        any_nonfinite = any(f.kind in ("nan", "inf") for f in findings)
        dev = math.inf if any_nonfinite else max(
            max_dev, *(f.deviation or 0.0 for f in findings))
        status = ERROR if primary.kind == ERROR_KIND or self.unstable else FAILS
        detail = self._detail(primary, pout, pat)
        if self.unstable:  # no finding of a law: the callable is not a function of its inputs
            detail = ("the callable is not deterministic: an instance that failed the law "
                      "passed when called again with the same inputs (hidden state or "
                      f"randomness), so no counterexample replays; {detail}")
        diagnosis = diagnose(self.original, findings, non_empty_tested, non_empty_failed,
                             tested) if not self.unstable else (
            "not deterministic: the same inputs failed once and passed when called again")
        return LawResult(name, status, None if status == ERROR else dev,
                         primary.counterexample, detail, tested, findings=tuple(findings),
                         diagnosis=diagnosis)

    def _shrink(self, raw: dict[str, Any], out: _Outcome,
                empty: bool = False) -> tuple[dict[str, Any], _Outcome]:
        if out.raised is not None and out.raised.fatal:
            return raw, out  # shrinking would call a hanging function again and again
        kind = out.kind
        split = kind in ("nan", "inf")
        error_type = type(out.raised.error) if out.raised is not None else None

        def same_failure(cand: dict[str, Any]) -> bool:
            try:
                o = self.run_one(cand)
            except _GLUE_ERRORS:
                return False
            if not o.failing or o.kind != kind:
                return False
            if split and self.non_empty(cand) == empty:
                return False  # a NaN on non-empty lists must stay on non-empty lists
            if o.raised is not None and (o.raised.fatal or type(o.raised.error)
                                         is not error_type):
                return False
            return True

        small = shrink(self.plan, raw, same_failure, self.opts.shrink_steps)
        final = self.run_one(small)  # replay the shrunk instance
        if final.failing and final.kind == kind:
            return small, final
        again = self.run_one(raw)  # the first failing instance itself, called again
        if again.failing and again.kind == kind:
            return raw, again
        self.unstable = True  # the same inputs failed once and pass now: hidden state
        return raw, out

    def _finding(self, kind: str, raw: dict[str, Any], out: _Outcome, at: int) -> Finding:
        cex = self._counterexample(raw, out)
        dev = out.comparison.deviation if out.comparison is not None else None
        focus = tuple(s.name for s in self.plan.slots
                      if s.kind in ("list", "reals", "fin", "nat", "int", "real"))
        cls = input_class(self.plan, raw) or ("the empty list" if not self.lists and _nil(
            self.original) else "")
        return Finding(kind, cex, _number(out.lhs), _number(out.rhs), dev, cls, focus)

    def _detail(self, primary: Finding, out: _Outcome, tested: int) -> str:
        where = f"first failure at instance {tested}"
        if out.raised is not None:
            hint = ""
            if out.raised.timeout:
                return f"the callable did not return within {self.opts.call_timeout:g} s; " \
                    f"{where}"
            if out.raised.fatal:
                return f"{out.raised.error} during a call of the callable; {where}"
            if self.opts.functions == "callable" and isinstance(out.raised.error,
                                                                (TypeError, IndexError)):
                hint = ("; function binders were passed as callables: array-style code "
                        "needs --functions array")
            return (f"the callable raised {type(out.raised.error).__name__}: "
                    f"{out.raised.error} ({where}){hint}")
        assert out.comparison is not None
        dev = primary.deviation if primary.deviation is not None else math.inf
        reason = out.comparison.reason or (
            f"the shrunk counterexample's sides differ by {dev:.3g}"
            if math.isfinite(dev) else "the sides differ")
        rtol, atol = self.opts.tolerance
        tol = "exactly" if (rtol, atol) == (0.0, 0.0) else f"beyond rtol={rtol:g}, atol={atol:g}"
        return f"{reason} ({tol}); {where}" if math.isfinite(dev) else f"{reason}; {where}"

    def _counterexample(self, raw: dict[str, Any], out: _Outcome) -> ConformCounterexample:
        values = materialize(raw, self.plan.ties, self.plan.structs)
        shown = [s for s in self.plan.slots if s.kind != "type" and "." not in s.name]

        def text(s: Slot, digits: int | None) -> str:
            if s.kind == "data":
                return show_datum(s.ty, values[s.name], digits)
            return show(values[s.name], digits=digits)

        inputs = tuple((s.name, text(s, 4)) for s in shown)
        exact = tuple((s.name, text(s, None)) for s in shown)
        if out.raised is not None:
            args = ", ".join(_short_repr(a) for a in out.raised.call_args)
            label = next((a.label for a in self.adapters), "?")
            return ConformCounterexample(inputs, error=f"{type(out.raised.error).__name__}: "
                                         f"{out.raised.error}",
                                         call=f"{label}({args})", exact=exact)
        return ConformCounterexample(inputs, _side(out.lhs), _side(out.rhs), exact=exact)


def _nil(law: Law) -> bool:
    return "List.nil" in repr(law.conclusion)


def _number(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    try:
        return float(v)
    except OverflowError:  # an int beyond float64's range (the text shows it exactly)
        return math.inf if v > 0 else -math.inf


def _side(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float):
        return show_float(v)
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 10 ** 21:
        digits = str(abs(v))
        rest = digits[1:7].rstrip("0")
        return (f"{'-' if v < 0 else ''}{digits[0]}{'.' + rest if rest else ''}"
                f"e{len(digits) - 1} (an int of {len(digits)} digits)")
    return show(v)


def _short_repr(a: Any) -> str:
    text = repr(a).replace("\n", " ")
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77] + "..."
