"""The Linux menu entry starts a program the package really has; the .deb puts everything where it says."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest
from packaging_helpers import REPO

LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / "teller.desktop"
SCRIPTS = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
needs_dpkg_deb = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_has_what_a_menu_needs_in_both_languages():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Teller App"
    assert entry["Name[zh_CN]"] == "柜面开户"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].split(";")
    assert categories[-1] == "" and {"Office", "Finance"} <= set(categories)
    assert entry["Comment"] and entry["Comment[zh_CN]"]


def test_desktop_entry_starts_the_desktop_app_entry_point():
    program = desktop_entry()["Exec"].split()[0]
    assert SCRIPTS[program] == "ui.app:main"
    spec = (REPO / "packaging" / "teller.spec").read_text(encoding="utf-8")
    assert f'name="{program}"' in spec, "the PyInstaller folder has no program of that name"
    assert desktop_entry()["TryExec"] == program


def test_desktop_entry_icon_is_a_square_svg_the_package_installs():
    icon = desktop_entry()["Icon"]
    root = ET.parse(LINUX / f"{icon}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = root.attrib["viewBox"].split()
    assert width == height
    assert f"icons/hicolor/scalable/apps/{icon}.svg" in (LINUX / "build-deb.sh").read_text(encoding="utf-8")


@pytest.mark.parametrize("script", ["postinst", "postrm"])
def test_maintainer_scripts_only_refresh_the_menu_and_icon_caches(script):
    text = (LINUX / script).read_text(encoding="utf-8")
    subprocess.run(["sh", "-n", str(LINUX / script)], check=True)
    commands = re.findall(r"^\s*(?:if command -v )?([a-z][\w.-]*)", text, flags=re.MULTILINE)
    assert set(commands) <= {"set", "if", "fi", "exit", "update-desktop-database", "gtk-update-icon-cache"}


def fake_bundle(folder):
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "_internal" / "resources" / "marker.txt").write_text("resources\n")
    for program in ("teller", "teller-admin"):
        (folder / program).write_text("#!/bin/sh\necho stub\n")
        (folder / program).chmod(0o755)
    return folder


@needs_dpkg_deb
def test_deb_installs_the_folder_the_commands_the_menu_entry_and_the_icon(tmp_path):
    bundle = fake_bundle(tmp_path / "teller")
    done = subprocess.run(
        [str(LINUX / "build-deb.sh"), str(bundle), str(tmp_path / "out")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    package = done.stdout.strip().splitlines()[-1]
    fields = subprocess.run(
        ["dpkg-deb", "-f", package, "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert "Package: teller-app" in fields and f"Version: {version}" in fields and "libgl1" in fields
    listing = subprocess.run(["dpkg-deb", "-c", package], capture_output=True, text=True, check=True).stdout
    for expected in (
        "./opt/teller-app/_internal/resources/marker.txt",
        "./usr/bin/teller -> /opt/teller-app/teller",
        "./usr/bin/teller-admin -> /opt/teller-app/teller-admin",
        "./usr/share/applications/teller.desktop",
        "./usr/share/icons/hicolor/scalable/apps/teller.svg",
    ):
        assert expected in listing
    assert re.search(r"^-rwxr-xr-x root/root .* \./opt/teller-app/teller$", listing, flags=re.MULTILINE)


@needs_dpkg_deb
def test_deb_build_refuses_a_folder_without_the_programs(tmp_path):
    (tmp_path / "empty").mkdir()
    done = subprocess.run(
        [str(LINUX / "build-deb.sh"), str(tmp_path / "empty"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert "teller is missing" in done.stderr
    assert not (tmp_path / "out").exists()
