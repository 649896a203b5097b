"""Builds the teaching explanation of one law: verdict, proof steps, a worked instance, and
what breaks when each hypothesis is dropped.

Why apart from ``check.py``: explaining re-checks *variants* of a law (without a hypothesis;
with its conclusion negated to find an instance where it holds), which is checking logic and
so does not belong in ``report/``; ``report/explain.py`` only renders the ``Explanation``.

The worked instance comes from the concrete search itself: the law's relation is negated
(``=`` becomes ``≠``, ``≤`` becomes ``>`` …) and the search's shrunk, replayed
"counterexample" to that negation is a small instance where the original statement holds,
with both sides evaluated. Lists are asked to be non-empty first, so the instance shows
something happening; if none is found the plain search is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from jepa_formal.check import (
    CheckOptions,
    CheckRun,
    Entry,
    Workload,
    check_entry,
    check_law,
    derive_seed,
    load_workload,
)
from jepa_formal.check import statement_text as check_statement_text
from jepa_formal.errors import (
    BudgetExceeded,
    InternalError,
    Unsupported,
    UsageError,
)
from jepa_formal.mirror.core.terms import RELATIONS, negate_relation, relation_symbol
from jepa_formal.verdict import Status, Verdict, html_of

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.core.terms import Law
    from jepa_formal.numeric.outcome import NumericOutcome

INSTANCE_EXAMPLES = 500
_UNEXPLAINED = (Status.UNSUPPORTED, Status.INVALID, Status.ERROR)
"""Verdicts with nothing to evaluate: the statement could not be elaborated or checking broke."""


@dataclass(frozen=True, slots=True)
class WorkedInstance:
    """Binder values (printed as Lean) for which the statement holds, and both sides' values."""

    bindings: tuple[tuple[str, str], ...]
    left: str | None
    right: str | None
    relation: str
    instantiation: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Dropped:
    """The law re-checked without one hypothesis: ``verdict`` says what breaks (if anything)."""

    name: str
    text: str
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Explanation:
    """Everything ``jepa-formal explain`` shows about one theorem."""

    name: str
    path: str
    line: int
    statement: str
    verdict: Verdict
    instance: WorkedInstance | None = None
    instance_note: str = ""
    dropped: tuple[Dropped, ...] = ()
    options: CheckOptions = field(default_factory=CheckOptions)
    parse_errors: tuple[Any, ...] = ()

    def _repr_html_(self) -> str:
        """The law's card with its worked instance and hypotheses, for Jupyter."""
        return html_of(self)


def find_entry(workload: Workload, name: str) -> Entry:
    """The theorem called ``name``: its full name, its short name, a dotted suffix of the full
    name, or else a unique part of it. Unknown or ambiguous names are usage errors."""
    broken = [e for e in workload.entries if e.theorem is None]
    if broken:  # a bug below (the reader or the mirror): exit 3, never a usage error
        problem = (broken[0].problem or "").removeprefix(str(InternalError("")).rstrip())
        raise InternalError(f"{broken[0].path} could not be loaded:{problem}")
    entries = workload.entries
    tests = (
        lambda e: e.name == name,
        lambda e: e.theorem is not None and e.theorem.short_name == name,
        lambda e: e.name.endswith("." + name),
        lambda e: name in e.name,
    )
    for test in tests:
        found = [e for e in entries if test(e)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(e.name for e in found)
            raise UsageError(f"{name!r} names several theorems: {names}")
    known = ", ".join(e.name for e in entries) or "none"
    raise UsageError(f"no theorem {name!r} in {', '.join(workload.files)} (theorems: {known})")


def explain(path: str, name: str, options: CheckOptions) -> Explanation:
    """Check the theorem ``name`` of ``path`` and gather its explanation."""
    workload = load_workload([path], replace(options, pattern=None))
    entry = find_entry(workload, name)
    verdict = check_entry(workload, entry.index, options)
    return explain_entry(entry, verdict, options, parse_errors=workload.parse_errors)


def explain_run(run: CheckRun) -> dict[int, Explanation]:
    """An explanation for each verdict of ``run`` that can have one (by position in
    ``run.verdicts``), for the HTML report. Ctrl-C stops explaining and keeps what is done."""
    if not run.files:
        return {}
    workload = load_workload(list(run.files), run.options)
    entries = {(e.path, e.name): e for e in workload.entries if e.theorem is not None}
    explained: dict[int, Explanation] = {}
    try:
        for index, verdict in enumerate(run.verdicts):
            entry = entries.get((verdict.path, verdict.name))
            if entry is None or verdict.status in _UNEXPLAINED:
                continue
            try:
                explained[index] = explain_entry(entry, verdict, run.options)
            except Exception:  # a bug explaining one law leaves its card without extras
                continue
    except KeyboardInterrupt:
        pass
    return explained


def explain_entry(
    entry: Entry, verdict: Verdict, options: CheckOptions, *, parse_errors: tuple[Any, ...] = ()
) -> Explanation:
    """The explanation of a theorem already checked (``verdict``): a worked instance and each
    hypothesis dropped. The HTML report explains every law of a run this way."""
    explanation = Explanation(
        name=entry.name,
        path=entry.path,
        line=entry.line,
        statement=statement_text(entry),
        verdict=verdict,
        options=options,
        parse_errors=parse_errors,
    )
    env = entry.env
    if env is None or entry.theorem is None or verdict.status in _UNEXPLAINED:
        return explanation
    from jepa_formal.mirror.elaborate import elaborate_theorem

    try:
        law = elaborate_theorem(entry.theorem, env)
    except Unsupported:
        return explanation
    instance, note = worked_instance(law, env, options, entry.name)
    dropped = tuple(
        _drop(law, env, options, verdict, index, entry) for index in range(len(law.hypotheses))
    )
    return replace(explanation, instance=instance, instance_note=note, dropped=dropped)


def statement_text(entry: Entry) -> str:
    """The theorem as Lean text: keyword, name, binders and statement (no proof)."""
    return check_statement_text(entry.theorem)


def worked_instance(
    law: Law, env: Env, options: CheckOptions, name: str
) -> tuple[WorkedInstance | None, str]:
    """A small instance where the statement holds, from the search on its negation."""
    from jepa_formal.mirror.core.terms import Prim, TProp

    conclusion = law.conclusion
    if not isinstance(conclusion, Prim) or conclusion.op not in RELATIONS:
        negated = Prim("not", (conclusion,), TProp())
        shown = ""
    else:
        shown, negation = relation_symbol(conclusion.op), negate_relation(conclusion.op)
        negated = Prim(negation, conclusion.args, TProp())
    seed = derive_seed(options.seed, name + "#instance")
    lists = _nonempty_lists(law)
    attempts = [lists + _nonzero_side(conclusion), lists, ()]
    for extra in dict.fromkeys(attempts):  # the same extra hypotheses are tried once
        variant = replace(law, hypotheses=tuple(law.hypotheses) + extra, conclusion=negated)
        try:
            outcome = _search(variant, env, options, seed)
        except (Unsupported, BudgetExceeded) as exc:
            return None, f"no worked instance: {exc}"
        cex = outcome.counterexample if outcome.status is Status.REFUTED else None
        if cex is not None:
            instance = WorkedInstance(
                bindings=cex.bindings,
                left=cex.lhs if shown else None,
                right=cex.rhs if shown else None,
                relation=shown,
                instantiation=cex.instantiation,
            )
            return instance, ""
    return None, "no instance found where the hypotheses and the statement both hold"


def _search(law: Law, env: Env, options: CheckOptions, seed: int) -> NumericOutcome:
    from jepa_formal.numeric import search

    examples = min(options.max_examples, INSTANCE_EXAMPLES)
    return search(law, env, seed=seed, max_examples=examples, timeout=options.timeout / 2)


def _nonzero_side(conclusion: Any) -> tuple[tuple[str, Any], ...]:
    """An extra hypothesis ``left side ≠ 0`` for a numeric (in)equation, so that the worked
    instance shows numbers at work rather than ``0 = 0``."""
    from fractions import Fraction

    from jepa_formal.mirror.core.terms import Lit, Prim, TFloat, TInt, TNat, TProp, TRat, TReal

    if not isinstance(conclusion, Prim) or conclusion.op not in RELATIONS:
        return ()
    left = conclusion.args[0]
    ty = getattr(left, "ty", None)
    zeros = {TNat: 0, TInt: 0, TRat: Fraction(0), TReal: Fraction(0), TFloat: 0.0}
    zero = zeros.get(type(ty))
    if zero is None:
        return ()
    return (("_nonzero_left", Prim("ne", (left, Lit(zero, ty)), TProp())),)


def _nonempty_lists(law: Law) -> tuple[tuple[str, Any], ...]:
    """Extra hypotheses ``0 < xs.length`` for every list binder of the law."""
    from jepa_formal.mirror.core.terms import Lit, Prim, TArray, TList, TNat, TProp

    extra = []
    for var in law.binders:
        if isinstance(var.ty, (TList, TArray)):
            length = Prim("List.length", (var,), TNat())
            extra.append((f"_nonempty_{var.name}", Prim("lt", (Lit(0, TNat()), length), TProp())))
    return tuple(extra)


def _drop(
    law: Law, env: Env, options: CheckOptions, verdict: Verdict, index: int, entry: Entry
) -> Dropped:
    """Re-check the law without hypothesis ``index`` (prove, then search, like ``check``);
    not when it may be what proves an index in range (``_index_bounded_by``)."""
    name, _ = law.hypotheses[index]
    rest = tuple(h for i, h in enumerate(law.hypotheses) if i != index)
    bounded = _index_bounded_by(entry, name)
    base = replace(
        verdict,
        name=f"{entry.name} without {name}",
        status=Status.ERROR,
        method="",
        detail="",
        steps=(),
        counterexample=None,
        notes=(),
    )
    if bounded:
        detail = (f"{name} may be what proves that the index {bounded} is in range (an index "
                  "without ! or ? needs that proof, and Lean looks for it among the "
                  "hypotheses): without it Lean may reject the statement, so the law is not "
                  "re-checked without it")
        result = replace(base, status=Status.INCONCLUSIVE, method="index bound", detail=detail)
        return Dropped(name=name, text=_hypothesis_text(entry, name), verdict=result)
    try:
        result = check_law(replace(law, hypotheses=rest), env, options, base=base)
    except Unsupported as exc:
        result = replace(base, status=Status.UNSUPPORTED, detail=str(exc))
    except Exception as exc:  # a bug in a variant must not hide the rest of the explanation
        result = replace(base, detail=str(InternalError(f"{type(exc).__name__}: {exc}")))
    return Dropped(name=name, text=_hypothesis_text(entry, name), verdict=result)


def _index_bounded_by(entry: Entry, name: str) -> str:
    """The first index ``xs[i]`` (no ``!``/``?``) of the statement, or of a binder after the
    hypothesis ``name``, that mentions a name the hypothesis mentions: printed, or "".

    Why: ``xs[i]`` needs a proof that ``i`` is in range, which Lean's ``get_elem_tactic``
    finds among the hypotheses (or ``xs[i]'(… h)`` names it). The mirror reads the index by
    its value (the proof only guarantees it is in range), so the law without the hypothesis
    is a statement Lean may reject, and checking it says nothing: ``getElem_cons_succ'``,
    ``(a :: as)[i+1] = as[i]'(Nat.lt_of_succ_lt_succ h)`` with ``h : i + 1 < (a :: as).length``,
    was explained as "still proved: this hypothesis is not needed"."""
    from jepa_formal.reader import print_term, syntax
    from jepa_formal.reader.scopes import mentioned_names

    theorem = entry.theorem
    if theorem is None:
        return ""
    binders = theorem.all_binders
    own = next((b for b in binders if name in b.names), None)
    if own is None or own.type is None:
        return ""
    uses = mentioned_names(own.type)
    later = binders[binders.index(own) + 1:]
    stack: list[object] = [theorem.statement, *(b.type for b in later)]
    while stack:
        node = stack.pop(0)
        if isinstance(node, tuple):
            stack.extend(node)
        elif isinstance(node, syntax.Index) and node.mode == "" \
                and mentioned_names(node.obj, node.index) & uses:
            try:
                return print_term(node)
            except Exception:  # printing is for the explanation only
                return "an index"
        elif isinstance(node, syntax.Term | syntax.Binder | syntax.MatchAlt):
            stack.extend(getattr(node, f) for f in type(node).__slots__ if f != "span")
    return ""


def _hypothesis_text(entry: Entry, name: str) -> str:
    from jepa_formal.reader import print_term

    for binder in entry.theorem.all_binders:
        if name in binder.names and binder.type is not None:
            return f"{name} : {print_term(binder.type)}"
    return name
