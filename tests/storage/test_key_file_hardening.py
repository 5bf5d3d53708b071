"""Key files as an attacker or a failing disk leaves them: damaged files are named, never a crash; the files
and their folder are the owner's alone; a passphrase being chosen is asked twice; no key in a repr."""

from __future__ import annotations

import json
import os
import stat

import keyring
import pytest
from storage_helpers import MemoryKeyring

from teller_app.storage.errors import KeyStoreProblem
from teller_app.storage.kek_stores import (
    KEYRING_SERVICE,
    SCRYPT_N,
    FileKekStore,
    choose_kek_store,
    passphrase_source,
)
from teller_app.storage.keystore import create_keys, keys_folder, load_keys

PASSPHRASE = "test passphrase for the file key store"
ENV = {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE}


def file_store(folder, passphrase=PASSPHRASE):
    return lambda store_id: FileKekStore(keys_folder(folder), lambda: passphrase)


def key_file(folder):
    return keys_folder(folder) / "keys.json"


def kek_file(folder):
    return next(keys_folder(folder).glob("kek-*.json"))


def edit_json(path, change) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    change(record)
    path.write_text(json.dumps(record), encoding="utf-8")


DAMAGES = {
    "not base64": lambda r: r["data_keys"][0].update(wrapped="!!not base64!!"),
    "no version": lambda r: r["data_keys"][0].pop("version"),
    "active key absent": lambda r: r["active"].update(data=7),
    "no recovery wrap": lambda r: r["recovery"].pop("rwk"),
    "truncated wrap": lambda r: r["data_keys"][0].update(wrapped="AAAA"),
    "a list, not a record": lambda r: r.update(kek=["os", "id"]),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_key_file_is_named_as_damaged_never_a_crash(tmp_path, damage):
    create_keys(tmp_path, file_store(tmp_path))
    edit_json(key_file(tmp_path), DAMAGES[damage])
    with pytest.raises(KeyStoreProblem) as raised:
        load_keys(tmp_path, ENV)
    assert raised.value.code in ("keystore.damaged", "keystore.unwrap_failed")


def test_a_key_file_that_is_not_json_is_named_as_damaged(tmp_path):
    create_keys(tmp_path, file_store(tmp_path))
    key_file(tmp_path).write_bytes(b"\x00\xff half a file")
    with pytest.raises(KeyStoreProblem) as raised:
        load_keys(tmp_path, ENV)
    assert raised.value.code == "keystore.damaged" and "keys.json" in raised.value.render()


@pytest.mark.parametrize("n", [3, 2**40, "32768", None])
def test_a_kek_file_with_absurd_scrypt_parameters_is_refused_before_any_work(tmp_path, n):
    create_keys(tmp_path, file_store(tmp_path))
    edit_json(kek_file(tmp_path), lambda r: r["kdf"].update(n=n))
    with pytest.raises(KeyStoreProblem) as raised:
        load_keys(tmp_path, ENV)
    assert raised.value.code == "keystore.damaged"


def test_new_kek_files_use_at_least_the_owasp_scrypt_cost(tmp_path):
    create_keys(tmp_path, file_store(tmp_path))
    kdf = json.loads(kek_file(tmp_path).read_text())["kdf"]
    assert kdf["name"] == "scrypt" and kdf["n"] >= 2**17 and kdf["r"] >= 8 and kdf["n"] == SCRYPT_N


def test_a_wrong_passphrase_is_refused_even_after_the_right_one_opened_the_file(tmp_path):
    create_keys(tmp_path, file_store(tmp_path))
    assert load_keys(tmp_path, ENV).store_id
    with pytest.raises(KeyStoreProblem) as raised:
        load_keys(tmp_path, {"TELLER_KEYSTORE_PASSPHRASE": PASSPHRASE + " but not quite"})
    assert raised.value.code == "keystore.wrong_passphrase"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_key_files_and_their_folder_belong_to_the_owner_alone(tmp_path):
    create_keys(tmp_path, file_store(tmp_path))
    assert stat.S_IMODE(keys_folder(tmp_path).stat().st_mode) == 0o700
    for path in keys_folder(tmp_path).iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_data_keys_never_appear_in_their_repr(tmp_path):
    keys, _ = create_keys(tmp_path, file_store(tmp_path))
    shown = repr(keys)
    for versions in keys.keys.values():
        for key in versions.values():
            assert key.hex() not in shown and repr(key) not in shown


def prompt_answers(monkeypatch, *answers: str) -> None:
    replies = iter(answers)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(replies))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)


def test_a_new_passphrase_typed_at_a_prompt_must_be_typed_twice_the_same(tmp_path, monkeypatch):
    prompt_answers(monkeypatch, "a passphrase typed once", "a passphrase typed twice")
    store, _ = choose_kek_store("file", keys_folder(tmp_path), "sid", {})
    with pytest.raises(KeyStoreProblem) as raised:
        create_keys(tmp_path, lambda store_id: store)
    assert raised.value.code == "keystore.passphrase_mismatch"
    assert not key_file(tmp_path).exists()


def test_a_new_passphrase_typed_twice_the_same_protects_the_keys(tmp_path, monkeypatch):
    chosen = "the branch safe passphrase"
    prompt_answers(monkeypatch, chosen, chosen, chosen)
    store, _ = choose_kek_store("file", keys_folder(tmp_path), "sid", {})
    keys, _ = create_keys(tmp_path, lambda store_id: store)
    assert load_keys(tmp_path, {}).keys == keys.keys  # the third answer unlocks
    assert passphrase_source({"TELLER_KEYSTORE_PASSPHRASE": chosen}, confirm=True)() == chosen


@pytest.mark.parametrize("garbage", ["not base64 at all!", "c2hvcnQ="])
def test_a_garbled_kek_in_the_os_key_store_is_named_as_damaged(tmp_path, garbage):
    previous = keyring.get_keyring()
    backend = MemoryKeyring()  # whose entry is then overwritten
    keyring.set_keyring(backend)
    try:
        create_keys(tmp_path, lambda sid: choose_kek_store("os", keys_folder(tmp_path), sid)[0])
        ((service, user),) = backend.secrets
        assert service == KEYRING_SERVICE
        backend.secrets[(service, user)] = garbage
        with pytest.raises(KeyStoreProblem) as raised:
            load_keys(tmp_path)
        assert raised.value.code == "keystore.damaged"
    finally:
        keyring.set_keyring(previous)
