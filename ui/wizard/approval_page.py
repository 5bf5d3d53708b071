"""Approval (授权审批): request approval, then the supervisor decides by dual sign-in over this session."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from teller_app.domain.permissions import Action
from teller_app.domain.steps import ORDER, Step
from ui.approval.summary_view import CaseSummaryView
from ui.approval.summary_words import decision_line
from ui.backend import CaseView
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.keyboard import focus_first_input
from ui.names import case_status_label, role_label
from ui.widgets import label, named, set_role
from ui.wizard.dual_sign_in import DualSignInDialog
from ui.wizard.page import StepPage

DECISIONS = {
    "approve": QT_TRANSLATE_NOOP("Approval", "Approved"),
    "return": QT_TRANSLATE_NOOP("Approval", "Returned for correction"),
    "reject": QT_TRANSLATE_NOOP("Approval", "Rejected"),
}


class ApprovalPage(StepPage):
    step = Step.APPROVAL
    has_form = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalPage")
        self.dialog: DualSignInDialog | None = None
        self.status = label("approvalStatus", "subtitle")
        self.explanation = label("approvalExplanation")
        self.history = label("approvalHistory")
        self.request_button = named(QPushButton(), "requestApprovalButton")
        set_role(self.request_button, "primary")
        self.request_button.clicked.connect(self.request)
        self.dual_button = named(QPushButton(), "dualSignInButton")
        set_role(self.dual_button, "primary")
        self.dual_button.clicked.connect(self.open_dual_sign_in)
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.dual_button)
        buttons.addStretch(1)
        self.case_summary: CaseSummaryView | None = None
        self._summary_for = ""
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.history)
        self.summary_slot = QVBoxLayout()
        layout.addLayout(self.summary_slot, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.request_button.setText(tr("Approval", "&Request approval"))
        self.request_button.setAccessibleName(tr("Approval", "Request approval"))
        self.dual_button.setText(tr("Approval", "Supervisor &signs in to decide…"))
        self.dual_button.setAccessibleName(tr("Approval", "Supervisor signs in to decide"))
        self._show()

    def load(self, case: CaseView | None) -> None:
        super().load(case)
        self._show()

    def shown(self) -> None:
        self._show()

    def _show(self) -> None:
        case = self.case
        status = case.status if case else "in_progress"
        had_focus = self.request_button.hasFocus() or self.dual_button.hasFocus()
        self.status.setText(tr("Approval", "Status: {status}", status=case_status_label(status)))
        waiting = status == "awaiting_approval"
        set_role(self.status, "ok" if status in ("approved", "active") else ("warn" if waiting else ""))
        self.request_button.setVisible(status in ("in_progress", "returned"))
        if status == "returned":
            self.request_button.setText(tr("Approval", "&Resubmit for approval"))
        self.dual_button.setVisible(waiting)
        if had_focus:  # the button pressed went away: the cursor goes to the next thing to do on the page
            focus_first_input(self)
        if status in ("in_progress", "returned"):
            text = tr(
                "Approval",
                "Every step is checked again when you request approval. Then a supervisor decides.",
            )
        elif waiting:
            text = tr(
                "Approval",
                "Waiting for a supervisor. The supervisor can sign in here, over your session, or decide from "
                "their own queue. You stay signed in.",
            )
        elif status == "approved":
            text = tr("Approval", "Approved. Go on to set up the account.")
        else:
            text = ""
        self.explanation.setText(text)
        lines = [decision_line(_named(d), case.return_reasons) for d in case.decisions] if case else []
        self.history.setText("\n".join(lines))
        self._show_summary(waiting or status in ("returned", "approved"))

    def _show_summary(self, wanted: bool) -> None:
        """The checker's summary on the page itself: what the supervisor opening it from the queue reads."""
        if not wanted or self.case is None or self.backend is None:
            if self.case_summary is not None:
                self.case_summary.hide()
            return
        if self.case_summary is None:
            self.case_summary = CaseSummaryView(self.backend, self.tasks, self.session, self)
            self.summary_slot.addWidget(self.case_summary)
        self.case_summary.show()
        key = f"{self.case.case_id}:{self.case.status}:{len(self.case.decisions)}"
        if key != self._summary_for:
            self._summary_for = key
            self.case_summary.show_case(self.case.case_id)

    def request(self) -> None:
        if self.case is None:
            return
        self.tasks.run(
            self.backend.request_approval,
            self.session,
            self.case.case_id,
            on_done=self._updated,
            on_error=self.show_error,
            owner=self,
            writes=True,
            busy_text=tr("Approval", "Checking the case and requesting approval…"),
        )

    def open_dual_sign_in(self) -> None:
        if self.case is None:
            return
        steps = [s for s in ORDER if s.position < Step.APPROVAL.position]
        self.dialog = DualSignInDialog(self.backend, self.tasks, self.session, self.case, steps, parent=self)
        if self.session is not None and self.session.may(Action.APPROVE):
            self.dialog.user_name.setText(self.session.user_name)  # deciding from the supervisor's own queue
            self.dialog.password.setFocus()
        self.dialog.decided.connect(self._updated)
        self.dialog.open()

    def _updated(self, case: CaseView) -> None:
        self.case = case
        self._show()
        self.caseUpdated.emit(case)
        self.changed.emit()

    def blocking_reason(self) -> str | None:
        status = self.case.status if self.case else "in_progress"
        if status == "approved":
            return None
        if status == "awaiting_approval":
            return tr("Approval", "Waiting for the supervisor's decision.")
        if status == "rejected":
            return tr("Approval", "The case was rejected.")
        return tr("Approval", "Request approval first.")


def _named(decision: object) -> object:
    """A DecisionView as the summary's decision lines read it: reasons split into (step, reason)."""
    from types import SimpleNamespace

    from teller_app.domain.return_reasons import split_recorded

    reasons = []
    for text in getattr(decision, "reasons", ()):
        step, reason = split_recorded(text)
        reasons.append((step.value if step else "", reason))
    return SimpleNamespace(
        kind=getattr(decision, "kind", ""),
        checker_name=getattr(decision, "checker_name", "")
        or role_label(getattr(decision, "checker_role", "")),
        checker_role=getattr(decision, "checker_role", ""),
        decided_at=decision.decided_at,
        reasons=tuple(reasons),
    )
