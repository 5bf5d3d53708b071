"""A stored row as JSON for the outbox and back: ciphertext stays ciphertext (base64), times in ISO form."""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, LargeBinary

from teller_app.storage.schema_base import Base, UtcDateTime


def encode_row(row: Base) -> dict[str, Any]:
    """Every stored column value of `row` as JSON-ready data (the outbox payload)."""
    payload: dict[str, Any] = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        if isinstance(value, (bytes, bytearray, memoryview)):
            value = base64.b64encode(bytes(value)).decode("ascii")
        elif isinstance(value, (datetime, date)):
            value = value.isoformat()
        payload[column.key] = value
    return payload


def decode_payload(model: type[Base], payload: dict[str, Any]) -> dict[str, Any]:
    """Column values from an outbox payload, typed for `model` (bytes, aware datetimes, dates)."""
    table = model.__table__
    values: dict[str, Any] = {}
    for key, value in payload.items():
        column = table.columns.get(key)
        if column is None:
            continue  # a newer schema's column: ignored by an older terminal
        if value is not None:
            if isinstance(column.type, LargeBinary):
                value = base64.b64decode(value)
            elif isinstance(column.type, UtcDateTime):
                value = datetime.fromisoformat(value)
            elif isinstance(column.type, Date):
                value = date.fromisoformat(value)
        values[key] = value
    return values
