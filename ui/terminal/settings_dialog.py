"""Settings: central database URL, idle minutes, printer, language (all but language for administrators)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.permissions import Action
from ui.backend import Backend, SessionInfo
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, tr
from ui.messages import describe
from ui.tasks import Tasks
from ui.widgets import FitsWrappedLines, Retranslating, label, name_buttons, named


def available_printers() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


class SettingsDialog(Retranslating, FitsWrappedLines, QDialog):
    """Shows the effective settings; `saved` carries the changes after the core stored them."""

    saved = Signal(dict)

    def __init__(
        self,
        backend: Backend,
        tasks: Tasks,
        session: SessionInfo,
        current: dict[str, object],
        printers: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(520)
        self._backend = backend
        self._tasks = tasks
        self._session = session
        self._current = dict(current)
        self.central_url = named(QLineEdit(str(current.get("central_url", ""))), "centralUrl")
        self.idle_minutes = named(QSpinBox(), "idleMinutes")
        self.idle_minutes.setRange(1, 60)
        self.idle_minutes.setValue(int(str(current.get("idle_lock_minutes", 5))))
        self.printer = named(QComboBox(), "printerChoice")
        self.printer.addItem("", "")
        for name in available_printers() if printers is None else printers:
            self.printer.addItem(name, name)
        chosen = self.printer.findData(str(current.get("printer", "")))
        self.printer.setCurrentIndex(max(0, chosen))
        self.language = named(QComboBox(), "settingsLanguage")
        self.language.addItem("", "")  # empty: follow the system's language (the setting's default)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(str(current.get("language", "")))))
        for field in (self.central_url, self.idle_minutes, self.printer):
            field.setEnabled(session.may(Action.MANAGE_SETTINGS))
        self.labels = [
            label(n) for n in ("centralUrlLabel", "idleMinutesLabel", "printerLabel", "languageLabel")
        ]
        form = QFormLayout()
        fields: tuple[QWidget, ...] = (self.central_url, self.idle_minutes, self.printer, self.language)
        self.central_url_problem = label("centralUrlProblem", "error")  # under the address it is about
        self.central_url_problem.hide()
        for caption, widget in zip(self.labels, fields, strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            if widget is self.central_url:
                form.addRow("", self.central_url_problem)
        self.note = label("settingsNote", "hint")
        self.note.setVisible(not session.may(Action.MANAGE_SETTINGS))
        self.message = label("settingsMessage", "error")
        self.message.hide()
        self.buttons = named(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel),
            "settingsButtons",
        )
        name_buttons(self.buttons, "settings")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Settings", "Settings"))
        texts = [
            tr("Settings", "&Central database:"),
            tr("Settings", "&Lock screen after (minutes):"),
            tr("Settings", "&Printer:"),
            tr("Settings", "L&anguage:"),
        ]
        for caption, text in zip(self.labels, texts, strict=True):
            caption.setText(text)
        self.central_url.setPlaceholderText(tr("Settings", "Empty: the embedded central database"))
        self.central_url.setAccessibleName(tr("Settings", "Central database address"))
        self.idle_minutes.setAccessibleName(tr("Settings", "Minutes before the screen locks"))
        self.printer.setItemText(0, tr("Settings", "System default printer"))
        self.language.setItemText(0, tr("Settings", "The system's language"))
        self.printer.setAccessibleName(tr("Settings", "Printer"))
        self.language.setAccessibleName(tr("Settings", "Language"))
        self.note.setText(tr("Settings", "Only an administrator can change the other settings."))
        self.buttons.setAccessibleName(tr("Settings", "Save or cancel"))

    def changes(self) -> dict[str, object]:
        wanted: dict[str, object] = {"language": self.language.currentData()}
        if self._session.may(Action.MANAGE_SETTINGS):
            wanted["central_url"] = self.central_url.text().strip()
            wanted["idle_lock_minutes"] = self.idle_minutes.value()
            wanted["printer"] = self.printer.currentData()
        return {k: v for k, v in wanted.items() if self._current.get(k) != v}

    def submit(self) -> None:
        self.message.hide()
        self.central_url_problem.hide()
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.buttons.setEnabled(False)
        self._tasks.run(
            self._backend.save_settings,
            self._session,
            changes,
            on_done=lambda _: self._saved(changes),
            on_error=self._failed,
            owner=self,
            busy_text=tr("Settings", "Saving settings…"),
            writes=True,
        )

    def _saved(self, changes: dict[str, object]) -> None:
        self.saved.emit(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        """The refusal beside the field it is about (the address), else on the dialog's line; what was
        typed stays."""
        self.buttons.setEnabled(True)
        about_address = str(getattr(error, "code", "")).startswith("central.")
        shown = self.central_url_problem if about_address else self.message
        shown.setText(describe(error))
        shown.show()
        if about_address:
            self.central_url.setFocus()
