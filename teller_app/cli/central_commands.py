"""`teller-admin central migrate` and `central status`: the central database's schema, for its owner (DBA)."""

from __future__ import annotations

import argparse

from teller_app.cli import CommandResult
from teller_app.config import Config
from teller_app.sync.central_address import check_central_url, masked


def register(sub: argparse._SubParsersAction) -> None:
    central = sub.add_parser("central", help="the central database, for its owner (DBA)")
    verbs = central.add_subparsers(dest="verb", required=True)
    migrate = verbs.add_parser(
        "migrate", help="create or upgrade the central schema, as the database's owner (never a terminal)"
    )
    migrate.add_argument(
        "url", help="postgresql+psycopg://OWNER@HOST:5432/DB (password: PGPASSWORD or .pgpass)"
    )
    migrate.set_defaults(handler=central_migrate)
    status = verbs.add_parser("status", help="the central schema's versions against this app's")
    status.add_argument("url")
    status.set_defaults(handler=central_status)


# -- the central database's owner -----------------------------------------------------------------------


def central_migrate(args: argparse.Namespace, config: Config) -> CommandResult:
    """Create or upgrade the central schema: storage's tables, then the sync bookkeeping (as the owner)."""
    from teller_app.sync.central import (
        central_heads,
        central_schema_versions,
        connect_central,
        upgrade_central,
    )

    url = check_central_url(args.url).render_as_string(hide_password=False)
    engine = connect_central(url)
    try:
        before = central_schema_versions(engine)
        upgrade_central(engine)
        after = central_schema_versions(engine)
    finally:
        engine.dispose()
    expected = central_heads()
    changed = before != after
    return CommandResult(
        data={"ok": after == expected, "before": list(before), "after": list(after), "changed": changed},
        lines=[
            f"Central database {masked(url)}: schema {'/'.join(str(v) for v in before)} -> "
            f"{'/'.join(str(v) for v in after)}" + ("" if changed else " (already the newest)")
        ],
        exit_code=0 if after == expected else 1,
    )


def central_status(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.sync.central import central_heads, central_schema_versions, connect_central

    url = check_central_url(args.url).render_as_string(hide_password=False)
    engine = connect_central(url)
    try:
        found = central_schema_versions(engine)
    finally:
        engine.dispose()
    expected = central_heads()
    ok = found == expected
    return CommandResult(
        data={"ok": ok, "found": list(found), "expected": list(expected)},
        lines=[
            f"schema {'/'.join(str(v) for v in found)}, this app needs {'/'.join(expected)}: {'ok' if ok else 'MIGRATE'}"
        ],
        exit_code=0 if ok else 1,
    )
