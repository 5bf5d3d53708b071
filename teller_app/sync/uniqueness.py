"""One basic account per depositor, one Ⅰ类户 per person: asked of the central database by blind index,
and confirmed at the next sync for accounts set up offline (a clash goes to the supervisor's queue).

The central database holds only blind indexes of credit codes and ID numbers; a terminal computes the
index of the depositor with its branch's blind-index key and looks for an open account of the same type
on a customer with that index. (Blind-index keys are the branch's: another branch's accounts are found
when the branches share the key; see docs/rules.md.)
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from teller_app.domain import case_approval
from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import UniquenessState
from teller_app.log import get_logger
from teller_app.services.case_store import load_case_with_row, save_case
from teller_app.storage.blind_index import BlindIndexer
from teller_app.storage.schema import Account, Customer
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store
from teller_app.sync.central import CentralUnreachable

log = get_logger(__name__)
SYNC_ACTOR = "system:sync"


def index_of(blind: BlindIndexer, depositor_key: str) -> tuple[str, str | None]:
    """(column, blind index) of a depositor key: a credit code, or "id:" and an ID number."""
    if depositor_key.startswith("id:"):
        return "id_number_index", blind.compute("id_number", depositor_key[3:])
    return "credit_code_index", blind.compute("credit_code", depositor_key)


def _open_accounts(
    central: sa.Engine, digests: dict[str, set[str]], types: set[str]
) -> list[tuple[str | None, str | None, str, str]] | None:
    """Open accounts of `types` on customers with one of the blind indexes, in one statement (one round
    trip, autocommit: no BEGIN/COMMIT); (credit_code_index, id_number_index, account_type, case_id) rows,
    or None when the central database cannot be reached."""
    accounts, customers = Account.__table__, Customer.__table__
    matches = [customers.c[column].in_(sorted(values)) for column, values in digests.items() if values]
    if not matches:
        return []
    query = (
        sa.select(
            customers.c.credit_code_index,
            customers.c.id_number_index,
            accounts.c.account_type,
            accounts.c.case_id,
        )
        .select_from(accounts.join(customers, customers.c.id == accounts.c.customer_id))
        .where(sa.or_(*matches), accounts.c.account_type.in_(sorted(types)), accounts.c.status != "closed")
    )
    try:
        with central.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            return [(r[0], r[1], r[2], r[3]) for r in connection.execute(query)]
    except (sa.exc.OperationalError, sa.exc.InterfaceError, CentralUnreachable):
        return None
    except sa.exc.DBAPIError as exc:
        if exc.connection_invalidated:
            central.dispose()
            return None
        raise


def _clashes(
    rows: list[tuple[str | None, str | None, str, str]],
    column: str,
    digest: str,
    account_type: str,
    case_id: str,
) -> bool:
    position = 0 if column == "credit_code_index" else 1
    return any(r[position] == digest and r[2] == account_type and r[3] != case_id for r in rows)


class CentralAccountRegistry:
    """Asks the central database whether a depositor holds an open account of a type (None: unreachable)."""

    def __init__(self, central: sa.Engine, blind: BlindIndexer, exclude_case: str = "") -> None:
        self.central = central
        self.blind = blind
        self.exclude_case = exclude_case

    def holds(self, depositor_key: str, account_type: AccountType) -> bool | None:
        column, digest = index_of(self.blind, depositor_key)
        if digest is None:
            return None
        rows = _open_accounts(self.central, {column: {digest}}, {account_type.value})
        if rows is None:
            return None
        return _clashes(rows, column, digest, account_type.value, self.exclude_case)


@dataclass(frozen=True)
class Pending:
    account_id: str
    case_id: str
    account_type: AccountType
    depositor_key: str


def _pending(store: Store) -> list[Pending]:
    found = []
    with store.reading() as session:
        rows = session.scalars(
            sa.select(Account)
            .join(CaseRow, CaseRow.id == Account.case_id)
            .where(
                Account.branch == store.identity.branch,
                CaseRow.terminal == store.identity.terminal,  # each terminal confirms the accounts it set up
                CaseRow.training.is_(False),
                Account.uniqueness == UniquenessState.TO_CONFIRM.value,
            )
        ).all()
        for row in rows:
            customer = session.get(Customer, row.customer_id) if row.customer_id else None
            if customer is None:
                continue
            credit_code = store.sealer.open_text(customer, "credit_code")
            id_number = store.sealer.open_text(customer, "id_number")
            key = credit_code or (f"id:{id_number}" if id_number else "")
            if key:
                found.append(Pending(row.id, row.case_id, AccountType(row.account_type), key))
    return found


def confirm_pending_uniqueness(store: Store, central: sa.Engine) -> list[str]:
    """Check every account set up offline against the central database; returns the case ids that clash.

    A clash marks the account and its case "clash": the supervisor sees it in the alerts, activation
    waits (where it has not happened yet). Stops quietly when the central database stops answering."""
    clashes: list[str] = []
    pending = _pending(store)
    if not pending:
        return clashes
    digests: dict[str, set[str]] = {"credit_code_index": set(), "id_number_index": set()}
    for item in pending:
        column, digest = index_of(store.blind, item.depositor_key)
        if digest:
            digests[column].add(digest)
    rows = _open_accounts(central, digests, {item.account_type.value for item in pending})
    if rows is None:
        return clashes
    for item in pending:
        column, digest = index_of(store.blind, item.depositor_key)
        if digest is None:
            continue
        answer = _clashes(rows, column, digest, item.account_type.value, item.case_id)
        state = UniquenessState.CLASH if answer else UniquenessState.CONFIRMED
        with store.unit_of_work(user_id=SYNC_ACTOR) as uow:
            account = uow.session.get(Account, item.account_id)
            if account is None or account.uniqueness != UniquenessState.TO_CONFIRM.value:
                continue
            account.uniqueness = state.value
            case, _row = load_case_with_row(uow, item.case_id)
            save_case(uow, case_approval.note_uniqueness(case, state.value), case)
            uow.append_audit(
                "account.uniqueness_" + state.value,
                case_id=item.case_id,
                step="account_setup",
                details={"account_type": item.account_type.value},
            )
        if answer:
            clashes.append(item.case_id)
            log.warning("sync: an account set up offline clashes with another", extra={"case": item.case_id})
    return clashes
