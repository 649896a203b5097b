"""The environment: every definition and structure of a project, elaborated lazily and once.

Why lazily: a spec file may contain a definition the mirror cannot model; that must make only
the laws *using* it unsupported, not the whole file. Each definition is elaborated the first
time a law (or another definition) needs it, and the result (or the ``Unsupported`` error) is
cached, so nothing is elaborated twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    DefCall,
    DefInfo,
    Law,
    StructInfo,
    subterms,
)
from jepa_formal.reader import syntax
from jepa_formal.reader.captures import close_where_helpers
from jepa_formal.reader.opens import open_spec

_BUSY = object()
"""Marks a definition whose signature is being elaborated (a recursive one without types)."""


@dataclass(frozen=True, slots=True, eq=False)
class Env:
    """Definitions and structures by full name, with caches of their elaborations (and of the
    theorems' laws). Compared and hashed by identity.

    ``concrete_cache`` belongs to ``concrete.py`` (compiled definitions); the other caches to
    the elaborator. Build with ``Env.from_project`` (or ``Env.from_decls`` in tests).
    """

    project: Any
    decls: dict[str, syntax.Decl]
    theorems: tuple[syntax.Theorem, ...] = ()
    _parts: dict[str, Any] = field(default_factory=dict, repr=False)
    _defs: dict[str, DefInfo | Unsupported] = field(default_factory=dict, repr=False)
    _raw: dict[str, DefInfo | Unsupported] = field(default_factory=dict, repr=False)
    _structs: dict[str, StructInfo | Unsupported] = field(default_factory=dict, repr=False)
    concrete_cache: dict[str, Any] = field(default_factory=dict, repr=False)
    derived: dict[str, Any] = field(default_factory=dict, repr=False)
    """Facts read once from all the declarations (``"library instances"``: the specs'
    instances on library types, ``elaborate.decls.refuse_library_instances``)."""
    _laws: dict[int, Law | Unsupported] = field(default_factory=dict, repr=False)
    building_inductives: set[str] = field(default_factory=set, repr=False)
    """Inductives whose constructors are being elaborated (their own name in a field type
    is read from the header alone)."""

    @classmethod
    def from_project(cls, project: Any) -> Env:
        """The environment of a loaded ``reader.Project`` (its modules in order)."""
        env = cls.from_decls(_project_decls(project), project)
        theorems = [
            t for m in getattr(project, "modules", ()) for d in m.decls for t in _with_where(d)
            if isinstance(t, syntax.Theorem)
        ]
        return cls(project, env.decls, tuple(theorems))

    @classmethod
    def from_decls(cls, decls: Iterable[syntax.Decl], project: Any = None) -> Env:
        """The environment of some declarations (later ones shadow earlier ones)."""
        table: dict[str, syntax.Decl] = {}
        theorems: list[syntax.Theorem] = []
        helpers: set[int] = set()  # a `where` helper is also listed after its declaration
        for d in decls:
            if id(d) in helpers:
                continue
            helpers.update(id(w) for w in _where_decls(d))
            for sub in _with_where(d):
                if isinstance(sub, syntax.Theorem):
                    theorems.append(sub)
                elif sub.name:
                    table[sub.name] = sub
        return cls(project, table, tuple(theorems))

    # --- names ----------------------------------------------------------------------------

    def resolve(self, name: str, decl: syntax.Decl | None = None) -> str | None:
        """The full name ``name`` refers to from inside ``decl`` (Lean's namespace rules)."""
        if self.project is not None and hasattr(self.project, "resolve") and decl is not None:
            try:
                found = self.project.resolve(name, decl)
            except Exception:  # a resolver failure must not hide our own lookup
                found = None
            if found is not None and getattr(found, "name", None) in self.decls:
                return str(found.name)
        if name.startswith("_root_."):
            name = name[len("_root_."):]
            return name if name in self.decls else None
        for ns in _namespaces(decl, name):
            full = f"{ns}.{name}" if ns else name
            if full in self.decls:
                return full
        return None

    def kind(self, full: str) -> str:
        """``definition``, ``alias`` (a type abbreviation), ``structure``, or another kind."""
        d = self.decls.get(full)
        if isinstance(d, syntax.Definition):
            if isinstance(d.type, syntax.Sort) and d.type.text == "Prop":
                return "definition"  # a predicate: its value is a proposition
            if isinstance(d.type, syntax.Sort) or (d.type is None and _looks_like_type(d.body)):
                return "alias"
            return "definition"
        if isinstance(d, syntax.Structure):
            return "structure"
        if d is None:
            return "unknown"
        if _is_inductive(d):
            return "inductive"
        return getattr(d, "kind", type(d).__name__).lower()

    # --- definitions ----------------------------------------------------------------------

    def _def_parts(self, full: str) -> Any:
        from jepa_formal.mirror.elaborate.decls import definition_parts

        cached = self._parts.get(full)
        if isinstance(cached, Unsupported):
            raise cached
        if cached is _BUSY:  # its signature needs its body, whose elaboration needs it
            raise Unsupported(f"definition {full} calls itself", reason="the types of a "
                              "recursive definition (result and binders) must be written out")
        if cached is None:
            d = self.decls.get(full)
            if not isinstance(d, syntax.Definition):
                raise Unsupported(f"definition {full}", reason="not found")
            self._parts[full] = _BUSY
            try:
                cached = definition_parts(d, self)
            except Unsupported as err:
                self._parts[full] = err
                raise
            except BaseException:
                self._parts.pop(full, None)
                raise
            self._parts[full] = cached
        return cached

    def signature(self, full: str) -> Any:
        """The elaborator's view of a definition's parameters and result type."""
        return self._def_parts(full).sig()

    def definition(self, full: str) -> DefInfo:
        """The elaborated definition ``full`` (raises its ``Unsupported`` when not modelled).

        ``recursive`` is set when the definition can reach itself through the definitions it
        calls (mutual recursion included), so that no interpreter unfolds it blindly.
        """
        cached = self._defs.get(full)
        if isinstance(cached, Unsupported):
            raise cached
        if cached is not None:
            return cached
        try:
            info = self._raw_definition(full)
            if not info.recursive and full in self._reachable(full):
                info = replace(info, recursive=True)
        except Unsupported as err:
            self._defs[full] = err
            raise
        self._defs[full] = info
        return info

    def _raw_definition(self, full: str) -> DefInfo:
        """The definition as elaborated, before the call graph is looked at."""
        from jepa_formal.mirror.elaborate.decls import definition_info

        cached = self._raw.get(full)
        if isinstance(cached, Unsupported):
            raise cached
        if cached is not None:
            return cached
        try:
            info = definition_info(self._def_parts(full), self)
        except Unsupported as err:
            self._raw[full] = err
            raise
        except RecursionError:
            err = Unsupported(f"definition {full}", reason="its body is nested too deeply")
            self._raw[full] = err
            raise err from None
        self._raw[full] = info
        return info

    def _reachable(self, full: str) -> set[str]:
        """Definitions called, directly or not, by ``full``."""
        seen: set[str] = set()
        stack = list(_called(self._raw_definition(full)))
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            stack.extend(_called(self._raw_definition(name)))
        return seen

    def definitions(self) -> list[str]:
        """Full names of every ``def``/``abbrev`` (type abbreviations excluded)."""
        return [n for n in self.decls if self.kind(n) == "definition"]

    def alias(self, full: str) -> syntax.Definition:
        d = self.decls[full]
        assert isinstance(d, syntax.Definition)
        return d

    # --- inductive types ------------------------------------------------------------------

    def inductive(self, full: str) -> Any:
        """The ``InductiveInfo`` of the inductive type ``full`` (raises its ``Unsupported``)."""
        from jepa_formal.mirror.elaborate.inductives import inductive_info

        cached = self._structs.get("inductive:" + full)
        if isinstance(cached, Unsupported):
            raise cached
        if cached is not None:
            return cached
        d = self.decls.get(full)
        if not _is_inductive(d):
            raise Unsupported(f"inductive {full}", reason="not found")
        try:
            info = inductive_info(d, self)  # type: ignore[arg-type]
        except Unsupported as err:
            self._structs["inductive:" + full] = err
            raise
        self._structs["inductive:" + full] = info
        return info

    def constructor(self, name: str, decl: syntax.Decl | None = None
                    ) -> tuple[str, str] | None:
        """``(inductive, constructor)`` full names for a constructor written ``Shape.dim`` or,
        inside the namespace ``Shape``, ``dim`` (None when ``name`` is not one)."""
        if "." in name:
            prefix, short = name.rsplit(".", 1)
            candidates = [self.resolve(prefix, decl)]
        else:
            short = name
            candidates = [ns for ns in _namespaces(decl, short) if ns]
        for ind in candidates:
            if ind is not None and self.kind(ind) == "inductive":
                full = f"{ind}.{short}"
                try:
                    info = self.inductive(ind)
                except Unsupported:
                    return None
                if any(c == full for c, _ in info.ctors):
                    return ind, full
        return None

    # --- user instances -------------------------------------------------------------------

    def instance_fn(self, struct: str, cls: str, field: str) -> tuple[syntax.Term, Any] | None:
        """The function a user ``instance : Add V := ⟨f⟩`` (or ``where add a b := …``) gives
        the structure ``struct``, with the instance declaration (None when there is none)."""
        for d in self.decls.values():
            if not isinstance(d, syntax.Instance) or not isinstance(d.type, syntax.App):
                continue
            head, args = d.type.fn, d.type.args
            if not (isinstance(head, syntax.Ident) and head.name.rsplit(".", 1)[-1] == cls
                    and len(args) == 1 and isinstance(args[0], syntax.Ident)
                    and self.resolve(args[0].name, d) == struct):
                continue
            body = d.body
            if isinstance(body, syntax.AnonCtor) and len(body.elems) == 1:
                return body.elems[0], d
            if isinstance(body, syntax.StructInst) and body.base is None:
                for f in body.fields:
                    if f.name == field:
                        return f.value, d
        return None

    # --- structures -----------------------------------------------------------------------

    def structure(self, full: str) -> StructInfo:
        """The elaborated structure ``full``."""
        from jepa_formal.mirror.elaborate.decls import structure_info

        cached = self._structs.get(full)
        if isinstance(cached, Unsupported):
            raise cached
        if cached is not None:
            return cached
        d = self.decls.get(full)
        if not isinstance(d, syntax.Structure):
            raise Unsupported(f"structure {full}", reason="not found")
        try:
            info = structure_info(d, self)
        except Unsupported as err:
            self._structs[full] = err
            raise
        self._structs[full] = info
        return info

    def structure_ctor(self, full: str) -> str:
        d = self.decls[full]
        return getattr(d, "ctor", None) or "mk"

    def structure_with_fields(self, names: set[str]) -> str | None:
        """The one structure whose fields include ``names`` (for ``{ x := … }`` without a
        known type), or None when there is none or more than one."""
        found = []
        for n, d in self.decls.items():
            if isinstance(d, syntax.Structure) and names <= {f.name for f in d.fields}:
                found.append(n)
        return found[0] if len(found) == 1 else None

    # --- laws -----------------------------------------------------------------------------

    def laws(self) -> list[tuple[syntax.Theorem, Law | Unsupported]]:
        """Every theorem of the project with its law, or why it is not modelled."""
        from jepa_formal.mirror.elaborate.decls import theorem_law

        out: list[tuple[syntax.Theorem, Law | Unsupported]] = []
        for i, thm in enumerate(self.theorems):
            if i not in self._laws:
                try:
                    self._laws[i] = theorem_law(thm, self)
                except Unsupported as err:
                    self._laws[i] = err
            out.append((thm, self._laws[i]))
        return out


_TYPE_HEADS = frozenset({"List", "Array", "Fin", "Option", "Finset", "Prod", "Subtype",
                         "Matrix"})
_TYPE_NAMES = frozenset({"ℕ", "Nat", "ℤ", "Int", "ℝ", "Real", "ℚ", "Rat", "Float", "Bool",
                         "Prop", "Unit", "String"})


def _looks_like_type(body: syntax.Term | None) -> bool:
    """Whether an ``abbrev`` without a declared type abbreviates a type (``Fin n → Bool``)."""
    if isinstance(body, syntax.Sort):
        return True
    if isinstance(body, syntax.Ident):
        return body.name in _TYPE_NAMES
    if isinstance(body, syntax.App) and isinstance(body.fn, syntax.Ident):
        return body.fn.name in _TYPE_HEADS
    if isinstance(body, syntax.BinOp) and body.op in ("→", "×"):
        return _looks_like_type(body.lhs) or _looks_like_type(body.rhs)
    return False


def _is_inductive(d: Any) -> bool:
    from jepa_formal.mirror.elaborate.inductives import is_inductive

    return is_inductive(d)


def _called(node: Any) -> set[str]:
    """Names of the definitions a core expression (or DefInfo) calls."""
    return {e.name for e in subterms(node) if isinstance(e, DefCall)}


def _project_decls(project: Any) -> list[syntax.Decl]:
    decls: list[syntax.Decl] = []
    modules = list(getattr(project, "modules", ()))
    for m in reversed(modules):  # requested files come first; imports must not shadow them
        decls.extend(m.decls)
    return decls


def _where_decls(d: syntax.Decl) -> list[syntax.Decl]:
    """Every ``where`` helper of ``d``, nested ones included, as the reader wrote them."""
    out: list[syntax.Decl] = []
    for w in getattr(d, "where_decls", ()) or ():
        out += [w, *_where_decls(w)]
    return out


def _with_where(d: syntax.Decl) -> list[syntax.Decl]:
    """``d`` and its ``where`` helpers, with the parameters a helper captures from ``d``
    made explicit (``reader/captures.py``): the environment only knows closed definitions."""
    if not isinstance(d, syntax.Definition) or not d.where_decls:
        return [d]
    main, *closed = close_where_helpers(d)
    out: list[syntax.Decl] = [main]
    for w in closed:
        out.extend(_with_where(w))
    return out


def _namespaces(decl: syntax.Decl | None, short: str | None = None) -> list[str]:
    """Namespace prefixes to try, innermost first, then opens, then the root. An ``open X``
    inside ``namespace A.B`` may mean ``A.B.X``, ``A.X`` or ``X`` (Lean resolves the opened
    namespace from where the ``open`` stands); one that does not expose ``short`` (``open X
    (a)``, ``open X hiding short``) is skipped."""
    out: list[str] = []
    ns = getattr(decl, "namespace", "") or ""
    parts = ns.split(".") if ns else []
    for k in range(len(parts), 0, -1):
        out.append(".".join(parts[:k]))
    chain = list(out)
    name = getattr(decl, "name", "") or ""
    if "." in name:  # a def X.y is elaborated inside namespace X too
        prefix = name.rsplit(".", 1)[0]
        if prefix not in out:
            out.insert(0, prefix)
    for o in reversed(getattr(decl, "opens", ()) or ()):
        spec = open_spec(o)
        if short is not None and spec.candidate(short) is None:
            continue
        for opened in (*(f"{p}.{spec.namespace}" for p in chain), spec.namespace):
            if opened not in out:
                out.append(opened)
    out.append("")
    return out
