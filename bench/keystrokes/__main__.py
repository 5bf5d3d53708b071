"""`python -m bench.keystrokes`: count the keys of a whole corporate basic account worked by keyboard."""

import sys

from bench.keystrokes.run import main

sys.exit(main())
