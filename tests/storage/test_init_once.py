"""`teller-admin init` does its job once and cleanly: the recovery key is shown in its output and nowhere
else, and an init that fails half-way leaves nothing behind, so it can simply be run again."""

from __future__ import annotations

import json

from teller_app.cli import main, setup_commands
from teller_app.config import Config
from teller_app.storage.errors import StoreProblem
from teller_app.storage.keystore import keys_exist, keys_folder
from teller_app.storage.recovery import parse_recovery_key


def init(capsys) -> tuple[int, dict, str]:
    code = main(["--json", "init", "--branch", "B0101", "--terminal", "T01"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else {}, captured.err


def test_the_recovery_key_is_shown_once_and_kept_nowhere_on_the_terminal(capsys, teller_home):
    code, data, _ = init(capsys)
    assert code == 0
    shown = data["recovery_key"]
    raw = parse_recovery_key(shown)
    forms = [shown.encode(), shown.replace("-", "").encode(), raw, raw.hex().encode()]
    for path in teller_home.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert not any(form in content for form in forms), f"recovery key found in {path}"
    assert main(["--json", "doctor"]) == 0
    assert shown not in capsys.readouterr().out


def test_an_init_that_fails_half_way_leaves_nothing_and_can_be_run_again(capsys, monkeypatch):
    real_open_store = setup_commands.open_store

    def disk_full(*args, **kwargs):
        raise StoreProblem(
            "storage.write_failed", "The local store could not be written: {problem}", problem="disk full"
        )

    monkeypatch.setattr(setup_commands, "open_store", disk_full)
    code, data, err = init(capsys)
    assert code == 1 and "disk full" in data["error"] and "Traceback" not in err
    paths = Config.load().paths
    assert not keys_exist(paths.data) and not paths.local_store.exists()
    assert not list(keys_folder(paths.data).glob("kek-*.json"))
    monkeypatch.setattr(setup_commands, "open_store", real_open_store)
    code, data, _ = init(capsys)
    assert code == 0 and data["terminal"] == "T01"
    assert main(["doctor"]) == 0


def test_the_recovery_key_is_printed_before_anything_else_can_fail_and_a_failure_says_it_is_void(
    capsys, monkeypatch
):
    def disk_full(*args, **kwargs):
        raise StoreProblem(
            "storage.write_failed", "The local store could not be written: {problem}", problem="disk full"
        )

    monkeypatch.setattr(setup_commands, "open_store", disk_full)
    code = main(["init", "--branch", "B0101", "--terminal", "T01"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out.startswith("RECOVERY KEY")  # shown at once, before the store was even made
    assert "void" in captured.err and "[storage.write_failed]" in captured.err
    paths = Config.load().paths
    assert not keys_exist(paths.data) and not paths.local_store.exists()


def test_an_init_cut_off_after_its_keys_were_written_is_cleared_and_resumed_by_the_next_init(capsys):
    code, _, _ = init(capsys)
    assert code == 0
    paths = Config.load().paths
    for path in [paths.config_file, *paths.data.glob("*.sqlite3*")]:
        path.unlink()  # as a power cut between writing the keys and the store would leave it
    assert keys_exist(paths.data)

    code, data, _ = init(capsys)

    assert code == 0 and "An interrupted earlier init was cleared." in data["notes"]
    assert main(["audit", "verify"]) == 0
