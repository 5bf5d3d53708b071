"""The customer row behind a case: name and identifiers sealed and blind-indexed from the step data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from teller_app.domain.case import Case
from teller_app.domain.customers import CustomerKind
from teller_app.domain.steps import Step
from teller_app.storage.customers import set_customer_identity
from teller_app.storage.schema import Customer
from teller_app.storage.unit_of_work import UnitOfWork


def _text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def update_customer_from_step(uow: UnitOfWork, customer: Customer, case: Case, step: Step) -> None:
    """Copy the searchable personal data of `step` into the customer row; unchanged values are not rewritten."""
    data = case.data_for(step)
    if step is Step.INTAKE:
        _identity(uow, customer, "name", _text(data, "customer_name"))
    elif step is Step.IDENTITY:
        if case.customer_kind is CustomerKind.INDIVIDUAL:
            _identity(uow, customer, "id_number", _text(data, "id_number"))
            _sealed(uow, customer, "id_document_type", _text(data, "id_type") or "resident_id")
        else:
            _identity(uow, customer, "credit_code", _text(data, "credit_code"))
            person = data.get("legal_representative")
            if isinstance(person, Mapping):
                _sealed(uow, customer, "legal_representative", _text(person, "name"))
                _sealed(uow, customer, "legal_representative_id", _text(person, "id_number"))
        _sealed(uow, customer, "address", _text(data, "address"))
        _sealed(uow, customer, "phone", _text(data, "phone"))


def _identity(uow: UnitOfWork, customer: Customer, field: str, value: str | None) -> None:
    if value is None or uow.open(customer, field) == value:
        return
    set_customer_identity(uow, customer, **{field: value})


def _sealed(uow: UnitOfWork, customer: Customer, field: str, value: str | None) -> None:
    if value is None or uow.open(customer, field) == value:
        return
    uow.seal(customer, field, value)


def customer_name(uow_or_sealer: Any, customer: Customer | None) -> str:
    if customer is None:
        return ""
    opener = getattr(uow_or_sealer, "fields", uow_or_sealer)
    return opener.open_text(customer, "name") or ""
