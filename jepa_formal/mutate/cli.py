"""``jepa-formal mutate SPEC [--def NAME]…``: the command line of mutation testing.

Registered by ``jepa_formal/cli.py`` through ``EXTERNAL_SUBCOMMANDS`` (``HELP``,
``add_arguments``, ``run``). Importing this module is cheap: the checker is imported when the
subcommand runs.

Exit status: 0 (and with ``--fail-under R`` every definition scores at least R), 1 a
definition scores below ``--fail-under``, 2 usage errors (missing file, unknown definition,
bad option, parse errors).
"""

from __future__ import annotations

import argparse
import sys

from jepa_formal.arguments import positive_float, positive_int, ratio

HELP = "how strong is a spec: mutate a definition and see which mistakes the laws miss"








def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", nargs="+", metavar="SPEC", help=".lean spec file(s)")
    parser.add_argument("--def", dest="defs", action="append", default=[], metavar="NAME",
                        help="mutate only this definition (full or last name; repeatable)")
    parser.add_argument("-j", "--jobs", type=positive_int, default=1,
                        help="worker processes judging mutants in parallel (1)")
    parser.add_argument("--fail-under", type=ratio, metavar="RATIO",
                        help="exit 1 when a definition's score killed/(killed+survived) is "
                             "below RATIO")
    parser.add_argument("--format", choices=("text", "json", "html"), default="text")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    parser.add_argument("--seed", type=int, default=0, help="seed of the concrete search (0)")
    parser.add_argument("--max-examples", type=positive_int, default=1000,
                        help="concrete instances per law and mutant (1000)")
    parser.add_argument("--timeout", type=positive_float, default=5.0,
                        help="seconds per law and mutant, and for each equivalence proof (5)")
    parser.add_argument("--bound", type=int, default=4, help="list-length bound of the prover")
    parser.add_argument("--root", help="folder where `import A.B` finds A/B.lean")
    parser.add_argument("--no-color", action="store_true", help="no colours (none are used)")


def run(args: argparse.Namespace) -> int:
    """Run the mutation analysis and print its report; returns the exit status."""
    from jepa_formal.cli import emit
    from jepa_formal.mutate.judge import Budget
    from jepa_formal.mutate.report import render_html, render_json, render_text
    from jepa_formal.mutate.run import exit_code, mutate

    budget = Budget(seed=args.seed, max_examples=args.max_examples, timeout=args.timeout,
                    bound=args.bound)
    result = mutate(args.spec, args.defs, budget=budget, jobs=args.jobs, root=args.root)
    renderers = {"json": render_json, "html": render_html, "text": render_text}
    text = renderers[args.format](result)
    emit(text, args.output)
    code = exit_code(result, args.fail_under)
    if code:
        low = ", ".join(f"{d.name.rsplit('.', 1)[-1]} ({d.score.ratio:.2f})"
                        for d in result.below(args.fail_under))
        sys.stderr.write(f"jepa-formal: mutation score below {args.fail_under:g}: {low}\n")
    return code
