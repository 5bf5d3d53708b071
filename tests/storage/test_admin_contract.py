"""teller-admin as IT staff script it: JSON for every answer (usage errors included), settings checked
against their declared type and range, credentials never shown, backups never overwritten by accident."""

from __future__ import annotations

import io
import json

import pytest

from teller_app.cli import main
from teller_app.config import Config


def run(capsys, *argv: str, stdin: str = "", monkeypatch=None) -> tuple[int, dict, str]:
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else {}, captured.err


@pytest.fixture
def terminal(capsys):
    assert run(capsys, "init", "--branch", "B0101", "--terminal", "T01")[0] == 0


@pytest.mark.parametrize(
    "argv", [["no-such-command"], ["user", "add", "x"], ["backup"], ["config", "set", "idle_lock_minutes"]]
)
def test_a_usage_error_is_a_json_answer_with_ok_false_and_a_code(capsys, argv):
    code, data, err = run(capsys, *argv)
    assert code == 2
    assert data["ok"] is False and data["code"] == "usage" and data["message"]
    assert err.count("\n") == 1 and "[usage]" in err


def test_every_success_answer_says_ok_true(capsys, terminal):
    for argv in (["config", "show"], ["user", "list"], ["cases", "list"], ["sync", "rejected"]):
        code, data, _ = run(capsys, *argv)
        assert code == 0 and data["ok"] is True, argv


@pytest.mark.parametrize(
    "name,value",
    [
        ("idle_lock_minutes", "0"),
        ("idle_lock_minutes", "-3"),
        ("idle_lock_minutes", "ten"),
        ("sync_batch_size", "10000000"),
        ("password_min_length", "4"),
        ("keystore", "plaintext"),
        ("language", "fr"),
        ("log_level", "LOUD"),
        ("supervisor_totp", "maybe"),
    ],
)
def test_config_set_refuses_a_value_outside_the_settings_declared_type_or_range(capsys, name, value):
    code, data, err = run(capsys, "config", "set", name, value)
    assert code == 1 and data["ok"] is False and data["code"] == "config"
    assert name in data["message"]
    assert not Config.load().paths.config_file.exists()


def test_config_set_accepts_a_value_in_range_and_says_what_it_stored(capsys):
    code, data, _ = run(capsys, "config", "set", "idle_lock_minutes", "7")
    assert code == 0 and data["idle_lock_minutes"] == 7
    assert Config.load().idle_lock_minutes == 7


def test_config_refuses_a_password_in_the_central_url_and_never_shows_one(capsys, monkeypatch):
    code, data, err = run(
        capsys, "config", "set", "central_url", "postgresql+psycopg://t01:Secr3t-pw@db/teller"
    )
    assert code == 1 and data["code"] == "central.url_password" and "Secr3t-pw" not in err + json.dumps(data)
    monkeypatch.setenv("TELLER_CENTRAL_URL", "postgresql+psycopg://t01:Secr3t-pw@db/teller")
    code, data, _ = run(capsys, "config", "show")
    assert code == 0 and "Secr3t-pw" not in json.dumps(data) and "***" in data["central_url"]
    main(["config", "show"])
    assert "Secr3t-pw" not in capsys.readouterr().out


def test_config_refuses_a_terminal_key_in_the_central_url_and_never_shows_one(capsys, monkeypatch):
    """A terminal of a pooled login (central c0014): its key is sealed by init, never in the settings file."""
    key = "f00d" * 16
    url = f"postgresql+psycopg://teller_pool@db/teller?terminal_key={key}"
    code, data, err = run(capsys, "config", "set", "central_url", url)
    assert code == 1 and data["code"] == "central.url_terminal_key" and key not in err + json.dumps(data)
    monkeypatch.setenv("TELLER_CENTRAL_URL", url)
    code, data, _ = run(capsys, "config", "show")
    assert code == 0 and key not in json.dumps(data) and "terminal_key=***" in data["central_url"]


@pytest.mark.parametrize(
    "url,code",
    [
        ("postgres://t01@db/teller", "central.url_short_form"),
        ("postgresql://t01@db/teller", "central.url_scheme"),
        ("pg://t01@db/teller", "central.url_scheme"),
        ("postgresql+psycopg2://t01@db/teller", "central.url_driver"),
        ("postgresql+pg8000://t01@db/teller", "central.url_driver"),
        ("mysql+pymysql://t01@db/teller", "central.url_dialect"),
        ("postgresql+psycopg://t01@db", "central.url_database"),
        ("not a url at all", "central.bad_url"),
    ],
)
def test_init_names_a_wrong_central_url_before_it_writes_anything(capsys, teller_home, url, code):
    status, data, err = run(capsys, "init", "--branch", "B0101", "--terminal", "T01", "--central", url)
    assert status == 1 and data["code"] == code, data
    assert err.count("\n") == 1
    assert not list(teller_home.rglob("keys.json")) and not list(teller_home.rglob("*.sqlite3"))


def test_a_backup_never_replaces_a_file_without_force(capsys, terminal, tmp_path):
    target = tmp_path / "backup.sqlite3"
    assert run(capsys, "backup", str(target))[0] == 0
    first = target.read_bytes()
    code, data, _ = run(capsys, "backup", str(target))
    assert code == 1 and data["code"] == "storage.backup_exists"
    assert target.read_bytes() == first
    code, data, _ = run(capsys, "backup", str(target), "--force")
    assert code == 0 and "recovery key" in data["keep_with"]


def test_a_backup_into_a_folder_that_does_not_exist_is_refused_and_no_folder_is_made(
    capsys, terminal, tmp_path
):
    code, data, _ = run(capsys, "backup", str(tmp_path / "no-such-folder" / "b.sqlite3"))
    assert code == 1 and data["code"] == "storage.backup_folder_missing"
    assert not (tmp_path / "no-such-folder").exists()


def test_cases_list_filters_by_state_and_date_and_shows_no_personal_data(capsys, terminal):
    from storage_helpers import add_customer_and_case

    from teller_app.storage.store import open_configured_store

    store = open_configured_store(Config.load())
    with store.unit_of_work(user_id="teller-1") as uow:
        add_customer_and_case(uow, name="列表测试公司", credit_code="91110108000001234X")
    store.close()
    code, data, _ = run(capsys, "cases", "list")
    assert code == 0 and data["count"] == 1
    assert "列表测试公司" not in json.dumps(data, ensure_ascii=False)
    case_id = data["cases"][0]["id"]
    store = open_configured_store(Config.load())
    with store.unit_of_work(user_id="teller-1") as uow:
        from teller_app.storage.schema import Case

        uow.session.get(Case, case_id).status = "awaiting_approval"
    store.close()
    assert run(capsys, "cases", "list", "--state", "awaiting_approval")[1]["count"] == 1
    assert run(capsys, "cases", "list", "--state", "active")[1]["count"] == 0
    assert run(capsys, "cases", "list", "--since", "2999-01-01")[1]["count"] == 0
    code, data, _ = run(capsys, "cases", "list", "--state", "lost")
    assert code == 1 and data["code"] == "cases.state_unknown"
    code, data, _ = run(capsys, "cases", "list", "--since", "yesterday")
    assert code == 2 and data["code"] == "usage"


def test_doctor_records_the_start_of_day_check_in_the_audit_record(capsys, terminal):
    from sqlalchemy import select

    from teller_app.storage.schema_system import AuditEvent
    from teller_app.storage.store import open_configured_store

    code, data, _ = run(capsys, "doctor")
    assert data["recorded"] is True
    store = open_configured_store(Config.load())
    with store.reading() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "start_of_day.checked")).one()
        details = store.sealer.open_json(event, "details")
    store.close()
    assert event.result == ("ok" if code == 0 else "failed")
    assert set(details["checks"]) >= {"key_store", "local_store", "central", "printer", "disk", "version"}


def test_user_set_name_seals_a_normalised_display_name_and_refuses_control_characters_and_overlong_text(
    capsys, terminal
):
    assert run(capsys, "user", "add", "clerk01", "--role", "teller", "--display-name", "旧名")[0] == 0

    code, data, _ = run(capsys, "user", "set-name", "CLERK01", "\u3000张三Ａ１ ")
    assert code == 0 and data["display_name"] == "张三A1" and data["user"]["username"] == "clerk01", data

    for given, refused in (("张\t三", "input.control_character"), ("张\u200b三", "input.control_character")):
        code, data, _ = run(capsys, "user", "set-name", "clerk01", given)
        assert code == 1 and data["code"] == refused, data
    code, data, _ = run(capsys, "user", "set-name", "clerk01", "名" * 101)
    assert code == 1 and data["code"] == "input.too_long" and "100" in data["message"], data
    code, data, _ = run(capsys, "user", "set-name", "nobody", "张三")
    assert code == 1 and data["code"] == "user.not_found", data

    _, listed, _ = run(capsys, "user", "list")  # the refusals left the name that was set
    assert [(u["username"], u["display_name"]) for u in listed["users"]] == [
        ("admin", None),
        ("clerk01", "张三A1"),
    ]
    code, data, _ = run(capsys, "user", "set-name", "clerk01", "  ")
    assert code == 0 and data["display_name"] is None, data
    code, data, _ = run(capsys, "user", "add", "clerk02", "--role", "teller", "--display-name", "李\x07四")
    assert code == 1 and data["code"] == "input.control_character", data  # user add checks it the same way
