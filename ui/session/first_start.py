"""First start with no configuration: offer a demo workspace, or explain how IT sets up the terminal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.backend import Backend, DemoWorkspace
from ui.i18n import tr
from ui.messages import describe
from ui.tasks import Tasks
from ui.widgets import Retranslating, label, named, set_role


class FirstStartDialog(Retranslating, QDialog):
    """`demoCreated` carries the new workspace (its users and their passwords) once the core made it."""

    demoCreated = Signal(object)  # DemoWorkspace

    def __init__(self, backend: Backend, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setMinimumWidth(520)
        self._backend = backend
        self._tasks = tasks
        self.title = label("firstStartTitle", "title")
        self.explanation = label("firstStartExplanation")
        self.it_note = label("firstStartItNote", "hint")
        self.message = label("firstStartMessage", "error")
        self.message.hide()
        self.demo_button = named(QPushButton(), "createDemoButton")
        set_role(self.demo_button, "primary")
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.create_demo)
        self.quit_button = named(QPushButton(), "quitButton")
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.it_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("FirstStart", "Welcome to the Teller App"))
        self.title.setText(tr("FirstStart", "This computer is not set up yet"))
        self.explanation.setText(
            tr(
                "FirstStart",
                "You can try the app at once in a demo workspace: sample users (their passwords are shown "
                "on the sign-in screen), a central database on this computer, and sample cases. Nothing "
                "in it is a real customer.",
            )
        )
        self.it_note.setText(
            tr(
                "FirstStart",
                "For real work, IT staff set up this terminal with “teller-admin init --branch … --terminal …”.",
            )
        )
        self.demo_button.setText(tr("FirstStart", "Create a &demo workspace"))
        self.demo_button.setAccessibleName(tr("FirstStart", "Create a demo workspace"))
        self.quit_button.setText(tr("FirstStart", "&Quit"))
        self.quit_button.setAccessibleName(tr("FirstStart", "Quit"))

    def create_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.message.hide()
        self._tasks.run(
            self._backend.create_demo_workspace,
            on_done=self._created,
            on_error=self._failed,
            owner=self,
            busy_text=tr("FirstStart", "Creating the demo workspace…"),
            writes=True,
        )

    def _created(self, demo: DemoWorkspace) -> None:
        self.demoCreated.emit(demo)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from ui.session.passphrase_dialog import needs_passphrase
        from ui.sign_in import ask_passphrase

        self.demo_button.setEnabled(True)
        if needs_passphrase(error) and ask_passphrase(self, self._backend, error, True, self.create_demo):
            return
        self.message.setText(describe(error))
        self.message.show()
