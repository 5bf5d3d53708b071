"""Registering a terminal with the central database (what `teller-admin init --central URL` calls)."""

from __future__ import annotations

import re
from datetime import datetime

import sqlalchemy as sa

from teller_app.domain.errors import InputError, RuleError
from teller_app.storage.schema_base import utc_now
from teller_app.sync.central import (
    central_transaction,
    connect_central,
    require_central_at_head,
    upgrade_central,
)
from teller_app.sync.central_schema import terminals
from teller_app.sync.ops import TerminalIdentity


class NotRegistered(RuleError):
    """The central database does not know this terminal (never registered, or removed)."""

    code = "sync.terminal_not_registered"
    message = "Terminal {terminal} of branch {branch} is not registered with the central database"


_CODE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


def terminal_identity(branch: str, terminal: str) -> TerminalIdentity:
    """The identity a terminal pushes with: `<branch>:<terminal>` is unique across the bank."""
    for field, value in (("branch", branch), ("terminal", terminal)):
        if not _CODE.match(value or ""):
            raise InputError(
                "sync.bad_code",
                "The {field} code must be 1-32 letters, digits, '-' or '_'",
                field=field,
            )
    return TerminalIdentity(f"{branch}:{terminal}", branch, terminal)


def register_terminal(
    central_url: str,
    branch: str,
    terminal: str,
    *,
    now: datetime | None = None,
    engine: sa.Engine | None = None,
    migrate: bool = False,
) -> TerminalIdentity:
    """Record this terminal in the central database; calling it again is harmless.

    A terminal never migrates a PostgreSQL central database (its login has no DDL rights): the schema must
    be at this app's head, migrated by its owner (`teller-admin central migrate URL`, or `migrate=True`
    with the owner's URL); else CentralNotSetUp / CentralSchemaMismatch. The embedded SQLite central is
    the terminal's own file and is migrated here.

    A terminal code is unique across the whole bank (not only in its branch): audit chains are kept per
    terminal code, so two branches must not both have a terminal "T01". Also reserves the terminal's
    first account number block, which arrives with the first pull.
    """
    from teller_app.sync.numbers import ensure_number_block

    identity = terminal_identity(branch, terminal)
    own_engine = engine is None
    engine = engine or connect_central(central_url)
    try:
        if migrate or engine.dialect.name == "sqlite":
            upgrade_central(engine)
        else:
            require_central_at_head(engine)
        at = now or utc_now()
        with central_transaction(engine) as conn:
            taken = conn.execute(
                sa.select(terminals.c.branch).where(
                    terminals.c.terminal_code == terminal, terminals.c.branch != branch
                )
            ).scalar()
            if taken is not None:
                raise RuleError(
                    "sync.terminal_code_taken",
                    "Terminal code {terminal} is already used by branch {other}",
                    terminal=terminal,
                    other=taken,
                )
            exists = conn.execute(
                sa.select(terminals.c.terminal_id).where(terminals.c.terminal_id == identity.terminal_id)
            ).scalar()
            if exists is None:
                conn.execute(
                    terminals.insert().values(
                        terminal_id=identity.terminal_id,
                        branch=branch,
                        terminal_code=terminal,
                        registered_at=at,
                    )
                )
            ensure_number_block(conn, identity, at)
    finally:
        if own_engine:
            engine.dispose()
    return identity


def is_registered(conn: sa.Connection, identity: TerminalIdentity) -> bool:
    return (
        conn.execute(
            sa.select(terminals.c.terminal_id).where(terminals.c.terminal_id == identity.terminal_id)
        ).scalar()
        is not None
    )
