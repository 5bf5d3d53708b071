"""A step whose page is not built yet: says so plainly and lets the teller save and come back."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from teller_app.domain.steps import Step
from ui.i18n import tr
from ui.names import step_label
from ui.widgets import label
from ui.wizard.page import StepPage


class PendingStepPage(StepPage):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"{step.value}Page")
        self.note = label(f"{step.value}PendingNote", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(
            tr(
                "Wizard",
                "The form for “{step}” is not available in this version. Save the case and finish this step "
                "with your supervisor.",
                step=step_label(self.step.value),
            )
        )

    def blocking_reason(self) -> str | None:
        return tr("Wizard", "This step cannot be completed in this version yet.")
