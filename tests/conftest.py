"""Test setup for the whole suite: no display, and every test in its own TELLER_HOME."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

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


@pytest.fixture(scope="session")
def migrated_store_file(tmp_path_factory) -> Path:
    """A local store file migrated to the newest schema, once per run (the local store's migrations take a
    tenth of a second, paid again by every test that opens a new store): copied by `new_store_at`."""
    from teller_app.storage import db

    path = tmp_path_factory.mktemp("store-template") / "local.sqlite3"
    engine = db.create_store_engine(path)
    db.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def new_store_at(migrated_store_file: Path) -> Callable[[Path], None]:
    """`new_store_at(paths.local_store)` before `open_store`: the new store's file is a copy of one the
    migrations made (owner-only, as the store makes its file), so open_store finds it at the newest schema
    and has nothing to migrate. Tests of the migrations themselves open stores without it."""
    template = migrated_store_file.read_bytes()

    def put(path: Path) -> None:
        assert not path.exists(), f"{path} holds a store already"
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(template)

    return put
