"""Personal data is AES-256-GCM ciphertext bound to its table, column, row and key version."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from teller_app.storage.crypto import OVERHEAD, FieldCipher, FieldSealer, key_version_of
from teller_app.storage.errors import DataIntegrityError
from teller_app.storage.keystore import fresh_data_keys
from teller_app.storage.schema import Case, Customer


def test_customer_name_reads_back_after_it_was_sealed(store, open_case):
    customer, _ = open_case(name="上海松江精密仪器有限公司")
    with store.reading() as session:
        stored = session.get(Customer, customer.id)
        assert isinstance(stored.name, bytes)
        assert "上海松江".encode() not in stored.name
        assert store.sealer.open_text(stored, "name") == "上海松江精密仪器有限公司"


def test_step_data_json_reads_back(store, open_case):
    _, case = open_case()
    with store.reading() as session:
        assert store.sealer.open_json(session.get(Case, case.id), "summary")["address"].startswith("北京市")


def test_the_same_name_sealed_twice_gives_different_ciphertext(store, open_case):
    first, _ = open_case(name="Same Name Ltd")
    second, _ = open_case(name="Same Name Ltd")
    assert first.name != second.name  # random nonce


def test_ciphertext_moved_to_another_customer_is_an_integrity_error_naming_the_row(store, open_case):
    victim, _ = open_case(name="Victim Trading Co")
    other, _ = open_case(name="Other Trading Co")
    other.name = victim.name  # a curious technician copies a ciphertext between rows
    with pytest.raises(DataIntegrityError) as raised:
        store.sealer.open_text(other, "name")
    assert raised.value.code == "storage.integrity"
    assert raised.value.params["table"] == "customers"
    assert raised.value.params["column"] == "name"
    assert raised.value.params["row_id"] == other.id


def test_ciphertext_moved_to_another_column_is_an_integrity_error(store, open_case):
    customer, _ = open_case()
    customer.address = customer.name
    with pytest.raises(DataIntegrityError) as raised:
        store.sealer.open_text(customer, "address")
    assert raised.value.params["column"] == "address"


def test_every_flipped_byte_is_an_integrity_error_never_wrong_data(store, open_case):
    customer, _ = open_case(name="Flip Test Co")
    original = bytes(customer.name)
    for position in range(len(original)):
        for flip in (0x01, 0x80, 0xFF):
            damaged = bytearray(original)
            damaged[position] ^= flip
            customer.name = bytes(damaged)
            with pytest.raises(DataIntegrityError):
                store.sealer.open_text(customer, "name")
    customer.name = original
    assert store.sealer.open_text(customer, "name") == "Flip Test Co"


def test_truncated_ciphertext_is_an_integrity_error(store, open_case):
    customer, _ = open_case()
    customer.name = customer.name[: OVERHEAD - 1]
    with pytest.raises(DataIntegrityError):
        store.sealer.open_text(customer, "name")


def test_ciphertext_under_an_unknown_key_version_is_an_integrity_error(store, open_case):
    customer, _ = open_case()
    stranger = FieldSealer(FieldCipher({7: bytes(32)}, 7))
    stranger.seal_text(customer, "name", "Sealed Elsewhere Ltd")
    with pytest.raises(DataIntegrityError) as raised:
        store.sealer.open_text(customer, "name")
    assert "version 7" in raised.value.params["problem"]


def test_older_key_versions_still_open_after_a_new_version_is_active():
    keys = fresh_data_keys()
    old = FieldCipher(keys.keys["data"], 1)
    blob = old.encrypt("customers", "name", "row-1", "旧密钥".encode())
    newer = FieldCipher({**keys.keys["data"], 2: b"\x02" * 32}, 2)
    assert newer.decrypt("customers", "name", "row-1", blob).decode() == "旧密钥"
    assert key_version_of(newer.encrypt("customers", "name", "row-1", b"x")) == 2


def test_a_plain_column_cannot_be_sealed(store, open_case):
    _, case = open_case()
    with pytest.raises(ValueError, match="not an encrypted column"):
        store.sealer.seal_text(case, "status", "open")


def test_plaintext_assigned_to_an_encrypted_column_is_refused_and_nothing_is_stored(store):
    with pytest.raises(TypeError, match="must be sealed"):
        with store.unit_of_work() as uow:
            customer = uow.new(Customer, kind="individual")
            customer.name = "张三".encode()
    with store.reading() as session:
        assert session.scalars(select(Customer)).all() == []
