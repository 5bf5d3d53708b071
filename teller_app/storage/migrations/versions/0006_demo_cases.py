"""Cases carry a `demo` flag: an IT acceptance run (`teller-admin demo --real-store`) writes into the real store,
and its cases are marked so, here and centrally (documents print the 演示 watermark; reports can leave them out).

Existing cases are not demo cases (false).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("demo", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("demo")
