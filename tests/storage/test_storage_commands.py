"""`teller-admin init, doctor, audit verify, backup, restore, keys rotate|recover` as IT staff run them."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import select
from storage_helpers import add_cases, add_customer_and_case, run, tamper

from teller_app.cli import main
from teller_app.config import Config
from teller_app.domain.passwords import verify_password
from teller_app.storage.crypto import key_version_of
from teller_app.storage.errors import DataIntegrityError
from teller_app.storage.keystore import keys_folder
from teller_app.storage.rotation import rotate_data_key
from teller_app.storage.schema import Customer, User
from teller_app.storage.store import open_configured_store


@pytest.fixture
def initialised(capsys):
    code, data = run(capsys, "init", "--branch", "B0101", "--terminal", "T01")
    assert code == 0
    return data


def test_init_creates_store_keys_and_administrator_and_shows_the_recovery_key_once(initialised, capsys):
    assert len(initialised["recovery_key"].split("-")) == 14
    assert "file key store" in initialised["key_store"]
    config = Config.load()
    assert (config.branch, config.terminal) == ("B0101", "T01")
    store = open_configured_store(config)
    with store.reading() as session:
        admin = session.scalars(select(User)).one()
    store.close()
    assert admin.username == "admin" and admin.role == "administrator" and admin.must_change_password
    assert verify_password(initialised["admin_password"], admin.password_hash)
    assert initialised["recovery_key"] not in (keys_folder(config.paths.data) / "keys.json").read_text()
    code, data = run(capsys, "doctor")
    assert initialised["recovery_key"] not in json.dumps(data)


def test_init_twice_is_refused_and_changes_nothing(initialised, capsys):
    before = (keys_folder(Config.load().paths.data) / "keys.json").read_bytes()
    code, data = run(capsys, "init", "--branch", "B0101", "--terminal", "T09")
    assert code == 1 and "already set up" in data["error"]
    assert (keys_folder(Config.load().paths.data) / "keys.json").read_bytes() == before
    assert Config.load().terminal == "T01"


def test_init_takes_the_administrators_password_from_stdin(capsys, monkeypatch):
    code, data = run(
        capsys,
        "init",
        "--branch",
        "B1",
        "--terminal",
        "T1",
        "--password-stdin",
        stdin="Counter-Safe-2026\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0 and data["admin_password"] is None
    store = open_configured_store(Config.load())
    with store.reading() as session:
        assert verify_password("Counter-Safe-2026", session.scalars(select(User)).one().password_hash)
    store.close()


def test_init_refuses_a_weak_administrator_password(capsys, monkeypatch):
    code, data = run(
        capsys,
        "init",
        "--branch",
        "B1",
        "--terminal",
        "T1",
        "--password-stdin",
        stdin="short\n",
        monkeypatch=monkeypatch,
    )
    assert code == 2 and "password" in data["error"]
    assert not Config.load().paths.local_store.exists()


def test_init_refuses_a_bad_branch_code(capsys):
    code, data = run(capsys, "init", "--branch", "B 01;drop", "--terminal", "T1")
    assert code == 2 and "branch" in data["error"]


def test_doctor_passes_on_a_fresh_terminal_and_names_the_key_store(initialised, capsys):
    code, data = run(capsys, "doctor")
    assert code == 0 and data["ok"]
    checks = {c["name"]: c for c in data["checks"]}
    assert set(checks) >= {
        "terminal",
        "key_store",
        "local_store",
        "migrations",
        "audit_chain",
        "clock",
        "disk",
        "version",
    }
    assert "file key store" in checks["key_store"]["detail"]


def test_doctor_fails_before_init(capsys):
    code, data = run(capsys, "doctor")
    assert code == 1 and not data["ok"]


def test_doctor_fails_when_the_audit_chain_is_broken(initialised, capsys):
    add_cases(1)
    tamper("UPDATE audit_events SET result = 'refused' WHERE seq = 2")
    code, data = run(capsys, "doctor")
    assert code == 1
    assert not {c["name"]: c for c in data["checks"]}["audit_chain"]["ok"]


def test_audit_verify_passes_then_names_the_changed_event(initialised, capsys):
    add_cases(4)
    code, data = run(capsys, "audit", "verify")
    assert code == 0 and data["chains"][0]["count"] == 6
    tamper("UPDATE audit_events SET action = 'case.opeN' WHERE seq = 4")
    code, data = run(capsys, "audit", "verify")
    assert code == 1
    assert data["chains"][0]["first_broken_seq"] == 4


def test_audit_verify_names_a_deleted_event(initialised, capsys):
    add_cases(4)
    tamper("DELETE FROM audit_events WHERE seq = 5")
    main(["audit", "verify"])
    assert "BROKEN at event 5" in capsys.readouterr().out


def test_backup_while_the_app_writes_then_restore_brings_back_that_state(initialised, capsys, tmp_path):
    add_cases(2)
    store = open_configured_store(Config.load())
    with store.unit_of_work() as uow:  # the app is in the middle of a save while IT takes the backup
        add_customer_and_case(uow, name="未提交的公司")
        code, data = run(capsys, "backup", str(tmp_path / "backup.sqlite3"))
    assert code == 0 and data["audit_events"] == 4  # the unfinished save is not in the copy
    with store.unit_of_work() as uow:
        add_customer_and_case(uow, name="备份之后的公司")
    store.close()
    code, data = run(capsys, "restore", str(tmp_path / "backup.sqlite3"))
    assert code == 1 and "--accept-rollback" in data["error"]  # the backup is older than the chain reached
    code, data = run(capsys, "restore", "--accept-rollback", str(tmp_path / "backup.sqlite3"))
    assert code == 0 and data["kept"] and data["rollback"]["rollback"]
    store = open_configured_store(Config.load())
    with store.reading() as session:
        names = {store.sealer.open_text(c, "name") for c in session.scalars(select(Customer))}
    store.close()
    assert names == {"命令测试公司0", "命令测试公司1"}
    assert run(capsys, "audit", "verify")[0] == 0


def test_restore_refuses_a_backup_whose_audit_chain_is_broken(initialised, capsys, tmp_path):
    add_cases(3)
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "backup", str(backup))[0] == 0
    connection = sqlite3.connect(backup, isolation_level=None)
    connection.execute("DROP TRIGGER audit_events_no_delete")
    connection.execute("DELETE FROM audit_events WHERE seq = 3")
    connection.close()
    code, data = run(capsys, "restore", str(backup))
    assert code == 1 and "broken at event 3" in data["error"]


def test_restore_refuses_a_file_that_fails_integrity_check(initialised, capsys, tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    code, data = run(capsys, "restore", str(damaged))
    assert code == 1 and "integrity" in data["error"]
    assert run(capsys, "doctor")[0] == 0  # the store was left alone


def test_keys_rotate_rewraps_and_the_data_still_opens(initialised, capsys):
    add_cases(2)
    code, data = run(capsys, "keys", "rotate")
    assert code == 0
    store = open_configured_store(Config.load())
    with store.reading() as session:
        assert len([store.sealer.open_text(c, "name") for c in session.scalars(select(Customer))]) == 2
    store.close()


def test_keys_rotate_data_finishes_an_interrupted_rotation(initialised, capsys):
    add_cases(7)
    store = open_configured_store(Config.load())

    def crash_after_first_batch(table, count):
        if table == "customers":
            raise KeyboardInterrupt("power cut")

    with pytest.raises(KeyboardInterrupt):
        rotate_data_key(store, batch_size=3, after_batch=crash_after_first_batch)
    store.close()
    code, data = run(capsys, "keys", "rotate", "--data", "--batch", "2")
    assert code == 0 and data["resumed"] and data["data_key_version"] == 2
    store = open_configured_store(Config.load())
    with store.reading() as session:
        customers = list(session.scalars(select(Customer)))
        assert {key_version_of(c.name) for c in customers} == {2}
        assert sorted(store.sealer.open_text(c, "name") for c in customers)[0] == "命令测试公司0"
    store.close()
    assert run(capsys, "audit", "verify")[0] == 0


def test_keys_recover_after_the_key_store_is_lost(initialised, capsys, monkeypatch):
    add_cases(1)
    for kek_file in keys_folder(Config.load().paths.data).glob("kek-*.json"):
        kek_file.unlink()
    assert run(capsys, "doctor")[0] == 1
    code, _ = run(
        capsys,
        "keys",
        "recover",
        "--recovery-key-stdin",
        stdin=initialised["recovery_key"] + "\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0
    assert run(capsys, "doctor")[0] == 0


def test_init_with_a_central_database_registers_the_terminal_there(capsys, tmp_path):
    central = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    code, data = run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", central)
    assert code == 0 and data["central_registered"] is True
    assert Config.load().central_url == central


def test_init_refuses_an_unreachable_central_database_and_writes_nothing(capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:9/nowhere"
    code, data = run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", url)
    assert code == 1 and data["code"] == "sync.central_unreachable"
    paths = Config.load().paths
    assert not paths.local_store.exists() and not (paths.data / "keys" / "keys.json").exists()
    assert not paths.config_file.exists()


def test_init_with_offline_sets_up_now_and_doctor_names_the_unreachable_central(capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:9/nowhere"
    code, data = run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", url, "--offline")
    assert code == 0 and data["central_registered"] is False
    code, report = run(capsys, "doctor")
    assert code == 1
    assert [c["ok"] for c in report["checks"] if c["name"] == "central"] == [False]


def _offered_secret(capsys) -> str:
    """`teller-admin enrolment offer` on the terminal of the current TELLER_HOME: the one-time secret."""
    code, offer = run(capsys, "enrolment", "offer")
    assert code == 0, offer
    return next(value for key, value in offer.items() if "secret" in key)


def _init_sibling(capsys, monkeypatch, home, central: str, secret: str) -> tuple[int, dict]:
    """Set up terminal T02 of branch B0101 in `home`, taking the branch's keys with `secret`."""
    monkeypatch.setenv("TELLER_HOME", str(home))
    init = [
        "init",
        "--branch",
        "B0101",
        "--terminal",
        "T02",
        "--central",
        central,
        "--enrolment-secret-stdin",
    ]
    return run(capsys, *init, stdin=secret + "\n", monkeypatch=monkeypatch)


def test_a_second_terminal_takes_the_branch_keys_by_enrolment_and_reads_the_first_ones_data(
    capsys, monkeypatch, tmp_path, teller_home
):
    central = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", central)[0] == 0
    first_keys = open_configured_store(Config.load())
    sealed = first_keys.sealer.cipher.encrypt("customers", "name", "row-1", "分行共享".encode())
    first_keys.close()
    secret = _offered_secret(capsys)

    code, data = _init_sibling(capsys, monkeypatch, tmp_path / "second-terminal", central, secret)
    assert code == 0 and data["enrolled"], data
    second = open_configured_store(Config.load())
    assert second.sealer.cipher.decrypt("customers", "name", "row-1", sealed).decode() == "分行共享"
    second.close()


def test_a_data_key_rotation_on_one_terminal_is_adopted_by_its_sibling(
    capsys, monkeypatch, tmp_path, teller_home
):
    central = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    first_home, second_home = str(teller_home), str(tmp_path / "second-terminal")
    assert run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", central)[0] == 0
    assert _init_sibling(capsys, monkeypatch, second_home, central, _offered_secret(capsys))[0] == 0

    monkeypatch.setenv("TELLER_HOME", first_home)  # the first terminal rotates the branch's data key
    code, rotated = run(capsys, "keys", "rotate", "--data")
    assert code == 0, rotated
    first = open_configured_store(Config.load())
    sealed = first.sealer.cipher.encrypt("customers", "name", "row-2", "轮换后".encode())
    first.close()
    secret = _offered_secret(capsys)

    monkeypatch.setenv("TELLER_HOME", second_home)
    before = open_configured_store(Config.load())
    with pytest.raises(DataIntegrityError):  # the new version is unknown here until it is adopted
        before.sealer.cipher.decrypt("customers", "name", "row-2", sealed)
    before.close()
    code, adopted = run(capsys, "enrolment", "adopt", stdin=secret + "\n", monkeypatch=monkeypatch)

    assert code == 0, adopted
    assert adopted["active"]["data"] == rotated["data_key_version"]
    second = open_configured_store(Config.load())
    assert second.sealer.cipher.decrypt("customers", "name", "row-2", sealed).decode() == "轮换后"
    second.close()

    code, refused = run(capsys, "enrolment", "adopt", stdin="\n", monkeypatch=monkeypatch)
    assert code == 2 and "secret" in json.dumps(refused)
