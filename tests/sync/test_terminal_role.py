"""The shipped terminal role (packaging/sql/terminal_role.sql): a terminal syncs with it and can do no more."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sync_helpers import edit_case, open_case

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "sql" / "terminal_role.sql"


def _libpq(url: str) -> str:
    u = make_url(url)
    return f"postgresql://{u.username or 'postgres'}@{u.host or '127.0.0.1'}:{u.port or 5432}/{u.database}"


def _run_script(pg_url: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """packaging/sql/terminal_role.sql run by psql as the owner, with `-v name=value` for each variable."""
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed")
    settings = [arg for name, value in variables.items() for arg in ("-v", f"{name}={value}")]
    return subprocess.run(
        ["psql", _libpq(pg_url), "-q", "-f", str(SCRIPT), *settings],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def terminal_login(pg_url):
    login = f"teller_test_{uuid.uuid4().hex[:8]}"
    result = _run_script(pg_url, terminal_login=login, terminal_password="x", branch="B0101")
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


def test_a_terminal_syncs_with_its_own_role_and_may_not_delete_or_rewrite_history(
    pg_url, terminal_login, open_terminals
):
    from teller_app.sync.registration import register_terminal

    register_terminal(pg_url, "B0101", "T01")  # the owner migrates and registers
    teller = open_terminals(terminal_login, "B0101", "T01", register=False)
    case_id = open_case(teller)
    report = teller.sync.run_once()
    assert report.online and report.waiting == 0 and report.rejected == 0, report
    edit_case(teller, case_id, status="in_progress")  # a row stored centrally already: the temp-table upsert
    report = teller.sync.run_once()
    assert report.online and report.waiting == 0 and report.rejected == 0, report
    as_terminal = sa.create_engine(terminal_login)
    try:
        for statement in (
            f"DELETE FROM cases WHERE id = '{case_id}'",
            "UPDATE audit_events SET action = 'x'",
            "DELETE FROM applied_ops",
            "CREATE TABLE mine (x int)",
            "DROP TABLE conflicts",
        ):
            with pytest.raises(sa.exc.ProgrammingError), as_terminal.begin() as conn:
                conn.exec_driver_sql(statement)
        with as_terminal.connect() as conn:
            status = conn.exec_driver_sql(f"SELECT status FROM cases WHERE id = '{case_id}'").scalar()
        assert status == "in_progress"
    finally:
        as_terminal.dispose()


def test_a_terminal_login_writes_rows_of_its_own_branch_only(pg_url, terminal_login, open_terminals):
    from teller_app.sync.registration import register_terminal
    from teller_app.sync.shared_tables import synced_table

    cases = synced_table("cases")
    assert cases is not None
    register_terminal(pg_url, "B0101", "T01")
    teller = open_terminals(terminal_login, "B0101", "T01", register=False)
    own = open_case(teller)
    assert teller.sync.run_once().waiting == 0  # its own branch's rows go through, COPY and all
    admin = sa.create_engine(pg_url)
    with admin.begin() as conn:  # a case of another branch, stored by the owner
        row = dict(conn.execute(sa.select(cases).where(cases.c.id == own)).mappings().one())
        foreign = str(uuid.uuid4())
        conn.execute(cases.insert().values({**row, "id": foreign, "branch": "B0202"}))
    admin.dispose()
    as_terminal = sa.create_engine(terminal_login)
    try:
        refused = [
            cases.update().where(cases.c.id == foreign).values(status="cancelled"),
            cases.update().where(cases.c.id == foreign).values(branch="B0101"),  # taking it over
            cases.update().where(cases.c.id == own).values(branch="B0202"),  # giving its own away
            cases.insert().values({**row, "id": str(uuid.uuid4()), "branch": "B0202"}),
        ]
        for statement in refused:
            with pytest.raises(sa.exc.ProgrammingError, match="another branch"), as_terminal.begin() as conn:
                conn.execute(statement)
        with as_terminal.begin() as conn:  # its own rows, as before
            conn.execute(cases.update().where(cases.c.id == own).values(status="in_progress"))
        with as_terminal.connect() as conn:
            statuses = dict(conn.execute(sa.select(cases.c.branch, cases.c.status)).all())
        assert statuses == {"B0101": "in_progress", "B0202": row["status"]}
    finally:
        as_terminal.dispose()


def test_a_terminal_login_needs_its_branch(pg_url):
    result = _run_script(pg_url, terminal_login="teller_nobranch", terminal_password="x")
    assert result.returncode != 0 and "branch" in (result.stdout + result.stderr)
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT count(*) FROM pg_roles WHERE rolname = 'teller_nobranch'").scalar()
            == 0
        )
    admin.dispose()
