"""The service level of a whole case in working days (beside the per-step minutes): 1–2 working days from
opening, extended by up to 5 working days for enhanced due diligence (强化尽职调查) with a recorded reason."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from teller_app.domain.dates import CalendarLike, deadline
from teller_app.domain.definition_reader import DefinitionReader
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.risk_levels import RiskLevel

MOST_WORKING_DAYS = 2
MOST_EDD_EXTRA_WORKING_DAYS = 5


@dataclass(frozen=True)
class CaseSla:
    """The bank's choice, from the process definition's [case_sla] table (defaults: the stricter ends)."""

    working_days: int = MOST_WORKING_DAYS
    edd_extra_working_days: int = MOST_EDD_EXTRA_WORKING_DAYS


@dataclass(frozen=True)
class SlaExtension:
    """More working days for enhanced due diligence, and why (recorded at the risk step)."""

    working_days: int
    reason: str

    def as_data(self) -> dict[str, Any]:
        return {"working_days": self.working_days, "reason": self.reason}


def sla_extension(
    sla: CaseSla, risk_level: RiskLevel | None, working_days: object, reason: object
) -> SlaExtension:
    """An extension is only for a case under enhanced due diligence (高), within the definition's maximum,
    and with a reason."""
    if risk_level is not RiskLevel.HIGH:
        raise RuleError(
            "case_sla.extension_needs_edd",
            "More working days are only for a case under enhanced due diligence (high risk)",
        )
    if isinstance(working_days, bool) or not isinstance(working_days, int) or working_days < 1:
        raise InputError("case_sla.extension_days_invalid", "The extension must be a whole number of days")
    if working_days > sla.edd_extra_working_days:
        raise RuleError(
            "case_sla.extension_too_long",
            "At most {most} more working days for enhanced due diligence",
            most=sla.edd_extra_working_days,
        )
    if not isinstance(reason, str) or not reason.strip():
        raise InputError("case_sla.extension_reason_missing", "Give the reason for the extension")
    return SlaExtension(working_days=working_days, reason=reason.strip())


def extension_from_data(data: Mapping[str, Any] | None) -> SlaExtension | None:
    if not isinstance(data, Mapping) or not data.get("reason"):
        return None
    days = data.get("working_days")
    return SlaExtension(int(days), str(data["reason"])) if isinstance(days, int) else None


def case_due_date(
    opened_on: date,
    sla: CaseSla,
    calendar: CalendarLike = None,
    extension: SlaExtension | None = None,
    risk_level: RiskLevel | None = None,
) -> date:
    """The last working day the case should be done by; an extension counts only under 高 (EDD)."""
    days = sla.working_days
    if extension is not None and risk_level is RiskLevel.HIGH:
        days += min(extension.working_days, sla.edd_extra_working_days)
    return deadline(opened_on, days, calendar)


def parse_case_sla(r: DefinitionReader, raw: Any) -> CaseSla:
    """[case_sla]: working_days (1–2) for the whole case, edd_extra_working_days (0–5) with a reason."""
    table = r.table(raw, "case_sla")
    r.only_keys(table, "case_sla", optional={"working_days", "edd_extra_working_days"})
    default = CaseSla()
    return CaseSla(
        working_days=r.whole(
            table.get("working_days", default.working_days), "case_sla.working_days", 1, MOST_WORKING_DAYS
        ),
        edd_extra_working_days=r.whole(
            table.get("edd_extra_working_days", default.edd_extra_working_days),
            "case_sla.edd_extra_working_days",
            0,
            MOST_EDD_EXTRA_WORKING_DAYS,
        ),
    )
