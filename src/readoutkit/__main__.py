"""``python -m readoutkit``: the same command as ``readoutkit``."""

from __future__ import annotations

import sys

from readoutkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
