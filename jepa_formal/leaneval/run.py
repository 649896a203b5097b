"""``#eval``/``#check`` commands evaluated as Lean would, and ``#guard_msgs`` tests checked.

Why here and not in ``check``: an ``#eval`` has no law; it is one closed term, elaborated in
its file's environment (namespaces and ``open``s in force), evaluated by the concrete
evaluator and printed as Lean prints it (``lean_repr``). ``check`` uses ``guard_verdict``
to turn Lean's own test idiom ``/-- info: 7 -/ #guard_msgs in #eval e`` into one more item
with a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import JepaFormalError, TypeMismatch, Unsupported
from jepa_formal.leaneval.lean_repr import NoRepr, lean_repr, lean_type
from jepa_formal.mirror.core.terms import Expr, TFloat, TProp, TReal, Ty, subterms
from jepa_formal.reader import syntax
from jepa_formal.verdict import Counterexample, Status, Verdict

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env


@dataclass(frozen=True, slots=True)
class EvalResult:
    """One evaluated command: ``value`` is exactly the text Lean prints (``#check``: the
    elaborated type); ``status`` ``ok``, ``unsupported`` or ``error``; ``detail`` says why,
    or flags a noncomputable (ℝ) value computed exactly."""

    file: str
    line: int
    expr: str
    value: str | None
    type: str | None
    status: str
    detail: str = ""
    kind: str = "#eval"

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "expr": self.expr, "value": self.value,
                "type": self.type, "status": self.status, "detail": self.detail}


def elaborate_command(term: syntax.Term, env: Env | None, decl: syntax.Decl | None = None
                      ) -> Expr:
    """The closed core term of a command, elaborated where the command stands."""
    from jepa_formal.mirror.elaborate.decls import require_definitions
    from jepa_formal.mirror.elaborate.elaborator import Elaborator

    el = Elaborator(env, decl)
    e = el.finish(el.elab(term, None, {}))
    if env is not None:
        require_definitions(e, env)
    return e


def evaluate_command(cmd: syntax.Command, env: Env | None, path: str | None = None) -> EvalResult:
    """Evaluate (``#eval``) or type (``#check``) one command; never raises."""
    span = cmd.span
    base = EvalResult(path or (span.path if span else ""), span.line if span else 0,
                      cmd.text, None, None, "error", kind=cmd.kind)
    if cmd.term is None:
        return replace(base, detail=f"not read: {cmd.error}")
    try:
        e = elaborate_command(cmd.term, env, cmd)
        ty = e.ty
        type_text = lean_type(ty)
        if cmd.kind == "#check":
            shown = _signature(cmd, env) or f"{cmd.text} : {type_text}"
            return replace(base, value=shown, type=type_text, status="ok")
        from jepa_formal.mirror.concrete.evaluate import evaluate

        value = evaluate(e, env, {})
        detail = ""
        if isinstance(ty, TProp):
            text = "true" if value else "false"  # #eval of a decidable proposition: decide p
        else:
            text = lean_repr(value, ty, env)
        if _mentions(e, TReal):
            detail = ("noncomputable in Lean (ℝ): Lean's #eval refuses it; the value is "
                      "computed exactly")
        return replace(base, value=text, type=type_text, status="ok", detail=detail)
    except (Unsupported, NoRepr) as exc:
        return replace(base, status="unsupported", detail=str(exc))
    except TypeMismatch as exc:
        return replace(base, status="error", detail=str(exc))
    except JepaFormalError as exc:
        return replace(base, status="error", detail=str(exc))
    except (ArithmeticError, RecursionError, ValueError) as exc:
        return replace(base, status="error", detail=f"evaluation failed: {exc!r}")


def _signature(cmd: syntax.Command, env: Env | None) -> str | None:
    """``#check f`` of a definition prints its signature: ``f (x : ℕ) : ℕ``."""
    if not isinstance(cmd.term, syntax.Ident) or env is None:
        return None
    full = env.resolve(cmd.term.name, cmd)
    decl = env.decls.get(full) if full else None
    if not isinstance(decl, syntax.Definition) or decl.type is None:
        return None
    from jepa_formal.reader import print_binder, print_term

    binders = [print_binder(b) for b in decl.all_binders
               if b.kind == syntax.BinderKind.EXPLICIT]
    return " ".join([cmd.term.name, *binders]) + f" : {print_term(decl.type)}"


def _mentions(e: Expr, cls: type) -> bool:
    return any(isinstance(getattr(s, "ty", None), cls) for s in subterms(e))


def commands(module: Any) -> list[syntax.Command]:
    return list(getattr(module, "commands", ()))


def eval_paths(paths: list[str], root: str | None = None) -> list[EvalResult]:
    """Every ``#eval``/``#check`` of the files, in order, each in its file's environment."""
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.reader import load

    out: list[EvalResult] = []
    for path in paths:
        project = load([path], root=root)
        env = Env.from_project(project)
        for module in project.modules[:1]:
            for cmd in commands(module):
                out.append(evaluate_command(cmd, env, path))
    return out


def eval_expression(text: str, imports: list[str], root: str | None = None,
                    kind: str = "#eval") -> EvalResult:
    """``jepa-formal eval -e EXPR --import FILE``: one expression in the environment of the
    imported files (their namespaces opened)."""
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.reader import load, parse_term

    project = load(imports, root=root) if imports else None
    env = Env.from_project(project) if project is not None else None
    opens: tuple[str, ...] = ()
    if project is not None:
        opens = tuple(dict.fromkeys(d.namespace for m in project.modules for d in m.decls
                                    if getattr(d, "namespace", "")))
    try:
        term: syntax.Term | None = parse_term(text)
        error = None
    except JepaFormalError as exc:
        term, error = None, str(exc)
    cmd = syntax.Command(kind=kind, name=f"{kind}@-e", short_name=f"{kind}@-e", opens=opens,
                         term=term, text=text, error=error,
                         span=syntax.Span("<-e>", 1, 1, 1, len(text) + 1))
    return evaluate_command(cmd, env, "<-e>")


def normalise_message(text: str) -> str:
    """``#guard_msgs`` compares messages with whitespace normalised."""
    return " ".join(text.split())


def guard_verdict(cmd: syntax.Command, env: Env | None, base: Verdict) -> Verdict:
    """The verdict of ``/-- info: 7 -/ #guard_msgs in #eval e``: ``tested`` (one instance)
    when the value prints exactly as expected, ``refuted`` with both texts when not,
    ``unsupported`` when it cannot be evaluated.

    Why not ``proved``: the claim is about one closed term, but the text rests on one engine
    (the mirror's evaluator and the ``#eval`` printer); a ``proved`` needs a second, independent
    confirmation (``prove/closed.py`` has one for closed propositions, not for printed text)."""
    result = evaluate_command(cmd, env, base.path)
    expected = cmd.expected if cmd.expected is not None else ""
    if result.status == "unsupported":
        return replace(base, status=Status.UNSUPPORTED, method="#guard_msgs",
                       detail=result.detail, construct=result.detail.split(" at ")[0])
    if result.status != "ok" or result.value is None:
        if cmd.expected_kind == "error":  # Lean's error expected, and evaluation failed
            return replace(base, status=Status.TESTED, method="#guard_msgs", examples=1,
                           detail=f"fails as expected: {result.detail}")
        return replace(base, status=Status.ERROR, method="#guard_msgs", detail=result.detail)
    got = result.value
    if cmd.expected_kind == "info" and normalise_message(got) == normalise_message(expected):
        detail = f"#eval prints {got}" + (f" ({result.detail})" if result.detail else "")
        return replace(base, status=Status.TESTED, method="#guard_msgs (exact evaluation)",
                       detail=detail, examples=1)
    cex = Counterexample(bindings=(), lhs=got, rhs=expected or "(no message)")
    return replace(base, status=Status.REFUTED, method="#guard_msgs (exact evaluation)",
                   detail=f"#eval prints {got}, the test expects "
                          f"{cmd.expected_kind}: {expected}",
                   counterexample=cex, examples=1)


def _is_float(ty: Ty) -> bool:
    return isinstance(ty, TFloat)


__all__ = ["EvalResult", "eval_expression", "eval_paths", "evaluate_command", "guard_verdict"]
