"""The error hierarchy of jepa-formal: user-caused errors carry source spans; internal ones say
they are bugs.

Why one module: every layer raises from here, and the front doors (CLI, pytest plugin, API)
catch ``JepaFormalError`` once, so that nothing the user writes ever shows a Python traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for annotations: errors must import without the reader package
    from jepa_formal.reader.syntax import Span


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\udc80-\udcff]")


class JepaFormalError(Exception):
    """Root of every error jepa-formal raises on purpose.

    Errors are dataclasses but not frozen: Python itself assigns ``__traceback__``,
    ``__context__`` and ``__notes__`` to exceptions (``contextlib`` does so by plain
    attribute assignment), which a frozen dataclass would refuse.
    """


@dataclass(eq=False)
class ParseError(JepaFormalError):
    """A region of a ``.lean`` file that could not be read.

    ``render()`` gives ``path:line:col: message``, the offending line, a caret under the
    column, and what was expected.
    """

    path: str
    line: int
    column: int
    message: str
    line_text: str = ""
    expected: tuple[str, ...] = ()
    decl_name: str | None = None

    def __str__(self) -> str:
        return self.render()

    def render(self) -> str:
        head = f"{self.path}:{self.line}:{self.column}: error: {self.message}"
        text = self.line_text.rstrip("\n")
        if len(text) > 200:  # very long lines: show a window around the column
            start = max(0, self.column - 100)
            shown = text[start : start + 200]
            caret_col = self.column - start
        else:
            shown, caret_col = text, self.column
        shown = _CONTROL.sub("\ufffd", shown)  # stray control bytes must not reach a terminal
        lines = [head]
        if shown:
            lines.append("    " + shown)
            lines.append("    " + " " * max(caret_col - 1, 0) + "^")
        if self.expected:
            lines.append("expected one of: " + ", ".join(self.expected))
        return "\n".join(lines)


@dataclass(eq=False)
class Unsupported(JepaFormalError):
    """A construct the mirror does not model, named, at its source position (if known)."""

    construct: str
    span: Span | None = field(default=None)
    reason: str = ""

    def __str__(self) -> str:
        where = f"{self.span}: " if self.span else ""
        tail = f" ({self.reason})" if self.reason else ""
        return f"{where}unsupported: {self.construct}{tail}"


@dataclass(eq=False)
class TypeMismatch(Unsupported):
    """The mirror's small elaborator could not give a term a type it models.

    ``types`` are the two types that could not be made equal (mirror ``Ty`` values), when the
    mismatch is between two known types; ``check`` decides from them whether Lean itself
    would reject the statement (``invalid``) or only the mirror cannot follow it.
    """

    types: tuple[Any, Any] | None = None


@dataclass(eq=False)
class UnknownName(Unsupported):
    """A name that is not a local, not in the prelude and not defined in the files read.

    ``name`` is the name as written; whether Lean would reject it depends on what was not read
    (imports not on disk, Lean's own library), which ``check`` knows and the elaborator does not.
    """

    name: str = ""


class BindingError(JepaFormalError):
    """A ``--bind`` target for conformance could not be loaded or called (user error)."""


class UsageError(JepaFormalError):
    """Bad command-line usage (exit status 2)."""


class BudgetExceeded(JepaFormalError):
    """A time or step budget ran out; the caller turns this into an ``inconclusive`` reason."""


class Undecided(BudgetExceeded):
    """A concrete comparison its values do not decide (an irrational real whose bounds do not
    separate it from another value, two NaNs with different bits): the instance is skipped,
    never judged, like one over budget."""


class InternalError(Exception):
    """A bug in jepa-formal (e.g. the symbolic and concrete meanings disagree). Please report it.

    Deliberately *not* a ``JepaFormalError``: the front doors turn a ``JepaFormalError`` into a
    usage error (exit 2, "fix your input"), while a bug must exit 3 ("report it"), and no
    ``except JepaFormalError`` meant for user mistakes may swallow one.
    """

    def __str__(self) -> str:
        return f"internal error (this is a bug in jepa-formal, please report it): {self.args[0]}"
