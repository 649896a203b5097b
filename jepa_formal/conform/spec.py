"""Reading the spec for a conformance run: the environment, the bound definition (bare names
resolved to full names) and which of its parameters the user's callable receives.

Why here and not in the mirror: only conformance needs to know which binders were written
explicitly (``(xs : List (Fin n))``) and which implicitly (``{n : ℕ}``, ``{α : Type}``): the
callable mirrors the *explicit* Lean signature, as a user of the definition would call it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import BindingError, JepaFormalError, UsageError
from jepa_formal.mirror.core.terms import DefInfo, TSort, Var
from jepa_formal.reader.syntax import BinderKind

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env


@dataclass(frozen=True, slots=True)
class BoundDef:
    """The definition a callable replaces: its elaborated form and the explicit parameters."""

    full_name: str
    info: DefInfo
    explicit: tuple[bool, ...]

    @property
    def short_name(self) -> str:
        return self.full_name.rsplit(".", 1)[-1]

    @property
    def explicit_params(self) -> tuple[Var, ...]:
        return tuple(p for p, e in zip(self.info.params, self.explicit, strict=True) if e)

    @property
    def implicit_params(self) -> tuple[Var, ...]:
        return tuple(p for p, e in zip(self.info.params, self.explicit, strict=True) if not e)


def load_env(spec: str) -> Any:
    """The mirror ``Env`` of a spec file (or folder); parse errors are a ``UsageError``.

    Kept per process while none of the files read for it changed (a test suite that calls
    ``assert_conforms`` once per implementation reads and elaborates the spec once; the
    ``Env`` caches each law's elaboration)."""
    from jepa_formal.mirror.core.env import Env

    if not os.path.exists(spec):
        raise UsageError(f"no such spec file: {spec}")
    key = os.path.realpath(spec)
    hit = _ENVS.get(key)
    if hit is not None and hit[0] == _stamps(hit[0]):
        return hit[1]
    project = _load_project(spec)
    errors = [e for m in getattr(project, "modules", ()) for e in getattr(m, "errors", ())]
    if errors:
        raise UsageError(f"{spec} does not parse:\n" + "\n".join(str(e) for e in errors[:3]))
    env = Env.from_project(project)
    if os.path.isfile(spec):
        paths = {key, *(os.path.realpath(str(p)) for p in (
            getattr(m, "path", None) for m in getattr(project, "modules", ())) if p)}
        _ENVS[key] = (_stamps(tuple((p, None) for p in sorted(paths))), env)
    return env


_ENVS: dict[str, tuple[tuple[tuple[str, Any], ...], Any]] = {}
"""Spec path → (the files read for it with their ``(mtime_ns, size)``, its ``Env``)."""


def _stamps(files: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
    out = []
    for path, _ in files:
        try:
            st = os.stat(path)
            out.append((path, (st.st_mtime_ns, st.st_size)))
        except OSError:
            out.append((path, None))
    return tuple(out)


def _load_project(spec: str) -> Any:
    from jepa_formal.reader import load

    return load([spec])


def resolve_name(env: Env, name: str) -> str:
    """The full name of the definition ``name`` (bare names must be unambiguous)."""
    defs = list(env.definitions())
    if name in defs:
        return name
    found = sorted(n for n in defs if n.endswith("." + name))
    if len(found) == 1:
        return found[0]
    if not found:
        near = sorted(n for n in defs if name.lower() in n.lower())[:5]
        hint = f"; definitions with a similar name: {', '.join(near)}" if near else (
            f"; the spec defines: {', '.join(sorted(defs)[:8]) or 'nothing'}")
        raise BindingError(f"unknown Lean definition {name!r}{hint}")
    raise BindingError(f"ambiguous Lean name {name!r}: {', '.join(found)}; give the full name")


def bound_def(env: Env, full_name: str) -> BoundDef:
    """The elaborated definition with the explicitness of each parameter."""
    try:
        info = env.definition(full_name)
    except JepaFormalError as exc:
        raise BindingError(f"cannot bind {full_name}: the mirror cannot model it ({exc})") from None
    decl = env.decls[full_name]
    kinds: dict[str, bool] = {}
    for b in getattr(decl, "all_binders", ()):
        for n in b.names:
            kinds[n] = b.kind == BinderKind.EXPLICIT
    explicit = tuple(
        kinds.get(p.name, False) and not isinstance(p.ty, TSort) for p in info.params
    )
    return BoundDef(full_name, info, explicit)
