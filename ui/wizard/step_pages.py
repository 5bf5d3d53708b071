"""Which page shows which step of the case: one page class per step, a placeholder for a step not built."""

from __future__ import annotations

from collections.abc import Callable

from teller_app.domain.steps import Step
from ui.wizard.intake_page import IntakePage
from ui.wizard.page import StepPage
from ui.wizard.pending_page import PendingStepPage

PageFactory = Callable[[Step], StepPage]


def default_page(step: Step) -> StepPage:
    """One page class per step (the import stays here so the sign-in window does not wait for them)."""
    from ui.wizard.account_setup_page import AccountSetupPage
    from ui.wizard.approval_page import ApprovalPage
    from ui.wizard.contract_page import ContractPage
    from ui.wizard.documents_page import DocumentsPage
    from ui.wizard.identity_page import IdentityPage
    from ui.wizard.intent_page import IntentPage
    from ui.wizard.owners_page import OwnersPage
    from ui.wizard.risk_page import RiskPage

    pages: dict[Step, type[StepPage]] = {
        Step.INTAKE: IntakePage,
        Step.IDENTITY: IdentityPage,
        Step.DOCUMENTS: DocumentsPage,
        Step.BENEFICIAL_OWNERS: OwnersPage,
        Step.RISK: RiskPage,
        Step.INTENT: IntentPage,
        Step.CONTRACT: ContractPage,
        Step.APPROVAL: ApprovalPage,
        Step.ACCOUNT_SETUP: AccountSetupPage,
    }
    page = pages.get(step)
    return page() if page is not None else PendingStepPage(step)
