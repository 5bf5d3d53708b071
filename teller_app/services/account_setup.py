"""Account setup and activation (账户设置与激活): number from the terminal's block, permissions, limits, 备案/核准.

The account number comes from the number blocks (号段) the central database reserved for this terminal:
teller_app.sync.numbers.take_account_number when the sync package is present, else the same rule read
from the store's number_blocks table. One 基本存款账户 per depositor is checked through a pluggable
registry (the offline stand-in looks at the accounts this terminal knows).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from teller_app.domain import case_approval, case_moves
from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import (
    BasicAccountRegistry,
    Regime,
    SpecialCategory,
    check_basic_account_unique,
    filing_deadline,
    opening_regime,
)
from teller_app.domain.canonical import canonical_json
from teller_app.domain.case import Case, approval_still_valid
from teller_app.domain.errors import EnvironmentProblem, RuleError
from teller_app.domain.limits import permissions_for
from teller_app.domain.permissions import Action
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import Step
from teller_app.services.actors import Actor
from teller_app.services.business_day import business_date
from teller_app.services.case_work import CaseWork, working_on
from teller_app.storage.customers import find_customers
from teller_app.storage.schema import Account, Customer, NumberBlock
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork


class StoreBasicAccountRegistry:
    """The offline stand-in: basic accounts held in this store for the same credit code or ID number."""

    def __init__(self, uow: UnitOfWork, exclude_case: str = "") -> None:
        self.uow = uow
        self.exclude_case = exclude_case

    def has_basic_account(self, depositor_key: str) -> bool:
        session, blind, sealer = self.uow.session, self.uow.store.blind, self.uow.fields
        if depositor_key.startswith("id:"):
            customers = find_customers(session, blind, sealer, id_number=depositor_key[3:])
        else:
            customers = find_customers(session, blind, sealer, credit_code=depositor_key)
        ids = [c.id for c in customers]
        if not ids:
            return False
        accounts = self.uow.session.scalars(
            select(Account).where(
                Account.customer_id.in_(ids),
                Account.account_type == AccountType.BASIC.value,
                Account.status != "closed",
                Account.case_id != self.exclude_case,
            )
        ).first()
        return accounts is not None


def _take_number(uow: UnitOfWork) -> str:
    try:
        from teller_app.sync.numbers import take_account_number
    except ImportError:  # pragma: no cover - the sync package is part of the app; this is the fallback
        return _take_number_locally(uow)
    return take_account_number(uow)


def _take_number_locally(uow: UnitOfWork) -> str:
    identity = uow.store.identity
    block = uow.session.scalars(
        select(NumberBlock)
        .where(
            NumberBlock.branch == identity.branch,
            NumberBlock.terminal == identity.terminal,
            NumberBlock.next_serial <= NumberBlock.last_serial,
        )
        .order_by(NumberBlock.first_serial)
    ).first()
    if block is None:
        raise EnvironmentProblem(
            "sync.numbers_exhausted",
            "No account numbers are left on this terminal; connect to the central database to get more",
        )
    serial = block.next_serial
    block.next_serial = serial + 1
    uow.save(block)
    return f"{identity.branch}{serial:010d}"


def _depositor_key(uow: UnitOfWork, customer: Customer | None) -> str:
    if customer is None:
        return ""
    credit_code = uow.open(customer, "credit_code")
    if credit_code:
        return credit_code
    id_number = uow.open(customer, "id_number")
    return f"id:{id_number}" if id_number else ""


def _account_terms(work: CaseWork, number: str, opened_on: date) -> dict[str, Any]:
    case = work.case
    intake = case.data_for(Step.INTAKE)
    category = intake.get("special_category")
    special = SpecialCategory(category) if category else None
    permissions = permissions_for(case.account_type, special)
    risk = case.data_for(Step.RISK)
    limits = risk.get("limits")
    if not limits and case.risk_level is not None:
        found = work.definition.transaction_limits(case.account_type, RiskLevel(case.risk_level))
        limits = {"single": str(found.single), "daily": str(found.daily)}
    regime = opening_regime(case.customer_kind, case.account_type)
    deadline = filing_deadline(opened_on, case.customer_kind, case.account_type)
    return {
        "number": number,
        "opened_on": opened_on.isoformat(),
        "regime": regime.value,
        "filing_deadline": deadline.file_by.isoformat() if deadline else None,
        "copies_by": deadline.copies_by.isoformat() if deadline and deadline.copies_by else None,
        "approval_pending": regime is Regime.APPROVAL,  # 核准: the regulator approves before use
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
        },
        "limits": limits,
        "basic_account_number": intake.get("basic_account_number") or None,
        "special_category": category or None,
        "expires_on": intake.get("temporary_until") if case.account_type is AccountType.TEMPORARY else None,
    }


def set_up_account(
    store: Store, actor: Actor, case_id: str, *, registry: BasicAccountRegistry | None = None
) -> Case:
    """Give an approved case its account: number, permissions, limits by type and risk, filing deadline."""
    with working_on(store, actor, case_id, Action.SET_UP_ACCOUNT) as work:
        if not approval_still_valid(work.case):
            raise RuleError("case.not_approved", "The case needs a valid approval before account setup")
        if work.case.step is Step.APPROVAL:
            work.case = case_moves.advance(work.case, now=work.now)
        uow = work.uow
        customer = uow.get(Customer, work.row.customer_id) if work.row.customer_id else None
        if work.case.account_type is AccountType.BASIC:
            check_basic_account_unique(
                registry or StoreBasicAccountRegistry(uow, exclude_case=case_id),
                _depositor_key(uow, customer),
            )
        opened_on = business_date(work.now)
        # A training case (模拟操作) never uses a real number from the terminal's block.
        number = f"TRAINING-{case_id[:8].upper()}" if work.row.training else _take_number(uow)
        terms = _account_terms(work, number, opened_on)
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
        )
        uow.seal(
            account,
            "details",
            {k: terms[k] for k in ("permissions", "regime", "copies_by", "basic_account_number")},
        )
        work.audit("account.set_up", step=Step.ACCOUNT_SETUP.value, details={"regime": terms["regime"]})
    return work.case


def activate(store: Store, actor: Actor, case_id: str) -> Case:
    """Activate the account that was set up; the case is then active (已开户) and closed."""
    with working_on(store, actor, case_id, Action.ACTIVATE_ACCOUNT) as work:
        work.case = case_approval.activate_account(work.case, now=work.now)
        account = work.uow.session.scalars(select(Account).where(Account.case_id == case_id)).first()
        if account is not None:
            account.status = "active"
            account.activated_at = work.now
        work.audit("account.activate", step=Step.ACCOUNT_SETUP.value)
    return work.case
