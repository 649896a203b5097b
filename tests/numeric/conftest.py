"""Test setup for the numeric layer.

Importing ``jepa_formal.reader`` before anything else avoids an import cycle seen while the
reader is being written (``errors`` → ``reader.ast`` → ``reader/__init__`` → ``reader.module``
→ ``errors``); it changes nothing once the cycle is gone.
"""

import jepa_formal.reader  # noqa: F401
