"""Accounts record 核准 and 备案 (approval number/date/recorder, filing reference/date/filer), the first day
payments out are allowed, and whether the one-basic-account (one Ⅰ类) check is confirmed centrally.

Existing accounts keep NULL in every new column: nothing is claimed about them that was not recorded.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("regime", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("approval_number", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("approved_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("approval_recorded_by", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("filing_reference", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("filed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("filed_by", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("payments_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("uniqueness", sa.String(length=16), nullable=True))
        batch_op.create_index("ix_accounts_uniqueness", ["uniqueness"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_accounts_uniqueness")
        for name in (
            "uniqueness",
            "payments_from",
            "filed_by",
            "filed_on",
            "filing_reference",
            "approval_recorded_by",
            "approved_on",
            "approval_number",
            "regime",
        ):
            batch_op.drop_column(name)
