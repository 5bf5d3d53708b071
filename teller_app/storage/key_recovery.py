"""Recovery: the data keys opened with the recovery key from the branch safe, when the KEK or the PC is lost,
and the record a backup carries so that it and the recovery key alone give the data back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from teller_app.storage.data_keys import PURPOSES, DataKeys
from teller_app.storage.errors import KeyStoreProblem
from teller_app.storage.kek_stores import KekStore
from teller_app.storage.key_file import (
    b64,
    check_value,
    key_aad,
    keys_exist,
    keys_folder,
    read_key_file,
    unb64,
    unwrap,
    unwrap_all,
    write_key_file,
)
from teller_app.storage.recovery import recovery_wrapping_key


def recover_keys(
    data_folder: Path,
    recovery_key: bytes,
    new_store_factory: Any,
    before_write: Any = None,
) -> DataKeys:
    """Unwrap the data keys with the recovery key and protect them under a new KEK (the old one is lost).

    Nothing is written until the recovery key matched, every data key unwrapped and `before_write(keys)`
    (the caller's further checks, e.g. that the keys open the local store's data) returned."""
    record = read_key_file(data_folder)
    rwk = recovery_wrapping_key(recovery_key)
    if b64(check_value(rwk)) != record["recovery"]["check"]:
        raise KeyStoreProblem(
            "keystore.wrong_recovery_key", "This recovery key does not belong to this store"
        )
    data_keys = unwrap_all(record, rwk, by="recovery")
    if before_write is not None:
        before_write(data_keys)
    store: KekStore = new_store_factory(record["store_id"])
    write_key_file(data_folder, data_keys, store, rwk, recovery_check=record["recovery"]["check"])
    return data_keys


def recovery_record(data_folder: Path) -> dict[str, Any]:
    """What a backup carries so that it and the recovery key alone give the data back on a new PC: the data
    keys wrapped by the recovery wrapping key (never by the KEK, which stays on this PC), the store id and
    the recovery check value. Useless without the recovery key."""
    record = read_key_file(data_folder)
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
    if b64(check_value(rwk)) != check:
        raise KeyStoreProblem(
            "keystore.wrong_recovery_key", "This recovery key does not belong to this backup's terminal"
        )
    keys: dict[str, dict[int, bytes]] = {}
    for entry in entries:
        purpose, version = str(entry["purpose"]), int(entry["version"])
        keys.setdefault(purpose, {})[version] = unwrap(
            rwk, unb64(entry["recovery_wrapped"]), key_aad(store_id, purpose, version, "recovery")
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
    write_key_file(data_folder, installed, store, rwk, recovery_check=check)
    return installed
