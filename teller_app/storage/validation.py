"""Checks on text before it is stored: valid UTF-8, no control characters, within the column's length."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from teller_app.domain.entries import control_character, too_long
from teller_app.domain.errors import InputError

MULTILINE_ALLOWED = frozenset("\n\r\t")
JSON_TEXT_LIMIT = 10_000  # characters in any one string inside a JSON field
JSON_DEPTH_LIMIT = 32  # lists and objects inside each other: form data never nests deeper


def as_text(field: str, value: str | bytes) -> str:
    """Return `value` as text, refusing bytes that are not UTF-8 and strings holding lone surrogates."""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                "input.invalid_utf8",
                "{field} is not valid UTF-8 text (byte {position})",
                field=field,
                position=exc.start,
            ) from None
    if not isinstance(value, str):
        raise InputError("input.not_text", "{field} must be text", field=field)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            "input.invalid_utf8",
            "{field} is not valid UTF-8 text (character {position})",
            field=field,
            position=exc.start,
        ) from None
    return value


def check_text(field: str, value: str | bytes, max_chars: int | None, multiline: bool = False) -> str:
    """Validate one text value; returns it as `str` or raises a typed `InputError` naming the field."""
    text = as_text(field, value)
    if max_chars is not None and len(text) > max_chars:
        raise too_long(field, max_chars, len(text))
    if text.isprintable():  # fast path: no control character can be in a printable string
        return text
    for position, char in enumerate(text):
        if unicodedata.category(char) == "Cc" and not (multiline and char in MULTILINE_ALLOWED):
            raise control_character(field, position, char)
    return text


def check_json(field: str, value: Any, max_bytes: int) -> bytes:
    """Validate every string inside a JSON value and return its UTF-8 bytes (sorted keys)."""
    _check_json_strings(field, value)
    try:
        data = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise InputError(
            "input.not_json", "{field} cannot be stored: {problem}", field=field, problem=str(exc)
        ) from None
    if len(data) > max_bytes:
        raise InputError(
            "input.too_large",
            "{field} is larger than {limit} bytes ({size})",
            field=field,
            limit=max_bytes,
            size=len(data),
        )
    return data


def _check_json_strings(field: str, value: Any, depth: int = 0) -> None:
    if depth > JSON_DEPTH_LIMIT:
        raise InputError(
            "input.not_json",
            "{field} cannot be stored: {problem}",
            field=field,
            problem=f"nested more than {JSON_DEPTH_LIMIT} levels deep",
        )
    if isinstance(value, (str, bytes)):
        check_text(field, value, JSON_TEXT_LIMIT, multiline=True)
        if isinstance(value, bytes):
            raise InputError(
                "input.not_json", "{field} cannot be stored: {problem}", field=field, problem="bytes"
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_json_strings(field, key, depth + 1)
            _check_json_strings(field, item, depth + 1)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _check_json_strings(field, item, depth + 1)
