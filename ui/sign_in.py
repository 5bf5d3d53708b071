"""The sign-in window: user name, password, language switch (中文 / English), lockout with time left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGE_NAMES, LANGUAGES, tr
from ui.tasks import Tasks
from ui.widgets import FitsWrappedLines, Retranslating, label, named, set_role

if TYPE_CHECKING:  # kept out of start-up: the sign-in window must show fast (bench/startup)
    from ui.backend import Backend, DemoWorkspace, SessionInfo
    from ui.session.password_change import PasswordChangeDialog


class SignInWindow(Retranslating, FitsWrappedLines, QWidget):
    """Emits `signedIn` with the session once the password is right (and changed, when it must be)."""

    signedIn = Signal(object)  # SessionInfo
    languageChosen = Signal(str)

    def __init__(self, backend: Backend, tasks: Tasks, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tasks = tasks
        self._demo: DemoWorkspace | None = None
        self.password_dialog: PasswordChangeDialog | None = None
        self.setObjectName("signInWindow")
        self.setMinimumWidth(420)

        self.title = label("signInTitle", "title")
        self.language = named(QComboBox(), "languageSwitch")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.user_name = named(QLineEdit(), "userName")
        self.password = named(QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = named(QPushButton(), "signInButton")
        set_role(self.sign_in_button, "primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.user_name.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.message = label("signInMessage", "error")
        self.message.hide()
        self.demo_users = label("demoUsers", "hint")
        self.demo_users.hide()

        top = QHBoxLayout()
        top.addStretch(1)
        self.language_label = label("languageLabel")
        self.language_label.setWordWrap(False)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.user_label = label("userNameLabel")
        self.password_label = label("passwordLabel")
        self.user_label.setBuddy(self.user_name)
        self.password_label.setBuddy(self.password)
        self.form.addRow(self.user_label, self.user_name)
        self.form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 24)
        layout.addLayout(top)
        title_row = QHBoxLayout()  # centred by stretches: Qt's alignment enums cost 14 ms at first use
        title_row.addStretch(1)
        title_row.addWidget(self.title)
        title_row.addStretch(1)
        layout.addLayout(title_row)
        layout.addSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.demo_users)
        layout.addStretch(1)
        QWidget.setTabOrder(self.user_name, self.password)
        QWidget.setTabOrder(self.password, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.language)
        self.retranslate()
        self.user_name.setFocus()

    def ready_for_next_user(self) -> None:
        """After a sign-out: nothing of the last user is left in the form; the user name has the focus."""
        self.user_name.clear()
        self.password.clear()
        self.message.hide()
        self.user_name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("SignIn", "Teller App — sign in"))
        self.title.setText(tr("SignIn", "Account opening at the counter"))
        self.language_label.setText(tr("SignIn", "Language:"))
        self.language.setAccessibleName(tr("SignIn", "Language"))
        self.user_label.setText(tr("SignIn", "&User name:"))
        self.user_name.setAccessibleName(tr("SignIn", "User name"))
        self.password_label.setText(tr("SignIn", "&Password:"))
        self.password.setAccessibleName(tr("SignIn", "Password"))
        self.sign_in_button.setText(tr("SignIn", "Sign in"))
        self.sign_in_button.setAccessibleName(tr("SignIn", "Sign in"))
        self._show_demo_users()

    def show_demo_users(self, demo: DemoWorkspace) -> None:
        """After the demo workspace was created: list its users with their passwords."""
        self._demo = demo
        if demo.users:
            self.user_name.setText(demo.users[0].user_name)
        self._show_demo_users()

    def _show_demo_users(self) -> None:
        if not self._demo or not self._demo.users:
            return

        from PySide6.QtCore import Qt  # here, not at the top: Qt's enums cost 14 ms to create (start-up)

        self.demo_users.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [tr("SignIn", "Demo workspace — sample users:")]
        for user in self._demo.users:
            lines.append(
                tr(
                    "SignIn",
                    "{user_name} ({role}): password {password}",
                    user_name=user.user_name,
                    role=role_name(user.role),
                    password=user.password,
                )
            )
        self.demo_users.setText("\n".join(lines))
        self.demo_users.show()

    def _language_changed(self) -> None:
        self.languageChosen.emit(self.language.currentData())

    def submit(self) -> None:
        user_name = self.user_name.text().strip()
        if not user_name or not self.password.text():
            self._fail_text(tr("SignIn", "Enter your user name and password."))
            return
        self._attempt(user_name, self.password.text())

    def _attempt(self, user_name: str, password: str) -> None:
        self.sign_in_button.setEnabled(False)
        self.message.hide()
        self._tasks.run(
            self._backend.sign_in,
            user_name,
            password,
            on_done=self._signed_in,
            on_error=lambda error: self._failed(error, user_name, password),
            owner=self,
            busy_text=tr("SignIn", "Signing in…"),
            writes=True,
        )

    def _signed_in(self, session: SessionInfo) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        if not session.must_change_password:
            self.signedIn.emit(session)
            return
        from ui.session.password_change import PasswordChangeDialog

        dialog = PasswordChangeDialog(self._backend, self._tasks, session, forced=True, parent=self)
        self.password_dialog = dialog
        dialog.accepted.connect(lambda: self.signedIn.emit(dialog.session))
        dialog.rejected.connect(
            lambda: self._fail_text(tr("SignIn", "You must choose a new password before you continue."))
        )
        dialog.open()

    def _failed(self, error: BaseException, user_name: str = "", password: str = "") -> None:
        from ui.messages import describe
        from ui.session.passphrase_dialog import needs_passphrase

        retry = lambda: self._attempt(user_name, password)  # noqa: E731 - the same attempt, keys now openable
        if needs_passphrase(error) and ask_passphrase(self, self._backend, error, False, retry):
            self.sign_in_button.setEnabled(True)
            return

        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self._fail_text(describe(error) + lockout_warning(error))

    def _fail_text(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def ask_passphrase(
    parent: QWidget, backend: object, error: BaseException, new: bool, retry: Callable[[], None]
) -> bool:
    """Open the key store passphrase dialog (window-modal, not blocking); on OK the backend gets the
    passphrase for this run and `retry` runs. False when the backend cannot take a passphrase."""
    from ui.messages import describe
    from ui.session.passphrase_dialog import PassphraseDialog

    setter = getattr(backend, "set_key_store_passphrase", None)
    if setter is None:
        return False
    problem = "" if getattr(error, "code", "") == "keystore.passphrase_missing" else describe(error)
    dialog = PassphraseDialog(new, problem, parent)

    def given() -> None:
        if dialog.passphrase():
            setter(dialog.passphrase())
            retry()

    dialog.accepted.connect(given)
    dialog.finished.connect(dialog.deleteLater)
    parent.passphrase_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return True


def lockout_warning(error: BaseException) -> str:
    """Before the last attempt: say that one more wrong password locks the user, and who can unlock it."""
    from teller_app.domain.errors import TellerError

    if not isinstance(error, TellerError):
        return ""
    if error.code == "sign_in.bad_credentials" and error.params.get("attempts_left") == 1:
        return " " + tr(
            "SignIn",
            "One attempt left: after one more wrong password this user is locked. A supervisor or the "
            "administrator can unlock it.",
        )
    if error.code == "sign_in.locked_out":
        return " " + tr("SignIn", "A supervisor or the administrator can unlock it sooner.")
    return ""


def role_name(role: object) -> str:
    from ui.names import role_label

    return role_label(str(role))
