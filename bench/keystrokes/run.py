"""Keystroke benchmark: the real main window on the real core, a corporate basic account by keys only.

    .venv/bin/python -m bench.keystrokes [--language en|zh_CN]

A throwaway terminal (its own TELLER_HOME, keys, store, demo users, embedded central database) starts the
app as a teller does every morning: sign-in, start-of-day check, then a corporate basic account from the
intake to the active account (identity with the verification terminal's result entered by hand, the
document checklist, two shareholders, the risk rating, intent, the agreement printed and signed, the
supervisor's dual sign-in, account set-up and activation, the customer's satisfaction). Every action is a
key event sent to the focused widget (bench/keystrokes/case.py). Prints the keys beyond the typed data per
step and in all (goal: under 150), and the characters typed into fields, counted apart.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOAL = 150


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--log", action="store_true", help="list every key")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="teller-keys-") as home:
        os.environ.update(
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            TELLER_HOME=home,
            TELLER_KEYSTORE_PASSPHRASE="keystroke benchmark only: a throwaway key store",
            TELLER_BRANCH_NAME="示范银行股份有限公司上海浦东支行",
            TELLER_BRANCH_ADDRESS="上海市浦东新区世纪大道 100 号",
            TELLER_BRANCH_PHONE="021-5888 0000",
        )
        count, result, seconds = run(home, args.language)
    print(f"corporate basic account by keyboard only ({args.language}); account {result.account_number}")
    print(f"{'step':<16}{'keys':>6}{'typed':>7}")
    for step in dict.fromkeys(s for s, _ in count.log):
        print(f"{step:<16}{count.keys[step]:>6}{count.typed[step]:>7}")
    print(f"{'in all':<16}{count.total_keys:>6}{count.total_typed:>7}")
    print(
        f"keys beyond the typed data: {count.total_keys} (goal < {GOAL}); characters typed into fields: "
        f"{count.total_typed}; {seconds:.0f} s wall time, load {os.getloadavg()[0]:.1f}"
    )
    if args.log:
        for step, key in count.log:
            print(f"  {step:<16}{key}")
    return 0 if count.total_keys < GOAL else 1


def run(home: str, language: str):  # type: ignore[no-untyped-def]
    """Set the terminal up in `home`, start the app, work the case; (count, result, seconds)."""
    sys.path.insert(0, str(ROOT))
    from bench.keystrokes.case import pdf_counter_printer, work_a_case
    from bench.keystrokes.keyboard import Keyboard
    from teller_app.paths import app_paths
    from ui.app import TellerApp, make_application
    from ui.core.backend import CoreBackend
    from ui.counter import print_preview

    app = make_application(["teller"])
    core = CoreBackend(app_paths())
    demo = {u.user_name: u.password for u in core.create_demo_workspace().users}
    print_preview.make_printer = pdf_counter_printer(str(Path(home) / "counter-printer.pdf"))
    teller_app = TellerApp(app, core, {"language": language})
    teller_app.start()
    kb = Keyboard(app, teller_app.tasks)
    kb.settle(500)
    started = time.perf_counter()
    try:
        result = work_a_case(kb, teller_app, "teller1", demo["teller1"], "super1", demo["super1"])
    finally:
        if teller_app.main_window is not None:
            teller_app.main_window.stop()
        teller_app.tasks.wait_for_all()
        core.close()
    return kb.count, result, time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
