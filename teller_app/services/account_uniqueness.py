"""One account per depositor where the rules say so (one 基本存款账户, one Ⅰ类 per person) and the number it gets.

The local store is always asked (`StoreAccountRegistry`); the central database's answer is asked before the
write transaction opens (`AskedOnce`). The account number comes from the number blocks (号段) the central
database reserved for this terminal: teller_app.sync.numbers.take_account_number when the sync package is
present, else the same rule read from the store's number_blocks table.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import UNIQUE_ACCOUNT_TYPES, AccountRegistry
from teller_app.domain.errors import EnvironmentProblem
from teller_app.storage.customers import find_customers
from teller_app.storage.schema import Account, Customer, NumberBlock
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork


class StoreAccountRegistry:
    """The local store's answer: an open account of the type for the same credit code or ID number."""

    def __init__(self, uow: UnitOfWork, exclude_case: str = "") -> None:
        self.uow = uow
        self.exclude_case = exclude_case

    def holds(self, depositor_key: str, account_type: AccountType) -> bool | None:
        session, blind, sealer = self.uow.session, self.uow.store.blind, self.uow.fields
        if depositor_key.startswith("id:"):
            customers = find_customers(session, blind, sealer, id_number=depositor_key[3:])
        else:
            customers = find_customers(session, blind, sealer, credit_code=depositor_key)
        ids = [c.id for c in customers]
        if not ids:
            return False
        found = session.scalars(
            select(Account.id).where(
                Account.customer_id.in_(ids),
                Account.account_type == account_type.value,
                Account.status != "closed",
                Account.case_id != self.exclude_case,
            )
        ).first()
        return found is not None


def take_number(uow: UnitOfWork) -> str:
    try:
        from teller_app.sync.numbers import take_account_number
    except ImportError:  # pragma: no cover - the sync package is part of the app; this is the fallback
        return take_number_locally(uow)
    return take_account_number(uow)


def take_number_locally(uow: UnitOfWork) -> str:
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


CentralRegistryFactory = Callable[[str], AccountRegistry]


class AskedOnce:
    """The central database's answer, asked before the local write transaction opens (no network wait
    while the store's writer is held)."""

    def __init__(self, registry: AccountRegistry, key_and_type: tuple[str, AccountType] | None) -> None:
        self.answer: bool | None = None
        self.asked_for = key_and_type
        if key_and_type is not None and key_and_type[1] in UNIQUE_ACCOUNT_TYPES:
            self.answer = registry.holds(*key_and_type)

    def holds(self, depositor_key: str, account_type: AccountType) -> bool | None:
        if self.asked_for != (depositor_key, account_type):
            return None
        return self.answer


def case_depositor_key(store: Store, case_id: str) -> tuple[str, AccountType] | None:
    with store.reading() as session:
        row = session.get(CaseRow, case_id)
        if row is None or not row.customer_id:
            return None
        customer = session.get(Customer, row.customer_id)
        if customer is None:
            return None
        credit_code = store.sealer.open_text(customer, "credit_code")
        id_number = store.sealer.open_text(customer, "id_number")
        key = credit_code or (f"id:{id_number}" if id_number else "")
        return (key, AccountType(row.account_type)) if key else None


def note_recheck(uow: UnitOfWork, account_id: str) -> None:
    from teller_app.sync.uniqueness_recheck import note_recheck

    note_recheck(uow, account_id)


def bank_index(uow: UnitOfWork, key: str, account_type: AccountType, training: bool) -> str | None:
    """The depositor's bank-wide uniqueness index on a basic or Ⅰ类 account (None: another type, a training
    account, or no bank-wide key on this terminal yet: indexed at a later sync)."""
    if training or account_type not in UNIQUE_ACCOUNT_TYPES:
        return None
    return uow.store.depositor_index(key)


def customer_depositor_key(uow: UnitOfWork, customer: Customer | None) -> str:
    if customer is None:
        return ""
    credit_code = uow.open(customer, "credit_code")
    if credit_code:
        return credit_code
    id_number = uow.open(customer, "id_number")
    return f"id:{id_number}" if id_number else ""
