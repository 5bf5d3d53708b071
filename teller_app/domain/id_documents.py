"""Identity documents' expiry (证件有效期): an expired document blocks, one expiring soon warns.

The expiry is the last day printed on the card (有效期至): the document is valid through that day.
A resident ID card issued at 46 or older says 长期 (long term): recorded as "long_term".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

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


# ------------------------------------------- watching the expiry dates on record (alerts, 4.4 monitoring)

EXPIRED = "expired"
EXPIRING = "expiring"


def documents_on_record(identity: Mapping[str, Any], owners: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(whose document, its expiry as recorded) for every expiry date a case holds: the individual customer
    ("customer"), the legal representative, the agent, and each beneficial owner whose record has one
    ("owner:N", N from 1). Documents with no expiry recorded are left out (the identity step requires it)."""
    found: list[tuple[str, str]] = []
    if _text(identity.get("id_expiry")):
        found.append(("customer", _text(identity.get("id_expiry"))))
    for holder in ("legal_representative", "agent"):
        person = identity.get(holder)
        if isinstance(person, Mapping) and _text(person.get("id_expiry")):
            found.append((holder, _text(person.get("id_expiry"))))
    for number, owner in enumerate(owners.get("owners") or [], start=1):
        if isinstance(owner, Mapping) and _text(owner.get("id_expiry")):
            found.append((f"owner:{number}", _text(owner.get("id_expiry"))))
    return found


def expiry_state(text: str, today: date, warning_days: int) -> tuple[str, date, int] | None:
    """(EXPIRED or EXPIRING, the expiry, days left: negative once expired) of a recorded expiry, or None
    when it is long term, far off, or not a date (the identity step refuses those when entered)."""
    try:
        expiry = parse_expiry(text, "id_expiry")
    except InputError:
        return None
    if expiry is None:
        return None
    days = (expiry - today).days
    if days < 0:
        return EXPIRED, expiry, days
    if days <= warning_days:
        return EXPIRING, expiry, days
    return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
