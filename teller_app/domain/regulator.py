"""核准 and 备案 after account setup: the approval record that activation waits for, the filing record, and
the day payments out may start (《人民币银行结算账户管理办法》第三十三条, 银发〔2019〕41号)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from teller_app.domain.accounts import Regime
from teller_app.domain.customers import CustomerKind
from teller_app.domain.dates import CalendarLike, earliest_day_after
from teller_app.domain.errors import InputError, RuleError

NON_ENTERPRISE_WAIT_WORKING_DAYS = 3  # 自正式开立之日起3个工作日后，方可办理付款业务
MAX_REFERENCE_CHARS = 64


@dataclass(frozen=True)
class RegulatorRecord:
    """A 核准 (approval number, approval date) or a 备案 (filing reference, filing date), and who recorded it."""

    reference: str
    on: date
    recorded_by: str
    recorded_at: datetime

    def as_data(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "on": self.on.isoformat(),
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at.isoformat(),
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> RegulatorRecord | None:
        if not data:
            return None
        return cls(
            reference=str(data["reference"]),
            on=date.fromisoformat(str(data["on"])),
            recorded_by=str(data["recorded_by"]),
            recorded_at=datetime.fromisoformat(str(data["recorded_at"])),
        )


def _record(
    field: str, reference: object, on: object, opened_on: date, today: date, recorded_by: str, at: datetime
) -> RegulatorRecord:
    text = reference.strip() if isinstance(reference, str) else ""
    if not text:
        raise InputError("regulator.reference_missing", "The {field} is required", field=field)
    if len(text) > MAX_REFERENCE_CHARS or not text.isprintable():
        raise InputError(
            "regulator.reference_invalid",
            "The {field} must be at most {most} printable characters",
            field=field,
            most=MAX_REFERENCE_CHARS,
        )
    if not isinstance(on, date) or isinstance(on, datetime):
        raise InputError("regulator.date_missing", "The date of the {field} is required", field=field)
    if on < opened_on:
        raise RuleError(
            "regulator.date_before_opening",
            "The date {day} is before the account was opened ({opened})",
            day=on.isoformat(),
            opened=opened_on.isoformat(),
        )
    if on > today:
        raise RuleError("regulator.date_in_future", "The date {day} is in the future", day=on.isoformat())
    if not recorded_by.strip():
        raise InputError("regulator.recorder_missing", "Who recorded it is not known")
    return RegulatorRecord(reference=text, on=on, recorded_by=recorded_by, recorded_at=at)


def record_approval(
    regime: Regime,
    number: object,
    approved_on: object,
    *,
    opened_on: date,
    today: date,
    recorded_by: str,
    at: datetime,
) -> RegulatorRecord:
    """The regulator's 核准 of an account: its approval number and date. Only for an account under 核准."""
    if regime is not Regime.APPROVAL:
        raise RuleError(
            "regulator.not_under_approval",
            "This account is filed (备案), not approved; record its filing instead",
        )
    return _record("approval number", number, approved_on, opened_on, today, recorded_by, at)


def record_filing(
    regime: Regime,
    reference: object,
    filed_on: object,
    *,
    opened_on: date,
    today: date,
    recorded_by: str,
    at: datetime,
) -> RegulatorRecord:
    """The bank's 备案 of an account with the regulator: its reference and date. Only for a filed account."""
    if regime is not Regime.FILING:
        raise RuleError(
            "regulator.not_filed_regime",
            "This account is not filed (备案); an account under 核准 records its approval instead",
        )
    return _record("filing reference", reference, filed_on, opened_on, today, recorded_by, at)


def check_activation(regime: Regime, approval: RegulatorRecord | None) -> None:
    """An account under 核准 cannot be activated until the regulator's approval is recorded."""
    if regime is Regime.APPROVAL and approval is None:
        raise RuleError(
            "account.regulator_approval_missing",
            "This account needs the regulator's approval (核准); record the approval number and date first",
        )


def payments_from(
    kind: CustomerKind,
    regime: Regime,
    opened_on: date,
    approval: RegulatorRecord | None = None,
    calendar: CalendarLike = None,
    working_day: int = NON_ENTERPRISE_WAIT_WORKING_DAYS,
) -> date | None:
    """The first day the account may pay out.

    Enterprises: the day of opening (银发〔2019〕41号). Other depositors: 3 working days after the account
    is formally opened (第三十三条) — for an account under 核准 that is the day of the approval, so None
    until the approval is recorded. Personal accounts: the day of opening. `working_day` is the process
    definition's reading `[readings] payments_from_working_day` (the Nth working day after; never below 3).
    """
    if regime is Regime.NONE or kind.is_enterprise:
        return opened_on
    wait = max(working_day, NON_ENTERPRISE_WAIT_WORKING_DAYS)
    if regime is Regime.APPROVAL:
        if approval is None:
            return None
        return earliest_day_after(approval.on, wait, calendar)
    return earliest_day_after(opened_on, wait, calendar)
