"""Envelope keys: data keys (one for fields, one per blind index) wrapped by a KEK, plus a recovery wrap.

keys.json (in the data folder's `keys/`) holds only wrapped keys: each data key wrapped by the KEK, and by
the recovery wrapping key (RWK, derived from the recovery key shown once at init). The RWK itself is kept
wrapped by the KEK so that new data-key versions can be added without the recovery key.

The keys in memory are `data_keys`, the file `key_file`, recovery with the recovery key `key_recovery`.
"""

from __future__ import annotations

import hmac
import json
import os
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from teller_app.domain.canonical import canonical_bytes
from teller_app.storage.data_keys import AUDIT, BANK_UNIQUENESS, DATA, DataKeys, fresh_data_keys
from teller_app.storage.errors import KeyStoreProblem
from teller_app.storage.kek_stores import KekStore, kek_store_of_kind
from teller_app.storage.key_file import (
    KEY_FILE,
    b64,
    keys_exist,
    keys_folder,
    read_key_file,
    rwk_aad,
    unb64,
    unwrap,
    unwrap_all,
    write_key_file,
)
from teller_app.storage.recovery import format_recovery_key, new_recovery_key, recovery_wrapping_key


def _with_own_audit_key(keys: dict[str, dict[int, bytes]], active: dict[str, int]) -> None:
    """A terminal's audit key is its own: one taken from a sibling's export is replaced by a fresh one."""
    keys[AUDIT] = {1: os.urandom(32)}
    active[AUDIT] = 1


def create_keys(
    data_folder: Path, kek_store_factory: Any, imported: DataKeys | None = None
) -> tuple[DataKeys, str]:
    """Make data keys (or take `imported` ones from a sibling terminal), a KEK and a recovery key.

    `kek_store_factory(store_id) -> KekStore`. Returns the keys and the recovery key text, shown once.
    """
    if keys_exist(data_folder):
        raise KeyStoreProblem(
            "keystore.exists", "Keys already exist in {folder}", folder=str(keys_folder(data_folder))
        )
    store_id = str(uuid.uuid4())
    source = imported or fresh_data_keys()
    store: KekStore = kek_store_factory(store_id)
    recovery_key = new_recovery_key()
    data_keys = DataKeys(
        store_id, {p: dict(v) for p, v in source.keys.items()}, dict(source.active), store.kind
    )
    if imported is not None or AUDIT not in data_keys.keys:
        _with_own_audit_key(data_keys.keys, data_keys.active)
    write_key_file(data_folder, data_keys, store, recovery_wrapping_key(recovery_key))
    return data_keys, format_recovery_key(recovery_key)


def load_keys(data_folder: Path, environ: Mapping[str, str] | None = None) -> DataKeys:
    """Unwrap the data keys with the KEK from the key store recorded in keys.json.

    A key file written before the audit chain was keyed gets its audit key here, once (the chain's events
    before that point are verified by their hashes; storage/audit_keys.py)."""
    record = read_key_file(data_folder)
    store = kek_store_of_kind(record["kek"]["kind"], keys_folder(data_folder), record["store_id"], environ)
    kek = store.get(record["kek"]["id"])
    keys = unwrap_all(record, kek, by="kek")
    if AUDIT not in keys.keys:
        rwk = unwrap(kek, unb64(record["recovery"]["rwk"]), rwk_aad(record["store_id"], record["kek"]["id"]))
        _with_own_audit_key(keys.keys, keys.active)
        _rewrite(data_folder, record, store, kek, keys, rwk)
    return keys


def remove_keys(data_folder: Path, environ: Mapping[str, str] | None = None) -> None:
    """Undo a failed `init`: delete keys.json and its KEK. Only for a store that holds nothing yet."""
    try:
        record = read_key_file(data_folder)
    except KeyStoreProblem:
        record = None
    if record is not None:
        store = kek_store_of_kind(
            record["kek"]["kind"], keys_folder(data_folder), record["store_id"], environ
        )
        store.delete(record["kek"]["id"])
    (keys_folder(data_folder) / KEY_FILE).unlink(missing_ok=True)


def key_store_in_use(data_folder: Path, environ: Mapping[str, str] | None = None) -> KekStore:
    """The store that holds this terminal's key-encryption key (the OS key store or the file key store)."""
    record = read_key_file(data_folder)
    return kek_store_of_kind(record["kek"]["kind"], keys_folder(data_folder), record["store_id"], environ)


def rotate_kek(data_folder: Path, new_store: KekStore, environ: Mapping[str, str] | None = None) -> str:
    """Re-wrap every data key (and the RWK) under a new KEK in `new_store`; the old KEK is then removed."""
    record, old_store, _, data_keys, rwk = _unlocked(data_folder, environ)
    old_kek_id = record["kek"]["id"]
    new_kek_id = write_key_file(
        data_folder, data_keys, new_store, rwk, recovery_check=record["recovery"]["check"]
    )
    if old_kek_id != new_kek_id:
        old_store.delete(old_kek_id)
    return new_kek_id


def add_data_key_version(
    data_folder: Path, purpose: str = DATA, environ: Mapping[str, str] | None = None
) -> DataKeys:
    """A new active version of one data key (older versions are kept so old ciphertext stays readable).

    Versions count per terminal: the terminals of a branch share their data keys, so a rotation is made on
    one terminal and taken over by the others with `adopt_data_keys`, never made on two of them.
    """
    record, store, kek, data_keys, rwk = _unlocked(data_folder, environ)
    version = max(data_keys.keys[purpose]) + 1
    data_keys.keys[purpose][version] = os.urandom(32)
    data_keys.active[purpose] = version
    _rewrite(data_folder, record, store, kek, data_keys, rwk)
    return data_keys


def adopt_uniqueness_key(data_folder: Path, key: bytes, environ: Mapping[str, str] | None = None) -> DataKeys:
    """Keep the bank-wide uniqueness index key in this terminal's key file, wrapped by its KEK and its
    recovery key (never in the SQLite file). Taking the same key again changes nothing; a different one is
    refused: the indexes already made centrally would no longer match."""
    if len(key) != 32:
        raise KeyStoreProblem(
            "keystore.bad_uniqueness_key", "The bank-wide uniqueness key is not a 256-bit key"
        )
    record, store, kek, data_keys, rwk = _unlocked(data_folder, environ)
    held = data_keys.uniqueness_key()
    if held is not None:
        if not hmac.compare_digest(held, key):
            raise KeyStoreProblem(
                "keystore.uniqueness_key_differs",
                "This terminal already holds a different bank-wide uniqueness key; nothing was changed",
            )
        return data_keys
    with_uniqueness_key(data_keys, key)
    _rewrite(data_folder, record, store, kek, data_keys, rwk)
    return data_keys


def with_uniqueness_key(data_keys: DataKeys, key: bytes) -> DataKeys:
    """`data_keys` (changed in memory only) holding the bank-wide uniqueness key as its version 1."""
    data_keys.keys[BANK_UNIQUENESS] = {1: key}
    data_keys.active[BANK_UNIQUENESS] = 1
    return data_keys


def adopt_data_keys(
    data_folder: Path, imported: DataKeys, environ: Mapping[str, str] | None = None
) -> DataKeys:
    """Take the key versions a sibling terminal made (a branch-wide rotation) into this terminal's key file.

    Versions this terminal lacks are added, wrapped under its own KEK and recovery key, and the newer active
    version is taken. The same version holding a different key (two terminals rotated on their own) is
    refused and nothing changes: ciphertext of that version could not be told apart.
    """
    record, store, kek, data_keys, rwk = _unlocked(data_folder, environ)
    for purpose, versions in imported.keys.items():
        if purpose == AUDIT:
            continue  # each terminal keeps its own
        held = data_keys.keys.setdefault(purpose, {})
        for version, key in versions.items():
            if version in held and not hmac.compare_digest(held[version], key):
                raise KeyStoreProblem(
                    "keystore.version_conflict",
                    "Data key {purpose} version {version} differs on the terminal it came from; rotate the "
                    "branch's keys on one terminal only and let the others adopt them",
                    purpose=purpose,
                    version=version,
                )
            held[version] = key
        if purpose in imported.active:
            data_keys.active[purpose] = max(data_keys.active.get(purpose, 0), imported.active[purpose])
    _rewrite(data_folder, record, store, kek, data_keys, rwk)
    return data_keys


def _unlocked(
    data_folder: Path, environ: Mapping[str, str] | None
) -> tuple[dict[str, Any], KekStore, bytes, DataKeys, bytes]:
    """The key file, its KEK store and KEK, the data keys and the recovery wrapping key, unlocked."""
    record = read_key_file(data_folder)
    store = kek_store_of_kind(record["kek"]["kind"], keys_folder(data_folder), record["store_id"], environ)
    kek = store.get(record["kek"]["id"])
    data_keys = unwrap_all(record, kek, by="kek")
    rwk = unwrap(kek, unb64(record["recovery"]["rwk"]), rwk_aad(record["store_id"], record["kek"]["id"]))
    return record, store, kek, data_keys, rwk


def _rewrite(
    data_folder: Path, record: dict[str, Any], store: KekStore, kek: bytes, data_keys: DataKeys, rwk: bytes
) -> None:
    """Write the key file again under the same KEK and recovery key."""
    write_key_file(
        data_folder,
        data_keys,
        store,
        rwk,
        recovery_check=record["recovery"]["check"],
        kek=(record["kek"]["id"], kek),
    )


def export_data_keys(keys: DataKeys, wrapping_key: bytes) -> bytes:
    """All data keys (every version) sealed under `wrapping_key`, to enrol a sibling terminal of the branch."""
    shared = {p: vs for p, vs in keys.keys.items() if p != AUDIT}  # the audit key stays on this terminal
    payload = canonical_bytes(
        {
            "keys": {p: {str(v): b64(k) for v, k in vs.items()} for p, vs in shared.items()},
            "active": {p: v for p, v in keys.active.items() if p in shared},
        }
    )
    nonce = os.urandom(12)
    return b"TKX1" + nonce + AESGCM(wrapping_key).encrypt(nonce, payload, b"teller-data-key-export")


def import_data_keys(blob: bytes, wrapping_key: bytes) -> DataKeys:
    """Open an export; pass the result to `create_keys(..., imported=...)` on the new terminal."""
    if not blob.startswith(b"TKX1") or len(blob) < 4 + 12 + 16:
        raise KeyStoreProblem("keystore.bad_export", "This is not a data-key export")
    try:
        payload = AESGCM(wrapping_key).decrypt(blob[4:16], blob[16:], b"teller-data-key-export")
    except InvalidTag:
        raise KeyStoreProblem(
            "keystore.bad_export", "The data-key export was changed or the wrapping key is wrong"
        ) from None
    data = json.loads(payload)
    keys = {p: {int(v): unb64(k) for v, k in vs.items()} for p, vs in data["keys"].items()}
    return DataKeys("", keys, {p: int(v) for p, v in data["active"].items()})
