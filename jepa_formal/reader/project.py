"""``load``: reading a set of Lean files and the files they import, and ``Project.resolve``.

Why: a spec such as TorchLean's ``JEPA.lean`` imports ``Masking.lean`` for its definitions,
so checking one file needs the declarations of its imports. Imports resolve to
``ROOT/A/B/C.lean`` (ROOT given, or inferred from where the importing file sits); imports that
are not on disk (Mathlib, Lean core) are notes, not errors, because the mirror's prelude
models what the checker needs from them.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from jepa_formal.reader import notation, syntax
from jepa_formal.reader.module import parse_file, with_deferred
from jepa_formal.reader.opens import open_spec


@dataclass(frozen=True, slots=True)
class Project:
    """The modules read (requested files first, then their imports) and notes about it."""

    modules: tuple[syntax.Module, ...]
    folder_notes: tuple[str, ...] = ()
    """Notes about the paths given (a folder with no ``.lean`` file…)."""
    root: str | None = None
    unread_imports: tuple[tuple[str, str], ...] = ()
    """``(module, where)`` for each import not on disk (Mathlib…), first place it appears."""
    _index: dict[str, syntax.Decl] = field(default_factory=dict, compare=False, hash=False,
                                        repr=False)

    def __post_init__(self) -> None:
        if not self._index:
            for module in self.modules:
                # a deferred theorem (``module.Deferred``) stands in for its declaration:
                # ``resolve``'s one caller reads only the name of what it finds
                for decl in with_deferred(module):
                    self._index.setdefault(decl.name, decl)  # type: ignore[arg-type]

    @property
    def notes(self) -> tuple[str, ...]:
        """Every note: the folder notes, then the unread imports worded as one note."""
        note = unread_imports_note(self.unread_imports)
        return self.folder_notes + ((note,) if note else ())

    @property
    def decls(self) -> Iterator[syntax.Decl]:
        """Every declaration of every module, in module then source order."""
        for module in self.modules:
            yield from module.decls

    @property
    def errors(self) -> tuple[object, ...]:
        """Every ``ParseError`` of every module."""
        return tuple(e for m in self.modules for e in m.errors)

    def get(self, full_name: str) -> syntax.Decl | None:
        """The declaration with exactly this full name."""
        return self._index.get(full_name)

    def resolve(self, name: str, decl: syntax.Decl | None = None) -> syntax.Decl | None:
        """Lean name resolution of ``name`` as written inside ``decl`` (globals only).

        Tries the namespace in force and each parent, innermost first (the declaration's own
        name prefix counts, as in ``def Foo.bar``), then each ``open`` namespace (innermost
        last, so tried first), then the exact name. ``_root_.x`` means exactly ``x``.
        """
        if name.startswith("_root_."):
            return self._index.get(name[len("_root_.") :])
        for candidate in candidates(name, decl):
            found = self._index.get(candidate)
            if found is not None:
                return found
        return None


def with_default_option(project: Project, name: str, value: str) -> Project:
    """``project`` with ``set_option name value`` in force at the top of every file (a file's
    own ``set_option`` still wins): ``--no-auto-implicit``."""
    modules = tuple(
        dataclasses.replace(m, decls=tuple(
            dataclasses.replace(d, options=((name, value), *d.options)) for d in m.decls))
        for m in project.modules
    )
    return dataclasses.replace(project, modules=modules)


def candidates(name: str, decl: syntax.Decl | None) -> list[str]:
    """Full names ``name`` may denote inside ``decl``, in Lean's order of preference."""
    out: list[str] = []
    spaces: list[str] = []
    if decl is not None:
        own = decl.name.rsplit(".", 1)[0] if "." in decl.name else ""
        for base in (own, decl.namespace):
            parts = base.split(".") if base else []
            for i in range(len(parts), 0, -1):
                prefix = ".".join(parts[:i])
                if prefix not in spaces:
                    spaces.append(prefix)
    for prefix in spaces:
        out.append(f"{prefix}.{name}")
    if decl is not None:
        for opened in reversed(decl.opens):
            full = open_spec(opened).candidate(name)
            if full is None:
                continue
            out.append(full)
            for prefix in spaces:
                out.append(f"{prefix}.{full}")
    out.append(name)
    seen: set[str] = set()
    return [c for c in out if not (c in seen or seen.add(c))]  # type: ignore[func-returns-value]


def _lean_files(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    files: list[str] = []
    notes: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            found = sorted(
                os.path.join(d, f)
                for d, _dirs, names in os.walk(path)
                for f in names
                if f.endswith(".lean")
            )
            if not found:
                notes.append(f"{path}: no .lean files in this folder")
            files.extend(found)
        else:
            files.append(path)
    return files, notes


def infer_root(path: str, module: str) -> str | None:
    """The folder ROOT such that ``module`` (``A.B.C``) is ``ROOT/A/B/C.lean``, guessed from
    the ancestors of ``path`` that are named like the module's first component."""
    parts = module.split(".")
    directory = os.path.dirname(os.path.abspath(path))
    guesses = []
    while True:
        if os.path.basename(directory) == parts[0]:
            guesses.append(os.path.dirname(directory))
        parent = os.path.dirname(directory)
        if parent == directory:
            break
        directory = parent
    for guess in guesses:
        if os.path.isfile(os.path.join(guess, *parts) + ".lean"):
            return guess
    return guesses[0] if guesses else None


def _module_name(path: str, root: str | None) -> str | None:
    if root is None:
        return None
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    if rel.startswith("..") or not rel.endswith(".lean"):
        return None
    return rel[: -len(".lean")].replace(os.sep, ".")


def load(paths: Sequence[str], root: str | None = None,
         parsed: dict[str, syntax.Module] | None = None, defer: bool = False) -> Project:
    """Parse ``paths`` (files, or folders: every ``*.lean`` below) and, transitively, the
    files they import that exist under ROOT. Each file is parsed once; cycles are safe.
    ``defer``: theorem statements are read on first use (``parse_text``).

    ``parsed`` (real path → module as parsed) lets several loads share their parsing: the
    checker loads each requested file on its own (so one file's failure stays its own), and
    files that import the same module would otherwise parse it again for every importer.
    """
    cache: dict[str, syntax.Module] = {} if parsed is None else parsed
    files, notes = _lean_files(paths)
    queue: list[tuple[str, str | None]] = [(f, root) for f in files]
    seen: set[str] = set()
    modules: list[syntax.Module] = []
    unresolved: dict[str, str] = {}
    project_root = root
    while queue:
        path, file_root = queue.pop(0)
        key = os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        module = cache.get(key)
        if module is None:
            module = cache[key] = parse_file(path, defer=True) if defer else parse_file(path)
        imports = []
        for imp in module.imports:
            base = file_root if file_root is not None else infer_root(path, imp.module)
            target = (os.path.join(base, *imp.module.split(".")) + ".lean") if base else None
            if target is not None and os.path.isfile(target):
                imports.append(dataclasses.replace(imp, resolved=target))
                queue.append((target, base))
                project_root = project_root or base
            else:
                imports.append(imp)
                where = f"{imp.span}" if imp.span else path
                unresolved.setdefault(imp.module, where)
        module_root = file_root or project_root
        modules.append(dataclasses.replace(module, imports=tuple(imports),
                                           module_name=_module_name(path, module_root)))
    modules = _with_imported_notations(modules, cache, defer)
    return Project(tuple(modules), tuple(notes), project_root, tuple(unresolved.items()))


def _with_imported_notations(modules: list[syntax.Module], cache: dict[str, syntax.Module],
                             defer: bool = False) -> list[syntax.Module]:
    """Each module that uses a notation declared (not ``local``, not ``scoped``) in a file it
    imports, directly or through other imports, read again with those notations in force."""
    by_path = {os.path.realpath(m.path): m for m in modules}

    def imported(m: syntax.Module) -> tuple[Any, ...]:
        out: list[Any] = []
        seen = {os.path.realpath(m.path)}
        stack = [i.resolved for i in m.imports if i.resolved]
        while stack:
            key = os.path.realpath(stack.pop())
            if key in seen or key not in by_path:
                continue
            seen.add(key)
            dep = by_path[key]
            out.extend(dep.notations)
            stack.extend(i.resolved for i in dep.imports if i.resolved)
        return tuple(out)

    result = []
    for m in modules:
        found = imported(m)
        if found and not m.imported_notations and _uses(m.path, found):
            key = os.path.realpath(m.path)
            again = cache[key] = (parse_file(m.path, found, defer=True) if defer
                                  else parse_file(m.path, found))
            m = dataclasses.replace(again, imports=m.imports, module_name=m.module_name)
        result.append(m)
    return result


def _uses(path: str, found: tuple[Any, ...]) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return False
    return notation.expand(text, found) != text


def unread_imports_note(unread: Sequence[tuple[str, str]]) -> str | None:
    """One note for the imports that are not on disk: where it stands when there is one, the
    module names when there are several (a run over many files would otherwise repeat the same
    Mathlib import once per file)."""
    names = list(dict.fromkeys(module for module, _ in unread))
    if not names:
        return None
    if len(names) == 1:
        return (f"{unread[0][1]}: import {names[0]} is not on disk (not read; the prelude models "
                "what the checker needs from it)")
    return (f"{len(names)} imports are not on disk and were not read (the prelude models what "
            f"the checker needs from them): {', '.join(names)}")


SKIPPED_COMMANDS: dict[str, str] = {
    "prelude": "the file opts out of Lean's core library; the checker's prelude models the "
               "constants it reads all the same",
    "alias": "an alias states no new law (the theorem it renames is checked under its own name)",
    "grind_pattern": "a hint for the `grind` tactic states no law",
    "notation": "a notation whose pieces are not literals and variables is not expanded (a "
                "declaration that uses one of its words or symbols is unsupported)",
    "macro": "user syntax is not read (a declaration that uses one of its words or symbols "
             "is unsupported)",
}
"""Commands read and skipped, with why skipping them loses no law; the notation family
(``infixl``, ``syntax``, ``macro_rules``…) is worded as ``notation``/``macro``."""
_SKIPPED_FAMILY = {
    "infix": "notation", "infixl": "notation", "infixr": "notation", "prefix": "notation",
    "postfix": "notation", "syntax": "macro", "macro_rules": "macro", "elab": "macro",
    "elab_rules": "macro", "declare_syntax_cat": "macro", "notation3": "macro",
}


def skipped_commands_notes(decls: Sequence[syntax.Decl]) -> tuple[str, ...]:
    """One note per kind of command that was read and skipped (``prelude``, ``alias``,
    ``grind_pattern``, notations), with how many and where the first one stands: silence
    would let a user believe they were checked, one note per line would drown the report."""
    found: dict[str, list[syntax.Decl]] = {}
    for decl in decls:
        if not isinstance(decl, syntax.OtherDecl):
            continue
        kind = _SKIPPED_FAMILY.get(decl.kind, decl.kind)
        if kind == "notation" and notation.read(decl.text or "", None) is not None:
            continue  # expanded where it is used (reader/notation.py)
        if kind in SKIPPED_COMMANDS:
            found.setdefault(kind, []).append(decl)
    notes = []
    for kind, items in found.items():
        where = str(items[0].span) if items[0].span is not None else ""
        count = f"{len(items)} `{kind}` commands" if len(items) > 1 else f"`{kind}`"
        first = f" (first at {where})" if len(items) > 1 else f" at {where}"
        notes.append(f"skipped {count}{first if where else ''}: {SKIPPED_COMMANDS[kind]}")
    return tuple(notes)
