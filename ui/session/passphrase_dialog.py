"""The key store passphrase, asked for when this computer has no OS key store (never stored, never logged)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.widgets import Retranslating, label, name_buttons, named

# The core's refusals that a passphrase typed here can cure.
PASSPHRASE_CODES = frozenset(
    {"keystore.passphrase_missing", "keystore.wrong_passphrase", "keystore.weak_passphrase"}
)


def needs_passphrase(error: BaseException) -> bool:
    return getattr(error, "code", None) in PASSPHRASE_CODES


class PassphraseDialog(Retranslating, QDialog):
    """`passphrase()` after acceptance; the caller hands it to the backend for this run only."""

    def __init__(self, new: bool, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self._new = new
        self.explanation = label("passphraseExplanation")
        self.problem = label("passphraseProblem", "error")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.entry = named(QLineEdit(), "keyStorePassphrase")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = named(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel),
            "passphraseButtons",
        )
        name_buttons(self.buttons, "passphrase")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.entry.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.entry)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Passphrase", "Key store passphrase"))
        if self._new:
            text = tr(
                "Passphrase",
                "This computer has no system key store, so the encryption keys are protected by a passphrase. "
                "Choose one of at least 12 characters and keep it safe: it is needed at every start.",
            )
        else:
            text = tr(
                "Passphrase",
                "This computer has no system key store. Enter the key store passphrase to open the data.",
            )
        self.explanation.setText(text)
        self.entry.setAccessibleName(tr("Passphrase", "Key store passphrase"))
        self.buttons.setAccessibleName(tr("Passphrase", "Confirm or cancel"))

    def passphrase(self) -> str:
        return self.entry.text()
