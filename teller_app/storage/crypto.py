"""Field encryption: AES-256-GCM bound to (table, column, row id, key version), and the sealing helper.

Stored format (bytes): format byte 0x01 ‖ key version (4 bytes, big-endian) ‖ 96-bit nonce ‖ ciphertext+tag.
The associated data is the canonical form of (table, column, row id, key version), so a ciphertext copied
to another row or column, or any changed byte, fails authentication with `DataIntegrityError`.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from teller_app.domain.canonical import canonical_bytes
from teller_app.domain.errors import InputError
from teller_app.storage.errors import DataIntegrityError
from teller_app.storage.validation import check_json, check_text

FORMAT = 1
_HEADER = struct.Struct(">BI")
NONCE_BYTES = 12
TAG_BYTES = 16
OVERHEAD = _HEADER.size + NONCE_BYTES + TAG_BYTES


def associated_data(table: str, column: str, row_id: str, key_version: int) -> bytes:
    return canonical_bytes(["teller-field", table, column, row_id, key_version])


def key_version_of(blob: bytes) -> int | None:
    """The key version a stored value was sealed with, or None when it is not in our format."""
    if not isinstance(blob, (bytes, bytearray, memoryview)) or len(blob) < OVERHEAD:
        return None
    fmt, version = _HEADER.unpack_from(bytes(blob[: _HEADER.size]))
    return version if fmt == FORMAT else None


class FieldCipher:
    """AES-256-GCM with several key versions: encrypts with the active one, decrypts with any held."""

    def __init__(self, keys: Mapping[int, bytes], active_version: int) -> None:
        if active_version not in keys:
            raise ValueError("the active key version must be among the keys")
        self._aead = {version: AESGCM(key) for version, key in keys.items()}
        self.active_version = active_version

    @property
    def versions(self) -> tuple[int, ...]:
        return tuple(sorted(self._aead))

    def encrypt(
        self, table: str, column: str, row_id: str, plaintext: bytes, version: int | None = None
    ) -> bytes:
        version = self.active_version if version is None else version
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead[version].encrypt(
            nonce, plaintext, associated_data(table, column, row_id, version)
        )
        return _HEADER.pack(FORMAT, version) + nonce + sealed

    def decrypt(self, table: str, column: str, row_id: str, blob: bytes) -> bytes:
        blob = bytes(blob)
        if len(blob) < OVERHEAD:
            raise DataIntegrityError(table, column, row_id, "too short to be a sealed value")
        fmt, version = _HEADER.unpack_from(blob)
        if fmt != FORMAT:
            raise DataIntegrityError(table, column, row_id, "unknown format")
        aead = self._aead.get(version)
        if aead is None:
            raise DataIntegrityError(table, column, row_id, f"no data key of version {version}")
        nonce = blob[_HEADER.size : _HEADER.size + NONCE_BYTES]
        try:
            return aead.decrypt(
                nonce, blob[_HEADER.size + NONCE_BYTES :], associated_data(table, column, row_id, version)
            )
        except InvalidTag:
            raise DataIntegrityError(table, column, row_id) from None


class FieldSealer:
    """Encrypts and decrypts a row's personal-data columns explicitly, by column name.

    Only columns declared with `encrypted_column` (info["encrypted"]) can be sealed; text is validated
    (UTF-8, control characters, length) before anything is encrypted, so bad input never reaches the store.
    """

    def __init__(self, cipher: FieldCipher) -> None:
        self.cipher = cipher

    def seal_text(self, row: Any, column: str, value: str | bytes | None) -> str | None:
        """Validate and seal; returns the text that was sealed (None when the column was cleared)."""
        info = _encrypted_info(row, column, "text")
        if value is None:
            setattr(row, column, None)
            return None
        text = check_text(column, value, info.get("max_chars"), bool(info.get("multiline")))
        setattr(row, column, self._encrypt(row, column, text.encode("utf-8")))
        return text

    def open_text(self, row: Any, column: str) -> str | None:
        _encrypted_info(row, column, "text")
        data = self._decrypt(row, column)
        return None if data is None else data.decode("utf-8")

    def seal_json(self, row: Any, column: str, value: Any) -> None:
        info = _encrypted_info(row, column, "json")
        if value is None:
            setattr(row, column, None)
            return
        setattr(
            row, column, self._encrypt(row, column, check_json(column, value, info.get("max_bytes", 1 << 20)))
        )

    def open_json(self, row: Any, column: str) -> Any:
        _encrypted_info(row, column, "json")
        data = self._decrypt(row, column)
        return None if data is None else json.loads(data)

    def seal_bytes(self, row: Any, column: str, value: bytes | None) -> None:
        info = _encrypted_info(row, column, "bytes")
        if value is None:
            setattr(row, column, None)
            return
        limit = info.get("max_bytes", 1 << 20)
        if not isinstance(value, (bytes, bytearray)):
            raise InputError("input.not_bytes", "{field} must be a file's bytes", field=column)
        if len(value) > limit:
            raise InputError(
                "input.too_large", "{field} is larger than {limit} bytes", field=column, limit=limit
            )
        setattr(row, column, self._encrypt(row, column, bytes(value)))

    def open_bytes(self, row: Any, column: str) -> bytes | None:
        _encrypted_info(row, column, "bytes")
        return self._decrypt(row, column)

    def reseal(self, row: Any, column: str) -> bool:
        """Re-encrypt one stored value under the active key version; True when it changed."""
        blob = getattr(row, column)
        if blob is None or key_version_of(blob) == self.cipher.active_version:
            return False
        setattr(row, column, self._encrypt(row, column, self._decrypt(row, column) or b""))
        return True

    def _encrypt(self, row: Any, column: str, data: bytes) -> bytes:
        if not row.id:
            raise ValueError("a row needs its id before a field can be sealed")
        return self.cipher.encrypt(row.__tablename__, column, row.id, data)

    def _decrypt(self, row: Any, column: str) -> bytes | None:
        blob = getattr(row, column)
        if blob is None:
            return None
        return self.cipher.decrypt(row.__tablename__, column, row.id, blob)


def _encrypted_info(row: Any, column: str, kind: str) -> dict[str, Any]:
    try:
        col = row.__table__.c[column]
    except (AttributeError, KeyError):
        raise ValueError(f"{type(row).__name__} has no column {column!r}") from None
    info = col.info
    if not info.get("encrypted"):
        raise ValueError(f"{row.__tablename__}.{column} is not an encrypted column")
    if info.get("content") != kind:
        raise ValueError(f"{row.__tablename__}.{column} holds {info.get('content')}, not {kind}")
    return info
