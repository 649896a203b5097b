"""Frozen AST of the Lean 4 fragment jepa-formal reads: terms, binders, declarations, modules.

Why this shape: the reader's only output is these values, so every later layer (mirror,
prover, numeric, reports) depends on them and on nothing from lark. Nodes are frozen, slotted
dataclasses with tuple children; every node carries a ``span`` that does *not* take part in
equality, so that ``parse(print(ast)) == ast`` holds for generated trees whatever their
positions.

Conventions (the contract between the parser, the printer and the mirror):

* Names are kept as written, dots included: ``idxs.reverse`` is ``Ident("idxs.reverse")``,
  ``List.sum`` is ``Ident("List.sum")``. Whether a dotted name is a namespace path or a field
  access on a local is decided later (the mirror knows the locals); the parser cannot know.
  Dot notation on anything that is not a plain name, e.g. ``(idxs.map f).sum``, is
  ``Proj(App(Ident("idxs.map"), (Ident("f"),)), "sum")``. ``p.1`` on a name is ``Ident("p.1")``.
* ``«weird name»`` is ``Ident("weird name")``; the printer adds the guillemets back when a name
  part is not a plain identifier.
* Operators are canonical Unicode strings (see ``BINARY_OPERATORS``): ASCII spellings are
  normalised by the parser (``->`` to ``→``, ``<=`` to ``≤``, ``!=`` to ``≠``, ``/\\`` to ``∧``).
  ``>`` and ``≥`` are kept (not flipped) so printing is faithful.
* ``x |> f``, ``f <| x`` and ``f $ x`` are parsed to ``App(f, (x,))``.
* Parentheses leave no node: the printer re-inserts them from precedences. ``(· + 1)`` is a
  ``CDotFun`` whose body contains ``CDot`` placeholders.
* Types are terms (Lean has one syntax for both): ``List (Fin n)`` is
  ``App(Ident("List"), (App(Ident("Fin"), (Ident("n"),)),))``; ``α → β`` is
  ``BinOp("→", α, β)``; ``α × β`` is ``BinOp("×", α, β)``; ``Type``, ``Type*``, ``Prop`` and
  ``Sort u`` are ``Sort``; ``ℕ``/``Nat`` stay ``Ident`` as written (``Ident("ℕ")``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A source region: 1-based line and column of the first and one-past-last character."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


def _span() -> Span | None:
    return field(default=None, compare=False, repr=False, kw_only=True)  # type: ignore[return-value]


# --------------------------------------------------------------------------------------------
# Terms
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    """Base of every term node."""


@dataclass(frozen=True, slots=True)
class Ident(Term):
    """A (possibly dotted) name; ``explicit`` for ``@f``."""

    name: str
    explicit: bool = False
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class NatLit(Term):
    """A natural-number literal ``3``; its type comes from its position."""

    value: int
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class DecimalLit(Term):
    """A decimal/scientific literal ``2.5``, ``1e-3``, kept as the written text (exact)."""

    text: str
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class StrLit(Term):
    """A string literal; ``value`` is the decoded string."""

    value: str
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class CharLit(Term):
    """A character literal ``'a'``; ``value`` is the decoded character."""

    value: str
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Sort(Term):
    """``Type``, ``Type*``, ``Type u``, ``Prop``, ``Sort u``: ``text`` as written, spaces
    normalised."""

    text: str
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Hole(Term):
    """``_``."""

    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class EllipsisArg(Term):
    """``..``: "the remaining arguments are ``_``", as the last argument of an application
    (``f a ..``) or anonymous constructor (``⟨a, ..⟩``); in a structure instance it is the
    ``ellipsis`` flag of ``StructInst`` instead. In a pattern every ``_`` is a wildcard."""

    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class CDot(Term):
    """The ``·`` placeholder inside a ``CDotFun``."""

    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class CDotFun(Term):
    """``(· + 1)``: a parenthesised term with ``·`` placeholders, a function of them in order."""

    body: Term
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class NamedArg(Term):
    """``(lambda := 3)`` in argument position."""

    name: str
    value: Term
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class App(Term):
    """Application by juxtaposition ``f a b``; args may include ``NamedArg``. Never empty args."""

    fn: Term
    args: tuple[Term, ...]
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Proj(Term):
    """``(e).name`` or ``(e).1``: dot notation on a term that is not a plain name."""

    obj: Term
    field: str
    span: Span | None = _span()


EMPTY = "EmptyCollection.emptyCollection"
"""``∅`` reads as this name (Lean's notation for it); the printer writes it back as ``∅``."""
CARD = "#"
"""``#s`` reads as ``App(Ident("#"), (s,))``: Mathlib's ``Finset.card`` under ``open Finset``
(``Cardinal.mk`` under ``open Cardinal``): which one is decided where the opens are known."""
INSERT = "Insert.insert"
SINGLETON = "Singleton.singleton"
"""``{a, b, c}`` reads as ``insert a (insert b (singleton c))`` (Lean's unfolding)."""


def map_fields(node: Any, fn: Callable[[Any], Any]) -> Any:
    """``node`` with ``fn`` applied to each of its fields but its span, the same object when
    no field changed (a ``Span``, or anything not a dataclass, as it is): the one step of
    every walk that rewrites a syntax tree (each walk handles tuples, binders and its own
    cases, then lets this rebuild the node)."""
    if not dataclasses.is_dataclass(node) or isinstance(node, Span | type):
        return node
    changes = {}
    for f in dataclasses.fields(node):
        if f.name != "span":
            old = getattr(node, f.name)
            new = fn(old)
            if new is not old:
                changes[f.name] = new
    return dataclasses.replace(node, **changes) if changes else node


def set_literal_elems(t: Term) -> tuple[Term, ...] | None:
    """The elements of a set literal ``{a, b, c}`` as the reader builds it, or None."""
    elems: list[Term] = []
    while isinstance(t, App) and isinstance(t.fn, Ident) and t.fn.name == INSERT \
            and len(t.args) == 2:
        elems.append(t.args[0])
        t = t.args[1]
    if isinstance(t, App) and isinstance(t.fn, Ident) and t.fn.name == SINGLETON \
            and len(t.args) == 1:
        return (*elems, t.args[0])
    return None


@dataclass(frozen=True, slots=True)
class BinOp(Term):
    """A binary operator application; ``op`` is one of ``BINARY_OPERATORS``."""

    op: str
    lhs: Term
    rhs: Term
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class UnOp(Term):
    """A unary operator: ``¬`` (Prop not), ``-`` (negation), ``!`` (Bool not), ``↑`` (coercion),
    ``⁻¹`` (postfix inverse), ``abs`` (written ``|x|``)."""

    op: str
    operand: Term
    span: Span | None = _span()


class BinderKind(Enum):
    """Which brackets a binder was written with."""

    EXPLICIT = "()"
    IMPLICIT = "{}"
    STRICT = "⦃⦄"
    INSTANCE = "[]"


@dataclass(frozen=True, slots=True)
class Binder:
    """One bracket group: ``(xs ys : List (Fin n))``, ``{n : ℕ}``, ``[Add α]``, ``(g : ℕ := 0)``.

    ``names`` is empty for an anonymous instance binder ``[Add α]``. In ``fun``/quantifiers a
    bare name is an EXPLICIT binder with ``type=None``. ``pattern`` is set (and ``names`` empty)
    for a destructuring lambda parameter such as ``fun ⟨a, b⟩ => …``.
    """

    names: tuple[str, ...]
    type: Term | None = None
    kind: BinderKind = BinderKind.EXPLICIT
    default: Term | None = None
    pattern: Term | None = None
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Lambda(Term):
    """``fun x (y : T) => body`` / ``λ x ↦ body``."""

    binders: tuple[Binder, ...]
    body: Term
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Quant(Term):
    """``∀ x y, P`` / ``∃ x, P`` / ``∀ i ∈ xs, P`` (``bound=("∈", xs)``; also ``<``, ``≤``, ``∉``).

    ``kind`` is ``"∀"`` or ``"∃"``. A dependent arrow ``(x : α) → β`` is ``Quant("∀", …)``.
    """

    kind: str
    binders: tuple[Binder, ...]
    body: Term
    bound: tuple[str, Term] | None = None
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class BigOp(Term):
    """``∑ j : Fin d, f j`` (``domain=None``, binder typed) or ``∑ i ∈ s, f i`` (``domain=s``).

    ``op`` is ``"∑"`` or ``"∏"``.
    """

    op: str
    binder: Binder
    body: Term
    domain: Term | None = None
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class If(Term):
    """``if c then a else b``; ``hyp`` names ``h`` in ``if h : c then …``."""

    cond: Term
    then: Term
    orelse: Term
    hyp: str | None = None
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Let(Term):
    """``let x := v; body`` / ``let (a, b) := v`` newline ``body``; ``pattern`` is an ``Ident``,
    a ``Tuple`` or an ``AnonCtor`` pattern."""

    pattern: Term
    value: Term
    body: Term
    type: Term | None = None
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class MatchAlt:
    """``| p₁, p₂ => rhs`` (patterns are terms)."""

    patterns: tuple[Term, ...]
    rhs: Term
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Match(Term):
    """``match x, y with | … => …``."""

    scrutinees: tuple[Term, ...]
    alts: tuple[MatchAlt, ...]
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class ListLit(Term):
    """``[a, b]``; ``[]`` has no elements."""

    elems: tuple[Term, ...]
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class ArrayLit(Term):
    """``#[a, b]``; ``#[]`` has no elements."""

    elems: tuple[Term, ...]
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Tuple(Term):
    """``(a, b)`` (two or more elements) or ``()`` (unit, no elements)."""

    elems: tuple[Term, ...]
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class AnonCtor(Term):
    """``⟨a, b⟩``."""

    elems: tuple[Term, ...]
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class FieldAssign:
    """``x := e`` inside a structure instance."""

    name: str
    value: Term
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class StructInst(Term):
    """``{ x := 1, y := 2 }``, ``{ s with y := 3 }``, optionally ``{ … : T }``;
    ``ellipsis`` when written ``{ x := 1, .. }`` (the fields not given are ``_``)."""

    fields: tuple[FieldAssign, ...]
    base: Term | None = None
    type: Term | None = None
    ellipsis: bool = False
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Ascription(Term):
    """``(e : T)``."""

    term: Term
    type: Term
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Show(Term):
    """``show T from e`` (``term`` None for ``show T by …``/bare ``show T``)."""

    type: Term
    term: Term | None
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Index(Term):
    """``xs[i]!`` (``mode="!"``), ``xs[i]?`` (``"?"``) or ``xs[i]`` (``""``)."""

    obj: Term
    index: Term
    mode: str = "!"
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Tactic(Term):
    """``by …`` inside a term (e.g. ``⟨x, by simp⟩``): kept as text, never interpreted."""

    text: str
    span: Span | None = _span()


BINARY_OPERATORS: dict[str, tuple[int, str]] = {
    # op: (precedence, associativity "left" | "right" | "none"); higher binds tighter.
    # Values follow Lean 4 core notation levels.
    "∘": (90, "right"),
    "^": (75, "right"),
    "•": (73, "right"),
    "*": (70, "left"),
    "/": (70, "left"),
    "%": (70, "left"),
    "+": (65, "left"),
    "-": (65, "left"),
    "++": (65, "left"),
    "::": (67, "right"),
    "×": (35, "right"),
    "=": (50, "none"),
    "==": (50, "none"),
    "!=": (50, "none"),
    "≠": (50, "none"),
    "<": (50, "none"),
    "≤": (50, "none"),
    ">": (50, "none"),
    "≥": (50, "none"),
    "∈": (50, "none"),
    "∉": (50, "none"),
    "∣": (50, "none"),
    "<+": (50, "none"),
    "<+:": (50, "none"),
    "<:+": (50, "none"),
    "<:+:": (50, "none"),
    "~": (50, "none"),
    "⊆": (50, "none"),
    "≡": (50, "none"),
    "∪": (65, "left"),
    "∩": (70, "left"),
    "\\": (70, "none"),  # `s \ t`: SDiff.sdiff (Lean core: infix:70)
    "^^": (33, "left"),  # Bool xor (Lean core: infixl:33)
    "<+~": (50, "none"),  # List.Subperm (infix:50)
    "''": (80, "left"),  # Mathlib's `f '' s`: Set.image (infixl:80)
    "×ˢ": (82, "right"),  # Mathlib's `s ×ˢ t`: SProd.sprod, Finset.product (infixr:82)
    "⁻¹'": (80, "left"),  # Mathlib's `f ⁻¹' s`: Set.preimage (infixl:80)
    "⊔": (68, "left"),  # Mathlib: infixl:68 (sup), infixl:69 (inf)
    "⊓": (69, "left"),
    "<<<": (75, "left"),
    ">>>": (75, "left"),
    "&&&": (58, "left"),
    "^^^": (58, "left"),
    "|||": (55, "left"),
    "&&": (35, "left"),
    "||": (30, "left"),
    "∧": (35, "right"),
    "∨": (30, "right"),
    "↔": (20, "none"),
    "→": (25, "right"),
    "▸": (75, "right"),  # `h ▸ e`: e with its type rewritten by the equation h
}
"""Binary operators with their Lean 4 precedences; the parser and printer both use this."""


# --------------------------------------------------------------------------------------------
# Declarations
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Decl:
    """What every declaration has.

    ``name`` is the full name with namespaces applied (``NN.MLTheory.SelfSupervised.jepaLoss``);
    ``short_name`` as written after the keyword (``jepaLoss``, ``X.y``, ``_root_.foo`` is
    stored as ``foo`` in ``name``). ``namespace`` is the namespace in force; ``opens`` the
    namespaces opened for it (``open`` commands and ``open … in``), innermost last.
    ``section_binders`` are the ``variable`` binders in force that the declaration uses (by
    name, or instance binders on a type variable it uses), in order; ``binders`` are its own.
    ``options`` are the ``set_option name value`` in force (``("autoImplicit", "false")``).
    """

    kind: str
    name: str
    short_name: str
    namespace: str = ""
    opens: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()
    docstring: str | None = None
    section_binders: tuple[Binder, ...] = ()
    binders: tuple[Binder, ...] = ()
    options: tuple[tuple[str, str], ...] = ()
    span: Span | None = field(default=None, compare=False, repr=False)
    name_span: Span | None = field(default=None, compare=False, repr=False)
    """Where the name is written (the keyword of an ``example``): what reports point at."""

    def option(self, name: str, default: str = "") -> str:
        """The value of ``set_option name …`` in force for this declaration (the last one)."""
        for key, value in reversed(self.options):
            if key == name:
                return value
        return default

    @property
    def all_binders(self) -> tuple[Binder, ...]:
        return self.section_binders + self.binders


@dataclass(frozen=True, slots=True, kw_only=True)
class Definition(Decl):
    """``def``/``abbrev``/``noncomputable def``: ``type`` is the declared result type (None when
    omitted); ``body`` the value, or None when defined by ``equations`` (pattern matching:
    ``| [] => 0 | x :: xs => …``). ``where_decls`` are auxiliary definitions of a ``where``
    clause. ``where_fields`` holds a structure-valued ``def c : S where x := …``."""

    type: Term | None = None
    body: Term | None = None
    equations: tuple[MatchAlt, ...] = ()
    where_decls: tuple[Definition, ...] = ()
    where_fields: tuple[FieldAssign, ...] = ()
    termination_span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Theorem(Decl):
    """``theorem``/``lemma``/``example``: ``statement`` is the type after the colon;
    ``proof_span`` is where the skipped proof (``:= by …`` or a term) stands."""

    statement: Term
    proof_span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class StructField:
    """A structure field ``name : type := default`` with its doc comment. ``type`` is None
    for ``name := default``: an inherited field's new default, or a field typed by its
    default."""

    name: str
    type: Term | None
    default: Term | None = None
    docstring: str | None = None
    binders: tuple[Binder, ...] = ()
    span: Span | None = _span()


@dataclass(frozen=True, slots=True, kw_only=True)
class Structure(Decl):
    """``structure S (params) extends … where fields``; ``binders`` are its parameters."""

    fields: tuple[StructField, ...] = ()
    extends: tuple[Term, ...] = ()
    ctor: str | None = None
    deriving: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Instance(Decl):
    """``instance [name] : Class args := value``: recognised, usually not modelled."""

    type: Term | None = None
    body: Term | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OtherDecl(Decl):
    """A declaration read but not modelled (``inductive``, ``axiom``, ``opaque``, ``class``,
    ``macro``, ``notation``…): kept so reports can name it; ``text`` is its source."""

    text: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Command(Decl):
    """``#eval e`` / ``#check e`` (``kind``), possibly under ``#guard_msgs in`` with the
    expected message in the doc comment (``expected``: ``7`` for ``/-- info: 7 -/``;
    ``expected_kind``: ``info``, ``error`` or ``warning``). ``term`` is None when the term
    could not be read (``error`` says why); ``text`` is the term's source."""

    term: Term | None = None
    text: str = ""
    guarded: bool = False
    expected: str | None = None
    expected_kind: str = "info"
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Import:
    """``import A.B.C`` / ``public import A.B.C``; ``resolved`` is the file found, if any."""

    module: str
    public: bool = False
    resolved: str | None = field(default=None, compare=False)
    span: Span | None = _span()


@dataclass(frozen=True, slots=True)
class Module:
    """One parsed ``.lean`` file. ``errors`` holds the ``ParseError`` of every declaration
    that could not be read; the others are in ``decls``, in source order."""

    path: str
    module_name: str | None
    imports: tuple[Import, ...]
    decls: tuple[Decl, ...]
    errors: tuple[object, ...] = ()  # tuple[jepa_formal.errors.ParseError, ...]
    commands: tuple[Command, ...] = ()  # `#eval`/`#check` commands (jepa-formal eval)
    docstrings: tuple[str, ...] = ()  # module docs `/-! … -/`
    notations: tuple[object, ...] = ()  # its non-local notations (reader.notation.Notation)
    imported_notations: bool = False  # read with the notations of the files it imports
    deferred: tuple[object, ...] = field(default=(), compare=False, repr=False)
    """Theorem commands not read yet (``parse_text(defer=True)``; ``module.Deferred``)."""
