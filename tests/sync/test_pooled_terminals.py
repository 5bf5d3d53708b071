"""Many terminals share one central login and each proves who it is in every transaction (central c0014).

Tried as the bank would run it (one pooled login behind PgBouncer, a key per terminal) and as an attacker
holding the shared login's password: a transaction that names no terminal, or names one with a token it
made up, carried over from another transaction or edited, may do nothing; a wrong or revoked key ends the
round like a wrong password; a terminal's own login may not act as another. The boundary itself is the
same as a login's: test_terminal_role.py and test_reads_of_own_branch.py run as both.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from onboarding_flow import customer, onboard
from pgbouncer import PgBouncer, require_pgbouncer
from sqlalchemy.engine import make_url
from sync_helpers import central_rows, open_case
from terminal_logins import login_of_terminal, pooled_login, run_pooled_script, user_values

from bench.wan.proxy import LatencyProxy
from teller_app.sync.acting import with_key
from teller_app.sync.central import connect_central
from teller_app.sync.registration import register_terminal

TERMINALS = (("B0101", "T01"), ("B0101", "T02"), ("B0202", "T21"))


@pytest.fixture
def pooled(pg_url):
    """The shared login's URL (naming no terminal) and each terminal's URL with its key, by code."""
    with pooled_login(pg_url, *TERMINALS) as (url, keys):
        for branch, code in TERMINALS:
            register_terminal(pg_url, branch, code)
        owner = sa.create_engine(pg_url)
        with owner.begin() as conn:  # a user of each branch, so that a read that sees too much shows it
            conn.exec_driver_sql(user_values("u-b0101", "B0101", "b0101teller"))
            conn.exec_driver_sql(user_values("u-b0202", "B0202", "b0202admin", "administrator"))
        owner.dispose()
        yield url, {code: _keyed(url, key) for code, key in keys.items()}, keys


def _keyed(url: str, key: str) -> str:
    return with_key(make_url(url), key).render_as_string(hide_password=False)


def test_terminals_of_two_branches_sharing_one_login_each_sync_as_themselves(pooled, open_terminals, pg_url):
    _, urls, _ = pooled
    t01 = open_terminals(urls["T01"], "B0101", "T01", register=False)
    t02 = open_terminals(urls["T02"], "B0101", "T02", register=False)
    t21 = open_terminals(urls["T21"], "B0202", "T21", register=False)
    own = {code: open_case(t) for code, t in (("T01", t01), ("T21", t21))}
    for terminal in (t01, t21, t02):
        report = terminal.sync.run_once()
        assert report.online and report.waiting == 0 and report.rejected == 0, report

    assert central_rows(pg_url, "SELECT id, branch FROM cases ORDER BY branch") == [
        (own["T01"], "B0101"),
        (own["T21"], "B0202"),
    ]
    assert central_rows(pg_url, "SELECT DISTINCT branch, terminal FROM audit_events ORDER BY 1") == [
        ("B0101", "T01"),
        ("B0202", "T21"),
    ]
    with t02.store.engine.connect() as conn:  # T02 pulled its branch's case, not the other branch's
        pulled = [r[0] for r in conn.exec_driver_sql("SELECT id FROM cases")]
    assert pulled == [own["T01"]]
    assert central_rows(urls["T21"], "SELECT id FROM users") == [("u-b0202",)]


def test_the_shared_login_naming_no_terminal_reads_and_writes_nothing(pooled):
    """It is a member of teller_terminal (through teller_pooled) bound to no branch: never taken for an
    administrator, who sees every branch (c0004–c0013 counted direct members only)."""
    shared, _, _ = pooled
    engine = sa.create_engine(shared)
    try:
        for statement in (
            "SELECT id FROM users",
            "UPDATE users SET role = 'teller'",
            "SELECT terminal_id FROM terminals",
        ):
            with pytest.raises(sa.exc.ProgrammingError, match="bound to no branch"), engine.begin() as conn:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _forged(engine: sa.Engine, token_sql: str) -> None:
    """`token_sql` (which may read the transaction's pid and start) set as the transaction's token by hand."""
    with (
        pytest.raises(sa.exc.ProgrammingError, match="did not vouch|bound to no branch"),
        engine.begin() as conn,
    ):
        token = conn.exec_driver_sql(f"SELECT {token_sql}").scalar()
        conn.exec_driver_sql("SELECT set_config('teller.acting', %s, true)", (token,))
        conn.exec_driver_sql("SELECT id FROM users").all()


def test_a_terminal_token_made_up_carried_over_or_edited_is_refused(pooled):
    shared, _, keys = pooled
    engine = sa.create_engine(shared)
    try:
        with engine.begin() as conn:  # T01 names itself rightly: its token for this transaction
            conn.exec_driver_sql("SELECT teller_act_as(%s)", (keys["T01"],))
            token = conn.exec_driver_sql("SELECT current_setting('teller.acting')").scalar()
            assert conn.exec_driver_sql("SELECT id FROM users").all() == [("u-b0101",)]
        assert token is not None and token.startswith("B0101/T01/")
        claim, _mac = token.rsplit("/", 1)
        now_us = "(extract(epoch FROM now()) * 1000000)::bigint"
        _forged(engine, f"'{token}'")  # carried into another transaction
        _forged(engine, f"'B0202/T21/' || pg_backend_pid() || '/' || {now_us} || '/' || repeat('0', 64)")
        _forged(engine, f"'B0101/T01/' || pg_backend_pid() || '/' || {now_us} || '/{_mac}'")  # MAC of another
        _forged(engine, f"'{claim.replace('B0101/T01', 'B0202/T21')}/{_mac}'")  # edited
        _forged(engine, "''")  # cleared: the login is bound to nothing
        with pytest.raises(sa.exc.ProgrammingError, match="did not vouch"), engine.begin() as conn:
            conn.exec_driver_sql("SELECT teller_act_as(%s)", (keys["T01"],))
            conn.exec_driver_sql("SET LOCAL teller.acting = 'B0202/T21/1/2/x'")  # after acting rightly
            conn.exec_driver_sql("SELECT id FROM users").all()
        with pytest.raises(sa.exc.ProgrammingError, match="already acts"), engine.begin() as conn:
            conn.exec_driver_sql("SELECT teller_act_as(%s)", (keys["T01"],))
            conn.exec_driver_sql("SELECT teller_act_as(%s)", (keys["T21"],))
        with engine.begin() as conn:  # nor may it read the secret, the keys or the token checker
            for statement in (
                "SELECT * FROM acting_secret",
                "SELECT * FROM terminal_keys",
            ):
                with pytest.raises(sa.exc.ProgrammingError, match="permission denied"), conn.begin_nested():
                    conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def test_a_pooled_terminals_poll_answers_for_its_own_terminal_alone(pooled, pg_url):
    """teller_poll_as polls as the owner, out of row-level security (it costs the server less): so a poll
    naming another branch, another terminal of its branch, or a terminal id that is not its branch and code
    is refused; its own poll answers and writes its chain anchor, under its own terminal only."""
    shared, _, keys = pooled
    engine = sa.create_engine(shared, isolation_level="AUTOCOMMIT")
    poll = "SELECT * FROM teller_poll_as(%s, %s, %s, %s, %s, %s, now(), now())"
    try:
        with engine.connect() as conn:
            for terminal, branch, code in (
                ("B0202:T21", "B0202", "T21"),
                ("B0101:T02", "B0101", "T02"),
                ("B0202:T21", "B0101", "T01"),
                ("B0101:T01", "B0202", "T01"),
                ("B0101:T01", "B0101", "T02"),
            ):
                with pytest.raises(sa.exc.ProgrammingError, match="not the terminal its key is of"):
                    conn.exec_driver_sql(poll, (keys["T01"], terminal, branch, code, 7, "head-7"))
            [row] = conn.exec_driver_sql(poll, (keys["T01"], "B0101:T01", "B0101", "T01", 7, "head-7")).all()
        assert row[0] == 1  # known
    finally:
        engine.dispose()
    assert central_rows(pg_url, "SELECT terminal_id, seq, head_hash FROM chain_anchors WHERE seq = 7") == [
        ("B0101:T01", 7, "head-7")
    ]


def test_a_wrong_or_revoked_terminal_key_ends_the_round_like_a_wrong_password(pooled, open_terminals, pg_url):
    shared, urls, keys = pooled
    wrong = open_terminals(_keyed(shared, "0" * 64), "B0101", "T01", register=False)
    report = wrong.sync.run_once()
    assert not report.online and "not a live key" in (report.error or ""), report

    t21 = open_terminals(urls["T21"], "B0202", "T21", register=False)
    open_case(t21)
    assert t21.sync.run_once().waiting == 0
    revoked = run_pooled_script(pg_url, branch="B0202", terminal="T21", revoke="1")
    assert revoked.returncode == 0, revoked.stderr
    open_case(t21)
    report = t21.sync.run_once()
    assert not report.online and report.waiting > 0, report  # the PC was reported lost: nothing more lands
    assert central_rows(pg_url, "SELECT count(*) FROM cases WHERE branch = 'B0202'") == [(1,)]

    replaced = run_pooled_script(pg_url, branch="B0101", terminal="T01", terminal_key="f" * 64)
    assert replaced.returncode == 0, replaced.stderr
    old = sa.create_engine(shared)
    with pytest.raises(sa.exc.OperationalError, match="not a live key"), old.begin() as conn:
        conn.exec_driver_sql("SELECT teller_act_as(%s)", (keys["T01"],))  # a new key retires the old one
    old.dispose()
    assert central_rows(_keyed(shared, "f" * 64), "SELECT id FROM users") == [("u-b0101",)]


def test_a_terminals_own_login_may_not_act_as_another_terminal(pooled, pg_url):
    _, _, keys = pooled
    with login_of_terminal(pg_url, "B0101", "T09") as own_login:
        engine = sa.create_engine(own_login)
        try:
            with pytest.raises(sa.exc.ProgrammingError, match="denied|may not act"), engine.begin() as conn:
                conn.exec_driver_sql("SELECT teller_act_as(%s)", (keys["T21"],))
            owner = sa.create_engine(pg_url)  # even if IT granted it the function by mistake
            with owner.begin() as conn:
                conn.exec_driver_sql(
                    f'GRANT EXECUTE ON FUNCTION teller_act_as(text) TO "{make_url(own_login).username}"'
                )
            owner.dispose()
            with pytest.raises(sa.exc.ProgrammingError, match="not a pooled"), engine.begin() as conn:
                conn.exec_driver_sql("SELECT teller_act_as(%s)", (keys["T21"],))
        finally:
            engine.dispose()


def _one_server_connection(pg_url: str, shared: str) -> PgBouncer:
    """A PgBouncer of this test's own in transaction pooling mode, one server connection for the shared login."""
    require_pgbouncer()
    url = make_url(pg_url)
    login = make_url(shared).username or ""
    return PgBouncer(url.host or "127.0.0.1", url.port or 5432, users=("postgres", login), pool_size=1)


def test_terminals_of_two_branches_share_one_pgbouncer_server_connection(pooled, open_terminals, pg_url):
    """The point of it: PgBouncer pools per login, and with one login for all, one server connection
    serves every terminal in turn (README-central's `default_pool_size = 1`)."""
    shared, _, keys = pooled
    with _one_server_connection(pg_url, shared) as bouncer:
        through = {code: _keyed(bouncer.url_for(shared), key) for code, key in keys.items()}
        tellers = [open_terminals(through[code], branch, code, register=False) for branch, code in TERMINALS]
        for teller in tellers:
            open_case(teller)
        for _ in range(2):
            for teller in tellers:
                report = teller.sync.run_once()
                assert report.online and report.waiting == 0 and report.rejected == 0, report
        login = make_url(shared).username
        servers = central_rows(pg_url, f"SELECT count(*) FROM pg_stat_activity WHERE usename = '{login}'")
    assert servers == [(1,)]
    assert central_rows(pg_url, "SELECT branch, count(*) FROM cases GROUP BY branch ORDER BY 1") == [
        ("B0101", 2),
        ("B0202", 1),
    ]


def test_naming_the_terminal_costs_no_round_trip(pooled, open_terminals, pg_url):
    """The token is asked in the burst that opens each transaction (wire.py): an idle round is still one
    round trip, and a teller's case is pushed and the branch pulled in at most five, as with a login each."""
    shared, _, keys = pooled
    url = make_url(pg_url)
    with LatencyProxy(url.host or "127.0.0.1", url.port or 5432, 0.02) as proxy:
        via = _keyed(
            make_url(shared).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
            keys["T01"],
        )
        teller = open_terminals(via, "B0101", "T01", register=False, central_engine=connect_central(via))
        assert teller.sync.run_once().online
        for _ in range(2):
            proxy.reset()
            assert teller.sync.run_once().online
            assert proxy.snapshot()[0] == 1
        onboard(teller.store, customer(1))
        proxy.reset()
        report = teller.sync.run_once()
        assert report.online and report.waiting == 0 and report.pushed > 50, report
        assert proxy.snapshot()[0] <= 5


def test_it_sets_up_a_pc_on_the_pooled_login_with_its_key_sealed_and_never_shown(
    pooled, pg_url, capsys, monkeypatch, tmp_path
):
    """`init --central-password-stdin --central-terminal-key-stdin`: the key is sealed in the key store (not
    the settings file), added as the PC connects, and shown nowhere; its cases sync under its own branch."""
    from cli_terminals import Admin, credit_code

    shared, _, keys = pooled
    pc = Admin(capsys, monkeypatch, tmp_path / "pc-t02")
    setup = pc("init", "--branch", "B0101", "--terminal", "T02", "--central", shared,
               "--central-password-stdin", "--central-terminal-key-stdin", "--admin", "admin_b0101",
               stdin="x\n" + keys["T02"] + "\n")  # fmt: skip
    assert setup["_exit"] == 0
    case_id = pc.work_case("上海外高桥贸易有限公司", credit_code(11))
    report = pc("sync", "--once")
    assert report["online"] and report["waiting"] == 0 and report["rejected"] == 0, report
    assert central_rows(pg_url, f"SELECT branch FROM cases WHERE id = '{case_id}'") == [("B0101",)]
    assert pc("doctor", expect=None)["_exit"] in (0, 1)
    sealed = (tmp_path / "pc-t02").rglob("*")
    for path in (p for p in sealed if p.is_file()):
        assert keys["T02"].encode() not in path.read_bytes(), path
    assert not any(keys["T02"] in out for out in Admin.outputs)
    other = Admin(
        capsys, monkeypatch, tmp_path / "pc-t21"
    )  # a key written in the URL is moved into the key store
    moved = other("init", "--branch", "B0202", "--terminal", "T21", "--central", _keyed(shared, keys["T21"]),
                  "--admin", "admin_b0202")  # fmt: skip
    assert any("terminal key" in note for note in moved.get("notes", [])), moved
    assert other("sync", "--once")["online"]
    for path in (p for p in (tmp_path / "pc-t21").rglob("*") if p.is_file()):
        assert keys["T21"].encode() not in path.read_bytes(), path
    assert not any(keys[code] in out for out in Admin.outputs for code in ("T02", "T21"))


def test_what_one_client_leaves_on_a_shared_server_connection_does_not_reach_the_next(
    pooled, open_terminals, pg_url
):
    """Through PgBouncer the shared login's clients take turns on one server connection. An attacker with the
    shared password leaves temporary tables named like the real ones (pg_temp is searched first) and a
    token in the session: the next terminal's push still lands in the real tables, and nothing of it is
    left for the attacker to read."""
    shared, _, keys = pooled
    with _one_server_connection(pg_url, shared) as bouncer:
        attacker = sa.create_engine(
            bouncer.url_for(shared), isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool
        )
        with attacker.connect() as conn:
            for table in ("cases", "applied_ops", "change_log", "audit_events"):
                conn.exec_driver_sql(f"CREATE TEMP TABLE {table} (LIKE public.{table})")
            conn.exec_driver_sql("SELECT set_config('teller.acting', 'B0101/T01/1/2/x', false)")
        teller = open_terminals(_keyed(bouncer.url_for(shared), keys["T01"]), "B0101", "T01", register=False)
        case_id = open_case(teller)
        report = teller.sync.run_once()
        assert report.online and report.waiting == 0 and report.rejected == 0, report
        with attacker.connect() as conn:
            with pytest.raises(sa.exc.ProgrammingError, match="does not exist"):
                conn.exec_driver_sql("SELECT id FROM pg_temp.cases")
        attacker.dispose()
    assert central_rows(pg_url, "SELECT id FROM cases") == [(case_id,)]
    assert central_rows(pg_url, "SELECT count(*) > 0 FROM applied_ops") == [(True,)]


def test_tables_an_attacker_makes_in_pg_temp_change_nothing_the_guards_decide(pooled, pg_url):
    """pg_temp is searched before pg_catalog and public unless it is named last: an attacker with the shared
    password makes temporary tables named like the catalogs the guards ask (pg_roles, pg_auth_members) and
    like the tables the owner-run poll reads and writes. The login is still bound to no branch, and the
    poll still reads and writes the real tables."""
    shared, _, keys = pooled
    engine = sa.create_engine(shared, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("CREATE TEMP TABLE pg_roles (oid oid, rolname name, rolsuper boolean)")
            conn.exec_driver_sql("CREATE TEMP TABLE pg_auth_members (roleid oid, member oid)")
            for statement in ("SELECT id FROM users", "UPDATE users SET role = 'teller'"):
                with pytest.raises(sa.exc.ProgrammingError, match="bound to no branch"):
                    conn.exec_driver_sql(statement)
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN")
            conn.exec_driver_sql(
                "SELECT teller_act_as(%s)", (keys["T01"],)
            )  # the poll's own act finds it named
            for table in ("terminals", "chain_anchors", "change_streams", "number_blocks", "conflicts"):
                conn.exec_driver_sql(f"CREATE TEMP TABLE {table} (LIKE public.{table})")
            [row] = conn.exec_driver_sql(
                "SELECT * FROM teller_poll_as(%s, 'B0101:T01', 'B0101', 'T01', 8, 'head-8', now(), NULL)",
                (keys["T01"],),
            ).all()
            assert row[0] == 1  # known: the real terminals table
            assert conn.exec_driver_sql("SELECT count(*) FROM pg_temp.chain_anchors").scalar() == 0
            conn.exec_driver_sql("COMMIT")
    finally:
        engine.dispose()
    assert central_rows(pg_url, "SELECT terminal_id FROM chain_anchors WHERE seq = 8") == [("B0101:T01",)]
