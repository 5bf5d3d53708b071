"""Test setup for the whole suite: no display, and every test in its own TELLER_HOME."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def teller_home(tmp_path, monkeypatch):
    """Every test gets its own data folder and a file key store passphrase; nothing touches the real home."""
    home = tmp_path / "teller-home"
    monkeypatch.setenv("TELLER_HOME", str(home))
    monkeypatch.setenv("TELLER_KEYSTORE_PASSPHRASE", "test passphrase for the file key store")
    for name in list(os.environ):
        if name.startswith("TELLER_") and name not in (
            "TELLER_HOME",
            "TELLER_KEYSTORE_PASSPHRASE",
            "TELLER_TEST_PG_URL",
            "TELLER_RESOURCES",
        ):
            monkeypatch.delenv(name)
    return home
