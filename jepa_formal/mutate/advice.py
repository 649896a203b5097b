"""What a surviving mutant says about the spec, and a law shape that would kill it.

Why the one-element law first: the common gap of sum-shaped losses is that laws such as
``nil``/``append``/``reverse`` only relate values to each other, so any scaling of the summand
satisfies them; the value on a one-element list pins the summand. The suggestion is not a
guess: the suggested law is elaborated and checked, it must hold for the original definition
and be refuted with the mutant in place before it is offered. Otherwise the advice names an
input where the mutant and the definition differ (found by searching ``mutant = original``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from jepa_formal.errors import JepaFormalError
from jepa_formal.mirror import Env, elaborate_theorem
from jepa_formal.mirror.core.terms import Law
from jepa_formal.mutate.operators import mapped, summed_list
from jepa_formal.mutate.sites import Site
from jepa_formal.mutate.spec import Spec
from jepa_formal.numeric import search
from jepa_formal.reader import parse_decl, print_binder, print_term, syntax
from jepa_formal.verdict import Counterexample, Status


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A candidate law (Lean text) and its theorem, in the definition's namespace."""

    text: str
    theorem: syntax.Theorem


def singleton_law(spec: Spec, full: str) -> Suggestion | None:
    """``f … [i] … = summand i`` for a definition ``(L.map g).sum`` over a list parameter
    ``L`` (None for other shapes)."""
    decl = spec.declaration(full)
    if decl.body is None:
        return None
    found = _list_binder(decl)
    if found is None:
        return None
    lst, elem = found
    names = {n for b in decl.all_binders for n in b.names}
    x = summed_list(Site(decl.body, lambda t: t, frozenset(names), None, "root"))
    m = mapped(x, frozenset(names)) if x is not None else None
    if m is None or m[1] != syntax.Ident(lst):
        return None
    fn, _ = m
    if (isinstance(fn, syntax.Lambda) and len(fn.binders) == 1 and len(fn.binders[0].names) == 1):
        own = fn.binders[0].names[0]
        var = own if own not in names and own != "_" else _fresh("i", names | _all_names(fn))
        rhs = print_term(_rename(fn.body, own, var))
    else:
        var = _fresh("i", names | _all_names(decl.body))
        rhs = f"({print_term(fn)}) {var}"
    binders = []
    args = []
    for b in decl.all_binders:
        if lst in b.names:
            others = tuple(n for n in b.names if n != lst)
            if others:
                binders.append(print_binder(replace(b, names=others)))
            binders.append(f"({var} : {print_term(elem)})")
        else:
            binders.append(print_binder(b))
        if b.kind is syntax.BinderKind.EXPLICIT:
            args.extend("[" + var + "]" if n == lst else n for n in b.names)
    short = decl.short_name
    statement = f"{short} {' '.join(args)} = {rhs}"
    text = (f"theorem {short}_singleton {' '.join(binders)} :\n    {statement} := by\n"
            f"  simp [{short}]")
    try:
        thm = parse_decl(text)
    except JepaFormalError:
        return None
    if not isinstance(thm, syntax.Theorem):
        return None
    ns = decl.namespace
    thm = replace(thm, name=f"{ns}.{thm.short_name}" if ns else thm.short_name, namespace=ns,
                  opens=decl.opens)
    return Suggestion(statement, thm)


def refutes(suggestion: Suggestion, env: Env, seed: int, max_examples: int,
            timeout: float) -> bool | None:
    """Whether the suggested law is refuted in ``env`` (None when it cannot be checked)."""
    try:
        law = elaborate_theorem(suggestion.theorem, env)
        out = search(law, env, seed=seed, max_examples=max_examples, timeout=timeout)
    except (JepaFormalError, RecursionError):
        return None
    if not isinstance(law, Law):
        return None
    if out.status is Status.REFUTED:
        return True
    return False if out.status is Status.TESTED else None


def advise(singleton: Suggestion | None, killed_by_singleton: bool | None,
           difference: Counterexample | None) -> str:
    """The sentence shown under a survivor."""
    if singleton is not None and killed_by_singleton:
        return ("no law fixes the value on a one-element list: consider "
                f"`{singleton.text}`")
    if difference is not None:
        where = ", ".join(f"{k} = {v}" for k, v in difference.bindings)
        values = ""
        if difference.lhs is not None and difference.rhs is not None:
            values = f" (mutant {difference.lhs}, definition {difference.rhs})"
        return (f"no law tells it from the definition; they differ when {where}{values}: "
                "a law pinning that case would kill it")
    return ("no input found where it differs from the definition: possibly equivalent, "
            "but the prover could not show it")


def _list_binder(decl: syntax.Definition) -> tuple[str, syntax.Term] | None:
    """The first explicit ``List``/``Array`` parameter and its element type."""
    for b in decl.all_binders:
        t = b.type
        if (b.kind is syntax.BinderKind.EXPLICIT and isinstance(t, syntax.App)
                and isinstance(t.fn, syntax.Ident) and t.fn.name in ("List", "Array")
                and len(t.args) == 1 and b.names):
            return b.names[0], t.args[0]
    return None


def _all_names(t: object) -> set[str]:
    out: set[str] = set()
    stack = [t]
    while stack:
        e = stack.pop()
        if isinstance(e, tuple):
            stack.extend(e)
        elif isinstance(e, syntax.Ident):
            out.add(e.name.split(".", 1)[0])
        elif isinstance(e, syntax.Binder):
            out.update(e.names)
        elif hasattr(e, "__dataclass_fields__"):
            stack.extend(getattr(e, f) for f in e.__dataclass_fields__ if f != "span")
    return out


def _rename(t: syntax.Term, old: str, new: str) -> syntax.Term:
    """``t`` with the free name ``old`` (and ``old.field``) renamed to ``new`` (``new`` is
    fresh, and a binder of ``old`` below stops the renaming)."""
    if isinstance(t, syntax.Ident):
        if t.name == old:
            return replace(t, name=new)
        if t.name.startswith(old + "."):
            return replace(t, name=new + t.name[len(old):])
        return t
    if isinstance(t, (syntax.Lambda, syntax.Quant)) and any(old in b.names for b in t.binders):
        return t
    if isinstance(t, syntax.BigOp) and old in t.binder.names:
        return t
    changes = {}
    for f in t.__dataclass_fields__:  # type: ignore[attr-defined]
        if f == "span":
            continue
        v = getattr(t, f)
        if isinstance(v, syntax.Term):
            changes[f] = _rename(v, old, new)
        elif isinstance(v, tuple) and any(isinstance(c, syntax.Term) for c in v):
            changes[f] = tuple(_rename(c, old, new) if isinstance(c, syntax.Term) else c
                               for c in v)
    return replace(t, **changes) if changes else t


def _fresh(base: str, used: set[str]) -> str:
    name, k = base, 0
    while name in used:
        k += 1
        name = f"{base}{k}"
    return name
