"""`teller-admin init` checks everything before it writes: the central database answers and is migrated by
its owner (`teller-admin central migrate`), the terminal code is free bank-wide, a further terminal of a
branch enrols; and the central password is never printed or written in clear."""

from __future__ import annotations

import io
import json

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from teller_app.cli import main


def run(capsys, monkeypatch, home, *argv: str, stdin: str = "") -> tuple[int, dict, str]:
    monkeypatch.setenv("TELLER_HOME", str(home))
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else {}, captured.err


def init(capsys, monkeypatch, home, central, branch, terminal, *more: str, stdin: str = ""):
    argv = ["init", "--branch", branch, "--terminal", terminal, "--central", central, *more]
    return run(capsys, monkeypatch, home, *argv, stdin=stdin)


def nothing_written(home) -> bool:
    return (
        not list(home.rglob("keys.json"))
        and not list(home.rglob("*.sqlite3"))
        and not list(home.rglob("teller.toml"))
    )


def test_init_refuses_a_central_database_its_owner_has_not_migrated_then_works_once_migrated(
    empty_pg_url, capsys, monkeypatch, tmp_path
):
    home = tmp_path / "t01"
    code, data, err = init(capsys, monkeypatch, home, empty_pg_url, "B0101", "T01")
    assert code == 1 and data["code"] == "sync.central_not_set_up" and "central migrate" in err
    assert nothing_written(home)

    code, migrated, _ = run(capsys, monkeypatch, tmp_path / "dba", "central", "migrate", empty_pg_url)
    assert code == 0 and migrated["changed"] is True
    assert (
        run(capsys, monkeypatch, tmp_path / "dba", "central", "migrate", empty_pg_url)[1]["changed"] is False
    )
    assert run(capsys, monkeypatch, tmp_path / "dba", "central", "status", empty_pg_url)[0] == 0
    code, data, _ = init(capsys, monkeypatch, home, empty_pg_url, "B0101", "T01")
    assert code == 0 and data["synced"] is True, data


def test_a_terminal_code_is_unique_across_the_bank_at_init(pg_url, capsys, monkeypatch, tmp_path):
    assert init(capsys, monkeypatch, tmp_path / "a", pg_url, "B0101", "T01")[0] == 0
    home = tmp_path / "b"
    code, data, _ = init(capsys, monkeypatch, home, pg_url, "B0202", "T01", "--admin", "admin_b0202")
    assert code == 1 and data["code"] == "sync.terminal_code_taken"
    assert nothing_written(home)


def test_a_terminal_that_already_has_records_centrally_is_not_set_up_again_from_scratch(
    pg_url, capsys, monkeypatch, tmp_path
):
    assert init(capsys, monkeypatch, tmp_path / "old-pc", pg_url, "B0101", "T01")[0] == 0
    home = tmp_path / "new-pc"
    code, data, err = init(capsys, monkeypatch, home, pg_url, "B0101", "T01")
    assert code == 1 and data["code"] == "init.terminal_exists" and "--restore" in err
    assert nothing_written(home)


def test_a_further_terminal_of_a_branch_must_enrol_for_the_branch_keys(pg_url, capsys, monkeypatch, tmp_path):
    assert init(capsys, monkeypatch, tmp_path / "a", pg_url, "B0101", "T01")[0] == 0
    home = tmp_path / "b"
    code, data, _ = init(capsys, monkeypatch, home, pg_url, "B0101", "T02")
    assert code == 1 and data["code"] == "init.enrolment_needed"
    assert nothing_written(home)


def test_the_central_password_is_kept_sealed_and_never_printed_or_written_in_clear(
    pg_url, capsys, monkeypatch, tmp_path
):
    password = "Zq-central-Secr3t-91"
    with_password = make_url(pg_url).set(password=password).render_as_string(hide_password=False)
    home = tmp_path / "t01"
    code, data, err = init(capsys, monkeypatch, home, with_password, "B0101", "T01")
    assert code == 0, data
    outputs = [json.dumps(data), err]
    for argv in (["config", "show"], ["sync", "--once"], ["doctor"]):
        code, answer, err = run(capsys, monkeypatch, home, *argv)
        outputs += [json.dumps(answer), err]
        monkeypatch.setenv("TELLER_HOME", str(home))
        main(list(argv))
        captured = capsys.readouterr()
        outputs += [captured.out, captured.err]
    assert all(password not in text for text in outputs)
    for path in home.rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path
    assert (home / "data" / "keys" / "central-password.bin").exists()
    code, report, _ = run(capsys, monkeypatch, home, "sync", "--once")
    assert code == 0 and report["online"] is True


def test_a_central_login_from_pgpassword_is_used_as_libpq_reads_it(pg_url, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSWORD", "not-needed-under-trust-but-read")
    home = tmp_path / "t01"
    assert init(capsys, monkeypatch, home, pg_url, "B0101", "T01")[0] == 0
    assert not (home / "data" / "keys" / "central-password.bin").exists()
    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM terminals").scalar() == 1
    engine.dispose()


def test_the_clock_check_against_central_fails_beyond_two_minutes(pg_url):
    from datetime import UTC, datetime, timedelta

    from teller_app.services.start_of_day import _clock_against_central

    engine = sa.create_engine(pg_url)
    now = datetime.now(UTC)
    try:
        assert _clock_against_central(engine, now).ok
        late = _clock_against_central(engine, now - timedelta(minutes=3))
        assert not late.ok and "behind" in late.text
        assert not _clock_against_central(engine, now + timedelta(minutes=3)).ok
    finally:
        engine.dispose()
