"""A terminal that shares its central login with others proves who it is in every transaction (central c0014).

Such a terminal's central URL carries its terminal key as the query parameter `terminal_key` (added from the
terminal's sealed key file by `central_address.connectable_url`, never kept in the settings file).
`connect_central` takes the key out of the URL and keeps it with the engine; then every transaction opens
with `SELECT teller_act_as(key)`:

- in a burst (wire.py) as the statement after BEGIN, so it costs no round trip of its own; the idle poll
  names the terminal in its own statement instead (`teller_poll_as`, poll.py), which costs the server less
  than a transaction of four statements;
- in a transaction opened through SQLAlchemy (`engine.begin()`, `central_transaction`) from the "begin"
  event, as the transaction's first statement.

Without it the central guards treat the shared login as a terminal bound to nothing: it may read and write
nothing. A key the server does not know ends the round like a wrong password (CentralUnreachable).
"""

from __future__ import annotations

import weakref
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL

KEY_PARAM = "terminal_key"
ACT_AS_SQL = "SELECT teller_act_as(%s)"
_keys: weakref.WeakKeyDictionary[sa.Engine, str] = weakref.WeakKeyDictionary()


def split_key(url: URL) -> tuple[URL, str | None]:
    """The URL without its terminal key, and the key it held (None when it holds none)."""
    if KEY_PARAM not in url.query:
        return url, None
    value = url.query[KEY_PARAM]
    key = value[-1] if isinstance(value, tuple) else value
    return url.difference_update_query([KEY_PARAM]), str(key)


def with_key(url: URL, key: str) -> URL:
    """`url` carrying the terminal key `key` (for `connect_central`; never store or print it)."""
    return url.update_query_dict({KEY_PARAM: key})


def acting_key(engine: sa.Engine) -> str | None:
    """The terminal key every transaction of `engine` opens with, if its terminal shares its login."""
    return _keys.get(engine)


def act_in_every_transaction(engine: sa.Engine, key: str) -> None:
    """Open every transaction of `engine` with `teller_act_as(key)`: bursts ask `acting_key`, and a
    transaction begun through SQLAlchemy (not in AUTOCOMMIT, which bursts use) runs it first."""
    _keys[engine] = key

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            return  # a burst's connection: wire.py sends it after its own BEGIN
        connection.exec_driver_sql(ACT_AS_SQL, (key,))


def masked_query(query: Any) -> dict[str, Any]:
    """`query` with the terminal key shown as ***."""
    return {name: ("***" if name == KEY_PARAM else value) for name, value in dict(query).items()}
