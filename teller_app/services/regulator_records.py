"""The regulator's part of a set-up account: its 核准 (approval number and date, before use) and its 备案
(filing reference and date), recorded on the case and the account row."""

from __future__ import annotations

from datetime import date

from teller_app.domain import case_approval
from teller_app.domain.accounts import Regime
from teller_app.domain.case import Case
from teller_app.domain.permissions import Action
from teller_app.domain.regulator import RegulatorRecord, payments_from, record_approval, record_filing
from teller_app.domain.steps import Step
from teller_app.services.account_setup import account_row
from teller_app.services.actors import Actor
from teller_app.services.business_day import business_date
from teller_app.services.calendar import working_calendar
from teller_app.services.case_work import CaseWork, working_on
from teller_app.storage.store import Store


def _opened_on(work: CaseWork) -> date:
    assert work.case.account is not None
    return date.fromisoformat(str(work.case.account["opened_on"]))


def record_regulator_approval(
    store: Store, actor: Actor, case_id: str, *, number: str, approved_on: date
) -> Case:
    """Record the regulator's 核准 of the account (approval number and date); activation waits for it.

    Payments out may start 3 working days after the approval (a non-enterprise account is formally open
    on the day it is approved)."""
    with working_on(store, actor, case_id, Action.SET_UP_ACCOUNT) as work:
        account = account_row(work)
        terms = work.case.account or {}
        regime = Regime(terms.get("regime", Regime.NONE.value))
        record = record_approval(
            regime,
            number,
            approved_on,
            opened_on=_opened_on(work),
            today=business_date(work.now),
            recorded_by=actor.user_id,
            at=work.now,
        )
        first_payment = payments_from(
            work.case.customer_kind,
            regime,
            _opened_on(work),
            record,
            working_calendar(),
            work.definition.readings.payments_from_working_day,
        )
        work.case = case_approval.note_regulator_record(
            work.case,
            "regulator_approval",
            record,
            payments_from=first_payment.isoformat() if first_payment else None,
        )
        account.approval_number = record.reference
        account.approved_on = record.on
        account.approval_recorded_by = actor.user_id
        account.payments_from = first_payment
        work.audit(
            "account.regulator_approval_recorded",
            step=Step.ACCOUNT_SETUP.value,
            details={
                "approval_number": record.reference,
                "approved_on": record.on.isoformat(),
                "payments_from": first_payment.isoformat() if first_payment else None,
            },
        )
    return work.case


def record_account_filing(
    store: Store, actor: Actor, case_id: str, *, reference: str, filed_on: date
) -> Case:
    """Mark the account filed (备案) with the regulator: reference and date. Ends its filing-deadline alert."""
    with working_on(store, actor, case_id, Action.SET_UP_ACCOUNT, maker_only=False) as work:
        account = account_row(work)
        terms = work.case.account or {}
        record = record_filing(
            Regime(terms.get("regime", Regime.NONE.value)),
            reference,
            filed_on,
            opened_on=_opened_on(work),
            today=business_date(work.now),
            recorded_by=actor.user_id,
            at=work.now,
        )
        work.case = case_approval.note_regulator_record(work.case, "filing", record)
        account.filing_reference = record.reference
        account.filed_on = record.on
        account.filed_by = actor.user_id
        work.audit(
            "account.filed",
            step=Step.ACCOUNT_SETUP.value,
            details={"filing_reference": record.reference, "filed_on": record.on.isoformat()},
        )
    return work.case


def regulator_record(case: Case, key: str) -> RegulatorRecord | None:
    """The 核准 ("regulator_approval") or 备案 ("filing") recorded on the case's account, if any."""
    return RegulatorRecord.from_data((case.account or {}).get(key))
