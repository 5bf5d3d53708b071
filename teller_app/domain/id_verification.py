"""The online ID check (联网核查): what is asked, what an answer holds, and when the identity step may go on.

The answer comes either from the configured verification service (an adapter) or from the teller, who
records what the bank's verification terminal showed. Nothing else produces a record: there is no
default answer. Only 一致 with an external reference number lets the step go on; 不一致 and 库中无此号
block the case; "service unavailable" keeps it waiting (it is never a match).

A record belongs to the name and ID number it was asked about: when either changes, the record no longer
counts and the person must be checked again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from teller_app.domain.errors import InputError, RuleError, TellerError

PURPOSE_ACCOUNT_OPENING = "account_opening"  # 开户: the purpose every request of this app names
MAX_REFERENCE_LENGTH = 64


class CheckResult(StrEnum):
    """What the public security ID system (or the service in front of it) answered."""

    MATCH = "match"  # 一致
    MISMATCH = "mismatch"  # 不一致
    NOT_FOUND = "not_found"  # 库中无此号
    UNAVAILABLE = "unavailable"  # 服务不可用: asked, no answer; the case waits

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self]

    @property
    def is_answer(self) -> bool:
        """一致, 不一致 or 库中无此号: the system answered (unavailable is no answer)."""
        return self is not CheckResult.UNAVAILABLE


_LABELS_ZH = {
    CheckResult.MATCH: "一致",
    CheckResult.MISMATCH: "不一致",
    CheckResult.NOT_FOUND: "库中无此号",
    CheckResult.UNAVAILABLE: "核查服务不可用",
}
MANUAL_RESULTS = (CheckResult.MATCH, CheckResult.MISMATCH, CheckResult.NOT_FOUND)


class CheckSource(StrEnum):
    MANUAL = "manual"  # the teller recorded what the verification terminal showed
    SERVICE = "service"  # the configured verification service answered

    @property
    def label_zh(self) -> str:
        return "柜员据核查终端录入" if self is CheckSource.MANUAL else "核查服务"


PERSON_LABELS_ZH = {"legal_representative": "法定代表人", "agent": "经办人", "customer": "客户本人"}


@dataclass(frozen=True)
class CheckRequest:
    """One question to the ID system: does this name belong to this ID number, asked for `purpose`."""

    name: str
    id_number: str
    purpose: str = PURPOSE_ACCOUNT_OPENING


@dataclass(frozen=True)
class CheckAnswer:
    """One answer: the result, the system's reference number (核查流水号), when, and whether the photo on
    file was compared with the person at the counter. An unavailable answer has no reference."""

    result: CheckResult
    reference: str
    checked_at: datetime
    photo_compared: bool | None


@dataclass(frozen=True)
class CheckRecord:
    """A recorded check of one person of the case: the answer, who was asked about, and how it came."""

    person: str  # legal_representative, agent, customer
    name: str
    id_number: str
    result: CheckResult
    reference: str
    checked_at: datetime
    photo_compared: bool | None
    source: CheckSource
    adapter: str  # "manual", or the service adapter's name (its address)
    recorded_by: str  # the user who recorded it or asked the service
    purpose: str = PURPOSE_ACCOUNT_OPENING

    def about(self, name: str, id_number: str) -> bool:
        return self.name == name and self.id_number == id_number

    def to_data(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "id_number": self.id_number,
            "result": self.result.value,
            "reference": self.reference,
            "checked_at": self.checked_at.isoformat(),
            "photo_compared": self.photo_compared,
            "source": self.source.value,
            "adapter": self.adapter,
            "recorded_by": self.recorded_by,
            "purpose": self.purpose,
        }

    @staticmethod
    def from_data(person: str, data: Any) -> CheckRecord | None:
        """A stored record, or None when what is stored is not a complete record (it then counts as none)."""
        if not isinstance(data, Mapping):
            return None
        try:
            photo = data.get("photo_compared")
            return CheckRecord(
                person=person,
                name=str(data["name"]),
                id_number=str(data["id_number"]),
                result=CheckResult(data["result"]),
                reference=str(data.get("reference") or ""),
                checked_at=datetime.fromisoformat(str(data["checked_at"])),
                photo_compared=photo if isinstance(photo, bool) else None,
                source=CheckSource(data["source"]),
                adapter=str(data.get("adapter") or ""),
                recorded_by=str(data.get("recorded_by") or ""),
                purpose=str(data.get("purpose") or PURPOSE_ACCOUNT_OPENING),
            )
        except (KeyError, ValueError, TypeError):
            return None


def records_from(data: Any) -> dict[str, CheckRecord]:
    """The step data's `online_check` mapping as records (anything incomplete is left out)."""
    if not isinstance(data, Mapping):
        return {}
    found = {}
    for person, raw in data.items():
        record = CheckRecord.from_data(str(person), raw)
        if record is not None:
            found[str(person)] = record
    return found


def _field(who: str, name: str) -> str:
    return f"{who}.verification.{name}"


def manual_entry_problems(entry: Any, who: str) -> list[TellerError]:
    """What is missing or wrong in the teller's entry from the verification terminal (all three required)."""
    if not isinstance(entry, Mapping):
        entry = {}
    found: list[TellerError] = []
    result = entry.get("result")
    if result in (None, ""):
        found.append(
            InputError(
                "identity.verification_result_required",
                "Choose the result the verification terminal showed for {person}",
                person=who,
                field=_field(who, "result"),
            )
        )
    elif result not in {r.value for r in MANUAL_RESULTS}:
        found.append(
            InputError(
                "case.unknown_value",
                "{field} cannot be {value}",
                field=_field(who, "result"),
                value=str(result),
            )
        )
    reference = entry.get("reference")
    reference = reference.strip() if isinstance(reference, str) else ""
    if not reference:
        found.append(
            InputError(
                "identity.verification_reference_required",
                "Enter the reference number the verification terminal showed for {person}",
                person=who,
                field=_field(who, "reference"),
            )
        )
    elif len(reference) > MAX_REFERENCE_LENGTH or any(c.isspace() for c in reference):
        found.append(
            InputError(
                "identity.verification_reference_invalid",
                "The reference number must be one word of at most {limit} characters",
                person=who,
                limit=MAX_REFERENCE_LENGTH,
                field=_field(who, "reference"),
            )
        )
    if not isinstance(entry.get("photo_compared"), bool):
        found.append(
            InputError(
                "identity.verification_photo_required",
                "Say whether the photo was compared for {person}",
                person=who,
                field=_field(who, "photo_compared"),
            )
        )
    return found


def manual_entry_given(entry: Any) -> bool:
    """Whether the teller started an entry (any of its fields filled in)."""
    if not isinstance(entry, Mapping):
        return False
    return (
        bool(entry.get("result"))
        or bool(str(entry.get("reference") or "").strip())
        or (isinstance(entry.get("photo_compared"), bool))
    )


def manual_answer(entry: Mapping[str, Any], who: str, now: datetime) -> CheckAnswer:
    """The teller's entry as an answer; raises the first problem of `manual_entry_problems`."""
    problems = manual_entry_problems(entry, who)
    if problems:
        raise problems[0]
    return CheckAnswer(
        result=CheckResult(entry["result"]),
        reference=str(entry["reference"]).strip(),
        checked_at=now,
        photo_compared=bool(entry["photo_compared"]),
    )


def refuse_overwriting_a_refusal(
    old: CheckRecord | None, new: CheckAnswer, who: str, *, stands: bool = True
) -> None:
    """不一致 or 库中无此号 recorded for a name and number stands: a later 一致 for the same person cannot
    replace it (correct the name or number, which asks again, or cancel the case). `stands` is the
    definition's reading `[readings] mismatch_stands`; false lets a later answer replace it (the first
    stays in the audit record)."""
    if stands and old is not None and old.result in (CheckResult.MISMATCH, CheckResult.NOT_FOUND):
        if new.result is not old.result:
            raise RuleError(
                "identity.verification_refusal_stands",
                "The online ID check of {person} answered {result}; that answer stands for this name and number",
                person=who,
                result=old.result.value,
            )


def check_problems(
    people: Mapping[str, tuple[str, str]], records: Mapping[str, CheckRecord]
) -> list[TellerError]:
    """What keeps the identity step from completing: for each person who must be checked, a record about
    their current name and number that says 一致 with a reference number. Anything else is a problem."""
    found: list[TellerError] = []
    for who, (name, number) in people.items():
        record = records.get(who)
        if record is None or not record.about(name, number):
            found.append(
                RuleError(
                    "identity.online_check_missing", "The online ID check of {person} is not done", person=who
                )
            )
        elif record.result is CheckResult.UNAVAILABLE:
            found.append(
                RuleError(
                    "identity.online_check_unavailable",
                    "The verification service did not answer for {person}: try again, or record what the "
                    "verification terminal shows",
                    person=who,
                )
            )
        elif record.result is CheckResult.MISMATCH:
            found.append(
                RuleError(
                    "identity.online_check_mismatch",
                    "The online ID check says the name and ID number of {person} do not match (不一致)",
                    person=who,
                )
            )
        elif record.result is CheckResult.NOT_FOUND:
            found.append(
                RuleError(
                    "identity.online_check_not_found",
                    "The online ID check has no record of the ID number of {person} (库中无此号)",
                    person=who,
                )
            )
        elif not record.reference or not isinstance(record.photo_compared, bool) or not record.recorded_by:
            found.append(
                RuleError(
                    "identity.online_check_incomplete",
                    "The online ID check of {person} lacks its reference number, photo comparison or recorder",
                    person=who,
                )
            )
    return found
