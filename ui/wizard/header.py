"""The wizard header: customer, account type, step N of M, and time spent on the step against its SLA."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QWidget

from teller_app.domain.steps import ORDER, Step
from ui.backend import CaseView
from ui.i18n import tr
from ui.names import account_type_label, step_label
from ui.uniqueness_words import needs_attention, uniqueness_explained, uniqueness_short
from ui.widgets import Retranslating, label, set_role

CLOSED = ("active", "rejected", "cancelled")  # teller_app.domain.case.CaseStatus.is_final


def closed_reason(status: str) -> str | None:
    """Why a case opens read-only, in the teller's words (None: the case is open)."""
    reasons = {
        "active": tr("Wizard", "Account activated: the case is closed and read-only."),
        "rejected": tr("Wizard", "Rejected: the case is closed and read-only."),
        "cancelled": tr("Wizard", "Cancelled: the case is closed and read-only."),
    }
    return reasons.get(status)


def minutes_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class WizardHeader(Retranslating, QFrame):
    def __init__(
        self, clock: Callable[[], datetime] = lambda: datetime.now(UTC), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wizardHeader")
        set_role(self, "wizard-header")
        self._clock = clock
        self.case: CaseView | None = None
        self.shown_step: Step = Step.INTAKE
        self._preview = ("", "")
        self.customer = label("headerCustomer", "subtitle")
        self.account_type = label("headerAccountType")
        self.step = label("headerStep", "subtitle")
        self.timer_text = label("headerTime")
        self.number = label("headerCaseNumber", "subtitle")
        self.number.setWordWrap(False)  # a number is quoted whole, never broken over lines
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.training = label("headerTraining", "warn")
        self.training.hide()
        self.closed = label("headerClosed", "warn")  # why a closed case opens read-only
        self.closed.hide()
        self.uniqueness = label("headerUniqueness", "warn")  # the one-account check, while it matters
        self.uniqueness.hide()
        grid = QGridLayout(self)
        grid.addWidget(self.customer, 0, 0)
        grid.addWidget(self.step, 0, 1)
        grid.addWidget(self.account_type, 1, 0)
        grid.addWidget(self.timer_text, 1, 1)
        grid.addWidget(self.number, 0, 2)
        grid.addWidget(self.training, 0, 3, 2, 1)
        grid.addWidget(self.closed, 1, 2)
        grid.addWidget(self.uniqueness, 2, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.update_time)
        self._ticker.start()
        self.retranslate()

    def show_case(self, case: CaseView | None, step: Step) -> None:
        self.case = case
        self.shown_step = step
        self.retranslate()

    def show_preview(self, customer_name: str, account_type: str) -> None:
        self._preview = (customer_name, account_type)
        self.retranslate()

    def retranslate(self) -> None:
        case = self.case
        name, account_type = (case.customer_name, case.account_type) if case else self._preview
        self.customer.setText(name or tr("Wizard", "New customer"))
        self.account_type.setText(account_type_label(account_type) if account_type else "")
        self.step.setText(
            tr(
                "Wizard",
                "Step {number} of {total}: {name}",
                number=self.shown_step.position + 1,
                total=len(ORDER),
                name=step_label(self.shown_step.value),
            )
        )
        number = case.case_number if case else ""
        self.number.setText(tr("Wizard", "Case no. {number}", number=number) if number else "")
        self.number.setAccessibleName(tr("Wizard", "Case number"))
        self.training.setText(tr("Wizard", "TRAINING MODE"))
        self.training.setVisible(bool(case and case.training))
        why = closed_reason(case.status) if case is not None else None
        self.closed.setText(why or "")
        self.closed.setVisible(why is not None)
        self._show_uniqueness(case)
        self.update_time()

    def _show_uniqueness(self, case: CaseView | None) -> None:
        """The account's one-account check in the case's status line: to confirm, clash or cleared."""
        state = str((case.account or {}).get("uniqueness") or "") if case is not None else ""
        short = uniqueness_short(state)
        self.uniqueness.setText(tr("Wizard", "Account: {check}", check=short) if short else "")
        self.uniqueness.setToolTip(
            uniqueness_explained(state, case.account_type, activated=case.status == "active") if case else ""
        )
        set_role(self.uniqueness, "warn" if needs_attention(state) else "")
        self.uniqueness.setVisible(bool(short))

    def update_time(self) -> None:
        case = self.case
        if case is not None and case.status in CLOSED:
            self._ticker.stop()  # a closed case's clock has stopped: nothing runs on the screen either
            if case.opened_at is not None and case.closed_at is not None:
                taken = minutes_text((case.closed_at - case.opened_at).total_seconds())
                self.timer_text.setText(tr("Wizard", "Closed; the case took {spent}", spent=taken))
            else:
                self.timer_text.setText(tr("Wizard", "The case is closed; its time no longer runs."))
            set_role(self.timer_text, "")
            return
        if not self._ticker.isActive():
            self._ticker.start()
        if case is None or case.step_started_at is None or case.step != self.shown_step.value:
            self.timer_text.setText("")
            return
        spent = (self._clock() - case.step_started_at).total_seconds()
        sla = case.sla_minutes.get(case.step)
        if sla:
            self.timer_text.setText(
                tr("Wizard", "Time on this step: {spent} of {sla} min", spent=minutes_text(spent), sla=sla)
            )
            set_role(self.timer_text, "fail" if spent > sla * 60 else "")
        else:
            self.timer_text.setText(tr("Wizard", "Time on this step: {spent}", spent=minutes_text(spent)))
