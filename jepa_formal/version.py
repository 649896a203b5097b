"""The version of jepa-formal, in a module with no imports.

Why not only in ``__init__``: reports print the version, and the package's ``__init__`` loads
the IPython extension; a report importing the package itself would close an import cycle.
"""

__version__ = "0.1.0"
