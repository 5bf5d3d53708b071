"""Account setup and activation (账户设置与激活): number from the terminal's block, permissions, limits.

One account per depositor and the account number are in `account_uniqueness`; the regulator's 核准 and
备案 on the account in `regulator_records`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from teller_app.domain import case_approval, case_moves
from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import (
    AccountRegistry,
    BasicAccountRegistry,
    Regime,
    SpecialCategory,
    TemporaryPurpose,
    UniquenessState,
    check_basic_account_unique,
    check_one_account,
    filing_deadline,
    opening_regime,
)
from teller_app.domain.canonical import canonical_json
from teller_app.domain.case import Case, approval_still_valid
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.limits import permissions_for
from teller_app.domain.permissions import Action
from teller_app.domain.regulator import payments_from
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import Step
from teller_app.services.account_uniqueness import (
    AskedOnce,
    CentralRegistryFactory,
    StoreAccountRegistry,
    bank_index,
    case_depositor_key,
    customer_depositor_key,
    note_recheck,
    take_number,
)
from teller_app.services.actors import Actor
from teller_app.services.business_day import business_date
from teller_app.services.calendar import working_calendar
from teller_app.services.case_work import CaseWork, working_on
from teller_app.storage.schema import Account, Customer
from teller_app.storage.store import Store


def _account_terms(work: CaseWork, number: str, opened_on: date) -> dict[str, Any]:
    case = work.case
    intake = case.data_for(Step.INTAKE)
    category = intake.get("special_category")
    special = SpecialCategory(category) if category else None
    verification = intake.get("temporary_purpose") == TemporaryPurpose.CAPITAL_VERIFICATION.value
    permissions = permissions_for(
        case.account_type,
        special,
        pboc_cash_approval=intake.get("pboc_cash_approval") is True,
        capital_verification=verification,
    )
    risk = case.data_for(Step.RISK)
    limits = risk.get("limits")
    if not limits and case.risk_level is not None:
        found = work.definition.transaction_limits(case.account_type, RiskLevel(case.risk_level))
        limits = {"single": str(found.single), "daily": str(found.daily)}
    budget_funded = budget_funded_answer(intake)
    regime = opening_regime(case.customer_kind, case.account_type, budget_funded=budget_funded)
    calendar = working_calendar()
    deadline = filing_deadline(
        opened_on, case.customer_kind, case.account_type, calendar, budget_funded=budget_funded
    )
    wait = work.definition.readings.payments_from_working_day
    first_payment = payments_from(case.customer_kind, regime, opened_on, None, calendar, wait)
    return {
        "number": number,
        "opened_on": opened_on.isoformat(),
        "regime": regime.value,
        "filing_deadline": deadline.file_by.isoformat() if deadline else None,
        "copies_by": deadline.copies_by.isoformat() if deadline and deadline.copies_by else None,
        "approval_pending": regime is Regime.APPROVAL,  # 核准: the regulator approves before use
        "payments_from": first_payment.isoformat() if first_payment else None,
        "permissions": {
            "cash_deposit": permissions.cash_deposit,
            "cash_withdrawal": permissions.cash_withdrawal,
            "transfers_in": permissions.transfers_in,
            "transfers_out": permissions.transfers_out,
            "balance_cap": str(permissions.balance_cap) if permissions.balance_cap is not None else None,
            "daily_outflow_cap": str(permissions.daily_outflow_cap)
            if permissions.daily_outflow_cap
            else None,
            "yearly_outflow_cap": str(permissions.yearly_outflow_cap)
            if permissions.yearly_outflow_cap
            else None,
            "daily_inflow_cap": str(permissions.daily_inflow_cap) if permissions.daily_inflow_cap else None,
            "yearly_inflow_cap": str(permissions.yearly_inflow_cap)
            if permissions.yearly_inflow_cap
            else None,
            "transfers_out_only_to_basic": permissions.transfers_out_only_to_basic,
            "transfers_in_only_from_basic": permissions.transfers_in_only_from_basic,
            "payers_only_investors": verification,
        },
        "investors": list(intake.get("investors") or []) if verification else None,
        "limits": limits,
        "basic_account_number": intake.get("basic_account_number") or None,
        "special_category": category or None,
        "expires_on": intake.get("temporary_until") if case.account_type is AccountType.TEMPORARY else None,
    }


def set_up_account(
    store: Store,
    actor: Actor,
    case_id: str,
    *,
    registry: BasicAccountRegistry | None = None,
    central: CentralRegistryFactory | None = None,
) -> Case:
    """Give an approved case its account: number, permissions, limits by type and risk, filing deadline.

    One basic account per depositor, one Ⅰ类 per person: the local store is always asked; `central`
    (a factory of the central database's registry, given the case id to leave out) when online. Without
    an answer from the central database the account is set up "uniqueness to confirm" and checked at the
    next sync (teller_app.sync.uniqueness)."""
    central_answer: AccountRegistry | None = None
    if central is not None:
        central_answer = AskedOnce(central(case_id), case_depositor_key(store, case_id))
    with working_on(store, actor, case_id, Action.SET_UP_ACCOUNT) as work:
        if not approval_still_valid(work.case):
            raise RuleError("case.not_approved", "The case needs a valid approval before account setup")
        if work.case.step is Step.APPROVAL:
            work.case = case_moves.advance(work.case, now=work.now)
        uow = work.uow
        customer = uow.get(Customer, work.row.customer_id) if work.row.customer_id else None
        key = customer_depositor_key(uow, customer)
        if registry is not None and work.case.account_type is AccountType.BASIC:
            check_basic_account_unique(registry, key)
        uniqueness = check_one_account(
            StoreAccountRegistry(uow, exclude_case=case_id), central_answer, key, work.case.account_type
        )
        opened_on = business_date(work.now)
        # A training case (模拟操作) never uses a real number from the terminal's block.
        number = f"TRAINING-{case_id[:8].upper()}" if work.row.training else take_number(uow)
        terms = _account_terms(work, number, opened_on)
        if work.row.training and uniqueness is UniquenessState.TO_CONFIRM:
            uniqueness = None  # a training account is never synced, so never confirmed centrally
        terms["uniqueness"] = uniqueness.value if uniqueness else None
        work.case = case_approval.set_up_account(work.case, terms)
        account = uow.new(
            Account,
            account_number=number,
            case_id=case_id,
            customer_id=work.row.customer_id,
            account_type=work.case.account_type.value,
            status="set_up",
            limits=canonical_json(terms["limits"]),
            opened_at=work.now,
            filing_deadline=date.fromisoformat(terms["filing_deadline"])
            if terms["filing_deadline"]
            else None,
            expires_on=date.fromisoformat(terms["expires_on"]) if terms["expires_on"] else None,
            regime=terms["regime"],
            payments_from=date.fromisoformat(terms["payments_from"]) if terms["payments_from"] else None,
            uniqueness=terms["uniqueness"],
            # the bank-wide uniqueness index, so the central database sees it from every branch
            depositor_index=bank_index(uow, key, work.case.account_type, work.row.training),
        )
        if uniqueness is UniquenessState.CONFIRMED:  # asked again once pushed (two branches at once)
            note_recheck(uow, account.id)
        uow.seal(
            account,
            "details",
            {k: terms[k] for k in ("permissions", "regime", "copies_by", "basic_account_number")},
        )
        work.audit(
            "account.set_up",
            step=Step.ACCOUNT_SETUP.value,
            details={"regime": terms["regime"], "uniqueness": terms["uniqueness"]},
        )
    return work.case


def activate(store: Store, actor: Actor, case_id: str) -> Case:
    """Activate the account that was set up; the case is then active (已开户) and closed.

    An account under 核准 is refused until the regulator's approval is recorded (record_approval)."""
    with working_on(store, actor, case_id, Action.ACTIVATE_ACCOUNT) as work:
        work.case = case_approval.activate_account(work.case, now=work.now)
        account = work.uow.session.scalars(select(Account).where(Account.case_id == case_id)).first()
        if account is not None:
            account.status = "active"
            account.activated_at = work.now
        work.audit("account.activate", step=Step.ACCOUNT_SETUP.value)
    return work.case


def budget_funded_answer(intake: dict[str, Any] | Any) -> bool | None:
    """The intake's answer to "does this special account hold budget funds (预算单位)?": yes, no or not said."""
    value = intake.get("budget_funded") if hasattr(intake, "get") else None
    return value if isinstance(value, bool) else None


def account_row(work: CaseWork) -> Account:
    account = work.uow.session.scalars(select(Account).where(Account.case_id == work.case.id)).first()
    if account is None or work.case.account is None:
        raise RuleError("case.account_not_set_up", "The account must be set up first")
    return account


def clear_uniqueness_clash(store: Store, actor: Actor, case_id: str, *, reason: str) -> Case:
    """The supervisor clears a one-account clash found at sync (e.g. the other account was closed, or it is
    this same account seen twice), with a recorded reason; activation may then go ahead."""
    if not isinstance(reason, str) or not reason.strip():
        raise InputError("case.field_required", "The field {field} is required", field="reason")
    with working_on(store, actor, case_id, Action.RESOLVE_CONFLICT, maker_only=False) as work:
        account = account_row(work)
        if account.uniqueness != UniquenessState.CLASH.value:
            raise RuleError("account.no_uniqueness_clash", "This account has no clash to clear")
        account.uniqueness = UniquenessState.CLEARED.value
        work.case = case_approval.note_uniqueness(work.case, UniquenessState.CLEARED.value)
        work.audit(
            "account.uniqueness_cleared", step=Step.ACCOUNT_SETUP.value, details={"reason": reason.strip()}
        )
    return work.case
