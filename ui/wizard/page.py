"""The base of every wizard page: it renders one step and hands its entries back to the frame."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.widgets import Retranslating


class StepPage(Retranslating, QWidget):
    """A page keeps what was typed until the frame discards it; a validation error never clears it.

    `changed` fires on every edit so the frame can re-check `blocking_reason()` (inline validation);
    `submitRequested` fires when the teller presses Enter in a field (Enter = Next).
    """

    changed = Signal()
    submitRequested = Signal()
    step: Step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseView | None = None
        self.returned_reasons: tuple[str, ...] = ()

    def load(self, case: CaseView | None) -> None:
        """Show the case; fill fields from the saved entries for this step the first time."""
        self.case = case
        if case is not None:
            self.returned_reasons = case.returned_reasons.get(self.step.value, ())
            saved = case.entries.get(self.step.value)
            if saved:
                self.set_entries(saved)

    def set_entries(self, entries: dict[str, object]) -> None:
        """Put saved entries into the fields (pages override)."""

    def entries(self) -> dict[str, object]:
        """The step's input as plain data for the core (pages override)."""
        return {}

    def blocking_reason(self) -> str | None:
        """A translated sentence saying why Next is disabled, or None when the step may go on."""
        return None

    def enter_goes_next(self, *fields: QLineEdit) -> None:
        for field in fields:
            field.returnPressed.connect(self.submitRequested)
            field.textChanged.connect(self.changed)
