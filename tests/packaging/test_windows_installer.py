"""The Windows installer script installs the PyInstaller folder for all users and never removes user data."""

from __future__ import annotations

import re
import tomllib

from packaging_helpers import REPO

ISS = REPO / "packaging" / "windows" / "teller.iss"
SPEC = (REPO / "packaging" / "teller.spec").read_text(encoding="utf-8")


def sections() -> dict[str, list[str]]:
    """The script's lines by section, without comments, blank lines or preprocessor lines."""
    found: dict[str, list[str]] = {"": []}
    current = ""
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if header := re.fullmatch(r"\[(\w+)\]", line):
            current = header.group(1)
            found.setdefault(current, [])
        else:
            found[current].append(line)
    return found


def setup_directives() -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections()["Setup"])


def test_installer_script_is_utf8_with_a_byte_order_mark_so_chinese_names_survive():
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")


def test_installs_per_machine_into_program_files():
    setup = setup_directives()
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])


def test_installs_the_folder_the_pyinstaller_recipe_builds():
    folder = re.search(r'COLLECT\((?s:.*?)name="([\w-]+)"', SPEC).group(1)
    bundle = re.search(r'#define Bundle "([^"]+)"', ISS.read_text(encoding="utf-8-sig")).group(1)
    assert bundle.replace("\\", "/").endswith(f"dist/{folder}")
    (files,) = sections()["Files"]
    assert 'Source: "{#Bundle}\\*"' in files and "recursesubdirs" in files


def test_start_menu_shortcut_starts_the_desktop_app_under_chinese_and_english_names():
    assert 'name="teller"' in SPEC and 'name="teller-admin"' in SPEC
    shortcuts = [line for line in sections()["Icons"] if line.startswith('Name: "{autoprograms}')]
    assert len(shortcuts) == 1 and 'Filename: "{app}\\teller.exe"' in shortcuts[0]
    messages = dict(line.split("=", 1) for line in sections()["CustomMessages"])
    for language in ("en", "zh_CN"):
        assert "Teller App" in messages[f"{language}.AppMenuName"]
        assert "柜面开户" in messages[f"{language}.AppMenuName"]


def test_uninstall_keeps_user_data():
    script = sections()
    assert "UninstallDelete" not in script
    removed = " ".join(script.get("InstallDelete", []))
    assert "{app}" in removed
    for user_place in ("{localappdata}", "{userappdata}", "{commonappdata}", "TELLER_HOME", "{%"):
        assert user_place not in removed


def test_default_version_is_the_project_version():
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f'#define AppVersion "{version}"' in ISS.read_text(encoding="utf-8-sig")
