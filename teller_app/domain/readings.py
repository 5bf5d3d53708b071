"""The bank's readings of rules the regulation leaves open, from the process definition's [readings] table.

Each default is the stricter reading; a definition may choose the other value, and docs/rules.md names
both. A published version is read with what it says, or with these defaults where it says nothing.

  rating_voided_by            "any_change" (default): any change to the intake, identity or owners entries
                              after the rating voids it; "not_contact_details": a changed phone number or
                              address alone leaves the rating standing (2022年第1号令: 持续识别, 重新评定)
  mismatch_stands             true (default): an online ID check that answered 不一致 or 库中无此号 stands
                              for that name and number; false: a later answer for the same person may
                              replace it (the first stays in the audit record)
  warn_credit_code_category_54  true (default): category 54 (民政, 居委会/村委会 codes) is not in the
                              published GB 32100 table and is accepted with a warning; false: accepted as
                              a category of its own, without a warning
  payments_from_working_day   3 (default): a non-enterprise account pays out from the 3rd working day after
                              it was formally opened (第三十三条 "3个工作日后"); 4 or 5: later still (4 is the
                              reading "after three whole working days have passed"); never earlier than 3
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from teller_app.domain.definition_reader import DefinitionReader
from teller_app.domain.regulator import NON_ENTERPRISE_WAIT_WORKING_DAYS

RATING_VOIDED_BY = ("any_change", "not_contact_details")
LEAST_PAYMENT_WAIT = NON_ENTERPRISE_WAIT_WORKING_DAYS  # no reading lets a non-enterprise pay out sooner
MOST_PAYMENT_WAIT = 5


@dataclass(frozen=True)
class Readings:
    """The readings a case runs under (defaults: the stricter ones)."""

    rating_voided_by: str = "any_change"
    mismatch_stands: bool = True
    warn_credit_code_category_54: bool = True
    payments_from_working_day: int = LEAST_PAYMENT_WAIT

    def as_data(self) -> dict[str, Any]:
        return {
            "rating_voided_by": self.rating_voided_by,
            "mismatch_stands": self.mismatch_stands,
            "warn_credit_code_category_54": self.warn_credit_code_category_54,
            "payments_from_working_day": self.payments_from_working_day,
        }


def parse_readings(r: DefinitionReader, raw: Any) -> Readings:
    table = r.table(raw, "readings")
    r.only_keys(table, "readings", optional=set(Readings().as_data()))
    default = Readings()
    voided_by = r.text(table.get("rating_voided_by", default.rating_voided_by), "readings.rating_voided_by")
    if voided_by not in RATING_VOIDED_BY:
        r.fail(
            "readings.rating_voided_by",
            "must be one of {allowed}, not {value!r}",
            allowed=", ".join(RATING_VOIDED_BY),
            value=voided_by,
        )
    return Readings(
        rating_voided_by=voided_by,
        mismatch_stands=r.flag(
            table.get("mismatch_stands", default.mismatch_stands), "readings.mismatch_stands"
        ),
        warn_credit_code_category_54=r.flag(
            table.get("warn_credit_code_category_54", default.warn_credit_code_category_54),
            "readings.warn_credit_code_category_54",
        ),
        payments_from_working_day=r.whole(
            table.get("payments_from_working_day", default.payments_from_working_day),
            "readings.payments_from_working_day",
            LEAST_PAYMENT_WAIT,
            MOST_PAYMENT_WAIT,
        ),
    )
