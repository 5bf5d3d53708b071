"""Screenshots of every screen in Chinese and English, at 100% and 200% scale, into screenshots/out/.

    .venv/bin/python tools/screenshots.py            # both scales (200% runs in a child process)
    .venv/bin/python tools/screenshots.py --scale 1  # one scale

Screens are driven by the scripted fake core in tests/ui/ui_fakes.py, so they show realistic content
without a store. Open every PNG and look at it the way a teller would.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots" / "out"
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]


def settle(app, tasks) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        if tasks.running == 0:
            app.processEvents()
            return
        time.sleep(0.01)


def shoot(scale: int) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ.setdefault("TELLER_HOME", str(ROOT / "screenshots" / "out" / "home"))
    import shutil

    from PySide6.QtWidgets import QWidget
    from ui_fakes import NOW, FakeBackend

    from teller_app.domain.errors import RuleError
    from teller_app.domain.steps import Step
    from ui.app import make_application
    from ui.first_start import FirstStartDialog
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.password_change import PasswordChangeDialog
    from ui.settings_dialog import SettingsDialog
    from ui.sign_in import SignInWindow
    from ui.tasks import Tasks

    shutil.rmtree(OUT / f"{scale}x", ignore_errors=True)
    app = make_application(["screenshots"])
    tasks = Tasks()
    translations = Translations(app)
    written: list[Path] = []

    def save(widget: QWidget, language: str, name: str) -> None:
        settle(app, tasks)
        folder = OUT / f"{scale}x" / language
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{len(list(folder.glob('*.png'))):02d}-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    clock = lambda: NOW  # noqa: E731
    for language in ("zh_CN", "en"):
        translations.use(language)
        start = len(written)
        backend = FakeBackend(configured=False)
        teller = backend.sign_in("teller1", "Teller-Pass-2026")
        boss = backend.sign_in("super1", "Super-Pass-2026")

        first = FirstStartDialog(backend, tasks)
        first.show()
        save(first, language, "first-start")
        first.close()

        sign_in = SignInWindow(backend, tasks, language)
        sign_in.resize(520, 420)
        sign_in.show()
        save(sign_in, language, "sign-in")
        sign_in.show_demo_users(backend.create_demo_workspace())
        save(sign_in, language, "sign-in-demo-users")
        backend.locked_out_minutes = 13
        sign_in.password.setText("wrong")
        sign_in.submit()
        save(sign_in, language, "sign-in-locked-out")
        backend.locked_out_minutes = None
        sign_in.close()

        newbie = backend._session("newbie")
        change = PasswordChangeDialog(backend, tasks, newbie, forced=True)
        change.show()
        save(change, language, "forced-password-change")
        change.close()

        window = MainWindow(backend, tasks, teller, clock=clock)
        window.resize(1280, 800)
        window.show()
        window.show_start_of_day()
        save(window, language, "start-of-day")
        window.start()
        save(window, language, "home-teller")
        window.home.search.setText("云帆")
        window.home.run_search()
        save(window, language, "home-search")
        window.new_case()
        save(window, language, "wizard-intake-empty")
        intake = window.wizard.pages[Step.INTAKE]
        intake.customer_name.setText("北京星河科技有限公司")
        intake.present_agent.setChecked(True)
        save(window, language, "wizard-intake-filled")
        backend.refuse_next_save = RuleError(
            "case.account_type_not_for_customer",
            "A {kind} customer cannot open a {account_type} account",
            kind="enterprise_legal_person",
            account_type="basic",
        )
        window.wizard.go_next()
        save(window, language, "wizard-refused")
        window.wizard.go_next()
        save(window, language, "wizard-identity")
        window.open_case("c-0003")
        save(window, language, "wizard-returned-documents")
        window.show_flowchart()
        save(window, language, "flowchart")
        window.lock()
        save(window, language, "lock-screen")
        window.close()

        offline = FakeBackend(online=False)
        window = MainWindow(offline, tasks, boss, clock=clock)
        window.resize(1280, 800)
        window.show()
        window.start()
        save(window, language, "home-supervisor-offline")
        window.show_audit()
        save(window, language, "audit")
        window.audit.verify()
        save(window, language, "audit-verified")
        settings = SettingsDialog(
            offline, tasks, backend._session("admin1"), offline.settings(), printers=["柜台打印机 HP M404"]
        )
        settings.show()
        save(settings, language, "settings-admin")
        settings.close()
        settings = SettingsDialog(offline, tasks, teller, offline.settings(), printers=[])
        settings.show()
        save(settings, language, "settings-teller")
        settings.close()
        window.close()
        print(f"{scale}x {language}: {len(written) - start} screens")
    tasks.wait_for_all()
    settle(app, tasks)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of every screen in both languages")
    parser.add_argument("--scale", type=int, choices=(1, 2), help="only this scale factor")
    args = parser.parse_args(argv)
    if args.scale:
        shoot(args.scale)
        return 0
    shoot(1)
    child = subprocess.run([sys.executable, __file__, "--scale", "2"], check=False)
    print(f"screenshots in {OUT}")
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
