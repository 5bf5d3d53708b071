"""One change to one case as one unit of work: load, check who acts, change, save, audit — all or nothing.

with working_on(store, actor, case_id, Action.EDIT_CASE) as work:
    work.case = some_domain_move(work.case, ...)
    work.audit("case.save_step", step="intake", details={...})
A validation problem found while saving a draft goes to `work.defer(error)`: the draft is committed,
then the error is raised, so nothing the teller typed is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from teller_app.domain.accounts import SpecialCategory
from teller_app.domain.case import Case
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.documents import DocumentReview, RequiredDocument
from teller_app.domain.errors import RuleError, TellerError
from teller_app.domain.permissions import Action
from teller_app.domain.procedure import ProcessDefinition
from teller_app.domain.steps import Step
from teller_app.services.actors import Actor, check_case_mode, check_may
from teller_app.services.business_day import business_date
from teller_app.services.case_store import DocumentMeta, load_case_with_row, save_case
from teller_app.services.procedures import definition_by_version
from teller_app.services.step_checks import StepContext, agent_present
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.schema import Document
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork


@dataclass
class CaseWork:
    """The case being changed inside one unit of work, and what the change will write."""

    uow: UnitOfWork
    actor: Actor
    before: Case
    case: Case
    row: CaseRow
    documents_meta: dict[str, DocumentMeta] = field(default_factory=dict)
    deferred: TellerError | None = None

    @property
    def now(self) -> datetime:
        return self.uow.clock()

    @property
    def definition(self) -> ProcessDefinition:
        return definition_by_version(self.case.procedure_version)

    def audit(self, action: str, *, step: str | None = None, details: dict[str, Any] | None = None) -> None:
        self.uow.append_audit(
            action, case_id=self.case.id, step=step or self.case.step.value, details=details or {}
        )

    def defer(self, error: TellerError) -> None:
        if self.deferred is None:
            self.deferred = error

    def context(self) -> StepContext:
        return step_context(self.uow, self.case, self.definition)


@contextmanager
def working_on(
    store: Store, actor: Actor, case_id: str, action: Action, *, maker_only: bool = True
) -> Iterator[CaseWork]:
    """Load the case, check the permission, training mode and ownership; save and commit at the end."""
    check_may(actor, action)
    with store.unit_of_work(user_id=actor.user_id) as uow:
        case, row = load_case_with_row(uow, case_id)
        check_case_mode(actor, bool(row.training))
        uow.local_only = bool(row.training)  # training work never syncs (see UnitOfWork)
        if maker_only and case.maker != actor.user_id:
            raise RuleError(
                "case.not_your_case", "Only the teller who opened the case works on it", maker=case.maker
            )
        work = CaseWork(uow=uow, actor=actor, before=case, case=case, row=row)
        yield work
        save_case(uow, work.case, work.before, documents_meta=work.documents_meta)
    if work.deferred is not None:
        raise work.deferred


def required_documents(case: Case, definition: ProcessDefinition) -> list[RequiredDocument]:
    """The checklist of this case under its pinned procedure (empty while intake is not settled)."""
    intake = case.data_for(Step.INTAKE)
    category = intake.get("special_category")
    budget_funded = intake.get("budget_funded")
    try:
        special = SpecialCategory(category) if category else None
        return definition.required_documents(
            case.customer_kind,
            case.account_type,
            agent_present(case),
            special,
            budget_funded=budget_funded if isinstance(budget_funded, bool) else None,
        )
    except (TellerError, ValueError):
        return []


def document_reviews(uow_or_session: Any, case_id: str) -> list[DocumentReview]:
    """The teller's decisions on the checklist as domain reviews (from the documents rows)."""
    session = getattr(uow_or_session, "session", uow_or_session)
    reviews = []
    for row in session.scalars(select(Document).where(Document.case_id == case_id)):
        try:
            reviews.append(
                DocumentReview(
                    item_code=row.item_code,
                    decision=DocumentDecision(row.decision),
                    reviewer_id=row.reviewer_id or "-",
                    reviewed_at=row.decided_at or row.updated_at,
                    reason=DocumentReason(row.reason) if row.reason else None,
                    original_seen=bool(row.original_seen),
                )
            )
        except (TellerError, ValueError):
            continue
    return reviews


def step_context(uow_or_session: Any, case: Case, definition: ProcessDefinition) -> StepContext:
    store = getattr(uow_or_session, "store", None)
    clock = getattr(uow_or_session, "clock", None)
    today = business_date(clock() if clock else datetime.now(UTC))
    return StepContext(
        branch=store.identity.branch if store else "",
        today=today,
        required_documents=required_documents(case, definition),
        reviews=document_reviews(uow_or_session, case.id),
        extra={"intent_agent_allowed": definition.intent_agent_allowed, "services": definition.services},
        id_expiry_warning_days=definition.id_expiry_warning_days,
    )
