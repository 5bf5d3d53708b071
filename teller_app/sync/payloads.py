"""Row payloads on the wire: stored column values as JSON (ciphertext as base64), decoded by column type.

Pulled rows and the two versions a conflict keeps travel in this form (the outbox keeps COPY text lines,
see storage/rows.py). Decoding checks every value against its column so a malformed payload is a typed rejection of that
one op, never a crash of the batch.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from teller_app.domain.errors import InputError
from teller_app.storage.rows import python_type_of


class PayloadError(InputError):
    """A pushed or pulled row does not fit its table."""

    code = "sync.bad_payload"
    message = "Row of {entity} cannot be stored: {problem}"


def encode_value(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def row_to_payload(table: sa.Table, row: Any) -> dict[str, Any]:
    """The JSON-ready payload of a row (a mapping or a Row) of `table`."""
    mapping = row._mapping if hasattr(row, "_mapping") else row
    return {
        column.name: encode_value(mapping[column.name]) for column in table.columns if column.name in mapping
    }


def payload_to_row(table: sa.Table, payload: Any) -> dict[str, Any]:
    """Column values ready for an INSERT into `table`; unknown or ill-typed values raise `PayloadError`."""
    if isinstance(payload, str):
        try:
            payload = json.loads(payload)
        except ValueError as exc:
            raise PayloadError(entity=table.name, problem="not JSON") from exc
    if not isinstance(payload, dict):
        raise PayloadError(entity=table.name, problem="not an object")
    unknown = set(payload) - set(table.columns.keys())
    if unknown:
        raise PayloadError(entity=table.name, problem=f"unknown columns {sorted(unknown)}")
    row: dict[str, Any] = {}
    for name, value in payload.items():
        row[name] = _decode(table, table.columns[name], value)
    for column in table.columns:
        if column.primary_key and row.get(column.name) in (None, ""):
            raise PayloadError(entity=table.name, problem=f"missing {column.name}")
    return row


def _decode(table: sa.Table, column: sa.Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    python_type = python_type_of(kind)
    try:
        if python_type is bytes:
            if not isinstance(value, str):
                raise TypeError
            return base64.b64decode(value.encode("ascii"), validate=True)
        if python_type is datetime:
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        if python_type is date:
            return date.fromisoformat(value)
        if python_type is bool:
            if not isinstance(value, bool):
                raise TypeError
            return value
        if python_type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError
            return value
        if python_type is str:
            if not isinstance(value, str):
                raise TypeError
            return value
        return value
    except (TypeError, ValueError, binascii.Error) as exc:
        raise PayloadError(entity=table.name, problem=f"bad value for {column.name}") from exc
