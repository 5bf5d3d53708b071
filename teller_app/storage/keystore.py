"""Envelope keys: data keys (one for fields, one per blind index) wrapped by a KEK, plus a recovery wrap.

keys.json (in the data folder's `keys/`) holds only wrapped keys: each data key wrapped by the KEK, and by
the recovery wrapping key (RWK, derived from the recovery key shown once at init). The RWK itself is kept
wrapped by the KEK so that new data-key versions can be added without the recovery key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from teller_app.domain.canonical import canonical_bytes
from teller_app.files import write_atomically
from teller_app.storage.crypto import FieldCipher
from teller_app.storage.errors import KeyStoreProblem
from teller_app.storage.kek_stores import KekStore, kek_store_of_kind, private_folder
from teller_app.storage.recovery import format_recovery_key, new_recovery_key, recovery_wrapping_key

DATA = "data"
BLIND_INDEXES = ("credit_code", "id_number", "name")
PURPOSES = (DATA, *(f"blind:{name}" for name in BLIND_INDEXES))  # shared by the terminals of a branch
# The audit chain's MAC key (storage/audit_keys.py): this terminal's own, never exported to a sibling, so
# no other terminal and nobody with the SQLite file alone can make an event of this terminal's chain.
AUDIT = "audit"
# The bank-wide uniqueness index key (one basic account per depositor, one Ⅰ类 per person, seen across
# every branch): the same on every terminal of the bank, made once by the operations department and given
# to each branch's first terminal at init (sync/bank_key.py); it then travels with enrolment like the
# branch's keys. Optional: a terminal without it cannot confirm uniqueness bank-wide (never assumed).
BANK_UNIQUENESS = "bank:uniqueness"
KEY_FILE = "keys.json"


@dataclass
class DataKeys:
    """The unwrapped data keys of a store, held in memory while it is open."""

    store_id: str
    keys: dict[str, dict[int, bytes]] = field(repr=False)  # never in a log line or a traceback
    active: dict[str, int]
    kek_kind: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def cipher(self) -> FieldCipher:
        return FieldCipher(self.keys[DATA], self.active[DATA])

    def blind_key(self, index_name: str) -> bytes:
        purpose = f"blind:{index_name}"
        return self.keys[purpose][self.active[purpose]]

    def uniqueness_key(self) -> bytes | None:
        """The bank-wide uniqueness index key, or None on a terminal that was not given it."""
        version = self.active.get(BANK_UNIQUENESS)
        return self.keys.get(BANK_UNIQUENESS, {}).get(version) if version is not None else None

    def audit_key(self) -> bytes:
        """The MAC key of this terminal's audit chain; a key set without one is refused, never skipped."""
        version = self.active.get(AUDIT)
        if version is None or version not in self.keys.get(AUDIT, {}):
            raise KeyStoreProblem(
                "keystore.no_audit_key", "The key store holds no audit chain key: open it with load_keys"
            )
        return self.keys[AUDIT][version]


def fresh_data_keys(store_id: str = "") -> DataKeys:
    """New random data keys, version 1 of every purpose and the audit key (in memory only until wrapped)."""
    purposes = (*PURPOSES, AUDIT)
    return DataKeys(store_id, {p: {1: os.urandom(32)} for p in purposes}, {p: 1 for p in purposes})


def _with_own_audit_key(keys: dict[str, dict[int, bytes]], active: dict[str, int]) -> None:
    """A terminal's audit key is its own: one taken from a sibling's export is replaced by a fresh one."""
    keys[AUDIT] = {1: os.urandom(32)}
    active[AUDIT] = 1


def keys_folder(data_folder: Path) -> Path:
    return data_folder / "keys"


def keys_exist(data_folder: Path) -> bool:
    return (keys_folder(data_folder) / KEY_FILE).exists()


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
    _write_key_file(data_folder, data_keys, store, recovery_wrapping_key(recovery_key))
    return data_keys, format_recovery_key(recovery_key)


def load_keys(data_folder: Path, environ: Mapping[str, str] | None = None) -> DataKeys:
    """Unwrap the data keys with the KEK from the key store recorded in keys.json.

    A key file written before the audit chain was keyed gets its audit key here, once (the chain's events
    before that point are verified by their hashes; storage/audit_keys.py)."""
    record = _read_key_file(data_folder)
    store = kek_store_of_kind(record["kek"]["kind"], keys_folder(data_folder), record["store_id"], environ)
    kek = store.get(record["kek"]["id"])
    keys = _unwrap_all(record, kek, by="kek")
    if AUDIT not in keys.keys:
        rwk = _unwrap(
            kek, _unb64(record["recovery"]["rwk"]), _rwk_aad(record["store_id"], record["kek"]["id"])
        )
        _with_own_audit_key(keys.keys, keys.active)
        _rewrite(data_folder, record, store, kek, keys, rwk)
    return keys


def remove_keys(data_folder: Path, environ: Mapping[str, str] | None = None) -> None:
    """Undo a failed `init`: delete keys.json and its KEK. Only for a store that holds nothing yet."""
    try:
        record = _read_key_file(data_folder)
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
    record = _read_key_file(data_folder)
    return kek_store_of_kind(record["kek"]["kind"], keys_folder(data_folder), record["store_id"], environ)


def rotate_kek(data_folder: Path, new_store: KekStore, environ: Mapping[str, str] | None = None) -> str:
    """Re-wrap every data key (and the RWK) under a new KEK in `new_store`; the old KEK is then removed."""
    record, old_store, _, data_keys, rwk = _unlocked(data_folder, environ)
    old_kek_id = record["kek"]["id"]
    new_kek_id = _write_key_file(
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
    record = _read_key_file(data_folder)
    store = kek_store_of_kind(record["kek"]["kind"], keys_folder(data_folder), record["store_id"], environ)
    kek = store.get(record["kek"]["id"])
    data_keys = _unwrap_all(record, kek, by="kek")
    rwk = _unwrap(kek, _unb64(record["recovery"]["rwk"]), _rwk_aad(record["store_id"], record["kek"]["id"]))
    return record, store, kek, data_keys, rwk


def _rewrite(
    data_folder: Path, record: dict[str, Any], store: KekStore, kek: bytes, data_keys: DataKeys, rwk: bytes
) -> None:
    """Write the key file again under the same KEK and recovery key."""
    _write_key_file(
        data_folder,
        data_keys,
        store,
        rwk,
        recovery_check=record["recovery"]["check"],
        kek=(record["kek"]["id"], kek),
    )


def recover_keys(
    data_folder: Path,
    recovery_key: bytes,
    new_store_factory: Any,
    before_write: Any = None,
) -> DataKeys:
    """Unwrap the data keys with the recovery key and protect them under a new KEK (the old one is lost).

    Nothing is written until the recovery key matched, every data key unwrapped and `before_write(keys)`
    (the caller's further checks, e.g. that the keys open the local store's data) returned."""
    record = _read_key_file(data_folder)
    rwk = recovery_wrapping_key(recovery_key)
    if _b64(_check_value(rwk)) != record["recovery"]["check"]:
        raise KeyStoreProblem(
            "keystore.wrong_recovery_key", "This recovery key does not belong to this store"
        )
    data_keys = _unwrap_all(record, rwk, by="recovery")
    if before_write is not None:
        before_write(data_keys)
    store: KekStore = new_store_factory(record["store_id"])
    _write_key_file(data_folder, data_keys, store, rwk, recovery_check=record["recovery"]["check"])
    return data_keys


def recovery_record(data_folder: Path) -> dict[str, Any]:
    """What a backup carries so that it and the recovery key alone give the data back on a new PC: the data
    keys wrapped by the recovery wrapping key (never by the KEK, which stays on this PC), the store id and
    the recovery check value. Useless without the recovery key."""
    record = _read_key_file(data_folder)
    return {
        "format": 1,
        "store_id": record["store_id"],
        "active": record["active"],
        "check": record["recovery"]["check"],
        "data_keys": [
            {"purpose": e["purpose"], "version": e["version"], "recovery_wrapped": e["recovery_wrapped"]}
            for e in record["data_keys"]
        ],
    }


def open_recovery_record(record: dict[str, Any], recovery_key: bytes) -> DataKeys:
    """The data keys of a backup's recovery record, or KeyStoreProblem (wrong key, damaged record). Writes
    nothing: the caller keeps them with `install_recovered_keys` once every other check has passed."""
    rwk = recovery_wrapping_key(recovery_key)
    try:
        check = record["check"]
        entries = record["data_keys"]
        store_id = str(record["store_id"])
        active = {str(p): int(v) for p, v in record["active"].items()}
    except (KeyError, TypeError, AttributeError, ValueError):
        raise KeyStoreProblem(
            "keystore.bad_recovery_record", "The backup's key record is damaged or missing"
        ) from None
    if _b64(_check_value(rwk)) != check:
        raise KeyStoreProblem(
            "keystore.wrong_recovery_key", "This recovery key does not belong to this backup's terminal"
        )
    keys: dict[str, dict[int, bytes]] = {}
    for entry in entries:
        purpose, version = str(entry["purpose"]), int(entry["version"])
        keys.setdefault(purpose, {})[version] = _unwrap(
            rwk, _unb64(entry["recovery_wrapped"]), _key_aad(store_id, purpose, version, "recovery")
        )
    for purpose in PURPOSES:
        if active.get(purpose) not in keys.get(purpose, {}):
            raise KeyStoreProblem(
                "keystore.bad_recovery_record",
                "The backup's key record lacks the active {purpose} key",
                purpose=purpose,
            )
    return DataKeys(store_id, keys, active, "", {"rwk": rwk, "check": check})


def install_recovered_keys(data_folder: Path, keys: DataKeys, new_store_factory: Any) -> DataKeys:
    """Write keys.json for keys opened from a recovery record, under a new KEK in this PC's key store; the
    recovery key stays the same (the one in the branch safe)."""
    if keys_exist(data_folder):
        raise KeyStoreProblem(
            "keystore.exists", "Keys already exist in {folder}", folder=str(keys_folder(data_folder))
        )
    store: KekStore = new_store_factory(keys.store_id)
    rwk, check = keys.extra["rwk"], keys.extra["check"]
    installed = DataKeys(keys.store_id, keys.keys, keys.active, store.kind)
    _write_key_file(data_folder, installed, store, rwk, recovery_check=check)
    return installed


def export_data_keys(keys: DataKeys, wrapping_key: bytes) -> bytes:
    """All data keys (every version) sealed under `wrapping_key`, to enrol a sibling terminal of the branch."""
    shared = {p: vs for p, vs in keys.keys.items() if p != AUDIT}  # the audit key stays on this terminal
    payload = canonical_bytes(
        {
            "keys": {p: {str(v): _b64(k) for v, k in vs.items()} for p, vs in shared.items()},
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
    keys = {p: {int(v): _unb64(k) for v, k in vs.items()} for p, vs in data["keys"].items()}
    return DataKeys("", keys, {p: int(v) for p, v in data["active"].items()})


# -- the key file ------------------------------------------------------------------------------------


def _write_key_file(
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
                    "wrapped": _b64(_wrap(kek_bytes, key, _key_aad(sid, purpose, version, kek_id))),
                    "recovery_wrapped": _b64(_wrap(rwk, key, _key_aad(sid, purpose, version, "recovery"))),
                }
            )
    record = {
        "format": 1,
        "store_id": sid,
        "kek": {"id": kek_id, "kind": store.kind},
        "active": data_keys.active,
        "data_keys": entries,
        "recovery": {
            "check": recovery_check or _b64(_check_value(rwk)),
            "rwk": _b64(_wrap(kek_bytes, rwk, _rwk_aad(sid, kek_id))),
        },
    }
    folder = keys_folder(data_folder)
    private_folder(folder)
    write_atomically(folder / KEY_FILE, json.dumps(record, indent=1).encode("utf-8"))
    data_keys.kek_kind = store.kind
    return kek_id


def _read_key_file(data_folder: Path) -> dict[str, Any]:
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
    _unb64(record["recovery"]["check"]), _unb64(record["recovery"]["rwk"])
    held: set[tuple[str, int]] = set()
    for entry in record["data_keys"]:
        if not isinstance(entry["purpose"], str) or not isinstance(entry["version"], int):
            raise TypeError("a data key needs a purpose and a whole version number")
        _unb64(entry["wrapped"]), _unb64(entry["recovery_wrapped"])
        held.add((entry["purpose"], entry["version"]))
    for purpose in PURPOSES:
        version = record["active"][purpose]
        if (purpose, version) not in held:
            raise KeyError(f"the active {purpose} key (version {version}) is not in the file")


def _unwrap_all(record: dict[str, Any], wrapping: bytes, by: str) -> DataKeys:
    sid, kek_id = record["store_id"], record["kek"]["id"]
    keys: dict[str, dict[int, bytes]] = {}
    for entry in record["data_keys"]:
        purpose, version = entry["purpose"], int(entry["version"])
        if by == "kek":
            key = _unwrap(wrapping, _unb64(entry["wrapped"]), _key_aad(sid, purpose, version, kek_id))
        else:
            key = _unwrap(
                wrapping, _unb64(entry["recovery_wrapped"]), _key_aad(sid, purpose, version, "recovery")
            )
        keys.setdefault(purpose, {})[version] = key
    active = {p: int(v) for p, v in record["active"].items()}
    return DataKeys(sid, keys, active, record["kek"]["kind"])


def _wrap(wrapping: bytes, key: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(wrapping).encrypt(nonce, key, aad)


def _unwrap(wrapping: bytes, blob: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(wrapping).decrypt(blob[:12], blob[12:], aad)
    except (InvalidTag, ValueError):  # ValueError: too short to hold a nonce
        raise KeyStoreProblem(
            "keystore.unwrap_failed", "A data key could not be unwrapped: wrong key or damaged key file"
        ) from None


def _key_aad(store_id: str, purpose: str, version: int, wrapper: str) -> bytes:
    return canonical_bytes(["teller-data-key", store_id, purpose, version, wrapper])


def _rwk_aad(store_id: str, kek_id: str) -> bytes:
    return canonical_bytes(["teller-rwk", store_id, kek_id])


def _check_value(rwk: bytes) -> bytes:
    return hmac.new(rwk, b"teller-recovery-check", hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
