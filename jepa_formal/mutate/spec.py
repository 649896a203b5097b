"""A loaded spec for mutation: its definitions, its laws, and environments with one body
replaced.

Why replace the body in the project and rebuild the ``Env``: a mutant must mean exactly what
the same text would mean in the file, so it goes through the same elaborator as the original
(``Env.from_project``), and every law (and every other definition calling it) sees the
mutant through the ordinary ``DefCall`` lookup: no special path in the prover, the evaluator
or the numeric search.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jepa_formal.errors import Unsupported, UsageError
from jepa_formal.mirror import Env
from jepa_formal.mirror.core.terms import DefCall, Law, subterms
from jepa_formal.reader import load, syntax
from jepa_formal.reader.project import Project


@dataclass(frozen=True, slots=True, eq=False)
class Spec:
    """The spec files read (``project``) and their environment; ``requested`` are the
    real paths of the files named on the command line (their definitions are mutated and
    their theorems are the laws)."""

    paths: tuple[str, ...]
    project: Project
    env: Env
    requested: frozenset[str]

    # --- definitions ----------------------------------------------------------------------

    def declaration(self, full: str) -> syntax.Definition:
        d = self.env.decls.get(full)
        if not isinstance(d, syntax.Definition):
            raise UsageError(f"{full} is not a definition")
        return d

    def definitions(self) -> list[str]:
        """Full names of the definitions of the requested files, in source order."""
        out = []
        for module in self.project.modules:
            if os.path.realpath(module.path) not in self.requested:
                continue
            for d in module.decls:
                if isinstance(d, syntax.Definition) and d.name in self.env.decls and (
                        self.env.kind(d.name) == "definition"):
                    out.append(d.name)
        return out

    def resolve_definition(self, name: str) -> str:
        """The full name of ``--def NAME`` (full, or a unique last part such as ``jepaLoss``)."""
        names = self.definitions()
        if name in names:
            return name
        found = [n for n in names if n.endswith("." + name) or n.rsplit(".", 1)[-1] == name]
        if len(found) == 1:
            return found[0]
        if not found:
            known = ", ".join(n.rsplit(".", 1)[-1] for n in names) or "none"
            raise UsageError(f"no definition {name} in {', '.join(self.paths)} (defined: {known})")
        raise UsageError(f"{name} is ambiguous: {', '.join(found)}")

    # --- laws -----------------------------------------------------------------------------

    def laws(self, env: Env | None = None) -> list[tuple[syntax.Theorem, Law | Unsupported]]:
        """The theorems of the requested files with their laws (in ``env``, default the
        original environment)."""
        env = env or self.env
        return [(thm, law) for thm, law in env.laws() if _in(thm, self.requested)]

    def laws_using(self, full: str) -> list[tuple[syntax.Theorem, Law | Unsupported]]:
        """The laws whose statement reaches ``full`` (directly or through other
        definitions): only those can tell a mutant of ``full`` from the original."""
        return [(thm, law) for thm, law in self.laws()
                if not isinstance(law, Law) or full in reached(law, self.env)]

    # --- mutants --------------------------------------------------------------------------

    def with_body(self, full: str, body: syntax.Term) -> Env:
        """A fresh environment where the definition ``full`` has ``body``."""
        modules = []
        for module in self.project.modules:
            if any(d.name == full for d in module.decls):
                decls = tuple(dataclasses.replace(d, body=body) if d.name == full else d
                              for d in module.decls)
                module = dataclasses.replace(module, decls=decls)
            modules.append(module)
        project = dataclasses.replace(self.project, modules=tuple(modules), _index={})
        return Env.from_project(project)


def load_spec(paths: Sequence[str], root: str | None = None) -> Spec:
    """Read the spec files (usage error when one is missing or does not parse)."""
    for path in paths:
        if not os.path.isfile(path):
            raise UsageError(f"no such spec file: {path}")
    project = load(list(paths), root=root)
    requested = frozenset(os.path.realpath(p) for p in paths)
    errors = [e for m in project.modules if os.path.realpath(m.path) in requested
              for e in m.errors]
    if errors:
        first = errors[0]
        render = getattr(first, "render", None)
        raise UsageError(render() if callable(render) else str(first))
    return Spec(tuple(paths), project, Env.from_project(project), requested)


def reached(node: Any, env: Env) -> set[str]:
    """Names of the definitions a law (or expression) calls, directly or through the
    definitions it calls."""
    seen: set[str] = set()
    stack = list(_called(node))
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            info = env.definition(name)
        except Unsupported:
            continue
        stack.extend(_called(info))
    return seen


def _called(node: Any) -> set[str]:
    return {e.name for e in subterms(node) if isinstance(e, DefCall)}


def _in(thm: syntax.Theorem, requested: frozenset[str]) -> bool:
    span = thm.span
    return span is None or os.path.realpath(span.path) in requested
