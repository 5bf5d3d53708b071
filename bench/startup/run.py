"""Startup benchmark: process start → sign-in window shown, against a bare PySide6 window, same run.

    .venv/bin/python bench/startup/run.py [--rounds 7]

The app starts on a terminal set up by `teller-admin init` (its own store and keys), so the window timed is
the sign-in window a teller sees every morning (the store is opened on a worker thread meanwhile). Each
round starts both programs as fresh processes (interleaved, so both see the same machine state) and
takes the time from just before the process is spawned to the moment the event loop runs with the window
shown. Prints the medians and the ratio (goal: at most 1.5), then what the app imports before its window beyond
what the bare window imports (`python -X importtime`, the modules with most time of their own and the
totals by package), so that a regression shows its cause.
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


def set_up_terminal(env: dict[str, str]) -> None:
    """`teller-admin init` in the bench's home (its own store and keys; Chinese, as a branch PC runs)."""
    admin = Path(sys.executable).with_name("teller-admin")
    command = [str(admin)] if admin.exists() else [sys.executable, "-m", "teller_app.cli"]
    subprocess.run(
        [*command, "init", "--branch", "310115", "--terminal", "T01", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
        stdin=subprocess.DEVNULL,
    )
    config = Path(env["TELLER_HOME"], "teller.toml")
    config.write_text('language = "zh_CN"\n' + config.read_text(encoding="utf-8"), encoding="utf-8")


def time_to_shown(code: str, env: dict[str, str]) -> float:
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("shown "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no window was shown:\n{done.stdout}\n{done.stderr}")


def import_times(code: str, env: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Module -> (self µs, cumulative µs) of one run under `python -X importtime`."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    found: dict[str, tuple[int, int]] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, total, name = line.removeprefix("import time:").split("|", 2)
        found[name.strip()] = (int(own), int(total))
    return found


def import_summary(env: dict[str, str], top: int = 15) -> None:
    """What the app imports before its sign-in window beyond what the bare window imports: the modules
    with the most import time of their own, and the totals by package, so a regression shows its cause."""
    bare = import_times(BARE, env)
    listing = Path(env["TELLER_HOME"], "modules-at-window.txt")
    app = import_times(APP, dict(env, TELLER_STARTUP_MODULES=str(listing)))
    before = set(listing.read_text(encoding="utf-8").split()) if listing.exists() else set(app)
    extra = {name: times for name, times in app.items() if name not in bare and name in before}
    packages: dict[str, int] = {}
    extra = {name: (max(0, own), total) for name, (own, total) in extra.items()}  # threads interleave lines
    for name, (own, _) in extra.items():
        packages[name.split(".")[0]] = packages.get(name.split(".")[0], 0) + own
    total = sum(own for own, _ in extra.values())
    print(
        f"imported before the window is up, beyond the bare window's: {len(extra)} modules, "
        f"{total / 1000:.1f} ms of their own (python -X importtime, one run; importtime itself adds some)"
    )
    print(
        "  by package: "
        + ", ".join(
            f"{name} {us / 1000:.1f} ms" for name, us in sorted(packages.items(), key=lambda kv: -kv[1])[:8]
        )
    )
    for name, (own, cumulative) in sorted(extra.items(), key=lambda kv: -kv[1][0])[:top]:
        print(f"  {own / 1000:6.1f} ms own {cumulative / 1000:7.1f} ms with its imports  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-imports", action="store_true", help="skip the -X importtime summary")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        env.update(TELLER_HOME=home, TELLER_KEYSTORE_PASSPHRASE="bench-startup-passphrase")
        set_up_terminal(env)  # a terminal as IT leaves it: the app opens at the sign-in window
        env["TELLER_STARTUP_PROBE"] = "1"
        # An installed app runs from compiled bytecode; so that both programs do here too (even where
        # PYTHONDONTWRITEBYTECODE is set), the warm-up run writes .pyc files to a private cache folder.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
        time_to_shown(BARE, env), time_to_shown(APP, env)  # warm the file cache and the bytecode once
        bare, app = [], []
        for _ in range(args.rounds):
            bare.append(time_to_shown(BARE, env))
            app.append(time_to_shown(APP, env))
        if not args.no_imports:
            import_summary(env)
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    print(f"bare PySide6 window shown : {bare_ms:7.1f} ms (median of {args.rounds})")
    print(f"Teller App sign-in shown  : {app_ms:7.1f} ms (median of {args.rounds})")
    print(
        f"ratio                     : {app_ms / bare_ms:7.2f}  (goal <= 1.5); load {os.getloadavg()[0]:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
