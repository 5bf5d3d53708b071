"""Every statement a terminal's poll and pull send is answered from an index, so a round costs the same
however long the change log and the business tables grow. The plans are read with sequential scans
priced out (`enable_seqscan = off`): on the small tables of a test the planner would rightly prefer a
scan, but with scans priced out a plan still shows one only where no index can answer."""

from __future__ import annotations

import re

import psycopg
import pytest
from sqlalchemy.engine import make_url

from teller_app.sync import central_bulk
from teller_app.sync.central_compact import FOREIGN_SQL, LOCK_SQL
from teller_app.sync.poll import pull_sql
from teller_app.sync.wire import text_array

BRANCH = "310115"
TERMINAL = f"{BRANCH}:T01"


def _plan(conn: psycopg.Connection, sql: str, params) -> str:
    with conn.transaction():
        conn.execute("SET LOCAL enable_seqscan = off")
        rows = conn.execute("EXPLAIN " + sql, params).fetchall()
    return "\n".join(row[0] for row in rows)


def _connect(pg_url: str) -> psycopg.Connection:
    url = make_url(pg_url)
    return psycopg.connect(
        host=url.host, port=url.port, user=url.username, dbname=url.database, prepare_threshold=None
    )


def _poll_function_statements(conn: psycopg.Connection) -> list[str]:
    """The statements inside the `teller_poll` the central database has (central migration c0006, or
    whichever later one replaced it), with its parameters filled in."""
    [[source]] = conn.execute("SELECT prosrc FROM pg_proc WHERE proname = 'teller_poll'").fetchall()
    body = source.split("BEGIN", 1)[1]
    found = re.findall(r":= \((SELECT .*?)\);", body, flags=re.S)
    found += re.findall(r"(INSERT INTO .*?|UPDATE .*?);", body, flags=re.S)
    values = {
        "p_terminal": f"'{TERMINAL}'",
        "p_branch": f"'{BRANCH}'",
        "p_code": "'T01'",
        "p_seq": "7",
        "p_head": "'ab'",
        "p_now": "now()",
        "p_seen_before": "now()",
    }
    statements = []
    for text in found:
        for name, value in values.items():
            text = text.replace(name, value)
        statements.append(" ".join(text.split()))
    assert len(statements) == 6, statements
    return statements


def test_every_statement_of_the_poll_is_answered_from_an_index(pg_url):
    with _connect(pg_url) as conn:
        for statement in _poll_function_statements(conn):
            plan = _plan(conn, statement, None)
            assert "Seq Scan" not in plan, f"{statement}\n{plan}"


def test_the_login_scope_every_policy_asks_keeps_its_plan(pg_url):
    """Row-level security asks a terminal login's branch for every table of every statement it sends
    (`teller_seen_branch`, c0013), and the branch triggers ask its scope once a statement
    (`teller_login_scope`, through `teller_login_binding`). All three are PL/pgSQL, whose statements'
    plans PostgreSQL keeps for the connection, not LANGUAGE sql, whose query it plans again at every call
    (c0012: with the binding in SQL a terminal's poll cost the server 22× the owner's,
    `python -m bench.scale.login_scope`)."""
    with _connect(pg_url) as conn:
        languages = conn.execute(
            "SELECT p.proname, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
            "WHERE p.proname IN ('teller_login_scope', 'teller_login_binding', 'teller_seen_branch')"
        ).fetchall()
    assert dict(languages) == {
        "teller_login_scope": "plpgsql",
        "teller_login_binding": "plpgsql",
        "teller_seen_branch": "plpgsql",
    }


@pytest.mark.parametrize(
    "others_only", [False, True], ids=["every change", "others' changes up to the poll's"]
)
def test_the_pull_reads_the_change_log_and_every_table_by_index(pg_url, others_only):
    params = {
        "first": "*",
        "first_at": 10,
        "first_until": 900,
        "second": BRANCH,
        "second_at": 10,
        "second_until": 900,
        "limit": 500,
        "terminal": TERMINAL,
    }
    with _connect(pg_url) as conn:
        plan = _plan(conn, pull_sql(others_only), params)
    assert "Seq Scan" not in plan, plan
    assert plan.count("pk_change_log") >= 2  # both streams, from their position on
    assert plan.count("Index Scan") >= 10  # one probe per synced table's subquery


def test_the_push_locks_and_checks_its_rows_by_index(pg_url):
    with _connect(pg_url) as conn:
        for sql, params in (
            (LOCK_SQL.format(columns="id, version", table="cases"), (["a", "b"],)),
            (FOREIGN_SQL, ("cases", ["a", "b"], TERMINAL)),
            (central_bulk.LOCK_SQL.format(table="cases"), (text_array(["a", "b"]), "cases", TERMINAL)),
        ):
            plan = _plan(conn, sql, params)
            assert "Seq Scan" not in plan, f"{sql}\n{plan}"
