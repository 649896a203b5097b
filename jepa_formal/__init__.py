"""jepa-formal: check Lean 4 laws about finite-index learning objectives without Lean.

Layers (imports point down only): ``reader`` (Lean text to AST) → ``mirror`` (typed core terms,
their symbolic and concrete meanings) → ``prove`` (symbolic strategies) / ``numeric`` (concrete
search and shrinking) → ``verdict``/``check`` → ``report``, ``cli``, ``pytest_plugin``,
``conform``.
"""

__version__ = "0.1.0"
