"""What a teller typed, made fit to store: one limit per field, full-width folded, trimmed, never cut.

Every text entry of a step passes `normalise_entries` before it is checked or stored (services/cases.py);
the wizard asks `entry_problem` as the teller types, so the message shows beside the field at once.

Folding, field by field (FIELDS):
- CODE (credit codes, ID and account numbers, phone numbers, references, dates): NFKC, so full-width
  digits, letters and hyphens become ASCII (９１３１… → 9131…, －→-); a code has no other way of being right.
- NAME (names of companies and people, addresses, branches, free text): only full-width ASCII letters and
  digits are folded (Ａ→A, ３→3). Chinese punctuation is kept as the customer wrote it: a registered name
  such as 上海某某（集团）有限公司 keeps its full-width brackets, an address its 、，－ and ·, because NFKC
  would turn them into ASCII and change the name on the licence; the ideographic space inside a name is kept.
- Both: spaces (also the ideographic and the no-break space) and a pasted tab or line end before and after
  are trimmed; a control or invisible format
  character (Cc, Cf: tabs, zero-width spaces, bidirectional marks) is refused with its position, except a
  line break in the multi-line fields; private-use characters stay (rare characters of names, 生僻字, are
  often encoded there).
- Text longer than its field's limit, counted after folding, is refused naming the limit: never cut.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from teller_app.domain.errors import InputError


class Fold(Enum):
    CODE = "code"
    NAME = "name"


@dataclass(frozen=True)
class FieldRule:
    limit: int
    fold: Fold = Fold.NAME
    multiline: bool = False


# The one place each field's limit is declared (by the entry's key; nested keys by their own name).
FIELDS: dict[str, FieldRule] = {
    "customer_name": FieldRule(100),  # 企业名称: the longest registered names run to about 60 characters
    "name": FieldRule(50),  # a person: legal representative, agent, shareholder, owner
    "confirmed_with": FieldRule(50),
    "holder": FieldRule(50),
    "address": FieldRule(200),
    "basic_account_branch": FieldRule(60),
    "credit_code": FieldRule(30, Fold.CODE),
    "id_number": FieldRule(30, Fold.CODE),
    "basic_account_number": FieldRule(20, Fold.CODE),
    "phone": FieldRule(20, Fold.CODE),
    "reference": FieldRule(64, Fold.CODE),
    "recording_reference": FieldRule(64, Fold.CODE),
    "investors": FieldRule(30, Fold.CODE),  # each investor's credit code or ID number
    "id_expiry": FieldRule(10, Fold.CODE),
    "temporary_until": FieldRule(10, Fold.CODE),
    "note": FieldRule(1000, multiline=True),
    "edd_note": FieldRule(2000, multiline=True),
    "display_name": FieldRule(100),  # a user's name on screens and printouts (users.display_name holds 100)
    "reasons": FieldRule(1000, multiline=True),
}
DEFAULT_RULE = FieldRule(200)  # any other text entry (choices from lists are short codes)

TRIMMED = " \t\n\r\u3000\u00a0"  # spaces (ideographic, no-break) and a pasted cell's tab or line end
_FULL_WIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}


def rule_for(field: str) -> FieldRule:
    return FIELDS.get(field.rsplit(".", 1)[-1], DEFAULT_RULE)


def normalise_text(field: str, value: str) -> str:
    """`value` folded and trimmed by its field's rule; InputError if it holds a control character or is
    longer than the field's limit (nothing is cut). `field` may be a dotted path (agent.name)."""
    rule = rule_for(field)
    if rule.multiline:
        value = value.replace("\r\n", "\n")
    text = (
        unicodedata.normalize("NFKC", value) if rule.fold is Fold.CODE else value.translate(_FULL_WIDTH_ALNUM)
    )
    text = text.strip(TRIMMED)
    for position, char in enumerate(text, start=1):
        if unicodedata.category(char) in ("Cc", "Cf") and not (rule.multiline and char == "\n"):
            raise control_character(field, position, char)
    if len(text) > rule.limit:
        raise too_long(field, rule.limit, len(text))
    return text


def too_long(field: str, limit: int, length: int) -> InputError:
    """The one refusal of a text over its limit (here and in storage/validation.py): it is never cut."""
    return InputError(
        "input.too_long",
        "{field} is longer than {limit} characters ({length})",
        field=field,
        limit=limit,
        length=length,
    )


def control_character(field: str, position: int, char: str) -> InputError:
    return InputError(
        "input.control_character",
        "{field} contains a control character at position {position}",
        field=field,
        position=position,
        character=f"U+{ord(char):04X}",
    )


def entry_problem(field: str, value: str) -> InputError | None:
    """The problem `normalise_text` would refuse `value` with, or None: for checking as the teller types."""
    try:
        normalise_text(field, value)
    except InputError as error:
        return error
    return None


def normalise_entries(data: Mapping[str, Any], path: str = "") -> dict[str, Any]:
    """Every text inside a step's entries normalised by its field (nested objects and lists too)."""
    return {key: _normalise(f"{path}{key}", value) for key, value in data.items()}


def _normalise(field: str, value: Any) -> Any:
    if isinstance(value, str):
        return normalise_text(field, value)
    if isinstance(value, Mapping):
        return normalise_entries(value, field + ".")
    if isinstance(value, list):
        return [_normalise(field, item) for item in value]
    return value
