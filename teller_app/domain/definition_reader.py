"""Reading a process definition's mapping: typed values, and a ConfigError naming source, key and problem."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NoReturn

from teller_app.domain.errors import ConfigError


def names(values: Collection[Any]) -> str:
    """Values as one sorted, comma-separated list, for a message."""
    return ", ".join(sorted(str(v) for v in values))


class DefinitionReader:
    """Typed access to a parsed mapping; every failure names the source, the key path and the problem."""

    def __init__(self, source: str, code: str = "procedure.invalid") -> None:
        self.source = source
        self.code = code

    def fail(self, key: str, problem: str, **params: Any) -> NoReturn:
        try:
            text = problem.format(**params)
        except (KeyError, IndexError, ValueError):
            text = problem
        raise ConfigError(
            self.code,
            "{source}: {key}: {problem}",
            source=self.source,
            key=key or "(top level)",
            problem=text,
        )

    def table(self, raw: Any, key: str) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            self.fail(key, "must be a table, not {kind}", kind=type(raw).__name__)
        return raw

    def only_keys(
        self,
        table: Mapping[str, Any],
        key: str,
        required: Collection[str] = (),
        optional: Collection[str] = (),
    ) -> None:
        prefix = f"{key}." if key else ""
        for name in sorted(set(required) - set(table)):
            self.fail(prefix + name, "is missing")
        for name in sorted(set(map(str, table)) - set(required) - set(optional)):
            self.fail(prefix + name, "is not a known key")

    def text(self, raw: Any, key: str, allow_empty: bool = False) -> str:
        if not isinstance(raw, str):
            self.fail(key, "must be text, not {kind}", kind=type(raw).__name__)
        if not allow_empty and not raw.strip():
            self.fail(key, "must not be empty")
        return raw.strip()

    def texts(self, raw: Any, key: str) -> list[str]:
        if not isinstance(raw, list):
            self.fail(key, "must be a list of text, not {kind}", kind=type(raw).__name__)
        return [self.text(item, f"{key}[{i}]") for i, item in enumerate(raw)]

    def flag(self, raw: Any, key: str) -> bool:
        if not isinstance(raw, bool):
            self.fail(key, "must be true or false, not {value!r}", value=raw)
        return raw

    def whole(self, raw: Any, key: str, minimum: int, maximum: int | None = None) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            self.fail(key, "must be a whole number, not {value!r}", value=raw)
        if raw < minimum or (maximum is not None and raw > maximum):
            bound = f"from {minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
            self.fail(key, "must be {bound}, not {value}", bound=bound, value=raw)
        return raw

    def money(self, raw: Any, key: str) -> Decimal:
        if isinstance(raw, bool) or not isinstance(raw, (int, str)):
            self.fail(
                key, "must be an amount in CNY written as text or a whole number, not {value!r}", value=raw
            )
        try:
            value = Decimal(str(raw).strip())
        except InvalidOperation:
            self.fail(key, "{value!r} is not an amount", value=raw)
        if not value.is_finite() or value <= 0 or value > Decimal("1e15") or value != round(value, 2):
            self.fail(key, "must be a positive amount in yuan and fen, not {value!r}", value=raw)
        return value

    def day(self, raw: Any, key: str) -> date:
        if isinstance(raw, datetime):
            self.fail(key, "must be a date without a time, not {value!r}", value=raw.isoformat())
        if isinstance(raw, date):
            return raw
        if isinstance(raw, str):
            try:
                return date.fromisoformat(raw.strip())
            except ValueError:
                pass
        self.fail(key, "must be a date like 2026-01-01, not {value!r}", value=raw)

    def choice(self, enum: Any, raw: Any, key: str) -> Any:
        text = self.text(raw, key)
        try:
            return enum(text)
        except ValueError:
            self.fail(
                key, "{value!r} is not one of {allowed}", value=text, allowed=names([e.value for e in enum])
            )
