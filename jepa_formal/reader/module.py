"""Reading a whole Lean file: ``parse_text``, ``parse_file``, ``parse_term``, ``parse_decl``.

Why this layer: it walks the commands of a file in order and keeps what Lean keeps between
them – the namespace and section stack (``end`` must match), ``open`` and ``open … in``,
``variable`` binders – and gives every declaration its full name, opens and the section
binders it uses. Every failure becomes a ``ParseError`` in ``Module.errors``; these functions
never raise on bad input (except ``parse_term``/``parse_decl``, which raise ``ParseError``).
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from dataclasses import dataclass, field

from jepa_formal.errors import ParseError
from jepa_formal.reader import notation, syntax
from jepa_formal.reader.chunker import (
    COMMAND_KEYWORDS,
    MODIFIERS,
    Chunk,
    Header,
    docs_by_start,
    header,
    split,
)
from jepa_formal.reader.decls import (
    Context,
    full_name,
    name_span,
    read_decl,
    region_for,
    written_name,
)
from jepa_formal.reader.opens import open_entries, open_spec
from jepa_formal.reader.parser import RegionError, parse_region
from jepa_formal.reader.printer import print_term
from jepa_formal.reader.regions import Region
from jepa_formal.reader.scopes import free_names, mentioned_names
from jepa_formal.reader.source import MAX_FILE_BYTES, Source, bad_char, decode, scan

_DECLS = frozenset(
    {"theorem", "lemma", "example", "def", "abbrev", "instance", "structure", "class",
     "inductive", "axiom", "axioms", "opaque", "irreducible_def"}
)
_NOTATION = frozenset(
    {"alias", "grind_pattern", "prelude", "notation", "notation3", "macro", "macro_rules",
     "syntax", "elab",
     "elab_rules", "infix", "infixl", "infixr", "prefix", "postfix", "declare_syntax_cat"}
)
_MODULE_NAME = re.compile(r"[^\W\d][\w'!?.]*|«[^»]*»(?:\.[\w'!?«»]+)*")
_IN_PREFIXES = frozenset({"universe", "universes", "attribute", "suppress_compilation",
                          "unseal", "seal"})
"""Commands that may prefix another with ``… in``, handled here only for that."""
_IN = re.compile(r"(?<![\w.'])in(?![\w'])")
EXAMPLE_COMMANDS = ("theorem", "lemma", "def", "structure", "namespace", "end", "open")


@dataclass(frozen=True, slots=True)
class Inclusion:
    """What ``include``/``omit`` say about the section variables (Lean ≥ 4.11): ``include``d
    names, ``omit``ted names, and ``omit``ted instance binders (their types, printed)."""

    include: tuple[str, ...] = ()
    omit: tuple[str, ...] = ()
    omit_instances: tuple[str, ...] = ()

    def __add__(self, other: Inclusion) -> Inclusion:
        return Inclusion(self.include + other.include, self.omit + other.omit,
                         self.omit_instances + other.omit_instances)


@dataclass(slots=True)
class _Scope:
    kind: str
    name: str
    opens: list[str] = field(default_factory=list)
    variables: list[syntax.Binder] = field(default_factory=list)
    included: Inclusion = field(default_factory=Inclusion)
    options: list[tuple[str, str]] = field(default_factory=list)
    notations: list[notation.Notation] = field(default_factory=list)


class _Walker:
    """Walks the commands of one file, keeping Lean's scope state."""

    def __init__(self, src: Source, imported: tuple[notation.Notation, ...] = (),
                 defer: bool = False) -> None:
        self.src = src
        self.defer = defer  # theorem statements read later (``Deferred``)
        self.deferred: list[Deferred] = []
        self.chunk_has_problem = False
        self.chunk_start = 0
        self.imported = imported  # non-local notations of the files this one imports
        self.scoped: list[notation.Notation] = []  # this file's `scoped notation`s
        self.exported: list[notation.Notation] = []
        self.scopes: list[_Scope] = [_Scope("file", "")]
        self.decls: list[syntax.Decl] = []
        self._names: set[str] = set()  # names of self.decls[:_names_seen] (declared_here)
        self._names_seen = 0
        self.commands: list[syntax.Command] = []  # #eval/#check (and #guard_msgs) commands
        self.pending_guard: tuple[str, str | None] | None = None
        self.imports: list[syntax.Import] = []
        self.errors: list[ParseError] = []
        self.pending_opens: tuple[str, ...] = ()
        self.pending_variables: tuple[syntax.Binder, ...] = ()  # `variable … in`
        self.pending_inclusion = Inclusion()  # `include h in`, `omit h in`
        self.pending_options: tuple[tuple[str, str], ...] = ()  # `set_option … in`
        self.docs = docs_by_start(src)

    # ------------------------------------------------------------------ state

    @property
    def namespace(self) -> str:
        return ".".join(s.name for s in self.scopes if s.kind == "namespace")

    def opens(self) -> tuple[str, ...]:
        return tuple(o for s in self.scopes for o in s.opens) + self.pending_opens

    def error(self, offset: int, message: str, expected: tuple[str, ...] = (),
              name: str | None = None) -> None:
        self.errors.append(_parse_error(self.src, offset, message, expected, name))

    def region_error(self, err: RegionError, name: str | None) -> None:
        self.errors.append(_region_parse_error(self.src, err, name))

    # ------------------------------------------------------------------ commands

    def run(self) -> None:
        problems = sorted(self.src.problems, key=lambda p: p.offset)
        for problem in problems:
            self.error(problem.offset, problem.message, problem.expected)
        for chunk in split(self.src):
            before = len(self.errors)
            inside = [p.offset for p in problems if chunk.start <= p.offset < chunk.end]
            self.chunk_has_problem = bool(inside)  # its errors are cut below: never deferred
            self.chunk_start = chunk.start
            self.chunk(chunk)
            if inside:
                # the unterminated comment/string is the error; what it swallowed is not,
                # but an error the command has before it still stands
                cut = self.src.line_col(min(inside))
                self.errors[before:] = [
                    e for e in self.errors[before:] if (e.line, e.column) < cut
                ]

    def chunk(self, chunk: Chunk) -> None:
        """Read one command; any failure becomes an error of this command alone."""
        bad = bad_char(self.src.text, chunk.start, chunk.end)
        if bad is not None:
            self.error(bad[0], bad[1], ("UTF-8 text",))
            return
        active = (self.imported_in_force() + self.in_force(self.scoped)
                  + tuple(n for s in self.scopes for n in s.notations))
        captured = {x for n in active for x in n.late if self.declared_here(x) is not None}
        if captured:  # `def max` after a notation using the library's `max`
            active = tuple(notation.rooted(n, captured) for n in active)
        token = notation.ACTIVE.set(active)
        try:
            self.command(chunk.start, chunk.end, chunk)
        except RegionError as err:
            self.region_error(err, None)
        except RecursionError:
            self.error(chunk.start, "declaration nested too deeply for jepa-formal to read",
                       ("a less deeply nested expression",))
        except Exception as err:  # a reader bug must not hide the rest of the file
            self.error(chunk.start, f"internal error in the reader (a bug, please report it): "
                       f"{type(err).__name__}: {err}", ("a declaration the reader can read",))
        finally:
            notation.ACTIVE.reset(token)

    def command(self, start: int, end: int, chunk: Chunk) -> None:
        src = self.src
        if chunk.word == "?":
            pos = start + len(src.flat[start:end]) - len(src.flat[start:end].lstrip())
            word = src.flat[pos:].split(None, 1)[0] if src.flat[pos:].strip() else ""
            self.error(pos, f"unexpected `{word[:40]}` at the start of a line: expected a "
                       "command", EXAMPLE_COMMANDS)
            return
        head = header(src, start, end, self.docs)
        if head is None:
            self.error(start, "unclosed attribute list `@[`", ("`]`",))
            return
        kw = head.keyword
        pending = self.pending_opens
        pending_variables = self.pending_variables
        pending_inclusion = self.pending_inclusion
        pending_options = self.pending_options
        if kw not in ("open", "set_option", "variable", "include", "omit"):
            self.pending_opens = ()
            self.pending_variables = ()
            self.pending_inclusion = Inclusion()
            self.pending_options = ()
        misplaced = (head.doc and kw not in _DECLS | _NOTATION | {"#guard_msgs"}) or (
            head.attributes and kw not in _DECLS | _NOTATION | {"section", "namespace"}
        )
        if kw == "" or misplaced:
            self.error(start, "doc comment or attribute not followed by a declaration",
                       EXAMPLE_COMMANDS)
            if kw == "":
                return
            head = dataclasses.replace(head, doc=None, attributes=())
        elif kw in _DECLS:
            self.declaration(head, start, end, pending, pending_variables, pending_inclusion,
                             pending_options)
        elif kw == "import":
            self.import_(head, end)
        elif kw == "namespace":
            names = src.flat[head.keyword_end : end].split()
            if len(names) != 1:
                self.error(head.keyword_end, "expected one namespace name after `namespace`",
                           ("identifier",))
                return
            self.scopes.append(_Scope("namespace", names[0]))
        elif kw in ("section", "mutual"):
            names = src.flat[head.keyword_end : end].split()
            self.scopes.append(_Scope(kw, names[0] if names and kw == "section" else ""))
        elif kw == "end":
            self.end(head, end)
        elif kw == "open":
            self.open_(head, end, pending)
        elif kw == "set_option":
            rest = _IN.search(src.flat, head.keyword_end, end)
            words = src.flat[head.keyword_end : rest.start() if rest else end].split()
            option = (words[0], words[1]) if len(words) >= 2 else None
            if rest is None:
                if option is not None:
                    self.scopes[-1].options.append(option)
                return
            self.pending_options = pending_options + ((option,) if option else ())
            self.pending_opens = pending
            self.pending_variables = pending_variables
            self.pending_inclusion = pending_inclusion
            if src.flat[rest.end() : end].strip():
                self.command(rest.end(), end, Chunk(rest.end(), end, "set_option-in"))
        elif kw in ("variable", "variables"):
            self.variable(head, end, pending, pending_variables)
        elif kw == "export":  # `export X (a b)`: the names are reachable here, as if opened
            self.scopes[-1].opens.extend(open_entries(src.flat[head.keyword_end : end]))
        elif kw in ("include", "omit"):
            self.include_omit(kw, head, end, pending, pending_variables, pending_inclusion)
        elif kw in _NOTATION:
            # masked: a comment line after the declaration belongs to its chunk but not to
            # its body (read from the text, the body did not parse and the notation was lost)
            declared = notation.read(src.masked[start:end], parse_term, self.declared_here)
            made = [declared] if declared is not None else notation.refused_keywords(
                kw, src.masked[start:end])
            for one in made:  # `local`: to the end of this section; `scoped`: in its
                local = "local" in head.modifiers  # namespace and where it is opened; else
                scoped = any(m.startswith("scoped") for m in head.modifiers)  # the file's
                named = [m[len("scoped["):-1] for m in head.modifiers
                         if m.startswith("scoped[")]  # `scoped[NS]`: NS's, not ours
                placed = dataclasses.replace(one, namespace=named[0] if named
                                             else self.namespace, opens=self.opens(),
                                             scoped=scoped)
                if scoped:
                    self.scoped.append(placed)
                else:
                    (self.scopes[-1] if local else self.scopes[0]).notations.append(one)
                if not local:
                    self.exported.append(placed)
            line = src.line_col(start)[0]
            short = f"{kw}@{os.path.basename(src.path)}:{line}"
            self.decls.append(syntax.OtherDecl(kind=kw, name=short, short_name=short,
                                            namespace=self.namespace, opens=self.opens(),
                                            modifiers=head.modifiers, text=src.text[
                                                start:end].rstrip(),
                                            span=syntax.Span(src.path, line, 1, line, 1)))
        elif kw in ("#eval", "#check", "#guard_msgs", "#reduce"):
            self.eval_command(head, start, end)
        elif kw == "attribute" and re.match(r"\s*\[[^\]]*\binstance\b",
                                            src.flat[head.keyword_end:end]):
            # `attribute [instance] myMul`: kept, so that an instance made of a definition
            # on a library type can be refused like one declared with `instance`
            line = src.line_col(start)[0]
            short = f"attribute@{os.path.basename(src.path)}:{line}"
            self.decls.append(syntax.OtherDecl(kind="attribute", name=short, short_name=short,
                                               namespace=self.namespace, opens=self.opens(),
                                               text=src.text[start:end].rstrip(),
                                               span=syntax.Span(src.path, line, 1, line, 1)))
        elif kw in _IN_PREFIXES and (found := _IN.search(src.flat, head.keyword_end, end)) \
                and src.flat[found.end():end].strip():
            # `universe u in theorem t …`, `attribute [local simp] f in …`: the command after
            # `in` is read as any other (what the prefix sets changes nothing read here)
            self.command(found.end(), end, Chunk(found.end(), end, f"{kw}-in"))
        # module, universe, #print, other attributes, export, deriving instance, …:
        # commands that declare nothing the checker reads.

    def eval_command(self, head: Header, start: int, end: int) -> None:
        """``#eval e``, ``#check e``, and ``/-- info: 7 -/ #guard_msgs in #eval e``: kept as a
        ``Command`` with its term (jepa-formal eval evaluates them; check tests the guarded
        ones)."""
        src = self.src
        kw, body_start = head.keyword, head.keyword_end
        guarded, expected, expected_kind = False, None, "info"
        pending, self.pending_guard = self.pending_guard, None
        if pending is not None and kw != "#guard_msgs":
            guarded, (expected_kind, expected) = True, pending
        if kw == "#guard_msgs":
            guarded = True
            doc = (head.doc or "").strip()
            m = re.match(r"(info|error|warning)\s*:\s*(.*)\Z", doc, re.S)
            if m:
                expected_kind, expected = m.group(1), m.group(2).strip()
            elif not doc:
                expected = ""
            found = _IN.search(src.flat, body_start, end)
            rest = src.flat[found.end():end] if found is not None else ""
            inner = re.match(r"\s*(#eval|#check|#reduce)\b", rest)
            if found is not None and not rest.strip():
                self.pending_guard = (expected_kind, expected)  # the command is on the next line
                return
            if found is not None and inner is None and rest.strip():
                # `#guard_msgs in theorem t …`: the command it guards is read as any other
                at = found.end() + len(rest) - len(rest.lstrip())
                word = rest.split(None, 1)[0]
                self.command(at, end, Chunk(at, end, word))
                return
            if found is None or inner is None:
                return  # nothing to evaluate
            kw = inner.group(1)
            body_start = found.end() + inner.end()
        text = src.text[body_start:end].strip()
        line, col = src.line_col(start)
        eline, ecol = src.line_col(max(end - 1, start))
        label = "#guard_msgs" if guarded else kw
        short = f"{label}@{os.path.basename(src.path)}:{line}"
        term: syntax.Term | None = None
        error = None
        try:
            term = parse_term(text)
        except Exception as err:  # the command stays, with why its term is not read
            error = str(err).splitlines()[0] if str(err) else type(err).__name__
        self.commands.append(syntax.Command(
            kind=kw, name=short, short_name=short, namespace=self.namespace,
            opens=self.opens(), term=term, text=text, guarded=guarded, expected=expected,
            expected_kind=expected_kind, error=error,
            span=syntax.Span(src.path, line, col, eline, ecol + 1)))

    def import_(self, head: Header, end: int) -> None:
        text = self.src.flat[head.keyword_end : end]
        offset = head.keyword_end
        for match in re.finditer(r"\S+", text):
            word = match.group()
            if word in COMMAND_KEYWORDS or word in MODIFIERS or word.startswith("@["):
                # `import A /- c -/ theorem t …` on one line: the imports end at the
                # keyword, and a command starts there, as Lean reads the header
                at = offset + match.start()
                self.command(at, end, Chunk(at, end, word))
                return
            if not _MODULE_NAME.fullmatch(word):
                self.error(offset + match.start(), f"expected a module name after `import`, "
                           f"found `{word[:40]}`", ("module name",))
                return
            line, col = self.src.line_col(offset + match.start())
            span = syntax.Span(self.src.path, line, col, line, col + len(match.group()))
            self.imports.append(syntax.Import(match.group(), public="public" in head.modifiers,
                                           span=span))

    def end(self, head: Header, end: int) -> None:
        names = self.src.flat[head.keyword_end : end].split()
        name = names[0] if names else ""
        if len(self.scopes) == 1:
            self.error(head.keyword_start, "`end` without an open namespace or section",
                       ("namespace", "section"))
            return
        top = self.scopes[-1]
        if top.name != name:
            want = f"`end {top.name}`" if top.name else "`end`"
            self.error(head.keyword_start, f"invalid `end`: the open {top.kind} needs {want}",
                       (want,))
            return
        self.scopes.pop()

    def open_(self, head: Header, end: int, pending: tuple[str, ...]) -> None:
        flat = self.src.flat
        found = _IN.search(flat, head.keyword_end, end)
        words_end = found.start() if found else end
        names = open_entries(flat[head.keyword_end : words_end])
        if found is None:
            self.scopes[-1].opens.extend(names)
            self.pending_opens = pending
            return
        self.pending_opens = pending + tuple(names)
        if flat[found.end() : end].strip():
            self.command(found.end(), end, Chunk(found.end(), end, "open-in"))

    def variable(self, head: Header, end: int, pending: tuple[str, ...],
                 pending_variables: tuple[syntax.Binder, ...]) -> None:
        found = _IN.search(self.src.flat, head.keyword_end, end)
        stop = end if found is None else found.start()
        region = _region(self.src, head.keyword_end, stop)
        text, line_offset = region.text()
        parsed = parse_region(text, "variable_decl", path=self.src.path,
                              line_offset=line_offset, tactics=region.tactics)
        if found is None:
            self.scopes[-1].variables.extend(parsed.binders)
            return
        # `variable (n : ℕ) in` : for the next command only
        self.pending_opens = pending
        self.pending_variables = pending_variables + parsed.binders
        if self.src.flat[found.end() : end].strip():
            self.command(found.end(), end, Chunk(found.end(), end, "variable-in"))

    def include_omit(self, kw: str, head: Header, end: int, pending: tuple[str, ...],
                     pending_variables: tuple[syntax.Binder, ...],
                     pending_inclusion: Inclusion) -> None:
        """``include h₁ h₂`` / ``omit h [C α]``, section-wide or (``… in``) for the next
        command only."""
        found = _IN.search(self.src.flat, head.keyword_end, end)
        stop = end if found is None else found.start()
        names: list[str] = []
        instances: list[str] = []
        text = self.src.flat[head.keyword_end : stop]
        for match in re.finditer(r"\[([^\]]*)\]|[^\s\[\]]+", text):
            if match.group(1) is not None:
                instances.append(_instance_key(match.group(1), self.src.path))
            else:
                names.append(match.group())
        if kw == "include":
            change = Inclusion(include=tuple(names))
        else:
            change = Inclusion(omit=tuple(names), omit_instances=tuple(instances))
        if found is None:
            scope = self.scopes[-1]
            scope.included = scope.included + change
            return
        self.pending_opens = pending
        self.pending_variables = pending_variables
        self.pending_inclusion = pending_inclusion + change
        if self.src.flat[found.end() : end].strip():
            self.command(found.end(), end, Chunk(found.end(), end, f"{kw}-in"))

    def inclusion(self, pending: Inclusion) -> Inclusion:
        """The ``include``/``omit`` in force: every open scope's, then ``… in``'s."""
        out = Inclusion()
        for scope in self.scopes:
            out = out + scope.included
        return out + pending

    def declared_here(self, name: str) -> str | None:
        """The full name of the declaration of this file that ``name`` means here (the
        namespace in force and its parents, innermost first, then the root), if any."""
        if self._names_seen != len(self.decls):  # the declarations only ever grow
            self._names.update(d.name for d in self.decls[self._names_seen:])
            self._names_seen = len(self.decls)
        names = self._names
        parts = self.namespace.split(".") if self.namespace else []
        for k in range(len(parts), -1, -1):
            full = ".".join([*parts[:k], name])
            if full in names:
                return full
        return None

    def imported_in_force(self) -> tuple[notation.Notation, ...]:
        """The imported notations in force here (``in_force``)."""
        return self.in_force(self.imported)

    def in_force(self, notations: tuple[notation.Notation, ...] | list[notation.Notation]
                 ) -> tuple[notation.Notation, ...]:
        """Those of ``notations`` in force here: every non-scoped one, and a ``scoped`` one
        inside its namespace or where that namespace is opened (``open NS``,
        ``open scoped NS``), in this file as in the files importing it."""
        if not any(n.scoped for n in notations):
            return tuple(notations)
        here = self.namespace
        opened = [open_spec(o).namespace for o in self.opens()]

        def active(n: notation.Notation) -> bool:
            ns = n.namespace
            return (not n.scoped or here == ns or here.startswith(ns + ".")
                    or any(ns == o or ns.endswith("." + o) for o in opened))

        return tuple(n for n in notations if active(n))

    def borrowed_opens(self, start: int, end: int) -> tuple[str, ...]:
        """The namespaces (and opens) of the imported notations this declaration uses: their
        bodies were written there, so their names resolve there (Lean elaborates a notation's
        body where it was declared). Opening them can only add a candidate, and two
        candidates are refused as ambiguous, never picked."""
        text = self.src.text[start:end]
        out: list[str] = []
        for n in self.imported_in_force():
            if notation.expand(text, (n,)) != text:
                out.extend(_namespace_prefixes(n.namespace))
                out.extend(n.opens)
        return tuple(dict.fromkeys(o for o in out if o))

    def declaration(self, head: Header, start: int, end: int, pending: tuple[str, ...],
                    pending_variables: tuple[syntax.Binder, ...] = (),
                    pending_inclusion: Inclusion | None = None,
                    pending_options: tuple[tuple[str, str], ...] = ()) -> None:
        ctx = Context(self.src.path, self.namespace, self.opens() + pending)
        if self.defer and not self.chunk_has_problem:
            name = _deferrable_name(self.src, head, start, end, ctx)
            if name is not None:
                scope = self.scope_of(start, end, pending_variables, pending_inclusion,
                                      pending_options)
                self.deferred.append(Deferred(
                    name, name_span(self.src, head, end), len(self.decls), self.src, head,
                    start, end, ctx, scope, notation.ACTIVE.get(), self.chunk_start))
                return
        try:
            decls = read_decl(self.src, head, start, end, ctx)
        except RegionError as err:
            self.region_error(err, written_name(self.src, head, end))
            return
        scope = self.scope_of(start, end, pending_variables, pending_inclusion, pending_options)
        self.decls.extend(scope.apply(decls))

    def scope_of(self, start: int, end: int, pending_variables: tuple[syntax.Binder, ...],
                 pending_inclusion: Inclusion | None,
                 pending_options: tuple[tuple[str, str], ...]) -> _DeclScope:
        """What the scopes in force add to the declaration at ``start…end``."""
        return _DeclScope(
            variables=(*(b for s in self.scopes for b in s.variables), *pending_variables),
            inclusion=self.inclusion(pending_inclusion or Inclusion()),
            options=tuple(o for s in self.scopes for o in s.options) + pending_options,
            borrowed=self.borrowed_opens(start, end),
        )


@dataclass(frozen=True, slots=True)
class _DeclScope:
    """What the scopes around a declaration add to it: the section variables in force (the
    declaration keeps those it uses), ``include``/``omit``, ``set_option``s, and the opens
    borrowed from the imported notations it uses."""

    variables: tuple[syntax.Binder, ...]
    inclusion: Inclusion
    options: tuple[tuple[str, str], ...]
    borrowed: tuple[str, ...]

    def apply(self, decls: list[syntax.Decl]) -> list[syntax.Decl]:
        out = []
        for decl in decls:
            if self.borrowed:
                decl = dataclasses.replace(decl, opens=decl.opens + self.borrowed)
            if self.options:
                decl = dataclasses.replace(decl, options=self.options)
            if self.variables:
                used = section_binders(decl, list(self.variables), self.inclusion)
                if used:
                    decl = dataclasses.replace(decl, section_binders=used)
            out.append(decl)
        return out


_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_']*(?:\.[A-Za-z_][A-Za-z0-9_']*)*")
_THEOREM_KINDS = frozenset({"theorem", "lemma", "example"})


def _deferrable_name(src: Source, head: Header, start: int, end: int, ctx: Context
                     ) -> str | None:
    """The full name a theorem command will have once read, when it is certain without
    parsing: an ``example`` (named by its line), or a plain ASCII name (no «», no universe
    arguments, no keyword) followed by a space, a bracket or a colon. None: read it now."""
    if head.keyword not in _THEOREM_KINDS:
        return None
    if head.keyword == "example":
        return f"example@{os.path.basename(src.path)}:{src.line_col(start)[0]}"  # read_decl's
    flat = src.flat
    pos = head.keyword_end
    while pos < end and flat[pos] in " \t":
        pos += 1
    match = _PLAIN_NAME.match(flat, pos, end)
    if match is None or match.end() >= end or flat[match.end()] not in " \t\n({[⦃:":
        return None
    short = match.group()
    if short in _keywords() or short.startswith("_root_"):
        return None
    return full_name(ctx.namespace, short)


@functools.cache
def _keywords() -> frozenset[str]:
    """The grammar's word-like keywords (``by``, ``fun``…): never read as a name."""
    from jepa_formal.reader.parser import lark_parser

    return frozenset(lark_parser().lexer_conf.postlex.keywords)  # type: ignore[union-attr]


class Deferred:
    """A theorem command whose statement is read on first use (``force``), not with its file.

    Why: a check with ``--jobs`` forks its workers after loading; statements read by the
    workers (each its own share, in parallel) instead of all by the parent before forking
    shorten the serial part of the run (~0.25 s of 400 theorems). What a theorem needs from
    its file is captured here when the walk passes it (namespace, opens, section variables,
    options, the notations in force), so ``force`` gives exactly the declarations and errors
    the walk would have; the name is known before (``_deferrable_name``) for ``-k`` and
    reports. ``index`` is where its declarations stand among the module's ``decls``."""

    __slots__ = ("_result", "chunk_start", "ctx", "end", "head", "index", "name", "name_span",
                 "notations", "scope", "src", "start")

    def __init__(self, name: str, name_span: syntax.Span, index: int, src: Source,
                 head: Header, start: int, end: int, ctx: Context, scope: _DeclScope,
                 notations: tuple[notation.Notation, ...], chunk_start: int) -> None:
        self.name = name
        self.chunk_start = chunk_start  # where ``_Walker.chunk`` places a reader failure
        self.name_span = name_span
        self.index = index
        self.src, self.head, self.start, self.end = src, head, start, end
        self.ctx, self.scope, self.notations = ctx, scope, notations
        self._result: tuple[tuple[syntax.Decl, ...], tuple[ParseError, ...]] | None = None

    def force(self) -> tuple[tuple[syntax.Decl, ...], tuple[ParseError, ...]]:
        """The declarations and the parse errors of the command (read once), as the walk
        gives them (``_Walker.declaration`` and ``_Walker.chunk``)."""
        if self._result is None:
            src, head = self.src, self.head
            decls: list[syntax.Decl] = []
            errors: list[ParseError] = []
            token = notation.ACTIVE.set(self.notations)
            try:
                try:
                    decls = self.scope.apply(read_decl(src, head, self.start, self.end, self.ctx))
                except RegionError as err:
                    errors.append(_region_parse_error(
                        src, err, written_name(src, head, self.end)))
            except RegionError as err:
                errors.append(_region_parse_error(src, err, None))
            except RecursionError:
                errors.append(_parse_error(
                    src, self.chunk_start, "declaration nested too deeply for jepa-formal to "
                    "read", ("a less deeply nested expression",)))
            except Exception as err:
                errors.append(_parse_error(
                    src, self.chunk_start, f"internal error in the reader (a bug, please "
                    f"report it): {type(err).__name__}: {err}",
                    ("a declaration the reader can read",)))
            finally:
                notation.ACTIVE.reset(token)
            self._result = (() if errors else tuple(decls)), tuple(errors)
        return self._result


def with_deferred(module: syntax.Module) -> list[syntax.Decl | Deferred]:
    """The module's declarations with its deferred theorems in place (source order)."""
    if not module.deferred:
        return list(module.decls)
    out: list[syntax.Decl | Deferred] = []
    pending: list[Deferred] = list(module.deferred)  # type: ignore[arg-type]
    k = 0
    for i, decl in enumerate((*module.decls, None)):
        while k < len(pending) and pending[k].index == i:
            out.append(pending[k])
            k += 1
        if decl is not None:
            out.append(decl)
    return out


def _parse_error(src: Source, offset: int, message: str, expected: tuple[str, ...] = (),
                 name: str | None = None) -> ParseError:
    line, col = src.line_col(offset)
    return ParseError(src.path, line, col, message, src.line_text(line), expected, name)


def _region_parse_error(src: Source, err: RegionError, name: str | None) -> ParseError:
    return ParseError(src.path, err.line, err.column, err.message, src.line_text(err.line),
                      err.expected, name)


def _namespace_prefixes(namespace: str) -> tuple[str, ...]:
    parts = namespace.split(".") if namespace else []
    return tuple(".".join(parts[:k]) for k in range(len(parts), 0, -1))


def _region(src: Source, start: int, end: int) -> Region:
    region = region_for(src, start, end)
    region.blank_tactics()
    return region


# ---------------------------------------------------------------------- section variables


def _decl_parts(decl: syntax.Decl) -> list[object]:
    parts: list[object] = [decl.binders]
    if isinstance(decl, syntax.Theorem):
        parts.append(decl.statement)
    elif isinstance(decl, syntax.Definition):
        parts += [decl.type, decl.body, decl.equations, decl.where_fields]
    elif isinstance(decl, syntax.Instance):
        parts += [decl.type, decl.body]
    elif isinstance(decl, syntax.Structure):
        parts += [decl.fields, decl.extends]
    return parts


def _instance_key(text: str, path: str = "<omit>") -> str:
    """An instance binder's type printed canonically (``omit [DecidableEq α]`` matches the
    ``variable [DecidableEq  α]`` it names, whatever the spacing)."""
    body = text.split(":", 1)[1] if re.match(r"\s*[^\s:()]+\s*:(?!=)", text) else text
    try:
        return print_term(parse_term(body))
    except ParseError:
        return " ".join(body.split())


def section_binders(decl: syntax.Decl, variables: list[syntax.Binder],
                    inclusion: Inclusion | None = None) -> tuple[syntax.Binder, ...]:
    """The ``variable`` binders ``decl`` receives, in order, with unused names dropped.

    Lean's rules (≥ 4.11): a named variable is received when the declaration's statement
    mentions it (a theorem's proof does not count; a definition's body does), when it is
    ``include``d, or when a received variable's type mentions it; an instance binder
    ``[Add α]`` comes along when every variable its type mentions is received, unless
    ``omit``ted. A hypothesis ``(hn : 0 < n)`` is not received because ``n`` is.
    """
    inclusion = inclusion or Inclusion()
    own = {n for b in decl.binders for n in b.names}
    needed = (free_names(*_decl_parts(decl)) | set(inclusion.include)) - own
    needed -= set(inclusion.omit) - free_names(*_decl_parts(decl))
    all_names = {n for b in variables for n in b.names}
    keep: list[tuple[str, ...] | None] = [None] * len(variables)
    for i in range(len(variables) - 1, -1, -1):
        binder = variables[i]
        if binder.kind is syntax.BinderKind.INSTANCE:
            continue
        names = tuple(n for n in binder.names if n in needed)
        if names:
            keep[i] = names
            needed |= mentioned_names(binder.type, binder.default) - own
    chosen = {n for names in keep if names for n in names}
    omitted = set(inclusion.omit_instances)
    for i, binder in enumerate(variables):
        if binder.kind is syntax.BinderKind.INSTANCE:
            deps = mentioned_names(binder.type) & all_names
            named_out = any(n in inclusion.omit for n in binder.names)
            if binder.type is not None and omitted and _printed(binder.type) in omitted:
                named_out = True
            if deps and deps <= chosen and not named_out:
                keep[i] = binder.names
    out = []
    for binder, names in zip(variables, keep, strict=True):
        if names is None:
            continue
        out.append(binder if names == binder.names else dataclasses.replace(binder, names=names))
    return tuple(out)


def _printed(term: syntax.Term) -> str:
    return print_term(term)


# ---------------------------------------------------------------------- public entry points


def parse_text(text: str, path: str = "<string>",
               imported: tuple[notation.Notation, ...] | None = None,
               defer: bool = False) -> Module:
    """Read a Lean file's text. Never raises: unreadable declarations are in ``errors``.

    ``defer``: theorem commands whose name is certain without parsing are not read now but
    kept in ``deferred`` (see ``Deferred``; their declarations and errors come from
    ``Deferred.force``, and are in neither ``decls`` nor ``errors``).

    Decisions worth knowing: an empty (or whitespace-only) file gives one error, "file is
    empty", because pointing the checker at one is almost always a mistake; a file with only
    comments or namespaces is fine and has no declarations. Characters that are not valid
    UTF-8 (or binary bytes) make an error of the command they are in, not of the file.
    """
    src = scan(text, path)
    walker = _Walker(src, imported or (), defer)
    if not text.strip():
        walker.error(0, "file is empty: there are no declarations to read",
                     ("a Lean declaration (theorem, def, …)",))
    else:
        walker.run()
    return syntax.Module(
        path=path,
        module_name=None,
        imports=tuple(walker.imports),
        decls=tuple(walker.decls),
        errors=tuple(sorted(walker.errors, key=lambda e: (e.line, e.column))),
        commands=tuple(walker.commands),
        docstrings=tuple(d.text for d in src.docs if d.module_doc),
        notations=tuple(walker.exported),
        imported_notations=imported is not None,
        deferred=tuple(walker.deferred),
    )


def parse_file(path: str, imported: tuple[notation.Notation, ...] | None = None,
               defer: bool = False) -> Module:
    """Read a ``.lean`` file. Never raises: unreadable input gives errors in the module.

    Files over ``MAX_FILE_BYTES`` (4 MB) are refused with one error without being read."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        return _error_module(path, f"cannot read file: {err.strerror or err}",
                             ("a readable .lean file",))
    if len(data) > MAX_FILE_BYTES:
        return _error_module(
            path, f"file is too large: more than {MAX_FILE_BYTES // (1024 * 1024)} MB "
            "(jepa-formal reads spec files; split the file or point it at the parts you need)",
            (f"a file under {MAX_FILE_BYTES // (1024 * 1024)} MB",))
    nuls = data[:1024].count(0)
    if nuls >= 2:  # a binary file: one line, never its bytes (they would garble a terminal);
        # a single stray NUL in a text file is reported where it stands, like other bad bytes
        return _error_module(
            path, f"not a text file: {nuls} NUL byte{'s' if nuls != 1 else ''} in the first 1 KB",
            ())
    return parse_text(decode(data), path, imported, defer)


def _error_module(path: str, message: str, expected: tuple[str, ...]) -> syntax.Module:
    return syntax.Module(path=path, module_name=None, imports=(), decls=(),
                      errors=(ParseError(path, 1, 1, message, expected=expected),))


def parse_term(text: str) -> syntax.Term:
    """Read one term (``(xs ++ ys).sum``). Raises ``ParseError``."""
    path = "<term>"
    src = scan(text, path)
    problem = src.problems[0] if src.problems else None
    bad = bad_char(text)
    if problem is not None or bad is not None:
        offset, message = (problem.offset, problem.message) if problem else bad  # type: ignore[misc]
        line, col = src.line_col(offset)
        raise ParseError(path, line, col, message, src.line_text(line), ("UTF-8 text",))
    try:
        region = _region(src, 0, len(text))
        return parse_region(region.text()[0], "term", path=path, tactics=region.tactics)
    except RegionError as err:
        raise ParseError(path, err.line, err.column, err.message, src.line_text(err.line),
                         err.expected) from None


def parse_decl(text: str, path: str = "<decl>") -> syntax.Decl:
    """Read one declaration (the first of ``text``). Raises ``ParseError``."""
    module = parse_text(text, path)
    if module.errors:
        raise module.errors[0]  # type: ignore[misc]
    if not module.decls:
        raise ParseError(path, 1, 1, "no declaration found", expected=EXAMPLE_COMMANDS)
    return module.decls[0]


Module = syntax.Module
