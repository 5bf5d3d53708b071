"""A terminal put back to an older backup, against the real PostgreSQL: `restore` refuses, or with
`--accept-rollback` takes the terminal's history back first; `audit verify --central` names the first
event where the terminal's chain and the central copy differ."""

from __future__ import annotations

import json
import shutil
import sqlite3

import sqlalchemy as sa

from teller_app.cli import main
from teller_app.config import Config
from teller_app.storage.store import open_configured_store
from teller_app.sync.numbers import take_account_number


def _run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["--json", *argv])
    return code, json.loads(capsys.readouterr().out)


def _work(how_many: int, take_number: bool = False) -> list[str]:
    """Audit events (and account numbers taken from the terminal's block) as the app records them."""
    store = open_configured_store(Config.load())
    numbers = []
    try:
        for n in range(how_many):
            with store.unit_of_work(user_id="teller-1") as uow:
                if take_number:
                    numbers.append(take_account_number(uow))
                uow.append_audit("case.note", details={"n": n})
    finally:
        store.close()
    return numbers


def _central_chain(capsys) -> dict:
    code, data = _run(capsys, "audit", "verify", "--central")
    assert "chains" in data, data
    return {"code": code, **{c["terminal"]: c for c in data["chains"]}}


COMPARED = "B0101:T01 (terminal against central)"


def test_a_synced_terminal_matches_its_central_copy_event_by_event(pg_url, capsys):
    assert _run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", pg_url)[0] == 0
    _work(3)
    assert _run(capsys, "sync", "--once")[0] == 0
    _work(2)  # waiting in the outbox: not expected centrally yet
    found = _central_chain(capsys)
    assert found["code"] == 0 and found[COMPARED]["ok"] and found[COMPARED]["count"] >= 5


def test_restoring_a_backup_older_than_the_central_copy_is_refused_then_taken_back(pg_url, capsys, tmp_path):
    assert _run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", pg_url)[0] == 0
    assert _run(capsys, "sync", "--once")[0] == 0
    assert _run(capsys, "backup", str(tmp_path / "old.sqlite3"))[0] == 0
    issued = _work(3, take_number=True)
    assert _run(capsys, "sync", "--once")[0] == 0
    central = sa.create_engine(pg_url)
    with central.connect() as conn:
        central_head = conn.exec_driver_sql(
            "SELECT max(seq) FROM audit_events WHERE terminal = 'T01'"
        ).scalar()
    code, refused = _run(capsys, "restore", str(tmp_path / "old.sqlite3"))
    assert code == 1 and f"the central database holds {central_head}" in refused["error"]

    code, restored = _run(capsys, "restore", "--accept-rollback", str(tmp_path / "old.sqlite3"))
    assert code == 0, restored
    assert restored["taken_back"]["events"] == central_head - restored["rollback"]["backup_seq"]
    assert _run(capsys, "audit", "verify")[0] == 0
    again = _work(2, take_number=True)  # no account number is issued twice …
    assert not set(again) & set(issued)
    code, report = _run(capsys, "sync", "--once")  # … and no chain position: the sync goes through
    assert code == 0 and report["waiting"] == 0 and report["rejected"] == 0, report
    found = _central_chain(capsys)
    assert found["code"] == 0 and found[COMPARED]["ok"]
    code, doctor = _run(capsys, "doctor")
    assert {c["name"]: c for c in doctor["checks"]}["sync_progress"]["ok"], doctor
    central.dispose()


def test_audit_verify_central_names_the_first_event_where_a_rolled_back_terminal_differs(
    pg_url, capsys, tmp_path
):
    assert _run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", pg_url)[0] == 0
    store_file = Config.load().paths.local_store
    assert _run(capsys, "sync", "--once")[0] == 0
    shutil.copyfile(store_file, tmp_path / "old.sqlite3")  # the store is closed: one whole file
    with sqlite3.connect(store_file) as conn:
        reached = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    _work(2)
    assert _run(capsys, "sync", "--once")[0] == 0
    with sqlite3.connect(tmp_path / "old.sqlite3") as old, sqlite3.connect(store_file) as current:
        old.backup(current)  # the older copy put back, page by page (a connection may still be open)
    (Config.load().paths.data / "audit_head.json").unlink()  # the insider removes the head too
    found = _central_chain(capsys)
    assert found["code"] == 1
    compared = found[COMPARED]
    assert compared["first_broken_seq"] == reached + 1
    assert "in the central copy but not on this terminal" in compared["problem"]
    code, doctor = _run(capsys, "doctor")  # sync cannot make progress: doctor says so, and what to do
    progress = {c["name"]: c for c in doctor["checks"]}["sync_progress"]
    assert code == 1 and not progress["ok"] and "--accept-rollback" in progress["advice"]


def test_audit_verify_central_names_an_event_that_left_the_terminal_but_never_arrived(pg_url, capsys):
    assert _run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", pg_url)[0] == 0
    assert _run(capsys, "sync", "--once")[0] == 0
    _work(1)
    with sqlite3.connect(Config.load().paths.local_store) as conn:
        seq = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
        conn.execute("DELETE FROM outbox WHERE entity = 'audit_events'")  # dropped instead of pushed
    found = _central_chain(capsys)
    assert found["code"] == 1 and found[COMPARED]["first_broken_seq"] == seq
    assert "left this terminal but is not in the central copy" in found[COMPARED]["problem"]
