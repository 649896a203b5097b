"""Reading one declaration command into ``Decl`` values (theorem, def, structure, instance…).

Why separate from the module walk: this is where Lean's declaration shapes are known – the
proof after the top-level ``:=`` is skipped, ``termination_by``/``deriving`` are cut, names
get their namespace – while ``module.py`` only keeps track of scopes. Raises ``RegionError``;
the caller turns it into a ``ParseError`` for this declaration alone.

Names: ``example`` has none in Lean; it is named ``example@FILE:LINE`` (not a Lean name, so it
cannot clash). An unnamed ``instance`` gets Lean's style of name, ``instInhabitedFoo``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from jepa_formal.reader import syntax
from jepa_formal.reader.chunker import Header
from jepa_formal.reader.names import unquote
from jepa_formal.reader.parser import RegionError, parse_region
from jepa_formal.reader.regions import MAX_DEPTH, Region, find_keyword, find_proof, too_deep
from jepa_formal.reader.source import Source
from jepa_formal.reader.transform import Head

_NAME = re.compile(r"\s*(«[^»\n]*»|[^\s(){}\[\]⦃⦄:]+)")
OTHER_KINDS = frozenset({"inductive", "class", "axiom", "axioms", "opaque", "irreducible_def"})


@dataclass(frozen=True, slots=True)
class Context:
    """What the module walk knows when a declaration starts."""

    path: str
    namespace: str
    opens: tuple[str, ...]


def full_name(namespace: str, short: str) -> str:
    """Lean's full name of a declaration named ``short`` inside ``namespace``."""
    if short.startswith("_root_."):
        return short[len("_root_.") :]
    return f"{namespace}.{short}" if namespace else short


def written_name(src: Source, head: Header, end: int) -> str | None:
    """The declaration name written after the keyword (for error messages), if any."""
    match = _NAME.match(src.flat, head.keyword_end, end)
    if match is None or match.group(1) in (":", ":=", "where"):
        return None
    return unquote(match.group(1))


def name_span(src: Source, head: Header, end: int) -> syntax.Span:
    """The span of the written name, or of the keyword when there is none (``example``)."""
    match = _NAME.match(src.flat, head.keyword_end, end)
    if match is None or match.group(1) in (":", ":=", "where") or head.keyword == "example":
        start, stop = head.keyword_start, head.keyword_end
    else:
        start, stop = match.start(1), match.end(1)
    line, col = src.line_col(start)
    end_line, end_col = src.line_col(stop)
    return syntax.Span(src.path, line, col, end_line, end_col)


def region_for(src: Source, start: int, end: int) -> Region:
    """A ``Region`` of ``src`` after the bracket-depth guard (raises ``RegionError``)."""
    deep = too_deep(src.flat, start, end)
    if deep is not None:
        line, col = src.line_col(deep)
        raise RegionError(f"brackets nested too deeply (more than {MAX_DEPTH} levels)", line, col,
                          (f"at most {MAX_DEPTH} nested brackets",))
    return Region(src, start, end)


def _parse(region: Region, rule: str, docs: dict[tuple[int, int], str] | None = None) -> Head:
    text, line_offset = region.text()
    return parse_region(text, rule, path=region.src.path, line_offset=line_offset,
                        tactics=region.tactics, docs=docs)


def _span(src: Source, start: int, end: int) -> syntax.Span:
    stripped_end = start + len(src.text[start:end].rstrip())
    line, col = src.line_col(start)
    end_line, end_col = src.line_col(max(stripped_end, start))
    return syntax.Span(src.path, line, col, end_line, end_col)


def read_decl(src: Source, head: Header, start: int, end: int, ctx: Context) -> list[syntax.Decl]:
    """The declarations of one command (a def with ``where`` gives several)."""
    kind = head.keyword
    common = {
        "kind": kind,
        "namespace": ctx.namespace,
        "opens": ctx.opens,
        "modifiers": head.modifiers,
        "attributes": head.attributes,
        "docstring": head.doc,
        "span": _span(src, head.keyword_start, end),
        "name_span": name_span(src, head, end),
    }
    if kind in ("theorem", "lemma", "example"):
        proof = find_proof(src.flat, head.keyword_end, end)
        if proof is None:
            # a syntax error (an unclosed bracket hides the `:=`) is the better message
            region = region_for(src, head.keyword_end, end)
            region.blank_tactics()
            _parse(region, "example_decl" if kind == "example" else "theorem_decl")
            line, col = src.line_col(start + len(src.text[start:end].rstrip()))
            raise RegionError(f"expected `:=` and a proof after the statement of this {kind}",
                              line, col, ("`:=`",))
        region = region_for(src, head.keyword_end, proof)
        region.blank_tactics()
        parsed = _parse(region, "example_decl" if kind == "example" else "theorem_decl")
        if kind == "example":
            line = src.line_col(start)[0]
            short = f"example@{os.path.basename(src.path)}:{line}"
            name = short
        else:
            short = parsed.name or ""
            name = full_name(ctx.namespace, short)
        return [syntax.Theorem(name=name, short_name=short, binders=parsed.binders,
                            statement=parsed.type, proof_span=_span(src, proof, end), **common)]
    if kind in ("def", "abbrev"):
        region = region_for(src, head.keyword_end, end)
        termination = _blank_termination(src, region, head.keyword_end, end)
        region.blank_tactics()
        parsed = _parse(region, "def_decl")
        short = parsed.name or ""
        name = full_name(ctx.namespace, short)
        aux_common = {**common, "kind": "def", "docstring": None, "attributes": ()}
        aux = tuple(_definition(h, f"{name}.{h.name}", h.name or "", aux_common, span=h.span)
                    for h in parsed.where)
        main = _definition(parsed, name, short, common, aux, termination=termination)
        return [main, *aux]
    if kind == "instance":
        region = region_for(src, head.keyword_end, end)
        region.blank_tactics()
        parsed = _parse(region, "instance_decl")
        short = parsed.name or _instance_name(parsed.type)
        value = parsed.value
        body: syntax.Term | None = None
        if value is not None and value[0] == "term":
            body = value[1]
        elif value is not None and value[0] == "fields":
            body = syntax.StructInst(value[1], span=parsed.span)
        return [syntax.Instance(name=full_name(ctx.namespace, short), short_name=short,
                             binders=parsed.binders, type=parsed.type, body=body, **common)]
    if kind == "structure":
        cut = find_keyword(src.flat, head.keyword_end, end, ("deriving",))
        deriving: tuple[str, ...] = ()
        if cut is not None:
            words = src.flat[cut + len("deriving") : end].replace(",", " ").split()
            deriving = tuple(words)
        stop = end if cut is None else cut
        region = region_for(src, head.keyword_end, stop)
        region.blank_tactics()
        parsed = _parse(region, "structure_decl", _field_docs(src, head.keyword_end, stop))
        short = parsed.name or ""
        return [syntax.Structure(name=full_name(ctx.namespace, short), short_name=short,
                              binders=parsed.binders, fields=parsed.fields,
                              extends=parsed.extends, ctor=parsed.ctor, deriving=deriving,
                              **common)]
    if kind in OTHER_KINDS:
        short = written_name(src, head, end) or ""
        if kind == "class" and short == "inductive":
            match = _NAME.match(src.flat, src.flat.index("inductive", head.keyword_end) + 9, end)
            short = unquote(match.group(1)) if match else ""
        return [syntax.OtherDecl(name=full_name(ctx.namespace, short), short_name=short,
                              text=src.text[start:end].rstrip(), **common)]
    line, col = src.line_col(head.keyword_start)
    raise RegionError(f"unknown declaration keyword `{kind}`", line, col, ("theorem", "def"))


def _definition(parsed: Head, name: str, short: str, common: dict[str, object],
                aux: tuple[syntax.Definition, ...] = (),
                span: syntax.Span | None = None,
                termination: syntax.Span | None = None) -> syntax.Definition:
    body: syntax.Term | None = None
    equations: tuple[syntax.MatchAlt, ...] = ()
    fields: tuple[syntax.FieldAssign, ...] = ()
    kind, value = parsed.value if parsed.value is not None else ("term", None)
    if kind == "term":
        body = value
    elif kind == "alts":
        equations = value
    else:
        fields = value
    extra = dict(common)
    if span is not None:
        extra["span"] = span
    return syntax.Definition(name=name, short_name=short, binders=parsed.binders,
                          type=parsed.type, body=body, equations=equations, where_decls=aux,
                          where_fields=fields, termination_span=termination,
                          **extra)  # type: ignore[arg-type]


def _blank_termination(src: Source, region: Region, start: int, end: int) -> syntax.Span | None:
    """Blank every ``termination_by``/``decreasing_by`` clause (up to a ``where`` or the end);
    the span of the first one, if any."""
    first: syntax.Span | None = None
    pos = start
    while pos < end:
        found = find_keyword(src.flat, pos, end, ("termination_by", "decreasing_by"))
        if found is None:
            break
        stop = find_keyword(src.flat, found, end, ("where",))
        stop = end if stop is None else stop
        region.blank(found, stop)
        first = first or _span(src, found, stop)
        pos = stop
    return first


def _field_docs(src: Source, start: int, end: int) -> dict[tuple[int, int], str]:
    """Doc comments inside ``[start, end)`` keyed by the position of what follows them."""
    out: dict[tuple[int, int], str] = {}
    for doc in src.docs:
        if start <= doc.start < end and not doc.module_doc:
            nxt = len(src.flat[doc.end : end]) - len(src.flat[doc.end : end].lstrip())
            out[src.line_col(doc.end + nxt)] = doc.text
    return out


def _instance_name(typ: syntax.Term | None) -> str:
    """Lean-like automatic instance name: ``instInhabitedFoo`` for ``Inhabited Foo``."""
    parts: list[str] = []

    def walk(t: syntax.Term) -> None:
        if isinstance(t, syntax.Ident):
            parts.append(t.name.split(".")[-1][:1].upper() + t.name.split(".")[-1][1:])
        elif isinstance(t, syntax.App):
            walk(t.fn)
            for a in t.args:
                walk(a)

    if typ is not None:
        walk(typ)
    return "inst" + "".join(parts)
