"""The pytest plugin: every theorem of a collected ``.lean`` file becomes one test item.

Why a plugin: a project that keeps its laws in ``.lean`` files can check them in the same
``pytest`` run as its Python tests (``pytest specs/``, ``pytest -n 2``, ``--junitxml``).
``refuted``, ``invalid`` and ``error`` verdicts fail (the failure shows the counterexample and
the command that reproduces it); ``unsupported`` and ``inconclusive`` skip with their reason;
``proved``, ``bounded`` and ``tested`` pass. A declaration that cannot be parsed is a failing
item too.

Which ``.lean`` files are collected (so that a plain ``pytest`` never picks up ``.lean``
corpora that a project's own tests keep as fixtures):

* ``--lean`` on the command line: every ``.lean`` file under the collected paths;
* ini option ``lean_collect = always``: the same; ``never``: none;
* otherwise (``auto``, the default): only files named on the command line, and files inside
  a directory named on the command line that does not lie inside the configured
  ``testpaths``. So ``pytest specs/`` checks the specs, while ``pytest`` (which collects
  ``testpaths``) and ``pytest tests/reader`` leave ``tests/**/*.lean`` alone.

Options: ``--lean-seed``, ``--lean-timeout`` (seconds per theorem), ``--lean-max-examples``
(defaults in ``jepa_formal/defaults.py``), ``--lean-method`` (as ``check --method``). The
checking itself is ``check.py``'s; this module imports it only when a ``.lean`` file is
actually collected, so loading the plugin costs nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from jepa_formal import defaults

if TYPE_CHECKING:
    from jepa_formal.check import CheckOptions, Workload
    from jepa_formal.verdict import Verdict

_COLLECT_MODES = ("auto", "always", "never")
_PARSED = pytest.StashKey[dict[str, Any]]()
"""Parsed modules shared by every ``.lean`` file collected in this process (each xdist
worker collects every file: a module imported by many files is parsed once per worker)."""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("jepa-formal", "check Lean 4 laws with jepa-formal")
    group.addoption(
        "--lean",
        action="store_true",
        default=False,
        help="collect every .lean file under the collected paths (default: only paths "
        "named on the command line, outside testpaths)",
    )
    group.addoption(
        "--lean-seed",
        type=int,
        default=defaults.SEED,
        help=f"seed of the concrete search (default {defaults.SEED})",
    )
    group.addoption(
        "--lean-timeout",
        type=float,
        default=defaults.TIMEOUT,
        help=f"time budget per theorem in seconds (default {defaults.TIMEOUT:g})",
    )
    group.addoption(
        "--lean-max-examples",
        type=int,
        default=defaults.MAX_EXAMPLES,
        help=f"concrete instances per theorem (default {defaults.MAX_EXAMPLES})",
    )
    group.addoption(
        "--lean-method",
        choices=("auto", "prove", "numeric"),
        default="auto",
        help="auto: a short concrete pass, then the prover, then the search (default); "
        "prove: the prover first; numeric: the concrete search only",
    )
    group.addoption(
        "--lean-root",
        default=None,
        help="folder where `import A.B` finds A/B.lean (default: the reader's own rule)",
    )
    parser.addini(
        "lean_collect",
        "which .lean files jepa-formal collects: auto (paths named on the command line, "
        "outside testpaths), always, never",
        default="auto",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix != ".lean" or not _should_collect(file_path, parent.config):
        return None
    return LeanFile.from_parent(parent, path=file_path)


def _should_collect(file_path: Path, config: pytest.Config) -> bool:
    """Decide by the rules in the module docstring."""
    if config.getoption("lean"):
        return True
    mode = str(config.getini("lean_collect") or "auto").strip().lower()
    if mode not in _COLLECT_MODES:
        raise pytest.UsageError(
            f"lean_collect must be one of {', '.join(_COLLECT_MODES)}, not {mode!r}"
        )
    if mode != "auto":
        return mode == "always"
    if config.args_source != pytest.Config.ArgsSource.ARGS:
        return False
    here = config.invocation_params.dir
    target = file_path.resolve()
    testpaths = [(config.rootpath / p).resolve() for p in config.getini("testpaths")]
    for arg in config.args:
        named = (here / arg.split("::", 1)[0]).resolve()
        if named == target:
            return True
        if named.is_dir() and target.is_relative_to(named):
            if not any(named.is_relative_to(tp) for tp in testpaths):
                return True
    return False


def _skip(reason: str) -> BaseException:
    """A skip reported at the theorem's line rather than at this module's (as skip marks do)."""
    try:
        return pytest.skip.Exception(reason, _use_item_location=True)
    except TypeError:  # pragma: no cover - a pytest without the keyword
        return pytest.skip.Exception(reason)


def _options(config: pytest.Config) -> CheckOptions:
    from jepa_formal.check import CheckOptions

    return CheckOptions(
        seed=config.getoption("lean_seed"),
        timeout=config.getoption("lean_timeout"),
        max_examples=config.getoption("lean_max_examples"),
        root=config.getoption("lean_root"),
        method=config.getoption("lean_method"),
    )


def _shown_path(path: Path, config: pytest.Config) -> str:
    """The file as the user would type it: relative to the invocation folder when inside it."""
    try:
        return str(path.relative_to(config.invocation_params.dir))
    except ValueError:
        return str(path)


class LeanFile(pytest.File):
    """One ``.lean`` file: its parse errors and its theorems, each an item."""

    def collect(self) -> list[pytest.Item]:
        from jepa_formal.check import load_workload

        options = _options(self.config)
        parsed = self.config.stash.setdefault(_PARSED, {})  # one per xdist worker
        workload = load_workload([_shown_path(self.path, self.config)], options, parsed)
        items: list[pytest.Item] = []
        for error in workload.parse_errors:
            items.append(
                LeanParseErrorItem.from_parent(
                    self, name=f"parse error at {error.line}:{error.column}", error=error
                )
            )
        for entry in workload.entries:
            items.append(
                LeanTheoremItem.from_parent(
                    self,
                    name=entry.name if entry.theorem is not None else "load error",
                    workload=workload,
                    index=entry.index,
                    options=options,
                )
            )
        return items


class _LeanFailure(Exception):
    """Raised by ``runtest`` so that ``repr_failure`` can print the verdict without a traceback."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class LeanTheoremItem(pytest.Item):
    """One theorem (or ``example``), checked when the item runs."""

    def __init__(
        self, *, workload: Workload, index: int, options: CheckOptions, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.workload = workload
        self.index = index
        self.options = options
        self.verdict: Verdict | None = None

    def runtest(self) -> None:
        from jepa_formal.check import check_entry
        from jepa_formal.report.common import render_verdict_plain
        from jepa_formal.verdict import Status

        verdict = check_entry(self.workload, self.index, self.options)
        self.verdict = verdict
        if verdict.status.is_failure:
            raise _LeanFailure(render_verdict_plain(verdict, self.options))
        if verdict.status in (Status.UNSUPPORTED, Status.INCONCLUSIVE):
            reason = verdict.detail or verdict.construct or verdict.status.value
            raise _skip(f"{verdict.status.value}: {reason}")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, _LeanFailure):
            return excinfo.value.text
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        entry = self.workload.entries[self.index]
        return self.path, max(entry.line - 1, 0), f"lean theorem {self.name}"


class LeanParseErrorItem(pytest.Item):
    """A region of the file that could not be read: always fails, with the rendered error."""

    def __init__(self, *, error: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error

    def runtest(self) -> None:
        raise _LeanFailure(self.error.render())

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, _LeanFailure):
            return excinfo.value.text
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, max(self.error.line - 1, 0), self.name
