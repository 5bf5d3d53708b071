"""Statements sent to the central database together and answered together: one round trip on the WAN.

A branch's link to the centre costs 20–100 ms per round trip, so the sync round sends its statements
in bursts (psycopg's pipeline mode) instead of one at a time:

    with exchange(central) as wire:                        # a pooled connection, in autocommit mode
        found = wire.send([Statement(sql, params)], begin=True)    # BEGIN … statements: one round trip
        wire.send([Statement(sql, rows, many=True)], commit=True)  # … COMMIT: one round trip

The transaction is spelled out (BEGIN and COMMIT are statements of the burst): psycopg's own
transaction handling waits for BEGIN and COMMIT separately. Each burst that opens a transaction sets
its statement timeout with SET LOCAL, so the deadlines hold through PgBouncer in transaction
pooling mode, where start-up options do not reach the server. Nothing outlives the transaction: no
prepared statements (`connect_central` turns them off), no session settings, no advisory locks. A terminal
that shares its login with others (acting.py) names itself in the same burst, after BEGIN; a statement
sent on its own is then sent in a transaction of its own, BEGIN to COMMIT, still one round trip.

Errors: a lost connection becomes `CentralUnreachable`; anything the server refuses rolls the
transaction back and is raised as psycopg raised it (`psycopg.Error`), for the caller to judge.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from teller_app.sync.acting import ACT_AS_SQL, acting_key
from teller_app.sync.central import STATEMENT_TIMEOUT_MS, CentralUnreachable


@dataclass(frozen=True)
class Statement:
    """One statement of a burst; with `many`, `params` is a sequence of parameter sets (executemany)."""

    sql: str
    params: Any = None
    many: bool = False
    rows: bool = True  # whether the caller wants its rows back
    names_terminal: bool = False  # it names a pooled login's terminal itself (teller_poll_as): sent alone


def text_array(values: Sequence[str | None]) -> str:
    """A text[] literal of `values` (None as NULL), to send as one parameter cast with `::text[]`: a push
    sends arrays of thousands of op ids, and the driver's own list adaptation looks at each element in
    Python; here ids and codes with nothing to escape (nearly all of them: uuids, table names, outcomes)
    are joined at once, and only an array holding a quote, a backslash or a NULL is quoted value by value.
    """
    if None not in values:
        joined = '","'.join(values)  # type: ignore[arg-type]  # no None, checked above
        if "\\" not in joined and joined.count('"') == 2 * max(0, len(values) - 1):
            return '{"' + joined + '"}' if values else "{}"
    elif values.count(None) == len(values):
        return "{" + ",".join(["NULL"] * len(values)) + "}"
    return (
        "{"
        + ",".join(
            "NULL" if v is None else '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values
        )
        + "}"
    )


def int_array(values: Sequence[int | None]) -> str:
    """An int[] / bigint[] literal of `values` (None as NULL), to send cast with `::int[]`."""
    if None not in values:
        return "{" + ",".join(map(str, map(int, values))) + "}"  # type: ignore[arg-type]  # no None
    return "{" + ",".join("NULL" if v is None else str(int(v)) for v in values) + "}"


def takes_bursts(central: sa.Engine) -> bool:
    """Whether `central` speaks the pipelined protocol (PostgreSQL through psycopg 3)."""
    return central.dialect.name == "postgresql" and central.dialect.driver == "psycopg"


class Wire:
    """The raw psycopg connection of one exchange (and the SQLAlchemy connection over it)."""

    def __init__(self, raw: Any, conn: sa.Connection, terminal_key: str | None = None) -> None:
        self.raw = raw
        self.conn = conn  # the same connection through SQLAlchemy, for the rare statement sent on its own
        self.in_transaction = False
        self.terminal_key = terminal_key  # a terminal sharing its login names itself in each transaction

    def send(
        self, statements: Sequence[Statement], *, begin: bool = False, commit: bool = False
    ) -> list[list[tuple[Any, ...]]]:
        """Send `statements` in one burst (opening and/or committing the transaction around them) and return
        each statement's rows (empty for those that return none or are not wanted)."""
        if self.terminal_key is not None and not (begin or self.in_transaction):
            # each statement on its own would be a transaction naming no terminal
            begin = commit = not all(statement.names_terminal for statement in statements)
        if len(statements) == 1 and not (begin or commit or statements[0].many):
            cursor = self.raw.execute(statements[0].sql, statements[0].params)  # one statement: no pipeline
            return [list(cursor.fetchall()) if statements[0].rows and cursor.description else []]
        cursors: list[Any] = []
        with self.raw.pipeline():
            if begin:
                self.raw.execute("BEGIN")
                self.raw.execute(f"SET LOCAL statement_timeout = {int(STATEMENT_TIMEOUT_MS)}")
                if self.terminal_key is not None:
                    self.raw.execute(ACT_AS_SQL, (self.terminal_key,))
                self.in_transaction = True
            for statement in statements:
                cursor = self.raw.cursor()
                if statement.many:
                    if statement.params:
                        cursor.executemany(statement.sql, statement.params)
                    cursors.append(None)
                    continue
                cursor.execute(statement.sql, statement.params)
                cursors.append(cursor if statement.rows else None)
            if commit:
                self.raw.execute("COMMIT")
        if commit:
            self.in_transaction = False
        return [list(cursor.fetchall()) if cursor is not None else [] for cursor in cursors]


@contextlib.contextmanager
def exchange(central: sa.Engine) -> Iterator[Wire]:
    """A pooled connection in autocommit mode for bursts; an open transaction is rolled back on error."""
    import psycopg

    try:
        with central.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            raw: Any = conn.connection.driver_connection
            wire = Wire(raw, conn, acting_key(central))
            try:
                yield wire
            except psycopg.OperationalError as exc:
                conn.invalidate()
                raise CentralUnreachable(problem=_short(exc)) from exc
            except BaseException:
                if wire.in_transaction or raw.info.transaction_status != 0:  # 0: idle
                    with contextlib.suppress(psycopg.Error):
                        raw.execute("ROLLBACK")
                raise
    except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
        central.dispose()
        raise CentralUnreachable(problem=_short(exc)) from exc


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
