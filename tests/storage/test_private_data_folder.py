"""The data folder is its user's alone: every file 0600, every folder 0700, put right at start-up and said
so by `doctor` — also after a plain `cp -r` that left the modes wide."""

from __future__ import annotations

import os
import shutil
import stat

import pytest
from storage_helpers import add_cases, run

pytestmark = pytest.mark.skipif(
    os.name != "posix", reason="file modes are POSIX; Windows uses the folder's ACL"
)


@pytest.fixture
def initialised(capsys):
    code, data = run(capsys, "init", "--branch", "B0101", "--terminal", "T01")
    assert code == 0
    return data


def _modes(root) -> dict[str, int]:
    found = {}
    for folder, folders, files in os.walk(root):
        for name in [*folders, *files]:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, root)] = stat.S_IMODE(os.lstat(path).st_mode)
    return found


def _wide(root) -> dict[str, int]:
    return {
        path: mode
        for path, mode in _modes(root).items()
        if mode != (0o700 if os.path.isdir(os.path.join(root, path)) else 0o600)
    }


def test_every_file_of_a_new_terminal_is_its_users_alone(initialised, capsys, teller_home):
    add_cases(1)
    assert run(capsys, "sync", "--once")[0] == 0  # the embedded central database and the log exist now
    assert (teller_home / "data" / "central.sqlite3").exists()
    assert _wide(teller_home) == {}


def test_a_plain_copy_of_the_data_folder_is_narrowed_at_start_up_and_doctor_says_so(
    initialised, capsys, teller_home, tmp_path, monkeypatch
):
    add_cases(1)
    copy = tmp_path / "copied-home"
    shutil.copytree(teller_home, copy, copy_function=shutil.copyfile)  # as `cp -r` does: modes by umask
    for folder, folders, files in os.walk(copy):
        for name in folders:
            os.chmod(os.path.join(folder, name), 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    monkeypatch.setenv("TELLER_HOME", str(copy))
    assert _wide(copy)
    code, data = run(capsys, "doctor")
    check = {c["name"]: c for c in data["checks"]}["data_folder"]
    assert (
        check["ok"]
        and check["warning"]
        and "fixed" in check["detail"]
        and "keys.json (644)" in check["detail"]
    )
    assert _wide(copy) == {}
    for name, mode in ((copy / "data" / "local.sqlite3", 0o644), (copy / "teller.toml", 0o644)):
        os.chmod(name, mode)
    assert run(capsys, "audit", "verify")[0] == 0  # any start of the store narrows it again
    assert _wide(copy) == {}
