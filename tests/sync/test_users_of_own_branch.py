"""A branch PC holds, and its central login can read, only its own branch's users (central migration c0010).

Tried as an attacker holding branch B0101's terminal login: another branch's users, password hashes
included, cannot be read, changed or planted, and no pull brings them. A terminal that held other branches'
users drops them at its next sync; a user moved to another branch leaves the old branch's terminals and
reaches the new one's; sign-in and lockout still travel between two terminals of one branch.
"""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from sync_helpers import TEST_BANK_UNIQUENESS_KEY, central_rows
from terminal_logins import login_of_terminal, user_values

from teller_app.domain.errors import RuleError
from teller_app.domain.passwords import TEST_KDF
from teller_app.services.sign_in import SignInService
from teller_app.services.users import AuthPolicy, UserAdministration
from teller_app.storage.keystore import fresh_data_keys, with_uniqueness_key
from teller_app.sync.local_queue import store_central_rows
from teller_app.sync.registration import register_terminal

POLICY = AuthPolicy(kdf=TEST_KDF)
PASSWORD = "Counter-Pass-2026"


def branch_keys(branch: str):
    """A branch's data keys (its terminals share them, as sibling enrolment gives them)."""
    return with_uniqueness_key(fresh_data_keys(branch), TEST_BANK_UNIQUENESS_KEY)


def add_user(terminal, name: str, role: str = "teller") -> str:
    return UserAdministration(terminal.store, POLICY).add(name, role, PASSWORD, must_change_password=False).id


def local_users(terminal) -> list[tuple[str, str]]:
    with terminal.store.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT username, branch FROM users ORDER BY 1")]


def two_branches(open_terminals, logins):
    a = open_terminals(logins["T01"], "B0101", "T01", register=False, keys=branch_keys("B0101"))
    b = open_terminals(logins["T21"], "B0202", "T21", register=False, keys=branch_keys("B0202"))
    add_user(a, "zhang01")
    add_user(b, "li02", "supervisor")
    for terminal in (a, b, a):
        report = terminal.sync.run_once()
        assert report.online and report.waiting == 0 and report.rejected == 0, report
    return a, b


def test_a_terminal_login_reads_no_user_of_another_branch_and_cannot_plant_one(
    pg_url, logins, open_terminals
):
    two_branches(open_terminals, logins)
    as_a = logins["T01"]

    assert central_rows(as_a, "SELECT username FROM users ORDER BY 1") == [("zhang01",)]
    assert central_rows(as_a, "SELECT count(*) FROM users WHERE branch = 'B0202'") == [(0,)]
    assert central_rows(as_a, "SELECT password_hash FROM users WHERE username = 'li02'") == []
    # the bank-wide name check still answers, with the holder's branch and nothing of the row
    holder = central_rows(as_a, "SELECT * FROM teller_user_name_holder('LI02')")
    assert [(name, branch) for _, name, branch in holder] == [("li02", "B0202")]
    engine = sa.create_engine(as_a)
    try:
        with engine.begin() as conn:
            changed = conn.exec_driver_sql("UPDATE users SET password_hash = 'x', failed_count = 0")
            assert changed.rowcount == 1  # its own user only
        for statement in (
            user_values(str(uuid.uuid4()), "B0202", "planted"),
            "UPDATE users SET branch = 'B0202' WHERE username = 'zhang01'",
        ):
            with pytest.raises(sa.exc.ProgrammingError, match="row-level security"), engine.begin() as conn:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()
    owner = central_rows(pg_url, "SELECT username, branch, password_hash <> 'x' FROM users ORDER BY 1")
    assert owner == [("li02", "B0202", True), ("zhang01", "B0101", False)]


def test_a_pull_brings_none_of_another_branchs_users_even_when_asked_for_its_stream(
    pg_url, logins, open_terminals
):
    from teller_app.sync.ops import TerminalIdentity
    from teller_app.sync.poll import pull_changes

    a, _ = two_branches(open_terminals, logins)
    assert local_users(a) == [("zhang01", "B0101")]
    with pytest.raises(RuleError):  # B0202's supervisor cannot sign in, nor approve, at B0101
        SignInService(a.store, POLICY).authenticate_checker("li02", PASSWORD)
    # a tampered client asks for branch B0202's stream under B0101's login: neither its changes (c0011)
    # nor its rows
    pretended = TerminalIdentity("B0202:T99", "B0202", "T99")
    pulled = pull_changes(a.sync.central, pretended, {"B0202": 0, "*": 0}, 100)
    assert not any(c.stream == "B0202" for c in pulled.changes)
    assert "users" not in pulled.rows


def test_a_terminal_that_held_another_branchs_users_before_the_upgrade_holds_none_after_its_next_sync(
    pg_url, logins, open_terminals
):
    a, b = two_branches(open_terminals, logins)
    owner = sa.create_engine(pg_url)
    with owner.connect() as conn:  # what an earlier version's pull could have stored: B0202's rows whole
        foreign = [
            dict(r._mapping) for r in conn.execute(sa.text("SELECT * FROM users WHERE branch = 'B0202'"))
        ]
    owner.dispose()
    with a.store.writer.connection() as conn:
        store_central_rows(conn, "users", foreign, decoded=True)
    assert ("li02", "B0202") in local_users(a)

    report = a.sync.run_once()

    assert report.online and report.rejected == 0, report
    assert local_users(a) == [("zhang01", "B0101")]
    with a.store.engine.connect() as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM users WHERE password_hash LIKE '%$%' AND branch <> 'B0101'"
            ).scalar()
            == 0
        )
        actions = [r[0] for r in conn.exec_driver_sql("SELECT action FROM audit_events ORDER BY seq")]
    assert actions.count("user.left_branch") == 1
    with pytest.raises(RuleError):
        SignInService(a.store, POLICY).authenticate("li02", PASSWORD)
    assert local_users(b) == [("li02", "B0202")]


def test_sign_in_lockout_and_password_change_travel_between_two_terminals_of_a_branch_under_their_own_logins(
    pg_url, logins, open_terminals
):
    keys = branch_keys("B0101")
    t01 = open_terminals(logins["T01"], "B0101", "T01", register=False, keys=keys)
    t02 = open_terminals(logins["T02"], "B0101", "T02", register=False, keys=keys)
    add_user(t01, "wang03")
    add_user(t01, "zhou04", "supervisor")
    assert t01.sync.run_once().waiting == 0
    assert t02.sync.run_once().online
    assert ("wang03", "B0101") in local_users(t02)
    SignInService(t02.store, POLICY).sign_in("wang03", PASSWORD)
    checker = SignInService(t02.store, POLICY).authenticate_checker("zhou04", PASSWORD)  # approves at T02
    assert checker.role.value == "supervisor"

    for _ in range(POLICY.sign_in.lockout_failures):  # locked out at T02
        with pytest.raises(RuleError):
            SignInService(t02.store, POLICY).authenticate("wang03", "wrong-password-1")
    report = t02.sync.run_once()
    assert report.waiting == 0 and report.rejected == 0, report
    t01.sync.run_once()
    with pytest.raises(RuleError) as refused:  # and at T01, after both synced
        SignInService(t01.store, POLICY).authenticate("wang03", PASSWORD)
    assert refused.value.code.startswith("sign_in.locked"), refused.value.code

    UserAdministration(t01.store, POLICY).unlock("wang03")  # the administrator at T01
    assert t01.sync.run_once().rejected == 0
    t02.sync.run_once()
    service = SignInService(t02.store, POLICY)
    session = service.sign_in("wang03", PASSWORD)
    service.change_password(session, PASSWORD, "Counter-Pass-2027")  # the user's own change, at T02
    assert t02.sync.run_once().rejected == 0
    t01.sync.run_once()
    assert SignInService(t01.store, POLICY).authenticate("wang03", "Counter-Pass-2027").username == "wang03"


def test_a_user_moved_to_another_branch_leaves_the_old_branchs_terminals_and_reaches_the_new_ones(
    pg_url, logins, open_terminals
):
    from teller_app.sync.central import connect_central
    from teller_app.sync.central_users import move_user

    a, b = two_branches(open_terminals, logins)
    sibling = open_terminals(logins["T02"], "B0101", "T02", register=False, keys=branch_keys("B0101"))
    sibling.sync.run_once()
    assert ("zhang01", "B0101") in local_users(sibling)
    owner = connect_central(pg_url)
    try:
        moved = move_user(owner, "ZHANG01", "B0202", by="it-desk")
    finally:
        owner.dispose()
    assert (moved.from_branch, moved.to_branch) == ("B0101", "B0202")

    for old in (a, sibling):
        report = old.sync.run_once()
        assert report.online and report.rejected == 0, report
        assert ("zhang01", "B0101") not in local_users(old) and all(
            n != "zhang01" for n, _ in local_users(old)
        )
    b.sync.run_once()
    assert local_users(b) == [("li02", "B0202"), ("zhang01", "B0202")]
    assert SignInService(b.store, POLICY).authenticate("zhang01", PASSWORD).username == "zhang01"
    assert central_rows(logins["T01"], "SELECT count(*) FROM users WHERE username = 'zhang01'") == [(0,)]
    assert central_rows(logins["T21"], "SELECT branch FROM users WHERE username = 'zhang01'") == [("B0202",)]


def test_a_moved_users_edit_made_at_the_old_branch_before_it_heard_is_refused_once_and_forgotten(
    pg_url, logins, open_terminals
):
    from teller_app.sync.central import connect_central
    from teller_app.sync.central_users import move_user

    a, b = two_branches(open_terminals, logins)
    owner = connect_central(pg_url)
    try:
        move_user(owner, "zhang01", "B0202", by="it-desk")
    finally:
        owner.dispose()
    SignInService(a.store, POLICY).sign_in("zhang01", PASSWORD)  # offline sign-in on the old record

    report = a.sync.run_once()

    assert report.online and report.new_rejected == 1 and report.rejected == 0, (
        report
    )  # refused, then dropped
    assert all(n != "zhang01" for n, _ in local_users(a))
    assert a.sync.run_once().waiting == 0  # the record of the drop (user.left_branch) went up too
    assert central_rows(pg_url, "SELECT branch FROM users WHERE username = 'zhang01'") == [("B0202",)]
    b.sync.run_once()
    assert ("zhang01", "B0202") in local_users(b)


def test_moving_a_user_needs_the_centre_and_a_real_branch(pg_url, logins, open_terminals):
    from teller_app.domain.errors import InputError
    from teller_app.sync.central import connect_central
    from teller_app.sync.central_users import move_user

    two_branches(open_terminals, logins)
    as_b = connect_central(logins["T21"])  # a terminal login of the new branch cannot take the user over
    owner = connect_central(pg_url)
    try:
        with pytest.raises(InputError, match="no user"):
            move_user(as_b, "zhang01", "B0202", by="b0202")
        with pytest.raises(InputError):
            move_user(owner, "zhang01", "*", by="it")
        with pytest.raises(RuleError, match="already"):
            move_user(owner, "zhang01", "B0101", by="it")
    finally:
        as_b.dispose()
        owner.dispose()
    assert central_rows(pg_url, "SELECT branch FROM users WHERE username = 'zhang01'") == [("B0101",)]


def test_teller_admin_user_move_as_the_owner_and_refused_under_a_terminals_login(
    pg_url, logins, open_terminals, capsys, monkeypatch, tmp_path
):
    from cli_terminals import run

    two_branches(open_terminals, logins)
    home = tmp_path / "it-desk"

    code, data, err = run(
        capsys, monkeypatch, home, "user", "move", "li02", logins["T01"], "--to-branch", "B0101"
    )
    assert code == 1 and data["code"] == "user.not_found", (data, err)  # B0101's login cannot see li02

    code, data, _ = run(capsys, monkeypatch, home, "user", "move", "li02", pg_url, "--to-branch", "B0101")
    assert code == 0 and (data["from_branch"], data["to_branch"]) == ("B0202", "B0101"), data
    assert data["next_at_new_branch"] == [  # what B0101's administrator does next, said with the move
        'teller-admin user set-name li02 "DISPLAY NAME"',
        "teller-admin user enrol-totp li02",
    ]
    assert central_rows(pg_url, "SELECT branch, display_name IS NULL FROM users WHERE username = 'li02'") == [
        ("B0101", True)
    ]


def test_init_enrolment_and_the_bank_wide_name_check_work_under_terminal_logins(
    pg_url, capsys, monkeypatch, tmp_path
):
    from cli_terminals import enrol, init, run

    with (
        login_of_terminal(pg_url, "B0101", "T01") as t01,
        login_of_terminal(pg_url, "B0101", "T02") as t02,
        login_of_terminal(pg_url, "B0202", "T21") as t21,
    ):
        first, second, other = tmp_path / "t01", tmp_path / "t02", tmp_path / "t21"
        assert init(capsys, monkeypatch, first, t01, "B0101", "T01")[0] == 0
        assert run(capsys, monkeypatch, first, "user", "add", "clerk01", "--role", "teller")[0] == 0
        assert run(capsys, monkeypatch, first, "sync", "--once")[1]["waiting"] == 0

        code, data, _ = enrol(capsys, monkeypatch, first, second, t02, "B0101", "T02")  # a sibling terminal
        assert code == 0 and data["admin_username"] is None and data["synced"] is True, data
        _, listed, _ = run(capsys, monkeypatch, second, "user", "list")
        assert sorted(u["username"] for u in listed["users"]) == ["admin", "clerk01"]

        # B0202's login cannot read B0101's 'admin', yet init is refused the name, bank-wide
        code, data, _ = init(capsys, monkeypatch, other, t21, "B0202", "T21")
        assert code == 1 and data["code"] == "user.name_taken_bank_wide", data
        assert init(capsys, monkeypatch, other, t21, "B0202", "T21", "--admin", "admin_b0202")[0] == 0
        code, data, _ = run(capsys, monkeypatch, other, "user", "add", "CLERK01", "--role", "teller")
        assert code == 1 and data["code"] == "user.name_taken_bank_wide", data
        _, listed, _ = run(capsys, monkeypatch, other, "user", "list")
        assert [u["username"] for u in listed["users"]] == ["admin_b0202"]


def test_a_user_published_centrally_with_another_branch_is_dropped_by_the_old_branch(
    pg_url, logins, open_terminals
):
    from teller_app.sync.central import connect_central
    from teller_app.sync.central_writes import publish_row
    from teller_app.sync.payloads import row_to_payload
    from teller_app.sync.shared_tables import synced_table

    a, b = two_branches(open_terminals, logins)
    table = synced_table("users")
    owner = connect_central(pg_url)
    try:
        with owner.connect() as conn:
            row = conn.execute(sa.select(table).where(table.c.username == "zhang01")).one()
        publish_row(owner, "users", dict(row_to_payload(table, row), branch="B0202"), by="it")
    finally:
        owner.dispose()
    a.sync.run_once()
    b.sync.run_once()
    assert local_users(a) == []
    assert local_users(b) == [("li02", "B0202"), ("zhang01", "B0202")]


@pytest.fixture
def t22_login(pg_url):
    """The central login of a second terminal of B0202, the branch a user is moved to."""
    with login_of_terminal(pg_url, "B0202", "T22") as login:
        register_terminal(pg_url, "B0202", "T22")
        yield login


def test_a_moved_users_display_name_set_at_the_new_branch_shows_at_both_its_terminals_after_a_sync(
    pg_url, logins, t22_login, open_terminals
):
    from teller_app.sync.central import connect_central
    from teller_app.sync.central_users import move_user

    keys = branch_keys("B0202")  # the new branch's two terminals share its keys, as sibling enrolment does
    a = open_terminals(logins["T01"], "B0101", "T01", register=False, keys=branch_keys("B0101"))
    t21 = open_terminals(logins["T21"], "B0202", "T21", register=False, keys=keys)
    t22 = open_terminals(t22_login, "B0202", "T22", register=False, keys=keys)
    UserAdministration(a.store, POLICY).add(
        "zhang01", "teller", PASSWORD, display_name="张三", must_change_password=False
    )
    assert a.sync.run_once().waiting == 0
    owner = connect_central(pg_url)
    try:
        move_user(owner, "zhang01", "B0202", by="it-desk")
    finally:
        owner.dispose()
    for terminal in (t21, t22):
        assert terminal.sync.run_once().online
        assert UserAdministration(terminal.store, POLICY).get("zhang01").display_name is None  # cleared

    shown = UserAdministration(t21.store, POLICY).set_display_name("zhang01", " 张三（对公）Ａ ")
    assert shown.display_name == "张三（对公）A"
    report = t21.sync.run_once()
    assert report.online and report.waiting == 0 and report.rejected == 0, report
    assert t22.sync.run_once().online

    for terminal in (t21, t22):
        assert UserAdministration(terminal.store, POLICY).get("zhang01").display_name == "张三（对公）A"
        assert SignInService(terminal.store, POLICY).authenticate("zhang01", PASSWORD).display_name == (
            "张三（对公）A"
        )
    ((sealed,),) = central_rows(pg_url, "SELECT display_name FROM users WHERE username = 'zhang01'")
    assert sealed is not None and "张三".encode() not in bytes(sealed)  # sealed, not in clear, at the centre
    with t21.store.engine.connect() as conn:
        actions = [r[0] for r in conn.exec_driver_sql("SELECT action FROM audit_events ORDER BY seq")]
    assert actions.count("user.display_name_set") == 1
