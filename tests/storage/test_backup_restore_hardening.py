"""Backup, restore, doctor and audit verify when things go wrong: a damaged store, a busy store, a wrong
target, a backup whose WAL file tells another story. Each gets a one-line reason, never a traceback.
And the store's own files: WAL with synchronous=FULL on every connection, readable by the owner only."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import threading

import pytest
from sqlalchemy import select, text
from storage_helpers import add_customer_and_case

from teller_app.cli import main
from teller_app.config import Config
from teller_app.storage import backup as backup_module
from teller_app.storage import db
from teller_app.storage.errors import StoreProblem
from teller_app.storage.schema import AuditEvent
from teller_app.storage.store import open_configured_store


def run(capsys, *argv: str) -> tuple[int, dict, str]:
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else {}, captured.err


@pytest.fixture
def initialised(capsys):
    assert run(capsys, "init", "--branch", "B0101", "--terminal", "T01")[0] == 0
    store = open_configured_store(Config.load())
    try:
        for number in range(3):
            with store.unit_of_work(user_id="teller-1") as uow:
                add_customer_and_case(uow, name=f"备份测试公司{number}")
    finally:
        store.close()
    return Config.load().paths


def one_line_failure(code: int, data: dict, err: str) -> None:
    assert code == 1 and data["ok"] is False
    assert err.count("\n") == 1 and err.startswith("teller-admin: ") and "Traceback" not in err


def test_a_backup_is_never_written_over_the_local_store(initialised, capsys):
    before = initialised.local_store.stat().st_ino
    code, data, err = run(capsys, "backup", str(initialised.local_store))
    one_line_failure(code, data, err)
    assert data["code"] == "storage.backup_over_store"
    assert initialised.local_store.stat().st_ino == before
    assert run(capsys, "audit", "verify")[0] == 0


def test_a_backup_into_a_folder_that_cannot_exist_is_a_one_line_reason(initialised, capsys, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    code, data, err = run(capsys, "backup", str(tmp_path / "a-file" / "backup.sqlite3"))
    one_line_failure(code, data, err)
    assert data["code"] == "storage.backup_folder_missing"


def damage(path) -> None:
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"this was a database until the disk failed" * 200)


def test_doctor_on_a_damaged_store_fails_its_checks_instead_of_crashing(initialised, capsys):
    damage(initialised.local_store)
    code, data, _ = run(capsys, "doctor")
    assert code == 1
    failed = {check["name"] for check in data["checks"] if not check["ok"]}
    assert {"local_store", "migrations", "audit_chain"} <= failed


def test_audit_verify_and_backup_of_a_damaged_store_give_a_one_line_reason(initialised, capsys, tmp_path):
    damage(initialised.local_store)
    code, data, err = run(capsys, "audit", "verify")
    one_line_failure(code, data, err)
    assert data["code"] == "storage.damaged"
    code, data, err = run(capsys, "backup", str(tmp_path / "backup.sqlite3"))
    one_line_failure(code, data, err)
    assert not (tmp_path / "backup.sqlite3").exists()


def test_restore_is_refused_while_the_app_holds_the_store(initialised, capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_module, "RESTORE_WAIT_SECONDS", 0.2)
    assert run(capsys, "backup", str(tmp_path / "backup.sqlite3"))[0] == 0
    store = open_configured_store(Config.load())
    with store.unit_of_work(user_id="teller-1") as uow:
        add_customer_and_case(uow, name="备份之后的公司")
    with store.reading() as session:  # the app is showing a list: a read snapshot is open
        session.execute(select(AuditEvent.seq)).all()
        code, data, err = run(capsys, "restore", "--accept-rollback", str(tmp_path / "backup.sqlite3"))
    store.close()
    one_line_failure(code, data, err)
    assert data["code"] == "storage.store_in_use"
    store = open_configured_store(Config.load())
    with store.reading() as session:  # nothing was replaced: the newest save is still there
        assert session.execute(text("SELECT count(*) FROM customers")).scalar() == 4
    store.close()


def test_restore_checks_the_very_bytes_it_restores_not_a_wal_file_beside_the_backup(
    initialised, capsys, tmp_path
):
    """A backup whose main file has a deleted audit event, 'repaired' by a WAL file lying beside it: a
    check that reads the WAL would pass, but the WAL is not restored. The restored bytes are checked."""
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "backup", str(backup))[0] == 0
    staged = tmp_path / "staged"
    staged.mkdir()
    connection = sqlite3.connect(backup, isolation_level=None)
    connection.execute("DROP TRIGGER audit_events_no_delete")
    row = connection.execute("SELECT * FROM audit_events WHERE seq = 3").fetchone()
    connection.execute("DELETE FROM audit_events WHERE seq = 3")  # the main file: chain broken
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    marks = ",".join("?" * len(row))
    connection.execute(f"INSERT INTO audit_events VALUES ({marks})", row)  # only in the WAL: repaired
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{backup}{suffix}", staged / f"backup.sqlite3{suffix}")
    connection.close()
    code, data, err = run(capsys, "restore", str(staged / "backup.sqlite3"))
    one_line_failure(code, data, err)
    assert data["code"] == "storage.backup_chain_broken"
    assert run(capsys, "audit", "verify")[0] == 0  # the store was left alone


def test_a_database_that_cannot_run_wal_with_full_sync_is_refused():
    with pytest.raises(StoreProblem) as raised:
        db.configure_connection(sqlite3.connect(":memory:"))
    assert raised.value.code == "storage.not_durable"


def test_every_connection_of_the_store_runs_wal_with_full_sync(store):
    connections = [store.engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        for connection in connections:
            connection.close()
    with store.writer.connection() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_local_store_its_wal_and_its_backups_are_readable_by_the_owner_only(store, tmp_path):
    with store.unit_of_work(user_id="teller-1") as uow:
        add_customer_and_case(uow)
    backup_module.backup_store(store.path, tmp_path / "backup.sqlite3")
    files = [store.path, *store.path.parent.glob(store.path.name + "-*"), tmp_path / "backup.sqlite3"]
    assert len(files) >= 3  # the store, its WAL and SHM, the backup
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_store_left_readable_by_others_is_narrowed_when_opened(store):
    store.close()
    os.chmod(store.path, 0o644)
    db.create_store_engine(store.path).dispose()
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_a_disk_failure_nobody_named_still_ends_a_command_with_one_line(initialised, capsys, monkeypatch):
    from teller_app.cli import storage_commands

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage_commands, "rotate_kek", disk_full)
    code, data, err = run(capsys, "keys", "rotate")
    one_line_failure(code, data, err)
    assert "No space left on device" in data["error"]


def test_a_database_error_is_one_line_without_the_sql_parameters(initialised, capsys, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from teller_app.storage.store import Store

    def failing(*args, **kwargs):
        raise OperationalError(
            "SELECT * FROM users WHERE username = ?", ("secret-name",), Exception("disk I/O error")
        )

    monkeypatch.setattr(Store, "verify_chains", failing)
    code, data, err = run(capsys, "audit", "verify")
    one_line_failure(code, data, err)
    assert "disk I/O error" in err and "secret-name" not in err


def test_backups_taken_while_a_teller_keeps_saving_are_each_whole(store, tmp_path):
    """A thread saves cases without pause while five backups are taken: each backup is sound, its chain
    verifies, and it holds whole saves only (every case with its customer and its audit event)."""
    stop = threading.Event()
    progress = threading.Condition()
    saved = [0]

    def teller_keeps_saving() -> None:
        number = 0
        while not stop.is_set():
            number += 1
            with store.unit_of_work(user_id="teller-1") as uow:
                add_customer_and_case(uow, name=f"边写边备份公司{number}")
            with progress:
                saved[0] += 1
                progress.notify_all()

    writer = threading.Thread(target=teller_keeps_saving)
    writer.start()
    counts = []
    try:
        for number in range(5):
            with progress:  # five more saves since the last backup ended
                wanted = saved[0] + 5
                assert progress.wait_for(lambda wanted=wanted: saved[0] >= wanted, timeout=30)
            check = backup_module.backup_store(store.path, tmp_path / f"backup-{number}.sqlite3")
            assert check.sound and all(chain.ok for chain in check.chains)
            connection = sqlite3.connect(tmp_path / f"backup-{number}.sqlite3")
            cases, customers, opened = (
                connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("cases", "customers", "audit_events WHERE action = 'case.open'")
            )
            connection.close()
            assert cases == customers == opened
            counts.append(cases)
    finally:
        stop.set()
        writer.join()
    assert counts == sorted(counts) and counts[-1] > counts[0]  # later backups saw later saves


@pytest.mark.parametrize("name", ["backup #1.sqlite3", "backup?x.sqlite3", "备份 100%20.sqlite3"])
def test_a_backup_file_name_with_uri_characters_backs_up_and_restores(initialised, capsys, tmp_path, name):
    code, data, err = run(capsys, "backup", str(tmp_path / name))
    assert code == 0 and data["audit_events"] == 5, err  # init (2) and three cases (3)
    code, data, err = run(capsys, "restore", str(tmp_path / name))
    assert code == 0, err
    assert run(capsys, "audit", "verify")[0] == 0


def test_two_restores_in_the_same_second_keep_both_replaced_stores(initialised, tmp_path):
    from datetime import UTC, datetime

    backup_module.backup_store(initialised.local_store, tmp_path / "backup.sqlite3")
    cipher = open_configured_store(Config.load()).keys.cipher()
    at = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    _, first = backup_module.restore_store(tmp_path / "backup.sqlite3", initialised.local_store, cipher, at)
    _, second = backup_module.restore_store(tmp_path / "backup.sqlite3", initialised.local_store, cipher, at)
    assert first is not None and second is not None and first != second
    assert first.exists() and second.exists()
