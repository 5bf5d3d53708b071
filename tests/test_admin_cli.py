"""teller-admin's contract with IT staff: a failure is one line and a non-zero exit, never a traceback."""

from __future__ import annotations

import pytest

import teller_app.cli.config_commands as config_commands
from teller_app import console
from teller_app.cli import main
from teller_app.storage import kek_stores
from teller_app.storage.errors import KeyStoreProblem


def test_an_unexpected_failure_is_one_line_and_exit_status_two(monkeypatch, capsys):
    def broken(args, config):
        raise OSError("No space left on device\nsecond line with detail")

    monkeypatch.setattr(config_commands, "show_settings", broken)
    assert main(["config", "show"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["teller-admin: OSError: No space left on device [unexpected]"]


def test_the_desktop_app_never_prompts_for_the_passphrase_on_the_console(monkeypatch):
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(console, "_allowed", {"console": True})
    console.forbid_console_prompts()
    read = kek_stores.passphrase_source({})
    with pytest.raises(KeyStoreProblem) as caught:
        read()
    assert caught.value.code == "keystore.passphrase_missing"
