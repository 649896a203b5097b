"""Loading the Python callable a Lean definition is bound to: ``NAME=pkg.module:func`` or
``NAME=path/to/file.py:func``.

Why its own module: every way a binding can be wrong (bad syntax, module not found, attribute
missing, not callable) must become one clear ``BindingError`` (exit status 2), never a
traceback, and the module import must behave like ``python -m`` (the current directory is on
the path) so users can bind code from the checkout they stand in.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jepa_formal.errors import BindingError


@dataclass(frozen=True, slots=True)
class BindSpec:
    """One parsed ``--bind`` argument: the Lean name as written and where the callable lives."""

    lean_name: str
    target: str
    module: str
    attr: str

    @property
    def is_path(self) -> bool:
        return self.module.endswith(".py") or os.sep in self.module or "/" in self.module


def parse_bind(text: str) -> BindSpec:
    """Parse ``NAME=module:func`` / ``NAME=file.py:func`` (``BindingError`` on bad syntax)."""
    usage = ("expected NAME=module:function or NAME=path/to/file.py:function, "
             "e.g. jepaLoss=mypkg.losses:jepa_loss")
    if "=" not in text:
        raise BindingError(f"bad --bind {text!r}: {usage}")
    name, target = (s.strip() for s in text.split("=", 1))
    if not name or not target or ":" not in target:
        raise BindingError(f"bad --bind {text!r}: {usage}")
    module, attr = (s.strip() for s in target.rsplit(":", 1))
    if not module or not attr or not all(p.isidentifier() for p in attr.split(".")):
        raise BindingError(f"bad --bind {text!r}: {usage}")
    return BindSpec(name, target, module, attr)


def load_callable(spec: BindSpec) -> Callable[..., Any]:
    """Import the module (or file) and fetch the attribute; it must be callable."""
    module = _load_path(spec) if spec.is_path else _load_module(spec)
    obj: Any = module
    for part in spec.attr.split("."):
        if not hasattr(obj, part):
            where = getattr(module, "__file__", None) or spec.module
            raise BindingError(
                f"--bind {spec.lean_name}={spec.target}: {spec.module} has no attribute "
                f"{spec.attr!r} (looked in {where})"
            )
        obj = getattr(obj, part)
    if not callable(obj):
        raise BindingError(
            f"--bind {spec.lean_name}={spec.target}: {spec.attr!r} is a "
            f"{type(obj).__name__}, not a function"
        )
    return obj  # type: ignore[no-any-return]


def _load_module(spec: BindSpec) -> Any:
    cwd = os.getcwd()
    if cwd not in sys.path and "" not in sys.path:  # as `python -m` does
        sys.path.insert(0, cwd)
    try:
        return importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        raise BindingError(
            f"--bind {spec.lean_name}={spec.target}: module {spec.module!r} not found "
            f"({exc}); it must be importable from the current directory, or give a file "
            f"path such as path/to/file.py:{spec.attr}"
        ) from None
    except (Exception, SystemExit) as exc:  # the user's module failed while importing
        raise BindingError(_import_failed(spec, repr(spec.module), exc)) from None


def _load_path(spec: BindSpec) -> Any:
    path = os.path.abspath(spec.module)
    if not os.path.isfile(path):
        raise BindingError(f"--bind {spec.lean_name}={spec.target}: no such file {spec.module}")
    name = "_jepa_conform_" + os.path.splitext(os.path.basename(path))[0]
    mod_spec = importlib.util.spec_from_file_location(name, path)
    if mod_spec is None or mod_spec.loader is None:
        raise BindingError(f"--bind {spec.lean_name}={spec.target}: cannot import {path}")
    module = importlib.util.module_from_spec(mod_spec)
    folder = os.path.dirname(path)
    added = folder not in sys.path
    if added:  # sibling imports of the file work as when it is run as a script
        sys.path.insert(0, folder)
    try:
        sys.modules[name] = module
        mod_spec.loader.exec_module(module)
    except (Exception, SystemExit) as exc:
        sys.modules.pop(name, None)
        raise BindingError(_import_failed(spec, spec.module, exc)) from None
    finally:
        if added and folder in sys.path:
            sys.path.remove(folder)
    return module


def _import_failed(spec: BindSpec, what: str, exc: BaseException) -> str:
    """The message for a module that raised (or called ``sys.exit``: a training script that
    parses its command line at import time) while being imported."""
    if isinstance(exc, SystemExit):
        return (f"--bind {spec.lean_name}={spec.target}: importing {what} called "
                f"sys.exit({exc.code!r}) (does it run a script at import time? guard it with "
                "`if __name__ == \"__main__\":`)")
    return f"--bind {spec.lean_name}={spec.target}: importing {what} raised " \
        f"{type(exc).__name__}: {exc}"
