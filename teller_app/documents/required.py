"""What each document cannot be printed without, and how long a printed value may be."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from teller_app.documents.model import CaseSheet, Regime
from teller_app.documents.text import printable
from teller_app.domain.errors import InputError

DOCUMENTS = ("agreement", "checklist", "risk", "confirmation", "flowchart", "correction")
MAX_TEXT = 2000  # characters in one printed value; longer is not a name or an address but a mistake


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not printable(value))


def _missing_fields(sheet: CaseSheet, document: str) -> Iterator[str]:
    checks: list[tuple[str, object]] = [
        ("case_id", sheet.case_id),
        ("content_hash", sheet.content_hash),
        ("procedure_version", sheet.procedure_version),
    ]
    if document != "flowchart":
        checks += [("branch.name", sheet.branch.name), ("customer.name", sheet.customer.name)]
    customer = sheet.customer
    if document == "agreement":
        checks.append(("branch.code", sheet.branch.code))
        if sheet.is_organisation:
            checks.append(("customer.credit_code", customer.credit_code))
            representative = customer.legal_representative
            checks.append(
                ("customer.legal_representative.name", representative.name if representative else None)
            )
        else:
            checks.append(("customer.id_number", customer.id_number))
    if document == "checklist":
        checks.append(("checklist", sheet.checklist or None))
        checks += [(f"checklist[{i}].item", row.item) for i, row in enumerate(sheet.checklist)]
    if document == "risk":
        checks.append(("risk", sheet.risk))
        if sheet.risk is not None:
            checks.append(("risk.factors", sheet.risk.factors or None))
            checks += [(f"risk.factors[{i}].name", f.name) for i, f in enumerate(sheet.risk.factors)]
    if document == "confirmation":
        checks += [("account.number", sheet.account.number), ("account.opened_on", sheet.account.opened_on)]
        checks.append(("approval", sheet.approval))
        if sheet.account.regime is Regime.FILING and sheet.is_organisation:
            checks.append(("account.filing_deadline", sheet.account.filing_deadline))
    for name, value in checks:
        if _blank(value):
            yield name


def _texts(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name), f"{path}.{item.name}" if path else item.name)
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")


def check_printable(sheet: CaseSheet, document: str) -> None:
    """Raise InputError naming every missing mandatory field, or the first value that is far too long."""
    if document not in DOCUMENTS:
        raise InputError(
            "document.unknown",
            "There is no document called {document}; choose one of {choices}",
            document=document,
            choices=", ".join(DOCUMENTS),
        )
    if document == "agreement":
        blank = [
            name
            for name, value in (
                ("branch_name", sheet.branch.name),
                ("address", sheet.branch.address),
                ("phone", sheet.branch.phone),
            )
            if _blank(value)
        ]
        if blank:  # services.printing names the branch setting first; this guards a sheet made elsewhere
            raise InputError(
                "document.bank_side_missing",
                "The {document} cannot be printed: the bank's side (乙方) of branch {branch} has no {field}",
                document=document,
                branch=sheet.branch.code,
                field=blank[0],
                missing=blank,
            )
    missing = list(_missing_fields(sheet, document))
    if missing:
        raise InputError(
            "document.missing_fields",
            "The {document} cannot be printed: {fields} missing",
            document=document,
            fields=", ".join(missing),
            missing=missing,
        )
    for path, text in _texts(sheet, ""):
        if len(text) > MAX_TEXT:
            raise InputError(
                "document.field_too_long",
                "The {document} cannot be printed: {field} has {length} characters (at most {limit})",
                document=document,
                field=path,
                length=len(text),
                limit=MAX_TEXT,
            )
