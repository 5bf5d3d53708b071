"""A stored row as one line of PostgreSQL COPY text for the outbox, and back.

The outbox keeps each change in the form the central database loads fastest, so a push sends what the
outbox holds without decoding anything: the row's stored values (ciphertext stays ciphertext) as one
line of COPY's text format — fields separated by tabs, NULL as ``\\N``, backslash, tab and line breaks
escaped — in the order of the entry's layout (the table's column names when the entry was written).
Bytes are bytea hex (``\\x…``), times ISO 8601 in UTC with their offset, booleans ``t``/``f``.
A layout starts with ``id`` and ``branch`` and ends with ``version``, so the push checks a line's row and
branch with one `startswith` and sets its version by replacing the last field, without splitting it.

Only the reference path (an SQLite central database, a batch the server refused) decodes a line, with
`line_values`, which checks every field against its column and names the one that does not fit.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

import sqlalchemy as sa

from teller_app.storage.schema_base import Base

NULL = "\\N"
_ESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_INTEGER = re.compile(r"-?[0-9]{1,19}")


class BadLine(ValueError):
    """An outbox line that does not fit its table; `problem` names the field."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def python_type_of(kind: sa.types.TypeEngine[Any]) -> type | None:
    """The Python type a column holds: bytes, datetime, date, bool, int or str (None: not a wire type)."""
    if isinstance(kind, sa.types.TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, sa.LargeBinary):
        return bytes
    if isinstance(kind, sa.DateTime):
        return datetime
    if isinstance(kind, sa.Date):
        return date
    if isinstance(kind, sa.Boolean):
        return bool
    if isinstance(kind, sa.Integer):
        return int
    if isinstance(kind, (sa.String, sa.Text)):
        return str
    return None


FIRST = ("id", "branch")
LAST = "version"


@cache
def layout_columns(table: sa.Table) -> tuple[str, ...]:
    """The columns of `table`'s outbox lines in order: id, branch, the others in table order, version."""
    others = [c.name for c in table.columns if c.name not in FIRST and c.name != LAST]
    return (*FIRST, *others, LAST)


def layout_of(table: sa.Table) -> str:
    """The layout of `table`'s outbox lines as stored: its column names in order, joined by commas."""
    return ",".join(layout_columns(table))


def row_line(row: Base) -> str:
    """Every stored column value of `row` as one COPY text line (no line break), in layout order."""
    columns = row.__table__.columns
    return "\t".join(copy_field(getattr(row, columns[name].key)) for name in layout_columns(row.__table__))


def copy_field(value: Any) -> str:
    """One value in COPY's text format."""
    if value is None:
        return NULL
    if isinstance(value, str):
        return copy_text(value)
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "\\\\x" + bytes(value).hex()
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"no COPY text form for {type(value).__name__}")


def copy_text(value: str) -> str:
    """A text value with backslash, tab and line breaks escaped, as COPY's text format wants them."""
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return value


def line_values(table: sa.Table, columns: Sequence[str], line: str) -> dict[str, Any]:
    """The typed values of an outbox line of `table` laid out as `columns`; `BadLine` names a misfit."""
    fields = line.split("\t")
    if len(fields) != len(columns) or "\n" in line or "\r" in line:
        raise BadLine(f"{len(fields)} fields for {len(columns)} columns")
    kinds = _kinds(table)
    values: dict[str, Any] = {}
    for name, field in zip(columns, fields, strict=True):
        kind = kinds.get(name)
        if kind is None:
            raise BadLine(f"unknown column {name}")
        try:
            values[name] = None if field == NULL else _decode(kind, _unescape(field))
        except (ValueError, TypeError, binascii.Error) as exc:
            raise BadLine(f"bad value for {name}") from exc
    return values


@cache
def _kinds(table: sa.Table) -> dict[str, type]:
    found = {}
    for column in table.columns:
        python_type = python_type_of(column.type)
        assert python_type is not None, f"{table.name}.{column.name} has no outbox form"
        found[column.name] = python_type
    return found


def _unescape(field: str) -> str:
    if "\\" not in field:
        return field

    def one(match: re.Match[str]) -> str:
        escaped = _ESCAPES.get(match.group(1))
        if escaped is None:
            raise ValueError(f"escape \\{match.group(1)}")
        return escaped

    return _ESCAPED.sub(one, field)


def _decode(kind: type, text: str) -> Any:
    if kind is str:
        return text
    if kind is int:
        if not _INTEGER.fullmatch(text):
            raise ValueError("not an integer")
        return int(text)
    if kind is bool:
        if text not in ("t", "f"):
            raise ValueError("not t or f")
        return text == "t"
    if kind is bytes:
        if not text.startswith("\\x"):
            raise ValueError("not bytea hex")
        return binascii.unhexlify(text[2:])
    if kind is datetime:
        parsed = datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if kind is date:
        return date.fromisoformat(text)
    raise TypeError(kind)
