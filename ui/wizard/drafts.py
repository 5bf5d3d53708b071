"""Unsaved entries: closing the case or the app asks, keeps them as a sealed draft; reopening restores them.

What counts as unsaved: a page's entries that differ from what they were when the case was loaded or the
step last saved. The draft is kept by the core (services/drafts.py), sealed in the store for this teller and
case, and goes when the step is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from teller_app.domain.steps import Step
from ui.i18n import tr
from ui.widgets import set_role

if TYPE_CHECKING:
    from ui.wizard.frame import WizardFrame


class DraftKeeper(QObject):
    def __init__(self, frame: WizardFrame) -> None:
        super().__init__(frame)  # the frame is only reached as the Qt parent: no cycle keeps it alive
        self.saved: dict[Step, dict[str, object]] = {}
        self.question: QMessageBox | None = None

    @property
    def frame(self) -> WizardFrame:
        return cast("WizardFrame", self.parent())

    def remember_saved(self, steps: list[Step] | None = None) -> None:
        """What the pages show now is what the store holds (after loading or saving)."""
        for step in steps or list(self.frame.pages):
            page = self.frame.pages[step]
            if page.has_form:
                self.saved[step] = page.entries()

    def unsaved(self) -> dict[str, dict[str, object]]:
        frame = self.frame
        if frame.case_closed:
            return {}
        return {
            step.value: entries
            for step, page in frame.pages.items()
            if page.has_form and step in self.saved and (entries := page.entries()) != self.saved[step]
        }

    # --- reopening ------------------------------------------------------------------------------------

    def restore(self) -> None:
        frame = self.frame
        if frame.case_closed:
            return
        frame._tasks.run(
            frame._backend.drafts,
            frame._session,
            frame.case.case_id if frame.case else None,
            on_done=self._restored,
            on_error=frame.show_error,
            owner=frame,
        )

    def _restored(self, drafts: dict[str, dict[str, object]]) -> None:
        frame = self.frame
        restored = [Step(step) for step in drafts if step in {s.value for s in Step}]
        for step in restored:
            frame.pages[step].set_entries(drafts[step.value])
        if restored:
            frame.message.setText(
                tr("Wizard", "Your unsaved entries are back in the fields. Save the step to keep them.")
            )
            set_role(frame.message, "warn")
            frame.message.show()
            frame.update_buttons()

    # --- closing ----------------------------------------------------------------------------------------

    def ask(self, then: Callable[[], None]) -> None:
        """Unsaved entries: ask whether to keep them as a draft, then `then()`; none: `then()` at once."""
        changes = self.unsaved()
        if not changes:
            then()
            return
        box = QMessageBox(self.frame)
        box.setObjectName("unsavedEntriesQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Wizard", "Unsaved entries"))
        box.setText(tr("Wizard", "Some entries of this case are not saved yet."))
        box.setInformativeText(
            tr("Wizard", "Keep them as a draft for when you open the case again, or discard them?")
        )
        keep = box.addButton(tr("Wizard", "&Keep as a draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Wizard", "&Discard them"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        keep.setObjectName("keepDraftButton")
        discard.setObjectName("discardDraftButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)

        def chosen(button: QAbstractButton) -> None:
            self.question = None
            box.deleteLater()
            if button is keep:
                self.keep(changes, then)
            elif button is discard:
                self._run(self.frame._backend.discard_drafts, then)

        box.buttonClicked.connect(chosen)
        self.question = box
        box.open()

    def keep(self, changes: dict[str, dict[str, object]], then: Callable[[], None]) -> None:
        self._run(self.frame._backend.keep_drafts, then, changes)

    def _run(self, call: Callable[..., object], then: Callable[[], None], *more: object) -> None:
        frame = self.frame
        frame._tasks.run(
            call,
            frame._session,
            frame.case.case_id if frame.case else None,
            *more,
            on_done=lambda _result: then(),
            on_error=frame.show_error,
            owner=frame,
            busy_text=tr("Wizard", "Keeping the draft…"),
            writes=True,
        )
