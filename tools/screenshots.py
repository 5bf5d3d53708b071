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
    os.environ.setdefault("TELLER_KEYSTORE_PASSPHRASE", "screenshots only: a throwaway demo key store")
    import shutil

    from fake_samples import NOW
    from PySide6.QtWidgets import QWidget
    from ui_fakes import FakeBackend

    from teller_app.domain.errors import RuleError
    from teller_app.domain.steps import Step
    from ui.app import make_application
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.session.first_start import FirstStartDialog
    from ui.session.password_change import PasswordChangeDialog
    from ui.sign_in import SignInWindow
    from ui.tasks import Tasks
    from ui.terminal.settings_dialog import SettingsDialog

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
        window.show_conflicts()
        save(window.conflict_queue, language, "sync-conflicts")
        window.conflict_queue.close()
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
        shoot_wizard(app, tasks, save, language)
        print(f"{scale}x {language}: {len(written) - start} screens")
    tasks.wait_for_all()
    settle(app, tasks)
    return written


def shoot_wizard(app, tasks, save, language: str) -> None:  # type: ignore[no-untyped-def]
    """Every wizard page on the real core (a demo workspace in a temporary TELLER_HOME)."""
    import tempfile

    from teller_app.domain.passwords import TEST_KDF
    from teller_app.domain.steps import Step
    from teller_app.paths import app_paths
    from teller_app.services.demo import owner_record, sample_credit_code, sample_resident_id
    from teller_app.services.users import AuthPolicy
    from ui.core.backend import CoreBackend
    from ui.main_window import MainWindow

    home = tempfile.mkdtemp(prefix="teller-shots-")
    outer = os.environ["TELLER_HOME"]
    os.environ["TELLER_HOME"] = (
        home  # services.case_sheets reads the branch details from the process's config
    )
    core = CoreBackend(app_paths({"TELLER_HOME": home}), policy=AuthPolicy(kdf=TEST_KDF))
    demo = {u.user_name: u.password for u in core.create_demo_workspace().users}
    teller = core.sign_in("teller1", demo["teller1"])
    window = MainWindow(core, tasks, teller)
    window.resize(1280, 800)
    window.show()
    window.start()
    window.new_case()
    wizard = window.wizard

    def go(step: Step, name: str) -> None:
        wizard.go_next()
        settle(app, tasks)
        save(window, language, name)
        if wizard.shown is not step:
            raise SystemExit(f"wizard stopped at {wizard.shown}: {wizard.message.text()}")

    wizard.pages[Step.INTAKE].customer_name.setText("上海云帆国际贸易有限公司")
    identity = wizard.pages[Step.IDENTITY]
    go(Step.IDENTITY, "wizard-identity-empty")
    identity.credit_code.set_text("91310115MA1K4Y7Q2X")  # a mistyped check character: shown inline
    identity.rep_name.set_text("王建国")
    identity.rep_id.set_text("310101198003150011")
    save(window, language, "wizard-identity-inline-errors")
    identity.credit_code.set_text(sample_credit_code())
    identity.rep_id.set_text(sample_resident_id())
    identity.rep_phone.set_text("13800138000")
    identity.address.set_text("上海市浦东新区张江路 88 号")
    checks = identity.checks["legal_representative"]
    checks.expiry.set_text("2036-03-15")
    checks.result.combo.setCurrentIndex(checks.result.combo.findData("match"))
    checks.reference.set_text("NCIIC20260302-000417")
    checks.photo.combo.setCurrentIndex(1)
    go(Step.DOCUMENTS, "wizard-documents")
    documents = wizard.pages[Step.DOCUMENTS]
    mandatory = [r for r in documents.rows if r.mandatory]
    for row in mandatory[:-1]:
        documents.set_decision(row.code, "verified", original_seen=True)
        settle(app, tasks)
    documents.set_decision(mandatory[-1].code, "needs_revision", "expired")
    settle(app, tasks)
    save(window, language, "wizard-documents-decided")
    documents.set_decision(mandatory[-1].code, "verified", original_seen=True)
    settle(app, tasks)
    owners = wizard.pages[Step.BENEFICIAL_OWNERS]
    go(Step.BENEFICIAL_OWNERS, "wizard-owners-empty")
    owners.set_owner_record(
        owners.add_holder("natural_person", "王建国", "40"), owner_record("", "王建国", sample_resident_id())
    )
    owners.add_holder("entity", "上海云帆控股有限公司", "60")
    chen = owners.add_holder("natural_person", "陈美华", "70", through="2")
    partial = owner_record("", "陈美华", sample_resident_id("31010419750608002"))
    owners.set_owner_record(
        chen, {k: v for k, v in partial.items() if k not in ("birth_date", "nationality")}
    )
    owners.add_holder("natural_person", "李明", "30", through="2")
    owners.table.setCurrentCell(chen, 1)
    settle(app, tasks)
    save(window, language, "wizard-owners-record-lacks")
    owners.set_owner_record(chen, partial)
    owners.table.setCurrentCell(0, 1)
    settle(app, tasks)
    save(window, language, "wizard-owners-computed")
    risk = wizard.pages[Step.RISK]
    go(Step.RISK, "wizard-risk-empty")
    risk.industry.setCurrentIndex(risk.industry.findData("F5181"))
    risk.region.setCurrentIndex(risk.region.findData("310000"))
    risk.country.setCurrentIndex(risk.country.findData("CN"))
    for combo in risk.answers.values():
        combo.setCurrentIndex(2)
    risk.years.setValue(5)
    risk.rate()
    settle(app, tasks)
    save(window, language, "wizard-risk-rated")
    intent = wizard.pages[Step.INTENT]
    go(Step.INTENT, "wizard-intent")
    intent.confirmed_with.setText("王建国")
    intent.confirmed.setChecked(True)
    contract = wizard.pages[Step.CONTRACT]
    go(Step.CONTRACT, "wizard-contract")
    contract.confirmed.setChecked(True)
    print_agreement(app, tasks, contract, home)  # the core records the signing only after this print
    contract.signed.setChecked(True)
    approval = wizard.pages[Step.APPROVAL]
    go(Step.APPROVAL, "wizard-approval")
    approval.request()
    settle(app, tasks)
    save(window, language, "wizard-approval-waiting")
    shoot_supervisor(app, tasks, save, language, core, demo)
    approval.open_dual_sign_in()
    dialog = approval.dialog
    dialog.user_name.setText("teller1")
    dialog.password.setText(demo["teller1"])
    dialog.submit()
    settle(app, tasks)
    save(dialog, language, "dual-sign-in-self-approval-refused")
    dialog.user_name.setText("super1")
    dialog.password.setText(demo["super1"])
    save(dialog, language, "dual-sign-in")
    dialog.submit()
    settle(app, tasks)
    setup = wizard.pages[Step.ACCOUNT_SETUP]
    go(Step.ACCOUNT_SETUP, "wizard-account-setup")
    setup.set_up()
    settle(app, tasks)
    setup.activate()
    settle(app, tasks)
    save(window, language, "wizard-account-active")
    window.go_home()
    save(window, language, "home-after-case")
    window.stop()
    window.close()
    core.close()
    os.environ["TELLER_HOME"] = outer


def print_agreement(app, tasks, contract, folder: str) -> None:  # type: ignore[no-untyped-def]
    """Print the agreement from the contract page's preview with F9, the counter printer writing a PDF."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from ui_fakes import pdf_printer

    from ui.counter import print_preview

    print_preview.make_printer = pdf_printer(Path(folder) / "counter-printer.pdf")
    contract.print_dialog = None
    contract.print_document("agreement")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (
        contract.print_dialog is None or not contract.print_dialog.isVisible()
    ):
        settle(app, tasks)
    if contract.print_dialog is None:
        from PySide6.QtWidgets import QLabel

        said = [
            w.text()
            for w in contract.window().findChildren(QLabel)
            if w.isVisible() and w.property("role") == "error"
        ]
        raise SystemExit(f"the agreement did not open for printing: {said}")
    QTest.keyClick(contract.print_dialog, Qt.Key.Key_F9)
    while time.monotonic() < deadline and "agreement" not in contract.printed:
        settle(app, tasks)
    contract.print_dialog.close()


def shoot_supervisor(app, tasks, save, language: str, core, demo) -> None:  # type: ignore[no-untyped-def]
    """The supervisor's screens on the real core, with a case waiting for approval and another teller's
    case open: home (the queue with the selected case's summary, the branch's open cases), hand over, cancel,
    the dashboard and the post-review queue."""
    from datetime import date

    from teller_app.services import cases
    from teller_app.services.users import UserAdministration
    from ui.main_window import MainWindow
    from ui.supervision.case_handling_dialog import CANCEL, HAND_OVER

    if "teller2" not in demo:
        UserAdministration(core.store(), core._policy).add(
            "teller2",
            "teller",
            "Counter-Second-2026",
            certified_until=date(2099, 1, 1),
            display_name="李娜",
            must_change_password=False,
        )
        demo["teller2"] = "Counter-Second-2026"
        other = core.sign_in("teller2", demo["teller2"])
        cases.open_case(
            core.store(),
            core._actor(other),
            "enterprise_legal_person",
            "general",
            customer_name="北京青松科技有限公司",
        )
        core.sign_out(other)
    window = MainWindow(core, tasks, core.sign_in("super1", demo["super1"]))
    window.resize(1280, 900)
    window.show()
    window.start()
    settle(app, tasks)
    settle(app, tasks)
    save(window, language, "home-supervisor-queue-summary")
    box = window.home.branch_box
    box.table.selectRow(0)
    for move, name in ((HAND_OVER, "hand-over"), (CANCEL, "cancel-case")):
        box.open_dialog(move)
        settle(app, tasks)
        save(box.dialog, language, name)
        box.dialog.reject()
    for key, name in (("dashboard", "supervision-dashboard"), ("reviews", "supervision-review-queue")):
        if key in window.supervision.actions:
            window.supervision.actions[key].trigger()
            settle(app, tasks)
            settle(app, tasks)
            save(window, language, name)
    window.stop()
    window.close()


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
