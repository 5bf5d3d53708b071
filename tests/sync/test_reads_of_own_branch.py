"""A branch PC's central login reads no row of another branch, in any table (central migration c0011).

Tried as an attacker holding branch B0101's terminal login, with one row of every business and bookkeeping
table planted for B0101 and for B0202 by the owner: B0202's rows do not exist for it — not by SELECT, not
FOR UPDATE, not through the roles it may SET ROLE to, not by a pull or poll that names B0202 — and the
login directory is closed to it. Its own branch's sync still works on the COPY path: push, pull, a
conflict and its resolution from the supervisor's queue.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
import sqlalchemy as sa
from sync_helpers import edit_case, open_case, record_step, set_catch_up_batches, teller_with_cases
from terminal_logins import LOGIN_KINDS

from teller_app.storage.keystore import fresh_data_keys
from teller_app.sync import central_schema, push, shared_tables
from teller_app.sync.central import connect_central
from teller_app.sync.conflicts import list_conflicts, resolve_conflict
from teller_app.sync.migrations.versions.c0011_reads_of_own_branch_only import (
    BY_BRANCH,
    BY_STREAM,
    BY_TERMINAL_ID,
)

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
# Every table that holds a branch's rows, with the column naming the branch (users: c0010's own tests).
GUARDED = (
    [(t, "branch") for t in BY_BRANCH]
    + [(t, "stream") for t in BY_STREAM]
    + [(t, "terminal_id") for t in BY_TERMINAL_ID]
)


def _table(name: str) -> sa.Table:
    found = shared_tables.synced_table(name)
    return found if found is not None else getattr(central_schema, name)


def _value(column: sa.Column, branch: str, terminal: str) -> Any:
    if column.name == "branch" or column.name == "stream":
        return branch
    if column.name == "terminal_id":
        return f"{branch}:{terminal}"
    if column.name in ("terminal", "terminal_code"):
        return terminal
    kind = column.type.impl_instance if isinstance(column.type, sa.types.TypeDecorator) else column.type
    if isinstance(kind, sa.DateTime):
        return NOW
    if isinstance(kind, sa.Date):
        return NOW.date()
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.Integer | sa.Numeric):
        return 1
    if isinstance(kind, sa.LargeBinary):
        return b"\x00"
    if isinstance(kind, sa.JSON):
        return {}
    return str(uuid.uuid4())[: getattr(kind, "length", None) or 36]


def plant(pg_url: str, branch: str, terminal: str) -> dict[str, Any]:
    """One row of `branch` in every guarded table, written by the owner past the triggers; its keys."""
    keys: dict[str, Any] = {}
    owner = sa.create_engine(pg_url)
    try:
        with owner.begin() as conn:
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
            for name, key in GUARDED:
                table = _table(name)
                row = {c.name: _value(c, branch, terminal) for c in table.columns}
                keys[name] = row[key]
                conn.execute(sa.dialects.postgresql.insert(table).values(row).on_conflict_do_nothing())
    finally:
        owner.dispose()
    return keys


def seen_or_refused(url: str, sql: str) -> set[Any]:
    """The first column of what `sql` returns to `url`'s login; nothing when it is refused (FOR UPDATE of a
    table it may not update)."""
    try:
        return {r[0] for r in rows_seen(url, sql)}
    except sa.exc.ProgrammingError as exc:
        assert "permission denied" in str(exc)
        return set()


def rows_seen(url: str, sql: str, as_role: str | None = None) -> list[tuple[Any, ...]]:
    engine = connect_central(url)  # a pooled login's URL carries its terminal key (acting.py)
    try:
        with engine.begin() as conn:
            if as_role is not None:
                conn.exec_driver_sql(f"SET LOCAL ROLE {as_role}")
            return [tuple(r) for r in conn.exec_driver_sql(sql)]
    finally:
        engine.dispose()


@pytest.mark.parametrize("logins", LOGIN_KINDS, indirect=True)
def test_a_terminal_login_reads_no_row_of_another_branch_in_any_table(pg_url, logins):
    own, other = plant(pg_url, "B0101", "T01"), plant(pg_url, "B0202", "T21")
    as_a = logins["T01"]

    for name, key in GUARDED:
        every = {r[0] for r in rows_seen(pg_url, f'SELECT "{key}" FROM "{name}"')}
        assert {own[name], other[name]} <= every, name  # the owner sees both branches' rows
        for sql in (
            f'SELECT "{key}" FROM "{name}"',
            f'SELECT "{key}" FROM "{name}" WHERE "{key}" = \'{other[name]}\' FOR UPDATE',
            f"SELECT count(*)::text FROM \"{name}\" WHERE \"{key}\" NOT IN ('{own[name]}', '*')",
        ):
            seen = seen_or_refused(as_a, sql)
            assert other[name] not in seen and seen <= {own[name], "*", "0"}, (name, sql, seen)
        assert own[name] in {r[0] for r in rows_seen(as_a, f'SELECT "{key}" FROM "{name}"')}, name
    # nor through the roles it may take: the copier reads nothing, the group is bound as the login is
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        rows_seen(as_a, "SELECT id FROM cases", as_role="teller_terminal_copier")
    assert rows_seen(as_a, "SELECT branch FROM cases", as_role="teller_terminal") == [("B0101",)]
    # the login directory is closed; the binding answers for the login itself only
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        rows_seen(as_a, "SELECT * FROM terminal_logins")
    other_login = sa.engine.make_url(logins["T21"]).username
    for asked in (f"'{other_login}'", "current_user"):  # asked for B0202's login, it answers its own
        assert rows_seen(as_a, f"SELECT * FROM teller_login_binding({asked})") == [("B0101", "T01")]


def test_a_terminal_login_left_out_of_the_login_directory_reads_nothing(pg_url, logins):
    """A member of teller_terminal with no entry in the login directory (IT forgot it, or removed it to
    retire the PC) is refused every read of a branch-scoped table: it is never taken for an administrator,
    who would see every branch."""
    plant(pg_url, "B0101", "T01")
    plant(pg_url, "B0202", "T21")
    as_a = logins["T01"]
    other_login = sa.engine.make_url(logins["T21"]).username
    # asked for another login's branch, the policies' lookup answers the caller's own
    assert rows_seen(as_a, f"SELECT teller_seen_branch('{other_login}')") == [("B0101",)]
    login = sa.engine.make_url(as_a).username
    rows_seen(pg_url, f"DELETE FROM terminal_logins WHERE login = '{login}' RETURNING login")
    for name, key in GUARDED:  # every one holds rows of both branches
        with pytest.raises(sa.exc.DBAPIError, match="bound to no branch"):
            rows_seen(as_a, f'SELECT "{key}" FROM "{name}"')


@pytest.mark.parametrize("logins", LOGIN_KINDS, indirect=True)
def test_a_pull_or_poll_naming_another_branch_brings_nothing_of_it(pg_url, logins, open_terminals):
    from teller_app.sync.ops import TerminalIdentity
    from teller_app.sync.poll import pull_changes

    other = plant(pg_url, "B0202", "T21")
    teller = open_terminals(logins["T01"], "B0101", "T01", register=False)
    assert teller.sync.run_once().online
    # a tampered client asks for branch B0202's stream and its poll under B0101's login
    pretended = TerminalIdentity("B0202:T21", "B0202", "T21")
    pulled = pull_changes(teller.sync.central, pretended, {"B0202": 0, "*": 0}, 100)
    assert not any(c.stream == "B0202" for c in pulled.changes) and not pulled.rows
    polled = rows_seen(
        logins["T01"], f"SELECT * FROM teller_poll('B0202:T21', 'B0202', 'T21', NULL, NULL, '{NOW}', NULL)"
    )
    assert polled == [(0, None, polled[0][2], 0, 0)]  # unknown terminal, no stream, numbers or conflicts
    assert rows_seen(pg_url, f"SELECT count(*) FROM conflicts WHERE branch = '{other['conflicts']}'") == [
        (1,)
    ]


@pytest.mark.parametrize("logins", LOGIN_KINDS, indirect=True)
def test_a_branchs_terminals_push_by_copy_pull_and_settle_a_conflict_under_their_own_logins(
    pg_url, logins, open_terminals, monkeypatch
):
    settle_a_conflict_on_the_copy_path(pg_url, logins["T01"], logins["T02"], open_terminals, monkeypatch)


@pytest.mark.parametrize("logins", LOGIN_KINDS, indirect=True)
def test_the_copy_path_and_the_branch_filter_hold_through_pgbouncer_in_transaction_pooling(
    pg_url, logins, open_terminals, monkeypatch
):
    """PgBouncer connects to the server as the terminal's own login, so session_user (which the policies
    and the copier switch look up) is the terminal's, whichever server connection a transaction gets; a
    pooled login's terminals name themselves in each transaction, which holds on any server connection."""
    from pgbouncer import PgBouncer, require_pgbouncer

    require_pgbouncer()
    url = sa.engine.make_url(pg_url)
    users = tuple(dict.fromkeys(sa.engine.make_url(logins[c]).username or "" for c in ("T01", "T02")))
    with PgBouncer(url.host or "127.0.0.1", url.port or 5432, users=("postgres", *users)) as bouncer:
        first, second = bouncer.url_for(logins["T01"]), bouncer.url_for(logins["T02"])
        settle_a_conflict_on_the_copy_path(pg_url, first, second, open_terminals, monkeypatch)
        assert rows_seen(first, "SELECT DISTINCT branch FROM cases") == [("B0101",)]


def settle_a_conflict_on_the_copy_path(pg_url, first_url, second_url, open_terminals, monkeypatch) -> None:
    """B0101's T01 and T02 push every batch on the COPY path (no fallback), pull each other's work, meet
    a conflict with new rows after it, and the supervisor settles it: all under their own logins."""

    def no_fallback(*_args, **_kwargs):
        raise AssertionError("the batch fell back to the reference path")

    monkeypatch.setattr(push, "apply_push", no_fallback)
    monkeypatch.setattr(push, "COMPACT_MOST", 0)  # every batch takes the COPY path
    plant(pg_url, "B0202", "T21")
    keys = fresh_data_keys("B0101-keys")  # a branch's terminals share data keys (enrolment)
    first = open_terminals(first_url, "B0101", "T01", register=False, keys=keys)
    second = open_terminals(second_url, "B0101", "T02", register=False, keys=keys)
    case_id = open_case(first)
    record_step(first, case_id, "identity", {"id_check": "一致"})
    assert first.sync.run_once().waiting == 0  # appends and new rows COPYed as the copier
    assert second.sync.run_once().waiting == 0  # pulled
    edit_case(first, case_id, status="in_progress")
    edit_case(second, case_id, status="returned")
    second_case = open_case(second, name="南京松柏贸易有限公司")  # new rows COPYed after the conflict's reads

    assert first.sync.run_once().waiting == 0  # an existing row: staged and upserted
    report = second.sync.run_once()

    assert report.new_conflicts == 1 and report.waiting == 0 and report.rejected == 0, report
    [conflict] = list_conflicts(second.sync.central, branch="B0101")
    assert conflict.local_payload["status"] == "returned"
    assert list_conflicts(second.sync.central) == [conflict]  # B0202's planted conflict is not its to see
    resolve_conflict(second.sync.central, conflict.id, "local", by_user="supervisor-1")
    first.sync.run_once()
    second.sync.run_once()
    statuses = rows_seen(pg_url, f"SELECT branch, status FROM cases WHERE id = '{case_id}'")
    assert statuses == [("B0101", "returned")]
    steps = rows_seen(pg_url, f"SELECT step FROM case_steps WHERE case_id = '{case_id}'")
    assert steps == [("identity",)]
    assert rows_seen(pg_url, f"SELECT branch FROM cases WHERE id = '{second_case}'") == [("B0101",)]
    with first.store.engine.connect() as conn:
        local = conn.exec_driver_sql(f"SELECT status FROM cases WHERE id = '{case_id}'").scalar()
    assert local == "returned"


@pytest.mark.parametrize("logins", LOGIN_KINDS, indirect=True)
def test_a_catch_up_staged_batch_by_batch_lands_whole_under_a_terminals_login(
    pg_url, logins, open_terminals, monkeypatch
):
    """Batch N+1 COPYed on a second connection while batch N commits: each transaction switches to the
    copier and back on its own (c0011)."""
    staged: list[int] = []
    real_stage = push.stage_push_bulk

    def staging(central, terminal, ops, now, prepared, **kwargs):
        staged.append(len(ops))
        return real_stage(central, terminal, ops, now, prepared, **kwargs)

    def no_fallback(*_args, **_kwargs):
        raise AssertionError("the batch fell back to the reference path")

    monkeypatch.setattr(push, "stage_push_bulk", staging)
    monkeypatch.setattr(push, "apply_push", no_fallback)
    set_catch_up_batches(monkeypatch, first=12, most=24)
    teller = teller_with_cases(open_terminals, logins["T01"], register=False)

    report = teller.sync.run_once()

    assert report.waiting == 0 and report.rejected == 0 and staged, (report, staged)
    assert rows_seen(pg_url, "SELECT branch, count(*) FROM cases GROUP BY branch") == [("B0101", 20)]
    assert rows_seen(pg_url, "SELECT count(*) FROM audit_events") == [(20,)]
