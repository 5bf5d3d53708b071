"""Initial focus and Enter: every wizard step and dialog opens with the cursor in its first field, and
Enter in a single-line field does the forward action (Next, OK, Sign in) — but not in a table or a note.

After a sign-out the user name is empty and has the cursor; after a lock, the password to unlock does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_fakes import case_awaiting_approval

from teller_app.domain.steps import ORDER, Step
from ui.keyboard import first_input

# The first field of each step of a new case (for the approval and set-up steps, their first button).
FIRST_FIELD = {
    Step.INTAKE: "customerKind",
    Step.IDENTITY: "creditCode",
    Step.DOCUMENTS: "documentChecklist",
    Step.BENEFICIAL_OWNERS: "shareholders",
    Step.RISK: "industry",
    Step.INTENT: "intentFaceToFace",
    Step.CONTRACT: "servicesChosen",  # the services and fees come first; the ticks follow
    Step.APPROVAL: "requestApprovalButton",
    Step.ACCOUNT_SETUP: "setUpAccountButton",
}


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else "(nothing)"


def _active(qtbot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)


@pytest.fixture
def main_window(qtbot, backend, tasks, teller, english):
    from ui.main_window import MainWindow

    window = MainWindow(backend, tasks, teller)
    qtbot.addWidget(window)
    _active(qtbot, window)
    window.start()
    yield window
    window.stop()


def test_every_wizard_step_opens_with_the_cursor_in_its_first_field(qtbot, main_window):
    main_window.new_case()  # Ctrl+N: the wizard is shown after its first page was filled
    wizard = main_window.wizard
    qtbot.waitUntil(lambda: focused() == FIRST_FIELD[Step.INTAKE])
    for step in ORDER:
        wizard.show_step(step)
        qtbot.wait(50)
        assert focused() == FIRST_FIELD[step], step.value
        assert QApplication.focusWidget() is first_input(wizard.pages[step]), step.value


def _dialogs(backend, tasks, teller):
    from ui.backend import CaseSummary
    from ui.session.password_change import PasswordChangeDialog
    from ui.supervision.case_handling_dialog import CANCEL, HAND_OVER, CaseHandlingDialog
    from ui.supervision.feedback_dialogs import SatisfactionDialog, SuggestionDialog
    from ui.supervision.report_dialog import ReportDialog
    from ui.supervision.review_queue import RectificationDialog
    from ui.terminal.settings_dialog import SettingsDialog
    from ui.wizard.dual_sign_in import DualSignInDialog

    case = case_awaiting_approval(backend)
    steps = [s for s in ORDER if s.position < Step.APPROVAL.position]
    held = CaseSummary(
        case.case_id, case.customer_name, "basic", "identity", "in_progress", holder_name="王芳"
    )
    return {
        "handlingHolder": lambda: CaseHandlingDialog(backend, tasks, teller, held, HAND_OVER),
        "handlingReason": lambda: CaseHandlingDialog(backend, tasks, teller, held, CANCEL),
        "checkerUserName": lambda: DualSignInDialog(backend, tasks, teller, case, steps),
        "oldPassword": lambda: PasswordChangeDialog(backend, tasks, teller),
        "settingsLanguage": lambda: SettingsDialog(backend, tasks, teller, backend.settings(), ["Counter-3"]),
        "satisfactionScore1": lambda: SatisfactionDialog(None, tasks, teller, case.case_id),
        "suggestionText": lambda: SuggestionDialog(None, tasks, teller, "home"),
        "reportPeriod": lambda: ReportDialog(None, tasks, teller),
        "rectificationTable": lambda: RectificationDialog(None, tasks, teller),
    }


def test_every_dialog_opens_with_the_cursor_in_its_first_field(qtbot, backend, tasks, teller, english):
    for first, make in _dialogs(backend, tasks, teller).items():
        dialog = make()
        qtbot.addWidget(dialog)
        _active(qtbot, dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
        assert QApplication.focusWidget() is first_input(dialog), (first, focused())
        assert focused() == first
        qtbot.waitUntil(lambda: tasks.running == 0, timeout=5_000)  # what the dialog loads has arrived
        qtbot.wait(20)
        assert focused() == first, (first, "after loading")
        dialog.reject()


def test_after_a_lock_the_unlock_password_is_empty_and_has_the_cursor_and_signing_out_from_it_too(
    qtbot, qapp, english
):
    from ui_fakes import FakeBackend

    from ui.app import TellerApp

    teller_app = TellerApp(qapp, FakeBackend(), {"language": "en"})
    teller_app.start()
    sign_in = teller_app.sign_in
    _active(qtbot, sign_in)
    qtbot.waitUntil(lambda: focused() == "userName")
    qtbot.keyClicks(sign_in.user_name, "teller1")
    qtbot.keyClick(sign_in.user_name, Qt.Key.Key_Return)  # Enter: on to the password, nothing sent
    assert focused() == "password" and teller_app.main_window is None
    qtbot.keyClicks(sign_in.password, "Teller-Pass-2026")
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)  # Enter on the password signs in
    qtbot.waitUntil(lambda: teller_app.main_window is not None)
    window = teller_app.main_window
    _active(qtbot, window)
    qtbot.keyClicks(window.lock_screen.password, "typed before the lock")
    window.lock()
    assert window.lock_screen.password.text() == ""
    qtbot.waitUntil(lambda: focused() == "unlockPassword")
    window.lock_screen.sign_out_button.setFocus()
    qtbot.keyClick(window.lock_screen.sign_out_button, Qt.Key.Key_Return)  # Enter presses the button
    qtbot.waitUntil(sign_in.isVisible)
    _active(qtbot, sign_in)
    assert sign_in.user_name.text() == "" and sign_in.password.text() == ""
    qtbot.waitUntil(lambda: focused() == "userName")
    sign_in.close()
    teller_app.tasks.wait_for_all()


def test_enter_in_a_single_line_field_of_each_step_goes_next_but_not_in_a_table_or_a_note(
    qtbot, main_window, monkeypatch
):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit

    main_window.new_case()
    wizard = main_window.wizard
    nexts: list[Step] = []
    monkeypatch.setattr(wizard, "go_next", lambda: nexts.append(wizard.shown))
    for step in ORDER:
        wizard.show_step(step)
        page = wizard.pages[step]
        monkeypatch.setattr(page, "blocking_reason", lambda: None)
        wizard.update_buttons()  # Next may go: the page is complete
        qtbot.wait(20)
        fields = [w for w in page.findChildren(QLineEdit) if w.isVisible() and w.isEnabled()]
        pickers = [w for w in page.findChildren(QComboBox) if w.isVisible() and w.isEnabled()]
        for field in [*fields[:1], *pickers[:1]]:
            if page.forward():  # the page's own forward action (the regulator's fields) is tested apart
                continue
            before = len(nexts)
            field.setFocus()
            qtbot.keyClick(field, Qt.Key.Key_Return)
            assert nexts[before:] == [step], (step.value, field.objectName())
        for view in [w for w in page.findChildren(QAbstractItemView) if w.isVisible()][:1]:
            before = len(nexts)
            view.setFocus()
            qtbot.keyClick(view, Qt.Key.Key_Return)
            assert nexts[before:] == [], (step.value, view.objectName())
        for note in [w for w in page.findChildren(QPlainTextEdit) if w.isVisible()]:
            before = len(nexts)
            note.setFocus()
            qtbot.keyClick(note, Qt.Key.Key_Return)
            assert nexts[before:] == [] and note.toPlainText() == "\n", (step.value, note.objectName())
    assert set(nexts) >= {Step.INTAKE, Step.IDENTITY, Step.RISK, Step.INTENT}


def test_enter_on_the_password_of_the_dual_sign_in_decides_but_on_the_user_name_only_moves_on(
    qtbot, backend, tasks, teller, english
):
    dialog = _dialogs(backend, tasks, teller)["checkerUserName"]()
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    qtbot.waitUntil(lambda: focused() == "checkerUserName")
    qtbot.keyClicks(dialog.user_name, "super1")
    qtbot.keyClick(dialog.user_name, Qt.Key.Key_Return)
    assert focused() == "checkerPassword" and not backend.decisions  # nothing sent without the password
    qtbot.keyClicks(dialog.password, "Super-Pass-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # OK, the default button
    qtbot.waitUntil(lambda: bool(backend.decisions))
    assert backend.decisions[-1][1:3] == ("super1", "approve")


@pytest.mark.parametrize(("first", "forward"), [("oldPassword", "Ok"), ("settingsLanguage", "Save")])
def test_the_password_and_settings_dialogs_have_their_forward_action_as_the_default_button(
    qtbot, backend, tasks, teller, english, first, forward
):
    """Enter in a field of a dialog presses its default button (Qt's dialogs do; the button is ours)."""
    from PySide6.QtWidgets import QPushButton

    dialog = _dialogs(backend, tasks, teller)[first]()
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    default = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    assert [b.objectName().endswith(forward) for b in default] == [True], [b.objectName() for b in default]
    dialog.reject()


def test_on_the_real_core_the_warning_before_the_last_attempt_says_who_can_unlock_in_chinese(
    qtbot, core, demo, tasks, chinese
):
    from ui.sign_in import SignInWindow

    window = SignInWindow(core, tasks, "zh_CN")
    qtbot.addWidget(window)
    _active(qtbot, window)
    for attempt in range(4):  # the policy locks after 5 wrong passwords
        window.user_name.setFocus()
        qtbot.keyClicks(window.user_name, "teller1" if attempt == 0 else "")
        qtbot.keyClick(window.user_name, Qt.Key.Key_Return)
        qtbot.keyClicks(window.password, "wrong-password")
        qtbot.keyClick(window.password, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: window.sign_in_button.isEnabled() and window.message.isVisible(), timeout=10_000
        )
        assert ("仅剩一次机会" in window.message.text()) is (attempt == 3), window.message.text()
    assert "主管或系统管理员可以解锁" in window.message.text()
    assert focused() == "password" and window.password.text() == ""  # the cursor waits for the password
