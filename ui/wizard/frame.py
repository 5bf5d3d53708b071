"""The wizard frame: header, step list, one page per step, Back / Save / Next with the reason Next waits.

The step list's marks are in step_list.py, which page shows which step in step_pages.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.steps import ORDER, Step
from ui.backend import Backend, CaseView, SessionInfo
from ui.i18n import tr
from ui.keyboard import EnterGoesForward, focus_first_input
from ui.messages import describe
from ui.names import document_label
from ui.tasks import Tasks
from ui.widgets import Retranslating, label, named, set_role
from ui.wizard import step_list
from ui.wizard.drafts import DraftKeeper
from ui.wizard.header import CLOSED, WizardHeader
from ui.wizard.page import StepPage
from ui.wizard.read_only import ReadOnlyGuard
from ui.wizard.refusals import Refusal, refusal_of
from ui.wizard.step_pages import PageFactory, default_page


class WizardFrame(Retranslating, QWidget):
    """Shows one page at a time. Next saves the step through the core (on the writer thread) and moves to
    the step the core says comes next; Back only changes the page shown, so every entry stays."""

    closed = Signal()
    caseChanged = Signal(object)  # CaseView

    def __init__(
        self,
        backend: Backend,
        tasks: Tasks,
        session: SessionInfo,
        page_factory: PageFactory = default_page,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wizardFrame")
        self._backend = backend
        self._tasks = tasks
        self._session = session
        self.case: CaseView | None = None
        self.header = WizardHeader(clock)
        self.steps = named(QListWidget(), "wizardSteps")
        self.steps.setMaximumWidth(230)
        self.steps.itemActivated.connect(self._step_chosen)
        self.steps.itemClicked.connect(self._step_chosen)
        self.stack = named(QStackedWidget(), "wizardPages")
        self.pages: dict[Step, StepPage] = {}
        for step in ORDER:
            page = page_factory(step)
            page.changed.connect(self.update_buttons)
            page.changed.connect(self._preview_header)
            page.changed.connect(self._recheck_refusal)
            page.submitRequested.connect(self.go_next)
            page.caseUpdated.connect(self._case_updated)
            page.attach(backend, tasks, session)
            EnterGoesForward(page, lambda p=page: self._enter(p))
            self.pages[step] = page
            self.stack.addWidget(page)
            self.steps.addItem(QListWidgetItem())
        self.returned = label("wizardReturned", "fail")
        self.returned.hide()
        self.reason = label("nextBlockedReason", "hint")
        self.message = label("wizardMessage", "error")
        self.message.hide()
        self.back_button = named(QPushButton(), "backButton")
        self.save_button = named(QPushButton(), "saveButton")
        self.next_button = named(QPushButton(), "nextButton")
        self.close_button = named(QPushButton(), "closeCaseButton")
        self.print_button = named(QPushButton(), "printDocumentsButton")
        self.print_menu = named(QMenu(self.print_button), "printDocumentsMenu")
        self.print_button.setMenu(self.print_menu)
        self.print_menu.aboutToShow.connect(self._fill_print_menu)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.print_button.showMenu)
        set_role(self.next_button, "primary")
        self.back_button.clicked.connect(self.go_back)
        self.save_button.clicked.connect(self.save)
        self.next_button.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.request_close)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.go_next)
        QShortcut(QKeySequence(Qt.Key.Key_F12), self, self.go_next)  # it waits while Next does
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self._save_if_allowed)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self._back_if_allowed)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.next_button)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        right = QVBoxLayout()
        right.addWidget(self.returned)
        right.addWidget(self.message)
        right.addWidget(self.stack, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        inner = QVBoxLayout()
        inner.setContentsMargins(9, 0, 9, 9)
        inner.addLayout(body, 1)
        inner.addLayout(buttons)
        layout.addLayout(inner, 1)
        self.read_only_guard = ReadOnlyGuard(self)
        self.refusal: Refusal | None = None  # the core's refusal on screen, until its entry is put right
        self.drafts = DraftKeeper(self)  # unsaved entries: asked about on closing, restored on reopening
        self.shown = Step.INTAKE
        self.retranslate()
        self.show_step(Step.INTAKE)
        self.drafts.remember_saved()

    # --- what is shown -------------------------------------------------------------------------------

    @property
    def current_page(self) -> StepPage:
        return self.pages[self.shown]

    @property
    def case_closed(self) -> bool:
        """An activated, rejected or cancelled case: it opens read-only, with no save or next."""
        return self.case is not None and self.case.status in CLOSED

    def _keep_read_only(self) -> None:
        if self.case_closed:
            self.read_only_guard.protect(tuple(self.pages.values()))

    @property
    def reached(self) -> Step:
        """The furthest step the case has reached (the core's current step)."""
        return Step(self.case.step) if self.case else Step.INTAKE

    def start_case(self, case: CaseView | None) -> None:
        self.case = case
        for page in self.pages.values():
            page.load(case)
        self._keep_read_only()
        self.show_step(self.reached)
        self.drafts.remember_saved()
        self.drafts.restore()
        self.caseChanged.emit(case)

    def request_close(self) -> None:
        """Close the case; unsaved entries are asked about first (kept as a draft, or discarded)."""
        self.drafts.ask(then=self.closed.emit)

    def show_step(self, step: Step) -> None:
        self.shown = step
        self.stack.setCurrentWidget(self.pages[step])
        self.header.show_case(self.case, step)
        from ui.approval.summary_words import reason_in_words

        reasons = tuple(
            reason_in_words(r, self.case.return_reasons)
            for r in (self.case.returned_reasons.get(step.value, ()) if self.case else ())
        )
        self.returned.setText(
            tr("Wizard", "Returned for correction: {reasons}", reasons="; ".join(reasons)) if reasons else ""
        )
        self.returned.setVisible(bool(reasons))
        self.message.hide()
        self.refusal = None
        self._mark_steps()
        self.update_buttons()
        self.pages[step].shown()
        focus_first_input(self.pages[step])

    def retranslate(self) -> None:
        # One scheme: the wizard's moves are function keys, shown on their buttons (Alt+letters stay free
        # for the fields of the page): F5 save, F11 back, F12 next, F8 print (F1 help; F2–F4, F6, F7 are the
        # main window's views).
        self.back_button.setText(tr("Wizard", "← Back (F11)"))
        self.back_button.setAccessibleName(tr("Wizard", "Back to the previous step"))
        self.save_button.setText(tr("Wizard", "Save (F5)"))
        self.save_button.setAccessibleName(tr("Wizard", "Save the case and stay on this step"))
        self.next_button.setText(tr("Wizard", "Next → (F12)"))
        self.next_button.setAccessibleName(tr("Wizard", "Save and go to the next step"))
        self.close_button.setText(tr("Wizard", "Close case"))
        self.print_button.setText(tr("Wizard", "Print… (F8)"))
        self.print_button.setAccessibleName(tr("Wizard", "Print a document of the case"))
        self.print_menu.setAccessibleName(tr("Wizard", "Documents to print"))
        self.close_button.setAccessibleName(tr("Wizard", "Close the case and go back home"))
        self.steps.setAccessibleName(tr("Wizard", "Steps of the case"))
        self.stack.setAccessibleName(tr("Wizard", "Form of the current step"))
        self._mark_steps()
        self.update_buttons()

    def _mark_steps(self) -> None:
        step_list.mark_steps(self.steps, self.step_state, self.reachable, self.shown)

    def step_state(self, step: Step) -> str:
        """done, returned (sent back for correction and not yet saved again), current or pending."""
        return step_list.step_state(self.case, step, self.case_closed)

    def _preview_header(self) -> None:
        """Before the case exists, the header follows what is typed on the intake page."""
        if self.case is None and self.shown is Step.INTAKE:
            entries = self.pages[Step.INTAKE].entries()
            self.header.show_preview(
                str(entries.get("customer_name", "")), str(entries.get("account_type", ""))
            )

    def _enter(self, page: StepPage) -> None:
        """Enter in a field: the page's own forward action, else Next; while Next waits, the next field."""
        if page.forward():
            return
        if self.next_button.isEnabled():
            self.go_next()
        else:
            page.focusNextChild()

    def _save_if_allowed(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _back_if_allowed(self) -> None:
        if self.back_button.isEnabled():
            self.go_back()

    def _fill_print_menu(self) -> None:
        """Every document of the case, printed from here to the counter printer (ui/counter)."""
        from teller_app.documents.required import DOCUMENTS
        from ui.counter.print_preview import start_printing

        self.print_menu.clear()
        for document in DOCUMENTS:
            action = self.print_menu.addAction(document_label(document))
            action.setObjectName(f"print_{document}")
            action.triggered.connect(lambda _checked=False, d=document: self._print(d, start_printing))

    def _print(self, document: str, start_printing: Callable[..., None]) -> None:
        """The agreement prints through the contract page, which saves what it prints first."""
        contract = self.pages.get(Step.CONTRACT)
        if document == "agreement" and self.current_page is contract and hasattr(contract, "print_document"):
            contract.print_document(document)
        else:
            start_printing(self.current_page, document, self._printed)

    def _printed(self, document: str) -> None:
        for page in self.pages.values():
            if hasattr(page, "document_printed"):
                page.document_printed(document)

    def update_buttons(self) -> None:
        if self.case_closed:  # read-only: no save and no next, the header says why
            for button in (self.save_button, self.next_button):
                button.setEnabled(False)
                button.hide()
            self.reason.setText("")
            self.back_button.setEnabled(self.shown.position > 0)
            self.print_button.setEnabled(self.isEnabled())
            return
        reason = self.current_page.blocking_reason()
        busy = not self.isEnabled()
        self.next_button.setEnabled(reason is None and not busy)
        self.back_button.setEnabled(self.shown.position > 0)
        self.save_button.setEnabled(
            self.current_page.has_form and (self.case is not None or self.shown is Step.INTAKE)
        )
        self.print_button.setEnabled(self.case is not None and not busy)
        self.reason.setText(reason or "")
        set_role(self.reason, "warn" if reason else "hint")
        self.next_button.setToolTip(reason or "")

    # --- moves -----------------------------------------------------------------------------------------

    def _step_chosen(self, item: QListWidgetItem) -> None:
        step = Step(item.data(Qt.ItemDataRole.UserRole))
        if step.position <= self.reachable.position:
            self.show_step(step)

    @property
    def reachable(self) -> Step:
        """The furthest page that may be shown: the case's step, or the one after an approved case."""
        if self.case is not None and self.case.status in ("approved", "active"):
            return Step.ACCOUNT_SETUP
        return self.reached

    def go_back(self) -> None:
        if self.shown.position > 0:
            self.show_step(ORDER[self.shown.position - 1])

    def go_next(self) -> None:
        self.current_page.commit_edits()  # Next is judged on what was typed, also in a cell still open
        if self.current_page.blocking_reason() is not None or not self.next_button.isEnabled():
            return
        if not self.current_page.has_form:
            if self.shown.position + 1 < len(ORDER):
                self.show_step(ORDER[self.shown.position + 1])
            return
        self._save(advance=True)

    def save(self) -> None:
        self._save(advance=False)

    def _save(self, advance: bool) -> None:
        if self.case_closed:
            return
        self.current_page.commit_edits()
        self.message.hide()
        self.refusal = None
        self.next_button.setEnabled(False)
        self.save_button.setEnabled(False)
        step = self.shown
        self._tasks.run(
            self._backend.save_step,
            self._session,
            self.case.case_id if self.case else None,
            step.value,
            self.current_page.entries(),
            advance,
            on_done=lambda case: self._saved(case, step, advance),
            on_error=self._failed,
            owner=self,
            busy_text=tr("Wizard", "Saving…"),
            writes=True,
        )

    def _saved(self, case: CaseView, step: Step, advance: bool) -> None:
        self.case = case
        for page in self.pages.values():
            page.case = case
        self.caseChanged.emit(case)
        self._keep_read_only()
        if advance:
            following = Step(case.shown_step or case.step)
            self.pages[following].load(case)
            self.drafts.remember_saved([step, following])
            self.show_step(following)
        else:
            self.drafts.remember_saved([step])
            self.show_step(step)
            self.message.setText(tr("Wizard", "Saved."))
            set_role(self.message, "ok")
            self.message.show()

    def _case_updated(self, case: CaseView) -> None:
        """A page's own action changed the case: keep showing that page, refresh the rest."""
        self.case = case
        for page in self.pages.values():
            page.case = case
        self.caseChanged.emit(case)
        self._keep_read_only()
        self.drafts.remember_saved([self.shown])
        if self.refusal is not None:  # the page's own action went through: its earlier refusal is over
            self.message.hide()
            self.refusal = None
        self.header.show_case(case, self.shown)
        self._mark_steps()
        self.update_buttons()

    def show_error(self, error: BaseException) -> None:
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        """The core refused: the entries stay exactly as typed, the reason is shown."""
        self.message.setText(describe(error))
        set_role(self.message, "error")
        self.message.show()
        self.refusal = refusal_of(self.shown, error, self.current_page.entries())
        self.update_buttons()

    def _recheck_refusal(self) -> None:
        """The line goes as soon as the entry it names is right again (ui/wizard/refusals.py)."""
        refusal = self.refusal
        if refusal is not None and refusal.step is self.shown:
            if refusal.fixed_by(self.current_page.entries()):
                self.message.hide()
                self.refusal = None
