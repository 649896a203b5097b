"""Tests of the mirror layer.

The reader is imported first: ``jepa_formal.errors`` imports ``reader.ast``, whose package
``__init__`` imports ``reader.module``, which imports ``errors`` again; importing the reader
first resolves that cycle in a fixed order.
"""

import jepa_formal.reader  # noqa: F401
