"""The bank-wide uniqueness key as the operations department and IT staff handle it: made once, sealed under a
secret, given to each branch's first terminal at init (or adopted later), kept wrapped by the terminal's KEK
and its recovery key, carried to sibling terminals by enrolment, never in the SQLite file."""

from __future__ import annotations

import base64
import io
import json
import os
from pathlib import Path

from teller_app.cli import main
from teller_app.config import Config
from teller_app.storage.key_recovery import open_recovery_record, recovery_record
from teller_app.storage.keystore import export_data_keys, import_data_keys, keys_exist, load_keys
from teller_app.storage.recovery import parse_recovery_key
from teller_app.sync.bank_key import open_uniqueness_key_file


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--json", *argv])
    out = capsys.readouterr().out
    start = out.find("{")  # init prints its recovery key warning only for people, never with --json
    return code, json.loads(out[start:]) if start >= 0 else {}


def make_key(capsys, monkeypatch, tmp_path: Path, name: str = "bank.tuk") -> tuple[Path, str]:
    path = tmp_path / name
    code, made = run(capsys, monkeypatch, "uniqueness-key", "new", "--out", str(path))
    assert code == 0, made
    return path, made["secret"]


def init_with_key(capsys, monkeypatch, path: Path, secret: str) -> tuple[int, dict]:
    """`init` of a branch's first terminal with the bank's key file, its secret the last line on stdin."""
    argv = ("init", "--branch", "B0101", "--terminal", "T01", "--uniqueness-key", str(path))
    return run(capsys, monkeypatch, *argv, stdin=secret + "\n")


def data_folder() -> Path:
    return Config.load().paths.data


def test_the_first_terminal_of_a_branch_takes_the_bank_wide_key_at_init_and_keeps_it_out_of_the_store(
    capsys, monkeypatch, tmp_path
):
    path, secret = make_key(capsys, monkeypatch, tmp_path)
    key = open_uniqueness_key_file(path.read_bytes(), secret)
    code, done = init_with_key(capsys, monkeypatch, path, secret)
    assert code == 0, done
    folder = data_folder()
    assert load_keys(folder).uniqueness_key() == key
    raw = [key, key.hex().encode(), base64.b64encode(key)]
    on_disk = [p.read_bytes() for p in folder.rglob("*") if p.is_file()]
    assert on_disk and not any(form in blob for form in raw for blob in on_disk)  # only wrapped


def test_init_with_a_wrong_uniqueness_key_secret_is_refused_and_writes_nothing(capsys, monkeypatch, tmp_path):
    path, _secret = make_key(capsys, monkeypatch, tmp_path)
    code, failed = init_with_key(capsys, monkeypatch, path, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    assert code != 0 and failed["code"] == "keystore.bad_uniqueness_key_file"
    assert not keys_exist(data_folder())


def test_a_terminal_set_up_before_adopts_the_key_and_never_swaps_it_for_another(
    capsys, monkeypatch, tmp_path
):
    code, _ = run(capsys, monkeypatch, "init", "--branch", "B0101", "--terminal", "T01")
    assert code == 0 and load_keys(data_folder()).uniqueness_key() is None
    path, secret = make_key(capsys, monkeypatch, tmp_path)
    code, _ = run(capsys, monkeypatch, "uniqueness-key", "adopt", str(path), stdin=secret + "\n")
    assert code == 0
    key = load_keys(data_folder()).uniqueness_key()
    assert key == open_uniqueness_key_file(path.read_bytes(), secret)
    assert run(capsys, monkeypatch, "uniqueness-key", "adopt", str(path), stdin=secret + "\n")[0] == 0
    other, other_secret = make_key(capsys, monkeypatch, tmp_path, "other.tuk")
    code, refused = run(capsys, monkeypatch, "uniqueness-key", "adopt", str(other), stdin=other_secret + "\n")
    assert code != 0 and refused["code"] == "keystore.uniqueness_key_differs"
    assert load_keys(data_folder()).uniqueness_key() == key


def test_the_key_comes_back_with_the_recovery_key_and_goes_to_siblings_with_enrolment(
    capsys, monkeypatch, tmp_path
):
    path, secret = make_key(capsys, monkeypatch, tmp_path)
    code, done = init_with_key(capsys, monkeypatch, path, secret)
    assert code == 0
    keys = load_keys(data_folder())
    recovered = open_recovery_record(recovery_record(data_folder()), parse_recovery_key(done["recovery_key"]))
    assert recovered.uniqueness_key() == keys.uniqueness_key()
    wrapping = os.urandom(32)
    assert (
        import_data_keys(export_data_keys(keys, wrapping), wrapping).uniqueness_key() == keys.uniqueness_key()
    )


def test_a_uniqueness_key_file_is_never_overwritten(capsys, monkeypatch, tmp_path):
    path, _ = make_key(capsys, monkeypatch, tmp_path)
    before = path.read_bytes()
    code, failed = run(capsys, monkeypatch, "uniqueness-key", "new", "--out", str(path))
    assert code != 0 and failed["code"] == "uniqueness_key.exists" and path.read_bytes() == before


def test_the_start_of_day_check_warns_a_terminal_without_the_bank_wide_key(capsys, monkeypatch, tmp_path):
    from teller_app.storage.checks import run_checks

    def uniqueness_check():
        [check] = [c for c in run_checks(Config.load()) if c.name == "uniqueness_key"]
        return check

    assert run(capsys, monkeypatch, "init", "--branch", "B0101", "--terminal", "T01")[0] == 0
    missing = uniqueness_check()
    assert missing.ok and missing.warning and "uniqueness-key adopt" in missing.advice
    path, secret = make_key(capsys, monkeypatch, tmp_path)
    assert run(capsys, monkeypatch, "uniqueness-key", "adopt", str(path), stdin=secret + "\n")[0] == 0
    held = uniqueness_check()
    assert held.ok and not held.warning
