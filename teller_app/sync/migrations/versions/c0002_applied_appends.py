"""Applied appends recorded per batch (applied_appends), beside the per-op applied_ops.

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

from teller_app.sync.central_schema import applied_appends

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # c0001 creates the tables as declared today, so a new database has this one already.
    applied_appends.create(op.get_bind(), checkfirst=True)
    if op.get_bind().dialect.name == "postgresql":
        # A batch's op ids are random-looking text that hardly compresses: store them out of line as
        # they are instead of spending the push's time on trying.
        op.execute("ALTER TABLE applied_appends ALTER COLUMN op_ids SET STORAGE EXTERNAL")


def downgrade() -> None:
    applied_appends.drop(op.get_bind(), checkfirst=True)
