"""``jepa-formal conform SPEC --bind NAME=module:func``: the command line of conformance.

Registered by ``jepa_formal/cli.py`` through ``EXTERNAL_SUBCOMMANDS`` (this module provides
``HELP``, ``add_arguments`` and ``run``; ``run_conform`` is the same function). Importing this
module is cheap: NumPy and the checker are imported when the subcommand runs.

Exit status: 0 every law holds (or holds within tolerance, or is not applicable), 1 a law
fails or the callable raised, 2 bad binding or usage (``BindingError``/``UsageError`` are
turned into one-line messages by ``cli.main``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from typing import Any

from jepa_formal.arguments import nonnegative_float, positive_int

HELP = "check a Python/NumPy implementation of a Lean definition against the spec's laws"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from jepa_formal.conform.options import (
        DTYPES,
        FUNCTION_MODES,
        LIST_MODES,
        REP_LOSSES,
        STRUCT_MODES,
        VALUE_MODES,
    )

    parser.add_argument("spec", metavar="SPEC", help=".lean file with the definition and laws")
    parser.add_argument(
        "--bind", action="append", required=True, metavar="NAME=TARGET",
        help="bind the Lean definition NAME (full or bare) to a Python callable: "
             "pkg.module:func (importable from the current directory) or path/to/file.py:func;"
             " repeat it to bind several definitions at once",
    )
    parser.add_argument("--law", action="append", metavar="PATTERN",
                        help="check only laws whose (short or full) name matches (glob)")
    parser.add_argument("--lists", choices=LIST_MODES,
                        help="List (Fin n) as a Python list of ints (default) or an int64 array")
    parser.add_argument("--functions", choices=FUNCTION_MODES,
                        help="function binders as callables (default) or arrays over Fin n")
    parser.add_argument("--dim", type=positive_int,
                        help="length of the vectors instantiating type variables (4)")
    parser.add_argument("--rep-loss", dest="rep_loss", choices=REP_LOSSES,
                        help="family of representation losses (sq)")
    parser.add_argument("--values", choices=VALUE_MODES,
                        help="general floats (default) or float64 holding small integers")
    parser.add_argument("--dtype", choices=DTYPES,
                        help="dtype of the arrays passed in; sets the default tolerance")
    parser.add_argument("--rtol", type=nonnegative_float, help="relative tolerance")
    parser.add_argument("--atol", type=nonnegative_float, help="absolute tolerance")
    parser.add_argument("--exact", action="store_true", default=None,
                        help="no tolerance: any deviation fails")
    parser.add_argument("--structs", choices=STRUCT_MODES,
                        help="structures as objects with attributes (default) or dicts")
    parser.add_argument("--call-timeout", dest="call_timeout", type=nonnegative_float,
                        metavar="SECONDS",
                        help="time limit of one call of the callable (10; 0: none)")
    parser.add_argument("--seed", type=int, help="seed of the instance generator (0)")
    parser.add_argument("--max-examples", dest="max_examples", type=positive_int,
                        help="instances per law (300)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--output", "-o", help="write the report to this file")
    parser.add_argument("--no-color", action="store_true", help="no colours in the output")






_OPTION_FLAGS = ("lists", "functions", "dim", "rep_loss", "values", "dtype", "rtol", "atol",
                 "exact", "seed", "max_examples", "structs", "call_timeout")


def run(args: argparse.Namespace) -> int:
    """Run one conformance check and print its report; returns the exit status."""
    from jepa_formal.conform.api import recorded
    from jepa_formal.conform.binding import load_callable, parse_bind
    from jepa_formal.conform.isolation import quiet_stdout
    from jepa_formal.conform.runner import run_conformance
    from jepa_formal.errors import UsageError
    from jepa_formal.report.conform import render_json, render_text

    before = {t.ident for t in threading.enumerate()}
    binds = [parse_bind(text) for text in args.bind]
    if not os.path.exists(args.spec):
        raise UsageError(f"no such spec file: {args.spec}")
    with quiet_stdout():  # the user's modules print to stderr: stdout carries the report
        funcs = [load_callable(b) for b in binds]
        options: dict[str, Any] = {}
        for func in funcs:
            rec = recorded(func)
            if rec is not None:
                options.update(rec.options)
        options.update({k: getattr(args, k) for k in _OPTION_FLAGS
                        if getattr(args, k) is not None})
        if args.law:
            options["laws"] = tuple(args.law)
        report = run_conformance(
            args.spec, [(b.lean_name, f, b.target) for b, f in zip(binds, funcs, strict=True)],
            **options)
    from jepa_formal.cli import emit, use_color

    if args.format == "json":
        text = render_json(report)
    else:
        text = render_text(report, color=use_color(args, sys.stdout))
    emit(text, args.output)
    if not report.checked:
        names = ", ".join(b.lean_name for b in binds)
        sys.stderr.write(f"jepa-formal: error: no law mentioning {names} could be "
                         "checked (every one is not-applicable; the reasons are in the "
                         "report)\n")
    _leave_despite_threads(report.exit_code, before)
    return report.exit_code


def _leave_despite_threads(code: int, before: set[int | None]) -> None:
    """A non-daemon thread started by the user's module (a data loader, a logger) would keep
    the program alive after the report forever: the program ends here instead, with its exit
    status. Only when this process is the ``jepa-formal`` program (never inside pytest or a
    notebook, where the caller owns the process)."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    program = (getattr(spec, "name", "") == "jepa_formal.__main__"
               or os.path.basename(sys.argv[0] if sys.argv else "") == "jepa-formal")
    if not program:
        return
    if any(t.ident not in before and not t.daemon and t.is_alive()
           for t in threading.enumerate()):
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


run_conform = run
