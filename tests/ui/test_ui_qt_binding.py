"""The Qt binding keeps Python's reference counts straight over a working day's worth of calls.

PySide6 6.12.0 (with Python 3.11) dropped a reference to None on every call of a method that returns
nothing (setText, show, processEvents …): after a few thousand calls None was deallocated and the
process died ("deallocating None"), so the app would have crashed in the middle of a teller's day. The
project pins a release without that fault; this test keeps it out. The calls run in a child process, so
a binding with the fault fails this test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000  # more than None's whole reference count in a small process

PROGRAM = f"""
import sys
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
app = QApplication([])
label, box = QLabel("x"), QCheckBox()
counts = lambda: (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
before = counts()
for n in range({CALLS}):
    label.setText("y" if n % 2 else "z")   # returns nothing
    app.processEvents()                   # returns nothing
    box.setChecked(n % 2 == 0)
    box.isChecked()                       # returns a bool
after = counts()
print(*(a - b for a, b in zip(after, before)))
"""


def test_a_working_days_calls_leave_the_counts_of_none_true_and_false_alone():
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"the binding corrupted a reference count: {done.stderr[-500:]}"
    drift = [int(value) for value in done.stdout.split()]
    assert all(abs(d) < 100 for d in drift), f"reference counts of None, True, False moved by {drift}"
