"""`teller-admin sync --once --json` and `teller-admin conflicts list|resolve` and `audit verify --central`."""

from __future__ import annotations

import json

from teller_app.cli import main

REPORT_KEYS = {"pushed", "pulled", "conflicts", "rejected", "waiting", "oldest_waiting_seconds", "online"}


def _run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["--json", *argv])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_sync_once_prints_the_queue_figures_and_pushes_the_initial_records(pg_url, capsys):
    code, setup = _run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", pg_url)
    assert code == 0 and setup["synced"] is True  # init's first round sent the administrator and its events
    _run(capsys, "user", "add", "clerk01", "--role", "teller")

    code, report = _run(capsys, "sync", "--once")

    assert code == 0, report
    assert REPORT_KEYS <= set(report)
    assert report["online"] is True
    assert report["pushed"] >= 2  # the new user and its audit event
    assert report["waiting"] == 0 and report["oldest_waiting_seconds"] is None

    code, verified = _run(capsys, "audit", "verify", "--central")
    assert code == 0, verified
    assert [c["terminal"] for c in verified["chains"]] == [
        "B0101:T01",
        "B0101:T01 (terminal against central)",
    ]
    assert verified["chains"][0]["count"] >= 2


def test_sync_once_with_the_central_database_unreachable_reports_offline(capsys):
    code, _ = _run(
        capsys,
        "init",
        "--branch",
        "B0101",
        "--terminal",
        "T01",
        "--central",
        "postgresql+psycopg://postgres@127.0.0.1:1/none",
        "--offline",
    )
    assert code == 0
    code, report = _run(capsys, "sync", "--once")
    assert code == 3
    assert report["online"] is False and report["waiting"] >= 3
    assert report["oldest_waiting_seconds"] is not None


def test_sync_with_no_central_url_uses_the_embedded_sqlite_file(capsys, teller_home):
    code, _ = _run(capsys, "init", "--branch", "B0101", "--terminal", "T01")
    assert code == 0
    code, report = _run(capsys, "sync", "--once")
    assert code == 0 and report["online"] and report["waiting"] == 0
    assert (teller_home / "data" / "central.sqlite3").exists()


def test_conflicts_list_is_empty_then_resolving_an_unknown_conflict_fails_with_a_reason(pg_url, capsys):
    _run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", pg_url)
    _run(capsys, "sync", "--once")
    code, listed = _run(capsys, "conflicts", "list")
    assert code == 0 and listed["conflicts"] == []
    code = main(["conflicts", "resolve", "no-such-id", "--keep", "local", "--by", "sup"])
    captured = capsys.readouterr()
    assert code == 1 and "no-such-id" in captured.err


def test_checking_a_central_database_that_was_never_set_up_names_the_problem(capsys):
    code = main(["audit", "verify", "--central"])
    err = capsys.readouterr().err
    assert code == 1 and "no Teller tables" in err
