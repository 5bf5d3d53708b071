"""One basic account per depositor and one Ⅰ类 account per person hold across branches, not just inside one:
the central database compares the bank-wide uniqueness index (the same key at every branch), which reveals
no credit code or ID number, and which a terminal login may write only for its own branch's accounts."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from onboarding_flow import SUPERVISOR, TELLER, customer, onboard, onboard_person
from sync_helpers import TEST_BANK_UNIQUENESS_KEY
from terminal_logins import login_of_terminal

from teller_app.domain.errors import RuleError
from teller_app.services import account_setup, alerts
from teller_app.services.case_store import load_case
from teller_app.storage.blind_index import depositor_index
from teller_app.storage.keystore import fresh_data_keys, with_uniqueness_key
from teller_app.sync.shared_tables import synced_table
from teller_app.sync.uniqueness import CentralAccountRegistry

BANK_KEY = TEST_BANK_UNIQUENESS_KEY  # the operations department's key, given to every branch
SHANGHAI, NANJING = "310115", "320102"


def central_of(terminal):
    return lambda case_id: CentralAccountRegistry(terminal.sync.central, terminal.store, exclude_case=case_id)


def branch_keys(branch: str, bank_key: bytes | None = BANK_KEY):
    keys = fresh_data_keys(f"branch-{branch}")  # each branch its own data and blind-index keys
    return with_uniqueness_key(keys, bank_key) if bank_key is not None else keys


@pytest.fixture
def two_branches(pg_url, open_terminals):
    shanghai = open_terminals(pg_url, SHANGHAI, "T01", keys=branch_keys(SHANGHAI))
    nanjing = open_terminals(pg_url, NANJING, "T21", keys=branch_keys(NANJING))
    assert shanghai.sync.run_once().online and nanjing.sync.run_once().online  # number blocks
    return shanghai, nanjing


def uniqueness(terminal, case_id: str) -> str:
    return load_case(terminal.store, case_id).account["uniqueness"]


def clash_alerts(terminal) -> list[str]:
    found = alerts.alerts(terminal.store, SUPERVISOR, terminal.clock())
    return [a.case_id for a in found if a.kind == "uniqueness_clash"]


def test_a_second_branch_is_refused_a_basic_account_for_a_credit_code_another_branch_holds(two_branches):
    shanghai, nanjing = two_branches
    who = customer(11)
    onboard(shanghai.store, who, central=central_of(shanghai))
    assert shanghai.sync.run_once().online  # the account and its bank-wide index reach the central database

    with pytest.raises(RuleError) as refused:
        onboard(nanjing.store, who, activate=False, central=central_of(nanjing))
    assert (refused.value.code, refused.value.params["where"]) == ("account.basic_already_exists", "central")


def test_another_depositor_opens_its_basic_account_at_the_second_branch_confirmed_bank_wide(two_branches):
    shanghai, nanjing = two_branches
    onboard(shanghai.store, customer(12), central=central_of(shanghai))
    assert shanghai.sync.run_once().online
    case_id, _ = onboard(nanjing.store, customer(13), activate=False, central=central_of(nanjing))
    assert uniqueness(nanjing, case_id) == "confirmed"


def test_two_branches_opening_online_within_one_sync_interval_are_caught_once_both_are_central(two_branches):
    shanghai, nanjing = two_branches
    who = customer(22)
    first, _ = onboard(shanghai.store, who, activate=False, central=central_of(shanghai))
    second, _ = onboard(nanjing.store, who, activate=False, central=central_of(nanjing))  # neither pushed yet
    assert uniqueness(shanghai, first) == uniqueness(nanjing, second) == "confirmed"

    assert shanghai.sync.run_once().online  # pushed, asked again: Nanjing's is not central yet
    assert nanjing.sync.run_once().online  # pushed later, asked again: it sees Shanghai's
    assert uniqueness(nanjing, second) == "clash"
    assert clash_alerts(nanjing) == [second]
    with pytest.raises(RuleError) as refused:
        account_setup.activate(nanjing.store, TELLER, second)
    assert refused.value.code == "account.uniqueness_clash"
    assert nanjing.sync.run_once().online and uniqueness(nanjing, second) == "clash"  # asked once, kept


def test_a_basic_account_opened_offline_at_a_second_branch_is_flagged_at_sync_and_waits(two_branches):
    shanghai, nanjing = two_branches
    who = customer(14)
    onboard(shanghai.store, who)
    assert shanghai.sync.run_once().online
    second, _ = onboard(nanjing.store, who, activate=False)  # Nanjing offline: it cannot ask
    assert uniqueness(nanjing, second) == "to_confirm"

    assert nanjing.sync.run_once().online
    assert uniqueness(nanjing, second) == "clash"
    assert clash_alerts(nanjing) == [second]
    with pytest.raises(RuleError) as refused:
        account_setup.activate(nanjing.store, TELLER, second)
    assert refused.value.code == "account.uniqueness_clash"


def test_a_second_branch_is_refused_a_type_i_account_for_an_id_number_another_branch_holds(two_branches):
    shanghai, nanjing = two_branches
    who = customer(15)
    onboard_person(shanghai.store, who, central=central_of(shanghai))
    assert shanghai.sync.run_once().online

    with pytest.raises(RuleError) as refused:
        onboard_person(nanjing.store, who, activate=False, central=central_of(nanjing))
    assert (refused.value.code, refused.value.params["where"]) == (
        "account.personal_i_already_exists",
        "central",
    )


def test_a_type_i_account_opened_offline_at_a_second_branch_is_flagged_at_sync(two_branches):
    shanghai, nanjing = two_branches
    who = customer(16)
    onboard_person(shanghai.store, who)
    second, _ = onboard_person(nanjing.store, who, activate=False)  # both offline
    assert shanghai.sync.run_once().online  # Shanghai first: nothing else known, confirmed
    assert nanjing.sync.run_once().online
    assert uniqueness(nanjing, second) == "clash"
    assert clash_alerts(nanjing) == [second]


def test_a_terminal_without_the_bank_wide_key_never_confirms_uniqueness(pg_url, open_terminals):
    shanghai = open_terminals(pg_url, SHANGHAI, "T01", keys=branch_keys(SHANGHAI, bank_key=None))
    assert shanghai.sync.run_once().online
    case_id, _ = onboard(shanghai.store, customer(17), central=central_of(shanghai))
    assert uniqueness(shanghai, case_id) == "to_confirm"  # online, yet other branches cannot be asked
    assert shanghai.sync.run_once().online
    assert uniqueness(shanghai, case_id) == "to_confirm"


def test_accounts_opened_before_the_bank_wide_index_are_indexed_and_checked_at_the_first_sync(
    pg_url, open_terminals
):
    keys = branch_keys(SHANGHAI, bank_key=None)
    shanghai = open_terminals(pg_url, SHANGHAI, "T01", keys=keys)
    nanjing = open_terminals(pg_url, NANJING, "T21", keys=branch_keys(NANJING))
    assert shanghai.sync.run_once().online and nanjing.sync.run_once().online
    who = customer(18)
    older, _ = onboard(shanghai.store, who)  # before Shanghai held the bank-wide key
    assert shanghai.sync.run_once().online
    accounts = synced_table("accounts")
    with shanghai.store.reading() as session:
        assert session.execute(sa.select(accounts.c.depositor_index)).scalar_one() is None
    # A row an older version wrote: checked against the branch only, and called confirmed.
    with shanghai.store.writer.connection() as conn:
        conn.execute(accounts.update().values(uniqueness="confirmed"))
    onboard(nanjing.store, who, central=central_of(nanjing))  # central knew no index for Shanghai's
    assert nanjing.sync.run_once().online

    shanghai.store.use_keys(with_uniqueness_key(keys, BANK_KEY))  # `teller-admin uniqueness-key adopt`
    assert shanghai.sync.run_once().online  # indexes the older account, checks it bank-wide, pushes it
    assert uniqueness(shanghai, older) == "clash"
    assert clash_alerts(shanghai) == [older]
    with sa.create_engine(pg_url).connect() as conn:
        indexes = conn.execute(sa.select(accounts.c.branch, accounts.c.depositor_index)).all()
    assert {b for b, _ in indexes} == {SHANGHAI, NANJING}
    assert len({i for _, i in indexes}) == 1 and None not in {i for _, i in indexes}


def test_the_central_index_reveals_no_credit_code_or_id_number_without_the_key(two_branches, pg_url):
    shanghai, _nanjing = two_branches
    who = customer(19)
    onboard(shanghai.store, who)
    onboard_person(shanghai.store, customer(20))
    assert shanghai.sync.run_once().online
    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(sa.select(synced_table("accounts"))).mappings()]
    engine.dispose()
    indexes = {r["account_type"]: r["depositor_index"] for r in rows}
    assert indexes["basic"] == depositor_index(BANK_KEY, who.credit_code)
    assert indexes["personal_i"] == depositor_index(BANK_KEY, "id:" + customer(20).representative_id)
    assert depositor_index(bytes(32), who.credit_code) != indexes["basic"]  # another key: nothing in common
    plain = {who.credit_code, customer(20).representative_id}
    assert not any(secret in str(value) for row in rows for value in row.values() for secret in plain)


@pytest.fixture
def nanjing_login(pg_url):
    with login_of_terminal(pg_url, NANJING, "T21") as url:
        yield url


def test_a_terminal_login_is_told_of_other_branches_accounts_but_cannot_read_or_write_them(
    pg_url, nanjing_login, open_terminals
):
    from teller_app.sync.registration import register_terminal

    shanghai = open_terminals(pg_url, SHANGHAI, "T01", keys=branch_keys(SHANGHAI))
    register_terminal(pg_url, NANJING, "T21")
    nanjing = open_terminals(nanjing_login, NANJING, "T21", keys=branch_keys(NANJING), register=False)
    assert shanghai.sync.run_once().online and nanjing.sync.run_once().online
    who = customer(21)
    onboard(shanghai.store, who)
    assert shanghai.sync.run_once().online
    with pytest.raises(RuleError):  # Nanjing's own login is told of the account, for the check
        onboard(nanjing.store, who, activate=False, central=central_of(nanjing))

    accounts = synced_table("accounts")
    with sa.create_engine(pg_url).connect() as conn:
        row = dict(conn.execute(sa.select(accounts)).mappings().one())
    as_nanjing = sa.create_engine(nanjing_login)
    try:
        with as_nanjing.connect() as conn:  # but reads none of Shanghai's rows (c0011)
            assert conn.execute(sa.select(accounts)).all() == []
            held = conn.execute(
                sa.text("SELECT * FROM teller_accounts_held(:i, :t)"),
                {"i": [row["depositor_index"]], "t": [row["account_type"]]},
            ).all()
        assert [tuple(h) for h in held] == [(row["depositor_index"], row["account_type"], None)]
        for unseen in (
            accounts.update().where(accounts.c.id == row["id"]).values(depositor_index="0" * 32),  # unblock
            accounts.update().where(accounts.c.id == row["id"]).values(status="closed"),
        ):
            with as_nanjing.begin() as conn:
                assert conn.execute(unseen).rowcount == 0
        planted = accounts.insert().values({**row, "id": str(uuid.uuid4()), "account_number": "X1"})
        with pytest.raises(sa.exc.ProgrammingError, match="another branch"), as_nanjing.begin() as conn:
            conn.execute(planted)
    finally:
        as_nanjing.dispose()
    with sa.create_engine(pg_url).connect() as conn:
        kept = conn.execute(sa.select(accounts.c.depositor_index, accounts.c.status)).one()
    assert kept == (row["depositor_index"], row["status"])
