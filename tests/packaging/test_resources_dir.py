"""resources_dir() finds the fonts and procedures however the app was installed or started."""

from __future__ import annotations

import sys

import pytest
from packaging_helpers import REPO

from teller_app.paths import resources_dir


@pytest.fixture
def no_override(monkeypatch):
    monkeypatch.delenv("TELLER_RESOURCES", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


def test_teller_resources_overrides_every_other_place(no_override, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setenv("TELLER_RESOURCES", str(tmp_path / "site-resources"))
    assert resources_dir() == tmp_path / "site-resources"


def test_pyinstaller_bundle_uses_the_resources_unpacked_beside_the_program(
    no_override, monkeypatch, tmp_path
):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resources_dir() == tmp_path / "_internal" / "resources"


def test_code_run_from_a_checkout_uses_the_checkout_resources(no_override):
    """`pip install -e .` and plain checkouts read resources/ as edited, never a stale installed copy."""
    found = resources_dir()
    assert found == REPO / "resources"
    assert (found / "process").is_dir() and (found / "fonts").is_dir()
