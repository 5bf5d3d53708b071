"""Building blocks of the schema: the declarative base, UTC timestamps, ids, synced and encrypted columns."""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, LargeBinary, MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    """A client-generated row id (UUID4 text), so terminals never collide offline."""
    return str(uuid.uuid4())


def time_ordered_id() -> str:
    """A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits.

    Ids made one after another sort in the order they were made, so an index on them grows at its end
    instead of at random pages: used for outbox op ids, which are inserted, pushed and deleted in order.
    """
    millis = time.time_ns() // 1_000_000
    value = (millis & 0xFFFF_FFFF_FFFF) << 80 | int.from_bytes(os.urandom(10)) & ((1 << 80) - 1)
    value = value & ~(0xF << 76) | 0x7 << 76  # version 7
    value = value & ~(0x3 << 62) | 0x2 << 62  # variant 10
    return str(uuid.UUID(int=value))


def utc_now() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Timestamps stored in UTC and always read back timezone-aware (SQLite drops the zone otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def encrypted_column(
    content: str = "text",
    *,
    max_chars: int | None = None,
    max_bytes: int | None = None,
    multiline: bool = False,
) -> Any:
    """A personal-data column: AES-GCM ciphertext only, sealed and opened through `FieldSealer`."""
    info: dict[str, Any] = {"encrypted": True, "content": content}
    if max_chars is not None:
        info["max_chars"] = max_chars
    if max_bytes is not None:
        info["max_bytes"] = max_bytes
    if multiline:
        info["multiline"] = True
    return mapped_column(LargeBinary, nullable=True, info=info)


def blind_index_column(index_name: str) -> Any:
    """A keyed HMAC of a normalised value (see blind_index.py), indexed for lookups without decrypting."""
    return mapped_column(String(64), nullable=True, index=True, info={"blind_index": index_name})


class SyncedMixin:
    """Every row that goes to the central database: client id, branch, central version, last change."""

    __synced__ = True
    __append_only__ = False

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    branch: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("id", new_id())
        super().__init__(**kwargs)


def encrypted_columns(model: type[Base] | Base) -> list[str]:
    table = model.__table__
    return [c.name for c in table.columns if c.info.get("encrypted")]


def is_synced(model: type[Any] | Any) -> bool:
    return bool(getattr(model, "__synced__", False))


def is_append_only(model: type[Any] | Any) -> bool:
    return bool(getattr(model, "__append_only__", False))
