"""An operation record's details in words: "label: value" pairs in the language in use, for the audit viewer."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ui.audit.record_names import AUDIT_DETAIL_VALUES, AUDIT_DETAILS, audit_action_label, audit_detail_label
from ui.i18n import tr
from ui.names import (
    account_type_label,
    customer_kind_label,
    decision_label,
    reason_label,
    risk_level_label,
    role_label,
    step_label,
)

LONGEST_VALUE = 40  # characters of one value in the table cell; the tooltip has every value whole
SHORTER = {"content_hash": 12}  # a fingerprint is recognised by its beginning
# Never shown, should the core ever write one of them into the details.
SECRET_KEYS = frozenset(
    {"password", "old_password", "new_password", "passphrase", "secret", "token", "totp_code", "recovery_key"}
)
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")

# Values that are codes of the core's vocabulary, shown by their translated names.
_VOCABULARY: dict[str, Callable[[str], str]] = {
    "step": step_label,
    "from": step_label,
    "kind": customer_kind_label,
    "account_type": account_type_label,
    "role": role_label,
    "checker_role": role_label,
    "level": risk_level_label,
    "decision": decision_label,
    "reason": reason_label,
    "action": audit_action_label,
}


@dataclass(frozen=True)
class DetailsInWords:
    cell: str  # one line, long values shortened with an ellipsis
    tooltip: str  # one pair a line, every value whole


def details_in_words(raw: str) -> DetailsInWords:
    """The details of one event (the core's JSON object as text) in words; text that is not such an
    object is shown as it is."""
    try:
        details = json.loads(raw) if raw else {}
    except ValueError:
        details = None
    if not isinstance(details, dict):
        return DetailsInWords(_shortened(raw), raw)
    return DetailsInWords(
        cell=tr("Audit", "; ").join(_pairs(details, short=True)),
        tooltip="\n".join(_pairs(details, short=False)),
    )


def _pairs(details: dict[str, object], short: bool) -> list[str]:
    """The "label: value" pairs worth showing: known keys in the order of the name table, then the others
    as written."""
    order = {key: n for n, key in enumerate(AUDIT_DETAILS)}
    shown = [
        (key, value) for key, value in details.items() if value not in (None, "") and key not in SECRET_KEYS
    ]
    shown.sort(key=lambda pair: order.get(pair[0], len(order)))
    return [
        tr("Audit", "{label}: {value}", label=audit_detail_label(key), value=_value(key, value, short))
        for key, value in shown
    ]


def _value(key: str, value: object, short: bool) -> str:
    if isinstance(value, bool):
        return tr("Audit", "yes") if value else tr("Audit", "no")
    if isinstance(value, dict):
        return tr("Audit", "({pairs})", pairs=tr("Audit", ", ").join(_pairs(value, short)))
    if isinstance(value, list | tuple):
        if not value:
            return tr("Audit", "none")
        return tr("Audit", ", ").join(_value(key, v, short) for v in value)
    text = _in_words(key, str(value))
    return _shortened(text, SHORTER.get(key, LONGEST_VALUE)) if short else text


def _in_words(key: str, text: str) -> str:
    words = AUDIT_DETAIL_VALUES.get(key, {}).get(text)
    if words is not None:
        return tr("Names", words)
    if key in _VOCABULARY:
        return _VOCABULARY[key](text)
    if _TIMESTAMP.match(text):
        return _local_time(text)
    return text


def _local_time(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        return text
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _shortened(text: str, longest: int = LONGEST_VALUE) -> str:
    return text if len(text) <= longest else text[: longest - 1] + "…"
