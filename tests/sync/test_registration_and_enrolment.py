"""Registering terminals with the central database, and enrolling a sibling terminal with the branch's keys."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from teller_app.domain.errors import InputError, RuleError
from teller_app.storage.keystore import fresh_data_keys
from teller_app.sync.central import connect_central
from teller_app.sync.central_schema import key_enrolments, terminals
from teller_app.sync.enrolment import accept_enrolment, offer_enrolment
from teller_app.sync.registration import register_terminal, terminal_identity


def test_registering_a_terminal_twice_is_harmless(pg_url):
    first = register_terminal(pg_url, "B0101", "T01")
    again = register_terminal(pg_url, "B0101", "T01")
    assert first == again and first.terminal_id == "B0101:T01"
    engine = connect_central(pg_url)
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(terminals)).scalar() == 1
    engine.dispose()


def test_a_terminal_never_migrates_the_central_database_and_is_refused_before_it_is(empty_pg_url):
    from teller_app.sync.central import CentralNotSetUp

    with pytest.raises(CentralNotSetUp):
        register_terminal(empty_pg_url, "B0101", "T01")
    engine = connect_central(empty_pg_url)
    assert sa.inspect(engine).get_table_names() == []
    engine.dispose()


def test_the_owner_creates_the_central_schema_on_an_empty_database(empty_pg_url):
    register_terminal(empty_pg_url, "B0101", "T01", migrate=True)
    engine = connect_central(empty_pg_url)
    names = set(sa.inspect(engine).get_table_names())
    engine.dispose()
    assert {
        "cases",
        "audit_events",
        "applied_ops",
        "applied_appends",
        "change_log",
        "conflicts",
        "chain_anchors",
        "terminals",
    } <= names


def central_head() -> str:
    """The newest central migration (not written out here: every new migration would have to edit it)."""
    from alembic.script import ScriptDirectory

    from teller_app.sync.central import MIGRATIONS

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def test_a_central_database_of_the_first_revision_gains_the_later_tables(empty_pg_url):
    from teller_app.sync.central import upgrade_central

    register_terminal(empty_pg_url, "B0101", "T01", migrate=True)
    engine = connect_central(empty_pg_url)
    with engine.begin() as conn:  # as the first release left it
        conn.exec_driver_sql("DROP TABLE applied_appends")
        conn.exec_driver_sql("DROP TABLE terminal_logins")
        conn.exec_driver_sql("UPDATE central_alembic_version SET version_num = 'c0001'")

    upgrade_central(engine)

    with engine.connect() as conn:
        assert {"applied_appends", "terminal_logins"} <= set(sa.inspect(conn).get_table_names())
        assert (
            conn.exec_driver_sql("SELECT version_num FROM central_alembic_version").scalar() == central_head()
        )
        storage = conn.exec_driver_sql(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'applied_appends'::regclass "
            "AND attname = 'op_ids'"
        ).scalar()
        assert storage == "e"  # out of line, not compressed
    engine.dispose()


def test_a_terminal_code_is_unique_across_branches(pg_url):
    register_terminal(pg_url, "B0101", "T01")
    with pytest.raises(RuleError) as refused:
        register_terminal(pg_url, "B0202", "T01")
    assert refused.value.code == "sync.terminal_code_taken"


@pytest.mark.parametrize("branch,terminal", [("", "T01"), ("B01", "T 1"), ("B01", "x" * 33), ("分行", "T01")])
def test_malformed_codes_are_refused_by_name(branch, terminal):
    with pytest.raises(InputError) as refused:
        terminal_identity(branch, terminal)
    assert refused.value.code == "sync.bad_code"


def test_a_sibling_terminal_receives_the_branch_keys_with_the_enrolment_secret(pg_url):
    identity = register_terminal(pg_url, "B0101", "T01")
    keys = fresh_data_keys("first-terminal")
    engine = connect_central(pg_url)
    try:
        secret = offer_enrolment(engine, identity, keys)
        received = accept_enrolment(engine, "B0101", secret.lower())  # typed in lower case: still accepted
        shared = {p: v for p, v in keys.keys.items() if p != "audit"}  # each terminal keeps its own audit key
        assert received.keys == shared and received.active == {p: keys.active[p] for p in shared}
        with engine.connect() as conn:
            stored = conn.execute(sa.select(key_enrolments)).one()
        assert secret.replace("-", "").encode() not in bytes(stored.wrapped)
        for version_keys in keys.keys.values():
            for key in version_keys.values():
                assert key not in bytes(stored.wrapped)  # the central copy is sealed
        assert stored.uses == 1
    finally:
        engine.dispose()


def test_a_wrong_or_expired_enrolment_secret_is_refused(pg_url):
    from datetime import UTC, datetime, timedelta

    identity = register_terminal(pg_url, "B0101", "T01")
    engine = connect_central(pg_url)
    at = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    try:
        secret = offer_enrolment(engine, identity, fresh_data_keys(), now=at)
        with pytest.raises(RuleError) as wrong:
            accept_enrolment(engine, "B0101", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", now=at)
        assert wrong.value.code == "sync.enrolment_refused"
        with pytest.raises(RuleError):
            accept_enrolment(engine, "B0202", secret, now=at)  # another branch's terminal
        with pytest.raises(RuleError):
            accept_enrolment(engine, "B0101", secret, now=at + timedelta(hours=25))
    finally:
        engine.dispose()


def test_an_enrolment_secret_works_once(pg_url):
    """The first sibling gets the keys; the same secret, typed again (or by a second terminal at the same
    time), is refused: the offer is used up."""
    import threading

    identity = register_terminal(pg_url, "B0101", "T01")
    engine = connect_central(pg_url)
    try:
        secret = offer_enrolment(engine, identity, fresh_data_keys())
        outcomes: list[str] = []

        def enrol() -> None:
            try:
                accept_enrolment(engine, "B0101", secret)
                outcomes.append("keys")
            except RuleError as refused:
                outcomes.append(refused.code)

        threads = [threading.Thread(target=enrol) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(outcomes) == ["keys", "sync.enrolment_refused", "sync.enrolment_refused"]
        with pytest.raises(RuleError) as again:
            accept_enrolment(engine, "B0101", secret)
        assert again.value.code == "sync.enrolment_refused"
    finally:
        engine.dispose()
