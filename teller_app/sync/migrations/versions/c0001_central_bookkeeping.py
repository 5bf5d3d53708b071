"""Central bookkeeping tables: terminals, applied ops, change log, conflicts, anchors, number blocks, enrolments.

Revision ID: c0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

from teller_app.sync.central_schema import central_metadata

revision = "c0001"
down_revision = None
branch_labels = ("central",)
depends_on = None


def upgrade() -> None:
    # The first revision creates the tables as declared; later revisions alter them step by step.
    central_metadata.create_all(op.get_bind(), checkfirst=False)


def downgrade() -> None:
    central_metadata.drop_all(op.get_bind())
