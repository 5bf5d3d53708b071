"""Start-of-day checks (日初检查) of the storage side, each with a plain result and what to do."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from teller_app.cli import main
from teller_app.config import Config
from teller_app.storage import checks as checks_module
from teller_app.storage.backup import check_backup
from teller_app.storage.checks import run_checks
from teller_app.storage.store import open_configured_store


def by_name(results):
    return {check.name: check for check in results}


def initialise(capsys) -> Config:
    assert main(["init", "--branch", "B0101", "--terminal", "T01"]) == 0
    capsys.readouterr()
    return Config.load()


def test_a_clock_behind_the_last_recorded_event_fails_the_check(capsys):
    config = initialise(capsys)
    store = open_configured_store(config)
    last_event = store.clock()
    store.close()
    behind = by_name(run_checks(config, now=lambda: last_event - timedelta(hours=2)))["clock"]
    assert not behind.ok and "behind the last recorded event" in behind.text and behind.advice
    assert by_name(run_checks(config, now=lambda: last_event + timedelta(minutes=1)))["clock"].ok


def test_a_clock_set_before_this_version_existed_fails_the_check(capsys):
    config = initialise(capsys)
    assert not by_name(run_checks(config, now=lambda: datetime(2001, 1, 1, tzinfo=UTC)))["clock"].ok


def test_too_little_free_disk_fails_the_check(capsys, monkeypatch):
    config = initialise(capsys)
    monkeypatch.setattr(checks_module, "MIN_FREE_BYTES", 1 << 62)
    disk = by_name(run_checks(config))["disk"]
    assert not disk.ok and "free" in disk.advice


def test_a_store_behind_the_newest_migration_fails_the_check(capsys):
    config = initialise(capsys)
    connection = sqlite3.connect(config.paths.local_store)
    connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.commit()
    connection.close()
    migrations = by_name(run_checks(config))["migrations"]
    assert not migrations.ok and "0001" in migrations.text


def test_a_sqlite_file_that_is_not_a_store_is_not_a_valid_backup(tmp_path):
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert not check_backup(other).sound
