"""The operation record is a gapless per-terminal hash chain that names the first broken event."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import threading
import tracemalloc
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from teller_app.domain.errors import InputError, RuleError
from teller_app.storage.audit import GENESIS_HASH, chain_hash, event_record, verify_chain, verify_session
from teller_app.storage.schema import AuditEvent
from teller_app.storage.store import open_store


def record_events(store, how_many: int) -> None:
    for number in range(how_many):
        with store.unit_of_work(user_id="teller-1") as uow:
            uow.append_audit("case.step_saved", case_id="case-1", step="intake", details={"n": number})


def events(store) -> list[AuditEvent]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def raw(store) -> sqlite3.Connection:
    """The database file opened directly, as an attacker would, with the append-only triggers dropped."""
    connection = sqlite3.connect(store.path, isolation_level=None)
    connection.execute("DROP TRIGGER audit_events_no_update")
    connection.execute("DROP TRIGGER audit_events_no_delete")
    return connection


def test_each_event_links_to_the_one_before_with_gapless_sequence_numbers(store):
    record_events(store, 5)
    chain = events(store)
    assert [e.seq for e in chain] == [1, 2, 3, 4, 5]
    assert chain[0].prev_hash == GENESIS_HASH
    for before, after in zip(chain, chain[1:], strict=False):
        assert after.prev_hash == before.hash
        assert after.hash == chain_hash(before.hash, event_record(after))
    result = verify_chain(chain)
    assert result.ok and result.count == 5 and result.head_hash == chain[-1].hash


def test_a_failed_unit_leaves_no_gap_in_the_sequence(store):
    record_events(store, 2)
    with pytest.raises(RuleError):
        with store.unit_of_work() as uow:
            uow.append_audit("case.approve")
            raise RuleError("case.maker_is_checker", "refused")
    record_events(store, 1)
    assert [e.seq for e in events(store)] == [1, 2, 3]
    assert verify_session_ok(store)


def verify_session_ok(store) -> bool:
    with store.reading() as session:
        return all(result.ok for result in verify_session(session))


def test_audit_details_are_encrypted(store):
    with store.unit_of_work(user_id="teller-1") as uow:
        uow.append_audit("customer.search", details={"credit_code": "91110108MA01C3XK4P"})
    stored = events(store)[0]
    assert b"91110108MA01C3XK4P" not in stored.details
    assert store.sealer.open_json(stored, "details") == {"credit_code": "91110108MA01C3XK4P"}


def test_the_database_refuses_to_update_an_audit_event(store):
    record_events(store, 1)
    connection = sqlite3.connect(store.path, isolation_level=None)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute("UPDATE audit_events SET result = 'refused'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute("DELETE FROM audit_events")
    connection.close()


def test_one_changed_byte_in_one_event_is_named(store):
    record_events(store, 6)
    connection = raw(store)
    connection.execute("UPDATE audit_events SET action = 'case.step_savEd' WHERE seq = 4")
    connection.close()
    result = verify_chain(events(store))
    assert not result.ok
    assert result.first_broken_seq == 4
    assert "changed" in result.problem
    assert result.count == 3


def test_one_changed_byte_in_the_encrypted_details_is_named(store):
    record_events(store, 3)
    connection = raw(store)
    blob = bytearray(connection.execute("SELECT details FROM audit_events WHERE seq = 2").fetchone()[0])
    blob[-1] ^= 0x01
    connection.execute("UPDATE audit_events SET details = ? WHERE seq = 2", (bytes(blob),))
    connection.close()
    assert verify_chain(events(store)).first_broken_seq == 2


def test_a_deleted_event_is_named_as_a_gap(store):
    record_events(store, 5)
    connection = raw(store)
    connection.execute("DELETE FROM audit_events WHERE seq = 3")
    connection.close()
    result = verify_chain(events(store))
    assert (result.ok, result.first_broken_seq) == (False, 3)
    assert "missing" in result.problem


def test_reordered_events_are_named(store):
    record_events(store, 4)
    connection = raw(store)
    connection.execute("UPDATE audit_events SET seq = -2 WHERE seq = 2")
    connection.execute("UPDATE audit_events SET seq = 2 WHERE seq = 3")
    connection.execute("UPDATE audit_events SET seq = 3 WHERE seq = -2")
    connection.close()
    result = verify_chain(events(store))
    assert (result.ok, result.first_broken_seq) == (False, 2)


def test_a_rewritten_chain_without_the_right_start_is_named(store):
    record_events(store, 2)
    connection = raw(store)
    connection.execute("UPDATE audit_events SET prev_hash = ? WHERE seq = 1", ("1" * 64,))
    connection.close()
    assert verify_chain(events(store)).first_broken_seq == 1


def test_each_terminal_keeps_its_own_chain(store, paths, data_keys, clock):
    from teller_app.storage.store import Store, TerminalIdentity

    record_events(store, 2)
    sibling = Store(
        store.engine, store.path, data_keys, TerminalIdentity(store.identity.branch, "T02"), clock
    )
    with sibling.unit_of_work() as uow:
        uow.append_audit("case.open")
    with store.reading() as session:
        results = verify_session(session)
    assert [(r.terminal, r.ok, r.count) for r in results] == [("T01", True, 2), ("T02", True, 1)]


def test_an_event_recorded_by_a_clock_in_beijing_time_still_verifies_after_it_is_stored(store):
    beijing = timezone(timedelta(hours=8))
    with store.unit_of_work(user_id="teller-1") as uow:
        uow.append_audit("case.open", at=datetime(2026, 11, 27, 17, 30, tzinfo=beijing))
    record_events(store, 1)
    stored = events(store)
    assert stored[0].occurred_at == datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    assert verify_session_ok(store)


def test_an_event_time_without_a_zone_is_refused_and_nothing_is_recorded(store):
    record_events(store, 1)
    with pytest.raises(InputError) as raised:
        with store.unit_of_work(user_id="teller-1") as uow:
            uow.append_audit("case.open", at=datetime(2026, 11, 27, 9, 30))
    assert raised.value.code == "input.naive_time"
    assert [e.seq for e in events(store)] == [1]


def test_two_writers_appending_at_once_keep_one_gapless_chain(store, paths, data_keys, clock):
    """Two stores on the same file (as the app and `teller-admin` would be): each its own engine and lock."""
    other = open_store(paths, data_keys, store.identity, clock=clock)
    failures: list[BaseException] = []

    def append_many(writer, label: str) -> None:
        try:
            for number in range(40):
                with writer.unit_of_work(user_id=label) as uow:
                    uow.append_audit("case.step_saved", details={"writer": label, "n": number})
        except BaseException as error:  # reported below, not lost in the thread
            failures.append(error)

    threads = [
        threading.Thread(target=append_many, args=(store, "teller-1")),
        threading.Thread(target=append_many, args=(store, "teller-2")),
        threading.Thread(target=append_many, args=(other, "teller-3")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert failures == []
    chain = events(store)
    assert [e.seq for e in chain] == list(range(1, 121))
    assert {e.user_id for e in chain} == {"teller-1", "teller-2", "teller-3"}
    assert verify_session_ok(store)


def test_the_hash_is_sha256_of_the_previous_hash_and_the_event_in_its_documented_canonical_form(store):
    """The form is spelled out here independently of the code: central verification, old backups and
    other tools depend on it, so any change to it (field list, time format, JSON form) must fail here."""
    with store.unit_of_work(user_id="teller-1") as uow:
        uow.append_audit("case.open", case_id="case-1", step="intake", details={"名称": "北京青松"})
    event = events(store)[0]
    spelled_out = {
        "action": "case.open",
        "branch": "B0101",
        "case_id": "case-1",
        "details": base64.b64encode(event.details).decode("ascii"),
        "id": event.id,
        "occurred_at": "2026-11-27T09:30:00+00:00",
        "prev_hash": "0" * 64,
        "result": "ok",
        "seq": 1,
        "step": "intake",
        "terminal": "T01",
        "user_id": "teller-1",
    }
    text = json.dumps(spelled_out, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert event.hash == hashlib.sha256(bytes(32) + text.encode("utf-8")).hexdigest()


@pytest.mark.slow
def test_verifying_streams_the_events_instead_of_holding_them_all(store):
    """3,000 events of 20 KB each (60 MB in all): verifying holds a batch at a time, never the whole chain."""
    with store.unit_of_work(user_id="teller-1") as uow:
        for number in range(3_000):
            uow.append_audit("case.scan_added", details={"n": number, "note": "扫" * 6_500})
    tracemalloc.start()
    try:
        with store.reading() as session:
            (result,) = verify_session(session)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.ok and result.count == 3_000
    assert peak < 25_000_000, f"verifying held {peak / 1e6:.0f} MB"
