"""The ``jepa-formal`` command line: ``list``, ``check``, ``explain`` (and ``conform``).

Why a registry of subcommands: each subcommand is a ``Subcommand`` value with a function that
adds its arguments and a function that runs it, so a new one is added without touching the
others. A subcommand may also live in another package: ``EXTERNAL_SUBCOMMANDS`` maps a name
to a module that provides ``HELP: str``, ``add_arguments(parser) -> None`` and
``run(args) -> int``; it is registered when that module exists (``conform`` is wired this way
to ``jepa_formal.conform.cli``).

Exit statuses (the same for every subcommand):

* 0: nothing refuted and nothing in error;
* 1: a law is refuted or in error (with ``--strict`` also inconclusive or unsupported);
* 2: usage errors (bad option, missing file, unknown theorem) and files that do not parse;
* 3: an internal error of jepa-formal itself (a bug): a short message, never a traceback,
  asking to report it; ``JEPA_FORMAL_TRACEBACK=1`` shows the traceback for the report.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from jepa_formal import defaults
from jepa_formal.arguments import integer, nonnegative_int, positive_float, positive_int
from jepa_formal.errors import InternalError, JepaFormalError, UsageError
from jepa_formal.verdict import counted
from jepa_formal.version import __version__

if TYPE_CHECKING:
    from jepa_formal.check import CheckRun
    from jepa_formal.verdict import Verdict

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
REPORT_FORMATS = ("text", "json", "junit", "sarif", "github", "html")
"""The formats of ``check --format``."""
PROGRESS_AFTER = 1.0
"""Seconds after which a check run shows a progress bar (on a terminal only)."""


@dataclass(frozen=True, slots=True)
class Subcommand:
    """One subcommand: its name, one-line help, argument setup and runner (returns the exit
    status)."""

    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


EXTERNAL_SUBCOMMANDS: dict[str, str] = {
    "conform": "jepa_formal.conform.cli",
    "eval": "jepa_formal.leaneval.cli",
    "mutate": "jepa_formal.mutate.cli",
}


# --------------------------------------------------------------------------------------------
# argument types
# --------------------------------------------------------------------------------------------




def _add_budget_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seed",
        type=integer,
        default=defaults.SEED,
        help=f"seed of the concrete search ({defaults.SEED})",
    )
    parser.add_argument(
        "--max-examples",
        type=positive_int,
        default=defaults.MAX_EXAMPLES,
        help=f"concrete instances per theorem ({defaults.MAX_EXAMPLES})",
    )
    parser.add_argument(
        "--timeout",
        type=positive_float,
        default=defaults.TIMEOUT,
        help=f"seconds per theorem ({defaults.TIMEOUT:g})",
    )
    parser.add_argument(
        "--bound",
        type=nonnegative_int,
        default=defaults.BOUND,
        help=f"list-length bound of the prover ({defaults.BOUND})",
    )
    parser.add_argument(
        "--method",
        choices=("auto", "prove", "numeric"),
        default="auto",
        help="auto: a short concrete pass, then the prover, then the full search (default); "
        "prove: the prover, then the search; numeric: the concrete search only",
    )
    parser.add_argument("--root", help="folder where `import A.B` finds A/B.lean")
    parser.add_argument("--no-color", action="store_true", help="no colours in the output")
    parser.add_argument(
        "--no-auto-implicit", action="store_true",
        help="unbound names in a signature are errors (as `set_option autoImplicit false`)",
    )


def _options(args: argparse.Namespace, **extra: Any) -> Any:
    from jepa_formal.check import CheckOptions

    return CheckOptions(
        seed=args.seed,
        max_examples=args.max_examples,
        timeout=args.timeout,
        bound=args.bound,
        root=args.root,
        auto_implicit=not getattr(args, "no_auto_implicit", False),
        method=args.method,
        **extra,
    )


def _add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """Options that change how fast a run is, never its verdicts: workers and the cache."""
    parser.add_argument(
        "-j",
        "--jobs",
        type=positive_int,
        default=None,
        help="worker processes (default: the number of cores; 1: check in this process)",
    )
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        default=None,
        help="verdict cache folder (default: .jepa_formal_cache in the working directory)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the verdict cache"
    )


def _run_options(args: argparse.Namespace) -> dict[str, Any]:
    """``jobs`` and ``cache_dir`` for ``CheckOptions``. The environment sets defaults for
    places that cannot pass flags (a test suite): ``JEPA_FORMAL_NO_CACHE=1`` turns the cache
    off, ``JEPA_FORMAL_JOBS=N`` sets the default number of workers."""
    from jepa_formal.cache import CACHE_DIR
    from jepa_formal.parallel import available_cores

    off = args.no_cache or os.environ.get("JEPA_FORMAL_NO_CACHE", "") not in ("", "0")
    jobs = args.jobs
    if jobs is None:
        try:
            jobs = max(1, int(os.environ.get("JEPA_FORMAL_JOBS", "")))
        except ValueError:
            jobs = available_cores()
    return {
        "jobs": jobs,
        "cache_dir": None if off else (args.cache_dir or CACHE_DIR),
    }


def use_color(args: argparse.Namespace, stream: TextIO) -> bool:
    """Colours on a terminal only (shared by every subcommand, ``conform`` included), never
    into ``--output`` files. In order: ``--no-color`` and ``NO_COLOR`` (no-color.org) turn them
    off, ``FORCE_COLOR`` turns them on even into a pipe, ``TERM=dumb`` turns them off."""
    if getattr(args, "no_color", False) or os.environ.get("NO_COLOR"):
        return False
    if getattr(args, "output", None):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


def interactive(stream: TextIO) -> bool:
    """A person watches ``stream``: a terminal that is not dumb, outside CI (progress bars)."""
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


def emit(text: str, output: str | None) -> None:
    """Write a report to ``output`` or stdout; an unwritable file is a usage error (exit 2)."""
    if output:
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


# --------------------------------------------------------------------------------------------
# list
# --------------------------------------------------------------------------------------------


def _list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help=".lean files or folders")
    parser.add_argument("--root", help="folder where `import A.B` finds A/B.lean")


def _run_list(args: argparse.Namespace) -> int:
    from jepa_formal.check import expand_paths
    from jepa_formal.reader import load
    from jepa_formal.report.listing import render_listing

    files = expand_paths(args.files)
    project = load(list(files), root=args.root)
    requested = {os.path.realpath(f) for f in files}
    errors = [
        error
        for module in project.modules
        if os.path.realpath(module.path) in requested
        for error in module.errors
    ]
    listing = render_listing(project)
    emit(listing if listing.endswith("\n") else listing + "\n", None)
    for error in errors:
        sys.stderr.write(_render_error(error) + "\n")
    return EXIT_USAGE if errors else EXIT_OK


def _render_error(error: object) -> str:
    render = getattr(error, "render", None)
    return render() if callable(render) else str(error)


# --------------------------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------------------------


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=".lean files or folders (default: the specs bundled with jepa-formal)",
    )
    parser.add_argument(
        "--format", choices=REPORT_FORMATS, default="text", help="report format"
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    parser.add_argument(
        "-k",
        dest="pattern",
        metavar="PATTERN",
        help="only theorems whose full name contains PATTERN or matches it as a glob",
    )
    parser.add_argument(
        "--strict", action="store_true", help="also fail on inconclusive and unsupported"
    )
    parser.add_argument(
        "--audit",
        action="store_true",
        help="replay every rewrite step of every proof on concrete instances",
    )
    _add_budget_arguments(parser)
    _add_run_arguments(parser)


class _Progress:
    """A rich progress bar on stderr, shown only on a terminal and once the run is long."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.perf_counter()
        self.total = 0
        self.done = 0
        self.bar: Any = None
        self.task: Any = None

    def on_start(self, total: int) -> None:
        self.total = total

    def on_verdict(self, verdict: Verdict) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.bar is None and time.perf_counter() - self.started > PROGRESS_AFTER:
            from rich.console import Console
            from rich.progress import Progress

            # verdict lines to the same terminal go above the bar; into a pipe, untouched
            self.bar = Progress(
                console=Console(stderr=True),
                transient=True,
                redirect_stdout=sys.stdout.isatty(),
                redirect_stderr=False,
            )
            self.bar.start()
            self.task = self.bar.add_task("checking", total=self.total)
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done, description=verdict.name[-40:])

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _run_check(args: argparse.Namespace) -> int:
    """Check, streaming each verdict as it is decided when the text report goes to stdout;
    Ctrl-C writes the report of what was decided (every format) and exits 130."""
    from jepa_formal.check import CheckInterrupted, CheckRun, check_paths

    options = _options(
        args, pattern=args.pattern, strict=args.strict, audit=args.audit, **_run_options(args)
    )
    color = use_color(args, sys.stdout)
    streaming = args.format == "text" and not args.output
    progress = _Progress(enabled=interactive(sys.stderr))

    def on_verdict(verdict: Verdict) -> None:
        if streaming:
            from jepa_formal.report.text import render_verdict

            sys.stdout.write(render_verdict(verdict, options, color=color))
            sys.stdout.flush()
        progress.on_verdict(verdict)

    try:
        run = check_paths(args.paths, options, on_start=progress.on_start, on_verdict=on_verdict)
    except CheckInterrupted as stopped:
        run = stopped.run
    except KeyboardInterrupt:  # before any theorem was reached: an empty, interrupted report
        run = CheckRun((), seed=options.seed, options=options, interrupted=True)
    finally:
        progress.close()
    for error in run.parse_errors:
        sys.stderr.write(error.render() + "\n")
    if not run.verdicts and not run.parse_errors and not run.interrupted:
        raise UsageError(_nothing_checked(args, run))
    if streaming:
        from jepa_formal.report.text import render_tail

        emit(render_tail(run, color=color), None)
    else:
        emit(render_report(run, args.format, color=color), args.output)
    if run.interrupted:
        sys.stderr.write("jepa-formal: interrupted; the report holds the verdicts decided\n")
    return run.exit_code


def render_report(run: CheckRun, fmt: str, *, color: bool = False) -> str:
    """The report of ``run`` in ``fmt`` (one of ``REPORT_FORMATS``)."""
    if fmt == "json":
        from jepa_formal.report.json import render_json

        return render_json(run)
    if fmt == "junit":
        from jepa_formal.report.junit import render_junit

        return render_junit(run)
    if fmt == "sarif":
        from jepa_formal.report.sarif import render_sarif

        return render_sarif(run)
    if fmt == "github":
        from jepa_formal.report.github import render_github

        return render_github(run)
    if fmt == "html":
        from jepa_formal.report.html import render_html
        from jepa_formal.teach import explain_run

        # an interrupted run is written at once: explaining every law would take long again
        return render_html(run, explain_run(run) if not run.interrupted else {})
    from jepa_formal.report.text import render_text

    return render_text(run, color=color)


def _nothing_checked(args: argparse.Namespace, run: CheckRun) -> str:
    """Why a run checked nothing: never a pass (exit 2)."""
    files = counted(len(run.files), "file")
    if args.pattern:
        return f"-k {args.pattern!r} matched no theorem in the {files} read"
    return f"no theorem or example to check in the {files} read"


# --------------------------------------------------------------------------------------------
# explain
# --------------------------------------------------------------------------------------------


def _explain_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the .lean file")
    parser.add_argument(
        "name", metavar="NAME", help="the theorem: full name, short name, or a unique part"
    )
    parser.add_argument(
        "--format", choices=("text", "html"), default="text", help="text, or an HTML page"
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write the explanation to FILE")
    _add_budget_arguments(parser)


def _run_explain(args: argparse.Namespace) -> int:
    from jepa_formal.report.explain import render_explanation
    from jepa_formal.teach import explain

    explanation = explain(args.file, args.name, _options(args))
    for error in explanation.parse_errors:
        sys.stderr.write(error.render() + "\n")
    if args.format == "html":
        from jepa_formal.report.html import render_explanation_html

        emit(render_explanation_html(explanation), args.output)
    else:
        emit(render_explanation(explanation, color=use_color(args, sys.stdout)), args.output)
    return EXIT_FAILED if explanation.verdict.status.is_failure else EXIT_OK


# --------------------------------------------------------------------------------------------
# the registry and main
# --------------------------------------------------------------------------------------------

SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand("list", "print the declarations jepa-formal reads", _list_arguments, _run_list),
    Subcommand("check", "check every theorem of .lean files", _check_arguments, _run_check),
    Subcommand(
        "explain",
        "explain one law: proof steps, a worked instance, what each hypothesis is for",
        _explain_arguments,
        _run_explain,
    ),
)


EXTERNAL_HELP: dict[str, str] = {
    "conform": "check a Python/NumPy implementation of a Lean definition against the spec's laws",
    "eval": "evaluate the #eval/#check commands of a Lean file (or one expression) as Lean prints "
    "them",
}
"""One-line help of external subcommands, so that their module is imported only when the
subcommand runs (importing ``conform`` costs more than the rest of the command line)."""


def _external(name: str, module_name: str, wanted: str | None = None) -> Subcommand | None:
    lazy = wanted is not None and wanted != name
    # find_spec of a submodule imports its package: look only for the package when lazy
    probe = module_name.rpartition(".")[0] or module_name if lazy else module_name
    try:
        if importlib.util.find_spec(probe) is None:
            return None
    except ModuleNotFoundError:
        return None
    if lazy:
        help_text = EXTERNAL_HELP.get(name, f"see `jepa-formal {name} --help`")
        return Subcommand(name, help_text, lambda parser: None, lambda args: EXIT_USAGE)
    module = importlib.import_module(module_name)
    return Subcommand(name, str(module.HELP), module.add_arguments, module.run)


def subcommands(wanted: str | None = None) -> tuple[Subcommand, ...]:
    """The built-in subcommands and the external ones whose module is installed; with
    ``wanted`` (the subcommand about to run), other external modules are not imported."""
    found = [
        s for n, m in EXTERNAL_SUBCOMMANDS.items() if (s := _external(n, m, wanted)) is not None
    ]
    return SUBCOMMANDS + tuple(found)


def _wanted(argv: Sequence[str] | None) -> str | None:
    """The subcommand named on the command line (its first word), if any."""
    words = list(sys.argv[1:] if argv is None else argv)
    return words[0] if words and not words[0].startswith("-") else None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jepa-formal",
        description="Check Lean 4 laws about finite-index learning objectives without Lean.",
        epilog="exit status: 0 ok, 1 refuted/error (--strict: also inconclusive/unsupported), "
        "2 usage or parse error, 3 internal error",
    )
    parser.add_argument("--version", action="version", version=f"jepa-formal {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for sub in subcommands(_wanted(argv) if argv is not None else None):
        sub_parser = commands.add_parser(sub.name, help=sub.help, description=sub.help)
        sub.add_arguments(sub_parser)
        sub_parser.set_defaults(run=sub.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it).

    Called as the script (``argv`` None), the process ends right after: what it built is
    moved out of the garbage collector's reach first (``gc.freeze``). Why: the interpreter's
    final collections walk every object still alive (SymPy's and the loaded workload's, a few
    hundred thousand) only to free memory the exit frees anyway: ~0.17 s of a 1 s ``check``
    on the bundled specs (``benchmarks/startup.py``). ``atexit`` handlers and the flushing of
    the streams still run; a caller passing ``argv`` (a test, a program) keeps its collector.
    """
    code = _main(argv)
    if argv is None:
        gc.freeze()
    return code


def _main(argv: Sequence[str] | None) -> int:
    _safe_streams()
    try:
        parser = build_parser(sys.argv[1:] if argv is None else argv)
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version (0) or usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except Exception as exc:
        return _internal_error(exc)
    try:
        return int(args.run(args))
    except InternalError as exc:  # a bug, even when raised on purpose: never a usage error
        return _internal_error(exc)
    except JepaFormalError as exc:
        sys.stderr.write(f"jepa-formal: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("jepa-formal: interrupted\n")
        return 130
    except BrokenPipeError:  # `jepa-formal check | head`: the reader left; say nothing more
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # pragma: no cover - stdout without a file descriptor
            pass
        return EXIT_OK
    except Exception as exc:
        return _internal_error(exc)


def _internal_error(exc: BaseException) -> int:
    if isinstance(exc, InternalError):  # its message already says it is a bug
        sys.stderr.write(f"jepa-formal: {exc}\n")
    else:
        sys.stderr.write(
            f"jepa-formal: internal error (this is a bug in jepa-formal, please report it): "
            f"{type(exc).__name__}: {exc}\n"
        )
    if os.environ.get("JEPA_FORMAL_TRACEBACK"):
        traceback.print_exception(exc, file=sys.stderr)
    else:
        sys.stderr.write("set JEPA_FORMAL_TRACEBACK=1 to include the traceback in the report\n")
    return EXIT_INTERNAL


def _safe_streams() -> None:
    """Never fail on a terminal that cannot show ℕ or ∑: replace what cannot be encoded."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # pragma: no cover - detached or odd streams
                pass
