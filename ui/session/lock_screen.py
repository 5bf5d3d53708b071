"""The idle lock screen: covers the whole window; only the signed-in user's password unlocks it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.backend import Backend, SessionInfo
from ui.i18n import tr
from ui.messages import describe
from ui.tasks import Tasks
from ui.widgets import Retranslating, label, named, set_role


class LockScreen(Retranslating, QFrame):
    """An opaque overlay over its parent window; hides the case on screen while the teller is away."""

    unlocked = Signal()
    signOutRequested = Signal()

    def __init__(self, backend: Backend, tasks: Tasks, session: SessionInfo, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        set_role(self, "lock")
        self.setAutoFillBackground(True)
        self._backend = backend
        self._tasks = tasks
        self._session = session
        card = QFrame(self)
        card.setObjectName("lockCard")
        set_role(card, "lock-card")
        card.setMaximumWidth(460)
        self.title = label("lockTitle", "subtitle")
        self.explanation = label("lockExplanation")
        self.password = named(QLineEdit(), "unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        self.unlock_button = named(QPushButton(), "unlockButton")
        set_role(self.unlock_button, "primary")
        self.unlock_button.clicked.connect(self.submit)
        self.sign_out_button = named(QPushButton(), "lockSignOutButton")
        self.sign_out_button.clicked.connect(self.signOutRequested)
        self.message = label("unlockMessage", "error")
        self.message.hide()
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(self.title)
        inner.addWidget(self.explanation)
        inner.addWidget(self.password)
        inner.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        parent.installEventFilter(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(tr("LockScreen", "Screen locked"))
        self.explanation.setText(
            tr(
                "LockScreen",
                "{name} stepped away. Only {name} can unlock this screen with their password.",
                name=self._session.display_name,
            )
        )
        self.password.setAccessibleName(tr("LockScreen", "Password to unlock"))
        self.password.setPlaceholderText(tr("LockScreen", "Password"))
        self.unlock_button.setText(tr("LockScreen", "Unlock"))
        self.unlock_button.setAccessibleName(tr("LockScreen", "Unlock"))
        self.sign_out_button.setText(tr("LockScreen", "Sign out"))
        self.sign_out_button.setAccessibleName(tr("LockScreen", "Sign out"))

    def lock(self) -> None:
        self.message.hide()
        self.password.clear()
        self._cover()
        self.show()
        self.raise_()
        self.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._cover()
        return False

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def submit(self) -> None:
        if not self.password.text():
            return
        self.unlock_button.setEnabled(False)
        self._tasks.run(
            self._backend.unlock,
            self._session,
            self.password.text(),
            on_done=self._unlocked,
            on_error=self._failed,
            owner=self,
            busy_text=tr("LockScreen", "Checking password…"),
            writes=True,
        )

    def _unlocked(self, _result: object) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.hide()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.message.setText(describe(error))
        self.message.show()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
