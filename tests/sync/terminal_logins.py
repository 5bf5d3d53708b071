"""A terminal's own central login, made by the shipped script (packaging/sql/terminal_role.sql) as the sync tests
need it, and a users row of a branch written as the central owner would."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "sql" / "terminal_role.sql"


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL as psql takes it."""
    u = make_url(url)
    return f"postgresql://{u.username or 'postgres'}@{u.host or '127.0.0.1'}:{u.port or 5432}/{u.database}"


def run_terminal_role_script(pg_url: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """packaging/sql/terminal_role.sql run by psql as the owner, with `-v name=value` for each variable."""
    return _run_script(SCRIPT, pg_url, variables)


def _run_script(script: Path, pg_url: str, variables: dict[str, str]) -> subprocess.CompletedProcess[str]:
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed")
    settings = [arg for name, value in variables.items() for arg in ("-v", f"{name}={value}")]
    return subprocess.run(
        ["psql", libpq_url(pg_url), "-q", "-f", str(script), *settings],
        capture_output=True,
        text=True,
        check=False,
    )


@contextmanager
def login_of_terminal(pg_url: str, branch: str, terminal: str) -> Iterator[str]:
    """A terminal's central login made by the shipped script, as a URL; dropped afterwards."""
    login = f"teller_test_{uuid.uuid4().hex[:8]}"
    result = run_terminal_role_script(
        pg_url, terminal_login=login, terminal_password="x", branch=branch, terminal=terminal
    )
    assert result.returncode == 0, result.stderr
    yield make_url(pg_url).set(username=login).render_as_string(hide_password=False)
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DELETE FROM terminal_logins WHERE login = '{login}'")
        conn.exec_driver_sql(f'DROP OWNED BY "{login}"')
        conn.exec_driver_sql(f'DROP ROLE "{login}"')
        others = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid WHERE r.rolname = 'teller_terminal'"
        ).scalar()
        if not others:  # leave the cluster as we found it, unless another database still grants to it
            conn.exec_driver_sql("DROP OWNED BY teller_terminal")
            try:
                conn.exec_driver_sql("DROP ROLE teller_terminal")
            except sa.exc.DBAPIError:
                pass
    admin.dispose()


POOLED_SCRIPT = SCRIPT.with_name("pooled_terminals.sql")
# The two ways a terminal is known centrally: `@pytest.mark.parametrize("logins", LOGIN_KINDS, indirect=True)`.
LOGIN_KINDS = ["a login each", "one pooled login"]


def run_pooled_script(pg_url: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """packaging/sql/pooled_terminals.sql run by psql as the owner, with `-v name=value` for each variable."""
    return _run_script(POOLED_SCRIPT, pg_url, variables)


@contextmanager
def pooled_login(pg_url: str, *terminals: tuple[str, str]) -> Iterator[tuple[str, dict[str, str]]]:
    """One login shared by `terminals` ((branch, code) each), made by the shipped scripts with a key registered
    for each: its URL (no key in it) and the keys by terminal code; dropped afterwards."""
    assert run_terminal_role_script(pg_url).returncode == 0  # the group role teller_terminal
    login = f"teller_pool_{uuid.uuid4().hex[:8]}"
    made = run_pooled_script(pg_url, pooled_login=login, pooled_password="x")
    assert made.returncode == 0, made.stderr
    keys = {}
    for branch, code in terminals:
        keys[code] = uuid.uuid4().hex + uuid.uuid4().hex
        given = run_pooled_script(pg_url, branch=branch, terminal=code, terminal_key=keys[code])
        assert given.returncode == 0, given.stderr
    yield make_url(pg_url).set(username=login).render_as_string(hide_password=False), keys
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql("DELETE FROM terminal_keys")
        conn.exec_driver_sql(f'DROP OWNED BY "{login}"')
        conn.exec_driver_sql(f'DROP ROLE "{login}"')
    admin.dispose()


NOW = "2026-12-01 09:00:00+00"  # the time of the rows written by hand


def user_values(user_id: str, branch: str, username: str, role: str = "teller") -> str:
    """The INSERT of one users row of `branch`, with a real-looking password hash."""
    return (
        "INSERT INTO users (id, branch, version, updated_at, username, role, password_hash, "
        "must_change_password, failed_count, disabled, created_at) VALUES "
        f"('{user_id}', '{branch}', 1, '{NOW}', '{username}', '{role}', 'scrypt$real', false, 0, false, '{NOW}')"
    )
