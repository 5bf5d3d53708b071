"""Settings: declared once, read from teller.toml, overridden by TELLER_* variables, broken files named."""

from __future__ import annotations

import pytest

from teller_app.config import SETTINGS, Config, write_config_file
from teller_app.domain.errors import ConfigError
from teller_app.paths import app_paths


def test_every_setting_has_a_type_default_and_description():
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    for setting in SETTINGS:
        assert isinstance(setting.default, setting.type), setting.name
        assert setting.description.strip()


def test_teller_home_moves_data_config_and_logs_into_one_folder(tmp_path):
    paths = app_paths({"TELLER_HOME": str(tmp_path)})
    assert paths.data.parent == tmp_path
    assert paths.config == tmp_path
    assert paths.logs.parent == tmp_path


def test_defaults_then_file_then_environment(tmp_path):
    paths = app_paths({"TELLER_HOME": str(tmp_path)}).ensure()
    assert Config.load(paths, environ={}).idle_lock_minutes == 5
    write_config_file(paths.config_file, {"idle_lock_minutes": "7", "branch": "BJ001"})
    assert Config.load(paths, environ={}).idle_lock_minutes == 7
    config = Config.load(paths, environ={"TELLER_IDLE_LOCK_MINUTES": "3"})
    assert config.idle_lock_minutes == 3
    assert config.branch == "BJ001"


def test_a_broken_config_file_is_named_with_the_key(tmp_path):
    paths = app_paths({"TELLER_HOME": str(tmp_path)}).ensure()
    paths.config_file.write_text('idle_lock_minutes = "soon"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        Config.load(paths, environ={})
    assert "idle_lock_minutes" in str(caught.value)
    assert str(paths.config_file) in str(caught.value)


def test_an_unknown_setting_in_the_file_is_refused(tmp_path):
    paths = app_paths({"TELLER_HOME": str(tmp_path)}).ensure()
    paths.config_file.write_text("idle_lock_minuets = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="idle_lock_minuets"):
        Config.load(paths, environ={})


def test_a_bad_environment_value_names_the_variable(tmp_path):
    paths = app_paths({"TELLER_HOME": str(tmp_path)})
    with pytest.raises(ConfigError, match="TELLER_IDLE_LOCK_MINUTES"):
        Config.load(paths, environ={"TELLER_IDLE_LOCK_MINUTES": "five"})


def test_data_config_and_log_folders_are_readable_by_this_user_only(tmp_path):
    import os
    import stat

    paths = app_paths({"TELLER_HOME": str(tmp_path / "home")}).ensure()
    if os.name == "posix":
        for folder in (paths.data, paths.logs):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
