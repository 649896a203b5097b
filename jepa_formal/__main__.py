"""``python -m jepa_formal``: the same command line as the ``jepa-formal`` script."""

import sys

from jepa_formal.cli import main

if __name__ == "__main__":
    sys.exit(main())
