"""A user moved to another branch, with every terminal connecting as the central database's owner: the path
the PgBouncer run takes (tests/sync/test_through_pgbouncer.py lists this file; its PgBouncer knows only the
owner's login, so the terminal logins of test_users_of_own_branch.py cannot pass through it).

Reading as the owner, row-level security does not hide the moved row (c0010 binds terminal logins only):
the old branch's terminals receive the row with its new branch and drop it (sync/branch_users.py, "a row
of another branch"), where under their own logins they receive a change without its row. Both end alike.
"""

from __future__ import annotations

from sync_helpers import TEST_BANK_UNIQUENESS_KEY

from teller_app.domain.passwords import TEST_KDF
from teller_app.services.sign_in import SignInService
from teller_app.services.users import AuthPolicy, UserAdministration
from teller_app.storage.keystore import fresh_data_keys, with_uniqueness_key
from teller_app.sync.central import connect_central
from teller_app.sync.central_users import move_user

POLICY = AuthPolicy(kdf=TEST_KDF)
PASSWORD = "Counter-Pass-2026"


def branch_keys(branch: str):
    return with_uniqueness_key(fresh_data_keys(branch), TEST_BANK_UNIQUENESS_KEY)


def local_users(terminal) -> list[tuple[str, str]]:
    with terminal.store.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT username, branch FROM users ORDER BY 1")]


def test_a_moved_user_leaves_both_old_terminals_and_is_named_again_at_both_new_ones(pg_url, open_terminals):
    old_keys, new_keys = branch_keys("B0101"), branch_keys("B0202")
    t01 = open_terminals(pg_url, "B0101", "T01", keys=old_keys)
    t02 = open_terminals(pg_url, "B0101", "T02", keys=old_keys)
    t21 = open_terminals(pg_url, "B0202", "T21", keys=new_keys)
    t22 = open_terminals(pg_url, "B0202", "T22", keys=new_keys)
    UserAdministration(t01.store, POLICY).add(
        "zhang01", "teller", PASSWORD, display_name="张三", must_change_password=False
    )
    for terminal in (t01, t02, t21, t22):
        report = terminal.sync.run_once()
        assert report.online and report.waiting == 0 and report.rejected == 0, report
    assert local_users(t02) == [("zhang01", "B0101")] and local_users(t21) == []
    owner = connect_central(pg_url)
    try:
        move_user(owner, "zhang01", "B0202", by="it-desk")
    finally:
        owner.dispose()

    for terminal in (t01, t02, t21, t22):
        report = terminal.sync.run_once()
        assert report.online and report.rejected == 0, report
    for old in (t01, t02):
        assert local_users(old) == []
        with old.store.engine.connect() as conn:
            actions = [r[0] for r in conn.exec_driver_sql("SELECT action FROM audit_events")]
        assert actions.count("user.left_branch") == 1
    for new in (t21, t22):
        assert local_users(new) == [("zhang01", "B0202")]
        assert UserAdministration(new.store, POLICY).get("zhang01").display_name is None

    UserAdministration(t21.store, POLICY).set_display_name("zhang01", "张三（对公）")
    assert t21.sync.run_once().waiting == 0
    t22.sync.run_once()
    for new in (t21, t22):
        signed_in = SignInService(new.store, POLICY).authenticate("zhang01", PASSWORD)
        assert signed_in.display_name == "张三（对公）"
