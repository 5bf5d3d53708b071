"""Audit events carry a MAC under the terminal's audit key (storage/audit_keys.py).

Events recorded before this revision keep NULL: they are verified by their hashes, and the chain's head
record (beside the key file) names the first event that must carry a MAC, so a MAC removed later is
refused. The central database gets the column too (it runs these migrations) and stores what is pushed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 10:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding the table (batch mode) would drop its append-only triggers.
    op.add_column("audit_events", sa.Column("mac", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("mac")
