"""``render_listing``: the text of ``jepa-formal list`` – what the reader found in each file.

Why a report of its own: before checking anything, a user wants to see that jepa-formal read
their file as Lean does – every declaration with its kind, full name, ``path:line`` and its
statement printed back as Lean – and every parse error with its caret. The CLI prints this
string; this module only builds it.
"""

from __future__ import annotations

from collections import Counter

from jepa_formal.reader import syntax
from jepa_formal.reader.printer import print_binder, print_term
from jepa_formal.reader.project import Project
from jepa_formal.verdict import counted as count

INDENT = "    "


def _location(decl: syntax.Decl, module: syntax.Module) -> str:
    if decl.span is not None:
        return f"{decl.span.path}:{decl.span.line}"
    return module.path


def _signature(decl: syntax.Decl) -> str:
    """Binders (section variables first) and the statement or type, as Lean."""
    parts = [print_binder(b) for b in decl.all_binders]
    if isinstance(decl, syntax.Theorem):
        parts.append(f": {print_term(decl.statement)}")
    elif isinstance(decl, syntax.Definition | syntax.Instance) and decl.type is not None:
        parts.append(f": {print_term(decl.type)}")
    return " ".join(parts)


def _details(decl: syntax.Decl) -> list[str]:
    lines = []
    signature = _signature(decl)
    if signature:
        lines.append(INDENT + signature)
    if isinstance(decl, syntax.Definition):
        if decl.body is not None:
            lines.append(INDENT + ":= " + print_term(decl.body))
        for alt in decl.equations:
            pats = ", ".join(print_term(p) for p in alt.patterns)
            lines.append(f"{INDENT}| {pats} => {print_term(alt.rhs)}")
        for f in decl.where_fields:
            lines.append(f"{INDENT}{f.name} := {print_term(f.value)}")
    elif isinstance(decl, syntax.Structure):
        if decl.extends:
            lines.append(INDENT + "extends " + ", ".join(print_term(e) for e in decl.extends))
        for f in decl.fields:
            default = f" := {print_term(f.default)}" if f.default is not None else ""
            typed = f" : {print_term(f.type)}" if f.type is not None else ""
            lines.append(f"{INDENT}{f.name}{typed}{default}")
    elif isinstance(decl, syntax.OtherDecl) and decl.text:
        lines.append(INDENT + decl.text.splitlines()[0])
    return lines


def render_listing(project: Project) -> str:
    """Every declaration of every module (kind, full name, ``path:line``, statement as
    Lean), then the module's parse errors, then the project's notes and a count."""
    out: list[str] = []
    kinds: Counter[str] = Counter()
    errors = 0
    for module in project.modules:
        title = module.path + (f"  ({module.module_name})" if module.module_name else "")
        out.append(title)
        for decl in module.decls:
            kinds[decl.kind] += 1
            out.append(f"  {_location(decl, module)}: {decl.kind} {decl.name}")
            out.extend("  " + line for line in _details(decl))
        for err in module.errors:
            errors += 1
            render = getattr(err, "render", None)
            text = render() if callable(render) else str(err)
            out.extend("  " + line for line in text.splitlines())
        out.append("")
    for note in project.notes:
        out.append(f"note: {note}")
    counted = ", ".join(count(n, k) for k, n in sorted(kinds.items()))
    total = sum(kinds.values())
    out.append(
        f"{count(len(project.modules), 'file')}, {count(total, 'declaration')}"
        + (f" ({counted})" if counted else "")
        + f", {count(errors, 'parse error')}"
    )
    return "\n".join(out)
