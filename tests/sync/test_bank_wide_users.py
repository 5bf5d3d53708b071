"""A user (柜员号) is one person bank-wide: created once, known centrally, pulled by the branch's terminals.

A clash is refused when it is made: at `init` and `user add` while online; for a user added offline, at the
next sync as one rejected item that the administrator sees and resolves, never a refusal of the whole queue.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from cli_terminals import enrol, init, run


def central_usernames(url: str) -> list[tuple[str, str]]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT username, branch FROM users ORDER BY username").all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_a_second_terminal_of_a_branch_gets_the_branch_users_and_creates_no_administrator(
    pg_url, capsys, monkeypatch, tmp_path
):
    first, second = tmp_path / "t01", tmp_path / "t02"
    assert init(capsys, monkeypatch, first, pg_url, "B0101", "T01")[0] == 0
    assert run(capsys, monkeypatch, first, "user", "add", "clerk01", "--role", "teller")[0] == 0
    assert run(capsys, monkeypatch, first, "sync", "--once")[0] == 0

    code, data, _ = enrol(capsys, monkeypatch, first, second, pg_url, "B0101", "T02")

    assert code == 0, data
    assert data["admin_username"] is None and data["synced"] is True
    _, listed, _ = run(capsys, monkeypatch, second, "user", "list")
    assert sorted(u["username"] for u in listed["users"]) == ["admin", "clerk01"]
    code, report, _ = run(capsys, monkeypatch, second, "sync", "--once")
    assert code == 0 and report["rejected"] == 0 and report["waiting"] == 0
    assert central_usernames(pg_url) == [("admin", "B0101"), ("clerk01", "B0101")]


def test_a_first_administrator_name_held_in_another_branch_is_refused_at_init_and_nothing_is_written(
    pg_url, capsys, monkeypatch, tmp_path
):
    assert init(capsys, monkeypatch, tmp_path / "a", pg_url, "B0101", "T01")[0] == 0
    home = tmp_path / "b"

    code, data, err = init(capsys, monkeypatch, home, pg_url, "B0202", "T07")

    assert code == 1 and data["code"] == "user.name_taken_bank_wide", data
    assert err.count("\n") == 1 and "B0101" in err
    assert not list(home.rglob("keys.json")) and not list(home.rglob("*.sqlite3"))
    code, data, _ = init(capsys, monkeypatch, home, pg_url, "B0202", "T07", "--admin", "admin_b0202")
    assert code == 0 and data["admin_username"] == "admin_b0202", data


def test_user_add_online_refuses_a_name_held_by_a_user_of_another_branch(
    pg_url, capsys, monkeypatch, tmp_path
):
    a, b = tmp_path / "a", tmp_path / "b"
    assert init(capsys, monkeypatch, a, pg_url, "B0101", "T01")[0] == 0
    assert run(capsys, monkeypatch, a, "user", "add", "zhang01", "--role", "teller")[0] == 0
    assert run(capsys, monkeypatch, a, "sync", "--once")[0] == 0
    assert init(capsys, monkeypatch, b, pg_url, "B0202", "T07", "--admin", "admin_b0202")[0] == 0

    code, data, _ = run(capsys, monkeypatch, b, "user", "add", "ZHANG01", "--role", "teller")

    assert code == 1 and data["code"] == "user.name_taken_bank_wide"
    _, listed, _ = run(capsys, monkeypatch, b, "user", "list")
    assert [u["username"] for u in listed["users"]] == ["admin_b0202"]


def offline(monkeypatch):
    """This terminal's central database cannot be reached (the bank-wide check cannot be asked)."""
    monkeypatch.setenv("TELLER_CENTRAL_URL", "postgresql+psycopg://postgres@127.0.0.1:1/offline")


def test_a_user_added_offline_under_a_name_another_branch_holds_is_one_rejected_item_resolved_by_rename(
    pg_url, capsys, monkeypatch, tmp_path
):
    a, b = tmp_path / "a", tmp_path / "b"
    assert init(capsys, monkeypatch, a, pg_url, "B0101", "T01")[0] == 0
    assert run(capsys, monkeypatch, a, "user", "add", "li01", "--role", "teller")[0] == 0
    assert run(capsys, monkeypatch, a, "sync", "--once")[0] == 0
    assert init(capsys, monkeypatch, b, pg_url, "B0202", "T07", "--admin", "admin_b0202")[0] == 0
    offline(monkeypatch)
    assert run(capsys, monkeypatch, b, "user", "add", "li01", "--role", "teller")[0] == 0
    assert run(capsys, monkeypatch, b, "user", "add", "wang02", "--role", "teller")[0] == 0
    monkeypatch.delenv("TELLER_CENTRAL_URL")

    code, report, err = run(capsys, monkeypatch, b, "sync", "--once")

    assert code == 0 and report["rejected"] == 1 and report["waiting"] == 0, report
    assert "$argon2" not in json.dumps(report) + err and "[parameters" not in err
    _, rejected, _ = run(capsys, monkeypatch, b, "sync", "rejected")
    assert [(r["entity"], r["code"]) for r in rejected["rejected"]] == [("users", "sync.username_taken")]
    assert ("wang02", "B0202") in central_usernames(pg_url)  # the rest of the queue went on
    again = run(capsys, monkeypatch, b, "sync", "--once")[1]  # no endless refusal: the same one item, listed
    assert again["online"] and again["waiting"] == 0 and again["rejected"] == 1

    assert run(capsys, monkeypatch, b, "user", "rename", "li01", "li02")[0] == 0
    code, report, _ = run(capsys, monkeypatch, b, "sync", "--once")
    assert code == 0 and report["rejected"] == 0 and report["waiting"] == 0
    assert run(capsys, monkeypatch, b, "sync", "rejected")[1]["rejected"] == []
    assert [n for n in central_usernames(pg_url) if n[0].startswith("li0")] == [
        ("li01", "B0101"),
        ("li02", "B0202"),
    ]


def test_two_terminals_of_a_branch_adding_one_name_offline_keep_both_users_and_the_pull_goes_on(
    pg_url, capsys, monkeypatch, tmp_path
):
    first, second = tmp_path / "t01", tmp_path / "t02"
    assert init(capsys, monkeypatch, first, pg_url, "B0101", "T01")[0] == 0
    assert enrol(capsys, monkeypatch, first, second, pg_url, "B0101", "T02")[0] == 0
    offline(monkeypatch)
    assert run(capsys, monkeypatch, second, "user", "add", "zhao01", "--role", "teller")[0] == 0
    monkeypatch.delenv("TELLER_CENTRAL_URL")
    assert run(capsys, monkeypatch, first, "user", "add", "zhao01", "--role", "supervisor")[0] == 0
    assert run(capsys, monkeypatch, first, "sync", "--once")[0] == 0

    code, report, _ = run(capsys, monkeypatch, second, "sync", "--once")

    assert code == 0 and report["rejected"] == 1, report
    _, listed, _ = run(capsys, monkeypatch, second, "user", "list")
    names = {u["username"]: u for u in listed["users"]}
    assert names["zhao01"]["role"] == "supervisor"  # the bank's zhao01, from central
    set_aside = [n for n in names if n.startswith("zhao01.clash-")]
    assert len(set_aside) == 1 and names[set_aside[0]]["disabled"] is True
    assert run(capsys, monkeypatch, second, "sync", "--once")[0] == 0  # pulls keep working

    assert run(capsys, monkeypatch, second, "user", "rename", set_aside[0], "zhao02")[0] == 0
    code, report, _ = run(capsys, monkeypatch, second, "sync", "--once")
    assert code == 0 and report["rejected"] == 0 and report["waiting"] == 0
    assert ("zhao02", "B0101") in central_usernames(pg_url)
