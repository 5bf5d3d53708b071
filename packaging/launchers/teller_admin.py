"""PyInstaller entry for `teller-admin`, the command line for IT staff (the same as the console script)."""

import sys

from teller_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
