"""Pushed payloads turned straight into COPY text lines of their table, checked as `payload_to_row` checks them.

The fast push path writes rows with COPY instead of decoding JSON on the server. Every value is checked
here against its column's kind exactly as `payloads.payload_to_row` would (a string for text, an int for
integers, a bool for booleans, strict base64 for bytes, an ISO time or date); anything this check does not
accept is `NotCopyable`, and the caller asks the reference decoder for the op's named refusal. Times are
sent in UTC with their offset, bytes as bytea hex, so the server parses nothing ambiguous.
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from teller_app.sync import shared_tables
from teller_app.sync.payloads import python_type_of

NULL = "\\N"
_WIRE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00", re.ASCII)


class NotCopyable(Exception):
    """The payload does not pass the fast check; the reference decoder names the fault (or accepts it)."""


@cache
def columns_of(table_name: str) -> tuple[tuple[str, str], ...]:
    """(column name, kind) in table order; kind is bytes, datetime, date, bool, int or str."""
    table = shared_tables.synced_table(table_name)
    assert table is not None
    found = []
    for column in table.columns:
        python_type = python_type_of(column.type)
        assert python_type is not None, f"{table_name}.{column.name} has no wire kind"
        found.append((column.name, python_type.__name__))
    return tuple(found)


@cache
def column_names(table_name: str) -> frozenset[str]:
    return frozenset(name for name, _ in columns_of(table_name))


def copy_columns(table_name: str) -> str:
    return ", ".join(f'"{name}"' for name, _ in columns_of(table_name))


def decode_payload(payload: Any) -> tuple[dict[str, Any], bool]:
    """The payload as a dict, and whether it is plain: JSON text without a backslash has no string value
    holding a backslash, tab or line break (JSON escapes those), so no value needs COPY escaping."""
    if isinstance(payload, dict):
        return payload, False
    try:
        value = json.loads(payload)
    except (TypeError, ValueError) as exc:
        raise NotCopyable from exc
    if not isinstance(value, dict):
        raise NotCopyable
    return value, "\\" not in payload


def copy_fields(table_name: str, payload: dict[str, Any], plain: bool = False) -> list[str]:
    """The COPY text fields of one row in table order (the version field is the caller's to set)."""
    if payload.keys() - column_names(table_name):
        raise NotCopyable
    try:
        return [
            NULL if (value := payload.get(name)) is None else convert(value)
            for name, convert in _converters(table_name, plain)
        ]
    except (TypeError, ValueError, binascii.Error) as exc:
        raise NotCopyable from exc


def copy_line(fields: list[str]) -> str:
    return "\t".join(fields) + "\n"


def _text(value: Any) -> str:
    if type(value) is not str:
        raise NotCopyable
    return copy_text(value)


def _plain_text(value: Any) -> str:
    if type(value) is not str:
        raise NotCopyable
    return value


def _integer(value: Any) -> str:
    if type(value) is not int:
        raise NotCopyable
    return str(value)


def _boolean(value: Any) -> str:
    if type(value) is not bool:
        raise NotCopyable
    return "t" if value else "f"


def _bytes(value: Any) -> str:
    if type(value) is not str:
        raise NotCopyable
    return "\\\\x" + binascii.a2b_base64(value, strict_mode=True).hex()


def _time(value: Any) -> str:
    parsed = datetime.fromisoformat(value)
    if _WIRE_TIME.fullmatch(value):
        return value  # already the wire's own form (encode_value): UTC, ISO, read alike by both sides
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).isoformat()


def _date(value: Any) -> str:
    return date.fromisoformat(value).isoformat()


_CONVERTERS = {
    "str": _text,
    "int": _integer,
    "bool": _boolean,
    "bytes": _bytes,
    "datetime": _time,
    "date": _date,
}
_PLAIN_CONVERTERS = {**_CONVERTERS, "str": _plain_text}


@cache
def _converters(table_name: str, plain: bool) -> tuple[tuple[str, Callable[[Any], str]], ...]:
    chosen = _PLAIN_CONVERTERS if plain else _CONVERTERS
    return tuple((name, chosen[kind]) for name, kind in columns_of(table_name))


def copy_text(value: str) -> str:
    """A value in COPY's text format (backslash, tab and line breaks escaped)."""
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return value


def copy_value(value: object) -> str:
    return NULL if value is None else copy_text(str(value))


def version_index(table_name: str) -> int:
    return [name for name, _ in columns_of(table_name)].index("version")
