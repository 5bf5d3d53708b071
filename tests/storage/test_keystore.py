"""Envelope keys: data keys wrapped by a KEK in the OS key store or a passphrase file; recovery; rotation."""

from __future__ import annotations

import json

import keyring
import pytest
from storage_helpers import MemoryKeyring

from teller_app.domain.errors import InputError
from teller_app.storage.errors import DataIntegrityError, KeyStoreProblem
from teller_app.storage.kek_stores import FileKekStore, choose_kek_store, passphrase_source
from teller_app.storage.key_recovery import recover_keys
from teller_app.storage.keystore import (
    DATA,
    add_data_key_version,
    adopt_data_keys,
    create_keys,
    export_data_keys,
    import_data_keys,
    keys_folder,
    load_keys,
    rotate_kek,
)
from teller_app.storage.recovery import format_recovery_key, new_recovery_key, parse_recovery_key

PASSPHRASE = "test passphrase for the file key store"


@pytest.fixture
def os_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def file_store(folder, passphrase=PASSPHRASE):
    return lambda store_id: FileKekStore(keys_folder(folder), lambda: passphrase)


def test_on_a_machine_without_an_os_key_store_auto_uses_the_file_store_and_says_so(tmp_path):
    store, statement = choose_kek_store("auto", tmp_path, "sid", {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE})
    assert store.kind == "file"
    assert "No usable OS key store" in statement and "passphrase-protected file key store" in statement


def test_keystore_os_without_an_os_key_store_is_refused_not_downgraded(tmp_path):
    with pytest.raises(KeyStoreProblem) as raised:
        choose_kek_store("os", tmp_path, "sid")
    assert raised.value.code == "keystore.os_unavailable"


def test_with_a_working_os_key_store_the_kek_lives_there_and_not_on_disk(teller_home, os_keyring, tmp_path):
    store, statement = choose_kek_store("auto", keys_folder(tmp_path), "sid")
    assert store.kind == "os" and "OS key store" in statement
    keys, _ = create_keys(tmp_path, lambda sid: choose_kek_store("auto", keys_folder(tmp_path), sid)[0])
    assert len(os_keyring.secrets) == 1
    assert not list(keys_folder(tmp_path).glob("kek-*.json"))
    assert load_keys(tmp_path).keys == keys.keys


def test_file_store_keys_unlock_with_the_passphrase(tmp_path):
    keys, _ = create_keys(tmp_path, file_store(tmp_path))
    loaded = load_keys(tmp_path, {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE})
    assert loaded.keys == keys.keys and loaded.kek_kind == "file"


def test_a_wrong_passphrase_is_a_typed_error(tmp_path):
    create_keys(tmp_path, file_store(tmp_path))
    with pytest.raises(KeyStoreProblem) as raised:
        load_keys(tmp_path, {"TELLER_KEYSTORE_PASSPHRASE": "not the passphrase at all"})
    assert raised.value.code == "keystore.wrong_passphrase"


def test_no_passphrase_and_no_terminal_is_a_typed_error_not_a_default(tmp_path, monkeypatch):
    create_keys(tmp_path, file_store(tmp_path))
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(KeyStoreProblem) as raised:
        load_keys(tmp_path, {})
    assert raised.value.code == "keystore.passphrase_missing"


def test_a_short_passphrase_is_refused_for_a_new_key_store(tmp_path):
    with pytest.raises(KeyStoreProblem) as raised:
        create_keys(tmp_path, file_store(tmp_path, passphrase="short"))
    assert raised.value.code == "keystore.weak_passphrase"


def test_no_key_is_written_to_disk_in_the_clear(tmp_path):
    keys, recovery = create_keys(tmp_path, file_store(tmp_path))
    on_disk = b"".join(p.read_bytes() for p in keys_folder(tmp_path).iterdir())
    for versions in keys.keys.values():
        for key in versions.values():
            assert key not in on_disk
            assert key.hex().encode() not in on_disk
            import base64

            assert base64.b64encode(key) not in on_disk
    assert recovery.replace("-", "").encode() not in on_disk


def test_recovery_key_restores_access_after_the_key_store_is_lost(tmp_path):
    keys, recovery = create_keys(tmp_path, file_store(tmp_path))
    for kek_file in keys_folder(tmp_path).glob("kek-*.json"):
        kek_file.unlink()  # the key store is gone
    with pytest.raises(KeyStoreProblem) as raised:
        load_keys(tmp_path, {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE})
    assert raised.value.code == "keystore.kek_missing"
    recovered = recover_keys(
        tmp_path, parse_recovery_key(recovery.lower()), file_store(tmp_path, "a new passphrase here")
    )
    assert recovered.keys == keys.keys
    assert load_keys(tmp_path, {"TELLER_KEYSTORE_PASSPHRASE": "a new passphrase here"}).keys == keys.keys


def test_another_stores_recovery_key_is_refused(tmp_path):
    create_keys(tmp_path, file_store(tmp_path))
    with pytest.raises(KeyStoreProblem) as raised:
        recover_keys(tmp_path, new_recovery_key(), file_store(tmp_path))
    assert raised.value.code == "keystore.wrong_recovery_key"


def test_a_mistyped_recovery_key_is_caught_by_its_checksum():
    text = format_recovery_key(new_recovery_key())
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    changed = ("A" if text[0] != "A" else "B") + text[1:]
    with pytest.raises(InputError) as raised:
        parse_recovery_key(changed)
    assert raised.value.code == "keys.recovery_key_mistyped"
    with pytest.raises(InputError):
        parse_recovery_key(text[:-5])


def test_recovery_key_forgives_spaces_lower_case_and_look_alike_digits():
    key = new_recovery_key()
    text = format_recovery_key(key)
    assert parse_recovery_key(" " + text.lower().replace("-", " ") + "\n") == key
    assert parse_recovery_key(text.replace("O", "0").replace("I", "1")) == key


def test_rotating_the_kek_rewraps_the_same_data_keys_and_removes_the_old_kek(tmp_path):
    keys, recovery = create_keys(tmp_path, file_store(tmp_path))
    old_kek = json.loads((keys_folder(tmp_path) / "keys.json").read_text())["kek"]["id"]
    new_kek = rotate_kek(
        tmp_path,
        FileKekStore(keys_folder(tmp_path), lambda: PASSPHRASE),
        {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE},
    )
    assert new_kek != old_kek
    assert not (keys_folder(tmp_path) / f"kek-{old_kek}.json").exists()
    assert load_keys(tmp_path, {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE}).keys == keys.keys
    # the recovery key still works after a KEK rotation
    assert recover_keys(tmp_path, parse_recovery_key(recovery), file_store(tmp_path)).keys == keys.keys


def test_a_new_data_key_version_is_also_recoverable(tmp_path):
    _, recovery = create_keys(tmp_path, file_store(tmp_path))
    newer = add_data_key_version(tmp_path, DATA, {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE})
    assert newer.active[DATA] == 2 and set(newer.keys[DATA]) == {1, 2}
    recovered = recover_keys(tmp_path, parse_recovery_key(recovery), file_store(tmp_path))
    assert recovered.keys == newer.keys and recovered.active[DATA] == 2


def test_data_keys_exported_to_a_sibling_terminal_open_the_same_ciphertext(tmp_path):
    keys, _ = create_keys(tmp_path / "first", file_store(tmp_path / "first"))
    wrapping = b"\x42" * 32
    blob = export_data_keys(keys, wrapping)
    assert all(k not in blob for v in keys.keys.values() for k in v.values())
    imported = import_data_keys(blob, wrapping)
    sibling, _ = create_keys(tmp_path / "second", file_store(tmp_path / "second"), imported=imported)
    sealed = keys.cipher().encrypt("customers", "name", "row-1", "同一分行".encode())
    assert sibling.cipher().decrypt("customers", "name", "row-1", sealed).decode() == "同一分行"
    assert sibling.store_id != keys.store_id
    with pytest.raises(KeyStoreProblem):
        import_data_keys(blob, b"\x43" * 32)


def test_passphrase_comes_from_the_environment_variable():
    assert passphrase_source({"TELLER_KEYSTORE_PASSPHRASE": "from env"})() == "from env"


def test_a_key_version_made_on_a_sibling_terminal_is_adopted_and_opens_its_ciphertext(tmp_path):
    first, _ = create_keys(tmp_path / "first", file_store(tmp_path / "first"))
    second, recovery = create_keys(
        tmp_path / "second",
        file_store(tmp_path / "second"),
        imported=import_data_keys(export_data_keys(first, b"\x42" * 32), b"\x42" * 32),
    )
    rotated = add_data_key_version(tmp_path / "first", DATA, {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE})
    sealed = rotated.cipher().encrypt("customers", "name", "row-1", "轮换之后".encode())
    with pytest.raises(DataIntegrityError):
        second.cipher().decrypt("customers", "name", "row-1", sealed)
    adopted = adopt_data_keys(tmp_path / "second", rotated, {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE})
    assert adopted.active[DATA] == 2 and set(adopted.keys[DATA]) == {1, 2}
    reloaded = load_keys(tmp_path / "second", {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE})
    assert reloaded.cipher().decrypt("customers", "name", "row-1", sealed).decode() == "轮换之后"
    recovered = recover_keys(
        tmp_path / "second", parse_recovery_key(recovery), file_store(tmp_path / "second")
    )
    assert recovered.keys == adopted.keys  # the recovery key covers the adopted version too


def test_two_terminals_that_rotated_on_their_own_are_refused_not_mixed(tmp_path):
    first, _ = create_keys(tmp_path / "first", file_store(tmp_path / "first"))
    create_keys(tmp_path / "second", file_store(tmp_path / "second"), imported=first)
    env = {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE}
    rotated_first = add_data_key_version(tmp_path / "first", DATA, env)
    add_data_key_version(tmp_path / "second", DATA, env)  # a different "version 2"
    before = (keys_folder(tmp_path / "second") / "keys.json").read_bytes()
    with pytest.raises(KeyStoreProblem) as raised:
        adopt_data_keys(tmp_path / "second", rotated_first, env)
    assert raised.value.code == "keystore.version_conflict" and raised.value.params["version"] == 2
    assert (keys_folder(tmp_path / "second") / "keys.json").read_bytes() == before
