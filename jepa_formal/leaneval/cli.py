"""``jepa-formal eval FILE [--root DIR]`` and ``jepa-formal eval -e EXPR --import FILE``.

Registered by ``jepa_formal/cli.py`` through ``EXTERNAL_SUBCOMMANDS`` (``HELP``,
``add_arguments``, ``run``). Text output is one line per command: ``path:line: value`` (what
Lean's ``#eval`` prints; ``#check``: ``expr : type``), or ``path:line: unsupported: why``.
``--format json`` prints ``{"version": 1, "results": [...]}``.

Exit status: 0 every command evaluated, 1 one is unsupported or failed, 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

HELP = "evaluate the #eval/#check commands of a Lean file (or one expression) as Lean prints them"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help=".lean files")
    parser.add_argument("-e", "--expr", dest="expr", metavar="EXPR",
                        help="evaluate this expression instead of the files' commands")
    parser.add_argument("--check", action="store_true",
                        help="with -e: print the elaborated type (#check) instead")
    parser.add_argument("--import", dest="imports", action="append", default=[],
                        metavar="FILE", help="with -e: definitions from this file")
    parser.add_argument("--root", help="where `import A.B` finds A/B.lean")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--output", "-o", help="write the output to this file")
    parser.add_argument("--no-color", action="store_true", help="no colours (accepted)")


def run(args: argparse.Namespace) -> int:
    from jepa_formal.errors import UsageError
    from jepa_formal.leaneval.run import eval_expression, eval_paths

    if args.expr is None and not args.files:
        raise UsageError("eval needs a FILE or -e EXPR")
    if args.expr is not None:
        kind = "#check" if args.check else "#eval"
        results = [eval_expression(args.expr, list(args.imports) + list(args.files),
                                   args.root, kind)]
    else:
        from jepa_formal.check import expand_paths

        results = eval_paths(list(expand_paths(args.files)), args.root)
    text = render_json(results) if args.format == "json" else render_text(results)
    from jepa_formal.cli import emit

    emit(text, args.output)
    return 0 if all(r.status == "ok" for r in results) else 1


def render_text(results: list[Any]) -> str:
    lines = []
    for r in results:
        where = f"{r.file}:{r.line}: "
        if r.status == "ok":
            lines.append(where + str(r.value))
            if r.detail:
                lines.append(f"    note: {r.detail}")
        else:
            lines.append(f"{where}{r.status}: {r.expr}")
            lines.append(f"    {r.detail}")
    return "\n".join(lines) + "\n"


def render_json(results: list[Any]) -> str:
    return json.dumps({"version": 1, "results": [r.as_json() for r in results]},
                      ensure_ascii=False, indent=1) + "\n"


__all__ = ["HELP", "add_arguments", "render_json", "render_text", "run"]
