"""Connecting to the central database (PostgreSQL, or the embedded SQLite file) and migrating its schema."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy.engine import make_url

from teller_app.domain.errors import EnvironmentProblem
from teller_app.paths import AppPaths
from teller_app.sync.deadline import WAIT_DEADLINE_SECONDS, add_wait_deadline

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
CONNECT_TIMEOUT_SECONDS = 5
STATEMENT_TIMEOUT_MS = 60_000


class CentralUnreachable(EnvironmentProblem):
    """The central database cannot be reached or dropped the connection; work continues offline."""

    code = "sync.central_unreachable"
    message = "The central database cannot be reached ({problem})"


def central_url(configured: str, paths: AppPaths) -> str:
    """The URL to connect to: the configured one (with the password sealed at init, if any, added; see
    central_address.py), or the embedded SQLite file beside the local store when it is empty.
    Never print it: show `central_address.masked(...)` of it."""
    if configured.strip():
        from teller_app.sync.central_address import connectable_url

        return connectable_url(configured.strip(), paths.data)
    paths.data.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{paths.embedded_central}"


def connect_central(url: str, *, wait_deadline: float | None = None, **engine_options: Any) -> sa.Engine:
    """An engine for the central database with short connect timeouts; SQLite gets WAL and IMMEDIATE writes.

    Frugal with round trips on a branch's WAN link and safe behind PgBouncer in transaction pooling:
    no server-side prepared statements (psycopg would prepare a statement run five times on a
    connection, and the next transaction may run on another server connection); the dialect learns the
    server from the start-up messages instead of asking five questions on the first connection; and a
    pooled connection is pinged only when it has been idle longer than `KNOWN_GOOD_SECONDS` (the
    keepalives notice a cut line within seconds), not before every transaction.
    """
    from teller_app.sync.acting import act_in_every_transaction, split_key

    parsed, terminal_key = split_key(make_url(url))
    engine_options.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not os.path.exists(parsed.database):
            # Its user's alone: the embedded central database holds password hashes too.
            os.close(os.open(parsed.database, os.O_CREAT | os.O_WRONLY, 0o600))
        engine = sa.create_engine(parsed, connect_args={"timeout": 30}, **engine_options)
        _sqlite_immediate_transactions(engine)
        return engine
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
    }
    psycopg3 = parsed.get_driver_name() == "psycopg"
    if parsed.get_driver_name() in ("psycopg", "psycopg2", ""):
        # Notice a cut connection within seconds rather than waiting for the kernel's defaults.
        connect_args.update(keepalives=1, keepalives_idle=5, keepalives_interval=2, keepalives_count=3)
        connect_args["tcp_user_timeout"] = 30_000  # ms: data the peer never acknowledges ends the connection
    if psycopg3:
        connect_args["prepare_threshold"] = None  # never prepare server-side (PgBouncer, transaction mode)
        engine_options.setdefault("use_native_hstore", False)  # no hstore lookup on the first connection
    frugal = psycopg3 and "pool_pre_ping" not in engine_options
    engine_options.setdefault("pool_pre_ping", not frugal)
    engine = sa.create_engine(parsed, connect_args=connect_args, **engine_options)
    if terminal_key is not None:
        act_in_every_transaction(engine, terminal_key)  # one login shared by many terminals (acting.py)
    add_wait_deadline(
        engine, wait_deadline or WAIT_DEADLINE_SECONDS
    )  # a peer that answers nothing (deadline.py)
    if frugal:
        _initialize_from_start_up(engine.dialect)
        _ping_when_idle(engine)
    return engine


KNOWN_GOOD_SECONDS = 30.0
CONNECTION_OK = 0  # libpq ConnStatusType
EMPTY_QUERY = 0  # libpq ExecStatusType
SERVER_DEFAULTS = {"schema": "public", "isolation": "READ COMMITTED", "identifier_length": 63}


def _initialize_from_start_up(dialect: Any) -> None:
    """The dialect's first-connection set-up without its five queries (each a round trip on a WAN).

    The server version and `standard_conforming_strings` come with the start-up messages; the schema,
    isolation level and identifier length are PostgreSQL's defaults, which the central database keeps
    (README-central: the Teller tables live in `public`; sync relies on READ COMMITTED anyway)."""
    original = dialect.initialize

    def initialize(connection: Any) -> None:
        info = connection.connection.dbapi_connection.info
        number = int(info.server_version)
        version = (
            (number // 10000, number % 10000) if number >= 100000 else (number // 10000, number // 100 % 100)
        )
        strings = info.parameter_status("standard_conforming_strings")
        dialect._get_server_version_info = lambda _c: version
        dialect._get_default_schema_name = lambda _c: SERVER_DEFAULTS["schema"]
        dialect.get_default_isolation_level = lambda _d: SERVER_DEFAULTS["isolation"]
        dialect._check_max_identifier_length = lambda _c: SERVER_DEFAULTS["identifier_length"]
        dialect._set_backslash_escapes = lambda _c: setattr(dialect, "_backslash_escapes", strings == "off")
        original(connection)

    dialect.initialize = initialize


def _ping_when_idle(engine: sa.Engine) -> None:
    """Ping a pooled connection at checkout only when it has not been used for `KNOWN_GOOD_SECONDS`; a dead
    one is replaced before the transaction starts. One empty query, outside any transaction."""
    import time

    @sa.event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["used_at"] = time.monotonic()

    @sa.event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        used_at = record.info.get("used_at")
        if used_at is None or time.monotonic() - used_at < KNOWN_GOOD_SECONDS:
            return  # a fresh connection, or one that answered a moment ago
        result = dbapi_connection.pgconn.exec_(b"")
        if dbapi_connection.pgconn.status != 0 or result.status not in (
            0,
            1,
            2,
        ):  # CONNECTION_OK; EMPTY_QUERY …
            raise sa.exc.DisconnectionError("the central connection did not answer a ping")


def _sqlite_immediate_transactions(engine: sa.Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        # Writers queue at BEGIN, so a transaction never fails half-way on an upgrade to a write lock.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def upgrade_central(engine: sa.Engine) -> None:
    """Bring the central schema to head: the shared business tables, then the central bookkeeping."""
    from teller_app.sync.shared_tables import upgrade_shared_schema

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        upgrade_shared_schema(engine)
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "heads")
    except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
        raise CentralUnreachable(problem=_short(exc)) from exc


@contextlib.contextmanager
def central_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One central transaction; a lost or refused connection becomes `CentralUnreachable`."""
    try:
        with engine.begin() as connection:
            yield connection
    except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
        if isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated:
            engine.dispose()
        raise CentralUnreachable(problem=_short(exc)) from exc
    except sa.exc.DBAPIError as exc:
        if exc.connection_invalidated:
            engine.dispose()
            raise CentralUnreachable(problem=_short(exc)) from exc
        raise


class CentralNotSetUp(EnvironmentProblem):
    """The central database holds no Teller tables yet: its owner has not migrated it."""

    code = "sync.central_not_set_up"
    message = (
        "The central database has no Teller tables yet: its owner runs `teller-admin central migrate URL` "
        "first (packaging/README-central.md)"
    )


class CentralSchemaMismatch(EnvironmentProblem):
    """The central schema is older than this app (the owner must migrate it) or newer (upgrade this PC)."""

    code = "sync.central_schema_outdated"
    message = (
        "The central database's schema is {found}, this app needs {expected}: its owner runs "
        "`teller-admin central migrate URL`"
    )


@functools.cache
def central_heads() -> tuple[str, str]:
    """The schema versions this app expects centrally: storage's head and the central bookkeeping's head
    (read from the shipped migrations once per process: they cannot change while it runs)."""
    from alembic.script import ScriptDirectory

    from teller_app.storage import db

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return db.head_revision(), ScriptDirectory.from_config(cfg).get_current_head() or ""


def central_schema_versions(engine: sa.Engine) -> tuple[str | None, str | None]:
    """(storage revision, central bookkeeping revision) recorded in the central database; None when absent."""
    found: list[str | None] = []
    try:
        with engine.connect() as connection:
            inspector = sa.inspect(connection)
            for table in ("alembic_version", "central_alembic_version"):
                if not inspector.has_table(table):
                    found.append(None)
                    continue
                found.append(connection.exec_driver_sql(f"SELECT version_num FROM {table}").scalar())
    except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
        raise CentralUnreachable(problem=_short(exc)) from exc
    return found[0], found[1]


def require_central_at_head(engine: sa.Engine) -> tuple[str, str]:
    """The central schema versions, when both are this app's; else CentralNotSetUp or CentralSchemaMismatch."""
    from teller_app.storage import db

    storage, central = central_schema_versions(engine)
    if storage is None or central is None:
        raise CentralNotSetUp()
    expected = central_heads()
    if (storage, central) != expected:
        newer = storage not in db.known_revisions() or not central.startswith("c") or central > expected[1]
        if newer:
            raise CentralSchemaMismatch(
                "sync.central_schema_newer",
                "The central database's schema ({found}) is newer than this app ({expected}): upgrade the "
                "Teller App on this PC",
                found=f"{storage}/{central}",
                expected="/".join(expected),
            )
        raise CentralSchemaMismatch(found=f"{storage}/{central}", expected="/".join(expected))
    return storage, central


def require_central_schema(engine: sa.Engine) -> None:
    """Raise `CentralNotSetUp` (or `CentralUnreachable`) unless the central bookkeeping tables exist."""
    try:
        with engine.connect() as connection:
            present = sa.inspect(connection).has_table("change_log") and sa.inspect(connection).has_table(
                "audit_events"
            )
    except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
        raise CentralUnreachable(problem=_short(exc)) from exc
    if not present:
        raise CentralNotSetUp()


def is_unreachable(exc: BaseException) -> bool:
    return isinstance(exc, CentralUnreachable)


def _short(exc: BaseException) -> str:
    from teller_app.log import mask_secrets

    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return mask_secrets(text[0][:200]) if text else type(exc).__name__
