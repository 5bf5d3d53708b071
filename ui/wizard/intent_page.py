"""Intent (开户意愿核实): face-to-face or video confirmation with the legal representative, recorded."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.i18n import tr
from ui.widgets import label, named
from ui.wizard.fields import EntryLine
from ui.wizard.page import StepPage


class IntentPage(StepPage):
    step = Step.INTENT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intentPage")
        self.face_to_face = named(QRadioButton(), "intentFaceToFace")
        self.video = named(QRadioButton(), "intentVideo")
        self.face_to_face.setChecked(True)
        self.methods = QButtonGroup(self)
        self.methods.addButton(self.face_to_face)
        self.methods.addButton(self.video)
        self.confirmed_with = named(QLineEdit(), "intentConfirmedWith")
        self.recording = named(QLineEdit(), "intentRecordingReference")
        self.video.toggled.connect(self._arrange)
        self.confirmed = named(QCheckBox(), "intentConfirmed")
        self.note = named(QLineEdit(), "intentNote")
        self.skip_button = named(QPushButton(), "skipIntentButton")
        self.skip_button.clicked.connect(self.skip)
        self.optional_note = label("intentOptional", "hint")
        self.captions = [
            label(n)
            for n in ("intentMethodLabel", "intentWithLabel", "intentNoteLabel", "intentRecordingLabel")
        ]
        for caption in self.captions:
            caption.setWordWrap(False)  # a form label on one line, beside its field
        form = QFormLayout(self)
        form.addRow(self.optional_note)
        form.addRow(self.captions[0], self.face_to_face)
        form.addRow("", self.video)
        # No maxLength: a paste stays whole and the core's limit is said under the field.
        self.lines = {
            edit: EntryLine(edit, entry)
            for edit, entry in (
                (self.recording, "recording_reference"),
                (self.confirmed_with, "confirmed_with"),
                (self.note, "note"),
            )
        }
        form.addRow(self.captions[3], self.lines[self.recording])
        form.addRow(self.captions[1], self.lines[self.confirmed_with])
        form.addRow(self.captions[2], self.lines[self.note])
        self.form = form
        form.addRow(self.confirmed)
        form.addRow(self.skip_button)
        self.enter_goes_next(self.recording, self.confirmed_with, self.note)
        self._arrange()
        self.confirmed.toggled.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.captions[0].setText(tr("Intent", "How confirmed:"))
        self.captions[1].setText(tr("Intent", "Confirme&d with:"))
        self.captions[1].setBuddy(self.confirmed_with)
        self.captions[2].setText(tr("Intent", "Note:"))
        self.face_to_face.setText(tr("Intent", "Face to face at the counter"))
        self.video.setText(tr("Intent", "Video call, recorded"))
        self.confirmed_with.setPlaceholderText(tr("Intent", "Name of the legal representative"))
        self.captions[3].setText(tr("Intent", "&Recording reference:"))
        self.captions[3].setBuddy(self.recording)
        self.recording.setPlaceholderText(tr("Intent", "Number of the video recording in the bank's system"))
        self.recording.setAccessibleName(tr("Intent", "Recording reference"))
        self.confirmed_with.setAccessibleName(tr("Intent", "Confirmed with"))
        self.note.setAccessibleName(tr("Intent", "Note"))
        self.confirmed.setText(tr("Intent", "The customer &confirmed the wish to open this account"))
        self.skip_button.setText(tr("Intent", "S&kip this step (optional for this account type)"))
        self.optional_note.setText(tr("Intent", "Required for a basic deposit account; optional otherwise."))
        for button in (self.face_to_face, self.video, self.confirmed, self.skip_button):
            button.setAccessibleName(button.text().replace("&", ""))

    def _arrange(self) -> None:
        self.form.setRowVisible(self.lines[self.recording], self.video.isChecked())

    def load(self, case: CaseView | None) -> None:
        super().load(case)
        self.skip_button.setVisible(case is not None and case.account_type != "basic")
        if case is not None and not self.confirmed_with.text().strip():
            identity = case.entries.get("identity", {})
            person = identity.get("legal_representative") if isinstance(identity, dict) else None
            if isinstance(person, dict) and person.get("name"):
                self.confirmed_with.setText(str(person["name"]))  # the person the rules name

    def set_entries(self, entries: dict[str, object]) -> None:
        self.video.setChecked(entries.get("method") == "video")
        self.face_to_face.setChecked(entries.get("method") != "video")
        self.recording.setText(str(entries.get("recording_reference", "")))
        self.confirmed_with.setText(str(entries.get("confirmed_with", "")))
        self.note.setText(str(entries.get("note", "")))
        self.confirmed.setChecked(entries.get("confirmed") is True)

    def entries(self) -> dict[str, object]:
        return {
            "method": "video" if self.video.isChecked() else "face_to_face",
            "confirmed_with": self.confirmed_with.text().strip(),
            "confirmed_with_role": "legal_representative",
            "recording_reference": self.recording.text().strip() if self.video.isChecked() else "",
            "confirmed": self.confirmed.isChecked(),
            "note": self.note.text().strip(),
        }

    def skip(self) -> None:
        if self.case is None:
            return
        self.tasks.run(
            self.backend.skip_step,
            self.session,
            self.case.case_id,
            on_done=self.caseUpdated.emit,
            on_error=self.show_error,
            owner=self,
            writes=True,
        )

    def blocking_reason(self) -> str | None:
        for line in self.lines.values():
            problem = line.check() if line.isVisibleTo(self) else None
            if problem is not None:
                return problem
        if not self.confirmed_with.text().strip():
            return tr("Intent", "Enter who confirmed the intent.")
        if self.video.isChecked() and not self.recording.text().strip():
            return tr("Intent", "Enter the reference of the video recording.")
        if not self.confirmed.isChecked():
            return tr("Intent", "Tick that the customer confirmed the wish to open the account.")
        return None
