"""Alembic environment of the central-only tables; run through `teller_app.sync.central.upgrade_central`."""

from __future__ import annotations

from alembic import context

from teller_app.sync.central_schema import central_metadata

VERSION_TABLE = "central_alembic_version"

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=central_metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
