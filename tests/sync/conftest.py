"""Fixtures for the sync tests: a real PostgreSQL server, a throwaway database per session, a central per test.

Where PostgreSQL comes from, in order: TELLER_TEST_PG_URL (CI sets it to the machine's server), else
pytest-postgresql's `postgresql_proc` (a private server; initdb refuses to run as root, so it may fail).
If neither works the PostgreSQL tests fail when TELLER_REQUIRE_PG=1 and skip loudly otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

# Read once at import: the suite's autouse fixture clears TELLER_* variables for each test.
_PG_URL = os.environ.get("TELLER_TEST_PG_URL", "").strip()
_REQUIRE_PG = os.environ.get("TELLER_REQUIRE_PG", "") == "1"


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
    """Makes more throwaway databases on the session's server (one per test that needs a clean central)."""

    def __init__(self, session_url: str) -> None:
        self.session_url = session_url
        self._admin = _admin_engine(session_url)
        self._made: list[str] = []

    def create(self) -> str:
        name = f"{make_url(self.session_url).database}_{len(self._made) + 1}"
        with self._admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        self._made.append(name)
        return make_url(self.session_url).set(database=name).render_as_string(hide_password=False)

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


@pytest.fixture
def pg_url(pg_databases: PgDatabases) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    url = pg_databases.create()
    yield url
    pg_databases.drop(url)
