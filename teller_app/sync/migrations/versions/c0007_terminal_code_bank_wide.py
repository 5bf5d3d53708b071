"""A terminal code is unique across the whole bank: audit events are unique on (terminal code, seq).

Revision ID: c0007
Revises: c0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0007"
down_revision = "c0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # c0001 creates the tables as declared today, so a new database has the index already.
    present = {index["name"] for index in sa.inspect(op.get_bind()).get_indexes("terminals")}
    if "uq_terminals_terminal_code" not in present:
        op.create_index("uq_terminals_terminal_code", "terminals", ["terminal_code"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_terminals_terminal_code", table_name="terminals")
