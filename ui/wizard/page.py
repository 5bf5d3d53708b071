"""The base of every wizard page: it renders one step and hands its entries back to the frame."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.widgets import Retranslating


class StepPage(Retranslating, QWidget):
    """A page keeps what was typed until the frame discards it; a validation error never clears it.

    `changed` fires on every edit so the frame can re-check `blocking_reason()` (inline validation);
    `submitRequested` asks the frame for Next; Enter in a single-line field does the same (ui/keyboard.py).
    """

    changed = Signal()
    submitRequested = Signal()
    caseUpdated = Signal(object)  # CaseView: a page's own action (a document decision, approval) changed it
    step: Step
    has_form = True  # False: the page acts through its own buttons; Next only shows the following page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseView | None = None
        self.returned_reasons: tuple[str, ...] = ()
        self.backend: Any = None
        self.tasks: Any = None
        self.session: Any = None

    def attach(self, backend: Any, tasks: Any, session: Any) -> None:
        """The frame hands over the core and the signed-in session; pages with their own actions use them."""
        self.backend, self.tasks, self.session = backend, tasks, session

    def shown(self) -> None:
        """The page became visible: refresh what comes from the core (checklists, previews)."""

    def show_error(self, error: BaseException) -> None:
        """Pages show a refusal of their own actions here; the frame's message line by default."""
        frame = self.parentWidget()
        while frame is not None and not hasattr(frame, "show_error"):
            frame = frame.parentWidget()
        if frame is not None:
            frame.show_error(error)

    def load(self, case: CaseView | None) -> None:
        """Show the case; fill fields from the saved entries for this step the first time."""
        self.case = case
        if case is not None:
            self.returned_reasons = case.returned_reasons.get(self.step.value, ())
            saved = case.entries.get(self.step.value)
            if saved:
                self.set_entries(saved)

    def check_entries(self, on_done: Any, on_error: Any, busy_text: str) -> None:
        """Have the core check (and save as a draft) this step's entries, off the GUI thread."""
        if self.case is None:
            return
        self.tasks.run(
            self.backend.check_step,
            self.session,
            self.case.case_id,
            self.step.value,
            self.entries(),
            on_done=on_done,
            on_error=on_error,
            owner=self,
            writes=True,
            busy_text=busy_text,
        )

    def set_entries(self, entries: dict[str, object]) -> None:
        """Put saved entries into the fields (pages override)."""

    def entries(self) -> dict[str, object]:
        """The step's input as plain data for the core (pages override)."""
        return {}

    def blocking_reason(self) -> str | None:
        """A translated sentence saying why Next is disabled, or None when the step may go on."""
        return None

    def commit_edits(self) -> None:
        """Keep what is being typed in a table cell: its editor closes into the table before entries are
        read or Next is judged (a key such as F12, Ctrl+Enter or a button's Alt+letter leaves the focus in
        the cell, so nothing else commits it). Only the focused editor can hold unsaved text: when the
        cursor leaves a cell its delegate commits it, and Qt's composite editors (spin boxes, editable
        lists) take the focus themselves."""
        from PySide6.QtWidgets import QAbstractItemView, QApplication

        editor = QApplication.focusWidget()
        for view in self.findChildren(QAbstractItemView):
            if view.state() is QAbstractItemView.State.EditingState and editor and view.isAncestorOf(editor):
                view.commitData(editor)

    def forward(self) -> bool:
        """Enter in a field of this page: the page's own forward action, if it has one (True: done);
        False leaves it to the wizard's Next (ui/keyboard.py: Enter goes forward)."""
        return False

    def enter_goes_next(self, *fields: QLineEdit) -> None:
        """Fields whose edits re-check Next (Enter in any single-line field goes forward already)."""
        for field in fields:
            field.textChanged.connect(self.changed)
