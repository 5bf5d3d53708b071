"""A beneficial owner's record under the 2024 rules (第八条) and the checks that hold the owners step.

《受益所有人信息管理办法》(中国人民银行令〔2024〕第3号) 第八条: name; sex; nationality; date of birth;
habitual residence or workplace address; contact; the identity document's type, number and validity
period (有效期限: from, until); the kind of beneficial ownership with the day it began and the day it
ended (如有); the share for an owner by equity (第六条第一款第一项) or by profit/voting rights (第二项), the
means of control for an owner by control (第三项).

Where a field does not apply, the teller says so explicitly, never by leaving it empty: an ID valid
long-term (长期) is "long_term"; a relationship that still lasts has the end "ongoing". A share is
not asked of an owner identified by control only; a means of control only of an owner by control.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from teller_app.domain.errors import InputError, RuleError, TellerError
from teller_app.domain.id_documents import LONG_TERM
from teller_app.domain.identifier_checks import IdentifierError
from teller_app.domain.identifiers import validate_mobile, validate_passport, validate_resident_id
from teller_app.domain.owners import THRESHOLD

ONGOING = "ongoing"  # the relationship has no end date: it lasts
SEXES = ("male", "female")
# Identity documents an owner may present; the number of the first two is checked by its own rule.
ID_TYPES = (
    "resident_id",  # 居民身份证
    "foreign_permanent_residence_id",  # 外国人永久居留身份证 (18 characters, starts with 9)
    "passport",  # 护照
    "hk_macao_permit",  # 港澳居民来往内地通行证
    "taiwan_permit",  # 台湾居民来往大陆通行证
)
# The record's fields in the order the rule lists them (and the form shows them).
OWNER_RECORD_FIELDS: tuple[str, ...] = (
    "sex",
    "birth_date",
    "nationality",
    "address",
    "contact",
    "id_type",
    "id_number",
    "id_valid_from",
    "id_expiry",
    "relationship_from",
    "relationship_until",
)
SHARE_REASONS = ("equity", "profit", "voting")  # an owner by one of these has that share recorded
# Dates of the record, each with the word that stands for "not applicable" where the rule allows one.
DATE_FIELDS = {
    "birth_date": "",
    "id_valid_from": "",
    "id_expiry": LONG_TERM,
    "relationship_from": "",
    "relationship_until": ONGOING,
}
_PERMIT = re.compile(r"^[A-Z0-9]{8,11}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_INTERNATIONAL = re.compile(r"^\+\d{7,15}$")
EARLIEST = date(1900, 1, 1)


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def normalise_contact(text: str) -> str | None:
    """A mainland mobile, a landline with its area code (021-68880001), or +country digits; else None."""
    compact = text.replace(" ", "")
    try:
        return validate_mobile(compact)
    except IdentifierError:
        pass
    if _LANDLINE.match(compact) or _INTERNATIONAL.match(compact.replace("-", "")):
        return compact
    return None


def id_number_problem(id_type: str, number: str) -> TellerError | None:
    """The document number checked by its type's rule (the core's IdentifierError), or None."""
    try:
        if id_type == "resident_id":
            if validate_resident_id(number)[0] == "9":
                raise InputError("owners.id_type_mismatch", "A number starting with 9 is a residence ID")
        elif id_type == "foreign_permanent_residence_id":
            if validate_resident_id(number)[0] != "9":
                raise InputError("owners.id_type_mismatch", "A residence ID number starts with 9")
        elif id_type == "passport":
            validate_passport(number)
        elif not _PERMIT.match(number.strip().upper()):
            raise InputError("owners.permit_number_invalid", "8 to 11 letters and digits")
    except TellerError as error:
        return error
    return None


def _birth_in_number(id_type: str, number: str) -> tuple[date, str] | None:
    if id_type not in ("resident_id", "foreign_permanent_residence_id"):
        return None
    try:
        value = validate_resident_id(number)
    except TellerError:
        return None
    born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    return born, ("male" if int(value[16]) % 2 else "female")


def _share(record: Mapping[str, Any], name: str) -> Decimal | None:
    try:
        share = Decimal(str(record.get(name, "")).strip())
    except InvalidOperation:
        return None
    return share if share.is_finite() else None


def owner_record_problems(
    record: Mapping[str, Any], today: date, countries: Collection[str]
) -> list[TellerError]:
    """Every field of one identified owner's record that is missing or wrong, each naming the owner and
    the field (params owner, owner_id, field); empty: the record is what the 2024 rules ask for."""
    who = {"owner": str(record.get("name") or ""), "owner_id": str(record.get("id") or "")}
    found: list[TellerError] = []

    def text(name: str) -> str:
        value = record.get(name)
        return value.strip() if isinstance(value, str) else ""

    for name in OWNER_RECORD_FIELDS:
        if not text(name) and name not in ("id_expiry", "relationship_until"):
            found.append(
                InputError("owners.field_required", "The record of {owner} lacks {field}", field=name, **who)
            )
    if not text("id_expiry"):
        found.append(
            InputError(
                "owners.id_expiry_required",
                "Enter until when the ID of {owner} is valid, or that it is valid long term",
                field="id_expiry",
                **who,
            )
        )
    if not text("relationship_until"):
        found.append(
            InputError(
                "owners.relationship_until_required",
                "Enter the day {owner} ceased to be an owner, or that the relationship lasts",
                field="relationship_until",
                **who,
            )
        )
    dates: dict[str, date] = {}
    for name, allowed in DATE_FIELDS.items():
        value = text(name)
        if not value or value == allowed:
            continue
        parsed = _date(value)
        if parsed is None or parsed < EARLIEST:
            found.append(
                InputError(
                    "owners.date_invalid",
                    "{field} of {owner} must be a date like 1980-03-15",
                    field=name,
                    **who,
                )
            )
        else:
            dates[name] = parsed
    found.extend(_person_problems(record, text, dates, today, countries, who))
    found.extend(_period_problems(dates, today, who))
    found.extend(_share_problems(record, text("control_means"), who))
    return found


def _person_problems(
    record: Mapping[str, Any],
    text: Any,
    dates: dict[str, date],
    today: date,
    countries: Collection[str],
    who: dict[str, str],
) -> list[TellerError]:
    """Sex, date of birth, nationality, contact and the ID document's type and number."""
    found: list[TellerError] = []
    sex, id_type, number = text("sex"), text("id_type"), text("id_number")
    if sex and sex not in SEXES:
        found.append(
            InputError("owners.sex_invalid", "The sex of {owner} is male or female", field="sex", **who)
        )
    born = dates.get("birth_date")
    if born is not None and born > today:
        found.append(
            InputError(
                "owners.birth_date_in_future",
                "The date of birth of {owner} is in the future",
                field="birth_date",
                **who,
            )
        )
    if text("nationality") and text("nationality") not in countries:
        found.append(
            InputError(
                "owners.nationality_unknown",
                "Choose the nationality of {owner} from the list",
                field="nationality",
                **who,
            )
        )
    if text("contact") and normalise_contact(text("contact")) is None:
        found.append(
            InputError(
                "owners.contact_invalid",
                "The contact number of {owner} is not a phone number",
                field="contact",
                **who,
            )
        )
    if id_type and id_type not in ID_TYPES:
        found.append(
            InputError(
                "owners.id_type_unknown",
                "Choose the ID type of {owner} from the list",
                field="id_type",
                **who,
            )
        )
    elif number and id_type and id_number_problem(id_type, number) is not None:
        found.append(
            InputError(
                "owners.id_number_invalid",
                "The ID number of {owner} is not a valid number of its type",
                field="id_number",
                **who,
            )
        )
    on_card = _birth_in_number(id_type, number)
    if on_card is not None and born is not None and on_card[0] != born:
        found.append(
            RuleError(
                "owners.birth_date_not_on_id",
                "The date of birth of {owner} is {on_id} on the ID card",
                field="birth_date",
                on_id=on_card[0].isoformat(),
                **who,
            )
        )
    if on_card is not None and sex in SEXES and on_card[1] != sex:
        found.append(
            RuleError(
                "owners.sex_not_on_id",
                "The sex of {owner} does not agree with the ID number",
                field="sex",
                **who,
            )
        )
    return found


def _period_problems(dates: dict[str, date], today: date, who: dict[str, str]) -> list[TellerError]:
    """The ID's validity period and the relationship's: in order, begun, and the ID not expired."""
    found = _out_of_order(_ID_VALIDITY, dates, today, who)
    valid_from, expiry = dates.get("id_valid_from"), dates.get("id_expiry")
    if expiry is not None and expiry < today and not (valid_from is not None and expiry < valid_from):
        found.append(
            RuleError(
                "owners.id_expired",
                "The ID of {owner} expired on {expiry}: it cannot be accepted",
                field="id_expiry",
                expiry=expiry.isoformat(),
                **who,
            )
        )
    found.extend(_out_of_order(_RELATIONSHIP, dates, today, who))
    return found


@dataclass(frozen=True)
class _Period:
    """A from–until pair of the record and the refusals when it has not begun or ends before it begins."""

    start: str  # the field of its first day
    end: str  # the field of its last day
    not_begun: tuple[str, str]  # code and message: the first day is still to come
    ends_first: tuple[str, str]  # code and message: the last day comes before the first
    start_param: str = ""  # the name the not-begun message gives the first day, where it shows it


_ID_VALIDITY = _Period(
    "id_valid_from",
    "id_expiry",
    ("owners.id_not_yet_valid", "The ID of {owner} is valid only from {valid_from}"),
    ("owners.id_expiry_before_issue", "The ID of {owner} cannot expire before it was issued"),
    start_param="valid_from",
)
_RELATIONSHIP = _Period(
    "relationship_from",
    "relationship_until",
    ("owners.relationship_in_future", "{owner} cannot be an owner from a day still to come"),
    ("owners.relationship_ends_before_it_began", "The relationship of {owner} cannot end before it began"),
)


def _out_of_order(
    period: _Period, dates: dict[str, date], today: date, who: dict[str, str]
) -> list[TellerError]:
    """The period begun by today, and its last day not before its first."""
    found: list[TellerError] = []
    start, end = dates.get(period.start), dates.get(period.end)
    if start is not None and start > today:
        code, message = period.not_begun
        shown = {period.start_param: start.isoformat()} if period.start_param else {}
        found.append(InputError(code, message, field=period.start, **shown, **who))
    if end is not None and start is not None and end < start:
        code, message = period.ends_first
        found.append(InputError(code, message, field=period.end, **who))
    return found


def _share_problems(record: Mapping[str, Any], means: str, who: dict[str, str]) -> list[TellerError]:
    """The share (0–100%, ≥ 25% for the reason the owner was identified by) or the means of control."""
    raw = record.get("reasons")
    reasons = [str(r) for r in raw] if isinstance(raw, list) else []
    found: list[TellerError] = []
    for reason in SHARE_REASONS:
        if reason not in reasons:
            continue
        share = _share(record, reason)
        if share is None or share < 0 or share > 1:
            found.append(
                InputError(
                    "owners.share_out_of_range", "A share must be between 0 and 100%", field=reason, **who
                )
            )
        elif share < THRESHOLD:
            found.append(
                RuleError(
                    "owners.share_below_threshold",
                    "{owner} is recorded as an owner by {field} with less than 25%",
                    field=reason,
                    **who,
                )
            )
    if "control" in reasons and not means:
        found.append(
            InputError(
                "owners.control_means_required",
                "Describe how {owner} controls the customer",
                field="control_means",
                **who,
            )
        )
    if not reasons:
        found.append(
            RuleError(
                "owners.no_reason",
                "{owner} is recorded with no reason to be an owner",
                field="reasons",
                **who,
            )
        )
    return found


def owner_details(person: Mapping[str, Any]) -> dict[str, str]:
    """The record fields the teller entered for one person, as entered (trimmed text), for the record;
    the checks above say what is missing or wrong."""
    details: dict[str, str] = {}
    for name in (*OWNER_RECORD_FIELDS, "control_means"):
        value = person.get(name)
        if isinstance(value, str) and value.strip():
            details[name] = value.strip()
    return details


def owners_with_records(
    owners: list[dict[str, Any]],
    people: Mapping[str, Mapping[str, Any]],
    today: date,
    countries: Collection[str],
) -> list[dict[str, Any]]:
    """The computed owners (owner_records.owners_to_data), each with the fields the teller entered for that
    person and `record_gaps`: the fields still missing or wrong."""
    records = []
    for owner in owners:
        full: dict[str, Any] = {**owner, **owner_details(people.get(str(owner["id"]), {}))}
        full["record_gaps"] = record_gaps(owner_record_problems(full, today, countries))
        records.append(full)
    return records


def record_gaps(problems: list[TellerError]) -> list[str]:
    """The fields named by an owner's problems, each once, in the order of the record."""
    fields = dict.fromkeys(str(p.params.get("field", "")) for p in problems)
    order = {name: i for i, name in enumerate(OWNER_RECORD_FIELDS)}
    return sorted(fields, key=lambda name: order.get(name, len(order)))
