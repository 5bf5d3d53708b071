"""Identity documents' expiry (证件有效期): an expired document blocks, one expiring soon warns.

The expiry is the last day printed on the card (有效期至): the document is valid through that day.
A resident ID card issued at 46 or older says 长期 (long term): recorded as "long_term".
"""

from __future__ import annotations

from datetime import date

from teller_app.domain.errors import InputError, RuleError, TellerError

LONG_TERM = "long_term"  # 长期
DEFAULT_WARNING_DAYS = 90  # stricter than the 30 days some banks use; the process definition may change it


def parse_expiry(text: str, field: str) -> date | None:
    """The expiry as a date, None for 长期; InputError when empty or not a date like 2030-06-30."""
    value = text.strip()
    if not value:
        raise InputError(
            "identity.id_expiry_required", "Enter the expiry date of the ID document", field=field
        )
    if value == LONG_TERM:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(
            "identity.id_expiry_invalid",
            "The expiry date must be a date like 2030-06-30, or long term",
            field=field,
        ) from None


def expiry_problems(
    text: str, today: date, warning_days: int, field: str
) -> tuple[list[TellerError], list[TellerError]]:
    """(problems that block, warnings) for one document's expiry as entered."""
    try:
        expiry = parse_expiry(text, field)
    except InputError as error:
        return [error], []
    if expiry is None:
        return [], []
    if expiry < today:
        return [
            RuleError(
                "identity.id_expired",
                "The ID document expired on {expiry}: it cannot be accepted",
                field=field,
                expiry=expiry.isoformat(),
            )
        ], []
    days = (expiry - today).days
    if days <= warning_days:
        return [], [
            RuleError(
                "identity.id_expiring",
                "The ID document expires on {expiry}, in {days} days",
                field=field,
                expiry=expiry.isoformat(),
                days=days,
            )
        ]
    return [], []
