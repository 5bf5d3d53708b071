"""Sign-in: the right password opens the day, a lockout says how long, a first sign-in forces a new password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ui.sign_in import SignInWindow


def _window(qtbot, backend, tasks, language="en"):
    window = SignInWindow(backend, tasks, language)
    qtbot.addWidget(window)
    window.show()
    return window


def test_teller_signs_in_with_the_right_password(qtbot, backend, tasks, english):
    window = _window(qtbot, backend, tasks)
    qtbot.keyClicks(window.user_name, "teller1")
    qtbot.keyClicks(window.password, "Teller-Pass-2026")
    with qtbot.waitSignal(window.signedIn) as signed:
        qtbot.keyClick(window.password, Qt.Key.Key_Return)
    assert signed.args[0].user_name == "teller1"
    assert ("sign_in", "MainThread") not in backend.calls  # the check ran on a worker


def test_wrong_password_is_refused_with_a_plain_message_and_cleared(qtbot, backend, tasks, english):
    window = _window(qtbot, backend, tasks)
    window.user_name.setText("teller1")
    window.password.setText("guess")
    window.submit()
    qtbot.waitUntil(lambda: window.message.isVisible())
    assert window.message.text() == "The user name or the password is wrong."
    assert window.password.text() == ""
    assert window.user_name.text() == "teller1"


def test_lockout_shows_the_minutes_left(qtbot, backend, tasks, chinese):
    backend.locked_out_minutes = 13
    window = _window(qtbot, backend, tasks, "zh_CN")
    window.user_name.setText("teller1")
    window.password.setText("Teller-Pass-2026")
    window.submit()
    qtbot.waitUntil(lambda: window.message.isVisible())
    assert "13 分钟" in window.message.text()


def test_empty_fields_are_caught_before_asking_the_core(qtbot, backend, tasks, english):
    window = _window(qtbot, backend, tasks)
    window.submit()
    assert window.message.text() == "Enter your user name and password."
    assert backend.calls == []


def test_first_sign_in_forces_a_new_password_before_the_day_starts(qtbot, backend, tasks, english):
    window = _window(qtbot, backend, tasks)
    signed = []
    window.signedIn.connect(signed.append)
    window.user_name.setText("newbie")
    window.password.setText("First-Pass-2026")
    window.submit()
    qtbot.waitUntil(lambda: window.password_dialog is not None and window.password_dialog.isVisible())
    assert signed == []
    dialog = window.password_dialog
    dialog.old.setText("First-Pass-2026")
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    problem = dialog.problems[dialog.new]  # said under the new password
    qtbot.waitUntil(problem.isVisible)
    assert "at least 10 characters" in problem.text()
    assert dialog.new.text() == "short"  # what was typed stays
    dialog.new.setText("A-much-better-one-2026")
    dialog.repeat.setText("A-much-better-one-2026")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(signed))
    assert signed[0].user_name == "newbie" and not signed[0].must_change_password


def test_cancelling_the_forced_change_does_not_sign_in(qtbot, backend, tasks, english):
    window = _window(qtbot, backend, tasks)
    signed = []
    window.signedIn.connect(signed.append)
    window.user_name.setText("newbie")
    window.password.setText("First-Pass-2026")
    window.submit()
    qtbot.waitUntil(lambda: window.password_dialog is not None and window.password_dialog.isVisible())
    window.password_dialog.reject()
    assert signed == []
    assert window.message.text() == "You must choose a new password before you continue."


def test_language_switch_retranslates_the_sign_in_screen(qtbot, backend, tasks, english):
    window = _window(qtbot, backend, tasks)
    assert window.sign_in_button.text() == "Sign in"
    window.languageChosen.connect(english.use)
    window.language.setCurrentIndex(window.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.sign_in_button.text() == "登录")
    assert window.windowTitle() == "柜面开户系统——登录"
    window.language.setCurrentIndex(window.language.findData("en"))
    qtbot.waitUntil(lambda: window.sign_in_button.text() == "Sign in")


def test_demo_users_and_their_passwords_are_shown(qtbot, backend, tasks, english):
    window = _window(qtbot, backend, tasks)
    window.show_demo_users(backend.create_demo_workspace())
    assert window.demo_users.isVisible()
    assert "teller1 (Teller): password Teller-Pass-2026" in window.demo_users.text()
    assert window.user_name.text() == "teller1"


def test_key_store_passphrase_is_asked_for_and_the_sign_in_goes_on(qtbot, backend, tasks, english):
    from teller_app.domain.errors import EnvironmentProblem
    from ui.session.passphrase_dialog import PassphraseDialog

    given = []
    backend.set_key_store_passphrase = given.append
    real_sign_in = backend.sign_in

    def sign_in(user_name, password):
        if not given:
            raise EnvironmentProblem("keystore.passphrase_missing", "The file key store needs a passphrase")
        return real_sign_in(user_name, password)

    backend.sign_in = sign_in
    window = _window(qtbot, backend, tasks)
    window.user_name.setText("teller1")
    window.password.setText("Teller-Pass-2026")
    window.submit()
    qtbot.waitUntil(lambda: getattr(window, "passphrase_dialog", None) is not None)
    dialog = window.passphrase_dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    assert given == []
    dialog.entry.setText("a long branch passphrase")
    with qtbot.waitSignal(window.signedIn, timeout=5_000) as signed:
        dialog.accept()
    assert given == ["a long branch passphrase"]
    assert signed.args[0].user_name == "teller1"


def test_lockout_is_announced_before_the_last_attempt_with_who_can_unlock(qtbot, backend, tasks, english):
    from ui.sign_in import SignInWindow

    window = SignInWindow(backend, tasks, "en")
    qtbot.addWidget(window)
    window.show()
    for attempt in range(4):
        window.user_name.setText("teller1")
        window.password.setText("wrong")
        window.submit()
        qtbot.waitUntil(lambda: window.sign_in_button.isEnabled() and window.message.isVisible())
        if attempt < 3:
            assert "attempt left" not in window.message.text()
    assert "One attempt left" in window.message.text()
    assert "A supervisor or the administrator can unlock it." in window.message.text()


def _whole(label) -> bool:
    """A shown label has at least the height its wrapped lines need at its width."""
    return label.height() >= label.heightForWidth(label.width())


def test_the_title_wraps_whole_in_a_narrow_window_and_the_window_grows_for_a_message(
    qtbot, backend, tasks, english
):
    # At 200% on a small screen the window is narrower than the title's line (here: made so at 100%).
    window = _window(qtbot, backend, tasks)
    window.setMinimumWidth(200)
    window.resize(200, 100)
    title = window.title
    qtbot.waitUntil(lambda: title.width() < title.sizeHint().width(), timeout=2_000)
    assert title.heightForWidth(title.width()) > title.sizeHint().height()  # it wraps: two lines
    qtbot.waitUntil(lambda: _whole(title), timeout=2_000)
    assert window.height() >= window.layout().totalHeightForWidth(window.width())
    window.submit()  # nothing typed: a message line appears, and the window makes room for it
    qtbot.waitUntil(window.message.isVisible)
    qtbot.waitUntil(lambda: _whole(title) and _whole(window.message), timeout=2_000)
    assert window.height() >= window.layout().totalHeightForWidth(window.width())


def test_the_chinese_title_is_shown_whole_in_a_narrow_window(qtbot, backend, tasks, chinese):
    window = _window(qtbot, backend, tasks, "zh_CN")
    window.setMinimumWidth(120)
    window.resize(120, 100)
    qtbot.waitUntil(lambda: _whole(window.title) and window.title.isVisible(), timeout=2_000)
    assert window.title.text() == "柜面开户系统"
