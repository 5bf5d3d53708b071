"""Customers by blind index: set a customer's name and identifiers (sealed + indexed), find one without
decrypting the table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from teller_app.storage.blind_index import BlindIndexer
from teller_app.storage.crypto import FieldSealer
from teller_app.storage.schema import Customer
from teller_app.storage.unit_of_work import UnitOfWork

_INDEXED = {"name": "name_index", "credit_code": "credit_code_index", "id_number": "id_number_index"}


def set_customer_identity(
    uow: UnitOfWork,
    customer: Customer,
    *,
    name: str | None = None,
    credit_code: str | None = None,
    id_number: str | None = None,
) -> None:
    """Seal the given fields and set their blind indexes; a field passed as None is left unchanged."""
    for field, value in (("name", name), ("credit_code", credit_code), ("id_number", id_number)):
        if value is None:
            continue
        uow.fields.seal_text(customer, field, value)
        setattr(
            customer, _INDEXED[field], uow.blind_index(field, uow.fields.open_text(customer, field) or "")
        )


def find_customers(
    session: Session,
    blind: BlindIndexer,
    sealer: FieldSealer,
    *,
    credit_code: str | None = None,
    id_number: str | None = None,
    name: str | None = None,
    limit: int = 50,
) -> list[Customer]:
    """Customers whose credit code, ID number or name (normalised) equals the one given.

    The lookup uses the blind index; only the matching rows are decrypted, to confirm each hit.
    """
    given = [(f, v) for f, v in (("credit_code", credit_code), ("id_number", id_number), ("name", name)) if v]
    if len(given) != 1:
        raise ValueError("give exactly one of credit_code, id_number, name")
    field, value = given[0]
    index = blind.compute(field, value)
    if index is None:
        return []
    column = getattr(Customer, _INDEXED[field])
    rows = session.scalars(select(Customer).where(column == index).limit(limit)).all()
    wanted = blind.normalise(field, value)
    return [row for row in rows if blind.normalise(field, sealer.open_text(row, field) or "") == wanted]
