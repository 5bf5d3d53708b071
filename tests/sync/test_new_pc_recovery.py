"""Recovery on a new PC (灾备): the old PC is gone; the backup file and the recovery key give back every
case and the audit chain, verifiable, and the new PC syncs with central without duplicates or gaps."""

from __future__ import annotations

import shutil

import pytest
import sqlalchemy as sa
from cli_terminals import Admin, credit_code


def central_counts(url: str, terminal: str) -> tuple[int, int, int]:
    """(cases, audit events of the terminal, highest seq) in the central database."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        cases = conn.exec_driver_sql("SELECT count(*) FROM cases").scalar()
        events, top = conn.exec_driver_sql(
            "SELECT count(*), coalesce(max(seq), 0) FROM audit_events WHERE terminal = %s", (terminal,)
        ).one()
    engine.dispose()
    return int(cases), int(events), int(top)


@pytest.mark.parametrize("how", ["restore", "init"])
def test_a_replacement_pc_gets_every_case_and_the_chain_back_from_backup_and_recovery_key(
    pg_url, capsys, monkeypatch, tmp_path, how
):
    old = Admin(capsys, monkeypatch, tmp_path / "old-pc")
    setup = old("init", "--branch", "B0101", "--terminal", "T01", "--central", pg_url)
    recovery_key = setup["recovery_key"]
    before = {
        old.work_case("上海浦江贸易有限公司", credit_code(1)),
        old.work_case("上海东滩物流有限公司", credit_code(2)),
    }
    old("sync", "--once")
    backup = tmp_path / "safe" / "t01.sqlite3"
    backup.parent.mkdir()
    assert "recovery key" in old("backup", str(backup))["keep_with"]
    after_backup = old.work_case("上海临港科技有限公司", credit_code(3))  # worked and synced after the backup
    old("sync", "--once")
    _, events_before, _ = central_counts(pg_url, "T01")
    shutil.rmtree(old.home)  # the old PC is gone, its key store with it

    new = Admin(capsys, monkeypatch, tmp_path / "new-pc")
    if how == "restore":
        restored = new(
            "restore", str(backup), "--recovery-key-stdin", "--central", pg_url, stdin=recovery_key + "\n"
        )
    else:
        restored = new(
            "init", "--branch", "B0101", "--terminal", "T01", "--central", pg_url,
            "--restore", str(backup), "--recovery-key-stdin", stdin=recovery_key + "\n",
        )  # fmt: skip
    assert restored["restored"] is True and restored["synced"] is True, restored
    assert restored["audit_events_taken_back"] >= 1  # the events the old PC pushed after the backup

    assert new.case_ids() == before | {after_backup}
    assert new("audit", "verify")["chains"][0]["ok"] is True
    new.work_case("上海新场食品有限公司", credit_code(4))
    report = new("sync", "--once")
    assert report["rejected"] == 0 and report["waiting"] == 0 and report["conflicts"] == 0
    cases, events, top = central_counts(pg_url, "T01")
    assert cases == 4 and events == top > events_before  # gapless: count equals the highest seq
    assert all(chain["ok"] for chain in new("audit", "verify", "--central")["chains"])
    assert new("doctor", expect=None)["checks"]


def test_restore_and_keys_recover_write_nothing_until_every_check_passed(
    pg_url, capsys, monkeypatch, tmp_path
):
    old = Admin(capsys, monkeypatch, tmp_path / "old-pc")
    old("init", "--branch", "B0101", "--terminal", "T01", "--central", pg_url)
    backup = tmp_path / "t01.sqlite3"
    old("backup", str(backup))
    wrong = Admin(capsys, monkeypatch, tmp_path / "other")("init", "--branch", "B0202", "--terminal", "T09",
                                                         "--admin", "admin_b0202", "--offline",
                                                         "--central", pg_url)["recovery_key"]  # fmt: skip

    new = Admin(capsys, monkeypatch, tmp_path / "new-pc")
    refused = new(
        "restore", str(backup), "--recovery-key-stdin", "--central", pg_url, stdin=wrong + "\n", expect=1
    )
    assert refused["code"] == "keystore.wrong_recovery_key"
    assert not list(new.home.rglob("keys.json")) and not list(new.home.rglob("*.sqlite3"))

    # keys recover on the old PC with the wrong key: the key file is left exactly as it was.
    key_file = old.home / "data" / "keys" / "keys.json"
    kept = key_file.read_bytes()
    assert old("keys", "recover", "--recovery-key-stdin", stdin=wrong + "\n", expect=1)["code"] == (
        "keystore.wrong_recovery_key"
    )
    assert key_file.read_bytes() == kept
