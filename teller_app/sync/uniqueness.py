"""One basic account per depositor bank-wide, one Ⅰ类户 per person per bank: asked of the central database by
the bank-wide uniqueness index, and confirmed at the next sync for accounts set up offline (a clash goes to
the supervisor's queue and activation waits).

Each basic or Ⅰ类 account carries `depositor_index`: a keyed HMAC of the credit code (or of the ID number)
under the bank-wide uniqueness key (sync/bank_key.py), the same at every branch, so the central database
sees another branch's account without ever seeing a credit code or an ID number. The branch's own blind
indexes keep their jobs (search, the local store's check). A terminal without the bank-wide key can still
find a clash in its own branch's rows (per-branch index) but never confirms: its accounts stay "uniqueness
to confirm" until the key is given to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY

from teller_app.domain import case_approval
from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import UNIQUE_ACCOUNT_TYPES, UniquenessState
from teller_app.domain.errors import TellerError
from teller_app.log import get_logger
from teller_app.services.case_store import load_case_with_row, save_case
from teller_app.storage.schema import Account, Customer
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork
from teller_app.sync.central import CentralUnreachable

log = get_logger(__name__)
SYNC_ACTOR = "system:sync"
UNIQUE_TYPES = sorted(t.value for t in UNIQUE_ACCOUNT_TYPES)
# Checked before this change against the branch's blind index only: checked again bank-wide once indexed.
RECHECKED = (None, UniquenessState.CONFIRMED.value)


@dataclass(frozen=True)
class Held:
    """An open account the central database knows: under which index, of what type, for which case."""

    index: str
    account_type: str
    case_id: str | None  # None: another branch's case


def _ask(central: sa.Engine, query: sa.Select[Any]) -> list[Held] | None:
    """Run one lookup (one round trip, autocommit: no BEGIN/COMMIT); None when central cannot be reached."""
    try:
        with central.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            return [Held(r[0], r[1], r[2]) for r in connection.execute(query) if r[0]]
    except (sa.exc.OperationalError, sa.exc.InterfaceError, CentralUnreachable):
        return None
    except sa.exc.DBAPIError as exc:
        if exc.connection_invalidated:
            central.dispose()
            return None
        raise


def held_bank_wide(central: sa.Engine, indexes: set[str], types: set[str]) -> list[Held] | None:
    """Open accounts of `types` at any branch whose depositor has one of the bank-wide indexes (the case
    id of another branch's account is not told: None)."""
    if not indexes:
        return []
    if central.dialect.name == "postgresql":  # a terminal's login reads no other branch's account (c0011)
        held = sa.select(
            sa.func.teller_accounts_held(
                sa.cast(sorted(indexes), ARRAY(sa.Text)), sa.cast(sorted(types), ARRAY(sa.Text))
            ).table_valued("depositor_index", "account_type", "case_id")
        )
        return _ask(central, held)
    accounts = Account.__table__
    query = sa.select(accounts.c.depositor_index, accounts.c.account_type, accounts.c.case_id).where(
        accounts.c.depositor_index.in_(sorted(indexes)),
        accounts.c.account_type.in_(sorted(types)),
        accounts.c.status != "closed",
    )
    return _ask(central, query)


def _held_in_branch(central: sa.Engine, column: str, digests: set[str], types: set[str]) -> list[Held] | None:
    """Without the bank-wide key: open accounts on customers with one of the branch's blind indexes (this
    branch's rows only, since another branch's key gives other digests)."""
    if not digests:
        return []
    accounts, customers = Account.__table__, Customer.__table__
    query = (
        sa.select(customers.c[column], accounts.c.account_type, accounts.c.case_id)
        .select_from(accounts.join(customers, customers.c.id == accounts.c.customer_id))
        .where(
            customers.c[column].in_(sorted(digests)),
            accounts.c.account_type.in_(sorted(types)),
            accounts.c.status != "closed",
        )
    )
    return _ask(central, query)


def branch_index_of(store: Store, depositor_key: str) -> tuple[str, str | None]:
    """(column, the branch's blind index) of a depositor key: a credit code, or "id:" and an ID number."""
    if depositor_key.startswith("id:"):
        return "id_number_index", store.blind.compute("id_number", depositor_key[3:])
    return "credit_code_index", store.blind.compute("credit_code", depositor_key)


def clashes_with(held: list[Held], index: str, account_type: str, case_id: str) -> bool:
    return any(h.index == index and h.account_type == account_type and h.case_id != case_id for h in held)


class CentralAccountRegistry:
    """Asks the central database whether a depositor holds an open account of a type at any branch.

    True: another is known; False: none at any branch (bank-wide index); None: cannot tell (unreachable,
    or no bank-wide key on this terminal and none found in its own branch)."""

    def __init__(self, central: sa.Engine, store: Store, exclude_case: str = "") -> None:
        self.central = central
        self.store = store
        self.exclude_case = exclude_case

    def holds(self, depositor_key: str, account_type: AccountType) -> bool | None:
        bank_index = self.store.depositor_index(depositor_key)
        if bank_index is not None:
            held = held_bank_wide(self.central, {bank_index}, {account_type.value})
            return (
                None
                if held is None
                else clashes_with(held, bank_index, account_type.value, self.exclude_case)
            )
        column, digest = branch_index_of(self.store, depositor_key)
        if digest is None:
            return None
        held = _held_in_branch(self.central, column, {digest}, {account_type.value})
        if held and clashes_with(held, digest, account_type.value, self.exclude_case):
            return True
        return None  # nothing in this branch; the other branches cannot be asked without the key


def depositor_key_of(store: Store, customer: Customer) -> str:
    """A credit code, or "id:" and an ID number, opened from the customer's sealed fields ("" when none)."""
    credit_code = store.sealer.open_text(customer, "credit_code")
    if credit_code:
        return credit_code
    id_number = store.sealer.open_text(customer, "id_number")
    return f"id:{id_number}" if id_number else ""


def _own_accounts(store: Store) -> sa.Select[Any]:
    """This terminal's basic and Ⅰ类 accounts (each terminal confirms and indexes what it set up)."""
    return (
        sa.select(Account)
        .join(CaseRow, CaseRow.id == Account.case_id)
        .where(
            Account.branch == store.identity.branch,
            CaseRow.terminal == store.identity.terminal,
            CaseRow.training.is_(False),
            Account.account_type.in_(UNIQUE_TYPES),
        )
    )


def index_accounts_bank_wide(store: Store) -> int:
    """Give the accounts set up before the bank-wide index (or before this terminal held its key) their
    `depositor_index`, and mark those checked only against the branch "uniqueness to confirm", so this
    sync checks them bank-wide. Local only (works offline); returns how many were indexed."""
    if store.keys.uniqueness_key() is None:
        return 0
    with store.reading() as session:
        rows = session.scalars(_own_accounts(store).where(Account.depositor_index.is_(None))).all()
        found = []
        for row in rows:
            customer = session.get(Customer, row.customer_id) if row.customer_id else None
            index = store.depositor_index(depositor_key_of(store, customer)) if customer else None
            if index:
                found.append((row.id, index))
    if not found:
        return 0
    with store.unit_of_work(user_id=SYNC_ACTOR) as uow:
        for account_id, index in found:
            account = uow.session.get(Account, account_id)
            if account is None or account.depositor_index is not None:
                continue
            account.depositor_index = index
            recheck = account.status != "closed" and account.uniqueness in RECHECKED
            if recheck:
                account.uniqueness = UniquenessState.TO_CONFIRM.value
                _note_on_case(uow, account.case_id, account.uniqueness)
            uow.save(account)
            uow.append_audit(
                "account.indexed_bank_wide",
                case_id=account.case_id,
                step="account_setup",
                details={"account_type": account.account_type, "recheck": recheck},
            )
    return len(found)


def _note_on_case(uow: UnitOfWork, case_id: str, state: str) -> None:
    """The account's uniqueness state on its case too (activation reads it there). A case record that cannot
    be read is logged and keeps only the account's own state (the alerts read that); it cannot be activated
    either, and it never wedges the sync."""
    try:
        case, _row = load_case_with_row(uow, case_id)
    except TellerError:
        log.warning("sync: a case record could not be read for its uniqueness note", extra={"case": case_id})
        return
    if case.account is not None:
        save_case(uow, case_approval.note_uniqueness(case, state), case)


@dataclass(frozen=True)
class Pending:
    account_id: str
    case_id: str
    account_type: AccountType
    depositor_key: str
    bank_index: str | None


def _pending(store: Store) -> list[Pending]:
    found = []
    with store.reading() as session:
        rows = session.scalars(
            _own_accounts(store).where(Account.uniqueness == UniquenessState.TO_CONFIRM.value)
        ).all()
        for row in rows:
            customer = session.get(Customer, row.customer_id) if row.customer_id else None
            key = depositor_key_of(store, customer) if customer is not None else ""
            if key:
                bank_index = row.depositor_index or store.depositor_index(key)
                found.append(Pending(row.id, row.case_id, AccountType(row.account_type), key, bank_index))
    return found


def _answers(store: Store, central: sa.Engine, pending: list[Pending]) -> dict[str, UniquenessState] | None:
    """Each pending account's new state (absent: still to confirm), or None when central is unreachable."""
    types = {item.account_type.value for item in pending}
    if store.keys.uniqueness_key() is not None:
        held = held_bank_wide(central, {p.bank_index for p in pending if p.bank_index}, types)
        if held is None:
            return None
        return {
            p.account_id: UniquenessState.CLASH
            if clashes_with(held, p.bank_index, p.account_type.value, p.case_id)
            else UniquenessState.CONFIRMED
            for p in pending
            if p.bank_index
        }
    answers: dict[str, UniquenessState] = {}
    for column in ("credit_code_index", "id_number_index"):
        digests = {p.account_id: branch_index_of(store, p.depositor_key) for p in pending}
        mine = {a: d for a, (c, d) in digests.items() if c == column and d}
        held = _held_in_branch(central, column, set(mine.values()), types)
        if held is None:
            return None
        for p in pending:
            if p.account_id in mine and clashes_with(
                held, mine[p.account_id], p.account_type.value, p.case_id
            ):
                answers[p.account_id] = UniquenessState.CLASH  # found in the branch; never confirmed
    return answers


def confirm_pending_uniqueness(store: Store, central: sa.Engine) -> list[str]:
    """Index what is not indexed yet, then check every account "uniqueness to confirm" against the central
    database; returns the case ids that clash.

    A clash marks the account and its case "clash": the supervisor sees it in the alerts, activation
    waits (where it has not happened yet). Stops quietly when the central database stops answering."""
    index_accounts_bank_wide(store)
    clashes: list[str] = []
    pending = _pending(store)
    answers = _answers(store, central, pending) if pending else None
    if not answers:
        return clashes
    for item in pending:
        state = answers.get(item.account_id)
        if state is None:
            continue
        if record_uniqueness(store, item.account_id, state, was=UniquenessState.TO_CONFIRM):
            if state is UniquenessState.CLASH:
                clashes.append(item.case_id)
    return clashes


def record_uniqueness(store: Store, account_id: str, state: UniquenessState, *, was: UniquenessState) -> bool:
    """Write the check's answer on the account and its case, with its audit event, if the account is still
    in the state `was` (nothing else changed it meanwhile); True when written."""
    with store.unit_of_work(user_id=SYNC_ACTOR) as uow:
        account = uow.session.get(Account, account_id)
        if account is None or account.uniqueness != was.value:
            return False
        account.uniqueness = state.value
        uow.save(account)
        _note_on_case(uow, account.case_id, state.value)
        uow.append_audit(
            "account.uniqueness_" + state.value,
            case_id=account.case_id,
            step="account_setup",
            details={"account_type": account.account_type},
        )
    if state is UniquenessState.CLASH:
        log.warning("sync: an account clashes with another one bank-wide", extra={"case": account.case_id})
    return True
