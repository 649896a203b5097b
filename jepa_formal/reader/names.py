"""Lean name helpers shared by the parser and the printer: guillemets, plain-identifier test.

Why here: ``«weird name»`` is stored without its guillemets (see syntax.py), so the transformer
strips them and the printer must put them back exactly when a name part is not a plain Lean
identifier; both sides use these two functions so they cannot drift apart.
"""

from __future__ import annotations

import re

_ID_FIRST = "A-Za-z_α-κμ-ωΑ-ΟΡΤ-Ωϊ-ϻἀ-῾℀-⅏𝒜-𝖟"
_ID_REST = _ID_FIRST + "0-9'!?₀-₉ₐ-ₜᵢ-ᵪⱼ"
PLAIN_PART = re.compile(f"ℝ≥0∞?|[{_ID_FIRST}][{_ID_REST}]*")
"""A name part printed bare; ``ℝ≥0``/``ℝ≥0∞`` are Mathlib notation tokens lexed as one name."""
_PART = re.compile(f"«([^»\\n]*)»|([{_ID_FIRST}][{_ID_REST}]*|[0-9]+)")

KEYWORDS = frozenset(
    {
        "fun", "let", "if", "then", "else", "match", "with", "show", "from", "by", "forall",
        "exists", "in", "where", "extends", "Type", "Sort", "Prop", "theorem", "lemma",
        "def", "abbrev", "instance", "structure", "class", "inductive", "example", "namespace",
        "section", "end", "open", "variable", "import", "at", "do", "have", "calc", "deriving",
        "termination_by", "decreasing_by", "mutual", "axiom", "opaque", "universe", "macro",
        "syntax", "notation", "private", "protected", "noncomputable", "partial", "unsafe",
        "public", "module", "set_option", "attribute", "local", "scoped", "export",
    }
)
"""Words that cannot be printed as a bare identifier (they need guillemets)."""


def unquote(written: str) -> str:
    """The stored form of a name as written: ``Foo.«a b».c`` → ``Foo.a b.c``."""
    if "«" not in written:
        return written
    parts = []
    pos = 0
    while pos < len(written):
        match = _PART.match(written, pos)
        if match is None:  # cannot happen for lexer output; keep the rest verbatim
            parts.append(written[pos:])
            break
        parts.append(match.group(1) if match.group(1) is not None else match.group(2))
        pos = match.end()
        if pos < len(written) and written[pos] == ".":
            pos += 1
    return ".".join(parts)


def quote_part(part: str, first: bool) -> str:
    """A single name part as it must be written (guillemets when not a plain identifier)."""
    if (part.isdigit() and not first) or part == "_":
        return part
    if PLAIN_PART.fullmatch(part) and part not in KEYWORDS:
        return part
    return f"«{part}»"


def quote(name: str) -> str:
    """The written form of a stored (dotted) name.

    A part holding a dot cannot be told apart from two parts once stored, so names are split
    at every dot; ``«a.b»`` reads back as ``a.b`` (two parts), which Lean resolves alike.
    """
    parts = name.split(".")
    return ".".join(quote_part(p, i == 0) for i, p in enumerate(parts))
