"""User notations (``notation``, ``local notation``, ``infixl``/``infixr``/``infix``,
``prefix``, ``postfix``) read from a file and expanded where they are used.

Why text-level expansion: the LALR grammar is built once, so a notation declared in the file
cannot add grammar rules. Instead, a declaration's text is rewritten before it is parsed:

* an infix operator (``infixl:65 " ⊕ " => f``, or ``notation x " ⊕ " y => body``) becomes a
  placeholder token ``\\ue000k\\ue001`` that the grammar reads as a binary operator; the
  precedence climber gives it the declared precedence and associativity and builds ``f a b``
  (``USER_OPERATORS`` in ``operators.py``);
* a notation that starts and ends with a literal (``notation "‖" x "‖₂" => norm2 x``,
  ``notation "σ" => sigmoid``) has its occurrences replaced by the body, each variable by the
  text it matched (in parentheses); a trailing variable (``notation "ℝ^" n => Fin n → ℝ``,
  ``prefix:max "√" => Real.sqrt``) takes the next atom, a leading one (``postfix``) the
  previous atom.

Notations of imported files apply too (``reader/project.py`` reads the importing file again
with them in force; a ``scoped`` one only inside its namespace or where it is opened). What is
not expanded (the declaration then parses or fails as before): ``macro``/``syntax`` rules,
notations whose pieces are not literal strings and plain variables.
"""

from __future__ import annotations

import contextvars
import dataclasses
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from jepa_formal.reader import syntax
from jepa_formal.reader.operators import MAX_PREC, OPERATORS, USER_OPERATORS, UserOp
from jepa_formal.reader.scopes import mentioned_names

_COUNTER = itertools.count()
_IDENT = r"[^\W\d][\w'!?₀-₉ₐ-ₜᵢ-ᵪⱼ]*"


Var = tuple[str, str, int]
"""A notation's variable: (``"var"`` or ``"term"`` when written without a precedence, its
name, the precedence Lean parses it at: ``x:66`` is 66, ``x:max`` 1024, a bare ``x`` 0)."""
LEAD_PREC = MAX_PREC - 2
"""Lean's ``lead``: the precedence of a ``notation`` without one that starts with a variable."""


@dataclass(frozen=True, slots=True)
class Notation:
    """One declared notation: ``pieces`` alternate literals (``str``) and variables
    (``("var", name)``); ``body`` is the Lean text it stands for; ``placeholder`` is set for
    an infix operator."""

    pieces: tuple[str | Var, ...]
    body: str
    placeholder: str | None = None
    namespace: str = ""  # where it was declared: an importing file resolves its body there
    opens: tuple[str, ...] = ()
    scoped: bool = False  # `scoped notation`: in another file only where its namespace is open
    late: tuple[str, ...] = ()
    """Names of the body no declaration of the file defined where the notation was declared
    (library names such as ``max``): a declaration made later must not capture them
    (``rooted``)."""


ACTIVE: contextvars.ContextVar[tuple[Notation, ...]] = contextvars.ContextVar(
    "jepa_formal_notations", default=())
"""The notations in force for the declaration being read (set by the file walker)."""


_HEAD = re.compile(
    r"^\s*(?:/--(?:[^-]|-(?!/))*-/\s*)?(?:@\[[^\]]*\]\s*)*(?:(?:local|scoped(?:\[[^\]]*\])?|private|protected)\s+)*"
    r"(notation|infixl|infixr|infix|prefix|postfix)(?::(\w+))?\s*"
    r"(?:\(\s*(?:name|priority)\s*:=\s*[^)]*\)\s*)*"
)
_PIECE = re.compile(r'\s*(?:"((?:[^"\\]|\\.)*)"|(' + _IDENT + r')(:\w+)?)')


def read(text: str, parse_term: Callable[[str], syntax.Term] | None,
         declared: Callable[[str], str | None] | None = None) -> Notation | None:
    """The notation a command declares, or None when it is not of a form that is expanded
    (``parse_term`` reads an infix operator's function once; None only asks whether the
    command is expanded, registering nothing). ``declared(name)`` gives the full name a
    name of the body means where the notation is declared (None: not a declaration there):
    such names are written ``_root_.Full.name``, as Lean's hygiene resolves them there."""
    m = _HEAD.match(text)
    if m is None:
        return None
    kind, prec_text = m.group(1), m.group(2)
    arrow = _arrow(text, m.end())
    if arrow is None:
        return None
    body = text[arrow + 2:].strip()
    if not body:
        return None
    late: tuple[str, ...] = ()
    if declared is not None:
        variables = {p[1] for p in _pieces(text[m.end():arrow]) or () if not isinstance(p, str)}
        body, late = _qualified(body, variables, declared, parse_term)
    prec = _precedence(prec_text)
    if kind != "notation":
        lits = _pieces(text[m.end():arrow])
        if lits is None or len(lits) != 1 or not isinstance(lits[0], str):
            return None
        op = lits[0]
        if kind in ("prefix", "postfix"):
            # `prefix:p "√" => f` is `notation:p "√" x:p => f x` (postfix alike)
            var: Var = ("var", "x✝", prec if prec is not None else MAX_PREC)
            pieces: tuple[str | Var, ...] = (op, var) if kind == "prefix" else (var, op)
            return Notation(pieces, f"({body}) x✝")
        p = prec if prec is not None else 65
        # `infixl:p` is `notation:p a:p op b:(p+1)`; `infixr:p` a:(p+1) b:p; `infix:p` both p+1
        lhs_prec, rhs_prec = {"infixl": (p, p + 1), "infixr": (p + 1, p),
                              "infix": (p + 1, p + 1)}[kind]
        # the operator's function is read once, here: its library names (`min`) are written
        # from the root, so that a `def min` of the namespace where it is used cannot capture
        body = _rooted_text(body, tuple(x for x in late if x[:1].islower()))
        return _infix(op, UserOp(p, lhs_prec, rhs_prec, syntax.Hole()), f"({body})",
                      parse_term)
    pieces_read = _pieces(text[m.end():arrow])
    if not pieces_read or all(not isinstance(p, str) for p in pieces_read):
        return None
    if (len(pieces_read) == 3 and not isinstance(pieces_read[0], str)
            and isinstance(pieces_read[1], str) and not isinstance(pieces_read[2], str)):
        (_, x, lhs_prec), (_, y, rhs_prec) = pieces_read[0], pieces_read[2]  # type: ignore[misc]
        body = _rooted_text(body, tuple(x for x in late if x[:1].islower()))  # as an infix's
        # Lean's precedence for a notation without one that starts with a variable is `lead`;
        # each side is a term parsed at its variable's precedence (a bare one: 0, the rest)
        user = UserOp(prec if prec is not None else LEAD_PREC, lhs_prec, rhs_prec,
                      syntax.Hole())
        return _infix(pieces_read[1], user, f"(fun {x} {y} => {body})",  # type: ignore[arg-type]
                      parse_term)
    if any(not isinstance(a, str) and not isinstance(b, str)
           for a, b in itertools.pairwise(pieces_read)):
        return None  # two variables side by side: no literal tells where one ends
    return Notation(tuple(pieces_read), body, late=late)


_DECLARES_SYNTAX = frozenset({"notation", "notation3", "macro", "syntax", "elab", "infix",
                              "infixl", "infixr", "prefix", "postfix"})
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_PUNCTUATION = frozenset({"(", ")", "[", "]", "{", "}", ",", ":", "=>", "|", ":=", "⟨", "⟩"})


def refused_keywords(kind: str, text: str) -> list[Notation]:
    """For a command declaring syntax that is not read (a ``macro``, ``syntax``, ``elab`` or
    ``notation3``, or a ``notation`` of a form not expanded): one notation per atom of its
    pattern, standing for the name ``«syntax✝atom»``, which the elaborator refuses, named.
    Lean's tokenizer reads such an atom as the syntax wherever it stands, even where a
    definition of the same name exists (``def dbl`` then ``macro "dbl" x:term : term``:
    ``dbl 2`` is the macro), so reading a use as anything else is a guess. Punctuation Lean
    already has (brackets, commas, ``=>``) changes nothing and is left alone."""
    if kind not in _DECLARES_SYNTAX:
        return []
    arrow = _arrow(text, 0)
    pattern = text[:arrow] if arrow is not None else text
    atoms = dict.fromkeys(m.group(1).strip() for m in _STRING.finditer(pattern))
    return [Notation((atom,), f"«syntax✝{atom}»") for atom in atoms
            if atom and atom not in _PUNCTUATION]


_NAME = re.compile(r"(?<![\w.'«])" + _IDENT + r"(?:\." + _IDENT + r")*")
_BINDERS = re.compile(r"(?:fun|λ|∀|∃|∑|∏)\s+([^=,↦]*?)(?:=>|↦|,)|(?:let|have)\s+(" + _IDENT
                      + r")")


_CONSTRUCTORS = frozenset({"some", "none", "true", "false", "nil", "cons", "zero", "succ",
                           "unit", "mk", "inl", "inr"})
"""Lower-case constructor names a pattern may name (never renamed as if bound)."""


def _bound_in(term: object) -> set[str]:
    """Every name ``term`` binds anywhere: ``fun`` and quantifier binders, destructuring and
    match patterns, ``let`` patterns (``let f x := …`` binds ``f`` and ``x``), ``∑`` binders,
    set-builder binders (read as ``fun``)."""
    out: set[str] = set()
    stack = [term]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            stack.extend(node)
            continue
        if isinstance(node, syntax.Binder):
            out |= set(node.names) | mentioned_names(node.pattern)
        elif isinstance(node, syntax.Let):
            out |= mentioned_names(node.pattern)
        elif isinstance(node, syntax.MatchAlt):
            out |= mentioned_names(node.patterns)
        elif isinstance(node, syntax.BigOp):
            out |= set(node.binder.names)
        if dataclasses.is_dataclass(node) and not isinstance(node, type):
            stack.extend(getattr(node, f.name) for f in dataclasses.fields(node)
                         if f.name != "span")
    return {n for n in out if n[:1].islower() and n not in _CONSTRUCTORS}


def _qualified(body: str, variables: set[str], declared: Callable[[str], str | None],
               parse_term: Callable[[str], syntax.Term] | None = None
               ) -> tuple[str, tuple[str, ...]]:
    """``body`` made hygienic, as Lean's macros are: each name of a declaration visible where
    the notation is declared is written from the root (``g`` in ``namespace A`` becomes
    ``_root_.A.g``: expanded where another ``g`` is in scope, it still means A's), and each
    name the body binds (``fun y =>``, ``∑ k ∈ s,``, ``let y :=``) is renamed apart
    (``«y✝»``), so that it cannot capture an argument's own ``y``. The notation's variables
    are left alone."""
    own: set[str] = set()  # names the body binds: read from the parsed body
    try:
        own = _bound_in(parse_term(body)) if parse_term is not None else set()
    except Exception:  # a body that is no term by itself: the written binders only
        parse_term = None
    if parse_term is None:
        for m in _BINDERS.finditer(body):
            own |= _bound_names(m.group(1)) if m.group(1) is not None else {m.group(2)}
    own -= variables | _KEYWORDS
    late: list[str] = []

    def hygienic(name: str) -> str | None:
        head, dot, rest = name.partition(".")
        if head in variables:
            return None
        if head in own:  # renamed apart: an argument's own `y` is never captured
            return f"«{head}✝»{dot}{rest}"
        full = declared(name)
        if full is not None:
            return f"_root_.{full}"
        if name in _KEYWORDS or name in late:
            return None
        late.append(name)
        # a library function (`max`): no variable at the use site may capture it
        return f"_root_.{name}" if name[:1].islower() and "." not in name else None

    return _rewrite_names(body, hygienic), tuple(late)


def _rewrite_names(body: str, new: Callable[[str], str | None]) -> str:
    """``body`` with each whole name outside strings replaced by ``new(name)`` (kept when
    that is None)."""
    inside = _outside_strings(body)
    out: list[str] = []
    last = 0
    for m in _NAME.finditer(body):
        replacement = None if inside[m.start()] else new(m.group(0))
        if replacement is not None:
            out += [body[last:m.start()], replacement]
            last = m.end()
    return "".join(out) + body[last:]


def _rooted_text(body: str, names: tuple[str, ...]) -> str:
    """``body`` with each of ``names`` (whole names, outside strings) written ``_root_.x``."""
    return _rewrite_names(body, lambda name: f"_root_.{name}" if name in names else None)


def rooted(n: Notation, captured: set[str]) -> Notation:
    """``n`` with each of its ``late`` names that a declaration in scope at the use site
    would capture (``captured``) written from the root (``_root_.max``): the name still
    means what it meant where the notation was declared. Infix operators keep their
    function (read once, when declared)."""
    names = tuple(x for x in n.late if x in captured)
    if not names or n.placeholder is not None:
        return n
    return dataclasses.replace(n, body=_rooted_text(n.body, names))


def _bound_names(binders: str) -> set[str]:
    """The names a binder group declares: ``x y``, ``(x y : T) (z : U)``, ``k ∈ s``,
    ``i < n`` (a type or a bound after the names is not a name)."""
    names = set()
    for group in re.findall(r"[(\[{⦃]\s*([^():\[\]{}⦃⦄]*?)\s*:", binders):
        names |= set(re.findall(_IDENT, group))
    bare = re.sub(r"[(\[{⦃][^)\]}⦄]*[)\]}⦄]", " ", binders)
    bare = re.split(r"[∈∉<≤>≥≠:]", bare, maxsplit=1)[0]
    return names | set(re.findall(_IDENT, bare))


_KEYWORDS = frozenset({"fun", "λ", "let", "have", "in", "if", "then", "else", "match", "with",
                       "by", "at", "do", "Type", "Prop", "Sort", "show", "from", "return",
                       "sorry", "bif", "mut"})


def _precedence(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return {"max": 1024, "arg": 1023, "lead": 1022, "min": 10, "min1": 11}.get(text)


def _arrow(text: str, start: int) -> int | None:
    in_string = False
    i = start
    while i < len(text) - 1:
        c = text[i]
        if c == '"' and (i == 0 or text[i - 1] != "\\"):
            in_string = not in_string
        elif not in_string and text.startswith("=>", i):
            return i
        i += 1
    return None


def _pieces(text: str) -> list[str | Var] | None:
    out: list[str | Var] = []
    pos = 0
    while pos < len(text) and text[pos:].strip():
        m = _PIECE.match(text, pos)
        if m is None:
            return None
        if m.group(1) is not None:
            lit = m.group(1).strip()
            if not lit:
                return None
            out.append(lit)
        elif m.group(3):
            prec = _precedence(m.group(3)[1:])
            if prec is None:
                return None  # a precedence this reader cannot evaluate (`x:max+1`)
            out.append(("var", m.group(2), prec))
        else:  # a variable without a precedence is Lean's `term` (precedence 0)
            out.append(("term", m.group(2), 0))
        pos = m.end()
    return out


def _infix(op: str, user: UserOp, fn_text: str,
           parse_term: Callable[[str], syntax.Term] | None) -> Notation | None:
    """An infix operator (``user`` without its function yet): a placeholder token the
    precedence climber reads as ``user`` with the function ``fn_text`` means."""
    pieces = (("var", "a", user.lhs_prec), op, ("var", "b", user.rhs_prec))
    if parse_term is None:
        return Notation(pieces, fn_text)
    try:
        fn = parse_term(fn_text)
    except Exception:
        return None
    placeholder = f"\ue000{next(_COUNTER)}\ue001"
    USER_OPERATORS[placeholder] = dataclasses.replace(user, fn=fn)
    return Notation(pieces, fn_text, placeholder)


# --------------------------------------------------------------------------------------------
# Expansion
# --------------------------------------------------------------------------------------------


def expand(text: str, notations: tuple[Notation, ...] | None = None) -> str:
    """``text`` with every use of the notations in force rewritten (see the module doc)."""
    active = ACTIVE.get() if notations is None else notations
    if not active:
        return text
    ordered = sorted(active, key=lambda n: -max(len(p) for p in n.pieces if isinstance(p, str)))
    for n in ordered:
        if n.placeholder is not None:
            text = _replace_literal(text, n.pieces[1], f" {n.placeholder} ")  # type: ignore[arg-type]
        else:
            text = _expand_mixfix(text, n)
    return text


def _name_char(ch: str) -> bool:
    """Whether Lean's tokenizer reads ``ch`` as part of a name (a superscript such as ``²``
    is not: ``a²`` is ``a`` then ``²``)."""
    return ch.isalpha() or ch == "_" or ch in "0123456789₀₁₂₃₄₅₆₇₈₉"


def _literal_re(lit: str) -> re.Pattern[str]:
    escaped = re.escape(lit)
    if _name_char(lit[0]):
        escaped = r"(?<![\w.'])" + escaped
    if _name_char(lit[-1]):
        escaped += r"(?![\w'])"
    return re.compile(escaped)


def _outside_strings(text: str) -> list[bool]:
    inside = [False] * (len(text) + 1)
    in_string = False
    for i, c in enumerate(text):
        if c == '"' and (i == 0 or text[i - 1] != "\\"):
            in_string = not in_string
        inside[i] = in_string
    return inside


def _replace_literal(text: str, lit: str, new: str) -> str:
    inside = _outside_strings(text)
    out: list[str] = []
    last = 0
    for m in _literal_re(lit).finditer(text):
        if inside[m.start()]:
            continue
        out.append(text[last:m.start()])
        out.append(new)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


_OPEN, _CLOSE = "([{⟨", ")]}⟩"


_ATOM = re.compile(r"(?:" + _IDENT + r"|\d+(?:\.\d+)?)(?:\." + r"(?:" + _IDENT + r"|\d+))*")
_SUFFIX = re.compile(r"\.(?:" + _IDENT + r"|\d+)|⁻¹|\[")
"""What Lean's parser attaches to an atom at ``max``: ``.field``, ``⁻¹``, a glued ``[i]``."""


def _next_atom(text: str, pos: int) -> int | None:
    """End of the argument-level term starting at ``pos`` (after blanks): a name with
    projections, a number, or a bracketed group, with what is glued to it (``(f x).1``,
    ``x⁻¹``, ``xs[i]!``)."""
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text):
        return None
    if text[i] in _OPEN:
        end = _matching(text, i)
        if end is None:
            return None
        end += 1
    else:
        m = _ATOM.match(text, i)
        if m is None or m.group() in _KEYWORDS:
            return None
        end = m.end()
    while (m := _SUFFIX.match(text, end)) is not None:
        if m.group() != "[":
            end = m.end()
            continue
        close = _matching(text, end)
        if close is None:
            return None
        end = close + 1
        if text[end:end + 1] in ("!", "?"):
            end += 1
    return end


AMBIGUOUS = "«notation✝extent»"
"""Stands for a notation use whose argument's extent this reader cannot tell as Lean's parser
would (the prelude lists it as unsupported, with the reason)."""

_STOP = re.compile(r"[ \t\n]*(?:[)\]}⟩⦄,;]|:=|=>|:(?!:)|(?:then|else|with|do|from|at)(?![\w'])"
                   r"|$)")
"""What ends a term whatever its precedence: a closing bracket, ``,``, ``:=``, ``then``…"""
_BLANKS = re.compile(r"[ \t\n]*")
_INFIX_OPS = sorted({*OPERATORS, "->", "<->", "<=", ">=", "/\\", "\\/"}, key=len, reverse=True)
_ASCII = {"->": "→", "<->": "↔", "<=": "≤", ">=": "≥", "/\\": "∧", "\\/": "∨"}
_PLACEHOLDER = re.compile("\ue000[0-9]+\ue001")


def _infix_at(text: str, pos: int) -> tuple[int, int] | None:
    """The precedence and end of the binary operator at ``pos`` (a user infix notation's
    placeholder included), or None."""
    m = _PLACEHOLDER.match(text, pos)
    if m is not None:
        user = USER_OPERATORS.get(m.group())
        return None if user is None else (user.prec, m.end())
    for op in _INFIX_OPS:
        if text.startswith(op, pos):
            if op in ("|", "·") or (op[-1].isalpha() and text[pos + len(op):pos + len(op) + 1]
                                    .isalnum()):
                return None
            return OPERATORS[_ASCII.get(op, op)][0], pos + len(op)
    return None


def _extent(text: str, pos: int, prec: int) -> int | None:
    """End of the term Lean parses at ``prec`` from ``pos``: argument-level terms joined by
    application (below ``max``) and by binary operators of precedence ``prec`` or more, up to
    an operator that binds more loosely or what ends every term. None when something else
    comes (a prefix operator, ``fun``, ``|x|``, an unknown symbol): then this reader cannot
    tell the extent and the use is refused."""
    end = _next_atom(text, pos)
    if end is None or prec >= MAX_PREC - 1:  # `x:max`/`x:arg`: one argument-level term
        return end
    while True:
        if _STOP.match(text, end):
            return end
        at = _BLANKS.match(text, end).end()  # type: ignore[union-attr]
        op = _infix_at(text, at)
        if op is not None:
            if op[0] < prec:
                return end
            nxt = _next_atom(text, op[1])
        elif text[at] in "-|¬!↑∑∏∀∃λ":
            return None  # `- x` (an argument?), `|x|`, a prefix operator: not decided here
        else:
            nxt = _next_atom(text, at)  # an argument: application binds at `lead`
        if nxt is None:
            return None
        end = nxt


_TERM_START = re.compile(r"(?:^|[(\[{⟨⦃,;]|:=|=>|(?<!:):|(?<![\w'])(?:then|else|fun|λ|by|do))"
                         r"[ \t\n]*\Z")


def _starts_term(text: str, pos: int) -> bool:
    """Whether a term starts at ``pos`` (after an opening bracket, ``,``, ``:=``, ``:``…):
    nothing before it can be a left operand or a function applied to it."""
    return _TERM_START.search(text[:pos]) is not None


def _prev_atom(text: str, pos: int) -> int | None:
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0:
        return None
    if text[i - 1] in _CLOSE:
        depth = 0
        for j in range(i - 1, -1, -1):
            if text[j] in _CLOSE:
                depth += 1
            elif text[j] in _OPEN:
                depth -= 1
                if depth == 0:
                    return j
        return None
    m = re.search(r"[\w'.!?₀-₉]+$", text[:i])
    return m.start() if m else None


def _matching(text: str, i: int) -> int | None:
    depth = 0
    for j in range(i, len(text)):
        if text[j] in _OPEN:
            depth += 1
        elif text[j] in _CLOSE:
            depth -= 1
            if depth == 0:
                return j
    return None


def _find_at_depth0(text: str, lit: str, start: int) -> int | None:
    depth = 0
    pattern = _literal_re(lit)
    j = start
    while j < len(text):
        if depth == 0:
            m = pattern.match(text, j)
            if m:
                return j
        if text[j] in _OPEN:
            depth += 1
        elif text[j] in _CLOSE:
            if depth == 0:
                return None
            depth -= 1
        elif text[j] == "\n" and depth == 0 and text[j + 1:j + 2] not in (" ", "\t"):
            return None
        j += 1
    return None


def _substitute(body: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        body = re.sub(r"(?<![\w.'])" + re.escape(name) + r"(?![\w'])",
                      lambda _m, v=value: f"({v.strip()})", body)
    return f"({body})"


def _expand_mixfix(text: str, n: Notation) -> str:
    pieces = n.pieces
    first_lit = next(i for i, p in enumerate(pieces) if isinstance(p, str))
    lit0 = pieces[first_lit]
    assert isinstance(lit0, str)
    pattern = _literal_re(lit0)
    pos = 0
    for _ in range(10_000):
        inside = _outside_strings(text)
        m = next((m for m in pattern.finditer(text, pos) if not inside[m.start()]), None)
        if m is None:
            return text
        values: dict[str, str] = {}
        start = m.start()
        if first_lit == 1:  # a leading variable: the atom before the literal
            before = _prev_atom(text, m.start())
            if before is None:
                pos = m.end()
                continue
            values[pieces[0][1]] = text[before:m.start()]  # type: ignore[index]
            if pieces[0][2] < MAX_PREC and not _starts_term(text, before):  # type: ignore[index,operator]
                # below `max` the left operand may be more than the atom (`a + b ²` with
                # `notation:65 x "²"` is `(a + b)²`): not decided here
                values[pieces[0][1]] = AMBIGUOUS  # type: ignore[index]
            start = before
        cur = m.end()
        ok = True
        k = first_lit + 1
        while k < len(pieces):
            piece = pieces[k]
            if isinstance(piece, str):
                found = _find_at_depth0(text, piece, cur)
                if found is None:
                    ok = False
                    break
                cur = found + len(piece)
                k += 1
                continue
            name = piece[1]
            if k + 1 < len(pieces):
                nxt = pieces[k + 1]
                assert isinstance(nxt, str)
                found = _find_at_depth0(text, nxt, cur)
                if found is None:
                    ok = False
                    break
                values[name] = text[cur:found]
                cur = found + len(nxt)
                k += 2
            else:
                first = _next_atom(text, cur)
                if first is None:
                    ok = False
                    break
                # the last argument is a term Lean parses at its precedence (`x:66` takes
                # `2 * 3` in `inc 2 * 3`, a bare `x` the rest of the expression); where that
                # extent cannot be told here the use is refused, named
                end = _extent(text, cur, piece[2])  # type: ignore[misc]
                if end is None:
                    values[name] = AMBIGUOUS
                    end = first
                else:
                    values[name] = text[cur:end]
                cur = end
                k += 1
        if not ok or any(not v.strip() for v in values.values()):
            pos = m.end()
            continue
        if AMBIGUOUS in values.values():
            text = text[:start] + f" {AMBIGUOUS} " + text[cur:]
            pos = start + len(AMBIGUOUS) + 2
            continue
        replacement = _substitute(n.body, {k: _expand_mixfix(v, n) for k, v in values.items()})
        text = text[:start] + replacement + text[cur:]
        pos = start + len(replacement)
    return text


__all__ = ["ACTIVE", "Notation", "expand", "read"]
