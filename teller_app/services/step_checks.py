"""What each step needs before it is complete: the checks that guard Next, as typed problems, not crashes.

Step data fields (what the wizard pages send and the services store, per step):
  intake    customer_name; channel "counter"|"online"; present "legal_representative"|"agent";
            special_category (special accounts); basic_account_number J+13 and basic_account_branch
            (general accounts); temporary_until YYYY-MM-DD (temporary accounts)
  identity  organisations: credit_code, legal_representative {name, id_number, id_type, id_expiry, phone},
            agent {name, id_number, id_expiry, phone} when an agent acts (individuals too), address, phone;
            individuals: id_number, id_type ("resident_id"|"passport"), id_expiry, phone, address;
            id_expiry: YYYY-MM-DD or "long_term" (长期);
            verifications {person: {result, reference, photo_compared}}: the teller's entries from the
            bank's verification terminal; computed by the service: online_check {person: record}
            (domain/id_verification.py) and expiry_warnings [{code, field, expiry, days}]
  documents nothing: the checklist is the documents rows (record_document)
  beneficial_owners / risk / intent / contract: see step_records.py

`problems(step, case, context)` lists every problem; an empty list means the step may be completed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import (
    TemporaryPurpose,
    check_eligibility,
    check_general_account,
    check_special_account,
    normalise_basic_account_number,
    temporary_account_expiry,
)
from teller_app.domain.case import Case
from teller_app.domain.credit_codes import check_credit_code_kind
from teller_app.domain.customers import CustomerKind
from teller_app.domain.documents import DocumentReview, RequiredDocument, documents_complete
from teller_app.domain.errors import InputError, RuleError, TellerError
from teller_app.domain.id_documents import DEFAULT_WARNING_DAYS, expiry_problems
from teller_app.domain.id_verification import check_problems, records_from
from teller_app.domain.identifiers import (
    validate_mobile,
    validate_passport,
    validate_resident_id,
)
from teller_app.domain.steps import Step


@dataclass(frozen=True)
class StepContext:
    """What the checks need besides the case: the branch, today, the checklist and its reviews."""

    branch: str
    today: date
    required_documents: Sequence[RequiredDocument] = ()
    reviews: Sequence[DocumentReview] = ()
    id_expiry_warning_days: int = DEFAULT_WARNING_DAYS
    extra: Mapping[str, Any] = field(default_factory=dict)


def missing(field_name: str, step: Step) -> InputError:
    return InputError(
        "step.field_required",
        "{field} is required at the step {step}",
        field=field_name,
        step=step.value,
    )


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return value.strip() if isinstance(value, str) else ""


def agent_present(case: Case) -> bool:
    return case.data_for(Step.INTAKE).get("present") == "agent"


def intake_problems(case: Case, data: Mapping[str, Any], context: StepContext) -> list[TellerError]:
    found: list[TellerError] = []
    if not _text(data, "customer_name"):
        found.append(missing("customer_name", Step.INTAKE))
    if data.get("channel", "counter") not in ("counter", "online"):
        found.append(
            InputError(
                "case.unknown_value",
                "{field} cannot be {value}",
                field="channel",
                value=str(data.get("channel")),
            )
        )
    if data.get("present", "legal_representative") not in ("legal_representative", "agent"):
        found.append(
            InputError(
                "case.unknown_value",
                "{field} cannot be {value}",
                field="present",
                value=str(data.get("present")),
            )
        )
    try:
        check_eligibility(case.customer_kind, case.account_type)
        if case.account_type is AccountType.GENERAL:
            number = _text(data, "basic_account_number") or None
            if not _text(data, "basic_account_branch"):
                normalise_basic_account_number(number)
                found.append(missing("basic_account_branch", Step.INTAKE))
            else:
                check_general_account(number, _text(data, "basic_account_branch"), context.branch)
        elif case.account_type is AccountType.SPECIAL:
            check_special_account(data.get("special_category"))
        elif case.account_type is AccountType.TEMPORARY:
            until = _text(data, "temporary_until")
            if not until:
                found.append(missing("temporary_until", Step.INTAKE))
            else:
                temporary_account_expiry(context.today, _date(until, "temporary_until"))
            if data.get("temporary_purpose") == TemporaryPurpose.CAPITAL_VERIFICATION.value:
                investors = data.get("investors")
                if not isinstance(investors, list) or not [i for i in investors if str(i).strip()]:
                    found.append(
                        RuleError(
                            "account.verification_investors_missing",
                            "A capital-verification account needs the investors who pay in the capital",
                        )
                    )
    except TellerError as error:
        found.append(error)
    return found


def _date(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError("step.date_invalid", "{field} must be a date like 2026-03-02", field=name) from None


def _person_problems(person: Any, who: str, found: list[TellerError]) -> None:
    if not isinstance(person, Mapping):
        found.append(missing(f"{who}.name", Step.IDENTITY))
        found.append(missing(f"{who}.id_number", Step.IDENTITY))
        return
    if not _text(person, "name"):
        found.append(missing(f"{who}.name", Step.IDENTITY))
    _id_problems(person, who, found)


def _id_problems(data: Mapping[str, Any], who: str, found: list[TellerError]) -> None:
    number = _text(data, "id_number")
    if not number:
        found.append(missing(f"{who}.id_number" if who else "id_number", Step.IDENTITY))
        return
    try:
        if data.get("id_type", "resident_id") == "passport":
            validate_passport(number)
        else:
            validate_resident_id(number)
    except TellerError as error:
        found.append(error)
    phone = _text(data, "phone")
    if phone and phone.replace(" ", "").replace("-", "").lstrip("+").isdigit() and len(phone) <= 14:
        if phone.startswith("1") or phone.startswith("+86"):
            try:
                validate_mobile(phone)
            except TellerError as error:
                found.append(error)


def people_to_check(case: Case, data: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """Who the online ID check covers: person key → (name, resident ID number).

    The individual customer, or the legal representative of an organisation, and the agent whenever one
    acts (for individuals too). A passport is not in the public security ID system: its holder is checked
    on the document itself (the checklist), not here.
    """
    people: dict[str, tuple[str, str]] = {}
    if case.customer_kind is CustomerKind.INDIVIDUAL:
        if data.get("id_type", "resident_id") != "passport":
            people["customer"] = (
                _text(case.data_for(Step.INTAKE), "customer_name"),
                _text(data, "id_number"),
            )
    else:
        person = data.get("legal_representative")
        if isinstance(person, Mapping) and person.get("id_type", "resident_id") != "passport":
            people["legal_representative"] = (_text(person, "name"), _text(person, "id_number"))
    if agent_present(case):
        person = data.get("agent")
        if isinstance(person, Mapping) and person.get("id_type", "resident_id") != "passport":
            people["agent"] = (_text(person, "name"), _text(person, "id_number"))
    return people


def documents_to_date(case: Case, data: Mapping[str, Any]) -> dict[str, str]:
    """Each identity document's expiry as entered: field name → text (empty when not entered)."""
    found: dict[str, str] = {}
    if case.customer_kind is CustomerKind.INDIVIDUAL:
        found["id_expiry"] = _text(data, "id_expiry")
    else:
        person = data.get("legal_representative")
        found["legal_representative.id_expiry"] = (
            _text(person, "id_expiry") if isinstance(person, Mapping) else ""
        )
    if agent_present(case):
        person = data.get("agent")
        found["agent.id_expiry"] = _text(person, "id_expiry") if isinstance(person, Mapping) else ""
    return found


def expiry_findings(
    case: Case, data: Mapping[str, Any], today: date, warning_days: int
) -> tuple[list[TellerError], list[TellerError]]:
    """(blocking problems, warnings) of every identity document's expiry date."""
    problems: list[TellerError] = []
    warnings: list[TellerError] = []
    for field_name, text in documents_to_date(case, data).items():
        blocking, warning = expiry_problems(text, today, warning_days, field_name)
        problems += blocking
        warnings += warning
    return problems, warnings


def identity_entry_problems(case: Case, data: Mapping[str, Any]) -> list[TellerError]:
    """The identity fields as typed: required names and numbers, each identifier valid."""
    found: list[TellerError] = []
    if case.customer_kind is CustomerKind.INDIVIDUAL:
        _id_problems(data, "", found)
    else:
        credit_code = _text(data, "credit_code")
        if not credit_code:
            found.append(missing("credit_code", Step.IDENTITY))
        else:
            try:
                check_credit_code_kind(case.customer_kind, credit_code)
            except TellerError as error:
                found.append(error)
        _person_problems(data.get("legal_representative"), "legal_representative", found)
    if agent_present(case):
        _person_problems(data.get("agent"), "agent", found)
    return found


def identity_problems(case: Case, data: Mapping[str, Any], context: StepContext) -> list[TellerError]:
    found = identity_entry_problems(case, data)
    found += expiry_findings(case, data, context.today, context.id_expiry_warning_days)[0]
    if found:
        return found
    return check_problems(people_to_check(case, data), records_from(data.get("online_check")))


def documents_problems(case: Case, data: Mapping[str, Any], context: StepContext) -> list[TellerError]:
    complete, gaps = documents_complete(context.required_documents, context.reviews)
    if complete:
        return []
    return [
        RuleError(
            f"documents.{gap.problem}",
            "Checklist item {item}: {problem}",
            item=gap.code,
            problem=gap.problem,
            reason=gap.reason.value if gap.reason else "",
        )
        for gap in gaps
    ]
