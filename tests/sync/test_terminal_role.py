"""The shipped terminal role (packaging/sql/terminal_role.sql): a terminal syncs with it and can do no more."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sync_helpers import central_rows, edit_case, open_case
from terminal_logins import (
    LOGIN_KINDS,
    NOW,
    login_of_terminal,
    pooled_login,
    run_terminal_role_script,
    user_values,
)

from teller_app.sync.acting import with_key
from teller_app.sync.central import connect_central


@pytest.fixture(params=LOGIN_KINDS)
def terminal_login(pg_url, request):
    """B0101's T01 as the centre knows it: its own login, or one pooled login with T01's key (c0014); every
    test of the boundary below runs as both."""
    if request.param == LOGIN_KINDS[0]:
        with login_of_terminal(pg_url, "B0101", "T01") as url:
            yield url
        return
    with pooled_login(pg_url, ("B0101", "T01")) as (url, keys):
        yield with_key(make_url(url), keys["T01"]).render_as_string(hide_password=False)


def test_a_terminal_syncs_with_its_own_role_and_may_not_delete_or_rewrite_history(
    pg_url, terminal_login, open_terminals
):
    from teller_app.sync.registration import register_terminal

    register_terminal(pg_url, "B0101", "T01")  # the owner migrates and registers
    teller = open_terminals(terminal_login, "B0101", "T01", register=False)
    case_id = open_case(teller)
    report = teller.sync.run_once()
    assert report.online and report.waiting == 0 and report.rejected == 0, report
    edit_case(teller, case_id, status="in_progress")  # a row stored centrally already: the temp-table upsert
    report = teller.sync.run_once()
    assert report.online and report.waiting == 0 and report.rejected == 0, report
    as_terminal = connect_central(terminal_login)
    try:
        for statement in (
            f"DELETE FROM cases WHERE id = '{case_id}'",
            "UPDATE audit_events SET action = 'x'",
            "DELETE FROM applied_ops",
            "CREATE TABLE mine (x int)",
            "DROP TABLE conflicts",
        ):
            with pytest.raises(sa.exc.ProgrammingError), as_terminal.begin() as conn:
                conn.exec_driver_sql(statement)
        with as_terminal.connect() as conn:
            status = conn.exec_driver_sql(f"SELECT status FROM cases WHERE id = '{case_id}'").scalar()
        assert status == "in_progress"
    finally:
        as_terminal.dispose()


def test_a_terminal_login_writes_rows_of_its_own_branch_only(pg_url, terminal_login, open_terminals):
    from teller_app.sync.registration import register_terminal
    from teller_app.sync.shared_tables import synced_table

    cases = synced_table("cases")
    assert cases is not None
    register_terminal(pg_url, "B0101", "T01")
    teller = open_terminals(terminal_login, "B0101", "T01", register=False)
    own = open_case(teller)
    assert teller.sync.run_once().waiting == 0  # its own branch's rows go through, COPY and all
    admin = sa.create_engine(pg_url)
    with admin.begin() as conn:  # a case of another branch, stored by the owner
        row = dict(conn.execute(sa.select(cases).where(cases.c.id == own)).mappings().one())
        foreign = str(uuid.uuid4())
        conn.execute(cases.insert().values({**row, "id": foreign, "branch": "B0202"}))
    admin.dispose()
    as_terminal = connect_central(terminal_login)
    try:
        for unseen in (  # another branch's row does not exist for it (row-level security, c0011)
            cases.update().where(cases.c.id == foreign).values(status="cancelled"),
            cases.update().where(cases.c.id == foreign).values(branch="B0101"),  # taking it over
        ):
            with as_terminal.begin() as conn:
                assert conn.execute(unseen).rowcount == 0
        refused = [
            cases.update().where(cases.c.id == own).values(branch="B0202"),  # giving its own away
            cases.insert().values({**row, "id": str(uuid.uuid4()), "branch": "B0202"}),
        ]
        for statement in refused:
            with (
                pytest.raises(sa.exc.ProgrammingError, match="another branch|row-level security"),
                as_terminal.begin() as conn,
            ):
                conn.execute(statement)
        with as_terminal.begin() as conn:  # its own rows, as before
            conn.execute(cases.update().where(cases.c.id == own).values(status="in_progress"))
        with as_terminal.connect() as conn:
            statuses = dict(conn.execute(sa.select(cases.c.branch, cases.c.status)).all())
        assert statuses == {"B0101": "in_progress"}
        owner = sa.create_engine(pg_url)
        with owner.connect() as conn:
            statuses = dict(conn.execute(sa.select(cases.c.branch, cases.c.status)).all())
        owner.dispose()
        assert statuses == {"B0101": "in_progress", "B0202": row["status"]}
    finally:
        as_terminal.dispose()


def test_a_terminal_login_needs_its_branch(pg_url):
    result = run_terminal_role_script(pg_url, terminal_login="teller_nobranch", terminal_password="x")
    assert result.returncode != 0 and "branch" in (result.stdout + result.stderr)
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT count(*) FROM pg_roles WHERE rolname = 'teller_nobranch'").scalar()
            == 0
        )
    admin.dispose()


# -- the trust boundary, tried as an attacker holding one branch PC's central login (central migration c0004)


def _owner_writes(pg_url: str, *statements: str) -> None:
    admin = sa.create_engine(pg_url)
    with admin.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    admin.dispose()


def _audit_values(branch: str, terminal: str, seq: int = 1) -> str:
    return (
        "INSERT INTO audit_events (id, branch, version, updated_at, terminal, seq, occurred_at, action, result, "
        f"prev_hash, hash) VALUES ('{uuid.uuid4()}', '{branch}', 1, '{NOW}', '{terminal}', {seq}, '{NOW}', "
        f"'case.open', 'ok', '{'0' * 64}', '{'1' * 64}')"
    )


def _block_values(terminal: str, first: int, last: int, branch: str = "B0101") -> str:
    return (
        "INSERT INTO number_blocks (id, branch, version, updated_at, terminal, series, first_serial, last_serial, "
        f"next_serial, reserved_at) VALUES ('{uuid.uuid4()}', '{branch}', 1, '{NOW}', '{terminal}', '{branch}', "
        f"{first}, {last}, {first}, '{NOW}')"
    )


def _refused(as_terminal: sa.Engine, statement: str, match: str = "may not") -> None:
    with pytest.raises(sa.exc.ProgrammingError, match=match), as_terminal.begin() as conn:
        conn.exec_driver_sql(statement)


def _unseen(as_terminal: sa.Engine, statement: str) -> None:
    """Another branch's rows do not exist for a terminal's login (c0011): the statement changes none."""
    with as_terminal.begin() as conn:
        assert conn.exec_driver_sql(statement).rowcount == 0


@pytest.fixture
def attacker(pg_url, terminal_login):
    """The central login of branch B0101's terminal T01, with the bank's other rows in place beside it."""
    from teller_app.sync.registration import register_terminal

    register_terminal(pg_url, "B0101", "T01")
    register_terminal(pg_url, "B0101", "T02")  # a sibling terminal of the same branch
    register_terminal(pg_url, "B0202", "T21")  # a terminal of another branch
    _owner_writes(
        pg_url,
        user_values("u-b0202-admin", "B0202", "b0202admin", "administrator"),
        user_values("u-b0101-teller", "B0101", "b0101teller"),
        "INSERT INTO change_streams (stream, last_position) VALUES ('B0202', 7), ('B0101', 3) "
        "ON CONFLICT (stream) DO UPDATE SET last_position = EXCLUDED.last_position",
    )
    engine = connect_central(terminal_login)
    yield engine
    engine.dispose()


def test_a_terminal_login_may_not_touch_users_of_another_branch(pg_url, attacker):
    for statement in (  # another branch's user does not exist for it (row-level security, c0010)
        "UPDATE users SET password_hash = 'scrypt$attacker' WHERE id = 'u-b0202-admin'",
        "UPDATE users SET role = 'teller' WHERE id = 'u-b0202-admin'",
        "UPDATE users SET branch = 'B0101' WHERE id = 'u-b0202-admin'",  # taking the user over
    ):
        with attacker.begin() as conn:
            assert conn.exec_driver_sql(statement).rowcount == 0
    for statement in (
        "UPDATE users SET branch = 'B0202' WHERE id = 'u-b0101-teller'",  # planting one there
        user_values(str(uuid.uuid4()), "B0202", "planted"),
    ):
        _refused(attacker, statement, match="row-level security|may not")
    owner = sa.create_engine(pg_url)
    with owner.connect() as conn:
        row = conn.exec_driver_sql("SELECT password_hash, branch FROM users WHERE id = 'u-b0202-admin'").one()
    owner.dispose()
    assert tuple(row) == ("scrypt$real", "B0202")


def test_a_terminal_login_gives_its_users_only_the_roles_a_branch_may_hold(pg_url, attacker):
    _refused(attacker, "UPDATE users SET role = 'owner' WHERE id = 'u-b0101-teller'")
    _refused(attacker, user_values(str(uuid.uuid4()), "B0101", "bankwide", "superuser"))
    with attacker.begin() as conn:  # a role of the branch, on a user of the branch: the push's work
        conn.exec_driver_sql("UPDATE users SET role = 'supervisor' WHERE id = 'u-b0101-teller'")
    _owner_writes(pg_url, "DELETE FROM branch_roles WHERE role = 'administrator'")  # head office keeps it
    _refused(attacker, "UPDATE users SET role = 'administrator' WHERE id = 'u-b0101-teller'")
    _refused(attacker, "INSERT INTO branch_roles (role) VALUES ('administrator')", match="denied|may not")


def test_tables_a_terminal_login_makes_in_pg_temp_do_not_stand_in_for_the_guards_own(pg_url, attacker):
    """pg_temp is searched first for tables unless a search_path names it: the attacker's own temporary
    branch_roles (holding 'owner') and pg_roles (holding nobody) are not what the guards read (c0014 pins
    every function's search_path with pg_temp last)."""
    with pytest.raises(sa.exc.ProgrammingError, match="may not"), attacker.connect() as conn:
        _shadow_catalogs(conn)
        conn.exec_driver_sql("UPDATE users SET role = 'owner' WHERE id = 'u-b0101-teller'")
    with attacker.connect() as conn:
        _shadow_catalogs(conn)
        assert conn.exec_driver_sql("SELECT id FROM users WHERE branch = 'B0202'").all() == []
        conn.rollback()
    assert central_rows(pg_url, "SELECT role FROM users WHERE id = 'u-b0101-teller'") == [("teller",)]
    unpinned = central_rows(
        pg_url,
        "SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f' "
        "AND (p.proname LIKE 'teller%%' OR p.proname LIKE 'audit%%') AND NOT EXISTS "
        "(SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%%pg_temp')",
    )
    assert unpinned == []


def _shadow_catalogs(conn: sa.Connection) -> None:
    """In the transaction begun: temporary tables named like the ones the guards read, holding a lie."""
    conn.exec_driver_sql("CREATE TEMP TABLE branch_roles (role varchar(32)) ON COMMIT DROP")
    conn.exec_driver_sql("INSERT INTO pg_temp.branch_roles VALUES ('owner')")
    conn.exec_driver_sql("CREATE TEMP TABLE pg_roles (oid oid, rolname name, rolsuper bool) ON COMMIT DROP")


def test_a_terminal_login_may_not_publish_or_bump_another_branchs_change_stream(attacker, pg_url):
    for statement in (
        "INSERT INTO change_log (stream, position, entity, entity_id, version, terminal_id) "
        "VALUES ('B0202', 8, 'users', 'u-b0202-admin', 2, 'B0101:T01')",
        "INSERT INTO change_log (stream, position, entity, entity_id, version, terminal_id) "
        "VALUES ('*', 1, 'users', 'u-b0101-teller', 2, 'B0101:T01')",
        "UPDATE change_streams SET last_position = 0 WHERE stream = 'B0101'",  # its own, set back
        "INSERT INTO change_streams (stream, last_position) VALUES ('*', 0)",
    ):
        _refused(attacker, statement)
    _unseen(attacker, "UPDATE change_streams SET last_position = last_position + 1 WHERE stream = 'B0202'")
    with attacker.connect() as conn:
        streams = dict(conn.exec_driver_sql("SELECT stream, last_position FROM change_streams").all())
    assert streams == {"B0101": 3}  # another branch's stream does not exist for it (c0011)
    assert central_rows(pg_url, "SELECT last_position FROM change_streams WHERE stream = 'B0202'") == [(7,)]


def test_a_terminal_login_takes_only_numbers_reserved_for_itself(attacker, pg_url):
    with attacker.connect() as conn:
        reserved = conn.exec_driver_sql(
            "SELECT branch, next_sequence FROM number_sequences ORDER BY branch"
        ).all()
        own_block = conn.exec_driver_sql(
            "SELECT id, last_serial FROM number_blocks WHERE terminal = 'T01'"
        ).one()
    assert [branch for branch, _ in reserved] == ["B0101"]  # B0202's is not there for it (c0011)
    _unseen(attacker, "UPDATE number_sequences SET next_sequence = 1 WHERE branch = 'B0202'")
    assert central_rows(pg_url, "SELECT next_sequence > 1 FROM number_sequences WHERE branch = 'B0202'") == [
        (True,)
    ]
    for statement in (
        "UPDATE number_sequences SET next_sequence = 1 WHERE branch = 'B0101'",  # its own, set back
        "INSERT INTO number_sequences (branch, next_sequence) VALUES ('B0303', 1)",
        "UPDATE number_blocks SET next_serial = next_serial + 5 WHERE terminal = 'T02'",  # its sibling's
        "UPDATE number_blocks SET terminal = 'T01' WHERE terminal = 'T02'",  # taking the sibling's block
        f"UPDATE number_blocks SET last_serial = last_serial + 100 WHERE id = '{own_block.id}'",
        f"UPDATE number_blocks SET next_serial = next_serial - 1 WHERE id = '{own_block.id}'",
        _block_values("T02", 5000, 5999),  # a block in a sibling's name
        _block_values("T01", 1, 10),  # numbers already in a block
        _block_values("T01", 90000, 90999),  # numbers the sequence never reserved
        _block_values("T01", 1, 10, branch="B0202"),
    ):
        _refused(attacker, statement)
    with attacker.begin() as conn:  # its own block's next number moves on: the push's work
        conn.exec_driver_sql(
            f"UPDATE number_blocks SET next_serial = next_serial + 1 WHERE id = '{own_block.id}'"
        )
    with attacker.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM number_blocks").scalar() == 2  # B0101's (c0011)
    assert central_rows(pg_url, "SELECT count(*) FROM number_blocks") == [(3,)]


def test_a_terminal_login_writes_audit_events_anchors_and_answers_under_its_own_code_only(attacker):
    for statement in (
        _audit_values("B0202", "T21"),  # another branch's terminal: its real event 1 would be refused
        _audit_values("B0101", "T02"),  # a sibling's
        _audit_values("B0101", "T21"),  # another branch's code, under its own branch
        "INSERT INTO chain_anchors (terminal_id, seq, head_hash, anchored_at) "
        f"VALUES ('B0202:T21', 1, '{'1' * 64}', '{NOW}')",
        "INSERT INTO applied_ops (terminal_id, op_id, entity, entity_id, outcome, applied_at) "
        f"VALUES ('B0101:T02', '{uuid.uuid4()}', 'cases', 'x', 'applied', '{NOW}')",
        "INSERT INTO applied_appends (terminal_id, entity, first_op_id, last_op_id, op_ids, applied_at) "
        f"VALUES ('B0202:T21', 'audit_events', 'a', 'b', 'a,b', '{NOW}')",
        "INSERT INTO terminals (terminal_id, branch, terminal_code, registered_at) "
        f"VALUES ('B0303:T31', 'B0303', 'T31', '{NOW}')",
    ):
        _refused(attacker, statement)
    _unseen(attacker, f"UPDATE terminals SET last_sync_at = '{NOW}' WHERE terminal_id = 'B0202:T21'")
    with attacker.begin() as conn:  # its own, as a sync writes them
        conn.exec_driver_sql(_audit_values("B0101", "T01"))
        conn.exec_driver_sql(
            "INSERT INTO chain_anchors (terminal_id, seq, head_hash, anchored_at) "
            f"VALUES ('B0101:T01', 1, '{'1' * 64}', '{NOW}')"
        )
        conn.exec_driver_sql(f"UPDATE terminals SET last_sync_at = '{NOW}' WHERE terminal_id = 'B0101:T01'")


def test_a_terminal_login_may_not_write_the_banks_data_or_other_branches_key_material(attacker, pg_url):
    _owner_writes(
        pg_url,
        "INSERT INTO key_enrolments (id, branch, kdf, salt, wrapped, created_by, created_at, expires_at, uses) "
        f"VALUES ('e-b0101', 'B0101', 'scrypt', '\\x00', '\\x00', 'B0101:T02', '{NOW}', '{NOW}', 1)",
    )
    for statement in (
        "INSERT INTO process_definitions (id, branch, version, updated_at, procedure_version, effective_from, "
        f"content, content_hash) VALUES ('{uuid.uuid4()}', '*', 1, '{NOW}', '9.9', '2026-01-01', '{{}}', 'x')",
        "INSERT INTO key_enrolments (id, branch, kdf, salt, wrapped, created_by, created_at, expires_at, uses) "
        f"VALUES ('{uuid.uuid4()}', 'B0202', 'scrypt', '\\x00', '\\x00', 'B0101:T01', '{NOW}', '{NOW}', 0)",
        "UPDATE key_enrolments SET uses = 0 WHERE id = 'e-b0101'",  # a used secret made usable again
        "UPDATE key_enrolments SET expires_at = '2099-01-01 00:00:00+00' WHERE id = 'e-b0101'",
        "INSERT INTO conflicts (id, branch, entity, entity_id, terminal_id, op_id, base_version, central_version, "
        "local_payload, central_payload, state, created_at) VALUES "
        f"('{uuid.uuid4()}', 'B0202', 'cases', 'x', 'B0101:T01', 'o', 1, 2, '{{}}', '{{}}', 'open', '{NOW}')",
    ):
        _refused(attacker, statement, match="denied|may not")


def test_set_role_to_the_terminal_group_does_not_shed_the_limits(attacker):
    with attacker.begin() as conn:
        conn.exec_driver_sql("SET ROLE teller_terminal")
        assert conn.exec_driver_sql("SELECT count(*) FROM users WHERE branch = 'B0202'").scalar() == 0
        changed = conn.exec_driver_sql(
            "UPDATE users SET password_hash = 'scrypt$attacker' WHERE id = 'u-b0202-admin'"
        )
        assert changed.rowcount == 0
    # (a pooled login's next transaction, still SET ROLE teller_terminal, may not even name its terminal)
    with (
        pytest.raises(sa.exc.ProgrammingError, match="may not|denied for function teller_act_as"),
        attacker.begin() as conn,
    ):
        conn.exec_driver_sql("SET ROLE teller_terminal")
        conn.exec_driver_sql(_audit_values("B0202", "T21"))


def test_supervision_rows_of_another_branch_are_refused_to_a_terminal_login(pg_url, terminal_login):
    """Post-reviews, findings, rectifications, satisfaction, suggestions and incidents are branch-scoped
    (central migration c0005): a terminal's login writes its own branch's rows only."""
    from datetime import UTC, datetime

    from teller_app.sync.registration import register_terminal

    register_terminal(pg_url, "B0101", "T01")
    now = datetime(2026, 11, 2, tzinfo=UTC)
    rows = {
        "post_reviews": {
            "case_id": "c1",
            "maker_id": "u1",
            "reasons": "random",
            "procedure_version": "2026.2",
            "sampled_at": now,
            "status": "queued",
            "rounds": 0,
        },
        "review_findings": {
            "review_id": "r1",
            "case_id": "c1",
            "category": "other",
            "severity": "minor",
            "recorded_by": "u2",
            "recorded_at": now,
        },
        "satisfaction": {"case_id": "c1", "teller_id": "u1", "score": 5, "recorded_at": now},
        "suggestions": {"author_id": "u1", "screen": "home", "sent_at": now, "status": "open"},
        "incidents": {
            "terminal": "T01",
            "kind": "offline",
            "drill": False,
            "origin": "manual",
            "stage": "reported",
            "reported_by": "u1",
            "reported_at": now,
        },
    }
    as_terminal = connect_central(terminal_login)
    meta = sa.MetaData()
    try:
        for name, values in rows.items():
            table = sa.Table(name, meta, autoload_with=as_terminal)
            common = {"updated_at": now, "version": 1}
            with as_terminal.begin() as conn:  # its own branch: accepted
                conn.execute(table.insert().values(id=str(uuid.uuid4()), branch="B0101", **common, **values))
            with pytest.raises(sa.exc.ProgrammingError, match="another branch"), as_terminal.begin() as conn:
                foreign = {**values, **({"case_id": "c2"} if "case_id" in values else {})}
                conn.execute(table.insert().values(id=str(uuid.uuid4()), branch="B0202", **common, **foreign))
    finally:
        as_terminal.dispose()
