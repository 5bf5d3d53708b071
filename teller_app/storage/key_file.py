"""keys.json on disk: every data key wrapped by the KEK and by the recovery wrapping key, written atomically,
read and checked field by field so that a damaged file is named, never a crash."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from teller_app.domain.canonical import canonical_bytes
from teller_app.files import write_atomically
from teller_app.storage.data_keys import PURPOSES, DataKeys
from teller_app.storage.errors import KeyStoreProblem
from teller_app.storage.kek_stores import KekStore, private_folder

KEY_FILE = "keys.json"


def keys_folder(data_folder: Path) -> Path:
    return data_folder / "keys"


def keys_exist(data_folder: Path) -> bool:
    return (keys_folder(data_folder) / KEY_FILE).exists()


def write_key_file(
    data_folder: Path,
    data_keys: DataKeys,
    store: KekStore,
    rwk: bytes,
    recovery_check: str | None = None,
    kek: tuple[str, bytes] | None = None,
) -> str:
    """Write keys.json atomically; a new KEK is put in the store first, so a crash leaves the old file valid."""
    if kek is None:
        kek_id, kek_bytes = str(uuid.uuid4()), os.urandom(32)
        store.put(kek_id, kek_bytes)
    else:
        kek_id, kek_bytes = kek
    sid = data_keys.store_id
    entries = []
    for purpose, versions in sorted(data_keys.keys.items()):
        for version, key in sorted(versions.items()):
            entries.append(
                {
                    "purpose": purpose,
                    "version": version,
                    "wrapped": b64(wrap(kek_bytes, key, key_aad(sid, purpose, version, kek_id))),
                    "recovery_wrapped": b64(wrap(rwk, key, key_aad(sid, purpose, version, "recovery"))),
                }
            )
    record = {
        "format": 1,
        "store_id": sid,
        "kek": {"id": kek_id, "kind": store.kind},
        "active": data_keys.active,
        "data_keys": entries,
        "recovery": {
            "check": recovery_check or b64(check_value(rwk)),
            "rwk": b64(wrap(kek_bytes, rwk, rwk_aad(sid, kek_id))),
        },
    }
    folder = keys_folder(data_folder)
    private_folder(folder)
    write_atomically(folder / KEY_FILE, json.dumps(record, indent=1).encode("utf-8"))
    data_keys.kek_kind = store.kind
    return kek_id


def read_key_file(data_folder: Path) -> dict[str, Any]:
    path = keys_folder(data_folder) / KEY_FILE
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        _check_key_file(record)
        return dict(record)
    except FileNotFoundError:
        raise KeyStoreProblem(
            "keystore.no_keys", "No keys in {path}: run `teller-admin init` first", path=str(path)
        ) from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyStoreProblem(
            "keystore.damaged", "The key file {path} is damaged ({problem})", path=str(path), problem=str(exc)
        ) from None


def _check_key_file(record: Any) -> None:
    """Every field that is read later is there and of its kind, so a damaged file is named, never a crash."""
    for text in (record["store_id"], record["kek"]["id"], record["kek"]["kind"]):
        if not isinstance(text, str):
            raise TypeError("store and KEK ids must be text")
    unb64(record["recovery"]["check"]), unb64(record["recovery"]["rwk"])
    held: set[tuple[str, int]] = set()
    for entry in record["data_keys"]:
        if not isinstance(entry["purpose"], str) or not isinstance(entry["version"], int):
            raise TypeError("a data key needs a purpose and a whole version number")
        unb64(entry["wrapped"]), unb64(entry["recovery_wrapped"])
        held.add((entry["purpose"], entry["version"]))
    for purpose in PURPOSES:
        version = record["active"][purpose]
        if (purpose, version) not in held:
            raise KeyError(f"the active {purpose} key (version {version}) is not in the file")


def unwrap_all(record: dict[str, Any], wrapping: bytes, by: str) -> DataKeys:
    sid, kek_id = record["store_id"], record["kek"]["id"]
    keys: dict[str, dict[int, bytes]] = {}
    for entry in record["data_keys"]:
        purpose, version = entry["purpose"], int(entry["version"])
        if by == "kek":
            key = unwrap(wrapping, unb64(entry["wrapped"]), key_aad(sid, purpose, version, kek_id))
        else:
            key = unwrap(
                wrapping, unb64(entry["recovery_wrapped"]), key_aad(sid, purpose, version, "recovery")
            )
        keys.setdefault(purpose, {})[version] = key
    active = {p: int(v) for p, v in record["active"].items()}
    return DataKeys(sid, keys, active, record["kek"]["kind"])


def wrap(wrapping: bytes, key: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(wrapping).encrypt(nonce, key, aad)


def unwrap(wrapping: bytes, blob: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(wrapping).decrypt(blob[:12], blob[12:], aad)
    except (InvalidTag, ValueError):  # ValueError: too short to hold a nonce
        raise KeyStoreProblem(
            "keystore.unwrap_failed", "A data key could not be unwrapped: wrong key or damaged key file"
        ) from None


def key_aad(store_id: str, purpose: str, version: int, wrapper: str) -> bytes:
    return canonical_bytes(["teller-data-key", store_id, purpose, version, wrapper])


def rwk_aad(store_id: str, kek_id: str) -> bytes:
    return canonical_bytes(["teller-rwk", store_id, kek_id])


def check_value(rwk: bytes) -> bytes:
    return hmac.new(rwk, b"teller-recovery-check", hashlib.sha256).digest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
