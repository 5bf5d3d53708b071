"""No plaintext: distinctive names, addresses and identity numbers never appear in the database file, its
WAL, a backup, the key files or the logs — in UTF-8 or UTF-16."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from storage_helpers import add_customer_and_case

from teller_app.cli import main
from teller_app.config import Config
from teller_app.domain.errors import InputError
from teller_app.log import get_logger
from teller_app.storage.customers import find_customers, set_customer_identity
from teller_app.storage.schema import BeneficialOwner, CaseStep, Customer, Document, DocumentScan, User
from teller_app.storage.store import open_configured_store

SECRETS = {
    "chinese_name": "翡翠湾澜沧江贸易有限责任公司",
    "latin_name": "Quillfeather Zymurgy Holdings",
    "address": "云南省西双版纳傣族自治州勐腊县曼庄路88号",
    "latin_address": "17 Xylophone Quay, Vexborough",
    "credit_code": "91532823MA6QK7PX3B",
    "id_number": "532823199003151234",
    "legal_rep": "刀玉香",
    "phone": "13987654321",
    "owner_name": "Zebulon Marchetti-Okafor",
    "owner_id": "110105198802290013",
    "scan_marker": "SCAN-CONTENT-7Q2WX9-营业执照正本",
    "note": "原件已核对，法人刀玉香本人到场",
}


def encodings(value: str) -> list[bytes]:
    forms = {value, value.upper(), value.lower()}
    out = []
    for form in forms:
        out += [form.encode("utf-8"), form.encode("utf-16-le"), form.encode("utf-16-be")]
    if len(value) >= 8:  # also any long-enough piece of it (a partial leak is a leak)
        out.append(value[: len(value) // 2].encode("utf-8"))
    return out


def leaks(files) -> list[str]:
    found = []
    for path in files:
        data = path.read_bytes()
        for label, value in SECRETS.items():
            if any(form in data for form in encodings(value)):
                found.append(f"{label} in {path.name}")
    return found


def fill_store(store) -> None:
    with store.unit_of_work(user_id="teller-1") as uow:
        customer, case = add_customer_and_case(
            uow, name=SECRETS["chinese_name"], credit_code=SECRETS["credit_code"], address=SECRETS["address"]
        )
        uow.seal(customer, "legal_representative", SECRETS["legal_rep"])
        uow.seal(customer, "phone", SECRETS["phone"])
        step = uow.new(CaseStep, case_id=case.id, step="identity")
        uow.seal(
            step, "data", {"legal_representative": SECRETS["legal_rep"], "id_number": SECRETS["id_number"]}
        )
        document = uow.new(Document, case_id=case.id, item_code="business_licence", decision="verified")
        uow.seal(document, "note", SECRETS["note"])
        scan = uow.new(
            DocumentScan, document_id=document.id, case_id=case.id, media_type="image/png", size=64
        )
        uow.seal(scan, "content", b"\x89PNG\r\n" + SECRETS["scan_marker"].encode() + b"\x00" * 32)
        owner = uow.new(BeneficialOwner, case_id=case.id, ordinal=1)
        uow.seal(owner, "name", SECRETS["owner_name"])
        uow.seal(owner, "id_number", SECRETS["owner_id"])
        uow.seal(owner, "details", {"address": SECRETS["latin_address"], "share": "0.40"})
        uow.append_audit("case.documents_saved", case_id=case.id, details={"note": SECRETS["note"]})
    with store.unit_of_work(user_id="teller-1") as uow:
        person = uow.new(Customer, kind="individual")
        set_customer_identity(uow, person, name=SECRETS["latin_name"], id_number=SECRETS["id_number"])
        uow.seal(person, "address", SECRETS["latin_address"])
        uow.append_audit("customer.created", details={"name": SECRETS["latin_name"]})
    with pytest.raises(InputError):  # a refused input must not leak through an error path either
        with store.unit_of_work(user_id="teller-1") as uow:
            add_customer_and_case(uow, name=SECRETS["chinese_name"] * 20)


@pytest.mark.slow
def test_no_personal_data_in_the_database_wal_backup_keys_or_logs(capsys, tmp_path):
    assert main(["init", "--branch", "B0530", "--terminal", "T07"]) == 0
    config = Config.load()
    store = open_configured_store(config)
    fill_store(store)
    get_logger("storage").info("saved case for %s", SECRETS["id_number"])  # a careless message is masked
    with store.reading() as session:  # searching works on the very same data
        assert (
            len(find_customers(session, store.blind, store.sealer, credit_code=SECRETS["credit_code"])) == 1
        )
        assert session.scalars(select(User)).one().username == "admin"

    wal = config.paths.local_store.with_name(config.paths.local_store.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the store is open: recent pages sit in the WAL
    assert main(["backup", str(tmp_path / "backup.sqlite3")]) == 0
    assert main(["doctor"]) == 0
    assert main(["audit", "verify"]) == 0
    capsys.readouterr()

    files = [config.paths.local_store, wal, tmp_path / "backup.sqlite3"]
    files += [p for p in config.paths.logs.rglob("*") if p.is_file()]
    files += [p for p in config.paths.data.rglob("*") if p.is_file()]
    files += [config.paths.config_file]
    assert any(p.suffix == ".log" for p in files)
    assert leaks(files) == []
    store.close()


def test_the_leak_scanner_finds_plaintext_when_it_is_there(tmp_path):
    planted = tmp_path / "planted.bin"
    planted.write_bytes(b"xx" + SECRETS["chinese_name"].encode("utf-16-le") + b"yy")
    assert leaks([planted]) == ["chinese_name in planted.bin"]
