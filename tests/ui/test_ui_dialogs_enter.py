"""The password-change and settings dialogs by keyboard: Enter on the default button sends what is valid; an
invalid entry is refused with the reason under the field it is about, and everything typed stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from screens_opened import administrators_settings, shown

from ui.session.password_change import PasswordChangeDialog


def _type_passwords(qtbot, dialog, old: str, new: str, repeat: str) -> None:
    qtbot.waitUntil(dialog.old.hasFocus)
    for field, text in ((dialog.old, old), (dialog.new, new), (dialog.repeat, repeat)):
        assert QApplication.focusWidget() is field
        qtbot.keyClicks(field, text)
        if field is not dialog.repeat:
            qtbot.keyClick(field, Qt.Key.Key_Tab)


def _texts(dialog) -> tuple[str, str, str]:
    return dialog.old.text(), dialog.new.text(), dialog.repeat.text()


def test_enter_changes_the_password_when_the_two_new_ones_agree(qtbot, backend, tasks, teller, english):
    dialog = shown(qtbot, PasswordChangeDialog(backend, tasks, teller))
    _type_passwords(qtbot, dialog, "Teller-Pass-2026", "Counter-Pass-2027", "Counter-Pass-2027")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.session is not None
    assert "change_password" in {name for name, _ in backend.calls}


def test_two_different_new_passwords_are_refused_under_the_second_and_all_is_kept(
    qtbot, backend, tasks, teller, english
):
    dialog = shown(qtbot, PasswordChangeDialog(backend, tasks, teller))
    _type_passwords(qtbot, dialog, "Teller-Pass-2026", "Counter-Pass-2027", "Counter-Pass-2028")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    problem = dialog.problems[dialog.repeat]
    assert problem.isVisible() and problem.text() == "The two new passwords are not the same."
    assert not dialog.problems[dialog.new].isVisible() and not dialog.message.isVisible()
    assert dialog.isVisible() and "change_password" not in {name for name, _ in backend.calls}
    assert _texts(dialog) == ("Teller-Pass-2026", "Counter-Pass-2027", "Counter-Pass-2028")
    assert dialog.repeat.hasFocus()
    dialog.repeat.clear()  # corrected by keyboard: the line goes when it is sent again
    qtbot.keyClicks(dialog.repeat, "Counter-Pass-2027")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_password_the_policy_refuses_is_said_under_the_new_one_and_all_is_kept(
    qtbot, backend, tasks, teller, english
):
    dialog = shown(qtbot, PasswordChangeDialog(backend, tasks, teller))
    _type_passwords(qtbot, dialog, "Teller-Pass-2026", "short1", "short1")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    problem = dialog.problems[dialog.new]
    qtbot.waitUntil(problem.isVisible, timeout=5_000)
    assert problem.text() == "The password must have at least 10 characters."
    assert dialog.isVisible() and _texts(dialog) == ("Teller-Pass-2026", "short1", "short1")
    assert dialog.new.hasFocus() and dialog.buttons.isEnabled()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_on_the_real_core_a_wrong_current_password_is_said_under_it(
    qtbot, core, demo, tasks, english, language, request
):
    if language == "zh":
        request.getfixturevalue("chinese")
    session = core.sign_in("teller1", demo["teller1"])
    dialog = shown(qtbot, PasswordChangeDialog(core, tasks, session))
    _type_passwords(qtbot, dialog, "not-my-password", "Counter-Pass-2027", "Counter-Pass-2027")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    problem = dialog.problems[dialog.old]
    qtbot.waitUntil(problem.isVisible, timeout=10_000)
    wrong = {"en": "The user name or the password is wrong.", "zh": "用户名或密码错误"}[language]
    assert wrong in problem.text(), problem.text()
    assert dialog.isVisible() and _texts(dialog) == (
        "not-my-password",
        "Counter-Pass-2027",
        "Counter-Pass-2027",
    )
    assert dialog.old.hasFocus()


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("postgres://teller@central.bank/teller", "is not accepted"),
        ("postgresql+psycopg://teller:secret@central.bank/teller", "must not hold a password"),
        ("postgresql+psycopg://teller@/teller", "names no server"),
    ],
)
def test_settings_refuse_a_central_address_that_cannot_work_under_the_field_and_keep_it(
    qtbot, core, demo, tasks, english, address, said
):
    before = core.settings()
    dialog = administrators_settings(qtbot, core, demo, tasks)
    qtbot.keyClicks(dialog.central_url, address)
    qtbot.keyClick(dialog.central_url, Qt.Key.Key_Return)  # Enter: Save, the default button
    problem = dialog.central_url_problem
    qtbot.waitUntil(problem.isVisible, timeout=10_000)
    assert said in problem.text() and not dialog.message.isVisible()
    assert dialog.isVisible() and dialog.central_url.text() == address and dialog.central_url.hasFocus()
    assert core.settings() == before  # nothing was written


def test_settings_save_with_enter_and_the_core_keeps_them(qtbot, core, demo, tasks, english):
    dialog = administrators_settings(qtbot, core, demo, tasks)
    qtbot.keyClick(dialog.central_url, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.idle_minutes
    qtbot.keyClick(dialog.idle_minutes, Qt.Key.Key_Up)  # one more minute before the screen locks
    wanted = dialog.idle_minutes.value()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.keyClick(dialog.idle_minutes, Qt.Key.Key_Return)
    assert saved.args[0] == {"idle_lock_minutes": wanted}
    assert core.settings()["idle_lock_minutes"] == wanted and not dialog.isVisible()


def test_saving_settings_keeps_following_the_system_language_when_none_was_chosen(
    qtbot, core, demo, tasks, english
):
    assert core.settings()["language"] == ""  # the default: the system's language
    dialog = administrators_settings(qtbot, core, demo, tasks)
    assert dialog.language.currentData() == "" and dialog.language.currentText() == "The system's language"
    assert dialog.changes() == {}  # shown as it is: nothing changes by opening the dialog
