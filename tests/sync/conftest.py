"""Fixtures for the sync tests: a real PostgreSQL server, a throwaway database per session, a central per test.

Where PostgreSQL comes from, in order: TELLER_TEST_PG_URL (CI sets it to the machine's server), else
pytest-postgresql's `postgresql_proc` (a private server; initdb refuses to run as root, so it may fail).
If neither works the PostgreSQL tests fail when TELLER_REQUIRE_PG=1 and skip loudly otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from teller_app.domain.roles import Role

# Read once at import: the suite's autouse fixture clears TELLER_* variables for each test.
_PG_URL = os.environ.get("TELLER_TEST_PG_URL", "").strip()
_REQUIRE_PG = os.environ.get("TELLER_REQUIRE_PG", "") == "1"
# Set by tests/sync/test_through_pgbouncer.py: the central database is reached through a PgBouncer in
# transaction pooling mode that this session starts (pgbouncer.py).
_VIA_PGBOUNCER = os.environ.get("TELLER_TEST_VIA_PGBOUNCER", "") == "1"


def _admin_engine(url: str) -> sa.Engine:
    return sa.create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)


def _server_url(request: pytest.FixtureRequest) -> str:
    if _PG_URL:
        return _PG_URL
    problem = "TELLER_TEST_PG_URL is not set"
    try:
        proc = request.getfixturevalue("postgresql_proc")
        return f"postgresql+psycopg://{proc.user}@{proc.host}:{proc.port}/postgres"
    except Exception as exc:  # pytest-postgresql could not start a server (e.g. running as root)
        problem += f"; pytest-postgresql could not start one ({type(exc).__name__}: {exc})"
    if _REQUIRE_PG:
        pytest.fail(f"PostgreSQL is required (TELLER_REQUIRE_PG=1) but unavailable: {problem}")
    pytest.skip(f"NO POSTGRESQL — sync tests against a real server did NOT run: {problem}")


@pytest.fixture(scope="session")
def pg_server_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a throwaway database `teller_test_<random>` for this session, dropped at the end."""
    server = _server_url(request)
    admin = _admin_engine(server)
    try:
        with admin.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        if _REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required (TELLER_REQUIRE_PG=1) but {server} refused: {exc}")
        pytest.skip(f"NO POSTGRESQL at {server}: {exc}")
    name = f"teller_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    created = [name]
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            for db in created:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_databases(pg_server_url: str) -> Iterator[PgDatabases]:
    factory = PgDatabases(pg_server_url)
    yield factory
    factory.drop_all()


class PgDatabases:
    """Makes more throwaway databases on the session's server: a migrated central per test, copied from a
    template that is migrated once (CREATE DATABASE … TEMPLATE is far quicker than running migrations)."""

    def __init__(self, session_url: str) -> None:
        self.session_url = session_url
        self._admin = _admin_engine(session_url)
        self._made: list[str] = []
        self._template: str | None = None

    def _name(self, suffix: str) -> str:
        return f"{make_url(self.session_url).database}_{suffix}"

    def _url(self, name: str) -> str:
        return make_url(self.session_url).set(database=name).render_as_string(hide_password=False)

    def template(self) -> str:
        if self._template is None:
            from teller_app.sync.central import connect_central, upgrade_central

            name = self._name("template")
            with self._admin.connect() as conn:
                conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
            self._made.append(name)
            engine = connect_central(self._url(name))
            upgrade_central(engine)
            engine.dispose()
            self._template = name
        return self._template

    def shared_central(self) -> str:
        return self._url(self.template())

    def create(self, migrated: bool = True) -> str:
        name = self._name(str(len(self._made) + 1))
        template = f' TEMPLATE "{self.template()}"' if migrated else ""
        if migrated:  # a template must have no connections while it is copied
            self._admin_of_template_disconnect()
        with self._admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"{template}'))
        self._made.append(name)
        return self._url(name)

    def _admin_of_template_disconnect(self) -> None:
        with self._admin.connect() as conn:
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": self._template},
            )

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self._admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if name in self._made:
            self._made.remove(name)

    def drop_all(self) -> None:
        for name in list(self._made):
            with self._admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._made.clear()
        self._admin.dispose()


@pytest.fixture(scope="session")
def pooler(pg_server_url: str) -> Iterator[Any]:
    """The session's PgBouncer (transaction pooling) in front of the test server, when the run asks for it."""
    if not _VIA_PGBOUNCER:
        yield None
        return
    from pgbouncer import PgBouncer

    url = make_url(pg_server_url)
    with PgBouncer(url.host or "127.0.0.1", url.port or 5432, users=(url.username or "postgres",)) as bouncer:
        yield bouncer


@pytest.fixture
def pg_url(pg_databases: PgDatabases, pooler: Any) -> str:
    """The session's PostgreSQL central database with the schema at head, emptied for this test (but for the
    roles a branch may hold, which the migration lists); through PgBouncer when the run asks for it."""
    url = _emptied(pg_databases)
    return pooler.url_for(url) if pooler is not None else url


def _emptied(pg_databases: PgDatabases) -> str:
    url = pg_databases.shared_central()
    engine = _admin_engine(url)
    with engine.connect() as conn:
        names = conn.execute(
            sa.text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '%alembic_version' "
                "AND tablename <> 'branch_roles'"
            )
        ).scalars()
        conn.execute(sa.text("SET session_replication_role = replica"))  # past the append-only trigger
        for name in names:  # DELETE, not TRUNCATE: on tiny tables it is far quicker (no file swaps to sync)
            conn.execute(sa.text(f'DELETE FROM "{name}"'))
        # The roles a branch may hold, put back as the migration lists them (c0004: every role): a test that
        # takes one away (head office keeps 'administrator') must not change the rules of the tests after it.
        conn.execute(sa.text("DELETE FROM branch_roles"))
        conn.execute(
            sa.text("INSERT INTO branch_roles (role) VALUES (:role)"), [{"role": role.value} for role in Role]
        )
    engine.dispose()
    return url


@pytest.fixture
def empty_pg_url(pg_databases: PgDatabases) -> Iterator[str]:
    """A fresh, empty PostgreSQL database (no schema) for one test."""
    url = pg_databases.create(migrated=False)
    yield url
    pg_databases.drop(url)


@pytest.fixture
def open_terminals(tmp_path, new_store_at) -> Iterator[Callable[..., Any]]:
    """Opens terminals (local store + sync engine) against a central URL; closes them after the test."""
    from sync_helpers import open_terminal

    opened: list[Any] = []

    def make(central_url: str, branch: str, code: str, **options: Any) -> Any:
        options.setdefault("new_store_at", new_store_at)
        terminal = open_terminal(tmp_path / "terminals", central_url, branch, code, **options)
        opened.append(terminal)
        return terminal

    yield make
    for terminal in opened:
        terminal.close()


@pytest.fixture
def logins(pg_url: str, request: Any) -> Iterator[dict[str, str]]:
    """The central identities of B0101's terminals T01 and T02 and of B0202's T21, made by the shipped scripts
    and each registered by the owner, as URLs by terminal code: a login each (terminal_role.sql), or, with
    the parameter "one pooled login" (terminal_logins.LOGIN_KINDS), one login shared by the three and a
    terminal key each in its URL (pooled_terminals.sql, central migration c0014)."""
    from terminal_logins import LOGIN_KINDS, login_of_terminal, pooled_login

    from teller_app.sync.acting import with_key
    from teller_app.sync.registration import register_terminal

    terminals = (("B0101", "T01"), ("B0101", "T02"), ("B0202", "T21"))
    if getattr(request, "param", LOGIN_KINDS[0]) == LOGIN_KINDS[1]:
        with pooled_login(pg_url, *terminals) as (url, keys):
            for branch, code in terminals:
                register_terminal(pg_url, branch, code)
            yield {
                code: with_key(make_url(url), key).render_as_string(hide_password=False)
                for code, key in keys.items()
            }
        return
    with (
        login_of_terminal(pg_url, "B0101", "T01") as t01,
        login_of_terminal(pg_url, "B0101", "T02") as t02,
        login_of_terminal(pg_url, "B0202", "T21") as t21,
    ):
        for branch, code in terminals:
            register_terminal(pg_url, branch, code)
        yield {"T01": t01, "T02": t02, "T21": t21}
