"""The SQLite engine of the local store (WAL, synchronous=FULL, foreign keys, busy timeout), one writer,
and Alembic migrations to head."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from teller_app.storage.errors import StoreProblem

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "teller_write"


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def create_store_engine(path: Path) -> Engine:
    """An engine whose connections use WAL and synchronous=FULL; writes BEGIN IMMEDIATE, reads BEGIN."""
    path.parent.mkdir(parents=True, exist_ok=True)
    owner_only(path)
    engine = create_engine(
        sqlite_url(path),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        hide_parameters=True,  # an error never carries a row's values (password hashes, ciphertext)
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        try:
            configure_connection(dbapi_connection)
        except sqlite3.DatabaseError as exc:
            raise StoreProblem(
                "storage.damaged",
                "The local store {path} cannot be opened: {problem}",
                path=str(path),
                problem=str(exc),
            ) from None

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def owner_only(path: Path) -> None:
    """Create the store file readable by its owner alone (SQLite gives its WAL and SHM the same mode), and
    narrow a store left wider: plain columns hold password hashes and ids, nobody else's business."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # SQLite takes an empty file as new
    if os.name != "posix":
        return
    for companion in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(FileNotFoundError):
            if companion.stat().st_mode & 0o077:
                os.chmod(companion, 0o600)


def configure_connection(connection: sqlite3.Connection) -> None:
    """WAL, synchronous=FULL, foreign keys and the busy timeout on one connection, each checked: SQLite
    answers a journal mode it cannot set (a network drive, a read-only folder) with the old one, silently."""
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    synchronous = connection.execute("PRAGMA synchronous").fetchone()[0]
    if str(mode).lower() != "wal" or synchronous != 2:
        raise StoreProblem(
            "storage.not_durable",
            "The local store cannot run in WAL mode with synchronous=FULL here (journal {mode}, "
            "synchronous {synchronous}); move the data folder to a local disk",
            mode=mode,
            synchronous=synchronous,
        )


class Writer:
    """The one writer of a store: a lock serialising this process's writes, BEGIN IMMEDIATE for others."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine.execution_options(**{WRITE_OPTION: True})
        self._lock = threading.RLock()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        with self._lock:
            try:
                with self.engine.begin() as connection:
                    yield connection
            except OperationalError as exc:
                raise StoreProblem(
                    "storage.write_failed",
                    "The local store could not be written: {problem}",
                    problem=str(exc.orig),
                ) from exc


def alembic_config(connection: Connection | None = None) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _shipped_migrations() -> ScriptDirectory:
    """The migrations this app ships, read once per process: they cannot change while it runs, and reading
    them executes every migration file again (compiling each from source where no bytecode is cached)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    heads = _shipped_migrations().get_heads()
    if len(heads) != 1:
        raise StoreProblem("storage.migrations", "The migrations have {count} heads", count=len(heads))
    return heads[0]


def first_revision() -> str:
    bases = _shipped_migrations().get_bases()
    return bases[0]


def known_revisions() -> set[str]:
    """Every schema revision this version of the app can read and migrate."""
    return {revision.revision for revision in _shipped_migrations().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` in one transaction (the writer's).

    A store whose schema this app does not know (written by a newer version) is refused with a typed
    error, before anything is changed: an older app must not guess at a newer schema.
    """
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current is not None and current not in known_revisions():
            raise StoreProblem(
                "storage.newer_schema",
                "The local store was written by a newer version of the app (schema {revision}); "
                "install that version or newer",
                revision=current,
            )
        if revision == "head" and current == head_revision():
            return  # at the newest schema already: nothing to run (as Alembic would find, reading every file)
        command.upgrade(alembic_config(connection), revision)


def integrity_check(path: Path) -> list[str]:
    """PRAGMA integrity_check on a database file (only read); ['ok'] when sound."""
    if not path.exists():
        return [f"no database file at {path}"]
    try:
        raw = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        return [row[0] for row in raw.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        raw.close()
