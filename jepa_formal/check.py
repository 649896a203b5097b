"""Checking theorems end to end: load files, then per theorem prove, spot-check or search.

Why here: this is the one place that decides a verdict from the evidence of the layers below
(``reader`` → ``mirror`` → ``prove`` / ``numeric``), with a budget per theorem. The front doors
(CLI, pytest plugin, API) call ``check_paths`` or ``load_workload`` + ``check_entry`` and hand
the values to ``report/``; nothing here prints.

The strategy per theorem (soundness first; see docs/lean-semantics.md, "What a verdict promises"):

1. elaborate the statement; ``Unsupported`` becomes an ``unsupported`` verdict naming the
   construct and its position;
2. ``prove_law``: a ``proved`` law is spot-checked on concrete instances, and a disagreement is
   an ``error`` (an internal error, never a pass); a ``bounded`` law is also searched
   concretely, and a replayed counterexample beats ``bounded`` (it is reported ``refuted``,
   flagged as an internal error since ``bounded`` must not lie within its bound);
3. otherwise ``numeric.search`` decides ``tested`` / ``refuted`` / ``inconclusive``.

Any unexpected exception inside one theorem becomes an ``error`` verdict for that theorem and
the others go on. Runs are deterministic for a seed: each theorem's search seed is derived
from the global seed and the theorem's full name with BLAKE2 (not Python's salted ``hash``).
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jepa_formal import defaults
from jepa_formal.errors import (
    BudgetExceeded,
    InternalError,
    JepaFormalError,
    ParseError,
    Unsupported,
    UsageError,
)
from jepa_formal.reader import syntax
from jepa_formal.reader.module import with_deferred
from jepa_formal.reader.syntax import Theorem
from jepa_formal.verdict import WORKER_DIED, Status, Verdict, counted, html_of

if TYPE_CHECKING:
    from jepa_formal.ahead import Ahead
    from jepa_formal.cache import VerdictCache
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.mirror.core.terms import Law
    from jepa_formal.numeric.outcome import NumericOutcome
    from jepa_formal.prove.problem import ProofOutcome
    from jepa_formal.reader.project import Project

PROVE_SHARE = 0.5
"""Share of the per-theorem budget the prover may spend; the concrete search gets the rest."""
MIN_SEARCH_SHARE = 0.3
"""The concrete search always gets at least this share, even after a slow prover."""
SPOT_CHECK_EXAMPLES = 20
METHODS = ("auto", "prove", "numeric")
"""``auto``: a short concrete pass, then the prover, then the full search; ``prove``: the
prover, then the search; ``numeric``: the concrete search alone (no SymPy at all)."""
QUICK_EXAMPLES = 80
"""Instances of ``auto``'s first concrete pass (a false law is refuted before any SymPy work).

Measured on the bundled specs and the trust corpus (``benchmarks/startup.py`` and the notes
of the perf issue): 200 instances cost 4x the prover on the specs' function-table laws; 80,
three quarters of them from the exhaustive small scope (``QUICK_SMALL_SCOPE``), cost a
quarter of that and miss 5 of 451 refutations (the full search after the prover finds
them), against 1 for 200 and 6 for 50 at the search's usual one-half share."""
QUICK_SMALL_SCOPE = 0.75
"""Share of the quick pass given to the exhaustive small scope (the cheapest instances, and
the ones most false laws fail on: ``(a - b) / c`` at ``a = 2, b = 1, c = 2``)."""
QUICK_SHARE = 0.2
"""Most of the per-theorem budget ``auto``'s first concrete pass may spend (it ends after
``QUICK_EXAMPLES`` instances, a few milliseconds, unless evaluating them is slow: the cap
only bounds pathological laws, and is generous so that a loaded machine still refutes here)."""


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What a run may spend and which theorems it checks.

    ``timeout`` is the budget per theorem in seconds; ``pattern`` (``-k``) selects theorems by
    substring or glob on the full name; ``strict`` makes ``inconclusive``/``unsupported`` fail;
    ``root`` is where ``import A.B`` is resolved; ``bound`` the prover's list-length bound;
    ``auto_implicit`` False reads every file as under ``set_option autoImplicit false``.
    ``method`` is one of ``METHODS`` (see ``check_law``); ``jobs`` the number of worker
    processes (1: check in this process); ``cache_dir`` the verdict cache folder (None: no
    cache). ``jobs`` and ``cache_dir`` never change a verdict.
    """

    seed: int = defaults.SEED
    max_examples: int = defaults.MAX_EXAMPLES
    timeout: float = defaults.TIMEOUT
    pattern: str | None = None
    strict: bool = False
    root: str | None = None
    bound: int = defaults.BOUND
    audit: bool = False
    """``--audit``: replay every rewrite step of every proof on concrete instances."""
    auto_implicit: bool = True
    method: str = "auto"
    jobs: int = 1
    cache_dir: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One theorem to check: its display name (full Lean name; ``example@FILE:LINE`` for an
    unnamed ``example``), where its name stands, and the environment of its file.

    A file that could not be loaded at all (a bug in a lower layer) is one entry with
    ``theorem=None`` and ``problem`` set, so the run reports it as an ``error`` and goes on.
    ``env_error`` says why the file's definitions could not be read, if they could not.
    ``unread_imports`` (imports not on disk) and ``read_namespaces`` (first components of the
    names defined in the files read) let ``validity`` tell ``invalid`` from ``unsupported``.
    """

    index: int
    name: str
    path: str
    line: int
    column: int
    theorem: Theorem | None
    env: Env | None = field(default=None, compare=False)
    env_error: str | None = None
    problem: str | None = None
    unread_imports: tuple[str, ...] = ()
    read_namespaces: frozenset[str] = frozenset()
    deferred: Any = field(default=None, compare=False)
    """A theorem whose statement is read on first use (``reader.module.Deferred``, loads
    with ``defer``): ``theorem`` is None until ``resolved``."""


@dataclass(frozen=True, slots=True)
class Workload:
    """Everything loaded before checking: the theorems to check (file order), the parse errors
    and the notes (unresolved imports…).

    ``late_errors``: the parse errors of deferred statements (``load_workload(defer=True)``),
    found while checking; such an entry gets no verdict, as a statement that does not parse
    gets no entry in a load without ``defer``. ``all_parse_errors`` merges them in place."""

    files: tuple[str, ...]
    entries: tuple[Entry, ...]
    parse_errors: tuple[ParseError, ...] = ()
    notes: tuple[str, ...] = ()
    late_errors: list[ParseError] = field(default_factory=list, compare=False)

    def all_parse_errors(self) -> tuple[ParseError, ...]:
        """Every parse error in the order of a load without ``defer``: files in order, each
        file's errors by position."""
        if not self.late_errors:
            return self.parse_errors
        order = {path: i for i, path in enumerate(self.files)}
        return tuple(sorted((*self.parse_errors, *self.late_errors),
                            key=lambda e: (order.get(e.path, len(order)), e.line, e.column)))


@dataclass(frozen=True, slots=True)
class CheckRun:
    """The result of a run: verdicts in file order, parse errors, notes, seed, total seconds.

    ``interrupted`` marks a run stopped by Ctrl-C: ``verdicts`` are those decided before it
    (of ``planned`` theorems), and the exit status is 130.
    """

    verdicts: tuple[Verdict, ...]
    parse_errors: tuple[ParseError, ...] = ()
    notes: tuple[str, ...] = ()
    seed: int = defaults.SEED
    seconds: float = 0.0
    files: tuple[str, ...] = ()
    options: CheckOptions = field(default_factory=CheckOptions)
    interrupted: bool = False
    planned: int | None = None

    def _repr_html_(self) -> str:
        """The run's cards with counts, chart and filter, for Jupyter."""
        return html_of(self)

    def summary(self) -> dict[str, int]:
        """Count per status, every status present (in ``Status`` order) so the keys are stable."""
        counts = {status.value: 0 for status in Status}
        for verdict in self.verdicts:
            counts[verdict.status.value] += 1
        return counts

    def failures(self) -> tuple[Verdict, ...]:
        """The verdicts that fail the run (``--strict`` adds inconclusive and unsupported; a
        theorem lost with its worker process fails it always)."""
        return tuple(v for v in self.verdicts
                     if is_failure(v.status, self.options.strict) or v.method == WORKER_DIED)

    @property
    def exit_code(self) -> int:
        """130 when interrupted, 2 when a file could not be parsed, 1 when a verdict fails the
        run, else 0."""
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.parse_errors:
            return 2
        return 1 if self.failures() else 0


EXIT_INTERRUPTED = 130
"""The shell's status for a process ended by SIGINT (128 + 2)."""


class CheckInterrupted(KeyboardInterrupt):
    """Ctrl-C during ``check_paths``: still a ``KeyboardInterrupt`` for callers that do not
    care, but carrying ``run``, the report of every verdict decided before it."""

    def __init__(self, run: CheckRun) -> None:
        super().__init__("interrupted")
        self.run = run


class InOrder:
    """Hands verdicts to ``callback`` in file order, each as soon as every earlier one has
    been handed over: streaming output stays in file order when theorems finish out of order
    (``-j``). ``add(index, verdict)`` in any order; ``released`` are the verdicts handed over."""

    def __init__(self, callback: Callable[[Verdict], None] | None) -> None:
        self.callback = callback
        self.released: list[Verdict] = []
        self._waiting: dict[int, Verdict] = {}

    def add(self, index: int, verdict: Verdict) -> None:
        self._waiting[index] = verdict
        while len(self.released) in self._waiting:
            ready = self._waiting.pop(len(self.released))
            self.released.append(ready)
            if self.callback is not None:
                self.callback(ready)

    def decided(self) -> list[Verdict]:
        """Every verdict added so far in file order (those still waiting for an earlier one
        included): what an interrupted run reports."""
        return [*self.released, *(self._waiting[i] for i in sorted(self._waiting))]


def is_failure(status: Status, strict: bool) -> bool:
    """Refuted and error always fail; with ``strict`` also inconclusive and unsupported."""
    if status.is_failure:
        return True
    return strict and status in (Status.INCONCLUSIVE, Status.UNSUPPORTED)


def derive_seed(seed: int, name: str) -> int:
    """The search seed of one theorem: stable across processes and Python versions."""
    digest = hashlib.blake2b(f"{seed}\x00{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def matches(name: str, pattern: str | None) -> bool:
    """``-k``: a substring of the full name, or a glob (``*append*``) matching all of it."""
    if not pattern:
        return True
    return pattern in name or fnmatch.fnmatchcase(name, pattern)


def bundled_specs() -> str:
    """The directory of the specs shipped with the package (works after a non-editable install)."""
    specs = resources.files("jepa_formal") / "specs"
    if not isinstance(specs, Path):  # pragma: no cover - zipped installs are not supported
        raise UsageError("the bundled specs are not on the file system; pass a path")
    return str(specs)


def _shown(path: str) -> str:
    """``path`` relative to the working directory when it lies inside it (shorter reports)."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


def expand_paths(paths: Sequence[str]) -> tuple[str, ...]:
    """Files as given, folders as every ``*.lean`` below them (sorted). A missing path, a
    folder that cannot be read and paths holding no ``.lean`` file at all are usage errors:
    a run over nothing must never pass."""
    files: list[str] = []
    empty: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(_lean_files(path, raw), key=lambda p: p.as_posix())
            files.extend(str(p) for p in found)
            if not found:
                empty.append(raw)
        elif path.exists():
            files.append(str(path))
        else:
            raise UsageError(f"no such file or directory: {raw}")
    if not files and empty:
        raise UsageError(f"no .lean file in {', '.join(empty)}")
    seen: set[str] = set()
    unique = []
    for f in files:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return tuple(unique)


def _lean_files(folder: Path, shown: str) -> list[Path]:
    """Every ``*.lean`` below ``folder``; a folder (or subfolder) that cannot be listed is a
    usage error rather than silently nothing."""

    def refuse(exc: OSError) -> None:
        where = exc.filename or shown
        raise UsageError(f"cannot read folder {where}: {exc.strerror or exc}")

    found = []
    for here, dirs, names in os.walk(folder, onerror=refuse):
        dirs.sort()
        found.extend(Path(here) / n for n in names if n.endswith(".lean"))
    return found


def entry_name(theorem: Theorem) -> str:
    """The full Lean name; an unnamed ``example`` is ``example@FILE:LINE`` (the reader's name,
    the same in ``list``, ``check``, ``-k`` and every report)."""
    if theorem.name:
        return theorem.name
    line = theorem.span.line if theorem.span else 0
    file = os.path.basename(theorem.span.path) if theorem.span else "?"
    return f"example@{file}:{line}"


def load_workload(
    paths: Sequence[str], options: CheckOptions, parsed: dict[str, Any] | None = None,
    *, defer: bool = False
) -> Workload:
    """Parse the files (following resolvable imports), build each file's environment and list
    the theorems selected by ``options.pattern``. Raises ``UsageError`` for a missing path.

    Files are loaded one by one so that a failure in one (a reader or mirror bug) becomes an
    ``error`` for that file while the others are checked.

    ``defer``: theorem statements are read where they are checked (``Entry.deferred``; the
    workers of a ``--jobs`` run read theirs in parallel). A deferred statement that does not
    parse gets no verdict and its errors go to ``Workload.late_errors``; one whose name's
    first component no read declaration shares is read here, so ``read_namespaces`` is
    the same as without ``defer``.
    """
    files = expand_paths(paths) if paths else expand_paths([_shown(bundled_specs())])
    entries: list[Entry] = []
    errors: list[ParseError] = []
    notes: dict[str, None] = {}
    unread: list[tuple[str, str]] = []  # imports not on disk, over every load of the run
    skipped: list[Any] = []  # declarations of the files checked, for skipped-command notes
    # shared by the loads (and by a caller's loads, e.g. the pytest plugin's per worker):
    # an imported file is parsed once
    parsed = {} if parsed is None else parsed
    for display in files:
        try:
            project = _load(display, options, parsed, defer)
        except UsageError:
            raise
        except Exception as exc:
            problem = _internal(exc)
            entries.append(Entry(len(entries), display, display, 1, 1, None, problem=problem))
            continue
        # the unread imports of every load are worded once, at the end
        notes.update((str(n), None) for n in project.folder_notes)
        unread.extend(project.unread_imports)
        env, env_error = _build_env(project)
        unread_here = tuple(dict.fromkeys(m for m, _ in project.unread_imports))
        read_heads = frozenset(
            d.name.split(".", 1)[0] for m in project.modules for d in m.decls if d.name
        )
        read_heads, failed_here = _read_unshared_heads(project, read_heads)
        for module in project.modules:
            if os.path.realpath(module.path) != os.path.realpath(display):
                continue  # an imported file: its definitions are used, not checked here
            for deferred in module.deferred:
                if not matches(deferred.name, options.pattern):  # type: ignore[attr-defined]
                    # not checked (``-k``), but a statement that does not parse is still
                    # reported, as without ``defer``: read here
                    failed = deferred.force()[1]  # type: ignore[attr-defined]
                    if failed:
                        failed_here[id(deferred)] = failed
            found = [e for e in module.errors if isinstance(e, ParseError)]
            if failed_here:  # deferred statements read above that do not parse
                found = sorted((*found, *(e for d in module.deferred if id(d) in failed_here
                                          for e in failed_here[id(d)])),
                               key=lambda e: (e.line, e.column))
            errors.extend(replace(e, path=display) if e.path != display else e for e in found)
            skipped.extend(module.decls)  # for one note per kind of skipped command
            for decl in (*with_deferred(module), *module.commands):
                deferred = decl if not isinstance(decl, syntax.Decl) else None
                if deferred is not None and id(deferred) in failed_here:
                    continue
                if deferred is None and not isinstance(decl, Theorem) and not _guard_test(decl):
                    continue
                if deferred is not None:
                    name = deferred.name
                else:
                    name = entry_name(decl) if isinstance(decl, Theorem) else decl.name
                if not matches(name, options.pattern):
                    continue
                span = deferred.name_span if deferred is not None else decl.name_span or decl.span
                entries.append(
                    Entry(
                        index=len(entries),
                        name=name,
                        path=display,
                        line=span.line if span else 0,
                        column=span.column if span else 0,
                        theorem=decl if deferred is None else None,
                        env=env,
                        env_error=env_error,
                        unread_imports=unread_here,
                        read_namespaces=read_heads,
                        deferred=deferred,
                    )
                )
            break
    from jepa_formal.reader.project import skipped_commands_notes, unread_imports_note

    notes.update((n, None) for n in skipped_commands_notes(skipped))
    unread_note = unread_imports_note(unread)
    if unread_note:
        notes[unread_note] = None
    return Workload(
        files=files, entries=tuple(entries), parse_errors=tuple(errors), notes=tuple(notes)
    )


def _load(path: str, options: CheckOptions, parsed: dict[str, Any], defer: bool = False
          ) -> Project:
    from jepa_formal.reader import load

    # the option is applied to every declaration after the load: deferred ones would miss it
    defer = defer and options.auto_implicit
    project = load([path], root=options.root, parsed=parsed, defer=defer)
    if not options.auto_implicit:
        from jepa_formal.reader.project import with_default_option

        project = with_default_option(project, "autoImplicit", "false")
    return project


def _read_unshared_heads(
    project: Project, heads: frozenset[str]
) -> tuple[frozenset[str], dict[int, tuple[ParseError, ...]]]:
    """Reads the deferred theorems whose name's first component (``Foo`` of ``Foo.bar``) no
    read declaration has: whether they parse decides whether that component is among the
    names read (``Entry.read_namespaces``, which tells ``invalid`` from ``unsupported``), so
    it cannot wait for the check. The names read then, and the errors of those that do not
    parse (by ``id`` of the deferred theorem)."""
    now = [d for m in project.modules for d in m.deferred
           if d.name.split(".", 1)[0] not in heads]  # type: ignore[attr-defined]
    if not now:
        return heads, {}
    more = set(heads)
    failed: dict[int, tuple[ParseError, ...]] = {}
    for deferred in now:
        decls, errors = deferred.force()
        if errors:
            failed[id(deferred)] = errors
        more.update(d.name.split(".", 1)[0] for d in decls if d.name)
    return frozenset(more), failed


def resolved(entry: Entry) -> Entry | tuple[ParseError, ...]:
    """``entry`` with its deferred statement read (``Entry.deferred``), or the parse errors
    that statement has (then it gets no verdict, see ``Workload.late_errors``)."""
    if entry.deferred is None:
        return entry
    decls, failed = entry.deferred.force()
    if failed:
        return tuple(replace(e, path=entry.path) if e.path != entry.path else e for e in failed)
    theorem = decls[0] if len(decls) == 1 else None
    if not isinstance(theorem, Theorem) or entry_name(theorem) != entry.name:
        problem = str(InternalError(
            f"the statement of {entry.name} read later gave {[d.name for d in decls]}"))
        return replace(entry, deferred=None, problem=problem)
    return replace(entry, theorem=theorem, deferred=None)


def _build_env(project: Project) -> tuple[Env | None, str | None]:
    from jepa_formal.mirror.core.env import Env

    try:
        return Env.from_project(project), None
    except JepaFormalError as exc:
        return None, f"the definitions could not be read: {exc}"
    except Exception as exc:
        return None, _internal(exc)


def check_paths(
    paths: Sequence[str],
    options: CheckOptions | None = None,
    *,
    on_start: Callable[[int], None] | None = None,
    on_verdict: Callable[[Verdict], None] | None = None,
) -> CheckRun:
    """Check every selected theorem of ``paths`` (the bundled specs when empty).

    ``on_start(total)`` and ``on_verdict(verdict)`` let a front door stream the run; they are
    called from this thread, ``on_verdict`` in file order as soon as a verdict and every
    earlier one are decided. Ctrl-C raises ``CheckInterrupted`` carrying the verdicts decided.
    """
    options = options or CheckOptions()
    started = time.perf_counter()
    # with `-k`, the statements left out are read here, as without --jobs: their parse
    # errors are reported either way (a deferred one left out would never be read)
    workload = load_workload(paths, options, defer=_forks(options) and not options.pattern)
    if on_start is not None:
        on_start(len(workload.entries))
    ordered = InOrder(on_verdict)

    def run(verdicts: Sequence[Verdict], interrupted: bool = False) -> CheckRun:
        return CheckRun(
            verdicts=tuple(verdicts),
            parse_errors=workload.all_parse_errors(),
            notes=workload.notes,
            seed=options.seed,
            seconds=time.perf_counter() - started,
            files=workload.files,
            options=options,
            interrupted=interrupted,
            planned=len(workload.entries) - len(workload.late_errors and {
                (e.path, e.decl_name) for e in workload.late_errors}),
        )

    try:
        for index, verdict in enumerate(iter_verdicts(workload, options)):
            ordered.add(index, verdict)
    except KeyboardInterrupt:
        raise CheckInterrupted(run(ordered.decided(), interrupted=True)) from None
    return run(ordered.released)


def iter_verdicts(workload: Workload, options: CheckOptions) -> Iterator[Verdict]:
    """The verdicts of every entry, in file order, each as soon as it and those before it are
    decided: in this process, or with ``options.jobs > 1`` in worker processes
    (``parallel.py``); cached verdicts are answered first, without SymPy."""
    cache = open_cache(options)
    if options.jobs > 1 and len(workload.entries) > 1:
        from jepa_formal.parallel import parallel_verdicts

        yield from parallel_verdicts(workload, options, cache, check_deferred, cached_verdict,
                                     quick_ahead)
        return
    for entry in workload.entries:
        verdict = check_deferred(workload, entry.index, options, cache=cache)
        if isinstance(verdict, Verdict):
            yield verdict
        else:
            workload.late_errors.extend(verdict)


def _forks(options: CheckOptions) -> bool:
    """Whether a run with ``options`` may check in forked workers: then its statements are
    read where they are checked (``load_workload(defer=True)``)."""
    if options.jobs < 2:
        return False
    from jepa_formal.workers import can_fork

    return can_fork()


def open_cache(options: CheckOptions) -> VerdictCache | None:
    """The verdict cache of ``options.cache_dir`` (None when caching is off)."""
    if not options.cache_dir:
        return None
    from jepa_formal.cache import VerdictCache

    return VerdictCache(options.cache_dir)


def cached_verdict(
    workload: Workload, index: int, options: CheckOptions, cache: VerdictCache | None
) -> Verdict | str | None:
    """The cached verdict of an entry, else its cache key (None when it has none: load
    errors and statements that do not elaborate are cheap to check again)."""
    from jepa_formal.cache import law_key
    from jepa_formal.mirror.elaborate import elaborate_theorem

    entry = workload.entries[index]
    if entry.deferred is not None:
        found = resolved(entry)
        if not isinstance(found, Entry):
            return None  # checked (and reported) as it is without a cache
        entry = found
    if entry.theorem is None or entry.env is None:
        return None
    started = time.perf_counter()
    try:
        law = elaborate_theorem(entry.theorem, entry.env)
        key = law_key(law, entry.env, entry.name, options)
    except Exception:  # Unsupported, or a bug that check_entry reports as an error verdict
        return None
    hit = cache.get(key)
    if hit is None:
        return key
    try:
        statement = statement_text(entry.theorem)
    except Exception:  # printing is for reports only
        statement = ""
    return replace(
        hit, path=entry.path, line=entry.line, column=entry.column, statement=statement,
        cached=True, seconds=time.perf_counter() - started,
    )


def check_entry(
    workload: Workload, index: int, options: CheckOptions, *,
    cache: VerdictCache | None = None, quick: Ahead | None = None
) -> Verdict:
    """Check one theorem of a workload; never raises (a bug becomes an ``error`` verdict).

    With a ``cache`` (``cache.VerdictCache``), an unchanged theorem is answered from it and a
    new verdict is stored in it. A deferred statement (``Entry.deferred``) is read first; one
    that does not parse is an ``error`` here (``check_deferred`` returns its parse errors).
    ``quick``: the entry's quick pass, run ahead by ``quick_ahead`` (``ahead.py``)."""
    entry = _read_ahead(workload.entries[index], quick)
    started = time.perf_counter()
    if entry.deferred is not None:
        try:
            found = resolved(entry)
        except Exception as exc:  # Deferred.force never raises; a bug here still must not
            found = replace(entry, deferred=None, problem=_internal(exc))
        if not isinstance(found, Entry):
            found = replace(entry, deferred=None, problem="; ".join(e.render() for e in found))
        entry = found
    base = Verdict(
        name=entry.name,
        status=Status.ERROR,
        seed=options.seed,
        path=entry.path,
        line=entry.line,
        column=entry.column,
    )
    try:
        base = replace(base, statement=statement_text(entry.theorem))
    except Exception:  # printing is for reports only; a printer bug must not cost the verdict
        pass
    try:
        verdict = _check_theorem(entry, options, base, cache, quick)
    except Exception as exc:  # the promise: one theorem's bug never stops the run
        verdict = replace(base, status=Status.ERROR, method="internal", detail=_internal(exc))
    ahead = quick.wall if quick is not None and not verdict.cached else 0.0
    return replace(verdict, seconds=time.perf_counter() - started + ahead)


def check_deferred(
    workload: Workload, index: int, options: CheckOptions, *,
    cache: VerdictCache | None = None, quick: Ahead | None = None
) -> Verdict | tuple[ParseError, ...]:
    """``check_entry``, except that a deferred statement that does not parse gives its parse
    errors instead of a verdict: the caller adds them to ``workload.late_errors`` (in the
    parent process) and reports no verdict, as a load without ``defer`` would have."""
    entry = _read_ahead(workload.entries[index], quick)
    if entry.deferred is not None:
        try:
            found = resolved(entry)
        except Exception:  # check_entry reports it as an error verdict
            found = entry
        if not isinstance(found, Entry):
            return found
    return check_entry(workload, index, options, cache=cache, quick=quick)


def _read_ahead(entry: Entry, quick: Ahead | None) -> Entry:
    """``entry`` with the statement its quick pass ahead read (``Ahead.theorem``), if any:
    not read (and elaborated, ``_check_theorem``) a second time."""
    if quick is None or quick.theorem is None or entry.deferred is None:
        return entry
    return replace(entry, theorem=quick.theorem, deferred=None)


def _guard_test(decl: syntax.Decl) -> bool:
    """Lean's test idiom ``/-- info: 7 -/ #guard_msgs in #eval e``: one more checked item."""
    from jepa_formal.reader.syntax import Command

    return isinstance(decl, Command) and decl.guarded and decl.kind == "#eval"


def statement_text(theorem: Theorem | None) -> str:
    """The theorem as Lean text: keyword, name, binders and statement (no proof)."""
    if theorem is None:
        return ""
    from jepa_formal.reader import print_binder, print_term

    keyword = "example" if theorem.kind == "example" else "theorem"
    head = keyword if keyword == "example" else f"{keyword} {theorem.short_name}"
    binders = " ".join(print_binder(b) for b in theorem.all_binders)
    text = f"{head} {binders}" if binders else head
    return f"{text} :\n    {print_term(theorem.statement)}"


def _check_theorem(entry: Entry, options: CheckOptions, base: Verdict,
                   cache: VerdictCache | None, quick: Ahead | None = None) -> Verdict:
    if entry.theorem is None:
        return replace(base, status=Status.ERROR, method="load", detail=entry.problem or "")
    if _guard_test(entry.theorem):
        from jepa_formal.leaneval.run import guard_verdict

        verdict = guard_verdict(entry.theorem, entry.env, base)  # type: ignore[arg-type]
        if options.audit and verdict.status is Status.PROVED:
            note = ("audit: 0 rewrite steps replayed on concrete instances, 0 not replayable "
                    "(an exact evaluation of one closed term)")
            verdict = replace(verdict, notes=(*verdict.notes, note))
        return verdict
    if entry.env is None:
        return replace(
            base, status=Status.ERROR, method="environment", detail=entry.env_error or ""
        )
    from jepa_formal.mirror.elaborate import elaborate_theorem

    try:
        law = quick.law if quick is not None and quick.law is not None else (
            elaborate_theorem(entry.theorem, entry.env))
    except Unsupported as exc:
        return _elaboration_failed(entry, base, exc)
    if cache is None:
        return check_law(law, entry.env, options, base=base, quick=quick)
    from jepa_formal.cache import law_key

    key = law_key(law, entry.env, base.name, options)
    hit = cache.get(key)
    if hit is not None:
        return replace(
            hit, path=base.path, line=base.line, column=base.column, statement=base.statement,
            cached=True,
        )
    verdict = check_law(law, entry.env, options, base=base, quick=quick)
    cache.put(key, verdict)
    return verdict


def _elaboration_failed(entry: Entry, base: Verdict, exc: Unsupported) -> Verdict:
    """``invalid`` when Lean itself would reject the statement (``validity``), else
    ``unsupported``; an unknown name that unread imports could define says so."""
    from jepa_formal.errors import UnknownName
    from jepa_formal.validity import lean_rejects

    theorem = entry.theorem
    namespaces = ()
    if theorem is not None:
        parts = theorem.namespace.split(".") if theorem.namespace else []
        opened = (o.split(" ", 1)[0] for o in theorem.opens)  # "X (a b)", "X hiding a": X
        namespaces = (*(".".join(parts[: k + 1]) for k in range(len(parts))), *opened)
    rejection = lean_rejects(
        exc,
        unread_imports=entry.unread_imports,
        namespaces=namespaces,
        read_namespaces=entry.read_namespaces,
    )
    if rejection is None:
        verdict = _unsupported(base, exc, "elaboration")
        if isinstance(exc, UnknownName) and entry.unread_imports and (
                "unread import" not in exc.construct):
            imports = ", ".join(entry.unread_imports[:3])
            more = "…" if len(entry.unread_imports) > 3 else ""
            note = f"'{exc.name}' may be defined by an import that was not read ({imports}{more})"
            verdict = replace(verdict, notes=(*verdict.notes, note))
        return verdict
    return replace(
        base,
        status=Status.INVALID,
        method="elaboration",
        detail=rejection.render(),
        construct=exc.construct,
    )


def check_law(law: Law, env: Env, options: CheckOptions, *, base: Verdict,
              quick: Ahead | None = None) -> Verdict:
    """Prove, then spot-check or search one elaborated law; ``base`` carries name and location.

    Public so that ``explain`` can re-check a law with a hypothesis dropped. May raise only on
    a bug (``check_entry`` turns that into an ``error`` verdict). ``quick``: ``auto``'s quick
    pass of this law, already run (``quick_ahead``), used instead of running it again.
    """
    if options.method not in METHODS:
        raise UsageError(f"unknown method {options.method!r}: one of {', '.join(METHODS)}")
    from jepa_formal import timelimit

    with timelimit.limit(options.timeout) as limit:
        verdict = _check_law(law, env, options, base, quick)
    if limit.fired:  # the evidence names the cut (a search cut says so in its detail already)
        note = limit.note()
        if not any(note in text for text in (verdict.detail, *verdict.notes)):
            verdict = replace(verdict, notes=(*verdict.notes, note))
    return verdict


def _check_law(law: Law, env: Env, options: CheckOptions, base: Verdict,
               ahead: Ahead | None = None) -> Verdict:
    """``check_law`` within the theorem's time limit (``timelimit``): each phase stops at the
    limit, and what was done decides the verdict (``proved`` only from a completed proof)."""
    from jepa_formal import timelimit

    seed = derive_seed(options.seed, base.name)
    started = time.perf_counter()
    if options.method == "numeric":
        return _numeric_only(law, env, options, base, seed)
    if options.method != "auto":
        quick = None
    elif ahead is not None:  # run ahead in another process: its CPU time is this check's
        quick = ahead.outcome
        timelimit.charge(ahead.cpu)
    else:
        quick = _quick_search(law, env, options, seed)
    if quick is not None and quick.status is Status.REFUTED:
        return _from_search(base, quick, "")
    with timelimit.uncounted():  # SymPy's first import is the process's, not this theorem's
        from jepa_formal.prove import prove_law

    try:
        proof = prove_law(law, env, timeout=options.timeout * PROVE_SHARE, bound=options.bound,
                          audit=options.audit)
    except Unsupported as exc:
        proof, prove_note = None, f"symbolic: {exc}"
    except BudgetExceeded as exc:
        proof, prove_note = None, f"symbolic: budget spent ({exc})"
    else:
        prove_note = ""
    remaining = max(
        options.timeout - (time.perf_counter() - started), options.timeout * MIN_SEARCH_SHARE
    )
    status = proof.status if proof is not None else None
    if proof is not None and proof.strategy_errors:
        base = replace(base, prover_errors=proof.strategy_errors)
    if proof is not None and proof.audit is not None and proof.audit.failures:
        return _audit_failed(base, proof)
    if proof is not None and status is None:
        why = proof.unsupported or proof.reason
        prove_note = f"symbolic: {why}" if why else ""
    if status is Status.PROVED:
        return _after_proof(law, env, options, base, proof, seed, quick)
    if quick is not None and status is None and timelimit.expired():
        return _from_search(base, quick, prove_note)  # the limit fired: the quick pass stands
    try:
        outcome = _search(law, env, options, seed, remaining,
                          proof.candidates if proof is not None else (),
                          proof.witnesses if proof is not None and status is None else ())
    except Unsupported as exc:
        if status is Status.BOUNDED:
            return _bounded(base, proof, None, notes=(f"concrete search skipped: {exc}",))
        return _unsupported(base, exc, "concrete evaluation", prove_note)
    if status is Status.BOUNDED:
        return _bounded(base, proof, outcome)
    return _from_search(base, outcome, prove_note)


def _numeric_only(
    law: Law, env: Env, options: CheckOptions, base: Verdict, seed: int
) -> Verdict:
    """``--method numeric``: the concrete search with the whole budget, no prover."""
    try:
        outcome = _search(law, env, options, seed, options.timeout)
    except Unsupported as exc:
        return _unsupported(base, exc, "concrete evaluation")
    return _from_search(base, outcome, "symbolic: not tried (--method numeric)")


def _quick_search(law: Law, env: Env, options: CheckOptions, seed: int
                  ) -> NumericOutcome | None:
    """``auto``'s first pass: a few hundred instances (the search's first ones, same seed);
    None when the search cannot run them (the prover runs next either way, unless it refutes;
    a proof reuses its instances as the spot check, see ``_after_proof``; a check cut by its
    time limit in the prover reports them)."""
    from jepa_formal.numeric import search

    examples = min(QUICK_EXAMPLES, options.max_examples)
    try:
        outcome = search(
            law, env, seed=seed, max_examples=examples, timeout=options.timeout * QUICK_SHARE,
            small_scope_share=QUICK_SMALL_SCOPE,
        )
    except (Unsupported, BudgetExceeded):
        return None  # the full search after the prover says so, if it matters
    return outcome


def quick_ahead(workload: Workload, index: int, options: CheckOptions) -> Ahead | None:
    """The quick pass of an entry, run before (and apart from) its check, for ``ahead.py``:
    the outcome ``_check_law`` would compute first, with its CPU and wall seconds, and the
    statement read (a deferred one) and its elaborated law, so that the check does neither
    again; None when the check would run no quick pass (not ``auto``, a load error, a
    statement that does not read or elaborate, a ``#guard_msgs`` test), so it decides as
    without this."""
    from jepa_formal import timelimit
    from jepa_formal.ahead import Ahead
    from jepa_formal.mirror.elaborate import elaborate_theorem

    if options.method != "auto":
        return None
    entry = workload.entries[index]
    read = entry.deferred is not None
    if read:
        found = resolved(entry)
        if not isinstance(found, Entry):
            return None
        entry = found
    if entry.theorem is None or entry.env is None or _guard_test(entry.theorem):
        return None
    try:
        law = elaborate_theorem(entry.theorem, entry.env)
    except Unsupported:
        return None
    seed = derive_seed(options.seed, entry.name)
    cpu, wall = time.thread_time(), time.perf_counter()
    with timelimit.limit(options.timeout):  # as in check_law, where it runs first
        outcome = _quick_search(law, entry.env, options, seed)
    return Ahead(outcome, time.thread_time() - cpu, time.perf_counter() - wall,
                 entry.theorem if read else None, law)


def _search(law: Law, env: Env, options: CheckOptions, seed: int, timeout: float,
            candidates: Sequence[Any] = (), witnesses: Sequence[Any] = ()) -> NumericOutcome:
    """The full concrete search (the prover's ``candidates`` first, then the Z3 models of the
    goals it left undecided, ``witnesses``); a budget spent by raising is an inconclusive
    outcome."""
    from jepa_formal.numeric import search
    from jepa_formal.numeric.outcome import NumericOutcome
    from jepa_formal.numeric.search import witness_instances

    seeds = witness_instances(law, witnesses) if witnesses else ()
    extra: dict[str, Any] = {"seeds": seeds} if seeds else {}
    try:
        return search(law, env, seed=seed, max_examples=options.max_examples, timeout=timeout,
                      candidates=[dict(c) for c in candidates], **extra)
    except BudgetExceeded as exc:
        return NumericOutcome(Status.INCONCLUSIVE, examples=0, hypotheses_held=0,
                              detail=f"budget spent before any conclusion ({exc})",
                              method="concrete search")


def _after_proof(
    law: Law, env: Env, options: CheckOptions, base: Verdict, proof: ProofOutcome, seed: int,
    quick: NumericOutcome | None = None,
) -> Verdict:
    """A proof is only reported after the concrete meaning agrees on a few instances.

    ``auto``'s quick pass already evaluated the law on instances of the same search (same
    seed, small scope first) before the prover ran; when at least ``SPOT_CHECK_EXAMPLES`` of
    them were evaluated and none failed, they are that agreement, and running 20 more costs a
    seventh of the bundled specs' check time for no new evidence."""
    from jepa_formal.numeric import spot_check

    proved = replace(
        base,
        status=Status.PROVED,
        method=proof.method,
        detail=_proof_detail(proof),
        steps=tuple(proof.steps),
        confirmed_by=proof.confirmed_by,
        notes=_audit_note(proof),
    )
    if quick is not None and quick.status is Status.TESTED and (
            quick.examples - quick.over_budget >= SPOT_CHECK_EXAMPLES):
        return replace(proved, examples=quick.examples - quick.over_budget)
    try:
        spot = spot_check(law, env, seed=seed, examples=SPOT_CHECK_EXAMPLES)
    except (Unsupported, BudgetExceeded) as exc:
        return replace(proved, notes=(f"spot check skipped: {exc}",))
    if spot.status is Status.REFUTED:
        cex = spot.counterexample
        shown = cex.describe() if cex is not None else "a concrete instance"
        message = (
            f"the prover claims {proof.method or 'a proof'} but the concrete evaluator finds "
            f"{shown}; the symbolic and concrete meanings disagree"
        )
        return replace(
            proved,
            status=Status.ERROR,
            method="spot check",
            detail=str(InternalError(message)),
            counterexample=cex,
        )
    return replace(proved, examples=spot.examples)


def _audit_failed(base: Verdict, proof: ProofOutcome) -> Verdict:
    """A rewrite step that a concrete instance contradicts: an internal error, never a pass."""
    assert proof.audit is not None
    message = (f"--audit: {len(proof.audit.failures)} rewrite step(s) of the proof are false "
               f"at a concrete instance: {'; '.join(proof.audit.failures[:3])}")
    return replace(base, status=Status.ERROR, method="audit",
                   detail=str(InternalError(message)), steps=tuple(proof.steps))


def _audit_note(proof: ProofOutcome) -> tuple[str, ...]:
    if proof.audit is None:
        return ()
    return (f"audit: {proof.audit.replayed} rewrite steps replayed on concrete instances, "
            f"{proof.audit.skipped} not replayable (hypothesis steps, closing decisions)",)


def _proof_detail(proof: ProofOutcome) -> str:
    steps = len(proof.steps)
    return f"{proof.method}, {steps} step{'s' if steps != 1 else ''}" if steps else proof.method


def _bounded(base: Verdict, proof: ProofOutcome, outcome: NumericOutcome | None,
             notes: tuple[str, ...] = ()) -> Verdict:
    bound = proof.bound
    naturals = "naturals up to" in (proof.method or "")  # bounded too (prove/bounded.py)
    bounded = replace(
        base,
        status=Status.BOUNDED,
        method=proof.method or "bounded expansion",
        detail=f"holds for every list up to length {bound}" + (
            f" and every natural up to {bound} that sizes a list" if naturals else ""),
        steps=tuple(proof.steps),
        bound=bound,
        notes=notes + _audit_note(proof),
        confirmed_by=proof.confirmed_by,
    )
    if outcome is None:
        return bounded
    if outcome.status is Status.REFUTED:
        from jepa_formal.numeric.search import CANDIDATE_METHOD

        # The replayed counterexample wins; within the bound it would mean the prover lied.
        if outcome.method == CANDIDATE_METHOD:  # longer than the bound by construction
            note = (f"every list up to length {bound} was decided symbolically; Z3 proposed "
                    "this longer instance and the concrete evaluator confirmed it")
        elif outcome.longest_list is not None and outcome.longest_list > bound:
            note = (f"every list up to length {bound} was decided symbolically; this "
                    f"counterexample has a list of length {outcome.longest_list}")
        elif naturals:
            note = (f"every list up to length {bound}, with the naturals that size lists up "
                    f"to {bound}, was decided symbolically; this counterexample lies past "
                    "that (a natural above the bound, or a longer list)")
        else:
            note = (f"internal error flag: the prover reported bounded up to length {bound}; "
                    "if this counterexample is within that bound, this is a bug in "
                    "jepa-formal, please report it")
        return replace(_from_search(base, outcome, ""), bound=bound, notes=(note,))
    examples = outcome.examples
    return replace(
        bounded,
        examples=examples,
        detail=f"{bounded.detail}; no counterexample among "
        f"{counted(examples, 'concrete instance')}",
    )


def _from_search(base: Verdict, outcome: NumericOutcome, prove_note: str) -> Verdict:
    status = outcome.status
    if status not in (Status.TESTED, Status.REFUTED, Status.INCONCLUSIVE):
        raise InternalError(f"numeric search returned status {status!r}")
    notes = []
    instantiation = outcome.instantiation
    if instantiation:
        notes.append("type variables: " + ", ".join(f"{k} := {v}" for k, v in instantiation))
    if prove_note and status is not Status.REFUTED:  # why it is not proved, when that matters
        notes.append(prove_note)
    method = outcome.method or "concrete search"
    cex = outcome.counterexample if status is Status.REFUTED else None
    if status is Status.REFUTED and cex is None:
        raise InternalError("numeric search reported refuted without a counterexample")
    return replace(
        base,
        status=status,
        method=method,
        detail=outcome.detail or (cex.describe() if cex else ""),
        examples=outcome.examples,
        counterexample=cex,
        notes=tuple(notes),
    )


def _unsupported(base: Verdict, exc: Unsupported, stage: str, note: str = "") -> Verdict:
    """``stage`` says which layer met the construct (elaboration, concrete evaluation)."""
    where = f" at {exc.span}" if exc.span else ""
    reason = f": {exc.reason}" if exc.reason else ""
    return replace(
        base,
        status=Status.UNSUPPORTED,
        method=stage,
        detail=f"{exc.construct}{where}{reason}",
        construct=exc.construct,
        notes=(note,) if note else (),
    )


def _internal(exc: BaseException) -> str:
    """``internal error … please report`` with the exception and the innermost frame."""
    if isinstance(exc, InternalError):
        text = str(exc.args[0]) if exc.args else "unknown"
    else:
        text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        last = frames[-1]
        text += f" (at {Path(last.filename).name}:{last.lineno} in {last.name})"
    return str(InternalError(text))
