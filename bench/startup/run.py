"""Startup benchmark: process start → sign-in window shown, against a bare PySide6 window, same run.

    .venv/bin/python bench/startup/run.py [--rounds 7]

Each round starts both programs as fresh processes (interleaved, so both see the same machine state) and
takes the time from just before the process is spawned to the moment the event loop runs with the window
shown. Prints the medians and the ratio (goal: at most 1.5).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
window = QLabel("bare")
window.show()
def report():
    print(f"shown {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""

APP = "import sys; from ui.app import main; sys.exit(main(['teller']))"


def time_to_shown(code: str, env: dict[str, str]) -> float:
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("shown "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no window was shown:\n{done.stdout}\n{done.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        Path(home, "teller.toml").write_text('language = "zh_CN"\n', encoding="utf-8")  # configured: sign-in
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        env.update(TELLER_HOME=home, TELLER_STARTUP_PROBE="1")
        # An installed app runs from compiled bytecode; so that both programs do here too (even where
        # PYTHONDONTWRITEBYTECODE is set), the warm-up run writes .pyc files to a private cache folder.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
        time_to_shown(BARE, env), time_to_shown(APP, env)  # warm the file cache and the bytecode once
        bare, app = [], []
        for _ in range(args.rounds):
            bare.append(time_to_shown(BARE, env))
            app.append(time_to_shown(APP, env))
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    print(f"bare PySide6 window shown : {bare_ms:7.1f} ms (median of {args.rounds})")
    print(f"Teller App sign-in shown  : {app_ms:7.1f} ms (median of {args.rounds})")
    print(f"ratio                     : {app_ms / bare_ms:7.2f}  (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
