"""The password change dialog; forced at first sign-in, when the user cannot cancel into the app."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.backend import Backend, SessionInfo
from ui.i18n import tr
from ui.messages import describe
from ui.tasks import Tasks
from ui.widgets import FitsWrappedLines, Retranslating, label, name_buttons, named


class PasswordChangeDialog(Retranslating, FitsWrappedLines, QDialog):
    """On success `session` holds the refreshed session and the dialog is accepted."""

    def __init__(
        self,
        backend: Backend,
        tasks: Tasks,
        session: SessionInfo,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordChangeDialog")
        self.setMinimumWidth(420)
        self.setModal(True)
        self._backend = backend
        self._tasks = tasks
        self._given = session
        self._forced = forced
        self.session: SessionInfo | None = None
        self.explanation = label("passwordChangeExplanation")
        self.old = named(QLineEdit(), "oldPassword")
        self.new = named(QLineEdit(), "newPassword")
        self.repeat = named(QLineEdit(), "repeatPassword")
        for field in (self.old, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = label("passwordChangeMessage", "error")
        self.message.hide()
        self.buttons = named(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel),
            "passwordChangeButtons",
        )
        name_buttons(self.buttons, "passwordChange")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.old_label, self.new_label, self.repeat_label = (
            label("oldPasswordLabel"),
            label("newPasswordLabel"),
            label("repeatPasswordLabel"),
        )
        # What is wrong is said under the field it is about; the fields keep what was typed.
        self.problems = {
            self.old: label("oldPasswordProblem", "error"),
            self.new: label("newPasswordProblem", "error"),
            self.repeat: label("repeatPasswordProblem", "error"),
        }
        form = QFormLayout()
        for caption, field in (
            (self.old_label, self.old),
            (self.new_label, self.new),
            (self.repeat_label, self.repeat),
        ):
            caption.setBuddy(field)
            form.addRow(caption, field)
            form.addRow("", self.problems[field])
            self.problems[field].hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("PasswordChange", "Change password"))
        if self._forced:
            text = tr(
                "PasswordChange",
                "Welcome, {name}. Before you start, choose a new password that only you know.",
                name=self._given.display_name,
            )
        else:
            text = tr("PasswordChange", "Choose a new password that only you know.")
        self.explanation.setText(text)
        self.old_label.setText(tr("PasswordChange", "Current password:"))
        self.new_label.setText(tr("PasswordChange", "New password:"))
        self.repeat_label.setText(tr("PasswordChange", "New password again:"))
        self.old.setAccessibleName(tr("PasswordChange", "Current password"))
        self.new.setAccessibleName(tr("PasswordChange", "New password"))
        self.repeat.setAccessibleName(tr("PasswordChange", "New password again"))
        self.buttons.setAccessibleName(tr("PasswordChange", "Confirm or cancel"))

    def submit(self) -> None:
        self._clear()
        if not self.new.text():
            self._show(tr("PasswordChange", "Enter the new password twice."), self.new)
            return
        if self.new.text() != self.repeat.text():
            self._show(tr("PasswordChange", "The two new passwords are not the same."), self.repeat)
            return
        self.buttons.setEnabled(False)
        self._tasks.run(
            self._backend.change_password,
            self._given,
            self.old.text(),
            self.new.text(),
            on_done=self._changed,
            on_error=self._failed,
            owner=self,
            busy_text=tr("PasswordChange", "Changing password…"),
            writes=True,
        )

    def _changed(self, session: SessionInfo) -> None:
        self.session = session
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._show(describe(error), _field_of(self, getattr(error, "code", "")))

    def _clear(self) -> None:
        self.message.hide()
        for problem in self.problems.values():
            problem.hide()

    def _show(self, text: str, field: QLineEdit | None = None) -> None:
        """The problem under its field (the cursor goes there), or on the dialog's own line."""
        shown = self.problems[field] if field is not None else self.message
        shown.setText(text)
        shown.show()
        if field is not None:
            field.setFocus()


def _field_of(dialog: PasswordChangeDialog, code: str) -> QLineEdit | None:
    """Which field a refusal of the core is about: the current password, the new one, or neither."""
    if code == "sign_in.bad_credentials":
        return dialog.old
    if code in NEW_PASSWORD_RULES:
        return dialog.new
    return None


# The refusals of the password policy (teller_app/domain/passwords.py) and of the change itself: about the new one.
NEW_PASSWORD_RULES = frozenset(
    f"password.{rule}"
    for rule in (
        "too_short",
        "too_long",
        "too_few_character_classes",
        "contains_user_name",
        "control_character",
        "same_as_old",
    )
)
