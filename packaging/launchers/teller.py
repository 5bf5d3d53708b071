"""PyInstaller entry for `teller`, the desktop app (the same as the `teller` console script)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
