"""A deadline on every network wait of a central connection: a watchdog ends a call that waits too long.

connect_timeout ends a connection attempt, statement_timeout a statement the server runs, keepalives a
line that went dead. None of them ends a wait on a peer that is up but sends nothing: a proxy or
firewall that stops forwarding mid-push, a COPY the server waits on forever. So while a connection is
checked out of the pool, the watchdog notes when it last started or finished a statement; a connection
busy longer than the deadline without either has its socket shut down. The call waiting on it fails at
once with the driver's OperationalError, which central_transaction turns into CentralUnreachable: the
round fails cleanly; the pool drops that connection when it is next checked out, and the next round
retries on a new one.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from typing import Any

import sqlalchemy as sa

WAIT_DEADLINE_SECONDS = 90.0  # above the server's statement_timeout (60 s), which should answer first


class _Watchdog:
    """One daemon thread for every engine: connections checked out, and when each last made progress."""

    def __init__(self) -> None:
        # id -> (last progress, deadline, dbapi connection, its engine)
        self._busy: dict[int, tuple[float, float, Any, sa.Engine]] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._killed: set[int] = set()
        self.fired = 0

    def was_killed(self, dbapi_connection: Any) -> bool:
        with self._lock:
            if id(dbapi_connection) in self._killed:
                self._killed.discard(id(dbapi_connection))
                return True
            return False

    def watch(self, dbapi_connection: Any, seconds: float, engine: sa.Engine) -> None:
        with self._lock:
            self._busy[id(dbapi_connection)] = (time.monotonic(), seconds, dbapi_connection, engine)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="central-deadline", daemon=True)
                self._thread.start()

    def touch(self, dbapi_connection: Any) -> None:
        with self._lock:
            found = self._busy.get(id(dbapi_connection))
            if found is not None:
                self._busy[id(dbapi_connection)] = (time.monotonic(), *found[1:])

    def release(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._busy.pop(id(dbapi_connection), None)

    def _run(self) -> None:
        while True:
            time.sleep(0.2)
            now = time.monotonic()
            with self._lock:
                late = [(k, c, e) for k, (last, limit, c, e) in self._busy.items() if now - last > limit]
                for key, _conn, _engine in late:
                    del self._busy[key]
                    self._killed.add(key)
            for _key, conn, engine in late:
                self.fired += 1
                _shut_down(conn)
                # The idle connections of the same pool went the same way: the next round starts afresh.
                with contextlib.suppress(Exception):
                    engine.dispose()


WATCHDOG = _Watchdog()


def _shut_down(dbapi_connection: Any) -> None:
    """Shut the connection's socket (both ways): a read or write waiting on it returns an error at once."""
    pgconn = getattr(dbapi_connection, "pgconn", None)  # psycopg 3
    try:
        fd = pgconn.socket if pgconn is not None else dbapi_connection.fileno()
        duplicate = socket.socket(fileno=os.dup(fd))
    except Exception:  # already closed
        return
    with contextlib.suppress(OSError):
        duplicate.shutdown(socket.SHUT_RDWR)
    duplicate.close()


def add_wait_deadline(engine: sa.Engine, seconds: float = WAIT_DEADLINE_SECONDS) -> None:
    """Watch every connection `engine` hands out: no call on it waits longer than `seconds` for the network."""

    @sa.event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if WATCHDOG.was_killed(dbapi_connection):  # the pool drops it and hands out a new one
            raise sa.exc.DisconnectionError("the wait deadline shut this connection")
        WATCHDOG.watch(dbapi_connection, seconds, engine)

    @sa.event.listens_for(engine, "checkin")
    def _checked_in(dbapi_connection: Any, _record: Any) -> None:
        WATCHDOG.release(dbapi_connection)

    @sa.event.listens_for(engine, "before_cursor_execute")
    def _before(conn: sa.Connection, *_args: Any) -> None:
        WATCHDOG.touch(conn.connection.dbapi_connection)

    @sa.event.listens_for(engine, "after_cursor_execute")
    def _after(conn: sa.Connection, *_args: Any) -> None:
        WATCHDOG.touch(conn.connection.dbapi_connection)
