"""The keyed audit chain, attacked with sqlite3 on the terminal's own file: every attack named by `audit verify`."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from storage_helpers import add_cases, run, tamper

from teller_app.config import Config
from teller_app.storage.audit import chain_hash, event_record
from teller_app.storage.audit_keys import HEAD_FILE


@pytest.fixture
def initialised(capsys):
    code, data = run(capsys, "init", "--branch", "B0101", "--terminal", "T01")
    assert code == 0
    return data


def _store_file():
    return Config.load().paths.local_store


def _rechain_from(seq: int, path=None, every: bool = False, **changes) -> None:
    """What an insider with the file does: change event `seq` (or `every` event from it), then recompute
    every hash after it."""
    connection = sqlite3.connect(path or _store_file(), isolation_level=None)
    connection.row_factory = sqlite3.Row
    connection.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    rows = [dict(r) for r in connection.execute("SELECT * FROM audit_events ORDER BY seq")]
    previous = rows[seq - 2]["hash"] if seq > 1 else "0" * 64
    for row in rows[seq - 1 :]:
        if row["seq"] == seq or every:
            row.update(changes)
        row["prev_hash"] = previous
        row["occurred_at"] = _aware(row["occurred_at"])
        row["hash"] = chain_hash(previous, event_record(row))
        connection.execute(
            "UPDATE audit_events SET prev_hash = ?, hash = ?, action = ?, mac = ?, terminal = ? WHERE id = ?",
            (row["prev_hash"], row["hash"], row["action"], row.get("mac"), row["terminal"], row["id"]),
        )
        previous = row["hash"]
    connection.close()


def _aware(text):
    from datetime import UTC, datetime

    return datetime.fromisoformat(str(text)).replace(tzinfo=UTC)


def _verify(capsys):
    code, data = run(capsys, "audit", "verify")
    return code, {c["terminal"]: c for c in data["chains"]}["T01"]


def test_an_intact_keyed_chain_verifies_and_every_event_carries_a_mac(initialised, capsys):
    add_cases(3)
    code, chain = _verify(capsys)
    assert code == 0 and chain["ok"] and chain["count"] == 5
    connection = sqlite3.connect(_store_file())
    assert connection.execute("SELECT count(*) FROM audit_events WHERE mac IS NULL").fetchone()[0] == 0
    connection.close()


def test_rewriting_an_event_and_rechaining_fails_audit_verify(initialised, capsys):
    add_cases(4)
    _rechain_from(3, action="case.cancel")
    code, chain = _verify(capsys)
    assert code == 1 and chain["first_broken_seq"] == 3 and "MAC" in chain["problem"]


def test_rechaining_with_the_macs_removed_fails_audit_verify(initialised, capsys):
    add_cases(4)
    _rechain_from(3, action="case.cancel", mac=None)
    code, chain = _verify(capsys)
    assert code == 1 and chain["first_broken_seq"] == 3 and "no MAC" in chain["problem"]


def test_cutting_the_chain_short_fails_audit_verify(initialised, capsys):
    add_cases(4)  # events 1..6
    tamper("DELETE FROM audit_events WHERE seq >= 5")
    code, chain = _verify(capsys)
    assert code == 1 and chain["first_broken_seq"] == 5 and "events 5 to 6 are missing" in chain["problem"]


def test_deleting_unpushed_events_with_their_outbox_rows_fails_audit_verify(initialised, capsys):
    add_cases(4)
    tamper(
        "DELETE FROM outbox WHERE entity = 'audit_events' AND entity_id IN "
        "(SELECT id FROM audit_events WHERE seq >= 6)"
    )
    tamper("DELETE FROM audit_events WHERE seq >= 6")
    code, chain = _verify(capsys)
    assert code == 1 and chain["first_broken_seq"] == 6 and "missing" in chain["problem"]


def test_putting_back_an_older_copy_of_the_store_file_fails_audit_verify(initialised, capsys, tmp_path):
    add_cases(2)
    shutil.copyfile(_store_file(), tmp_path / "old.sqlite3")  # the store is closed: one whole file
    add_cases(2)
    for suffix in ("-wal", "-shm"):
        _store_file().with_name(_store_file().name + suffix).unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "old.sqlite3", _store_file())
    code, chain = _verify(capsys)
    assert code == 1 and chain["first_broken_seq"] == 5 and "older copy" in chain["problem"]


def test_deleting_the_head_record_fails_audit_verify(initialised, capsys):
    add_cases(1)
    (Config.load().paths.data / HEAD_FILE).unlink()
    code, chain = _verify(capsys)
    assert code == 1 and "head record" in chain["problem"] and "missing" in chain["problem"]


def test_editing_the_head_record_fails_audit_verify(initialised, capsys):
    import json

    add_cases(4)
    tamper("DELETE FROM audit_events WHERE seq >= 5")
    path = Config.load().paths.data / HEAD_FILE
    record = json.loads(path.read_text())
    path.write_text(json.dumps({**record, "seq": 4}))  # the insider moves the head back to match
    code, chain = _verify(capsys)
    assert code == 1 and "damaged" in chain["problem"]


def test_a_chain_recorded_before_the_audit_key_upgrades_and_verifies(initialised, capsys):
    add_cases(2)  # events 1..4, then made to look as an older release left them
    tamper("UPDATE audit_events SET mac = NULL")
    (Config.load().paths.data / HEAD_FILE).unlink()
    add_cases(1)  # the store is opened (the head is recorded, keyed from event 5) and event 5 is added
    code, chain = _verify(capsys)
    assert code == 0 and chain["count"] == 5
    tamper("UPDATE audit_events SET mac = NULL WHERE seq = 5")  # a keyed event cannot be made to look older
    code, chain = _verify(capsys)
    assert code == 1 and chain["first_broken_seq"] == 5


def test_restoring_an_older_backup_needs_accept_rollback_and_then_verifies(initialised, capsys, tmp_path):
    add_cases(2)
    assert run(capsys, "backup", str(tmp_path / "b.sqlite3"))[0] == 0
    add_cases(2)
    code, data = run(capsys, "restore", str(tmp_path / "b.sqlite3"))
    assert code == 1 and "ends at event 4" in data["error"] and "reached event 6" in data["error"]
    assert _verify(capsys)[0] == 0  # refused: the store is as it was
    code, data = run(capsys, "restore", "--accept-rollback", str(tmp_path / "b.sqlite3"))
    assert code == 0 and data["rollback"] == {**data["rollback"], "backup_seq": 4, "recorded_seq": 6}
    code, chain = _verify(capsys)
    assert code == 0 and chain["count"] == 5  # the backup's 4 events and the restore's own record


def test_a_sibling_terminals_backup_is_refused(initialised, capsys, tmp_path):
    add_cases(1)
    assert run(capsys, "backup", str(tmp_path / "b.sqlite3"))[0] == 0
    _rechain_from(1, tmp_path / "b.sqlite3", every=True, terminal="T02")  # an intact chain of T02's own
    code, data = run(capsys, "restore", str(tmp_path / "b.sqlite3"))
    assert code == 1 and "not this terminal's" in data["error"] and "T02" in data["error"]
