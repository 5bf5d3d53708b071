"""`teller-admin user …` as IT staff run it: add, list, lock, unlock, reset-password, certify."""

from __future__ import annotations

import io
import json

import pytest

from teller_app.cli import main
from teller_app.config import Config
from teller_app.services.sign_in import SignInService
from teller_app.services.users import AuthPolicy
from teller_app.storage.store import open_configured_store


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, dict]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--json", *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


@pytest.fixture
def terminal(capsys):
    code, _ = run(capsys, "init", "--branch", "B0101", "--terminal", "T01")
    assert code == 0


def sign_in_locally(username: str, password: str):
    config = Config.load()
    store = open_configured_store(config)
    try:
        return SignInService(store, AuthPolicy.from_config(config)).sign_in(username, password)
    finally:
        store.close()


def test_user_add_with_password_from_stdin_then_the_user_signs_in(terminal, capsys, monkeypatch):
    code, data = run(
        capsys,
        "user",
        "add",
        "wang.li",
        "--role",
        "teller",
        "--password-stdin",
        "--certified-until",
        "2099-12-31",
        stdin="Counter-Pass-2026\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0 and data["password"] is None
    assert data["user"]["role"] == "teller" and data["user"]["must_change_password"]
    session = sign_in_locally("wang.li", "Counter-Pass-2026")
    assert session.must_change_password and session.work_mode.value == "real"


def test_user_add_without_a_password_shows_a_generated_one_once(terminal, capsys):
    code, data = run(capsys, "user", "add", "liu.zhu", "--role", "supervisor")
    assert code == 0 and data["password"]
    assert sign_in_locally("liu.zhu", data["password"]).username == "liu.zhu"


def test_user_add_with_a_weak_password_fails_with_a_reason(terminal, capsys, monkeypatch):
    code, data = run(
        capsys,
        "user",
        "add",
        "wang.li",
        "--role",
        "teller",
        "--password-stdin",
        stdin="short\n",
        monkeypatch=monkeypatch,
    )
    assert code != 0 and data["ok"] is False and data["code"] == "password.too_short"
    assert "at least" in capsys.readouterr().err or data["error"]


def test_user_list_shows_the_administrator_and_new_users(terminal, capsys):
    run(capsys, "user", "add", "wang.li", "--role", "teller")
    code, data = run(capsys, "user", "list")
    assert code == 0
    assert {u["username"]: u["role"] for u in data["users"]} == {
        "admin": "administrator",
        "wang.li": "teller",
    }
    assert "password_hash" not in json.dumps(data)


def test_user_lock_and_unlock(terminal, capsys):
    _, added = run(capsys, "user", "add", "wang.li", "--role", "teller")
    code, data = run(capsys, "user", "lock", "wang.li")
    assert code == 0 and data["user"]["locked_by_administrator"]
    from teller_app.domain.errors import RuleError

    with pytest.raises(RuleError):
        sign_in_locally("wang.li", added["password"])
    code, data = run(capsys, "user", "unlock", "wang.li")
    assert code == 0 and not data["user"]["locked_by_administrator"]
    sign_in_locally("wang.li", added["password"])


def test_user_reset_password_prints_a_temporary_password(terminal, capsys):
    run(capsys, "user", "add", "wang.li", "--role", "teller")
    code, data = run(capsys, "user", "reset-password", "wang.li")
    assert code == 0 and data["password"] and data["user"]["must_change_password"]
    assert sign_in_locally("wang.li", data["password"]).must_change_password


def test_user_certify_with_and_without_a_date(terminal, capsys):
    run(capsys, "user", "add", "wang.li", "--role", "teller")
    code, data = run(capsys, "user", "certify", "wang.li", "--until", "2099-06-30")
    assert code == 0 and data["user"]["certified_until"] == "2099-06-30"
    code, data = run(capsys, "user", "certify", "wang.li")
    assert code == 0 and data["user"]["work_mode"] == "real"


def test_commands_on_an_unknown_user_fail_with_a_one_line_reason(terminal, capsys):
    code = main(["user", "lock", "nobody"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.strip().count("\n") == 0 and "nobody" in captured.err


def test_user_commands_before_init_fail_with_a_reason(capsys):
    code = main(["user", "list"])
    assert code != 0 and "teller-admin init" in capsys.readouterr().err
