"""jepa-formal: check Lean 4 laws about finite-index learning objectives without Lean.

Layers (imports point down only): ``reader`` (Lean text to AST) → ``mirror`` (typed core terms,
their symbolic and concrete meanings) → ``prove`` (symbolic strategies) / ``numeric`` (concrete
search and shrinking) → ``verdict``/``check`` → ``report``, ``cli``, ``pytest_plugin``,
``conform``.
"""

from typing import Any

from jepa_formal import methodcache
from jepa_formal.version import __version__

methodcache.install()  # before any submodule defines its dataclasses (see methodcache.py)

__all__ = ["__version__", "load_ipython_extension"]


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext jepa_formal``: the ``%%lean`` cell magic and ``%lean_explain``."""
    from jepa_formal.notebook import load_ipython_extension as load

    load(ipython)
