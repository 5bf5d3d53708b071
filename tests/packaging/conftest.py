"""Packaging fixtures: a wheel built from a clean copy of the source, and a bare venv it is installed into."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import BareVenv, bare_venv, build_wheel, copy_source, run


@pytest.fixture(scope="session")
def wheel_file(tmp_path_factory) -> Path:
    source = copy_source(tmp_path_factory.mktemp("source"))
    return build_wheel(source, tmp_path_factory.mktemp("wheelhouse"))


@pytest.fixture(scope="session")
def wheel_names(wheel_file) -> set[str]:
    with zipfile.ZipFile(wheel_file) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="session")
def installed_venv(wheel_file, tmp_path_factory) -> BareVenv:
    venv = bare_venv(tmp_path_factory.mktemp("installed") / "venv")
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv.python),
            "install",
            "--no-deps",
            "-q",
            str(wheel_file),
        ]
    )
    return venv
