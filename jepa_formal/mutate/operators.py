"""The mutation operators: named, small, realistic mistakes in a definition body.

Why named objects in one table: a mutant is only useful to a spec writer when it says which
mistake it stands for (``sum → mean``), and the test suite checks each operator on the bundled
specs. An operator looks at one ``Site`` of the body and proposes ``Candidate``s; each
candidate lists alternative spellings of the same mistake (``/ xs.length`` at ℕ,
``/ (xs.length : ℝ)`` at ℝ), and ``generate.py`` keeps the first one that elaborates. Operators
never decide types themselves beyond choosing spellings: the elaborator is the judge, so no
ill-typed mutant is ever generated or counted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from jepa_formal.mirror.core.terms import (
    NUMBER_TYPES,
    TBool,
    TFin,
    TFun,
    TNat,
    Ty,
    uncurry,
)
from jepa_formal.mirror.core.terms import (
    Lit as CoreLit,
)
from jepa_formal.mirror.core.unify import show_ty
from jepa_formal.mutate.sites import Site, Typer
from jepa_formal.reader import parse_term, print_term, syntax

# --------------------------------------------------------------------------------------------
# The operator table
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """One mistake at one site: ``alternatives`` are spellings tried in order (the first that
    elaborates is the mutant); ``description`` says what it does, in words."""

    description: str
    alternatives: tuple[syntax.Term, ...]


Propose = Callable[[Site, Typer], list[Candidate]]


@dataclass(frozen=True, slots=True)
class Operator:
    """A named mutation operator: ``name`` as shown in reports (``sum→mean``), its ``group``
    (reduction, arithmetic, argument, condition), what it models, and how it proposes."""

    name: str
    group: str
    summary: str
    propose: Propose


OPERATORS: list[Operator] = []
"""Every operator, in the order mutants are generated (reported in this order too)."""


def operator(name: str, group: str, summary: str) -> Callable[[Propose], Propose]:
    """Declare an operator: the decorated function proposes its candidates."""

    def register(fn: Propose) -> Propose:
        if any(op.name == name for op in OPERATORS):
            raise ValueError(f"operator {name} declared twice")
        OPERATORS.append(Operator(name, group, summary, fn))
        return fn

    return register


def operator_named(name: str) -> Operator:
    for op in OPERATORS:
        if op.name == name:
            return op
    raise KeyError(name)


# --------------------------------------------------------------------------------------------
# Helpers: spelling terms, recognising sums and maps
# --------------------------------------------------------------------------------------------


def term(text: str) -> syntax.Term:
    """A term from Lean text (operators build their spellings as text around printed parts)."""
    return parse_term(text)


def p(t: syntax.Term) -> str:
    """A subterm printed for pasting into a larger spelling (parenthesised)."""
    return f"({print_term(t)})"


def number_text(ty: Ty | None) -> str | None:
    """Lean spelling of a number type (None for anything else)."""
    return show_ty(ty) if isinstance(ty, NUMBER_TYPES) else None


def is_number(ty: Ty | None) -> bool:
    return isinstance(ty, NUMBER_TYPES)


def summed_list(site: Site) -> syntax.Term | None:
    """The list ``X`` of a site ``X.sum`` / ``List.sum X`` / ``xs.sum`` (xs a local)."""
    t = site.term
    if isinstance(t, syntax.Proj) and t.field == "sum":
        return t.obj
    if (isinstance(t, syntax.App) and isinstance(t.fn, syntax.Ident)
            and t.fn.name in ("List.sum", "Array.sum") and len(t.args) == 1):
        return t.args[0]
    if isinstance(t, syntax.Ident) and t.name.endswith(".sum"):
        base = t.name[: -len(".sum")]
        if base in site.scope:
            return syntax.Ident(base)
    return None


def mapped(x: syntax.Term, scope: frozenset[str]) -> tuple[syntax.Term, syntax.Term] | None:
    """``(f, L)`` when ``x`` is ``L.map f`` (or ``List.map f L``)."""
    if isinstance(x, syntax.App):
        fn, args = x.fn, x.args
        if isinstance(fn, syntax.Ident) and fn.name.endswith(".map") and len(args) == 1:
            base = fn.name[: -len(".map")]
            if base in scope:
                return args[0], syntax.Ident(base)
        if isinstance(fn, syntax.Proj) and fn.field == "map" and len(args) == 1:
            return args[0], fn.obj
        if (isinstance(fn, syntax.Ident) and fn.name in ("List.map", "Array.map")
                and len(args) == 2):
            return args[0], args[1]
    return None


def _summand_roles(site: Site) -> bool:
    """Where a scaling or shifting mistake is realistic: the whole body, a summand (the body
    of a ``fun`` or big operator) or a branch of an ``if``."""
    return site.role in ("root", "body", "branch")


# --------------------------------------------------------------------------------------------
# Reductions
# --------------------------------------------------------------------------------------------


@operator("sum→prod", "reduction", "multiplies the elements instead of adding them")
def _sum_to_prod(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if isinstance(t, syntax.BigOp) and t.op == "∑":
        return [Candidate("∑ → ∏: the product over the domain", (replace(t, op="∏"),))]
    x = summed_list(site)
    if x is None:
        return []
    return [Candidate("sum → prod: the product of the elements", (term(f"{p(x)}.prod"),))]


@operator("sum→max", "reduction", "takes the largest element (a max-fold from 0)")
def _sum_to_max(site: Site, typer: Typer) -> list[Candidate]:
    x = summed_list(site)
    if x is None:
        return []
    return [Candidate("sum → max: the largest element (a fold of max from 0)",
                      (term(f"{p(x)}.foldr (fun a b => max a b) 0"),))]


@operator("sum→first", "reduction", "takes the first element only")
def _sum_to_first(site: Site, typer: Typer) -> list[Candidate]:
    x = summed_list(site)
    if x is None:
        return []
    return [Candidate("sum → first element: `head!` (0 on the empty list)",
                      (term(f"{p(x)}.head!"),))]


@operator("sum→length", "reduction", "counts the elements instead of adding them")
def _sum_to_length(site: Site, typer: Typer) -> list[Candidate]:
    x = summed_list(site)
    if x is None:
        return []
    alts = [term(f"{p(x)}.length")]
    ty = number_text(typer.type_of(site))
    if ty and ty != "ℕ":
        alts.append(term(f"({p(x)}.length : {ty})"))
    return [Candidate("sum → length: the number of elements", tuple(alts))]


@operator("sum→mean", "reduction", "divides the sum by the number of elements")
def _sum_to_mean(site: Site, typer: Typer) -> list[Candidate]:
    x = summed_list(site)
    if x is None:
        return []
    m = mapped(x, site.scope)
    counted = m[1] if m is not None else x
    alts = [term(f"{p(x)}.sum / {p(counted)}.length")]
    ty = number_text(typer.type_of(site))
    if ty and ty != "ℕ":
        alts.insert(0, term(f"{p(x)}.sum / ({p(counted)}.length : {ty})"))
    return [Candidate("sum → mean: the sum divided by the length", tuple(alts))]


@operator("drop-map", "reduction", "sums the indices themselves, forgetting the map")
def _drop_map(site: Site, typer: Typer) -> list[Candidate]:
    x = summed_list(site)
    m = mapped(x, site.scope) if x is not None else None
    if m is None:
        return []
    _, lst = m
    site_ty = typer.type_of(site)
    lst_ty = typer.type_of(Site(lst, site.rebuild, site.scope, site.term, "other"))
    elem = getattr(lst_ty, "elem", None)
    if elem is not None and elem == site_ty:
        return [Candidate("drop the map: the sum of the elements themselves",
                          (term(f"{p(lst)}.sum"),))]
    ty = number_text(site_ty)
    if ty is None or not isinstance(elem, (TFin, TNat)):
        return []
    # never `xs.sum` at `Fin n`: Lean sums `Fin n` only with a `NeZero n` instance
    cast = "(i : ℕ)" if ty == "ℕ" else f"((i : ℕ) : {ty})"
    return [Candidate("drop the map: the sum of the indices themselves",
                      (term(f"({p(lst)}.map fun i => {cast}).sum"),))]


@operator("sum-dedup", "reduction", "sums over the distinct elements only (a set)")
def _sum_dedup(site: Site, typer: Typer) -> list[Candidate]:
    x = summed_list(site)
    m = mapped(x, site.scope) if x is not None else None
    if m is None:
        return []
    f, lst = m
    if (isinstance(f, syntax.Lambda) and len(f.binders) == 1
            and len(f.binders[0].names) == 1 and f.binders[0].type is None):
        var, body = f.binders[0].names[0], print_term(f.body)
    else:
        var = _fresh("i", site.scope)
        body = f"{p(f)} {var}"
    return [Candidate("sum over dedup: each distinct index once (a set, `toFinset`)",
                      (term(f"∑ {var} ∈ {p(lst)}.toFinset, {body}"),))]


def _over(site: Site, describe: str, listed: Callable[[str], str]) -> list[Candidate]:
    x = summed_list(site)
    if x is None:
        return []
    m = mapped(x, site.scope)
    if m is None:
        return [Candidate(describe, (term(f"({listed(p(x))}).sum"),))]
    f, lst = m
    return [Candidate(describe, (term(f"(({listed(p(lst))}).map {p(f)}).sum"),))]


@operator("sum-reverse", "reduction", "sums over the reversed list")
def _sum_reverse(site: Site, typer: Typer) -> list[Candidate]:
    return _over(site, "sum over reverse: the list reversed first", lambda s: f"{s}.reverse")


@operator("sum-tail", "reduction", "skips the first element")
def _sum_tail(site: Site, typer: Typer) -> list[Candidate]:
    return _over(site, "sum over tail: the first element skipped", lambda s: f"{s}.tail")


@operator("sum-doubled", "reduction", "sums over the list appended to itself")
def _sum_doubled(site: Site, typer: Typer) -> list[Candidate]:
    return _over(site, "sum over xs ++ xs: every element counted twice",
                 lambda s: f"{s} ++ {s}")


# --------------------------------------------------------------------------------------------
# Arithmetic
# --------------------------------------------------------------------------------------------

_SWAPS = {"+": "-", "-": "+"}


@operator("+↔-", "arithmetic", "adds instead of subtracting and back (ℕ truncates!)")
def _add_sub(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if isinstance(t, syntax.BinOp) and t.op in _SWAPS:
        new = _SWAPS[t.op]
        return [Candidate(f"`{t.op}` → `{new}`", (replace(t, op=new),))]
    return []


@operator("*↔+", "arithmetic", "multiplies instead of adding and back")
def _mul_add(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if isinstance(t, syntax.BinOp) and t.op in ("*", "+"):
        new = "+" if t.op == "*" else "*"
        return [Candidate(f"`{t.op}` → `{new}`", (replace(t, op=new),))]
    return []


@operator("/↔*", "arithmetic", "divides instead of multiplying and back")
def _div_mul(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if isinstance(t, syntax.BinOp) and t.op in ("*", "/"):
        new = "/" if t.op == "*" else "*"
        return [Candidate(f"`{t.op}` → `{new}`", (replace(t, op=new),))]
    return []


@operator("swap-operands", "arithmetic", "swaps the operands of a non-commutative operator")
def _swap_operands(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if isinstance(t, syntax.BinOp) and t.op in ("-", "/", "%", "^", "++") and t.lhs != t.rhs:
        return [Candidate(f"operands of `{t.op}` swapped", (replace(t, lhs=t.rhs, rhs=t.lhs),))]
    return []


@operator("≤↔<", "arithmetic", "strict instead of non-strict comparison and back")
def _le_lt(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    flips = {"≤": "<", "<": "≤", "≥": ">", ">": "≥"}
    if isinstance(t, syntax.BinOp) and t.op in flips:
        return [Candidate(f"`{t.op}` → `{flips[t.op]}`", (replace(t, op=flips[t.op]),))]
    return []


def _numeric_summand(site: Site, typer: Typer) -> bool:
    literal = isinstance(site.term, (syntax.NatLit, syntax.DecimalLit))
    return _summand_roles(site) and not literal and is_number(typer.type_of(site))


@operator("c*e", "arithmetic", "scales a value by a constant (2 * e)")
def _scale(site: Site, typer: Typer) -> list[Candidate]:
    if not _numeric_summand(site, typer):
        return []
    return [Candidate(f"scaled: 2 * {_short(site.term)}", (term(f"2 * {p(site.term)}"),))]


@operator("e+c", "arithmetic", "adds a constant (e + 1)")
def _shift_up(site: Site, typer: Typer) -> list[Candidate]:
    if not _numeric_summand(site, typer):
        return []
    return [Candidate(f"shifted: {_short(site.term)} + 1", (term(f"{p(site.term)} + 1"),))]


@operator("e-c", "arithmetic", "subtracts a constant (e - 1; truncated at ℕ)")
def _shift_down(site: Site, typer: Typer) -> list[Candidate]:
    if not _numeric_summand(site, typer):
        return []
    return [Candidate(f"shifted: {_short(site.term)} - 1", (term(f"{p(site.term)} - 1"),))]


@operator("max0", "arithmetic", "adds a clamp `max 0 e`, or removes one")
def _clamp(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if (isinstance(t, syntax.App) and isinstance(t.fn, syntax.Ident) and t.fn.name == "max"
            and len(t.args) == 2):
        for k, other in ((0, 1), (1, 0)):
            if isinstance(t.args[k], syntax.NatLit) and t.args[k].value == 0:
                return [Candidate("clamp `max 0 e` removed", (t.args[other],))]
    ty = typer.type_of(site)
    if _summand_roles(site) and is_number(ty) and not isinstance(ty, TNat):
        return [Candidate(f"clamped: max 0 ({_short(t)})", (term(f"max 0 {p(t)}"),))]
    return []


# --------------------------------------------------------------------------------------------
# Arguments
# --------------------------------------------------------------------------------------------


@operator("swap-args", "argument", "swaps two arguments of the same type")
def _swap_args(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if not isinstance(t, syntax.App):
        return []
    args = t.args
    out = []
    for i in range(len(args)):
        for j in range(i + 1, len(args)):
            a, b = args[i], args[j]
            if isinstance(a, syntax.NamedArg) or isinstance(b, syntax.NamedArg) or a == b:
                continue
            swapped = list(args)
            swapped[i], swapped[j] = b, a
            out.append(Candidate(f"arguments `{_short(a)}` and `{_short(b)}` swapped",
                                 (replace(t, args=tuple(swapped)),)))
    return out


def _index_type_ok(ty: Ty | None) -> bool:
    """ℕ, or ``Fin k`` with a literal k ≥ 1: Lean writes ``0``/``i + 1`` at ``Fin n`` for a
    variable ``n`` only with a ``NeZero n`` instance, which no spec's definition has."""
    if isinstance(ty, TNat):
        return True
    return (isinstance(ty, TFin) and isinstance(ty.n, CoreLit) and isinstance(ty.n.value, int)
            and ty.n.value >= 1)


@operator("index→0", "argument", "uses index 0 instead of the bound index")
def _index_zero(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if site.role != "arg" or not isinstance(t, syntax.Ident) or t.name not in site.scope:
        return []
    if not _index_type_ok(typer.type_of_name(t.name)):
        return []
    return [Candidate(f"index `{t.name}` → `0`", (syntax.NatLit(0),))]


@operator("index→i+1", "argument", "uses the next index instead of the bound index")
def _index_succ(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if site.role != "arg" or not isinstance(t, syntax.Ident) or t.name not in site.scope:
        return []
    if not _index_type_ok(typer.type_of_name(t.name)):
        return []
    return [Candidate(f"index `{t.name}` → `{t.name} + 1`", (term(f"{t.name} + 1"),))]


@operator("const-fn", "argument", "replaces a function argument by a constant function")
def _const_fn(site: Site, typer: Typer) -> list[Candidate]:
    if site.role != "arg" or not isinstance(site.term, (syntax.Lambda, syntax.Ident)):
        return []
    ty = typer.type_of(site)
    if not isinstance(ty, TFun):
        return []
    doms, cod = uncurry(ty)
    blanks = " ".join("_" for _ in doms)
    if is_number(cod):
        values = ("0", "1")
    elif isinstance(cod, TBool):
        values = ("true", "false")
    else:
        return []
    return [Candidate(f"`{_short(site.term)}` → `fun {blanks} => {v}`",
                      (term(f"fun {blanks} => {v}"),)) for v in values]


# --------------------------------------------------------------------------------------------
# Conditions
# --------------------------------------------------------------------------------------------


@operator("negate-if", "condition", "negates the condition of an `if`")
def _negate_if(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if not isinstance(t, syntax.If):
        return []
    return [Candidate(f"condition `{_short(t.cond)}` negated",
                      (replace(t, cond=term(f"¬{p(t.cond)}")),
                       replace(t, cond=term(f"!{p(t.cond)}"))))]


@operator("swap-branches", "condition", "swaps the branches of an `if`")
def _swap_branches(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if not isinstance(t, syntax.If) or t.then == t.orelse:
        return []
    return [Candidate("`then` and `else` branches swapped",
                      (replace(t, then=t.orelse, orelse=t.then),))]


@operator("bool-const", "condition", "replaces a Bool (a mask value) by `true` or `false`")
def _bool_const(site: Site, typer: Typer) -> list[Candidate]:
    t = site.term
    if isinstance(t, syntax.Ident) and t.name in ("true", "false"):
        return []
    if site.role not in ("arg", "cond", "operand", "branch", "body", "root"):
        return []
    if not isinstance(typer.type_of(site), TBool):
        return []
    return [Candidate(f"`{_short(t)}` → `{v}`", (term(v),)) for v in ("true", "false")]


# --------------------------------------------------------------------------------------------


def _short(t: syntax.Term, limit: int = 40) -> str:
    text = print_term(t)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fresh(base: str, scope: frozenset[str]) -> str:
    name, k = base, 0
    while name in scope:
        k += 1
        name = f"{base}{k}"
    return name


__all__ = ["OPERATORS", "Candidate", "Operator", "operator", "operator_named"]
