"""Alembic environment: runs the store's migrations on the connection handed over by `db.upgrade`."""

from __future__ import annotations

from alembic import context

from teller_app.storage.schema import Base


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run the store migrations through teller_app.storage.db.upgrade")
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()


# Imported as a module (not by Alembic) only when a tool walks the package: do nothing then.
if __name__ != "teller_app.storage.migrations.env":
    run_migrations()
