"""Test helpers: evaluate Lean text through the reader, the elaborator and the evaluator."""

from __future__ import annotations

from typing import Any

from jepa_formal.mirror.concrete.evaluate import evaluate
from jepa_formal.mirror.core.terms import Expr, TSort, TVar, Ty, Var
from jepa_formal.mirror.elaborate import elaborate_term
from jepa_formal.mirror.elaborate.elaborator import Elaborator
from jepa_formal.reader import parse_file, parse_term, parse_text

__all__ = ["elab", "lean_type", "parse_file", "parse_term", "parse_text", "statuses",
           "value"]


def lean_type(text: str, env: Any = None, ctx: dict[str, Any] | None = None) -> Ty:
    """The core type of a Lean type written as text (``"List (Fin 3)"``)."""
    return Elaborator(env).elab_type(parse_term(text), dict(ctx or {}))


def elab(text: str, at: str | None = None, env: Any = None, **binds: str) -> Expr:
    """Elaborate ``text`` with free variables of the given Lean types (``x="ℕ"``); a binder
    of type ``Type`` is a type variable usable in later binder types."""
    types: dict[str, Ty] = {}
    ctx: dict[str, Any] = {}
    for n, t in binds.items():
        types[n] = lean_type(t, env, ctx)
        ctx[n] = TVar(n) if isinstance(types[n], TSort) else Var(n, types[n])
    expected = lean_type(at, env, ctx) if at is not None else None
    return elaborate_term(parse_term(text), env, types, expected)


def value(text: str, at: str | None = None, env: Any = None, **binds: tuple[str, Any]) -> Any:
    """The concrete value of ``text``; ``binds`` maps a name to (Lean type, value)."""
    e = elab(text, at, env, **{n: t for n, (t, _) in binds.items()})
    return evaluate(e, env, {n: v for n, (_, v) in binds.items()})


def statuses(tmp_path: Any, text: str, name: str = "Laws.lean") -> dict[str, str]:
    """Check Lean ``text`` as a file (seed 0, 300 instances): each theorem's short name and
    verdict status; the text must parse."""
    from jepa_formal.check import CheckOptions, check_paths

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, timeout=3.0, max_examples=300))
    assert not run.parse_errors, run.parse_errors
    return {v.name.rsplit(".", 1)[-1]: str(v.status.value) for v in run.verdicts}
