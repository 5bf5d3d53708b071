"""Filings due (备案): the branch's accounts not yet marked filed with the regulator, for the filing clerk
(`teller-admin filings list`) and the supervisor's dashboard (`filings_due`)."""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select

from teller_app.domain.errors import InputError
from teller_app.services.business_day import business_date
from teller_app.storage.schema import Account, Customer
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store

CSV_COLUMNS = (
    "case_id",
    "account_number",
    "customer_name",
    "customer_kind",
    "account_type",
    "opened_on",
    "file_by",
    "days_left",
    "overdue",
)


@dataclass(frozen=True)
class FilingDue:
    """One account waiting to be filed: its deadline and how many calendar days are left (negative: late)."""

    case_id: str
    account_number: str
    customer_name: str
    customer_kind: str
    account_type: str
    opened_on: date
    file_by: date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = asdict(self)
        data["opened_on"] = self.opened_on.isoformat()
        data["file_by"] = self.file_by.isoformat()
        data["overdue"] = self.overdue
        return data


def filings_due(store: Store, today: date, *, overdue_only: bool = False) -> list[FilingDue]:
    """Accounts of this terminal's branch with a filing deadline and no filing recorded, earliest first.

    `overdue_only`: only those whose deadline is before `today`. Training accounts are never filed.
    Decrypts the customer names of the accounts listed only.
    """
    if not isinstance(today, date):
        raise InputError("filings.day_invalid", "The day {value} is not a date", value=str(today))
    query = (
        select(Account, CaseRow.customer_kind)
        .join(CaseRow, CaseRow.id == Account.case_id)
        .where(
            Account.branch == store.identity.branch,
            CaseRow.training.is_(False),
            Account.status != "closed",
            Account.filing_deadline.is_not(None),
            Account.filed_on.is_(None),
        )
        .order_by(Account.filing_deadline, Account.account_number)
    )
    if overdue_only:
        query = query.where(Account.filing_deadline < today)
    found = []
    with store.reading() as session:
        for account, kind in session.execute(query):
            customer = session.get(Customer, account.customer_id) if account.customer_id else None
            name = (store.sealer.open_text(customer, "name") or "") if customer is not None else ""
            deadline = account.filing_deadline
            assert deadline is not None
            found.append(
                FilingDue(
                    case_id=account.case_id,
                    account_number=account.account_number,
                    customer_name=name,
                    customer_kind=kind,
                    account_type=account.account_type,
                    opened_on=business_date(account.opened_at),
                    file_by=deadline,
                    days_left=(deadline - today).days,
                )
            )
    return found


def as_csv(items: list[FilingDue]) -> str:
    """The list as CSV text with a header line (UTF-8 with BOM is the caller's choice when writing)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow(item.as_dict())
    return out.getvalue()
